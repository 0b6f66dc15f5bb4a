"""The selected meeting at a glance, as rich text beside the list: when and where, the quorum line,
the agenda, the resolutions with their results, and the action items."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from collabdesk.documents.minutes_pdf import format_meeting_datetime
from collabdesk.services.meetings import MeetingDetail, MeetingService
from collabdesk.validation.meeting import ACTION_OPEN, notice_warning


def _heading(text: str, then: str) -> str:
    """A section title, and the opening tag of the list or table that follows it."""
    return f"<p><b>{escape(text)}</b></p>{then}"


def summary_html(meetings: MeetingService, detail: MeetingDetail, group: str) -> str:
    data = detail.data
    rules = meetings.rules(data.group_id)
    turnout = data.turnout()
    parts = [f"<h3 style='margin-bottom:2px'>{escape(data.title)}</h3>"]
    facts = [
        (QCoreApplication.translate("MeetingSummary", "종류"), data.kind),
        (QCoreApplication.translate("MeetingSummary", "그룹"), group),
        (QCoreApplication.translate("MeetingSummary", "일시"), format_meeting_datetime(data.starts_at)),
        (QCoreApplication.translate("MeetingSummary", "장소"), data.place),
        (QCoreApplication.translate("MeetingSummary", "의장"), data.chair),
        (QCoreApplication.translate("MeetingSummary", "서기"), data.secretary),
    ]
    parts.append("<table cellspacing='0' cellpadding='2'>")
    for label, value in facts:
        if value:
            parts.append(f"<tr><td style='color:#555'>{label}</td><td>{escape(value)}</td></tr>")
    parts.append("</table>")
    if turnout.enrolled:
        quorum = meetings.quorum_text(data, rules)
        colour = "#1b5e20" if quorum.endswith("성원") else "#b00020"
        parts.append(f"<p><b style='color:{colour}'>{escape(quorum)}</b></p>")
    warning = notice_warning(data)
    if warning:
        parts.append(f"<p style='color:#b00020'>{escape(warning)}</p>")
    if data.agenda:
        parts.append(
            _heading(QCoreApplication.translate("MeetingSummary", "안건"), "<ol style='margin-top:0'>")
        )
        parts += [f"<li>{escape(item.title)}</li>" for item in data.agenda]
        parts.append("</ol>")
    if data.resolutions:
        parts.append(
            _heading(
                QCoreApplication.translate("MeetingSummary", "의결사항"),
                "<table cellspacing='0' cellpadding='2'>",
            )
        )
        for number, resolution in enumerate(data.resolutions, start=1):
            outcome = meetings.outcome(data, resolution, rules)
            colour = "#1b5e20" if outcome.passed else "#b00020"
            label = QCoreApplication.translate("MeetingSummary", "제{0}호").format(number)
            votes = QCoreApplication.translate("MeetingSummary", "찬성 {0} · 반대 {1} · 기권 {2}").format(
                resolution.yes or 0, resolution.no or 0, resolution.abstain or 0
            )
            result = (
                QCoreApplication.translate("MeetingSummary", "가결")
                if outcome.passed
                else QCoreApplication.translate("MeetingSummary", "부결")
            )
            if resolution.result_override:
                result += " " + QCoreApplication.translate("MeetingSummary", "(직접 지정)")
            parts.append(
                f"<tr><td>{label}</td><td>{escape(resolution.title)}</td>"
                f"<td style='color:#555'>{votes}</td>"
                f"<td><b style='color:{colour}'>{result}</b></td></tr>"
            )
        parts.append("</table>")
    if data.actions:
        parts.append(
            _heading(QCoreApplication.translate("MeetingSummary", "후속조치"), "<ul style='margin-top:0'>")
        )
        for action in data.actions:
            due = f" ~{action.due_on.isoformat()}" if action.due_on else ""
            owner = f" ({escape(action.owner)})" if action.owner else ""
            mark = "" if action.status == ACTION_OPEN else " ✔"
            parts.append(f"<li>{escape(action.what)}{owner}{due} [{escape(action.status)}]{mark}</li>")
        parts.append("</ul>")
    return "".join(parts)

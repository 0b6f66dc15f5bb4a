"""변경 이력 in the record dialogs and the project detail, read from the audit log of real changes."""

from __future__ import annotations

import datetime as dt

from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import member_to_raw
from collabdesk.services.projects import ProjectFilter
from collabdesk.ui.history_panel import HistoryDialog, HistoryPanel, change_text
from collabdesk.ui.meetings.editor import MeetingDialog
from collabdesk.ui.members.form import MemberFormDialog
from collabdesk.ui.projects.detail import CHANGES, ProjectDetailView
from collabdesk.validation.project import MilestoneData


def rows(panel: HistoryPanel) -> list[list[str]]:
    table = panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_member_form_shows_its_changes_when_the_page_is_opened(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    members = sample_services.members
    member = members.page(MemberFilter())[0]
    detail = members.get(member.id)
    raw = member_to_raw(detail.data)
    raw["ceo"] = "새대표"
    members.update(member.id, raw, detail.version)
    form = MemberFormDialog(sample_services, member.id)
    qtbot.addWidget(form)
    assert form.history_panel.table.rowCount() == 0  # read only when shown
    form.tabs.setCurrentWidget(form.history_panel)
    newest = rows(form.history_panel)[0]
    assert newest[3] == "수정" and f"대표자: {detail.data.ceo} → 새대표" in newest[4]
    assert newest[2] == f"회원사 {detail.data.name}"
    assert newest[1]  # the user who changed it


def test_a_new_member_form_has_no_history_page(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    form = MemberFormDialog(sample_services, None)
    qtbot.addWidget(form)
    assert not hasattr(form, "history_panel")


def test_the_meeting_dialog_lists_the_meetings_changes(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    meetings = sample_services.meetings
    meeting_id = meetings.search()[0].id
    detail = meetings.get(meeting_id)
    detail.data.place = "새 회의실"
    meetings.update(meeting_id, detail.data, detail.version)
    dialog = MeetingDialog(sample_services, meeting_id)
    qtbot.addWidget(dialog)
    dialog.pages.setCurrentWidget(dialog.history_panel)
    assert any(r[3] == "수정" and "→ 새 회의실" in r[4] for r in rows(dialog.history_panel))


def test_the_project_detail_shows_the_project_and_its_milestones(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    projects = sample_services.projects
    project_id = next(r.id for r in projects.search(ProjectFilter()) if r.name == "친환경 도장 공동구매")
    projects.save_milestone(project_id, MilestoneData("공급사 선정", dt.date(2027, 1, 31)))
    view = ProjectDetailView(sample_services)
    qtbot.addWidget(view)
    view.show_project(projects.get(project_id))
    assert view.changes.table.rowCount() == 0  # not read until the page shows
    view.pages.setCurrentIndex(CHANGES)
    found = rows(view.changes)
    assert found[0][2] == "마일스톤 공급사 선정" and found[0][3] == "추가"
    assert "예정일: 2027-01-31" in found[0][4]
    assert found[-1][2] == "과제 친환경 도장 공동구매" and found[-1][3] == "추가"
    view.show_project(None)
    assert view.changes.table.rowCount() == 0 and view.changes.empty.text() == "기록된 변경이 없습니다."


def test_recent_changes_of_every_record(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = HistoryDialog(sample_services.history)
    qtbot.addWidget(dialog)
    found = rows(dialog.panel)
    assert len(found) == 200  # the sample data alone made more; the newest are listed
    assert all(r[3] in ("추가", "수정", "삭제") for r in found)


def test_change_text_reads_as_a_person_would(sample_services: Services) -> None:
    entry = sample_services.history.recent(1)[0]
    text = change_text(entry)
    assert text and "None" not in text

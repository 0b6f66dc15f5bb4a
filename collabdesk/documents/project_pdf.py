"""The 컨소시엄 현황 of one consortium project as an A4 PDF: the project, its participants under the
current agreement version with their roles and shares, how the agreement changed, the milestones
(overdue ones stand out) and the outcomes.

Written like the minutes (collabdesk.documents.pdf_common): NanumGothic embedded, pages numbered
"n / m" with the print date, the file replaced only once complete. No Qt here; the project reports
service fills the dataclasses below.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table

from collabdesk.documents.pdf_common import (
    LABEL_FILL,
    Styles,
    bordered,
    column_widths,
    date_text,
    document_styles,
    label_cell,
    markup,
    pdf_bytes,
    render,
    section,
    write_pdf,
)
from collabdesk.formatting import korean_amount, money
from collabdesk.validation.project import format_share

__all__ = [
    "DONE",
    "LATE",
    "PLANNED",
    "AgreementVersion",
    "MilestoneLine",
    "OutcomeLine",
    "Participant",
    "ProjectReport",
    "outcome_table",
    "project_report_bytes",
    "write_project_report",
]

DONE, LATE, PLANNED = "완료", "지연", "예정"
NO_VALUE = "—"

_LATE_FILL = colors.HexColor("#fde3e1")
_LATE_TEXT = "#b42318"
_TOO_LONG = "비고나 성과 내용 같은 긴 글을 줄여 주십시오."


@dataclass(frozen=True)
class Participant:
    """A participant of the current agreement version."""

    name: str
    kind: str = "회원사"  # 회원사 / 대학 / 연구기관 / 기타
    roles: Sequence[str] = ()
    share: Decimal | None = None  # percent; None when the agreement sets no shares


@dataclass(frozen=True)
class AgreementVersion:
    number: int  # printed "제3차"
    agreed_on: dt.date
    note: str = ""
    parties: int = 0


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    due_on: dt.date | None = None
    done_on: dt.date | None = None
    overdue: bool = False  # past due and not done, as of the print date

    @property
    def state(self) -> str:
        if self.done_on is not None:
            return DONE
        return LATE if self.overdue else PLANNED


@dataclass(frozen=True)
class OutcomeLine:
    kind: str  # 매출, 수출 계약, 특허 출원, …
    occurred_on: dt.date
    amount: Decimal | None = None
    currency: str = "KRW"
    description: str = ""
    participants: Sequence[str] = ()


@dataclass(frozen=True)
class ProjectReport:
    name: str
    kind: str  # 과제 종류
    item: str = ""  # 사업 아이템
    lead: str = ""  # 주관기업
    organisation: str = ""  # the group's own name, under the title
    group: str = ""  # the group's full name, "연합회 > 지역 > 그룹"
    start_on: dt.date | None = None
    end_on: dt.date | None = None
    status: str = "진행"
    stage: str = "기획"
    stages: Sequence[tuple[str, dt.date | None]] = ()  # every stage in order, with the day reached
    support_program: str = ""
    support_agency: str = ""
    support_amount: int | None = None  # 원
    note: str = ""
    participants: Sequence[Participant] = ()  # of the current (last) version
    versions: Sequence[AgreementVersion] = ()  # oldest first
    milestones: Sequence[MilestoneLine] = ()
    outcomes: Sequence[OutcomeLine] = ()
    printed_on: dt.date = field(default_factory=dt.date.today)


def write_project_report(path: str | os.PathLike[str], doc: ProjectReport) -> None:
    """Write the 컨소시엄 현황 of `doc` as an A4 PDF at `path`; an OSError becomes a UserError naming the file."""
    write_pdf(path, lambda out, name: _build(out, doc, name))


def project_report_bytes(doc: ProjectReport) -> bytes:
    """The same PDF in memory, for print preview and printing."""
    return pdf_bytes(lambda out, name: _build(out, doc, name), f"{doc.name}.pdf")


def _build(out: BinaryIO, doc: ProjectReport, path: str | os.PathLike[str]) -> None:
    footer = f"출력일 {date_text(doc.printed_on)}"
    title = f"컨소시엄 현황 - {doc.name}"
    render(out, _story(doc), path, title, doc.group, footer=footer, too_long=_TOO_LONG)


def _story(doc: ProjectReport) -> list[Flowable]:
    styles = document_styles()
    story: list[Flowable] = [Paragraph("컨소시엄 현황", styles.title)]
    story.append(Paragraph(markup(doc.organisation or doc.name), styles.subtitle))
    story.append(_project_table(doc, styles))
    current = doc.versions[-1] if doc.versions else None
    story += section("참여 기업", _participants(doc, current, styles), styles, "등록된 협약이 없습니다.")
    if doc.versions:
        story += section("협약 변경 이력", [_version_table(doc.versions, styles)], styles)
    story += section("마일스톤", _milestones(doc.milestones, styles), styles, "등록된 마일스톤이 없습니다.")
    story += section("성과", outcome_table(doc.outcomes, styles), styles, "등록된 성과가 없습니다.")
    return story


def _text(value: str) -> str:
    return markup(value) if value.strip() else NO_VALUE


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return NO_VALUE
    return f"{date_text(start)} ~ {date_text(end)}".strip()


def _stage_path(doc: ProjectReport) -> str:
    """기획 2026. 3. 1. → <b>개발 2026. 5. 10.</b> → 생산 — → 판매·마케팅 —, stages not reached in grey."""
    steps = []
    for stage, reached in doc.stages:
        text = f"{markup(stage)} {date_text(reached, NO_VALUE)}"
        if stage == doc.stage:
            text = f"<b>{text}</b>"
        elif reached is None:
            text = f'<font color="#888888">{text}</font>'
        steps.append(text)
    return " → ".join(steps) or markup(doc.stage)


def _project_table(doc: ProjectReport, styles: Styles) -> Table:
    def value(text: str) -> Paragraph:
        return Paragraph(_text(text), styles.cell)

    def label(text: str) -> Paragraph:
        return label_cell(text, styles)

    rows: list[list[Any]] = [
        [label("과제명"), Paragraph(f"<b>{markup(doc.name)}</b>", styles.cell), "", ""],
        [label("사업 아이템"), value(doc.item), "", ""],
        [label("종류"), value(doc.kind), label("상태"), value(doc.status)],
        [label("주관기업"), value(doc.lead), label("소속 그룹"), value(doc.group)],
        [
            label("기간"),
            Paragraph(_period(doc.start_on, doc.end_on), styles.cell),
            label("현재 단계"),
            Paragraph(f"<b>{markup(doc.stage)}</b>", styles.cell),
        ],
        [label("단계 경과"), Paragraph(_stage_path(doc), styles.cell), "", ""],
    ]
    spans = [0, 1, 5]  # rows whose value spans the three value columns
    pairs = [2, 3, 4]  # rows with a second label in column 2
    if doc.support_program or doc.support_agency or doc.support_amount is not None:
        amount = NO_VALUE
        if doc.support_amount is not None:
            amount = f"{money(doc.support_amount)} ({korean_amount(doc.support_amount)})"
        rows.append(
            [label("지원 사업"), value(doc.support_program), label("지원 기관"), value(doc.support_agency)]
        )
        rows.append([label("지원 금액"), Paragraph(amount, styles.cell), "", ""])
        pairs.append(len(rows) - 2)
        spans.append(len(rows) - 1)
    else:
        rows.append([label("정부·기관 지원"), Paragraph("없음", styles.cell), "", ""])
        spans.append(len(rows) - 1)
    if doc.note.strip():
        rows.append([label("비고"), value(doc.note), "", ""])
        spans.append(len(rows) - 1)
    extra: list[tuple[Any, ...]] = [("SPAN", (1, row), (3, row)) for row in spans]
    extra += [("BACKGROUND", (2, row), (2, row), LABEL_FILL) for row in pairs]
    extra += [("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    return bordered(rows, column_widths(24, 61, 24, 61), label_columns=(0,), extra=extra)


def _participants(doc: ProjectReport, current: AgreementVersion | None, styles: Styles) -> list[Flowable]:
    if current is None or not doc.participants:
        return []
    version = f"협약 제{current.number}차 ({date_text(current.agreed_on)})"
    if current.note.strip():
        version += f" · {markup(current.note)}"
    shares = any(p.share is not None for p in doc.participants)
    header = ["번호", "회사/기관명", "구분", "역할", "지분"]
    rows: list[list[Any]] = [[label_cell(text, styles) for text in header]]
    for number, party in enumerate(doc.participants, 1):
        share = f"{format_share(party.share)}%" if party.share is not None else NO_VALUE
        rows.append(
            [
                Paragraph(str(number), styles.cell_center),
                Paragraph(markup(party.name), styles.cell),
                Paragraph(markup(party.kind), styles.cell_center),
                Paragraph(markup(", ".join(party.roles)) or NO_VALUE, styles.cell),
                Paragraph(share, styles.cell_right),
            ]
        )
    extra: list[tuple[Any, ...]] = []
    if shares:
        total = sum((p.share or Decimal(0) for p in doc.participants), Decimal(0))
        rows.append(
            [
                label_cell(f"합계 ({len(doc.participants)}곳)", styles),
                "",
                "",
                "",
                Paragraph(f"<b>{format_share(total)}%</b>", styles.cell_right),
            ]
        )
        extra = [("SPAN", (0, -1), (3, -1)), ("BACKGROUND", (0, -1), (-1, -1), LABEL_FILL)]
    table = bordered(rows, column_widths(12, 58, 20, 60, 20), header=True, extra=extra)
    return [Paragraph(version, styles.caption), table]


def _version_table(versions: Sequence[AgreementVersion], styles: Styles) -> Table:
    rows: list[list[Any]] = [[label_cell(text, styles) for text in ("차수", "협약일", "비고", "참여")]]
    for index, version in enumerate(versions):
        number = f"제{version.number}차"
        if index == len(versions) - 1:
            number = f"<b>{number} (현행)</b>"
        rows.append(
            [
                Paragraph(number, styles.cell_center),
                Paragraph(date_text(version.agreed_on), styles.cell_center),
                Paragraph(_text(version.note), styles.cell),
                Paragraph(f"{version.parties}곳", styles.cell_center),
            ]
        )
    return bordered(rows, column_widths(26, 26, 98, 20), header=True)


def _milestones(milestones: Sequence[MilestoneLine], styles: Styles) -> list[Flowable]:
    if not milestones:
        return []
    rows: list[list[Any]] = [
        [label_cell(text, styles) for text in ("번호", "내용", "예정일", "완료일", "상태")]
    ]
    extra: list[tuple[Any, ...]] = []
    for number, milestone in enumerate(milestones, 1):
        state = milestone.state
        if state == LATE:
            extra.append(("BACKGROUND", (0, number), (-1, number), _LATE_FILL))
            state = f'<font color="{_LATE_TEXT}"><b>{LATE}</b></font>'
        rows.append(
            [
                Paragraph(str(number), styles.cell_center),
                Paragraph(markup(milestone.title), styles.cell),
                Paragraph(date_text(milestone.due_on, NO_VALUE), styles.cell_center),
                Paragraph(date_text(milestone.done_on), styles.cell_center),
                Paragraph(state, styles.cell_center),
            ]
        )
    counts = {s: sum(1 for m in milestones if m.state == s) for s in (DONE, LATE, PLANNED)}
    tally = f"총 {len(milestones)}건 · " + " · ".join(f"{s} {n}" for s, n in counts.items())
    table = bordered(rows, column_widths(12, 82, 26, 26, 24), header=True, extra=extra)
    return [Paragraph(tally, styles.caption), table]


def outcome_table(outcomes: Sequence[OutcomeLine], styles: Styles) -> list[Flowable]:
    """The outcomes as one table (성과 종류, 일자, 금액, 내용, 참여 기업); nothing for none.

    Shared with the yearly outcome summary, which lists each project's outcomes the same way."""
    if not outcomes:
        return []
    header = ("성과 종류", "일자", "금액", "내용", "참여 기업")
    rows: list[list[Any]] = [[label_cell(text, styles) for text in header]]
    for outcome in outcomes:
        rows.append(
            [
                Paragraph(markup(outcome.kind), styles.cell_center),
                Paragraph(date_text(outcome.occurred_on), styles.cell_center),
                Paragraph(money(outcome.amount, outcome.currency), styles.cell_right)
                if outcome.amount is not None
                else Paragraph(NO_VALUE, styles.cell_center),
                Paragraph(_text(outcome.description), styles.cell),
                Paragraph(_text(", ".join(outcome.participants)), styles.cell),
            ]
        )
    return [bordered(rows, column_widths(22, 24, 34, 50, 40), header=True)]

"""The 회의록 (meeting minutes) and the 참석자 서명부 (sign-in sheet) as A4 PDFs, for printing and filing.

Both documents use the bundled NanumGothic, embedded (as reportlab subsets) so that they print the same
on a recipient's computer without a Korean font, and so that their text can be copied and searched.
Every file is written to a temporary file next to the target that replaces the target only once it is
complete, as the roster workbooks are: a failed write leaves whatever was at the path untouched.

No Qt here; the meetings service fills the dataclasses below.
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from collabdesk.documents.pdf_common import (
    CELL_PADDING,
    LABEL_FILL,
    SECTION_START,
    Styles,
    bordered,
    column_widths,
    document_styles,
    label_cell,
    markup,
    pdf_bytes,
    render,
    section,
    text_block,
    write_pdf,
)
from collabdesk.validation.korean import format_official_date

__all__ = [
    "ActionItem",
    "AgendaItem",
    "Attendee",
    "MinutesDocument",
    "Resolution",
    "format_meeting_datetime",
    "minutes_bytes",
    "signin_sheet_bytes",
    "write_minutes",
    "write_signin_sheet",
]

SIGNIN_SPARE_ROWS = 5  # empty rows at the end of the sign-in sheet for those who come unannounced

_SIGN_ROW_HEIGHT = 12 * mm  # room to sign by hand with a pen
_WEEKDAYS = "월화수목금토일"
_TOO_LONG = "비고나 안건명 같은 긴 글을 줄여 주십시오."


@dataclass(frozen=True)
class Attendee:
    name: str  # the member company or guest organisation, e.g. "(주)한빛정밀"
    person: str = ""  # who came, e.g. "김영수 대표"
    status: str = "참석"  # 참석 / 불참 / 위임 / 대리참석 / 내빈
    note: str = ""  # e.g. "위임: (주)대성금형"


@dataclass(frozen=True)
class Resolution:
    number: int  # printed "제1호 의안"
    title: str
    yes: int | None
    no: int | None
    abstain: int | None
    result: str  # "가결" / "부결"
    result_note: str = ""  # computed detail ("찬성 15 / 출석 21, 과반수 11 필요") or override reason


@dataclass(frozen=True)
class AgendaItem:
    title: str
    discussion: str = ""  # multi-line text


@dataclass(frozen=True)
class ActionItem:
    what: str
    owner: str = ""
    due: datetime.date | None = None
    status: str = "진행"


@dataclass(frozen=True)
class MinutesDocument:
    organisation: str  # e.g. "경기기계협업그룹"
    title: str  # e.g. "2026년 11월 정기회의"
    kind: str  # 정기회의 / 정기총회 / …
    starts_at: datetime.datetime
    place: str
    chair: str  # 의장
    secretary: str  # 서기
    quorum_text: str  # "재적 34 · 출석 21 · 위임 3 → 성원"
    enrolled: int
    present: int
    attendees: Sequence[Attendee]
    agenda: Sequence[AgendaItem]
    resolutions: Sequence[Resolution]
    actions: Sequence[ActionItem]
    opening: str = ""  # free text before the agenda (e.g. "의장이 성원을 확인하고 개회를 선언함")
    closing: str = ""


def format_meeting_datetime(when: datetime.datetime) -> str:
    """``2026. 11. 24.(화) 14:00``: the official date style with the Korean weekday and the time."""
    return f"{format_official_date(when.date())}({_WEEKDAYS[when.weekday()]}) {when:%H:%M}"


def write_minutes(path: str | os.PathLike[str], doc: MinutesDocument) -> None:
    """Write the 회의록 of `doc` as an A4 PDF at `path`; an OSError becomes a UserError naming the file."""
    write_pdf(path, lambda out, name: _build_minutes(out, doc, name))


def minutes_bytes(doc: MinutesDocument) -> bytes:
    """The same 회의록 PDF in memory, for print preview and printing."""
    return pdf_bytes(lambda out, name: _build_minutes(out, doc, name), f"{doc.title}.pdf")


def write_signin_sheet(
    path: str | os.PathLike[str], doc: MinutesDocument, expected: Sequence[Attendee]
) -> None:
    """Write the 참석자 서명부 for `doc`: one row per expected attendee, then at least SIGNIN_SPARE_ROWS
    empty rows for walk-ins, as many as fill the last page (a printed form never ends on a lone row)."""
    write_pdf(path, lambda out, name: _build_signin(out, doc, expected, name))


def signin_sheet_bytes(doc: MinutesDocument, expected: Sequence[Attendee]) -> bytes:
    """The same 참석자 서명부 PDF in memory, for print preview and printing."""
    return pdf_bytes(lambda out, name: _build_signin(out, doc, expected, name), f"{doc.title}.pdf")


def _build_minutes(out: BinaryIO, doc: MinutesDocument, path: str | os.PathLike[str]) -> None:
    render(out, _minutes_story(doc), path, f"회의록 - {doc.title}", doc.organisation, too_long=_TOO_LONG)


def _build_signin(
    out: BinaryIO, doc: MinutesDocument, expected: Sequence[Attendee], path: str | os.PathLike[str]
) -> None:
    # A trial layout into memory finds the room left below the table on the last page; the real
    # one adds as many empty rows as fit there. Every empty row is exactly _SIGN_ROW_HEIGHT tall.
    title = f"참석자 서명부 - {doc.title}"
    probe = _RoomLeft()
    trial = [*_signin_story(doc, expected, SIGNIN_SPARE_ROWS), probe]
    render(io.BytesIO(), trial, path, title, doc.organisation, too_long=_TOO_LONG)
    extra = int(max(probe.height - 1, 0) // _SIGN_ROW_HEIGHT)  # 1 pt spare for rounding
    story = _signin_story(doc, expected, SIGNIN_SPARE_ROWS + extra)
    render(out, story, path, title, doc.organisation, too_long=_TOO_LONG)


def _minutes_story(doc: MinutesDocument) -> list[Flowable]:
    styles = document_styles()
    story: list[Flowable] = [
        Paragraph("회 의 록", styles.title),
        Paragraph(markup(doc.organisation), styles.subtitle),
        _info_table(doc, styles),
        *section("참석자", _attendee_table(doc.attendees, styles), styles),
    ]
    if doc.opening.strip():
        story += section("개회", text_block(doc.opening, styles.body), styles)
    story += section("안건 및 논의 내용", _agenda(doc.agenda, styles), styles)
    story += section("의결사항", _resolution_table(doc.resolutions, styles), styles)
    story += section("후속조치", _action_table(doc.actions, styles), styles)
    # The ending stays together, and with the 폐회 text before it: signatures alone on the last page
    # would not show what they sign for.
    ending = _signatures(doc, styles)
    if doc.closing.strip():
        closing = [Paragraph("□ 폐회", styles.heading), *text_block(doc.closing, styles.body)]
        ending = [CondPageBreak(SECTION_START), *closing, *ending]
    story.append(KeepTogether(ending))
    return story


def _signin_story(doc: MinutesDocument, expected: Sequence[Attendee], spare: int) -> list[Flowable]:
    styles = document_styles()
    info = bordered(
        [
            [label_cell("회의명", styles), Paragraph(markup(_meeting_name(doc)), styles.cell), "", ""],
            [
                label_cell("일시", styles),
                Paragraph(format_meeting_datetime(doc.starts_at), styles.cell),
                label_cell("장소", styles),
                Paragraph(markup(doc.place), styles.cell),
            ],
        ],
        column_widths(22, 50, 22, 76),
        label_columns=(0,),
        extra=[("SPAN", (1, 0), (3, 0)), ("BACKGROUND", (2, 1), (2, 1), LABEL_FILL)],
    )
    # A spacer in the 서명 cell sets the minimum row height and still lets a row grow when a long
    # company name wraps; a fixed rowHeights would let that text spill over the row below.
    sign_space = _SIGN_ROW_HEIGHT - 2 * CELL_PADDING
    rows: list[list[Any]] = [[label_cell(text, styles) for text in ("번호", "회사명(소속)", "성명", "서명")]]
    for number, attendee in enumerate(expected, 1):
        rows.append(
            [
                Paragraph(str(number), styles.cell_center),
                Paragraph(markup(attendee.name), styles.cell),
                Paragraph(markup(attendee.person), styles.cell),
                Spacer(1, sign_space),
            ]
        )
    for number in range(len(expected) + 1, len(expected) + spare + 1):
        rows.append([Paragraph(str(number), styles.cell_center), "", "", Spacer(1, sign_space)])
    return [
        Paragraph("참석자 서명부", styles.title),
        Paragraph(markup(doc.organisation), styles.subtitle),
        info,
        Spacer(1, 6 * mm),
        bordered(rows, column_widths(14, 72, 40, 44), header=True),
    ]


# --- text -----------------------------------------------------------------------------------------


def _meeting_name(doc: MinutesDocument) -> str:
    # "2026년 11월 정기회의" already says what kind of meeting it is; print the kind only when it adds something.
    if not doc.kind or doc.kind in doc.title:
        return doc.title
    return f"{doc.title} ({doc.kind})"


def _count(value: int | None) -> str:
    # None: no count was taken (e.g. carried by acclamation), which is not the same as zero votes.
    return "-" if value is None else str(value)


# --- building blocks ------------------------------------------------------------------------------


def _info_table(doc: MinutesDocument, styles: Styles) -> Table:
    def value(text: str) -> Paragraph:
        return Paragraph(markup(text), styles.cell)

    attendance = f"{doc.present}명 / 재적 {doc.enrolled}명"
    if doc.quorum_text.strip():
        attendance += f"<br/>{markup(doc.quorum_text)}"
    rows = [
        [label_cell("회의명", styles), value(_meeting_name(doc)), "", ""],
        [
            label_cell("일시", styles),
            value(format_meeting_datetime(doc.starts_at)),
            label_cell("장소", styles),
            value(doc.place),
        ],
        [label_cell("의장", styles), value(doc.chair), label_cell("서기", styles), value(doc.secretary)],
        [label_cell("참석", styles), Paragraph(attendance, styles.cell), "", ""],
    ]
    return bordered(
        rows,
        column_widths(22, 63, 22, 63),
        label_columns=(0,),
        extra=[
            ("SPAN", (1, 0), (3, 0)),
            ("SPAN", (1, 3), (3, 3)),
            ("BACKGROUND", (2, 1), (2, 2), LABEL_FILL),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )


def _attendee_table(attendees: Sequence[Attendee], styles: Styles) -> list[Flowable]:
    if not attendees:
        return []
    rows: list[list[Any]] = [
        [label_cell(text, styles) for text in ("번호", "회사명(소속)", "참석자", "구분", "비고")]
    ]
    for number, attendee in enumerate(attendees, 1):
        rows.append(
            [
                Paragraph(str(number), styles.cell_center),
                Paragraph(markup(attendee.name), styles.cell),
                Paragraph(markup(attendee.person), styles.cell),
                Paragraph(markup(attendee.status), styles.cell_center),
                Paragraph(markup(attendee.note), styles.cell),
            ]
        )
    # A compact table: a long member list is the bulk of the document, not its point.
    compact = [("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]
    return [bordered(rows, column_widths(12, 56, 36, 18, 48), header=True, extra=compact)]


def _agenda(agenda: Sequence[AgendaItem], styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = []
    for number, item in enumerate(agenda, 1):
        heading = Paragraph(f"{number}. {markup(item.title)}", styles.item)
        lines = text_block(item.discussion, styles.discussion)
        # Keep the item's title with its first line of discussion so a page never ends on a bare title.
        flowables.append(KeepTogether([heading, *lines[:1]]))
        flowables += lines[1:]
    return flowables


def _resolution_table(resolutions: Sequence[Resolution], styles: Styles) -> list[Flowable]:
    if not resolutions:
        return []
    header = [label_cell(text, styles) for text in ("의안", "안건명", "찬성", "반대", "기권", "결과")]
    rows: list[list[Any]] = [header]
    for resolution in resolutions:
        result = f"<b>{markup(resolution.result)}</b>"
        if resolution.result_note.strip():
            result += f'<br/><font size="8" color="#555555">{markup(resolution.result_note)}</font>'
        rows.append(
            [
                Paragraph(f"제{resolution.number}호 의안", styles.cell_center),
                Paragraph(markup(resolution.title), styles.cell),
                Paragraph(_count(resolution.yes), styles.cell_center),
                Paragraph(_count(resolution.no), styles.cell_center),
                Paragraph(_count(resolution.abstain), styles.cell_center),
                Paragraph(result, styles.cell_center),
            ]
        )
    return [bordered(rows, column_widths(22, 58, 13, 13, 13, 51), header=True)]


def _action_table(actions: Sequence[ActionItem], styles: Styles) -> list[Flowable]:
    if not actions:
        return []
    rows: list[list[Any]] = [[label_cell(text, styles) for text in ("번호", "내용", "담당", "기한", "상태")]]
    for number, action in enumerate(actions, 1):
        due = format_official_date(action.due) if action.due is not None else ""
        rows.append(
            [
                Paragraph(str(number), styles.cell_center),
                Paragraph(markup(action.what), styles.cell),
                Paragraph(markup(action.owner), styles.cell),
                Paragraph(due, styles.cell_center),
                Paragraph(markup(action.status), styles.cell_center),
            ]
        )
    return [bordered(rows, column_widths(12, 86, 30, 24, 18), header=True)]


def _signatures(doc: MinutesDocument, styles: Styles) -> list[Flowable]:
    return [
        Paragraph("위와 같이 회의를 마치고 이 회의록을 작성하여 의장과 서기가 기명날인한다.", styles.closing),
        Paragraph(format_official_date(doc.starts_at.date()), styles.date),
        Paragraph(markup(doc.organisation), styles.date),
        *(
            # A line to sign on after the printed name, and (인) where the seal goes.
            Paragraph(
                f"{role}&nbsp;&nbsp;&nbsp;{markup(name)}&nbsp;&nbsp;&nbsp;____________ (인)",
                styles.signature,
            )
            for role, name in (("의장", doc.chair), ("서기", doc.secretary))
        ),
    ]


# --- the PDF file ---------------------------------------------------------------------------------


class _RoomLeft(Flowable):
    """Takes no space; remembers the height still free in the frame where it was placed."""

    def __init__(self) -> None:
        super().__init__()
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = availHeight
        return 0, 0

    def draw(self) -> None:
        pass

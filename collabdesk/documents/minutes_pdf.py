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
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LayoutError,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from collabdesk.documents.files import write_atomically
from collabdesk.errors import UserError
from collabdesk.paths import resource_path
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

AUTHOR = "CollabDesk"
SIGNIN_SPARE_ROWS = 5  # empty rows at the end of the sign-in sheet for those who come unannounced

FONT = "NanumGothic"
FONT_BOLD = "NanumGothicBold"

_PAGE_WIDTH, _PAGE_HEIGHT = A4
_MARGIN_X = 20 * mm
_MARGIN_TOP = 18 * mm
_MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = _PAGE_WIDTH - 2 * _MARGIN_X  # 170 mm
_SIGN_ROW_HEIGHT = 12 * mm  # room to sign by hand with a pen
_CELL_PADDING = 3  # points, top and bottom of a table cell
_SECTION_START = 35 * mm  # a section heading plus a table's header and first rows

_WEEKDAYS = "월화수목금토일"
_LINE = colors.HexColor("#555555")
_GRID = colors.HexColor("#9a9a9a")
_LABEL_FILL = colors.HexColor("#eeeeee")
_HEADER_FILL = colors.HexColor("#e2e6ea")
_MUTED = colors.HexColor("#555555")


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


# Where a PDF that cannot be replaced is most likely open.
_OPENED_IN = "PDF 보기 프로그램 등"


def format_meeting_datetime(when: datetime.datetime) -> str:
    """``2026. 11. 24.(화) 14:00``: the official date style with the Korean weekday and the time."""
    return f"{format_official_date(when.date())}({_WEEKDAYS[when.weekday()]}) {when:%H:%M}"


def write_minutes(path: str | os.PathLike[str], doc: MinutesDocument) -> None:
    """Write the 회의록 of `doc` as an A4 PDF at `path`; an OSError becomes a UserError naming the file."""
    write_atomically(Path(path), lambda out: _build_minutes(out, doc, path), _OPENED_IN)


def minutes_bytes(doc: MinutesDocument) -> bytes:
    """The same 회의록 PDF in memory, for print preview and printing."""
    out = io.BytesIO()
    _build_minutes(out, doc, f"{doc.title}.pdf")
    return out.getvalue()


def write_signin_sheet(
    path: str | os.PathLike[str], doc: MinutesDocument, expected: Sequence[Attendee]
) -> None:
    """Write the 참석자 서명부 for `doc`: one row per expected attendee, then at least SIGNIN_SPARE_ROWS
    empty rows for walk-ins, as many as fill the last page (a printed form never ends on a lone row)."""
    write_atomically(Path(path), lambda out: _build_signin(out, doc, expected, path), _OPENED_IN)


def signin_sheet_bytes(doc: MinutesDocument, expected: Sequence[Attendee]) -> bytes:
    """The same 참석자 서명부 PDF in memory, for print preview and printing."""
    out = io.BytesIO()
    _build_signin(out, doc, expected, f"{doc.title}.pdf")
    return out.getvalue()


def _build_minutes(out: BinaryIO, doc: MinutesDocument, path: str | os.PathLike[str]) -> None:
    _render(out, _minutes_story(doc), path, f"회의록 - {doc.title}", doc.organisation)


def _build_signin(
    out: BinaryIO, doc: MinutesDocument, expected: Sequence[Attendee], path: str | os.PathLike[str]
) -> None:
    # A trial layout into memory finds the room left below the table on the last page; the real
    # one adds as many empty rows as fit there. Every empty row is exactly _SIGN_ROW_HEIGHT tall.
    title = f"참석자 서명부 - {doc.title}"
    probe = _RoomLeft()
    trial = [*_signin_story(doc, expected, SIGNIN_SPARE_ROWS), probe]
    _render(io.BytesIO(), trial, path, title, doc.organisation)
    extra = int(max(probe.height - 1, 0) // _SIGN_ROW_HEIGHT)  # 1 pt spare for rounding
    _render(out, _signin_story(doc, expected, SIGNIN_SPARE_ROWS + extra), path, title, doc.organisation)


def _minutes_story(doc: MinutesDocument) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = [
        Paragraph("회 의 록", styles.title),
        Paragraph(_markup(doc.organisation), styles.subtitle),
        _info_table(doc, styles),
        *_section("참석자", _attendee_table(doc.attendees, styles), styles),
    ]
    if doc.opening.strip():
        story += _section("개회", _text_block(doc.opening, styles.body), styles)
    story += _section("안건 및 논의 내용", _agenda(doc.agenda, styles), styles)
    story += _section("의결사항", _resolution_table(doc.resolutions, styles), styles)
    story += _section("후속조치", _action_table(doc.actions, styles), styles)
    # The ending stays together, and with the 폐회 text before it: signatures alone on the last page
    # would not show what they sign for.
    ending = _signatures(doc, styles)
    if doc.closing.strip():
        closing = [Paragraph("□ 폐회", styles.heading), *_text_block(doc.closing, styles.body)]
        ending = [CondPageBreak(_SECTION_START), *closing, *ending]
    story.append(KeepTogether(ending))
    return story


def _signin_story(doc: MinutesDocument, expected: Sequence[Attendee], spare: int) -> list[Flowable]:
    styles = _styles()
    info = _bordered(
        [
            [_label("회의명", styles), Paragraph(_markup(_meeting_name(doc)), styles.cell), "", ""],
            [
                _label("일시", styles),
                Paragraph(format_meeting_datetime(doc.starts_at), styles.cell),
                _label("장소", styles),
                Paragraph(_markup(doc.place), styles.cell),
            ],
        ],
        _widths(22, 50, 22, 76),
        label_columns=(0,),
        extra=[("SPAN", (1, 0), (3, 0)), ("BACKGROUND", (2, 1), (2, 1), _LABEL_FILL)],
    )
    # A spacer in the 서명 cell sets the minimum row height and still lets a row grow when a long
    # company name wraps; a fixed rowHeights would let that text spill over the row below.
    sign_space = _SIGN_ROW_HEIGHT - 2 * _CELL_PADDING
    rows: list[list[Any]] = [[_label(text, styles) for text in ("번호", "회사명(소속)", "성명", "서명")]]
    for number, attendee in enumerate(expected, 1):
        rows.append(
            [
                Paragraph(str(number), styles.cell_center),
                Paragraph(_markup(attendee.name), styles.cell),
                Paragraph(_markup(attendee.person), styles.cell),
                Spacer(1, sign_space),
            ]
        )
    for number in range(len(expected) + 1, len(expected) + spare + 1):
        rows.append([Paragraph(str(number), styles.cell_center), "", "", Spacer(1, sign_space)])
    return [
        Paragraph("참석자 서명부", styles.title),
        Paragraph(_markup(doc.organisation), styles.subtitle),
        info,
        Spacer(1, 6 * mm),
        _bordered(rows, _widths(14, 72, 40, 44), header=True),
    ]


# --- fonts and styles -----------------------------------------------------------------------------

_font_lock = threading.Lock()


def _register_fonts() -> None:
    # reportlab's font registry is global to the process, and exports may run on a background thread:
    # register once, under a lock, so two exports at the same moment cannot half-register the family.
    with _font_lock:
        if FONT_BOLD in pdfmetrics.getRegisteredFontNames():
            return
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "NanumGothic.ttf"))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "NanumGothicBold.ttf"))))
        # The family makes <b> in Paragraph markup pick the bold file; there is no italic Nanum font.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    item: ParagraphStyle
    body: ParagraphStyle
    discussion: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_small: ParagraphStyle
    label: ParagraphStyle
    closing: ParagraphStyle
    date: ParagraphStyle
    signature: ParagraphStyle


def _styles() -> _Styles:
    _register_fonts()
    # Korean text needs a looser leading than Latin (about 1.4 times the size) to stay readable.
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=15, alignment=TA_LEFT)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12.5)
    return _Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=26, alignment=TA_CENTER
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=body,
            fontSize=11,
            leading=16,
            alignment=TA_CENTER,
            spaceBefore=2,
            spaceAfter=14,
        ),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=FONT_BOLD, fontSize=12, leading=17, spaceBefore=14, spaceAfter=6
        ),
        item=ParagraphStyle(
            "item", parent=body, fontName=FONT_BOLD, leftIndent=4, spaceBefore=6, spaceAfter=3
        ),
        body=ParagraphStyle("body_indented", parent=body, leftIndent=4),
        discussion=ParagraphStyle("discussion", parent=body, leftIndent=18, spaceAfter=1),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_small=ParagraphStyle("cell_small", parent=cell, fontSize=8, leading=11, textColor=_MUTED),
        label=ParagraphStyle("label", parent=cell, fontName=FONT_BOLD, alignment=TA_CENTER),
        closing=ParagraphStyle("closing", parent=body, spaceBefore=14, alignment=TA_CENTER),
        date=ParagraphStyle("date", parent=body, fontSize=11, leading=16, spaceBefore=8, alignment=TA_CENTER),
        signature=ParagraphStyle(
            "signature", parent=body, fontSize=11, leading=16, spaceBefore=12, alignment=TA_RIGHT
        ),
    )


# --- text -----------------------------------------------------------------------------------------

# Control characters (from text pasted out of other programs) would stop reportlab's markup parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LEADING_SPACES = re.compile(r"^ +")


def _markup(text: str) -> str:
    """User text as Paragraph markup: & < > printed literally, line breaks kept."""
    cleaned = _CONTROL.sub("", text.replace("\t", "    "))
    return "<br/>".join(escape(line) for line in cleaned.splitlines())


def _text_block(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Multi-line text as one paragraph per line, so that a long discussion can break across pages
    between any two lines; an empty line becomes a little space, as the user meant."""
    flowables: list[Flowable] = []
    for line in _CONTROL.sub("", text.replace("\t", "    ")).splitlines():
        if not line.strip():
            flowables.append(Spacer(1, style.leading / 2))
            continue
        # Paragraph collapses spaces; a secretary's indented sub-points keep their indent as &nbsp;.
        marked = _LEADING_SPACES.sub(lambda m: "&nbsp;" * len(m.group()), escape(line.rstrip()))
        flowables.append(Paragraph(marked, style))
    return flowables


def _meeting_name(doc: MinutesDocument) -> str:
    # "2026년 11월 정기회의" already says what kind of meeting it is; print the kind only when it adds something.
    if not doc.kind or doc.kind in doc.title:
        return doc.title
    return f"{doc.title} ({doc.kind})"


def _count(value: int | None) -> str:
    # None: no count was taken (e.g. carried by acclamation), which is not the same as zero votes.
    return "-" if value is None else str(value)


# --- building blocks ------------------------------------------------------------------------------


def _widths(*millimetres: float) -> list[float]:
    widths = [value * mm for value in millimetres]
    assert abs(sum(widths) - CONTENT_WIDTH) < 0.01, "a table must be exactly as wide as the text"
    return widths


def _label(text: str, styles: _Styles) -> Paragraph:
    return Paragraph(escape(text), styles.label)


def _bordered(
    rows: list[list[Any]],
    widths: list[float],
    *,
    header: bool = False,
    label_columns: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    # repeatRows=1 reprints the header row on every page a long table continues on.
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="CENTER")
    commands: list[tuple[Any, ...]] = [
        # Cells are Paragraphs, but reportlab sets the cell font even for an empty one: not Helvetica,
        # which would be declared in the file without being embedded.
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("BOX", (0, 0), (-1, -1), 0.9, _LINE),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, _GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, _LINE),
        ]
    for column in label_columns:
        commands.append(("BACKGROUND", (column, 0), (column, -1), _LABEL_FILL))
    commands += extra
    table.setStyle(TableStyle(commands))
    return table


def _section(title: str, flowables: list[Flowable], styles: _Styles) -> list[Flowable]:
    heading = Paragraph(f"□ {escape(title)}", styles.heading)
    if not flowables:
        flowables = [Paragraph("해당 없음", styles.body)]
    # A heading must not end a page on its own. KeepTogether with a long table would push the whole
    # table to the next page and leave this one half empty, so ask instead for room for the heading and
    # the first rows, and start a new page only when that is not left. Text (an agenda item and its
    # first paragraph) can be taller than that room: the heading then goes along with it.
    first, *rest = flowables
    if isinstance(first, Table):
        return [CondPageBreak(_SECTION_START), heading, first, *rest]
    return [CondPageBreak(_SECTION_START), KeepTogether([heading, first]), *rest]


def _info_table(doc: MinutesDocument, styles: _Styles) -> Table:
    def value(text: str) -> Paragraph:
        return Paragraph(_markup(text), styles.cell)

    attendance = f"{doc.present}명 / 재적 {doc.enrolled}명"
    if doc.quorum_text.strip():
        attendance += f"<br/>{_markup(doc.quorum_text)}"
    rows = [
        [_label("회의명", styles), value(_meeting_name(doc)), "", ""],
        [
            _label("일시", styles),
            value(format_meeting_datetime(doc.starts_at)),
            _label("장소", styles),
            value(doc.place),
        ],
        [_label("의장", styles), value(doc.chair), _label("서기", styles), value(doc.secretary)],
        [_label("참석", styles), Paragraph(attendance, styles.cell), "", ""],
    ]
    return _bordered(
        rows,
        _widths(22, 63, 22, 63),
        label_columns=(0,),
        extra=[
            ("SPAN", (1, 0), (3, 0)),
            ("SPAN", (1, 3), (3, 3)),
            ("BACKGROUND", (2, 1), (2, 2), _LABEL_FILL),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )


def _attendee_table(attendees: Sequence[Attendee], styles: _Styles) -> list[Flowable]:
    if not attendees:
        return []
    rows: list[list[Any]] = [
        [_label(text, styles) for text in ("번호", "회사명(소속)", "참석자", "구분", "비고")]
    ]
    for number, attendee in enumerate(attendees, 1):
        rows.append(
            [
                Paragraph(str(number), styles.cell_center),
                Paragraph(_markup(attendee.name), styles.cell),
                Paragraph(_markup(attendee.person), styles.cell),
                Paragraph(_markup(attendee.status), styles.cell_center),
                Paragraph(_markup(attendee.note), styles.cell),
            ]
        )
    # A compact table: a long member list is the bulk of the document, not its point.
    compact = [("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]
    return [_bordered(rows, _widths(12, 56, 36, 18, 48), header=True, extra=compact)]


def _agenda(agenda: Sequence[AgendaItem], styles: _Styles) -> list[Flowable]:
    flowables: list[Flowable] = []
    for number, item in enumerate(agenda, 1):
        heading = Paragraph(f"{number}. {_markup(item.title)}", styles.item)
        lines = _text_block(item.discussion, styles.discussion)
        # Keep the item's title with its first line of discussion so a page never ends on a bare title.
        flowables.append(KeepTogether([heading, *lines[:1]]))
        flowables += lines[1:]
    return flowables


def _resolution_table(resolutions: Sequence[Resolution], styles: _Styles) -> list[Flowable]:
    if not resolutions:
        return []
    header = [_label(text, styles) for text in ("의안", "안건명", "찬성", "반대", "기권", "결과")]
    rows: list[list[Any]] = [header]
    for resolution in resolutions:
        result = f"<b>{_markup(resolution.result)}</b>"
        if resolution.result_note.strip():
            result += f'<br/><font size="8" color="#555555">{_markup(resolution.result_note)}</font>'
        rows.append(
            [
                Paragraph(f"제{resolution.number}호 의안", styles.cell_center),
                Paragraph(_markup(resolution.title), styles.cell),
                Paragraph(_count(resolution.yes), styles.cell_center),
                Paragraph(_count(resolution.no), styles.cell_center),
                Paragraph(_count(resolution.abstain), styles.cell_center),
                Paragraph(result, styles.cell_center),
            ]
        )
    return [_bordered(rows, _widths(22, 58, 13, 13, 13, 51), header=True)]


def _action_table(actions: Sequence[ActionItem], styles: _Styles) -> list[Flowable]:
    if not actions:
        return []
    rows: list[list[Any]] = [[_label(text, styles) for text in ("번호", "내용", "담당", "기한", "상태")]]
    for number, action in enumerate(actions, 1):
        due = format_official_date(action.due) if action.due is not None else ""
        rows.append(
            [
                Paragraph(str(number), styles.cell_center),
                Paragraph(_markup(action.what), styles.cell),
                Paragraph(_markup(action.owner), styles.cell),
                Paragraph(due, styles.cell_center),
                Paragraph(_markup(action.status), styles.cell_center),
            ]
        )
    return [_bordered(rows, _widths(12, 86, 30, 24, 18), header=True)]


def _signatures(doc: MinutesDocument, styles: _Styles) -> list[Flowable]:
    return [
        Paragraph("위와 같이 회의를 마치고 이 회의록을 작성하여 의장과 서기가 기명날인한다.", styles.closing),
        Paragraph(format_official_date(doc.starts_at.date()), styles.date),
        Paragraph(_markup(doc.organisation), styles.date),
        *(
            # A line to sign on after the printed name, and (인) where the seal goes.
            Paragraph(
                f"{role}&nbsp;&nbsp;&nbsp;{_markup(name)}&nbsp;&nbsp;&nbsp;____________ (인)",
                styles.signature,
            )
            for role, name in (("의장", doc.chair), ("서기", doc.secretary))
        ),
    ]


# --- the PDF file ---------------------------------------------------------------------------------


class _NumberedCanvas(canvas.Canvas):
    """Draws "n / m" at the foot of every page; m is known only once all pages are laid out, so each
    page's drawing is kept until save() and then written out with its number."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for page in self._pages:
            self.__dict__.update(page)
            self.setFont(FONT, 9)
            self.setFillColor(_MUTED)
            self.drawCentredString(_PAGE_WIDTH / 2, 10 * mm, f"{self._pageNumber} / {total}")
            super().showPage()
        super().save()


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


def _render(
    out: BinaryIO, story: list[Flowable], path: str | os.PathLike[str], title: str, subject: str
) -> None:
    """Lay out `story` on A4 pages numbered "n / m" and write the PDF to `out`."""
    document = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=_MARGIN_X,
        rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        title=title,
        author=AUTHOR,
        subject=subject,
        creator=AUTHOR,
        lang="ko-KR",
        # Otherwise the file would also declare Helvetica, reportlab's starting font, without embedding
        # it: a font the document never shows, but which viewers must substitute and archiving checks
        # (PDF/A) reject.
        initialFontName=FONT,
    )
    # No frame padding (reportlab's default is 6 pt): tables are exactly CONTENT_WIDTH wide and line up
    # with the text and the margins.
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        document.build(story, canvasmaker=_NumberedCanvas)
    except LayoutError as exc:
        # Only a table row taller than a whole page gets here: reportlab cannot split a row.
        raise UserError(
            f"PDF를 만들 수 없습니다: {Path(path).name}. 표의 한 칸에 들어간 내용이 너무 길어 "
            "한 쪽에 들어가지 않습니다. 비고나 안건명 같은 긴 글을 줄여 주십시오."
        ) from exc

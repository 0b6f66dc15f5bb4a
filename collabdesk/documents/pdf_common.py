"""What every CollabDesk PDF shares: the embedded NanumGothic, the paragraph styles, A4 pages with
20 mm margins numbered "n / m", bordered tables exactly as wide as the text, section headings that
never end a page alone, and the way user text and amounts are printed.

The fonts are embedded (as reportlab subsets) so that a document prints the same on a recipient's
computer without a Korean font, and its text can be copied and searched. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import re
import threading
from collections.abc import Callable, Sequence
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

AUTHOR = "CollabDesk"
FONT = "NanumGothic"
FONT_BOLD = "NanumGothicBold"
# Where a PDF that cannot be replaced is most likely open (for files.write_atomically).
OPENED_IN = "PDF 보기 프로그램 등"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X  # 170 mm
CELL_PADDING = 3  # points, top and bottom of a table cell
SECTION_START = 35 * mm  # a section heading plus a table's header and first rows

LINE = colors.HexColor("#555555")
GRID = colors.HexColor("#9a9a9a")
LABEL_FILL = colors.HexColor("#eeeeee")
HEADER_FILL = colors.HexColor("#e2e6ea")
MUTED = colors.HexColor("#555555")
MARK_RED = colors.HexColor("#b42318")  # the "대외비" mark in a page header


# --- fonts and styles -----------------------------------------------------------------------------

_font_lock = threading.Lock()


def register_fonts() -> None:
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
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    item: ParagraphStyle
    body: ParagraphStyle
    discussion: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_small: ParagraphStyle
    label: ParagraphStyle
    closing: ParagraphStyle
    date: ParagraphStyle
    signature: ParagraphStyle


def document_styles() -> Styles:
    register_fonts()
    # Korean text needs a looser leading than Latin (about 1.4 times the size) to stay readable.
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=15, alignment=TA_LEFT)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12.5)
    return Styles(
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
        caption=ParagraphStyle("caption", parent=body, fontSize=9, leading=13, leftIndent=2, spaceAfter=4),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_small=ParagraphStyle("cell_small", parent=cell, fontSize=8, leading=11, textColor=MUTED),
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


def markup(text: str) -> str:
    """User text as Paragraph markup: & < > printed literally, line breaks kept."""
    cleaned = _CONTROL.sub("", text.replace("\t", "    "))
    return "<br/>".join(escape(line) for line in cleaned.splitlines())


def text_block(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Multi-line text as one paragraph per line, so that a long text can break across pages
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


def date_text(value: dt.date | None, empty: str = "") -> str:
    """The official date style ``2026. 11. 24.``; `empty` for no date."""
    return format_official_date(value) if value is not None else empty


# --- building blocks ------------------------------------------------------------------------------


def column_widths(*millimetres: float) -> list[float]:
    widths = [value * mm for value in millimetres]
    assert abs(sum(widths) - CONTENT_WIDTH) < 0.01, "a table must be exactly as wide as the text"
    return widths


def label_cell(text: str, styles: Styles) -> Paragraph:
    return Paragraph(escape(text), styles.label)


def bordered(
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
        ("BOX", (0, 0), (-1, -1), 0.9, LINE),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, LINE),
        ]
    for column in label_columns:
        commands.append(("BACKGROUND", (column, 0), (column, -1), LABEL_FILL))
    commands += extra
    table.setStyle(TableStyle(commands))
    return table


def section(
    title: str, flowables: list[Flowable], styles: Styles, empty: str = "해당 없음"
) -> list[Flowable]:
    """A "□ title" heading and its content; `empty` is printed when there is no content."""
    heading = Paragraph(f"□ {escape(title)}", styles.heading)
    if not flowables:
        flowables = [Paragraph(escape(empty), styles.body)]
    # A heading must not end a page on its own. KeepTogether with a long table would push the whole
    # table to the next page and leave this one half empty, so ask instead for room for the heading and
    # the first rows, and start a new page only when that is not left. Text (an agenda item and its
    # first paragraph) can be taller than that room: the heading then goes along with it.
    first, *rest = flowables
    if isinstance(first, Table):
        return [CondPageBreak(SECTION_START), heading, first, *rest]
    return [CondPageBreak(SECTION_START), KeepTogether([heading, first]), *rest]


# --- the PDF file ---------------------------------------------------------------------------------

# Writes one document to the open file; the path (or, in memory, a file name) names it in messages.
Build = Callable[[BinaryIO, str | os.PathLike[str]], None]


def write_pdf(path: str | os.PathLike[str], build: Build) -> None:
    """Run build() into a temporary file next to `path` that replaces `path` only once complete; an
    OSError becomes a UserError naming the file."""
    write_atomically(Path(path), lambda out: build(out, path), OPENED_IN)


def pdf_bytes(build: Build, name: str) -> bytes:
    """The same document in memory, for print preview and printing; `name` as if it were a file."""
    out = io.BytesIO()
    build(out, name)
    return out.getvalue()


class NumberedCanvas(canvas.Canvas):
    """Draws "n / m" at the foot of every page, and `footer` (e.g. the print date) at its left; m is
    known only once all pages are laid out, so each page's drawing is kept until save() and then
    written out with its number. `header` (e.g. a case number) is drawn at the top left of every
    page and `mark` (e.g. "대외비") boxed at the top right; without either, no header at all."""

    def __init__(self, *args: Any, footer: str = "", header: str = "", mark: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._header = header
        self._mark = mark
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for page in self._pages:
            self.__dict__.update(page)
            self.setFont(FONT, 9)
            self.setFillColor(MUTED)
            # The page's own width: a landscape document (the certificate register) has its number
            # in the middle too.
            self.drawCentredString(self._pagesize[0] / 2, 10 * mm, f"{self._pageNumber} / {total}")
            if self._footer:
                self.setFont(FONT, 8)
                self.drawString(MARGIN_X, 10 * mm, self._footer)
            if self._header or self._mark:
                self._draw_header()
            super().showPage()
        super().save()

    def _draw_header(self) -> None:
        width, height = self._pagesize
        baseline = height - 11 * mm
        if self._header:
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, baseline, self._header)
        if self._mark:
            # A stamp-like box in dark red: the first thing seen on a page left on a shared desk.
            size = 9
            text_width = pdfmetrics.stringWidth(self._mark, FONT_BOLD, size)
            right = width - MARGIN_X
            self.setStrokeColor(MARK_RED)
            self.setFillColor(MARK_RED)
            self.setLineWidth(0.9)
            self.rect(right - text_width - 8, baseline - 3, text_width + 8, size + 5, stroke=1, fill=0)
            self.setFont(FONT_BOLD, size)
            self.drawRightString(right - 4, baseline, self._mark)
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        self.line(MARGIN_X, baseline - 5, width - MARGIN_X, baseline - 5)


_TOO_LONG = "긴 글을 줄여 주십시오."


def render(
    out: BinaryIO,
    story: list[Flowable],
    path: str | os.PathLike[str],
    title: str,
    subject: str,
    *,
    footer: str = "",
    too_long: str = _TOO_LONG,
    pagesize: tuple[float, float] = A4,
    header: str = "",
    mark: str = "",
) -> None:
    """Lay out `story` on A4 pages numbered "n / m" (with `footer` at the left) and write the PDF to
    `out`; `too_long` says which text to shorten when a table row does not fit on a page; `pagesize`
    is landscape(A4) for a wide table; `header` and `mark` head every page (see NumberedCanvas)."""
    document = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
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
        document.build(
            story, canvasmaker=functools.partial(NumberedCanvas, footer=footer, header=header, mark=mark)
        )
    except LayoutError as exc:
        # Only a table row taller than a whole page gets here: reportlab cannot split a row.
        raise UserError(
            f"PDF를 만들 수 없습니다: {Path(path).name}. 표의 한 칸에 들어간 내용이 너무 길어 "
            f"한 쪽에 들어가지 않습니다. {too_long}"
        ) from exc

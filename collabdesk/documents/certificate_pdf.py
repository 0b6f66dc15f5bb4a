"""Certificates (협업인증서, 회원확인서 and the user's own kinds) as A4 portrait PDFs, one certificate a
page, in the usual Korean certificate style: the number at the top left, an optional logo, the title
with its letters spaced out, the field block, the statement, the date in official style, the issuer's
organisation and title with the seal over the end of the name, and a QR code with the verification code
at the foot. A revoked or replaced certificate printed again carries a large red "무 효" and the reason.

Drawn straight on a reportlab canvas rather than laid out with platypus: every certificate has the same
places, and a batch of 1,000 must cost little more than drawing its strings (issue "협업인증서": at most
twice a bare canvas, see benchmarks/certificates.py). The seal, the logo and the border are decoded and
written once per file as form XObjects, each page only refers to them.

NanumGothic is embedded (as subsets) like in every CollabDesk PDF, so the text stays extractable and the
file prints the same anywhere. No Qt here; the certificates service fills the dataclasses below.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from collabdesk.documents.pdf_common import (
    AUTHOR,
    FONT,
    FONT_BOLD,
    date_text,
    pdf_bytes,
    register_fonts,
    write_pdf,
)
from collabdesk.errors import Cancelled, UserError

__all__ = [
    "VERIFY_NOTE",
    "CertificateImageError",
    "CertificateLook",
    "CertificatePage",
    "certificate_pdf_bytes",
    "check_look",
    "write_certificates",
]

VERIFY_NOTE = "발급 확인: 번호와 확인코드로 확인"
VOID_MARK = "무 효"

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = PAGE_WIDTH - 25 * mm
CENTRE = PAGE_WIDTH / 2

INK = colors.HexColor("#111111")
FRAME = colors.HexColor("#27466b")
VOID_RED = colors.HexColor("#d0202a")

SEAL_SIZE = 28 * mm
LOGO_MAX = (50 * mm, 20 * mm)  # width, height
QR_SIZE = 22 * mm

# Fixed places, as heights above the foot of the page (reportlab's y).
NUMBER_Y = PAGE_HEIGHT - 26 * mm
LOGO_TOP = PAGE_HEIGHT - 18 * mm
TITLE_Y = PAGE_HEIGHT - 62 * mm
FIELDS_Y = PAGE_HEIGHT - 86 * mm
DATE_Y = 102 * mm
ORG_Y = 82 * mm
ISSUER_Y = 67 * mm
QR_Y = 25 * mm  # the QR code's lower edge
FLOW_BOTTOM = DATE_Y + 16 * mm  # the statement's last line stays above this

# A long certificate (a 60-character company name, a long address and statement) is set smaller, in
# these steps, until it fits above the date; the last step is used whatever happens.
_SCALES = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56)

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Spaces that must not break a line nor be stretched: inside a date or a certificate number.
_UNBROKEN = re.compile(r"\d{4}\. \d{1,2}\. \d{1,2}\.|제 \S+ 호")
_KEEP = "\u00a0"
_MAX_DPI = 600
_SEAL_FORM = "cdSeal"
_LOGO_FORM = "cdLogo"
_BORDER_FORM = "cdBorder"


@dataclass(frozen=True)
class CertificatePage:
    number: str  # "제 2026-0001 호"
    title: str  # "협업인증서"; printed letter-spaced: "협 업 인 증 서"
    fields: Sequence[tuple[str, str]]  # ordered (label, value) rows: ("업체명", "대성금형(주)"), …
    statement: str  # the filled statement text, may contain newlines
    issue_date: dt.date  # printed in official style "2026. 11. 24."
    issuer_org: str  # "경기이업종교류연합회"
    issuer_title: str  # "회장 홍 길 동": the seal goes over the end of this line
    verification_code: str  # "7KQ2-M9XD", printed under the QR code
    qr_text: str  # what the QR code holds (a text with the number and the code)
    void_note: str | None = None  # for a revoked or replaced certificate: "2026. 12. 1. 취소 — 사유: …"


@dataclass(frozen=True)
class CertificateLook:
    seal_png: Path | None = None  # PNG with transparency
    logo_png: Path | None = None  # optional, top centre
    border: bool = True  # decorative double border


class CertificateImageError(UserError):
    """The seal or logo image is missing, unreadable or not a PNG; the message names the file."""


# --- images ---------------------------------------------------------------------------------------


def check_look(look: CertificateLook) -> None:
    """Raise CertificateImageError when the seal or the logo cannot be used; call before numbering."""
    _images(look)


def _images(look: CertificateLook) -> tuple[Image.Image | None, Image.Image | None]:
    seal = _load_png(look.seal_png, "직인 이미지") if look.seal_png is not None else None
    logo = _load_png(look.logo_png, "로고 이미지") if look.logo_png is not None else None
    return seal, logo


def _load_png(path: Path, what: str) -> Image.Image:
    """The decoded image, RGBA when it has any transparency; or a CertificateImageError naming it."""
    hint = "설정에서 다시 골라 주십시오."
    try:
        with open(path, "rb") as file:
            if file.read(len(_PNG_SIGNATURE)) != _PNG_SIGNATURE:
                raise CertificateImageError(
                    f"{what}가 PNG 파일이 아닙니다: {path}. 투명 배경의 PNG 파일을 {hint}"
                )
            file.seek(0)
            with Image.open(file) as image:
                image.load()  # decodes now: a damaged file fails here, not halfway through a batch
                transparent = "A" in image.getbands() or "transparency" in image.info
                return image.convert("RGBA" if transparent else "RGB")
    except FileNotFoundError as exc:
        raise CertificateImageError(f"{what} 파일이 없습니다: {path}. {hint}") from exc
    except CertificateImageError:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        # OSError covers a folder, no permission and a damaged or truncated PNG alike.
        raise CertificateImageError(
            f"{what} 파일을 읽을 수 없습니다: {path}. 파일이 손상되었거나 열 수 없습니다. {hint}"
        ) from exc


def _fit_box(image: Image.Image, width: float, height: float) -> tuple[float, float]:
    scale = min(width / image.width, height / image.height)
    return image.width * scale, image.height * scale


# --- writing --------------------------------------------------------------------------------------


def write_certificates(
    pages: Sequence[CertificatePage],
    look: CertificateLook,
    out: Path | BinaryIO,
    *,
    progress: Callable[[int, int], bool] | None = None,
) -> None:
    """One A4 page per certificate, into the file at `out` (replaced only once complete) or into an
    open binary file. progress(done, total) is called after each page; when it returns False the
    work stops with Cancelled and a file at `out` is left as it was."""
    if not pages:
        raise UserError("발급할 인증서가 없습니다.")
    images = _images(look)  # before the temporary file is created: a bad image leaves no trace
    if isinstance(out, str | os.PathLike):
        write_pdf(out, lambda file, name: _build(file, pages, look, images, progress))
    else:
        _build(out, pages, look, images, progress)


def certificate_pdf_bytes(pages: Sequence[CertificatePage], look: CertificateLook) -> bytes:
    """The same PDF in memory, for the preview and printing."""
    if not pages:
        raise UserError("발급할 인증서가 없습니다.")
    images = _images(look)
    return pdf_bytes(lambda file, name: _build(file, pages, look, images, None), "certificates.pdf")


def _build(
    out: BinaryIO,
    pages: Sequence[CertificatePage],
    look: CertificateLook,
    images: tuple[Image.Image | None, Image.Image | None],
    progress: Callable[[int, int], bool] | None,
) -> None:
    register_fonts()
    # initialFontName: otherwise the file declares Helvetica without embedding it (see pdf_common.render).
    c = Canvas(out, pagesize=A4, initialFontName=FONT, lang="ko-KR")
    first = pages[0]
    c.setTitle(first.title if len(pages) == 1 else f"{first.title} 외 {len(pages) - 1}매")
    c.setSubject(first.issuer_org)
    c.setAuthor(AUTHOR)
    c.setCreator(AUTHOR)
    seal, logo = images
    seal_box = _define_image_form(c, _SEAL_FORM, seal, SEAL_SIZE, SEAL_SIZE) if seal else None
    logo_box = _define_image_form(c, _LOGO_FORM, logo, *LOGO_MAX) if logo else None
    if look.border:
        _define_border_form(c)
    total = len(pages)
    for done, page in enumerate(pages, 1):
        if look.border:
            c.doForm(_BORDER_FORM)
        if logo_box is not None:
            _place_form(c, _LOGO_FORM, CENTRE - logo_box[0] / 2, LOGO_TOP - logo_box[1])
        _draw_page(c, page, seal_box)
        c.showPage()
        if progress is not None and progress(done, total) is False:
            raise Cancelled()
    c.save()


def _define_image_form(
    c: Canvas, name: str, image: Image.Image, width: float, height: float
) -> tuple[float, float]:
    """Writes the image once, as a form of its printed size; returns that size."""
    w, h = _fit_box(image, width, height)
    # A scan of the seal at 2,400 dpi would make every file megabytes bigger: 600 dpi is plenty.
    most = (round(w / 72 * _MAX_DPI), round(h / 72 * _MAX_DPI))
    if image.width > most[0] or image.height > most[1]:
        image = image.resize(most, Image.Resampling.LANCZOS)
    c.beginForm(name, 0, 0, w, h)
    # mask="auto" keeps the PNG's alpha channel (as a soft mask): the name shows through the seal.
    c.drawImage(ImageReader(image), 0, 0, w, h, mask="auto")
    c.endForm()
    return w, h


def _place_form(c: Canvas, name: str, x: float, y: float) -> None:
    c.saveState()
    c.translate(x, y)
    c.doForm(name)
    c.restoreState()


def _define_border_form(c: Canvas) -> None:
    c.beginForm(_BORDER_FORM)
    c.setStrokeColor(FRAME)
    c.setLineWidth(2.4)
    c.rect(10 * mm, 10 * mm, PAGE_WIDTH - 20 * mm, PAGE_HEIGHT - 20 * mm)
    c.setLineWidth(0.7)
    c.rect(12.2 * mm, 12.2 * mm, PAGE_WIDTH - 24.4 * mm, PAGE_HEIGHT - 24.4 * mm)
    # Small squares in the inner corners: the usual touch of a certificate frame.
    corner = 2.2 * mm
    for x, y in itertools.product((12.2 * mm, PAGE_WIDTH - 12.2 * mm), (12.2 * mm, PAGE_HEIGHT - 12.2 * mm)):
        c.rect(x - corner / 2, y - corner / 2, corner, corner, stroke=1, fill=0)
    c.endForm()


# --- one page -------------------------------------------------------------------------------------


def _draw_page(c: Canvas, page: CertificatePage, seal_box: tuple[float, float] | None) -> None:
    c.setFillColor(INK)
    c.setFont(FONT, 11)
    c.drawString(LEFT, NUMBER_Y, page.number)
    _draw_title(c, page.title)
    _draw_flow(c, page)
    c.setFont(FONT, 15)
    c.drawCentredString(CENTRE, DATE_Y, date_text(page.issue_date))
    org_size = _fitting_size(page.issuer_org, FONT_BOLD, 22, RIGHT - LEFT - 10 * mm)
    c.setFont(FONT_BOLD, org_size)
    c.drawCentredString(CENTRE, ORG_Y, page.issuer_org)
    _draw_issuer(c, page.issuer_title, seal_box)
    _draw_qr(c, page)
    if page.void_note is not None:
        _draw_void(c, page.void_note)


def _spaced(title: str) -> str:
    """협업인증서 → 협 업 인 증 서; a long title, or one that has its own spaces, stays as it is."""
    compact = title.strip()
    if " " in compact or len(compact) > 8:
        return compact
    return " ".join(compact)


def _draw_title(c: Canvas, title: str) -> None:
    text = _spaced(title)
    size = 32.0
    char_space = 0.2 * size if text != title.strip() else 0.0
    width = stringWidth(text, FONT_BOLD, size) + char_space * (len(text) - 1)
    if width > RIGHT - LEFT:
        size *= (RIGHT - LEFT) / width
        char_space *= (RIGHT - LEFT) / width
        width = RIGHT - LEFT
    c.setFont(FONT_BOLD, size)
    c.drawString(CENTRE - width / 2, TITLE_Y, text, charSpace=char_space)


@dataclass(frozen=True)
class _Flow:
    """The field block and the statement set at one scale: the lines and their sizes."""

    scale: float
    label_width: float
    value_x: float
    field_size: float
    field_leading: float
    row_gap: float
    rows: list[tuple[str, list[str]]]
    statement_size: float
    statement_leading: float
    statement: list[tuple[list[str], float | None]]  # a line's words, and the gap between them if justified
    gap: float  # between the field block and the statement

    @property
    def height(self) -> float:
        fields = sum(self.field_leading * (len(lines) - 1) for _, lines in self.rows)
        fields += self.row_gap * max(len(self.rows) - 1, 0)
        statement = self.statement_leading * max(len(self.statement) - 1, 0)
        return fields + self.gap + statement


_LABEL_X = LEFT + 6 * mm
_LABEL_WIDTH = 34 * mm  # "사업자등록번호" at full size
_VALUE_RIGHT = RIGHT - 4 * mm
_STATEMENT_X = LEFT + 4 * mm
_STATEMENT_WIDTH = RIGHT - LEFT - 8 * mm


def _layout(page: CertificatePage, scale: float) -> _Flow:
    field_size = 13 * scale
    statement_size = 14.5 * scale
    label_width = _LABEL_WIDTH * scale
    value_x = _LABEL_X + label_width + 7.5 * mm * scale
    rows = [
        (label, [_plain(line) for line in _wrap(value, FONT, field_size, _VALUE_RIGHT - value_x)])
        for label, value in page.fields
    ]
    statement: list[tuple[list[str], float | None]] = []
    for paragraph in page.statement.splitlines() or [""]:
        statement += _justify(_wrap(paragraph, FONT, statement_size, _STATEMENT_WIDTH), statement_size)
    return _Flow(
        scale=scale,
        label_width=label_width,
        value_x=value_x,
        field_size=field_size,
        field_leading=field_size * 1.45,
        row_gap=field_size * 2.05,
        rows=rows,
        statement_size=statement_size,
        statement_leading=statement_size * 1.85,
        statement=statement,
        gap=12 * mm * scale,
    )


def _draw_flow(c: Canvas, page: CertificatePage) -> None:
    available = FIELDS_Y - FLOW_BOTTOM
    for scale in _SCALES:
        flow = _layout(page, scale)
        if flow.height <= available:
            break
    y = FIELDS_Y
    for label, lines in flow.rows:
        _draw_label(c, label, _LABEL_X, y, flow.label_width, flow.field_size)
        c.setFont(FONT, flow.field_size)
        c.drawString(flow.value_x - 5 * mm * flow.scale, y, ":")
        for line in lines:
            c.drawString(flow.value_x, y, line)
            y -= flow.field_leading
        y += flow.field_leading - flow.row_gap
    if flow.rows:
        y += flow.row_gap
    else:
        y += flow.field_leading  # no fields: the statement starts where they would have
    y -= flow.gap
    # The statement sits in the middle of the room left above the date, not right under the fields.
    statement_height = flow.statement_leading * max(len(flow.statement) - 1, 0)
    spare = (y - statement_height) - FLOW_BOTTOM
    if spare > 0:
        y -= min(spare / 2, 11 * mm)
    c.setFont(FONT, flow.statement_size)
    single = len(flow.statement) == 1
    for words, gap in flow.statement:
        if single:
            c.drawCentredString(CENTRE, y, _plain(" ".join(words)))
        elif gap is None:
            c.drawString(_STATEMENT_X, y, _plain(" ".join(words)))
        else:
            x = _STATEMENT_X
            for word in words:
                c.drawString(x, y, _plain(word))
                x += stringWidth(word, FONT, flow.statement_size) + gap
        y -= flow.statement_leading


def _draw_label(c: Canvas, label: str, x: float, y: float, width: float, size: float) -> None:
    """The label spread over the label column (업   체   명), as Korean certificates align them."""
    text = label.replace(" ", "")
    size = _fitting_size(text, FONT, size, width)
    c.setFont(FONT, size)
    natural = stringWidth(text, FONT, size)
    if len(text) < 2:
        c.drawString(x, y, text)
        return
    c.drawString(x, y, text, charSpace=(width - natural) / (len(text) - 1))


def _justify(lines: list[str], size: float) -> list[tuple[list[str], float | None]]:
    """A paragraph's lines as words with the gap that makes each line (but the last) as wide as the
    statement, as Korean certificates are set; when some line would open gaps wider than a character
    (few long words), the whole paragraph is left ragged rather than some lines spread and some not."""
    words = [line.split(" ") for line in lines]
    gaps: list[float | None] = []
    for line in words[:-1]:
        natural = sum(stringWidth(word, FONT, size) for word in line)
        gaps.append((_STATEMENT_WIDTH - natural) / (len(line) - 1) if len(line) > 1 else None)
    space = stringWidth(" ", FONT, size)
    if any(gap is None or gap > space + size for gap in gaps):
        gaps = [None] * len(gaps)
    return list(zip(words, [*gaps, None], strict=True))


def _draw_issuer(c: Canvas, title: str, seal_box: tuple[float, float] | None) -> None:
    size = _fitting_size(title, FONT, 17, RIGHT - LEFT - 40 * mm)
    c.setFont(FONT, size)
    width = stringWidth(title, FONT, size)
    c.drawCentredString(CENTRE, ISSUER_Y, title)
    if seal_box is not None:
        # Over the end of the name, as the 직인 is stamped: its centre a little past the last
        # character, level with the middle of the line.
        end = CENTRE + width / 2
        centre_x, centre_y = end + 5 * mm, ISSUER_Y + size * 0.35
        _place_form(c, _SEAL_FORM, centre_x - seal_box[0] / 2, centre_y - seal_box[1] / 2)


def _draw_qr(c: Canvas, page: CertificatePage) -> None:
    x = LEFT
    modules = _qr_modules(page.qr_text)
    box = QR_SIZE / len(modules)
    # In module units, from the top left corner: each run of dark modules in a row is one integer
    # rectangle, all filled at once. Written as PDF operators directly, because this is most of the
    # drawing on a page and reportlab's path object formats every number through a slow general path.
    runs = []
    for r, row in enumerate(modules):
        column = 0
        for dark, run in itertools.groupby(row):
            length = sum(1 for _ in run)
            if dark:
                # A hair taller than the module, so that viewers leave no seams between rows.
                runs.append(f"{column} {r} {length} 1.04 re")
            column += length
    c.saveState()
    c.transform(box, 0, 0, -box, x, QR_Y + QR_SIZE)
    c.setFillColor(colors.black)
    c.addLiteral("\n".join(runs) + "\nf")
    c.restoreState()
    c.setFillColor(INK)
    c.setFont(FONT_BOLD, 9)
    c.drawString(x, QR_Y - 4.5 * mm, f"확인코드 {page.verification_code}")
    c.setFont(FONT, 7.5)
    c.drawString(x, QR_Y - 8.5 * mm, VERIFY_NOTE)


def _qr_modules(text: str) -> list[list[bool]]:
    """The QR code's modules (level M, the smallest version that holds the text, UTF-8 bytes)."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    # Always byte mode: reportlab would otherwise try Kanji mode first, which is wrong for Korean.
    qr.addData(qrencoder.QR8bitByte(text))
    qr.make()
    return qr.modules


def _draw_void(c: Canvas, note: str) -> None:
    """The large red 무 효 across the page, framed like a stamp, with the note (date and reason)."""
    c.saveState()
    c.translate(CENTRE, PAGE_HEIGHT / 2 + 8 * mm)
    c.rotate(32)
    c.setFillColor(VOID_RED, alpha=0.28)
    c.setFont(FONT_BOLD, 130)
    c.drawCentredString(0, -22, VOID_MARK, charSpace=20)
    note_size = _fitting_size(note, FONT_BOLD, 15, 150 * mm)
    c.setFillColor(VOID_RED, alpha=0.85)
    c.setFont(FONT_BOLD, note_size)
    c.drawCentredString(0, -72, note)
    frame_width = max(135 * mm, stringWidth(note, FONT_BOLD, note_size) + 14 * mm)
    c.setStrokeColor(VOID_RED, alpha=0.45)
    c.setLineWidth(3)
    c.roundRect(-frame_width / 2, -92, frame_width, 196, 6 * mm, stroke=1, fill=0)
    c.restoreState()


# --- text -----------------------------------------------------------------------------------------


def _fitting_size(text: str, font: str, size: float, width: float) -> float:
    natural = stringWidth(text, font, size)
    return size if natural <= width else size * width / natural


def _plain(text: str) -> str:
    return text.replace(_KEEP, " ")


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` at most `width` wide, broken between words (어절); a word longer than a whole
    line is broken between its characters, starting on the current line. A date (2019. 6. 1.) or a
    certificate number (제 2026-0001 호) stays in one piece, its spaces written as _KEEP. At least
    one line."""
    text = _UNBROKEN.sub(lambda match: match.group().replace(" ", _KEEP), text)
    words = [word for word in re.split(r"[ \t]+", text) if word]
    if not words:
        return [""]
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    line, line_width = "", 0.0
    for word in words:
        word_width = stringWidth(word, font, size)
        gap = space if line else 0.0
        if line_width + gap + word_width <= width:
            line, line_width = f"{line} {word}" if line else word, line_width + gap + word_width
            continue
        if word_width <= width:
            lines.append(line)
            line, line_width = word, word_width
            continue
        # Korean may break between any two syllables: the long word fills the rest of this line.
        for char in word:
            char_width = stringWidth(char, font, size)
            if line_width + gap + char_width > width and line:
                lines.append(line)
                line, line_width, gap = "", 0.0, 0.0
            line, line_width = line + (" " if gap else "") + char, line_width + gap + char_width
            gap = 0.0
    lines.append(line)
    return lines

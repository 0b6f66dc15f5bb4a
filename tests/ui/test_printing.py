"""Printing a PDF through Qt: pages painted onto a PDF-writing QPrinter, then read back with pdfium
(independently of the code under test) to check page count, page range, placement and colours."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QColor, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from collabdesk.errors import UserError
from collabdesk.ui import printing
from collabdesk.ui.printing import preview_pdf, print_pdf, render_pdf

RED, GREEN, BLUE = (255, 0, 0), (0, 255, 0), (0, 0, 255)
# The filled square on every page, in points from the page's top-left corner: left of centre and in
# the upper half, so a mirrored or upside-down page puts white where the colour should be.
SQUARE_LEFT, SQUARE_TOP, SQUARE_SIDE = 60, 140, 200


def make_pdf(colours: list[tuple[int, int, int]], pagesize: tuple[float, float] = A4) -> bytes:
    """One page per colour: a filled square of that colour and a line of text at the top left."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=pagesize)
    width, height = pagesize
    for number, (r, g, b) in enumerate(colours, start=1):
        pdf.setFillColorRGB(r / 255, g / 255, b / 255)
        pdf.rect(SQUARE_LEFT, height - SQUARE_TOP - SQUARE_SIDE, SQUARE_SIDE, SQUARE_SIDE, fill=1, stroke=0)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.setFont("Helvetica-Bold", 36)
        pdf.drawString(50, height - 80, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


def page_count(path: Path) -> int:
    with pdfium.PdfDocument(path.read_bytes()) as document:
        return len(document)


def rendered(path: Path, page_index: int, dpi: int = 36) -> tuple[bytes, int]:
    """A page as pdfium's default BGR bytes and their stride, read without Qt, so that a colour swap
    in the code under test cannot cancel out here."""
    with pdfium.PdfDocument(path.read_bytes()) as document:
        page = document[page_index]
        bitmap = page.render(scale=dpi / 72)
        assert bitmap.mode == "BGR"
        pixels = bytes(bitmap.buffer)
        stride = bitmap.stride
        bitmap.close()
        page.close()
    return pixels, stride


def pixel(path: Path, page_index: int, x_pt: float, y_pt: float, dpi: int = 36) -> tuple[int, int, int]:
    """The (r, g, b) at a point measured in points from the page's top-left corner."""
    pixels, stride = rendered(path, page_index, dpi)
    offset = int(y_pt * dpi / 72) * stride + int(x_pt * dpi / 72) * 3
    b, g, r = pixels[offset : offset + 3]
    return r, g, b


def has_ink(path: Path, page_index: int, left: float, top: float, right: float, bottom: float) -> bool:
    """Whether any dark pixel lies in the box, in points from the page's top-left corner."""
    dpi = 36
    pixels, stride = rendered(path, page_index, dpi)
    return any(
        max(pixels[y * stride + x * 3 : y * stride + x * 3 + 3]) < 100
        for y in range(int(top * dpi / 72), int(bottom * dpi / 72))
        for x in range(int(left * dpi / 72), int(right * dpi / 72))
    )


def close_to(actual: tuple[int, int, int], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - e) <= 8 for a, e in zip(actual, expected, strict=True))


SQUARE_CENTRE = (SQUARE_LEFT + SQUARE_SIDE / 2, SQUARE_TOP + SQUARE_SIDE / 2)
# Where the square's centre would land if the page came out mirrored left-right, or upside down.
MIRRORED = (A4[0] - SQUARE_CENTRE[0], SQUARE_CENTRE[1])
FLIPPED = (SQUARE_CENTRE[0], A4[1] - SQUARE_CENTRE[1])
WHITE = (255, 255, 255)


# --- render_pdf ------------------------------------------------------------------------------------
def test_every_page_is_printed_in_place_and_colour(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)

    assert render_pdf(printer, make_pdf([RED, GREEN, BLUE])) == 3

    assert page_count(out) == 3
    with pdfium.PdfDocument(out.read_bytes()) as document:
        width, height = document.get_page_size(0)
    assert (round(width), round(height)) == (595, 842)
    for index, colour in enumerate([RED, GREEN, BLUE]):
        # A4 onto an A4 full page is 1:1, so the square is exactly where the source had it.
        assert close_to(pixel(out, index, *SQUARE_CENTRE), colour)
        assert close_to(pixel(out, index, *MIRRORED), WHITE)
        assert close_to(pixel(out, index, *FLIPPED), WHITE)
    # The heading at the top left, nothing at the top right.
    assert has_ink(out, 0, 40, 40, 200, 100)
    assert not has_ink(out, 0, A4[0] - 200, 40, A4[0] - 40, 100)


def test_a_file_path_prints_like_bytes(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "회의록.pdf"
    source.write_bytes(make_pdf([RED, GREEN]))
    out = tmp_path / "printed.pdf"

    assert render_pdf(pdf_printer(out), source) == 2
    assert page_count(out) == 2


def test_only_the_chosen_page_range_is_printed(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)

    assert render_pdf(printer, make_pdf([RED, GREEN, BLUE])) == 2

    assert page_count(out) == 2
    assert close_to(pixel(out, 0, *SQUARE_CENTRE), GREEN)
    assert close_to(pixel(out, 1, *SQUARE_CENTRE), BLUE)


def test_a_range_past_the_last_page_prints_nothing_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(5, 9)

    with pytest.raises(UserError, match="인쇄할 쪽이 없습니다.*3쪽"):
        render_pdf(printer, make_pdf([RED, GREEN, BLUE]))
    assert not out.exists()


def test_a_landscape_page_on_portrait_paper_is_shrunk_to_fit_and_centred(
    qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)

    assert render_pdf(printer, make_pdf([RED], pagesize=landscape(A4))) == 1

    # 842 pt wide onto 595 pt: scale 595/842, centred vertically on the portrait page.
    scale = A4[0] / A4[1]
    top = (A4[1] - A4[0] * scale) / 2
    centre = (SQUARE_CENTRE[0] * scale, top + SQUARE_CENTRE[1] * scale)
    assert close_to(pixel(out, 0, *centre), RED)
    assert close_to(pixel(out, 0, A4[0] / 2, top / 2), WHITE)


@pytest.mark.parametrize("colour", [RED, GREEN, BLUE])
def test_page_image_keeps_the_colours(qtbot: QtBot, colour: tuple[int, int, int]) -> None:
    with pdfium.PdfDocument(make_pdf([colour])) as document:
        page = document[0]
        image = printing._page_image(page, 72)
        page.close()

    # pdfium rounds the 595.28 x 841.89 pt page up to whole pixels.
    assert (image.width(), image.height()) == (596, 842)
    assert image.pixelColor(*map(int, SQUARE_CENTRE)) == QColor(*colour)
    assert image.pixelColor(*map(int, MIRRORED)) == QColor(*WHITE)


def test_the_image_resolution_is_capped(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[float] = []
    real = printing._page_image
    monkeypatch.setattr(printing, "_page_image", lambda page, dpi: asked.append(dpi) or real(page, 10))
    low = pdf_printer(tmp_path / "low.pdf")
    low.setResolution(150)

    render_pdf(pdf_printer(tmp_path / "high.pdf"), make_pdf([RED]))
    render_pdf(low, make_pdf([RED]))

    assert asked == [printing.MAX_DPI, 150]


@pytest.mark.parametrize("damaged", [b"not a pdf", b"", make_pdf([RED])[:300]])
def test_a_damaged_pdf_is_a_user_error(qtbot: QtBot, tmp_path: Path, damaged: bytes) -> None:
    out = tmp_path / "printed.pdf"
    with pytest.raises(UserError, match="인쇄할 문서를 열 수 없습니다"):
        render_pdf(pdf_printer(out), damaged)
    with pytest.raises(UserError, match="인쇄할 문서를 열 수 없습니다"):
        preview_pdf(None, damaged, "미리 보기")
    with pytest.raises(UserError, match="인쇄할 문서를 열 수 없습니다"):
        print_pdf(None, damaged)
    assert not out.exists()


def test_a_missing_file_is_a_user_error(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="인쇄할 문서를 열 수 없습니다: .*없는파일.pdf"):
        render_pdf(pdf_printer(tmp_path / "printed.pdf"), tmp_path / "없는파일.pdf")


# --- preview_pdf -----------------------------------------------------------------------------------
def test_the_preview_paints_every_page(qtbot: QtBot, tmp_path: Path, messages) -> None:  # type: ignore[no-untyped-def]
    dialog = preview_pdf(None, make_pdf([RED, GREEN, BLUE]), "회의록 미리 보기")
    qtbot.addWidget(dialog)

    assert isinstance(dialog, QPrintPreviewDialog)
    assert dialog.windowTitle() == "회의록 미리 보기"
    layout = dialog.printer().pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait

    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == 3

    # Printing from the preview: the dialog asks for the pages on the printer the user picked.
    out = tmp_path / "printed.pdf"
    dialog.paintRequested.emit(pdf_printer(out))
    assert page_count(out) == 3
    assert close_to(pixel(out, 2, *SQUARE_CENTRE), BLUE)
    assert messages.texts == []


def test_a_failure_while_previewing_is_shown_not_lost(qtbot: QtBot, tmp_path: Path, messages) -> None:  # type: ignore[no-untyped-def]
    dialog = preview_pdf(None, make_pdf([RED, GREEN, BLUE]), "미리 보기")
    qtbot.addWidget(dialog)
    printer = pdf_printer(tmp_path / "printed.pdf")
    printer.setFromTo(7, 8)

    # Qt calls the slot itself; an exception escaping it would only reach the console.
    dialog.paintRequested.emit(printer)

    assert len(messages.warning) == 1
    assert "인쇄할 쪽이 없습니다" in messages.texts[0]


def test_a_landscape_document_is_previewed_landscape(qtbot: QtBot) -> None:
    dialog = preview_pdf(None, make_pdf([RED], pagesize=landscape(A4)), "상장 미리 보기")
    qtbot.addWidget(dialog)

    assert dialog.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape


def test_the_preview_remembers_its_size(qtbot: QtBot) -> None:
    dialog = preview_pdf(None, make_pdf([RED]), "미리 보기")
    qtbot.addWidget(dialog)
    dialog.resize(640, 480)
    dialog.reject()

    saved = QSettings().value(printing.PREVIEW_GEOMETRY_KEY)
    assert isinstance(saved, QByteArray) and not saved.isEmpty()

    again = preview_pdf(None, make_pdf([RED]), "미리 보기")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 480)


# --- print_pdf -------------------------------------------------------------------------------------
def test_print_asks_then_prints(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "printed.pdf"
    seen: list[tuple[int, int]] = []

    def choose_pdf_printer(dialog: QPrintDialog) -> int:
        seen.append((dialog.minPage(), dialog.maxPage()))
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_printer)

    assert print_pdf(None, make_pdf([RED, GREEN, BLUE])) is True
    assert seen == [(1, 3)]
    assert page_count(out) == 3


def test_cancelling_the_print_dialog_prints_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    painted: list[object] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(printing, "render_pdf", lambda *args: painted.append(args))

    assert print_pdf(None, make_pdf([RED])) is False
    assert painted == []

"""Previewing and printing the PDFs CollabDesk writes (회의록 and 서명부 now, certificates later).

Qt can print but cannot read a PDF (the PySide6-Essentials wheels carry no QtPdf), so each page is
rasterised with pdfium and painted onto the QPrinter as an image. The PDF stays the single source of
what a document looks like: what is printed is exactly what was saved or sent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSettings, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from collabdesk.errors import UserError
from collabdesk.ui.errors import show_error

__all__ = ["preview_pdf", "print_pdf", "render_pdf"]

# Text rasterised at 300 dpi prints cleanly; a printer's native 600-1200 dpi would make one A4 page
# 100-400 MB in memory, and the preview keeps every page's image at once.
MAX_DPI = 300
# PDF user space is measured in points.
POINTS_PER_INCH = 72
PREVIEW_GEOMETRY_KEY = "printing/preview_geometry"

PdfSource = bytes | str | os.PathLike[str]


def render_pdf(printer: QPrinter, pdf: PdfSource) -> int:
    """Paint the PDF's pages onto `printer`, each scaled to fit its page and centred; returns how many.

    Honours the page range chosen in the print dialog (`printer.pageRanges()`, which `setFromTo`
    also sets; empty means every page), as QTextDocument.print does. Copies, collation and page
    order are left to Qt and the printer driver."""
    with _open(_read(pdf)) as document:
        pages = _chosen_pages(printer, len(document))
        # The printer's own resolution when lower (a screen-resolution printer, a 150 dpi draft
        # mode): a finer image would only be scaled down again.
        dpi = min(printer.resolution(), MAX_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(
                QCoreApplication.translate(
                    "printing", "인쇄를 시작할 수 없습니다. 프린터 또는 저장할 파일을 확인해 주십시오."
                )
            )
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            # The printable area in device pixels, or the whole sheet for a full-page printer:
            # the painter's origin is already at its top-left corner.
            area = QRectF(0, 0, printer.width(), printer.height())
            for number, index in enumerate(pages):
                if number and not printer.newPage():
                    raise UserError(
                        QCoreApplication.translate(
                            "printing", "인쇄를 계속할 수 없습니다. 프린터를 확인해 주십시오."
                        )
                    )
                page = document[index]
                try:
                    image = _page_image(page, dpi)
                finally:
                    page.close()
                painter.drawImage(_fitted(QSizeF(image.size()), area), image)
        finally:
            painter.end()
    return len(pages)


def preview_pdf(parent: QWidget | None, pdf: PdfSource, title: str) -> QPrintPreviewDialog:
    """A print preview of the PDF, not yet shown: the caller decides between exec() and open().

    Raises UserError for a file that cannot be read or is not a PDF. Printing from the preview goes
    through render_pdf as well."""
    data = _read(pdf)
    _, landscape = _inspect(data)
    return _PdfPreviewDialog(parent, data, landscape, title)


def print_pdf(parent: QWidget | None, pdf: PdfSource) -> bool:
    """Ask for a printer and pages, then print; False when the user cancelled the print dialog."""
    data = _read(pdf)
    count, landscape = _inspect(data)
    printer = _new_printer(landscape)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "인쇄"))
    dialog.setMinMax(1, count)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_pdf(printer, data)
    return True


class _PdfPreviewDialog(QPrintPreviewDialog):
    """Owns the printer it previews on, which QPrintPreviewDialog does not take ownership of."""

    def __init__(self, parent: QWidget | None, data: bytes, landscape: bool, title: str) -> None:
        printer = _new_printer(landscape)
        super().__init__(printer, parent)
        self._printer = printer
        self._data = data
        self.setWindowTitle(title)
        geometry = QSettings().value(PREVIEW_GEOMETRY_KEY)
        if not (
            isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        ):
            self.resize(900, 1000)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        # Called by Qt for the preview and again for printing from it; an exception escaping a slot
        # would only reach the console, so the user is told here.
        try:
            render_pdf(printer, self._data)
        except Exception as exc:
            show_error(self, exc, QCoreApplication.translate("printing", "인쇄"))

    def done(self, result: int) -> None:
        QSettings().setValue(PREVIEW_GEOMETRY_KEY, self.saveGeometry())
        super().done(result)


def _read(pdf: PdfSource) -> bytes:
    """The whole file, read once: pdfium then works on its own immutable copy, and no file stays open
    (on Windows an open file could not be replaced by the next export of the same document)."""
    if isinstance(pdf, bytes):
        return pdf
    try:
        return Path(pdf).read_bytes()
    except OSError as exc:
        raise UserError(
            QCoreApplication.translate("printing", "인쇄할 문서를 열 수 없습니다: {0}").format(os.fspath(pdf))
        ) from exc


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UserError(
            QCoreApplication.translate(
                "printing", "인쇄할 문서를 열 수 없습니다. 파일이 손상되었거나 PDF 문서가 아닙니다."
            )
        ) from exc


def _inspect(data: bytes) -> tuple[int, bool]:
    """The page count and whether the first page is landscape; checking the document before any
    dialog opens means a damaged file is reported as such, not as an empty preview."""
    with _open(data) as document:
        width, height = document.get_page_size(0)
        return len(document), width > height


def _new_printer(landscape: bool) -> QPrinter:
    """A4 like every document CollabDesk makes, landscape for a landscape document (a certificate).
    Full page because the PDF already carries its own margins, which printer margins would only
    shrink further; the few millimetres a printer cannot reach are inside those margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    return printer


def _chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """Zero-based indexes of the pages to print, in document order."""
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        return list(range(count))
    pages = [number - 1 for number in range(1, count + 1) if ranges.contains(number)]
    if not pages:
        # Printing nothing would look like a printer fault; the preview's print dialog does not
        # know the page count and accepts any range.
        raise UserError(
            QCoreApplication.translate(
                "printing", "선택한 쪽 범위({0})에 인쇄할 쪽이 없습니다. 이 문서는 {1}쪽입니다."
            ).format(ranges.toString(), count)
        )
    return pages


def _page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    """The page as an opaque RGB image that owns its pixels.

    pdfium renders BGR by default; rev_byteorder gives RGB, the byte order of QImage.Format_RGB888,
    so no pixel is converted. The copy detaches the image from pdfium's buffer, which goes away
    with the bitmap."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
    try:
        assert bitmap.mode == "RGB", bitmap.mode
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()
    finally:
        bitmap.close()


def _fitted(size: QSizeF, area: QRectF) -> QRectF:
    """`size` scaled to fit `area` keeping its aspect ratio, centred in it."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(0, 0, scaled.width(), scaled.height())
    target.moveCenter(area.center())
    return target

"""A certificate page as a picture for the dialogs (the live preview before issuing): the PDF's first
page rasterised with pdfium, like printing does. Safe to call off the UI thread (QImage, not QPixmap)."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


def first_page_image(pdf: bytes, width_px: int) -> QImage:
    """The first page, `width_px` wide (the height follows the page), as an RGB image owning its pixels."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        try:
            width_pt, _height_pt = page.get_size()
            bitmap = page.render(scale=width_px / width_pt, rev_byteorder=True)
            try:
                image = QImage(
                    bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
                )
                return image.copy()  # detached from pdfium's buffer, which goes with the bitmap
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        document.close()

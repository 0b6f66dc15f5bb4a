"""What an issue dialog shows once certificates are numbered: their numbers and verification codes, and
the PDF to preview, print or save (made already when issuing, or made again from the register)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from html import escape
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from collabdesk.documents.files import write_atomically
from collabdesk.documents.pdf_common import OPENED_IN
from collabdesk.services.certificates import CertificateService, IssuedCertificate
from collabdesk.ui.files import ask_save_path
from collabdesk.ui.pdf_actions import PREVIEW, PRINT, safe_file_name, save_file, show_pdf
from collabdesk.ui.tasks import BackgroundTask

DONE_STYLE = "color: #1b5e20; font-size: 15px; font-weight: bold;"


def save_certificates(
    parent: QWidget,
    certificates: CertificateService,
    numbers: Sequence[str],
    default_name: str,
    pdf: bytes | None = None,
) -> BackgroundTask | None:
    """Ask where, then write the certificates' PDF there (the bytes made when issuing, or the pages
    made again from the register); None when the user cancelled the file dialog."""
    title = QCoreApplication.translate("IssuedPanel", "인증서 PDF로 저장")
    pdf_filter = QCoreApplication.translate("IssuedPanel", "PDF 문서 (*.pdf)")
    path = ask_save_path(parent, title, default_name, pdf_filter, ".pdf")
    if path is None:
        return None
    chosen: Path = path
    write = (
        partial(_write_bytes, chosen, pdf)
        if pdf is not None
        else partial(certificates.write_pdf, list(numbers), chosen)
    )
    return save_file(
        parent,
        write,
        chosen,
        QCoreApplication.translate("IssuedPanel", "인증서 PDF"),
        QCoreApplication.translate("IssuedPanel", "인증서 PDF를 저장하는 중…"),
    )


def _write_bytes(path: Path, data: bytes) -> None:
    """The PDF made when issuing, written whole or not at all."""

    def put(out: BinaryIO) -> None:
        out.write(data)

    write_atomically(path, put, OPENED_IN)


class IssuedPanel(QWidget):
    """Numbers, codes and the preview/print/save buttons of what was just issued."""

    def __init__(self, certificates: CertificateService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("issued_panel")
        self.certificates = certificates
        self.issued: list[IssuedCertificate] = []
        self.pdf: bytes | None = None
        self.file_name = "certificate.pdf"
        self.headline = QLabel(objectName="issued_headline", wordWrap=True)
        self.headline.setStyleSheet(DONE_STYLE)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTextBrowser(objectName="issued_list")
        self.list.setOpenLinks(False)
        self.preview_button = QPushButton(self.tr("미리 보기·인쇄…"), objectName="issued_preview")
        self.print_button = QPushButton(self.tr("인쇄…"), objectName="issued_print")
        self.save_button = QPushButton(self.tr("PDF로 저장…"), objectName="issued_save")
        self.preview_button.clicked.connect(lambda: self.open_pdf(PREVIEW))
        self.print_button.clicked.connect(lambda: self.open_pdf(PRINT))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    @property
    def numbers(self) -> list[str]:
        return [c.number for c in self.issued]

    def show_issued(
        self,
        issued: Sequence[IssuedCertificate],
        pdf: bytes | None,
        file_name: str,
        skipped: Sequence[str] = (),
    ) -> None:
        self.issued, self.pdf, self.file_name = list(issued), pdf, file_name
        if len(self.issued) == 1:
            only = self.issued[0]
            self.headline.setText(
                self.tr("재발급했습니다 ({0} 대체).\n번호: {1}\n확인코드: {2}").format(
                    only.replaces, only.number, only.code
                )
                if only.replaces
                else self.tr("발급했습니다.\n번호: {0}\n확인코드: {1}").format(only.number, only.code)
            )
        else:
            self.headline.setText(
                self.tr("{0}건을 발급했습니다: {1} ~ {2}").format(
                    len(self.issued), self.issued[0].number, self.issued[-1].number
                )
            )
        rows = "".join(
            f"<tr><td>{escape(c.number)}</td><td>{escape(c.company)}</td>"
            f"<td>{escape(c.role)}</td><td><b>{escape(c.code)}</b></td></tr>"
            for c in self.issued
        )
        heads = (self.tr("번호"), self.tr("회사"), self.tr("역할"), self.tr("확인코드"))
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in heads)
        html = f"<table cellspacing=0 cellpadding=3><tr>{head}</tr>{rows}</table>"
        if skipped:
            note = escape(self.tr("발급하지 않은 참여자"))
            html += f"<p style='color:#555'>{note}:<br>" + "<br>".join(escape(s) for s in skipped) + "</p>"
        self.list.setHtml(html)

    def _make(self) -> bytes:
        return self.pdf if self.pdf is not None else self.certificates.pdf_bytes(self.numbers)

    def open_pdf(self, how: str) -> BackgroundTask | None:
        if not self.issued:
            return None
        title = self.tr("인증서 - {0}").format(self.issued[0].number)
        return show_pdf(self, self._make, title, how, self.tr("인증서 PDF를 만드는 중…"))

    def save(self) -> BackgroundTask | None:
        if not self.issued:
            return None
        return save_certificates(self, self.certificates, self.numbers, self.file_name, self.pdf)


def certificate_file_name(company: str, kind: str) -> str:
    """'대성금형(주)_협업인증서.pdf'."""
    return safe_file_name(company, kind, fallback="인증서")


class IssuedDialog(QDialog):
    """The panel in a dialog of its own: what a reissue made, with the PDF made then (`pdf`; None makes
    it again from the register)."""

    def __init__(
        self,
        certificates: CertificateService,
        issued: Sequence[IssuedCertificate],
        file_name: str,
        parent: QWidget | None = None,
        *,
        pdf: bytes | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("issued_dialog")
        self.setWindowTitle(self.tr("재발급했습니다"))
        self.panel = IssuedPanel(certificates)
        self.panel.show_issued(issued, pdf, file_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

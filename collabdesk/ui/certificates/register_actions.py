"""What the tab does with the register as a whole: export it as filtered (Excel, PDF, print) and check its
hash chain. Both run in the background: a register of many years is thousands of rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from collabdesk.services.certificate_chain import ChainReport
from collabdesk.services.certificates import CertificateService, RegisterFilter
from collabdesk.ui.files import ask_save_path
from collabdesk.ui.pdf_actions import PREVIEW, PRINT, safe_file_name, save_file, show_pdf
from collabdesk.ui.tasks import BackgroundTask

XLSX, PDF = "xlsx", "pdf"


def register_file_name(flt: RegisterFilter, extension: str) -> str:
    """'2026년 협업인증서_발급대장.xlsx', '증명서_발급대장.pdf'."""
    parts = [QCoreApplication.translate("register_actions", "{0}년").format(flt.year) if flt.year else ""]
    parts.append(flt.kind or QCoreApplication.translate("register_actions", "증명서"))
    return safe_file_name(
        " ".join(p for p in parts if p), QCoreApplication.translate("register_actions", "발급대장"), extension
    )


def export_register(
    parent: QWidget, certificates: CertificateService, flt: RegisterFilter, how: str
) -> BackgroundTask | None:
    """The register as the filters show it: saved as .xlsx (XLSX) or .pdf (PDF), or previewed
    (PREVIEW) or printed (PRINT). None when the user cancelled the file dialog."""
    name = QCoreApplication.translate("register_actions", "증명서 발급대장")
    if how in (PREVIEW, PRINT):
        return show_pdf(
            parent,
            lambda: certificates.register_pdf(flt),
            name,
            how,
            QCoreApplication.translate("register_actions", "발급대장 PDF를 만드는 중…"),
        )
    if how == XLSX:
        path = ask_save_path(
            parent,
            QCoreApplication.translate("register_actions", "발급대장 엑셀로 저장"),
            register_file_name(flt, ".xlsx"),
            QCoreApplication.translate("register_actions", "엑셀 통합 문서 (*.xlsx)"),
            ".xlsx",
        )
    else:
        path = ask_save_path(
            parent,
            QCoreApplication.translate("register_actions", "발급대장 PDF로 저장"),
            register_file_name(flt, ".pdf"),
            QCoreApplication.translate("register_actions", "PDF 문서 (*.pdf)"),
            ".pdf",
        )
    if path is None:
        return None
    chosen = path
    return save_file(
        parent,
        lambda: certificates.write_register(chosen, flt),
        chosen,
        name,
        QCoreApplication.translate("register_actions", "발급대장을 저장하는 중…"),
    )


def check_register(
    parent: QWidget,
    certificates: CertificateService,
    on_bad: Callable[[ChainReport], None] | None = None,
) -> BackgroundTask:
    """Walk the register's hash chain in the background; say "이상 없음 (n건)" or name the first entry
    altered or removed in a warning (and hand the report to `on_bad`, which may select that entry)."""
    title = QCoreApplication.translate("register_actions", "발급대장 검사")

    def done(report: ChainReport) -> None:
        unguarded = (
            ""
            if report.protected
            else "\n\n"
            + QCoreApplication.translate(
                "register_actions",
                "주의: 발급대장을 고치거나 지우지 못하게 막는 데이터베이스 장치(트리거)가 없어졌습니다. "
                "프로그램 밖에서 데이터베이스를 손댄 것입니다.",
            )
        )
        if report.ok:
            text = QCoreApplication.translate("register_actions", "이상 없음 ({0}건)").format(report.count)
            detail = report.message
            if report.last_seq is not None:
                detail += "\n" + QCoreApplication.translate(
                    "register_actions", "마지막 항목 {0}번 검사값: {1}"
                ).format(report.last_seq, report.last_hash[:16])
            if report.protected:
                QMessageBox.information(parent, title, f"{text}\n\n{detail}")
            else:
                QMessageBox.warning(parent, title, f"{text}\n\n{detail}{unguarded}")
            return
        text = QCoreApplication.translate("register_actions", "이상 있음: {0}").format(report.message)
        advice = QCoreApplication.translate(
            "register_actions",
            "이 항목부터는 발급대장을 믿을 수 없습니다. 최근 백업과 비교하고, 인쇄해 둔 발급대장의 "
            "검사값을 확인해 주십시오.",
        )
        QMessageBox.warning(parent, title, f"{text}\n\n{advice}{unguarded}")
        if on_bad is not None:
            on_bad(report)

    return BackgroundTask(
        parent,
        QCoreApplication.translate("register_actions", "발급대장을 검사하는 중…"),
        lambda _progress: certificates.check_chain(),
        done,
    ).start()

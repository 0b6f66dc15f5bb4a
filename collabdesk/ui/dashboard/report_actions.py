"""보고서 PDF… / 보고서 Excel…: the annual report of the chosen year and group, written in the
background to a file the user names, then offered to be opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from collabdesk.ui.dashboard.chart_panel import file_name
from collabdesk.ui.files import ask_save_path
from collabdesk.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from collabdesk.services.container import Services
    from collabdesk.services.dispute_access import DisputeAccess

PDF, XLSX = ".pdf", ".xlsx"


def default_report_name(year: int, group_label: str | None, extension: str) -> str:
    """'2026년 사업실적 보고서.pdf', or '2026년 사업실적 보고서 (경기기계협업그룹).pdf' for one group."""
    title = QCoreApplication.translate("report_actions", "{0}년 사업실적 보고서").format(year)
    return file_name(f"{title} ({group_label})" if group_label else title, extension)


def save_annual_report(
    parent: QWidget,
    services: Services,
    year: int,
    group_id: int | None,
    group_label: str | None,
    extension: str,
    access: DisputeAccess | None = None,
) -> BackgroundTask | None:
    """Ask where, then write the report in the background; its mediation section is the group's only
    when `access` (the disputes tab's) is unlocked."""
    excel = extension == XLSX
    path = ask_save_path(
        parent,
        QCoreApplication.translate("report_actions", "사업실적 보고서 Excel로 저장")
        if excel
        else QCoreApplication.translate("report_actions", "사업실적 보고서 PDF로 저장"),
        default_report_name(year, group_label, extension),
        QCoreApplication.translate("report_actions", "Excel 통합 문서 (*.xlsx)")
        if excel
        else QCoreApplication.translate("report_actions", "PDF 문서 (*.pdf)"),
        extension,
    )
    if path is None:
        return None
    reports = services.annual_report

    def write(progress: object) -> Path:
        return reports.write(year, path, group_id, access=access)

    def written(result: object) -> None:
        offer_to_open(parent, Path(str(result)))

    return BackgroundTask(
        parent,
        QCoreApplication.translate("report_actions", "사업실적 보고서를 만드는 중…"),
        write,
        written,
    ).start()


def offer_to_open(parent: QWidget, path: Path) -> bool:
    """'저장했습니다' with the choice to open the file at once; True when it was opened."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("report_actions", "사업실적 보고서"),
        QCoreApplication.translate(
            "report_actions", "사업실적 보고서를 저장했습니다.\n{0}\n\n지금 열어 보시겠습니까?"
        ).format(path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

"""명부 내보내기: the list on screen or every member, to an .xlsx, in the background."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from collabdesk.domain import STATUS_ALL
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.ui.roster.files import ask_save_xlsx
from collabdesk.ui.tasks import BackgroundTask


# QCoreApplication.translate is written out at each string: lupdate finds only literal calls.
def choose_scope(parent: QWidget | None, services: Services, shown: MemberFilter) -> MemberFilter | None:
    """The filter on screen, or all members when the user says so; None when cancelled."""
    everyone = MemberFilter(status=STATUS_ALL)
    if shown == everyone:
        return everyone
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RosterExport", "명부 내보내기"),
        QCoreApplication.translate("RosterExport", "어떤 회원사를 내보낼까요?"),
        parent=parent,
    )
    box.setObjectName("export_scope")
    current = box.addButton(
        QCoreApplication.translate("RosterExport", "지금 목록 ({0}곳)").format(services.members.count(shown)),
        QMessageBox.ButtonRole.AcceptRole,
    )
    whole = box.addButton(
        QCoreApplication.translate("RosterExport", "전체 회원사 ({0}곳, 탈퇴 포함)").format(
            services.members.count(everyone)
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("RosterExport", "취소"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(current)
    box.exec()
    if box.clickedButton() is current:
        return shown
    if box.clickedButton() is whole:
        return everyone
    return None


def export_members(parent: QWidget, services: Services, shown: MemberFilter) -> BackgroundTask | None:
    flt = choose_scope(parent, services, shown)
    if flt is None:
        return None
    path = ask_save_xlsx(
        parent,
        QCoreApplication.translate("RosterExport", "명부 내보내기"),
        QCoreApplication.translate("RosterExport", "회원명부_{0}.xlsx").format(dt.date.today().isoformat()),
    )
    if path is None:
        return None
    exporter = services.roster_export

    def done(count: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RosterExport", "명부 내보내기"),
            QCoreApplication.translate("RosterExport", "회원사 {0}곳을 내보냈습니다.\n{1}").format(
                count, path
            ),
        )

    return BackgroundTask(
        parent,
        QCoreApplication.translate("RosterExport", "명부를 내보내는 중…"),
        lambda progress: exporter.export(path, flt, progress),
        done,
    ).start()


def save_template(parent: QWidget, services: Services) -> BackgroundTask | None:
    path = ask_save_xlsx(
        parent,
        QCoreApplication.translate("RosterExport", "가져오기 양식 저장"),
        QCoreApplication.translate("RosterExport", "회원명부_양식.xlsx"),
    )
    if path is None:
        return None
    exporter = services.roster_export
    return BackgroundTask(
        parent,
        QCoreApplication.translate("RosterExport", "양식을 저장하는 중…"),
        lambda _progress: exporter.template(path),
        lambda _result: QMessageBox.information(
            parent,
            QCoreApplication.translate("RosterExport", "가져오기 양식 저장"),
            QCoreApplication.translate("RosterExport", "가져오기 양식을 저장했습니다.\n{0}").format(path),
        ),
    ).start()

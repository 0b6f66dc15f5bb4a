"""증명서 page of the member form: the certificates issued to the member, read-only and in register
order, each with its status (a revocation or reissue with its date), read from the register when the
page is first shown. Issuing, revoking and reissuing stay in the 증명서 tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from collabdesk.documents.certificate_register import RegisterRow
from collabdesk.services.certificates import STATUS_VALID, CertificateService
from collabdesk.ui.certificates.register_model import PROJECT, RegisterModel
from collabdesk.ui.list_tab import set_up_list_view
from collabdesk.ui.widgets import run_service_action


class MemberCertificatesPanel(QWidget):
    def __init__(self, certificates: CertificateService, member_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("member_certificates")
        self.certificates = certificates
        self.member_id = member_id
        self.loaded = False
        self.model = RegisterModel(self)
        self.table = QTableView()
        self.table.setObjectName("member_certificates_table")
        self.table.setModel(self.model)
        set_up_list_view(self.table, (165, 85, 140, 200, 85, 150, 70), PROJECT)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setObjectName("member_certificates_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def load(self) -> None:
        found: list[list[RegisterRow]] = []
        if not run_service_action(self, lambda: found.append(self.certificates.of_member(self.member_id))):
            return
        self.loaded = True
        rows = found[0]
        self.model.set_rows(rows)
        valid = sum(1 for row in rows if row.status == STATUS_VALID)
        self.summary.setText(
            self.tr("발급한 증명서 {0}건 (유효 {1}건). 발급·취소·재발급은 증명서 탭에서 합니다.").format(
                len(rows), valid
            )
            if rows
            else self.tr("이 회원사에 발급한 증명서가 없습니다.")
        )


def add_certificates_page(
    tabs: QTabWidget, certificates: CertificateService, member_id: int
) -> MemberCertificatesPanel:
    """A read-only 증명서 page in a member's dialog, read when it is first shown."""
    panel = MemberCertificatesPanel(certificates, member_id)
    index = tabs.addTab(panel, QCoreApplication.translate("MemberCertificatesPanel", "증명서"))

    def shown(current: int) -> None:
        if current == index and not panel.loaded:
            panel.load()

    tabs.currentChanged.connect(shown)
    return panel

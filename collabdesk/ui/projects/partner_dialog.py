"""협력사 찾기: member companies that could take a role the consortium still needs, ranked by the
partner finder with the reason shown, and one of them taken into a new agreement version."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import UserError
from collabdesk.services.container import Services
from collabdesk.services.partner_finder import Suggestion, with_party
from collabdesk.services.projects import ProjectDetail
from collabdesk.ui.errors import show_error
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.projects.agreement_dialog import AgreementDialog
from collabdesk.ui.row_model import Index, RowTableModel
from collabdesk.ui.widgets import run_service_action
from collabdesk.validation.project import AgreementData

GEOMETRY_KEY = "partner_dialog/geometry"
LIMIT = 20
SEARCH_DELAY_MS = 200  # typing a role searches once the typing pauses
COLUMNS = (
    QT_TRANSLATE_NOOP("SuggestionModel", "회사"),
    QT_TRANSLATE_NOOP("SuggestionModel", "점수"),
    QT_TRANSLATE_NOOP("SuggestionModel", "근거"),
)
COMPANY, SCORE, REASON = range(len(COLUMNS))


class SuggestionModel(RowTableModel[Suggestion]):
    context = "SuggestionModel"
    columns = COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (found.name, str(found.score), found.reason)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == REASON:
            return found.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PartnerDialog(QDialog):
    """Pick a role, see the member companies fit for it (those already in the agreement left out), and
    take one into a new agreement version; `saved_number` is that version once saved."""

    def __init__(
        self, services: Services, project_id: int, expected_version: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("partner_dialog")
        self.setWindowTitle(self.tr("협력사 찾기"))
        self.services = services
        self.project_id = project_id
        self.expected_version = expected_version
        self.saved_number: int | None = None
        self._roles = services.projects.roles()
        self._exclude = services.projects.current_members(project_id)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)

        self.role_combo = QComboBox(objectName="partner_role", editable=True)
        self.role_combo.addItems(self._roles)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo.setMinimumWidth(180)
        self.role_combo.lineEdit().setPlaceholderText(self.tr("역할을 고르거나 입력"))
        self.role_combo.currentIndexChanged.connect(lambda _n: self.search())
        self.role_combo.editTextChanged.connect(lambda _text: self._timer.start())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("필요한 역할")))
        top.addWidget(self.role_combo)
        excluded = QLabel(
            self.tr("지금 협약에 참여하는 회원사 %n곳은 빼고 찾습니다.", "", len(self._exclude)),
            objectName="partner_excluded",
        )
        excluded.setStyleSheet("color: #555;")
        top.addWidget(excluded, 1)

        self.model = SuggestionModel(self)
        self.table = QTableView(objectName="partner_results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(COMPANY, 200)
        self.table.setColumnWidth(SCORE, 56)
        self.table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.add_to_agreement())
        self.status = QLabel(objectName="partner_status")

        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("협약에 추가…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.setObjectName("add_partner")
        self.add_button.setToolTip(self.tr("고른 회사를 넣은 새 협약 버전을 씁니다"))
        self.add_button.clicked.connect(self.add_to_agreement)
        close = buttons.addButton(self.tr("닫기"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        for button in (self.add_button, close):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.search()
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(760, 460)

    def role(self) -> str:
        return self.role_combo.currentText().strip()

    def search(self) -> None:
        self._timer.stop()
        role = self.role()
        results: list[list[Suggestion]] = []
        if role and not run_service_action(
            self,
            lambda: results.append(self.services.partners.suggest(role, exclude=self._exclude, limit=LIMIT)),
        ):
            return
        found = results[0] if results else []
        self.model.set_rows(found)
        if not role:
            self.status.setText(self.tr("역할을 고르거나 입력하십시오."))
        elif not found:
            self.status.setText(self.tr("이 역할에 맞는 회원사를 찾지 못했습니다."))
        else:
            self.status.setText(self.tr("맞는 회원사 %n곳 (점수 높은 순)", "", len(found)))
        if found:
            self.table.selectRow(0)
        self.add_button.setEnabled(bool(found))

    def current(self) -> Suggestion | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add_to_agreement(self) -> None:
        suggestion, role = self.current(), self.role()
        if suggestion is None:
            return
        if role not in self._roles:
            show_error(
                self,
                UserError(
                    self.tr(
                        "역할 '{0}'이(가) 역할 목록에 없습니다. 목록에 있는 역할을 고르거나, 설정에서 먼저 추가하십시오."
                    ).format(role)
                ),
                self.tr("협약에 추가"),
            )
            return
        today = dt.date.today()
        read: list[ProjectDetail] = []
        if not run_service_action(self, lambda: read.append(self.services.projects.get(self.project_id))):
            return
        base = read[0].current or AgreementData(today, [])
        draft = replace(
            with_party(base, suggestion, role),
            agreed_on=today,
            note=self.tr("{0} 참여 ({1})").format(suggestion.name, role),
        )
        opened: list[AgreementDialog] = []
        if not run_service_action(
            self,
            lambda: opened.append(
                AgreementDialog(
                    self.services, self.project_id, self.expected_version, start=draft, parent=self
                )
            ),
        ):
            return
        dialog = opened[0]
        try:
            saved = dialog.exec() == QDialog.DialogCode.Accepted
            number = dialog.saved_number
        finally:
            dialog.deleteLater()
        if saved:
            self.saved_number = number
            self.accept()

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

"""조정위원 관리: the people cases are assigned to as mediators — name, 소속·직위 (as the 조정조서 names
them), phone, and whether they still serve. One who has served on a case is made inactive instead of
deleted (the service says so when a delete is refused). How many cases each has served on is shown
only with an access that unlocks the dispute records (the tab opens this dialog only then)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.dispute_mediators import MediatorRow, MediatorService
from collabdesk.ui.catalog_dialog import run_checked
from collabdesk.ui.disputes.checked_dialog import CheckedDialog, Refresh
from collabdesk.ui.errors import confirm
from collabdesk.ui.widgets import button_column, run_service_action, table_key
from collabdesk.validation.dispute import MediatorData

INACTIVE_COLOUR = QColor("#808080")
CASES = 4  # the 맡은 사건 column


class MediatorEditDialog(CheckedDialog):
    """`save(data)` with the MediatorData typed."""

    def __init__(
        self,
        save: Callable[[MediatorData], object],
        refresh: Refresh,
        start: MediatorRow | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, refresh, parent)
        self.setWindowTitle(self.tr("조정위원 추가") if start is None else self.tr("조정위원 수정"))
        self.setObjectName("mediator_edit_dialog")
        self.name_edit = QLineEdit(start.name if start else "", objectName="mediator_name")
        self.name_edit.setMinimumWidth(280)
        self.affiliation_edit = QLineEdit(
            start.affiliation if start else "", objectName="mediator_affiliation"
        )
        self.affiliation_edit.setPlaceholderText(self.tr("예: 경기테크노파크 기업지원본부장"))
        self.phone_edit = QLineEdit(start.phone if start else "", objectName="mediator_phone")
        self.active_box = QCheckBox(self.tr("지금 조정위원으로 활동함"), objectName="mediator_active")
        self.active_box.setChecked(start.active if start else True)
        form = QFormLayout()
        form.addRow(self.tr("성명(&N)"), self.name_edit)
        form.addRow(self.tr("소속·직위"), self.affiliation_edit)
        form.addRow(self.tr("전화"), self.phone_edit)
        form.addRow("", self.active_box)
        self.body.addLayout(form)
        self._finish()

    def data(self) -> MediatorData:
        return MediatorData(
            self.name_edit.text(),
            self.affiliation_edit.text(),
            self.phone_edit.text(),
            self.active_box.isChecked(),
        )

    def values(self) -> tuple[MediatorData]:
        return (self.data(),)


class MediatorsDialog(QDialog):
    def __init__(
        self,
        mediators: MediatorService,
        parent: QWidget | None = None,
        read_only: bool = False,
        access: DisputeAccess | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mediators_dialog")
        self.setWindowTitle(self.tr("조정위원 관리"))
        self.mediators = mediators
        self.read_only = read_only
        self.access = access
        self.rows: list[MediatorRow] = []
        self.table = QTableWidget(0, 5, objectName="mediator_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("성명"), self.tr("소속·직위"), self.tr("전화"), self.tr("활동"), self.tr("맡은 사건")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("추가…"), objectName="add_mediator")
        self.edit_button = QPushButton(self.tr("수정…"), objectName="edit_mediator")
        self.remove_button = QPushButton(self.tr("삭제"), objectName="remove_mediator")
        self.remove_button.setToolTip(
            self.tr("사건을 맡은 적이 있는 조정위원은 삭제하지 않고 '활동'을 끕니다")
        )
        close = QPushButton(self.tr("닫기"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        close.clicked.connect(self.reject)
        table_key(self.table, Qt.Key.Key_Delete, self.remove_selected)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            button_column((self.add_button, self.edit_button), (self.remove_button,), close=close)
        )
        self.table.itemSelectionChanged.connect(self._enable)
        self.resize(720, 380)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        found: list[list[MediatorRow]] = []
        if not run_service_action(self, lambda: found.append(self.mediators.items(access=self.access))):
            return
        self.rows = found[0]
        self.table.setColumnHidden(CASES, any(m.cases is None for m in self.rows))
        self.table.setRowCount(len(self.rows))
        for row, mediator in enumerate(self.rows):
            cells = (
                mediator.name,
                mediator.affiliation,
                mediator.phone,
                self.tr("활동") if mediator.active else self.tr("활동 안 함"),
                self.tr("{0}건").format(mediator.cases) if mediator.cases is not None else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not mediator.active:
                    item.setForeground(QBrush(INACTIVE_COLOUR))
                self.table.setItem(row, column, item)
        ids = [m.id for m in self.rows]
        if select_id in ids:
            self.table.selectRow(ids.index(select_id))
        self._enable()

    def selected(self) -> MediatorRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(not self.read_only)
        self.edit_button.setEnabled(chosen and not self.read_only)
        self.remove_button.setEnabled(chosen and not self.read_only)

    def add(self) -> None:
        if self.read_only:
            return
        made: list[int] = []
        dialog = MediatorEditDialog(
            lambda data: made.append(self.mediators.add(data)), lambda _keep: self.reload(), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and made:
            self.reload(made[0])

    def edit_selected(self) -> None:
        start = self.selected()
        if start is None or self.read_only:
            return
        version = [start.version]

        def refresh(_keep: bool) -> None:
            self.reload(start.id)
            now = next((m for m in self.rows if m.id == start.id), None)
            if now is not None:
                version[0] = now.version

        dialog = MediatorEditDialog(
            lambda data: self.mediators.update(start.id, data, version[0]), refresh, start, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(start.id)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.read_only:
            return
        if not confirm(
            self,
            self.tr("조정위원 삭제"),
            self.tr("'{0}' 조정위원을 목록에서 삭제하시겠습니까?").format(chosen.name),
        ):
            return
        if run_checked(
            self,
            lambda: self.mediators.remove(chosen.id, self.access),
            lambda _keep: self.reload(chosen.id),
            self.tr("삭제할 수 없습니다"),
        ):
            self.reload()

"""가져오기 기록: every finished import, and undoing one as a whole."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.container import Services
from collabdesk.services.roster_batches import BatchInfo, UndoResult
from collabdesk.ui.errors import confirm
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.tasks import BackgroundTask

GEOMETRY_KEY = "roster/batches_geometry"
COLUMNS = (
    QT_TRANSLATE_NOOP("BatchTableModel", "번호"),
    QT_TRANSLATE_NOOP("BatchTableModel", "가져온 때"),
    QT_TRANSLATE_NOOP("BatchTableModel", "파일"),
    QT_TRANSLATE_NOOP("BatchTableModel", "시트"),
    QT_TRANSLATE_NOOP("BatchTableModel", "신규"),
    QT_TRANSLATE_NOOP("BatchTableModel", "변경"),
    QT_TRANSLATE_NOOP("BatchTableModel", "건너뜀"),
    QT_TRANSLATE_NOOP("BatchTableModel", "오류"),
    QT_TRANSLATE_NOOP("BatchTableModel", "되돌림"),
)
Index = QModelIndex | QPersistentModelIndex


class BatchTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.batches: list[BatchInfo] = []

    def set_batches(self, batches: list[BatchInfo]) -> None:
        self.beginResetModel()
        self.batches = batches
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        b = self.batches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            undone = b.undone_at.strftime("%Y-%m-%d %H:%M") if b.undone_at else ""
            values = (b.id, b.created_at.strftime("%Y-%m-%d %H:%M"), b.file_name, b.sheet_name,
                      b.created, b.updated, b.skipped, b.rejected, undone)  # fmt: skip
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 4, 5, 6, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and b.undone_at:
            return Qt.GlobalColor.gray
        return None


class BatchesDialog(QDialog):
    members_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("batches_dialog")
        self.setWindowTitle(self.tr("가져오기 기록"))
        self.services = services
        self.model = BatchTableModel(self)
        self.view = QTableView(objectName="batches_table")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton(self.tr("되돌리기…"), objectName="undo_batch")
        self.undo_button.clicked.connect(self.undo_selected)
        close = QPushButton(self.tr("닫기"))
        close.clicked.connect(self.accept)
        note = QLabel(
            self.tr(
                "되돌리면 그 가져오기로 추가된 회원사는 삭제되고, 수정된 회원사는 가져오기 전 내용으로 돌아갑니다."
            ),
            wordWrap=True,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(860, 420)
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        self.reload()

    def reload(self) -> None:
        self.model.set_batches(self.services.roster_batches.batches())
        if self.model.batches:
            self.view.selectRow(0)
        self._update_buttons()

    def selected(self) -> BatchInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone_at is not None:
            return
        text = self.tr(
            "가져오기 {0}번({1})을 되돌릴까요?\n\n추가된 회원사 {2}곳은 삭제되고, 수정된 회원사 {3}곳은 가져오기 전 내용으로 돌아갑니다."
        ).format(batch.id, batch.file_name, batch.created, batch.updated)
        if not confirm(self, self.tr("가져오기 되돌리기"), text):
            return
        batches = self.services.roster_batches

        def done(result: UndoResult) -> None:
            self.reload()
            self.members_changed.emit()
            QMessageBox.information(
                self,
                self.tr("가져오기 되돌리기"),
                self.tr("되돌렸습니다: 회원사 {0}곳 삭제, {1}곳 복원").format(
                    result.removed, result.restored
                ),
            )

        BackgroundTask(self, self.tr("되돌리는 중…"), lambda _progress: batches.undo(batch.id), done).start()

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

"""협약 버전 비교: what changed between two agreement versions of a project, participant by participant,
with both versions' participants side by side so an old version stays readable. With the same
version on both sides it is simply a viewer of that version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import UserError
from collabdesk.services.agreement_diff import compare
from collabdesk.services.container import Services
from collabdesk.services.projects import VersionInfo
from collabdesk.ui.errors import show_error
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.row_model import Index, RowTableModel
from collabdesk.validation.korean import format_official_date
from collabdesk.validation.project import MEMBER_PARTNER, AgreementData, PartyData, format_share

GEOMETRY_KEY = "compare_dialog/geometry"
COLUMNS = (
    QT_TRANSLATE_NOOP("VersionPartiesModel", "참여자"),
    QT_TRANSLATE_NOOP("VersionPartiesModel", "구분"),
    QT_TRANSLATE_NOOP("VersionPartiesModel", "역할"),
    QT_TRANSLATE_NOOP("VersionPartiesModel", "지분(%)"),
)
NAME, KIND, ROLES, SHARE = range(len(COLUMNS))
CHANGED_FILL = QColor("#fff4cc")


class VersionPartiesModel(RowTableModel[PartyData]):
    """The participants of one version, read only; those the comparison names are shaded."""

    context = "VersionPartiesModel"
    columns = COLUMNS
    numbered = True

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.marked: set[str] = set()

    def show_parties(self, parties: list[PartyData], marked: set[str]) -> None:
        self.marked = marked
        self.set_rows(parties)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        party = self.row_at(index.row()) if index.isValid() else None
        if party is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (party.name, party.partner_kind, ", ".join(party.roles), format_share(party.share))[column]
        if role == Qt.ItemDataRole.BackgroundRole and party.name in self.marked:
            return QBrush(CHANGED_FILL)
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND and party.partner_kind == MEMBER_PARTNER:
            return QBrush(QColor("#555555"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SHARE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CompareDialog(QDialog):
    def __init__(
        self,
        services: Services,
        project_id: int,
        versions: list[VersionInfo],
        before: int | None = None,
        after: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(self.tr("협약 버전 비교"))
        self.services = services
        self.project_id = project_id
        self.versions = {v.number: v for v in versions}
        numbers = sorted(self.versions)
        if after is None:
            after = numbers[-1] if numbers else None
        if before is None:
            earlier = [n for n in numbers if after is not None and n < after]
            before = earlier[-1] if earlier else after

        self.before_combo = QComboBox(objectName="compare_before")
        self.after_combo = QComboBox(objectName="compare_after")
        for combo, chosen in ((self.before_combo, before), (self.after_combo, after)):
            for number in numbers:
                combo.addItem(self.version_text(number), number)
                combo.setItemData(combo.count() - 1, self.versions[number].note, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(lambda _n: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("비교할 버전")))
        top.addWidget(self.before_combo)
        top.addWidget(QLabel("→"))
        top.addWidget(self.after_combo)
        top.addStretch(1)

        self.changes = QListWidget(objectName="agreement_changes")
        self.changes.setWordWrap(True)
        changes_box = QGroupBox(self.tr("바뀐 점"))
        QVBoxLayout(changes_box).addWidget(self.changes)

        sides = QSplitter(Qt.Orientation.Horizontal)
        self.before_title, self.before_model, before_box = self._side()
        self.after_title, self.after_model, after_box = self._side()
        sides.addWidget(before_box)
        sides.addWidget(after_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(changes_box)
        splitter.addWidget(sides)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)

        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("닫기"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1080, 620)
        self.refresh()

    def _side(self) -> tuple[QLabel, VersionPartiesModel, QWidget]:
        box = QWidget()
        title = QLabel(wordWrap=True)
        title.setStyleSheet("font-weight: bold;")
        model = VersionPartiesModel(self)
        table = QTableView()
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setColumnWidth(NAME, 170)
        table.setColumnWidth(KIND, 70)
        table.setColumnWidth(SHARE, 64)
        header = table.horizontalHeader()
        header.setSectionResizeMode(ROLES, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(table, 1)
        return title, model, box

    def version_text(self, number: int) -> str:
        return self.tr("제{0}차 ({1})").format(number, format_official_date(self.versions[number].agreed_on))

    def _side_title(self, number: int) -> str:
        note = self.versions[number].note
        return f"{self.version_text(number)} · {note}" if note else self.version_text(number)

    def refresh(self) -> None:
        before, after = self.before_combo.currentData(), self.after_combo.currentData()
        self.changes.clear()
        if before is None or after is None:
            self.changes.addItem(self.tr("이 과제에는 아직 협약 버전이 없습니다."))
            for model in (self.before_model, self.after_model):
                model.show_parties([], set())
            return
        try:
            old = self.services.projects.agreement(self.project_id, before)
            new = self.services.projects.agreement(self.project_id, after)
        except UserError as exc:
            show_error(self, exc, self.windowTitle())
            return
        found = compare(old, new)
        if before == after:
            self.changes.addItem(
                self.tr("같은 버전(제{0}차)을 보고 있습니다. 비교할 다른 버전을 고르십시오.").format(after)
            )
        elif not found:
            self.changes.addItem(self.tr("두 버전의 참여자·역할·지분이 같습니다."))
        for change in found:
            self.changes.addItem(change.text)
        named = {change.name for change in found}
        self._fill(self.before_title, self.before_model, before, old, named)
        self._fill(self.after_title, self.after_model, after, new, named)

    def _fill(
        self, title: QLabel, model: VersionPartiesModel, number: int, data: AgreementData, named: set[str]
    ) -> None:
        title.setText(self._side_title(number))
        title.setToolTip(title.text())
        model.show_parties(list(data.parties), named)

    def change_texts(self) -> list[str]:
        return [self.changes.item(n).text() for n in range(self.changes.count())]

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

"""새 협약 버전: a consortium agreement's participants, their roles and shares, typed as the project's
next agreement version. Saved versions are never changed, so this dialog only ever adds one; it
starts from the current version (or a draft handed in) and the project service checks the result —
one participant at least, roles from the list, shares all set or none and then exactly 100% — and
says in Korean what is wrong. Nothing is saved until it is right."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import FieldErrors, StaleRecordError, UserError
from collabdesk.services.container import Services
from collabdesk.services.projects import ProjectDetail
from collabdesk.ui.errors import ask_reload, confirm, show_error
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.member_picker import pick_member
from collabdesk.ui.row_model import Index, RowTableModel
from collabdesk.ui.widgets import add_ok_cancel
from collabdesk.validation.korean import format_official_date
from collabdesk.validation.project import (
    HUNDRED,
    MEMBER_PARTNER,
    PARTNER_KINDS,
    AgreementData,
    PartyData,
    format_share,
    parse_share,
)

GEOMETRY_KEY = "agreement_dialog/geometry"
COLUMNS = (
    QT_TRANSLATE_NOOP("PartiesModel", "참여자"),
    QT_TRANSLATE_NOOP("PartiesModel", "구분"),
    QT_TRANSLATE_NOOP("PartiesModel", "역할"),
    QT_TRANSLATE_NOOP("PartiesModel", "지분(%)"),
)
NAME, KIND, ROLES, SHARE = range(len(COLUMNS))
OUTSIDE_KINDS = tuple(kind for kind in PARTNER_KINDS if kind != MEMBER_PARTNER)
DEFAULT_OUTSIDE_KIND = "대학"
BAD_COLOUR = QColor("#b00020")
HINT_COLOUR = QColor("#808080")
BAD_STYLE = "color: #b00020; font-weight: bold;"
HINT_STYLE = "color: #555;"
_ROOT = QModelIndex()  # the parent of every row


@dataclass
class PartyRow:
    """A participant as typed. The share stays text until saving, so a half-typed one is kept as it is."""

    name: str
    member_id: int | None = None
    kind: str = MEMBER_PARTNER
    roles: list[str] = field(default_factory=list)
    share: str = ""

    @classmethod
    def of(cls, party: PartyData) -> PartyRow:
        return cls(
            party.name, party.member_id, party.partner_kind, list(party.roles), format_share(party.share)
        )

    @property
    def is_member(self) -> bool:
        return self.member_id is not None

    def state(self) -> tuple[object, ...]:
        return (self.name, self.member_id, self.kind, tuple(self.roles), self.share)


class PartiesModel(RowTableModel[PartyRow]):
    """The participants of the version being written. A member company's name and 구분 come from the
    member directory; an outside partner's name and 구분 are typed; roles are chosen in a small dialog."""

    context = "PartiesModel"
    columns = COLUMNS
    numbered = True
    changed = Signal()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ROLES:
                if row.roles or role == Qt.ItemDataRole.EditRole:
                    return ", ".join(row.roles)
                return self.tr("(두 번 눌러 역할 고르기)")
            return (row.name, row.kind, "", row.share)[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ROLES and not row.roles:
                return QBrush(HINT_COLOUR)
            if column == SHARE and _share_error(row) is not None:
                return QBrush(BAD_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME and row.is_member:
                return self.tr("회원사 명부의 회사입니다. 이름은 명부에서 바뀝니다.")
            if column == ROLES:
                return self.tr("두 번 누르거나 '역할…' 단추로 역할을 고릅니다.")
            if column == SHARE:
                return _share_error(row) or self.tr("비워 두면 지분을 정하지 않습니다. 예: 33.5")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SHARE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        editable = index.column() == SHARE or (index.column() in (NAME, KIND) and not row.is_member)
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = self.rows[index.row()], index.column()
        text = str(value)
        if column == SHARE:
            row.share = text.strip()
        elif column == NAME and not row.is_member:
            row.name = text
        elif column == KIND and not row.is_member and text in OUTSIDE_KINDS:
            row.kind = text
        else:
            return False
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    # --- changes the dialog makes --------------------------------------------------------
    def set_rows(self, rows: list[PartyRow]) -> None:
        super().set_rows(rows)
        self.changed.emit()

    def add(self, party: PartyRow) -> int:
        row = len(self.rows)
        self.beginInsertRows(_ROOT, row, row)
        self.rows.append(party)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(_ROOT, row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def move(self, row: int, step: int) -> bool:
        target = row + step
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        # Qt counts the destination before the move: one further down when moving down.
        self.beginMoveRows(_ROOT, row, row, _ROOT, target + 1 if step > 0 else target)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return True

    def set_roles(self, row: int, roles: list[str]) -> None:
        self.rows[row].roles = list(roles)
        index = self.index(row, ROLES)
        self.dataChanged.emit(index, index)
        self.changed.emit()

    def member_ids(self) -> set[int]:
        return {row.member_id for row in self.rows if row.member_id is not None}


def _share_error(row: PartyRow) -> str | None:
    try:
        parse_share(row.share)
    except FieldErrors as exc:
        return str(exc)
    return None


class KindDelegate(QStyledItemDelegate):
    """구분 of an outside partner: a combo of 대학/연구기관/기타, kept open in the cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.addItems(OUTSIDE_KINDS)
        combo.currentIndexChanged.connect(lambda _n: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())


class RolesDialog(QDialog):
    """Tick the roles of one participant; roles it holds that left the role list stay tickable."""

    def __init__(self, roles: list[str], chosen: list[str], title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roles_dialog")
        self.setWindowTitle(title)
        names = [*roles, *(r for r in chosen if r not in roles)]
        self.boxes: list[tuple[str, QCheckBox]] = []
        grid = QGridLayout()
        per_column = max((len(names) + 2) // 3, 1)
        for n, name in enumerate(names):
            text = name if name in roles else self.tr("{0} (목록에 없음)").format(name)
            box = QCheckBox(text.replace("&", "&&"), objectName=f"role_{n}")  # 'R&D' is no shortcut
            box.setChecked(name in chosen)
            grid.addWidget(box, n % per_column, n // per_column)
            self.boxes.append((name, box))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{0} (여러 개를 고를 수 있습니다)").format(title)))
        layout.addLayout(grid)
        if not names:
            layout.addWidget(QLabel(self.tr("역할 목록이 비어 있습니다. 설정에서 역할을 먼저 추가하십시오.")))
        layout.addStretch(1)
        add_ok_cancel(self, layout)

    def chosen(self) -> list[str]:
        return [name for name, box in self.boxes if box.isChecked()]


def choose_roles(parent: QWidget | None, roles: list[str], chosen: list[str], title: str) -> list[str] | None:
    """The roles ticked, in the role list's order, or None when cancelled."""
    dialog = RolesDialog(roles, chosen, title, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class AgreementDialog(QDialog):
    """The next agreement version of a project, from `start` (a draft) or else the current version."""

    def __init__(
        self,
        services: Services,
        project_id: int,
        expected_version: int,
        start: AgreementData | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("agreement_dialog")
        self.services = services
        self.project_id = project_id
        self.saved_number: int | None = None
        self._roles = services.projects.roles()
        detail = services.projects.get(project_id)
        # The participants shown come from this read, so the lock checks against it too; the
        # caller's `expected_version` may be older (a stage changed meanwhile) and is not needed.
        del expected_version
        self.expected_version = detail.version
        drafted = start is not None
        if start is None:
            # A new version is agreed today and says its own change; only the participants carry over.
            current = detail.current
            start = AgreementData(dt.date.today(), list(current.parties) if current else [])
        self.setWindowTitle(self.tr("새 협약 버전 - {0}").format(detail.data.name))
        self._build()
        self._show_heading(detail)
        self._load(start)
        # A draft handed in (a partner added, say) is itself unsaved work; a copy of the current version is not.
        self._initial = None if drafted else self._snapshot()
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 560)

    # --- building ------------------------------------------------------------------------
    def _show_heading(self, detail: ProjectDetail) -> None:
        """Which version is being written, and on top of which."""
        self.number = max((v.number for v in detail.versions), default=0) + 1
        if detail.versions:
            last = detail.versions[-1]
            heading = self.tr("{0}: 제{1}차 협약을 새로 씁니다. 지금 협약은 제{2}차({3})입니다.").format(
                detail.data.name, self.number, last.number, format_official_date(last.agreed_on)
            )
        else:
            heading = self.tr("{0}: 첫 협약(제1차)을 씁니다.").format(detail.data.name)
        self.heading.setText(heading)
        self.hint.setText(
            self.tr(
                "저장하면 제{0}차 협약으로 남고 앞의 버전은 그대로 둡니다. 저장한 버전은 고칠 수 없으니, "
                "바뀌는 것이 있으면 다시 새 버전을 만드십시오."
            ).format(self.number)
        )

    def _build(self) -> None:
        self.heading = QLabel(objectName="agreement_heading", wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.date_edit = QDateEdit(objectName="agreement_date", calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumWidth(self.date_edit.fontMetrics().horizontalAdvance("0000-00-00") * 2)
        self.note_edit = QLineEdit(objectName="agreement_note")
        self.note_edit.setPlaceholderText(self.tr("예: 금형 담당 변경, 지분 조정"))
        form = QFormLayout()
        form.addRow(self.tr("협약일"), self.date_edit)
        form.addRow(self.tr("변경 내용·비고"), self.note_edit)

        self.model = PartiesModel(self)
        self.model.changed.connect(self._parties_changed)
        self.table = QTableView(objectName="parties_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.kind_delegate = KindDelegate(self.table)
        self.table.setItemDelegateForColumn(KIND, self.kind_delegate)
        header = self.table.horizontalHeader()
        for column, width in ((NAME, 230), (KIND, 100), (SHARE, 80)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(ROLES, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(
            lambda index: self.edit_roles(index.row()) if index.column() == ROLES else None
        )

        buttons = QVBoxLayout()
        for text, name, slot, tip in (
            (
                self.tr("회원사 추가…"),
                "add_member_party",
                self.add_member,
                self.tr("회원사 명부에서 고릅니다"),
            ),
            (
                self.tr("외부 기관 추가"),
                "add_outside_party",
                self.add_outside,
                self.tr("대학, 연구기관 등 회원사가 아닌 참여 기관. 이름은 표에 입력합니다"),
            ),
            (self.tr("역할…"), "edit_party_roles", self.edit_roles, self.tr("고른 참여자의 역할을 고릅니다")),
            (self.tr("삭제"), "remove_party", self.remove_party, self.tr("고른 참여자를 이 버전에서 뺍니다")),
            (self.tr("위로"), "party_up", lambda: self.move_party(-1), ""),
            (self.tr("아래로"), "party_down", lambda: self.move_party(1), ""),
        ):
            button = QPushButton(text, objectName=name)
            button.setAutoDefault(False)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addWidget(button)
            if name in ("add_outside_party", "remove_party"):
                buttons.addSpacing(10)
        buttons.addStretch(1)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addLayout(buttons)
        self.total_label = QLabel(objectName="share_total")
        self.total_label.setWordWrap(True)
        box = QGroupBox(self.tr("참여자·역할·지분"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(table_row, 1)
        box_layout.addWidget(self.total_label)

        self.hint = QLabel(objectName="agreement_hint", wordWrap=True)
        self.hint.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(self.hint)
        # A saved version cannot be taken back, so 저장 is no default button: Enter (after typing a
        # share, say) must not save. QDialogButtonBox would make its accept button the default.
        self.save_button = QPushButton(self.tr("저장"), objectName="save_agreement")
        self.save_button.setToolTip(self.tr("새 협약 버전으로 저장합니다 (Ctrl+S)"))
        self.save_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("취소"), objectName="cancel_agreement")
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.save_button, cancel):
            button.setAutoDefault(False)
            bottom.addWidget(button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)

    def _load(self, data: AgreementData) -> None:
        self.date_edit.setDate(QDate(data.agreed_on.year, data.agreed_on.month, data.agreed_on.day))
        self.note_edit.setText(data.note)
        self.model.set_rows([PartyRow.of(p) for p in data.parties])
        self._open_kind_editors()
        if self.model.rows:
            self.table.selectRow(0)

    # --- the participants ----------------------------------------------------------------
    def _open_kind_editors(self) -> None:
        for row, party in enumerate(self.model.rows):
            if not party.is_member:
                self.table.openPersistentEditor(self.model.index(row, KIND))

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int, column: int = NAME) -> None:
        self.table.setCurrentIndex(self.model.index(row, column))
        self.table.selectRow(row)

    def _label(self, row: PartyRow, number: int) -> str:
        return row.name.strip() or self.tr("{0}번째 참여자").format(number)

    def add_member(self) -> None:
        chosen = pick_member(
            self.services.members, self, exclude=self.model.member_ids(), title=self.tr("협약에 넣을 회원사")
        )
        if chosen is None:
            return
        member_id, name = chosen
        row = self.model.add(PartyRow(name, member_id))
        self._select(row)
        self.edit_roles(row)  # a participant needs a role; ask now rather than at saving

    def add_outside(self) -> None:
        row = self.model.add(PartyRow("", None, DEFAULT_OUTSIDE_KIND))
        self._open_kind_editors()
        self._select(row)
        if self.table.isVisible():
            self.table.edit(self.model.index(row, NAME))

    def edit_roles(self, row: int | None = None) -> None:
        row = self._current_row() if row is None else row
        if not 0 <= row < len(self.model.rows):
            return
        party = self.model.rows[row]
        title = self.tr("{0}의 역할").format(self._label(party, row + 1))
        roles = choose_roles(self, self._roles, party.roles, title)
        if roles is not None:
            self.model.set_roles(row, roles)

    def remove_party(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        self.model.remove(row)
        if self.model.rows:
            self._select(min(row, len(self.model.rows) - 1))

    def move_party(self, step: int) -> None:
        row = self._current_row()
        column = max(self.table.currentIndex().column(), 0)
        if self.model.move(row, step):
            self._select(row + step, column)

    def _parties_changed(self) -> None:
        text, bad = self.share_line()
        self.total_label.setText(text)
        self.total_label.setStyleSheet(BAD_STYLE if bad else "")

    def share_line(self) -> tuple[str, bool]:
        """The line under the table as shares are typed: (text, whether it is wrong)."""
        rows = self.model.rows
        shares: list[Decimal | None] = []
        for number, row in enumerate(rows, start=1):
            try:
                shares.append(parse_share(row.share))
            except FieldErrors as exc:
                return f"{self._label(row, number)}: {exc}", True
        given = [share for share in shares if share is not None]
        if not given:
            return self.tr("지분 미지정"), False
        total = sum(given, Decimal(0))
        missing = [
            self._label(r, n) for n, (r, s) in enumerate(zip(rows, shares, strict=True), 1) if s is None
        ]
        if missing:
            return self.tr("지분 합계 {0}% — 지분을 적지 않은 참여자: {1}").format(
                format_share(total), ", ".join(missing)
            ), True
        if total == HUNDRED:
            zero = [
                self._label(r, n) for n, (r, sh) in enumerate(zip(rows, shares, strict=True), 1) if sh == 0
            ]
            if zero:
                # A partner added from the finder starts at 0%: allowed, but rarely what is meant.
                return self.tr("지분 합계 100% — 지분 0%인 참여자: {0}").format(", ".join(zero)), False
            return self.tr("지분 합계 100%"), False
        gap = format_share(abs(total - HUNDRED))
        if total < HUNDRED:
            return self.tr("지분 합계 {0}% — 100%보다 {1}%p 적습니다").format(format_share(total), gap), True
        return self.tr("지분 합계 {0}% — 100%보다 {1}%p 많습니다").format(format_share(total), gap), True

    # --- saving --------------------------------------------------------------------------
    def collect(self) -> AgreementData:
        """What the dialog shows, as the service takes it; a share that is not a number raises FieldErrors."""
        parties = []
        for number, row in enumerate(self.model.rows, start=1):
            try:
                share = parse_share(row.share)
            except FieldErrors as exc:
                raise FieldErrors({"shares": f"{self._label(row, number)}: {exc}"}) from exc
            parties.append(PartyData(row.name.strip(), list(row.roles), share, row.member_id, row.kind))
        agreed_on: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return AgreementData(agreed_on, parties, self.note_edit.text())

    def _snapshot(self) -> object:
        return (self.date_edit.date(), self.note_edit.text(), [row.state() for row in self.model.rows])

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    def accept(self) -> None:
        # Ctrl+S while a cell is still being typed in: what is on screen is what gets saved.
        self.table.setFocus()
        try:
            number = self.services.projects.add_agreement(
                self.project_id, self.collect(), self.expected_version
            )
        except StaleRecordError as exc:
            if ask_reload(self, exc):
                self._reload()
            return
        except UserError as exc:
            show_error(self, exc, self.tr("저장할 수 없습니다"))
            return
        self.saved_number = number
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().accept()

    def _reload(self) -> None:
        """Start again from the agreement another PC saved meanwhile (what was typed here is dropped)."""
        detail = self.services.projects.get(self.project_id)
        self.expected_version = detail.version
        self._show_heading(detail)
        current = detail.current
        self._load(AgreementData(dt.date.today(), list(current.parties) if current else []))
        self._initial = self._snapshot()

    def reject(self) -> None:
        if self.has_changes() and not confirm(
            self,
            self.tr("저장하지 않음"),
            self.tr("저장하지 않은 협약 내용이 있습니다. 저장하지 않고 닫으시겠습니까?"),
        ):
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().reject()

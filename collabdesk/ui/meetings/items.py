"""The short lists of one meeting, typed straight into tables: guests, agenda items with their
discussion, resolutions with their votes, and action items. Each table reads its rows back as the
validation dataclasses; a cell that cannot be read (a count that is not a number, a date that is
not a date) raises FieldErrors naming the row, as the service does for everything else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import FieldErrors
from collabdesk.services.meetings import MeetingService, OpenAction
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.meetings.text_blocks import text_block_button
from collabdesk.validation.korean import ValidationError, parse_date
from collabdesk.validation.meeting import (
    ACTION_DONE,
    ACTION_OPEN,
    DEFAULT_RULE_NAME,
    PASSED,
    REJECTED,
    ActionData,
    AgendaData,
    GuestData,
    ResolutionData,
)

PASSED_COLOUR, REJECTED_COLOUR, UNKNOWN_COLOUR = QColor("#1b5e20"), QColor("#b00020"), QColor("#666666")


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _buttons(*pairs: tuple[str, Callable[[], None]]) -> QVBoxLayout:
    column = QVBoxLayout()
    for text, slot in pairs:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        column.addWidget(button)
    column.addStretch(1)
    return column


class _RowsTable(QWidget):
    """A table with 추가/삭제/위로/아래로 beside it; subclasses say what a row holds."""

    headers: Sequence[str] = ()
    widths: Sequence[int] = ()
    first_column = 0  # where typing starts in a new row

    def __init__(self, parent: QWidget | None = None, buttons: bool = True):
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("meeting_items", h) for h in self.headers]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        for column, width in enumerate(self.widths):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        if not buttons:
            return
        layout.addLayout(
            _buttons(
                (QCoreApplication.translate("meeting_items", "추가"), self.add_row),
                (QCoreApplication.translate("meeting_items", "삭제"), self.remove_row),
                (QCoreApplication.translate("meeting_items", "위로"), lambda: self.move_row(-1)),
                (QCoreApplication.translate("meeting_items", "아래로"), lambda: self.move_row(1)),
            )
        )

    def add_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill(row, None)
        self._renumbered()
        self.table.setCurrentCell(row, self.first_column)
        if self.table.isVisible():
            self.table.editItem(self.table.item(row, self.first_column))
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._renumbered()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        states = [self._state(n) for n in range(self.table.rowCount())]
        states[row], states[target] = states[target], states[row]
        self.table.setRowCount(0)
        for state in states:
            self._restore(self.table.rowCount(), state)
        self._renumbered()
        self.table.setCurrentCell(target, self.table.currentColumn())

    def _write_rows(self, values: list[object]) -> None:
        self.table.setRowCount(0)
        for value in values:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._fill(row, value)
        self._renumbered()

    def _state(self, row: int) -> list[tuple[bool, str, object]]:
        """Each cell as typed, unchecked (a count may not be a number yet): (is a choice, text, data)."""
        cells: list[tuple[bool, str, object]] = []
        for column in range(self.table.columnCount()):
            widget = self.table.cellWidget(row, column)
            if isinstance(widget, QComboBox):
                cells.append((True, widget.currentText(), widget.currentData()))
            else:
                item = self.table.item(row, column)
                cells.append(
                    (False, item.text(), item.data(Qt.ItemDataRole.UserRole)) if item else (False, "", None)
                )
        return cells

    def _restore(self, row: int, cells: list[tuple[bool, str, object]]) -> None:
        self.table.insertRow(row)
        self._fill(row, None)
        for column, (choice, text, data) in enumerate(cells):
            widget = self.table.cellWidget(row, column)
            if choice and isinstance(widget, QComboBox):
                if widget.findText(text) < 0:
                    widget.addItem(text, data)
                widget.setCurrentIndex(widget.findText(text))
            elif not choice:
                item = self.table.item(row, column)
                if item is None:  # setItem on an item the table owns already would only warn
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                item.setData(Qt.ItemDataRole.UserRole, data)

    def _renumbered(self) -> None:
        """Rows whose label depends on their place (제1호 의안 …) refresh it."""

    def _fill(self, row: int, value: object | None) -> None:
        """Put `value` (None: an empty new row) into the cells of `row`."""
        raise NotImplementedError


class GuestsTable(_RowsTable):
    headers = (
        QT_TRANSLATE_NOOP("meeting_items", "이름"),
        QT_TRANSLATE_NOOP("meeting_items", "소속"),
        QT_TRANSLATE_NOOP("meeting_items", "역할 (강사, 협력기관 등)"),
    )
    widths = (140, 220)

    def set_rows(self, guests: list[GuestData]) -> None:
        self._write_rows(list(guests))

    def _fill(self, row: int, value: object | None) -> None:
        guest = value if isinstance(value, GuestData) else GuestData("")
        for column, text in enumerate((guest.name, guest.organisation, guest.role)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _raw(self, row: int) -> GuestData:
        return GuestData(*(_text(self.table, row, column) for column in range(3)))

    def rows(self) -> list[GuestData]:
        # A row left wholly empty is not a guest; the service names a guest without a name.
        return [g for g in map(self._raw, range(self.table.rowCount())) if g.name or g.organisation or g.role]


class AgendaEditor(QWidget):
    """안건: a numbered list of titles; the selected one's title and 논의 내용 are edited beside it."""

    def __init__(self, meetings: MeetingService, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[AgendaData] = []
        self.list = QListWidget(objectName="agenda_list")
        self.title_edit = QLineEdit(objectName="agenda_title")
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("meeting_items", "예: 공동 전시회 참가의 건")
        )
        self.discussion_edit = QPlainTextEdit(objectName="agenda_discussion")
        self.discussion_edit.setTabChangesFocus(True)
        self.discussion_edit.setPlaceholderText(
            QCoreApplication.translate("meeting_items", "논의 내용: 누가 무엇을 말했고 어떻게 정리되었는지")
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("meeting_items", "안건명"), self.title_edit)
        form.addRow(QCoreApplication.translate("meeting_items", "논의 내용"), self.discussion_edit)
        blocks = QHBoxLayout()
        blocks.addWidget(text_block_button(meetings, self.discussion_edit, self))
        blocks.addStretch(1)
        form.addRow("", blocks)
        editor = QWidget()
        editor.setLayout(form)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 2)
        layout.addLayout(
            _buttons(
                (QCoreApplication.translate("meeting_items", "안건 추가"), self.add_item),
                (QCoreApplication.translate("meeting_items", "삭제"), self.remove_item),
                (QCoreApplication.translate("meeting_items", "위로"), lambda: self.move_item(-1)),
                (QCoreApplication.translate("meeting_items", "아래로"), lambda: self.move_item(1)),
            )
        )
        layout.addWidget(editor, 3)
        self.list.currentRowChanged.connect(self._show_current)
        self.title_edit.textEdited.connect(self._title_edited)
        self.discussion_edit.textChanged.connect(self._discussion_edited)
        self._show_current(-1)

    def set_items(self, items: list[AgendaData]) -> None:
        self._items = [AgendaData(a.title, a.discussion) for a in items]
        self._relist(0 if self._items else -1)

    def items(self) -> list[AgendaData]:
        return [AgendaData(a.title, a.discussion) for a in self._items]

    def add_item(self) -> None:
        self._items.append(AgendaData(""))
        self._relist(len(self._items) - 1)
        self.title_edit.setFocus()

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self._items[row]
            self._relist(min(row, len(self._items) - 1))

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row >= 0 and 0 <= target < len(self._items):
            self._items[row], self._items[target] = self._items[target], self._items[row]
            self._relist(target)

    def _label(self, number: int, item: AgendaData) -> str:
        untitled = QCoreApplication.translate("meeting_items", "(안건명 없음)")
        return f"{number}. {item.title or untitled}"

    def _relist(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, item in enumerate(self._items, start=1):
            self.list.addItem(self._label(number, item))
        self.list.blockSignals(False)
        self.list.setCurrentRow(current)
        self._show_current(current)

    def _show_current(self, row: int) -> None:
        has = 0 <= row < len(self._items)
        for widget in (self.title_edit, self.discussion_edit):
            widget.blockSignals(True)
            widget.setEnabled(has)
        self.title_edit.setText(self._items[row].title if has else "")
        self.discussion_edit.setPlainText(self._items[row].discussion if has else "")
        for widget in (self.title_edit, self.discussion_edit):
            widget.blockSignals(False)

    def _title_edited(self, text: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            self._items[row].title = text
            self.list.item(row).setText(self._label(row + 1, self._items[row]))

    def _discussion_edited(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            self._items[row].discussion = self.discussion_edit.toPlainText()


# Resolution columns
R_NUMBER, R_TITLE, R_RULE, R_YES, R_NO, R_ABSTAIN, R_RESULT, R_OVERRIDE, R_REASON = range(9)
AUTOMATIC = ""


class ResolutionsTable(_RowsTable):
    """의결사항: 찬성/반대/기권 typed in, 결과 computed from them as they are typed, overridable with a reason."""

    headers = (
        QT_TRANSLATE_NOOP("meeting_items", "번호"),
        QT_TRANSLATE_NOOP("meeting_items", "의안명"),
        QT_TRANSLATE_NOOP("meeting_items", "의결 기준"),
        QT_TRANSLATE_NOOP("meeting_items", "찬성"),
        QT_TRANSLATE_NOOP("meeting_items", "반대"),
        QT_TRANSLATE_NOOP("meeting_items", "기권"),
        QT_TRANSLATE_NOOP("meeting_items", "결과 (자동)"),
        QT_TRANSLATE_NOOP("meeting_items", "결과 지정"),
        QT_TRANSLATE_NOOP("meeting_items", "지정 사유"),
    )
    widths = (72, 190, 95, 50, 50, 50, 200, 72, 130)
    first_column = R_TITLE

    def __init__(
        self, outcome: Callable[[ResolutionData], tuple[str, bool | None]], parent: QWidget | None = None
    ):
        self._rules: list[str] = [DEFAULT_RULE_NAME]
        self._outcome = outcome
        self._refreshing = False
        super().__init__(parent)
        self.table.setObjectName("resolutions_table")
        self.table.verticalHeader().hide()  # the 번호 column says it
        # The computed result takes the room there is; its full text is also the tooltip.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(R_RESULT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.itemChanged.connect(lambda _item: self.refresh_results())

    def set_rules(self, names: list[str]) -> None:
        self._rules = names
        for row in range(self.table.rowCount()):
            combo = self._combo(row, R_RULE)
            current = combo.currentText()
            kept = self._kept_rule(row)[0]  # decided by a rule since removed: it stays choosable
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names if kept in names or not kept else [*names, kept])
            combo.setCurrentText(current if combo.findText(current) >= 0 else DEFAULT_RULE_NAME)
            combo.blockSignals(False)
        self.refresh_results()

    def _kept_rule(self, row: int) -> tuple[str, str]:
        """(rule name, its thresholds) the resolution was saved with, or ("", "") for a new one."""
        item = self.table.item(row, R_TITLE)
        kept = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return kept if isinstance(kept, tuple) else ("", "")

    def set_rows(self, resolutions: list[ResolutionData]) -> None:
        self._write_rows(list(resolutions))

    def _combo(self, row: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _fill(self, row: int, value: object | None) -> None:
        res = value if isinstance(value, ResolutionData) else ResolutionData("", None, None, None)
        self._refreshing = True
        number = QTableWidgetItem()
        number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, R_NUMBER, number)
        title = QTableWidgetItem(res.title)
        # The rule as it was when the result was decided rides along unseen (see ResolutionData.rule_code).
        title.setData(Qt.ItemDataRole.UserRole, (res.rule, res.rule_code) if res.rule_code else None)
        self.table.setItem(row, R_TITLE, title)
        rule = QComboBox()
        rule.addItems(self._rules if res.rule in self._rules else [*self._rules, res.rule])
        rule.setCurrentText(res.rule)
        rule.currentIndexChanged.connect(lambda _n: self.refresh_results())
        self.table.setCellWidget(row, R_RULE, rule)
        for column, count in ((R_YES, res.yes), (R_NO, res.no), (R_ABSTAIN, res.abstain)):
            item = QTableWidgetItem("" if count is None else str(count))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        result = QTableWidgetItem()
        result.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, R_RESULT, result)
        override = QComboBox()
        override.addItem(QCoreApplication.translate("meeting_items", "자동"), AUTOMATIC)
        override.addItem(QCoreApplication.translate("meeting_items", "가결"), PASSED)
        override.addItem(QCoreApplication.translate("meeting_items", "부결"), REJECTED)
        override.setCurrentIndex(max(override.findData(res.result_override or AUTOMATIC), 0))
        override.currentIndexChanged.connect(lambda _n: self.refresh_results())
        self.table.setCellWidget(row, R_OVERRIDE, override)
        self.table.setItem(row, R_REASON, QTableWidgetItem(res.override_reason))
        self._refreshing = False

    def _renumbered(self) -> None:
        self._refreshing = True
        for row in range(self.table.rowCount()):
            item = self.table.item(row, R_NUMBER)
            if item is not None:
                item.setText(QCoreApplication.translate("meeting_items", "제{0}호 의안").format(row + 1))
        self._refreshing = False
        self.refresh_results()

    def _count(self, row: int, column: int, name: str, strict: bool) -> int | None:
        text = _text(self.table, row, column).replace(",", "")
        if not text:
            return None
        if not text.isdecimal():  # not isdigit: '①' and '²' are digits that int() refuses
            if strict:
                raise FieldErrors(
                    {
                        "resolutions": QCoreApplication.translate(
                            "meeting_items", "제{0}호 의안: {1} 수는 0 이상의 숫자로 입력해 주십시오."
                        ).format(row + 1, name)
                    }
                )
            return -1
        return int(text)

    def _raw(self, row: int, strict: bool = False) -> ResolutionData:
        override = self._combo(row, R_OVERRIDE).currentData()
        rule = self._combo(row, R_RULE).currentText()
        kept_name, kept_code = self._kept_rule(row)
        return ResolutionData(
            title=_text(self.table, row, R_TITLE),
            yes=self._count(row, R_YES, QCoreApplication.translate("meeting_items", "찬성"), strict),
            no=self._count(row, R_NO, QCoreApplication.translate("meeting_items", "반대"), strict),
            abstain=self._count(row, R_ABSTAIN, QCoreApplication.translate("meeting_items", "기권"), strict),
            rule=rule,
            result_override=override or None,
            override_reason=_text(self.table, row, R_REASON),
            rule_code=kept_code if rule == kept_name else "",
        )

    def rows(self) -> list[ResolutionData]:
        return [self._raw(row, strict=True) for row in range(self.table.rowCount())]

    def refresh_results(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        try:
            for row in range(self.table.rowCount()):
                item = self.table.item(row, R_RESULT)
                if item is None or self.table.cellWidget(row, R_OVERRIDE) is None:
                    continue
                resolution = self._raw(row)
                if -1 in (resolution.yes, resolution.no, resolution.abstain):
                    text, passed = (
                        QCoreApplication.translate("meeting_items", "찬성·반대·기권은 숫자로 입력하십시오"),
                        None,
                    )
                else:  # what the rule says, whatever was chosen by hand
                    text, passed = self._outcome(replace(resolution, result_override=None))
                if resolution.result_override and passed is not None:
                    labels = {
                        PASSED: QCoreApplication.translate("meeting_items", "가결"),
                        REJECTED: QCoreApplication.translate("meeting_items", "부결"),
                    }
                    text = QCoreApplication.translate("meeting_items", "{0} (직접 지정, 규칙상 {1})").format(
                        labels[resolution.result_override], labels[PASSED if passed else REJECTED]
                    )
                    passed = resolution.result_override == PASSED
                item.setText(text)
                item.setToolTip(text)
                colour = UNKNOWN_COLOUR if passed is None else PASSED_COLOUR if passed else REJECTED_COLOUR
                item.setForeground(QBrush(colour))
        finally:
            self._refreshing = False


# Action columns
A_WHAT, A_OWNER, A_DUE, A_STATUS, A_FROM = range(5)


def _status_combo(current: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("meeting_items", "진행"), ACTION_OPEN)
    combo.addItem(QCoreApplication.translate("meeting_items", "완료"), ACTION_DONE)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class ActionsTable(_RowsTable):
    """후속조치 of this meeting, typed in."""

    headers = (
        QT_TRANSLATE_NOOP("meeting_items", "내용"),
        QT_TRANSLATE_NOOP("meeting_items", "담당 (회원사 또는 사람)"),
        QT_TRANSLATE_NOOP("meeting_items", "기한"),
        QT_TRANSLATE_NOOP("meeting_items", "상태"),
    )
    widths = (330, 190, 100)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table.setObjectName("actions_table")
        self.table.horizontalHeader().setSectionResizeMode(A_WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)

    def set_rows(self, actions: list[ActionData]) -> None:
        self._write_rows(list(actions))

    def _fill(self, row: int, value: object | None) -> None:
        action = value if isinstance(value, ActionData) else ActionData("")
        due = action.due_on.isoformat() if action.due_on else ""
        for column, text in ((A_WHAT, action.what), (A_OWNER, action.owner), (A_DUE, due)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        # The day it was closed rides along unseen, so saving the meeting again keeps it.
        self.table.item(row, A_WHAT).setData(Qt.ItemDataRole.UserRole, action.closed_on)
        self.table.setCellWidget(row, A_STATUS, _status_combo(action.status))

    def rows(self) -> list[ActionData]:
        actions = []
        for row in range(self.table.rowCount()):
            what, owner, due_text = (_text(self.table, row, c) for c in (A_WHAT, A_OWNER, A_DUE))
            if not (what or owner or due_text):
                continue  # a row added and left empty
            try:
                due = parse_date(due_text)
            except ValidationError as exc:
                raise FieldErrors(
                    {
                        "actions": QCoreApplication.translate(
                            "meeting_items", "후속조치 {0}번째 줄: 기한: {1} (예: 2026-12-31)"
                        ).format(row + 1, exc)
                    }
                ) from exc
            status = self.table.cellWidget(row, A_STATUS)
            closed_on = self.table.item(row, A_WHAT).data(Qt.ItemDataRole.UserRole)
            actions.append(
                ActionData(
                    what,
                    owner,
                    due,
                    status.currentData() if isinstance(status, QComboBox) else ACTION_OPEN,
                    closed_on if isinstance(closed_on, dt.date) else None,
                )
            )
        return actions


class CarriedActionsTable(QTableWidget):
    """The group's action items still open from earlier meetings. Setting one to 완료 closes it when
    this meeting is saved, as of this meeting's date; 취소 leaves it open."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 5, parent)
        self.setObjectName("carried_actions")
        self._actions: list[OpenAction] = []
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("meeting_items", "내용"),
                QCoreApplication.translate("meeting_items", "담당 (회원사 또는 사람)"),
                QCoreApplication.translate("meeting_items", "기한"),
                QCoreApplication.translate("meeting_items", "상태"),
                QCoreApplication.translate("meeting_items", "나온 회의"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setDefaultSectionSize(26)
        for column, width in enumerate((260, 150, 90, 80)):
            self.setColumnWidth(column, width)
        self.horizontalHeader().setStretchLastSection(True)

    def set_actions(self, actions: list[OpenAction], done: set[int]) -> None:
        self._actions = list(actions)
        self.setRowCount(0)
        for action in actions:
            row = self.rowCount()
            self.insertRow(row)
            due = action.due_on.isoformat() if action.due_on else ""
            origin = f"{action.meeting_on.isoformat()} {action.meeting_title}"
            for column, text in (
                (A_WHAT, action.what),
                (A_OWNER, action.owner),
                (A_DUE, due),
                (A_FROM, origin),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
            self.setCellWidget(
                row, A_STATUS, _status_combo(ACTION_DONE if action.id in done else ACTION_OPEN)
            )

    def done_ids(self) -> set[int]:
        """The carried items set to 완료 here."""
        return {
            action.id
            for row, action in enumerate(self._actions)
            if isinstance(combo := self.cellWidget(row, A_STATUS), QComboBox)
            and combo.currentData() == ACTION_DONE
        }

    def mark_done(self, row: int) -> None:
        combo = self.cellWidget(row, A_STATUS)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(ACTION_DONE))

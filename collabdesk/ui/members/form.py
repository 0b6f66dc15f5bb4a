"""회원사 추가·수정: every field of one member company, its contacts and its groups, in one dialog.

The dialog only gathers text; checking and normalising is `validate_member`'s job (through the
member service), and its per-field Korean messages are shown under the fields they belong to.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import STATUS_ACTIVE, STATUS_DORMANT, STATUS_LEFT
from collabdesk.errors import FieldErrors, StaleRecordError
from collabdesk.formatting import iso_date, korean_amount, thousands
from collabdesk.paths import APP_NAME
from collabdesk.services.container import Services
from collabdesk.services.groups import GroupInfo
from collabdesk.services.members import MemberDetail
from collabdesk.ui.errors import confirm, show_error
from collabdesk.ui.widgets import add_ok_cancel, fill_tree
from collabdesk.validation.korean import ValidationError, parse_amount, parse_date
from collabdesk.validation.member import ContactData, MemberData

GEOMETRY_KEY = "member_form/geometry"
ERROR_STYLE = "color: #b00020;"
ERROR_COLOR = QColor("#b00020")
HINT_STYLE = "color: #505050;"
CONTACT_KEYS = ("name", "position", "phone", "email", "note")
DATE_KEYS = ("founded_on", "joined_on", "left_on")

# Where focus goes after a failed save: the first of these that has an error.
FIELD_ORDER = (
    "name",
    "ceo",
    "brn",
    "crn",
    "industry",
    "ksic_code",
    "tags",
    "member_class",
    "status",
    "joined_on",
    "left_on",
    "founded_on",
    "sales",
    "employees",
    "postcode",
    "address",
    "phone",
    "fax",
    "email",
    "homepage",
    "contacts",
    "groups",
    "note",
)
# The plain one-line text fields, in the same order (the others are lists, tables or a note).
TEXT_KEYS = tuple(
    key
    for key in FIELD_ORDER
    if key not in ("industry", "member_class", "status", "contacts", "groups", "note")
)


def _settings() -> QSettings:
    # The format the application chose (an INI file in the data folder), not the platform's
    # native store, so the dialog size sits with every other setting.
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def _chars(widget: QWidget, count: int) -> int:
    """A width that fits `count` digits in the widget's font, so short fields stay short at any DPI."""
    return widget.fontMetrics().horizontalAdvance("0" * count) + 24


class ContactsTable(QTableWidget):
    """담당자: a few rows typed straight into the cells."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(CONTACT_KEYS), parent)
        self.setHorizontalHeaderLabels(
            [self.tr("이름"), self.tr("직위"), self.tr("전화"), self.tr("이메일"), self.tr("비고")]
        )
        # Tab leaves the table (arrows move between cells), so keyboard users are not trapped in it.
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.horizontalHeader()
        for column, width in enumerate((110, 90, 130, 190)):
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(len(CONTACT_KEYS) - 1, QHeaderView.ResizeMode.Stretch)

    def set_contacts(self, contacts: list[ContactData]) -> None:
        self.setRowCount(0)
        for contact in contacts:
            self.add_row([getattr(contact, key) for key in CONTACT_KEYS])

    def add_row(self, values: list[str] | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column, value in enumerate(values or [""] * len(CONTACT_KEYS)):
            self.setItem(row, column, QTableWidgetItem(value))
        return row

    def rows(self) -> list[dict[str, str]]:
        """Every row, blank ones too: the service skips them and its messages count rows as shown."""
        self.commit_open_editor()
        result = []
        for row in range(self.rowCount()):
            values = {}
            for column, key in enumerate(CONTACT_KEYS):
                item = self.item(row, column)
                values[key] = item.text().strip() if item is not None else ""
            result.append(values)
        return result

    def commit_open_editor(self) -> None:
        """Take over what is still in an open cell editor, so 저장 right after typing loses nothing."""
        # The window's focus child, not QApplication.focusWidget(): right even while the window is inactive.
        editor = self.window().focusWidget()
        if (
            self.state() == QAbstractItemView.State.EditingState
            and editor is not None
            and self.viewport().isAncestorOf(editor)
        ):
            self.commitData(editor)


class ContactsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = ContactsTable(self)
        self.add_button = QPushButton(self.tr("담당자 추가"), self)
        self.remove_button = QPushButton(self.tr("담당자 삭제"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_contact)
        self.table.itemChanged.connect(self.changed)

    def add_contact(self) -> None:
        row = self.table.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def remove_contact(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self.changed.emit()


class GroupPicker(QTreeWidget):
    """소속그룹: the group tree with a check box per group; a member belongs to each checked group directly."""

    def __init__(self, groups: list[GroupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("그룹"), self.tr("종류")])
        self.setColumnWidth(0, 420)
        self._items = fill_tree(self, groups, self._make_item)
        self.expandAll()

    @staticmethod
    def _make_item(group: GroupInfo) -> QTreeWidgetItem:
        item = QTreeWidgetItem([group.name, group.kind])
        item.setToolTip(0, group.path)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(0, Qt.CheckState.Unchecked)
        return item

    def set_checked(self, group_ids: list[int]) -> None:
        wanted = set(group_ids)
        for group_id, item in self._items.items():
            item.setCheckState(0, Qt.CheckState.Checked if group_id in wanted else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        return sorted(
            group_id for group_id, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked
        )

    def item_for(self, group_id: int) -> QTreeWidgetItem | None:
        return self._items.get(group_id)


class MemberFormDialog(QDialog):
    """Add a member (member_id None) or edit one.

    Raises NotFoundError (a UserError) from the constructor when the member no longer exists.
    After `exec()` returned Accepted, `saved_member_id` is the member that was written.
    """

    def __init__(self, services: Services, member_id: int | None = None, parent: QWidget | None = None):
        # Read first, so a member deleted meanwhile raises before any widget exists.
        detail = services.members.get(member_id) if member_id is not None else None
        super().__init__(parent)
        self._services = services
        self._member_id = member_id
        self._version = detail.version if detail else None
        self.saved_member_id: int | None = None
        self._prefilled_left_on = ""
        self._edits: dict[str, QLineEdit] = {}
        self._errors: dict[str, QLabel] = {}
        self._focus_targets: dict[str, QWidget] = {}
        self._tab_of: dict[str, int] = {}

        self.setWindowTitle(self.tr("회원사 추가") if member_id is None else self.tr("회원사 정보 수정"))
        self.setSizeGripEnabled(True)
        self._build()
        if detail is not None:
            self._populate(detail)
        self._initial = self._comparable(self.raw())
        self._restore_geometry()
        self._edits["name"].setFocus()  # typing can start at once, whatever widget Qt would pick first

    # --- layout ----------------------------------------------------------------------------
    def _labels(self) -> dict[str, str]:
        # The same words as validation.member.FIELD_LABELS, written out so they can be translated.
        return {
            "name": self.tr("회사명"),
            "ceo": self.tr("대표자"),
            "brn": self.tr("사업자등록번호"),
            "crn": self.tr("법인등록번호"),
            "industry": self.tr("업종"),
            "ksic_code": self.tr("KSIC 코드"),
            "tags": self.tr("전문역량/주요제품"),
            "postcode": self.tr("우편번호"),
            "address": self.tr("주소"),
            "phone": self.tr("전화"),
            "fax": self.tr("팩스"),
            "email": self.tr("이메일"),
            "homepage": self.tr("홈페이지"),
            "founded_on": self.tr("설립일"),
            "sales": self.tr("매출액 (원)"),
            "employees": self.tr("종업원수"),
            "joined_on": self.tr("가입일"),
            "left_on": self.tr("탈퇴일"),
            "member_class": self.tr("회원구분"),
            "status": self.tr("상태"),
            "groups": self.tr("소속그룹"),
            "note": self.tr("비고"),
            "contacts": self.tr("담당자"),
        }

    def _build(self) -> None:
        self._label_texts = self._labels()
        for key in TEXT_KEYS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{key}")
            self._edits[key] = edit
        placeholders = {
            "brn": "000-00-00000",
            "crn": "000000-0000000",
            "ksic_code": self.tr("예: C29199"),
            "tags": self.tr("쉼표로 구분: CNC 가공, 금형"),
            "postcode": "12345",
            "phone": "031-123-4567",
            "fax": "031-123-4568",
            "email": "info@example.co.kr",
            "homepage": "www.example.co.kr",
            "sales": self.tr("예: 1,250,000,000"),
        }
        for key, text in placeholders.items():
            self._edits[key].setPlaceholderText(text)
        for key in DATE_KEYS:
            self._edits[key].setPlaceholderText("2019-06-01")
            self._edits[key].setToolTip(
                self.tr("2019-06-01, 2019.06.01, 20190601 처럼 입력합니다. 모르면 비워 두십시오.")
            )

        self._industry = QComboBox()
        self._industry.setObjectName("field_industry")
        self._fill_catalog(self._industry, self._services.industries.names())
        self._member_class = QComboBox()
        self._member_class.setObjectName("field_member_class")
        self._fill_catalog(self._member_class, self._services.member_classes.names())
        self._status = QComboBox()
        self._status.setObjectName("field_status")
        for text, value in (
            (self.tr("활동"), STATUS_ACTIVE),
            (self.tr("휴면"), STATUS_DORMANT),
            (self.tr("탈퇴"), STATUS_LEFT),
        ):
            self._status.addItem(text, value)
        self._note = QPlainTextEdit()
        self._note.setObjectName("field_note")
        self._note.setTabChangesFocus(True)  # Tab should move on, not type a tab character
        self.contacts_editor = ContactsEditor()
        self.group_picker = GroupPicker(self._services.groups.tree())

        self.tabs = QTabWidget()
        self.tabs.addTab(self._basic_page(), self.tr("기본 정보"))
        self.tabs.addTab(self._contact_page(), self.tr("연락처·담당자"))
        self.tabs.addTab(self._groups_page(), self.tr("소속그룹·비고"))
        if self._member_id is not None:
            from collabdesk.ui.certificates.member_certificates import add_certificates_page
            from collabdesk.ui.history_panel import add_history_page

            self.certificates_panel = add_certificates_page(
                self.tabs, self._services.certificates, self._member_id
            )
            self.history_panel = add_history_page(
                self.tabs, self._services.history, "members", self._member_id
            )

        required = QLabel(self.tr("* 표시는 꼭 입력해야 하는 항목입니다."))
        self._summary = QLabel()
        self._summary.setObjectName("error_summary")
        self._summary.setStyleSheet(ERROR_STYLE)
        self._summary.setWordWrap(True)
        self._summary.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(required)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._summary)
        # 저장 is the dialog's main default: Enter saves from any field.
        self.save_button, self.cancel_button = add_ok_cancel(self, layout, self.tr("저장"), self.save)

        self._connect_change_signals()

    def _fill_catalog(self, combo: QComboBox, names: list[str]) -> None:
        combo.addItem(self.tr("(선택 안 함)"), None)
        for name in names:
            combo.addItem(name, name)

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
        label.hide()
        self._errors[key] = label
        return label

    def _cell(
        self, key: str, widget: QWidget, tab: int, width: int | None = None, beside: QWidget | None = None
    ) -> QWidget:
        """The field (and an optional hint beside it) with its error line right under it."""
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if width is not None:
            widget.setFixedWidth(width)
        if beside is not None:
            row = QHBoxLayout()
            row.addWidget(widget)
            row.addWidget(beside, 1)
            box.addLayout(row)
        elif width is None:
            box.addWidget(widget)
        else:
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self._error_label(key))
        self._focus_targets[key] = widget
        self._tab_of[key] = tab
        return cell

    def _label(self, key: str, required: bool = False) -> QLabel:
        text = self._label_texts[key]
        label = QLabel(text + (" *" if required else ""))
        return label

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(8)
        return form

    def _add_row(
        self,
        form: QFormLayout,
        key: str,
        widget: QWidget,
        tab: int,
        chars: int | None = None,
        required: bool = False,
        beside: QWidget | None = None,
    ) -> None:
        label = self._label(key, required)
        label.setBuddy(widget)
        form.addRow(label, self._cell(key, widget, tab, _chars(widget, chars) if chars else None, beside))

    def _basic_page(self) -> QWidget:
        page = QWidget()
        left, right = self._form(), self._form()
        e = self._edits
        self._add_row(left, "name", e["name"], 0, required=True)
        self._add_row(left, "ceo", e["ceo"], 0, chars=14)
        self._add_row(left, "brn", e["brn"], 0, chars=14, required=True)
        self._add_row(left, "crn", e["crn"], 0, chars=16)
        self._add_row(left, "industry", self._industry, 0)
        self._add_row(left, "ksic_code", e["ksic_code"], 0, chars=10)
        self._add_row(left, "tags", e["tags"], 0)
        self._add_row(right, "member_class", self._member_class, 0)
        self._add_row(right, "status", self._status, 0, chars=10)
        self._add_row(right, "joined_on", e["joined_on"], 0, chars=12)
        self._add_row(right, "left_on", e["left_on"], 0, chars=12)
        self._add_row(right, "founded_on", e["founded_on"], 0, chars=12)
        # Big sums are easy to mistype by a zero; "184억원" beside the digits makes that visible.
        self._sales_hint = QLabel()
        self._sales_hint.setObjectName("hint_sales")
        self._sales_hint.setStyleSheet(HINT_STYLE)
        self._add_row(right, "sales", e["sales"], 0, chars=16, beside=self._sales_hint)
        self._add_row(right, "employees", e["employees"], 0, chars=10)
        columns = QHBoxLayout(page)
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        left.setContentsMargins(0, 0, 0, 0)
        # Without this the rows spread over the whole page height.
        columns.setAlignment(left, Qt.AlignmentFlag.AlignTop)
        columns.setAlignment(right, Qt.AlignmentFlag.AlignTop)
        return page

    def _contact_page(self) -> QWidget:
        page = QWidget()
        form = self._form()
        e = self._edits
        self._add_row(form, "postcode", e["postcode"], 1, chars=8)
        self._add_row(form, "address", e["address"], 1)
        self._add_row(form, "phone", e["phone"], 1, chars=20)
        self._add_row(form, "fax", e["fax"], 1, chars=20)
        self._add_row(form, "email", e["email"], 1)
        self._add_row(form, "homepage", e["homepage"], 1)
        contacts_title = QLabel(self._label_texts["contacts"])
        contacts_title.setBuddy(self.contacts_editor.table)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(contacts_title)
        layout.addWidget(self._cell("contacts", self.contacts_editor, 1), 1)
        self._focus_targets["contacts"] = self.contacts_editor.table
        return page

    def _groups_page(self) -> QWidget:
        page = QWidget()
        groups_title = QLabel(self._label_texts["groups"])
        groups_title.setBuddy(self.group_picker)
        note_title = QLabel(self._label_texts["note"])
        note_title.setBuddy(self._note)
        layout = QVBoxLayout(page)
        layout.addWidget(groups_title)
        layout.addWidget(self._cell("groups", self.group_picker, 2), 3)
        layout.addWidget(note_title)
        layout.addWidget(self._cell("note", self._note, 2), 2)
        return page

    def _connect_change_signals(self) -> None:
        for key, edit in self._edits.items():
            edit.textChanged.connect(lambda _text, key=key: self._clear_error(key))
        for key in (*DATE_KEYS, "sales"):
            edit = self._edits[key]
            edit.editingFinished.connect(lambda key=key: self._tidy(key))
        self._edits["sales"].textChanged.connect(self._update_sales_hint)
        self._industry.currentIndexChanged.connect(lambda: self._clear_error("industry"))
        self._member_class.currentIndexChanged.connect(lambda: self._clear_error("member_class"))
        self._status.currentIndexChanged.connect(self._status_changed)
        self._note.textChanged.connect(lambda: self._clear_error("note"))
        self.contacts_editor.changed.connect(lambda: self._clear_error("contacts"))
        self.group_picker.itemChanged.connect(lambda *_: self._clear_error("groups"))

    def _restore_geometry(self) -> None:
        geometry = _settings().value(GEOMETRY_KEY)
        if not (
            isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        ):
            self.resize(900, 700)

    def field_widget(self, key: str) -> QWidget:
        """The input for a validate_member key (the contacts table for "contacts", the tree for "groups")."""
        return self._focus_targets[key]

    # --- data in and out -------------------------------------------------------------------
    def _populate(self, detail: MemberDetail) -> None:
        data: MemberData = detail.data
        self._version = detail.version
        e = self._edits
        for key in ("name", "ceo", "brn", "crn", "ksic_code", "postcode", "address", "phone", "fax", "email"):
            e[key].setText(getattr(data, key))
        e["homepage"].setText(data.homepage)
        e["tags"].setText(", ".join(data.tags))
        for key in DATE_KEYS:
            value: dt.date | None = getattr(data, key)
            e[key].setText(iso_date(value))
        e["sales"].setText(thousands(data.sales))
        e["employees"].setText(str(data.employees) if data.employees is not None else "")
        self._select(self._industry, data.industry)
        self._select(self._member_class, data.member_class)
        # Loading a 탈퇴 member is not the user switching to 탈퇴: no prefill.
        self._status.blockSignals(True)
        self._select(self._status, data.status)
        self._status.blockSignals(False)
        self._prefilled_left_on = ""
        self._note.setPlainText(data.note)
        self.contacts_editor.table.set_contacts(data.contacts)
        self.group_picker.set_checked(data.group_ids)

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value) if value is not None else 0
        if index < 0:  # renamed or removed from the list meanwhile: keep the member's value visible
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def raw(self) -> dict[str, Any]:
        """What the user typed, in the shape validate_member takes."""
        raw: dict[str, Any] = {key: edit.text().strip() for key, edit in self._edits.items()}
        raw["industry"] = self._industry.currentData()
        raw["member_class"] = self._member_class.currentData()
        raw["status"] = self._status.currentData()
        raw["note"] = self._note.toPlainText().strip()
        raw["contacts"] = self.contacts_editor.table.rows()
        raw["group_ids"] = self.group_picker.checked_ids()
        return raw

    @staticmethod
    def _comparable(raw: dict[str, Any]) -> dict[str, Any]:
        # An added but untouched contact row is not a change worth asking about.
        return {**raw, "contacts": [row for row in raw["contacts"] if any(row.values())]}

    def is_modified(self) -> bool:
        return self._comparable(self.raw()) != self._initial

    def _tidy(self, key: str) -> None:
        """Show a date or amount the way it will be stored once the user leaves the field."""
        edit = self._edits[key]
        try:
            if key == "sales":
                amount = parse_amount(edit.text())
                tidy = thousands(amount)
            else:
                tidy = iso_date(parse_date(edit.text()))
        except ValidationError:
            return  # left as typed; 저장 will explain what is wrong
        if tidy != edit.text():
            edit.setText(tidy)

    def _update_sales_hint(self, text: str) -> None:
        try:
            amount = parse_amount(text)
        except ValidationError:
            amount = None
        self._sales_hint.setText(korean_amount(amount) if amount else "")

    def _status_changed(self) -> None:
        self._clear_error("status")
        left_on = self._edits["left_on"]
        if self._status.currentData() == STATUS_LEFT:
            if not left_on.text().strip():
                self._prefilled_left_on = dt.date.today().isoformat()
                left_on.setText(self._prefilled_left_on)
        elif self._prefilled_left_on and left_on.text() == self._prefilled_left_on:
            # Switched to 탈퇴 by mistake and back: take away the date we put there.
            left_on.clear()
            self._prefilled_left_on = ""

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        raw = self.raw()
        self._clear_all_errors()
        try:
            if self._member_id is None:
                self.saved_member_id = self._services.members.create(raw)
            else:
                assert self._version is not None
                self._services.members.update(self._member_id, raw, self._version)
                self.saved_member_id = self._member_id
        except FieldErrors as exc:
            self._show_field_errors(exc.errors)
            return
        except StaleRecordError:
            self._resolve_conflict()
            return
        except Exception as exc:  # UserError shows its own message; anything else a generic one
            show_error(self, exc, self.tr("저장하지 못했습니다"))
            return
        self.accept()

    def _resolve_conflict(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("다른 사용자가 먼저 수정함"),
            self.tr(
                "다른 사용자가 먼저 수정했습니다. 지금 입력한 내용은 아직 저장되지 않았습니다.\n\n"
                "다시 불러오기: 다른 사용자가 저장한 최신 내용을 불러옵니다. 지금 입력한 내용은 사라집니다.\n"
                "계속 수정: 입력한 내용을 그대로 둡니다. 필요한 내용을 옮겨 적은 뒤 다시 불러와야 저장할 수 있습니다."
            ),
            parent=self,
        )
        reload_button = box.addButton(self.tr("다시 불러오기"), QMessageBox.ButtonRole.AcceptRole)
        keep_button = box.addButton(self.tr("계속 수정"), QMessageBox.ButtonRole.RejectRole)
        # Keeping the typed text is the choice that cannot lose anything.
        box.setDefaultButton(keep_button)
        box.exec()
        if box.clickedButton() is reload_button:
            self.reload()

    def reload(self) -> None:
        """Show the member as it is stored now, dropping what was typed."""
        if self._member_id is None:
            return
        try:
            detail = self._services.members.get(self._member_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self._clear_all_errors()
        self._populate(detail)
        self._initial = self._comparable(self.raw())

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        unplaced = []
        for key, message in errors.items():
            label = self._errors.get(key)
            if label is None:
                unplaced.append(message)
                continue
            label.setText(message)
            label.show()
        summary = self.tr("저장하지 못했습니다. 빨간 글씨로 표시된 항목을 고쳐 주십시오.")
        self._summary.setText("\n".join([summary, *unplaced]))
        self._summary.show()
        self._mark_tabs()
        first = next((key for key in FIELD_ORDER if key in errors), None)
        if first is not None:
            self.tabs.setCurrentIndex(self._tab_of[first])
            target = self._focus_targets[first]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()

    def _clear_error(self, key: str) -> None:
        label = self._errors.get(key)
        if label is None or label.isHidden():
            return
        label.clear()
        label.hide()
        self._mark_tabs()
        if all(lbl.isHidden() for lbl in self._errors.values()):
            self._summary.hide()

    def _clear_all_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self._summary.hide()
        self._mark_tabs()

    def _mark_tabs(self) -> None:
        """Tabs holding an error get red titles, so errors on a hidden tab are not missed."""
        with_errors = {self._tab_of[key] for key, label in self._errors.items() if not label.isHidden()}
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            bar.setTabTextColor(index, ERROR_COLOR if index in with_errors else QColor())

    # --- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """취소, Esc and the window's close button all come here: ask before dropping typed changes."""
        if self.is_modified() and not confirm(
            self,
            self.tr("변경 내용 버리기"),
            self.tr("저장하지 않은 변경 내용이 있습니다. 변경 내용을 버리고 닫으시겠습니까?"),
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        _settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

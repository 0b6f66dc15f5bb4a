"""설정 → 증명서 종류: the kinds of certificate (협업인증서, 회원확인서 and the user's own), each with its
printed title, statement template, number format and whether it needs a project.

The template editor lists the placeholders (a click puts one at the cursor) and checks the text as it
is typed; the number format shows the next number it would give. The service has the last word: an
unknown placeholder is refused with its message, and a kind changed on another PC meanwhile offers the
other version. Built-in kinds cannot be deleted (they can be set to 사용 안 함)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError, UserError
from collabdesk.services.certificate_templates import (
    DEFAULT_NUMBER_FORMAT,
    PROJECT_PLACEHOLDERS,
    TEMPLATE_PLACEHOLDERS,
    KindData,
    KindInfo,
    check_number_format,
    check_template,
    template_placeholders,
)
from collabdesk.services.certificates import CertificateService
from collabdesk.ui.errors import ask_reload, confirm, show_error
from collabdesk.ui.widgets import add_ok_cancel, button_column, run_service_action

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #1b5e20;"


class KindEditDialog(QDialog):
    """Add (kind None) or change one kind; `saved_id` is set once it is saved."""

    def __init__(
        self, certificates: CertificateService, kind: KindInfo | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("kind_edit_dialog")
        self.certificates = certificates
        self.kind = kind
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("새 증명서 종류") if kind is None else self.tr("증명서 종류 수정 - {0}").format(kind.name)
        )
        self._next_numbers: dict[str, str] = {}  # number format → the next number in it, this year
        self._build()
        self._load(kind)
        self.resize(760, 600)

    def next_number(self, fmt: str) -> str:
        """The number the next certificate of this kind would get this year in `fmt`, as issuing takes
        it (asked once per format typed; a new kind starts at 1)."""
        if fmt not in self._next_numbers:
            kind_id = self.kind.id if self.kind is not None else None
            self._next_numbers[fmt] = self.certificates.next_number(kind_id, dt.date.today().year, fmt)
        return self._next_numbers[fmt]

    def _build(self) -> None:
        self.name_edit = QLineEdit(objectName="kind_name")
        self.name_edit.setPlaceholderText(self.tr("예: 공동브랜드 참여확인서"))
        self.title_edit = QLineEdit(objectName="kind_title")
        self.title_edit.setPlaceholderText(self.tr("인증서에 크게 찍히는 제목, 예: 참여확인서"))
        self.statement_edit = QPlainTextEdit(objectName="kind_statement")
        self.statement_edit.setTabChangesFocus(True)
        self.statement_edit.textChanged.connect(self._check)
        self.placeholders = QListWidget(objectName="kind_placeholders")
        self.placeholders.setToolTip(self.tr("누르면 문구의 커서 자리에 넣습니다"))
        for name in template_placeholders():
            item = QListWidgetItem(f"{{{name}}}  {TEMPLATE_PLACEHOLDERS[name]}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(TEMPLATE_PLACEHOLDERS[name])
            self.placeholders.addItem(item)
        self.placeholders.itemClicked.connect(self.insert_placeholder)
        self.placeholders.setWordWrap(True)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholders.setFixedWidth(290)
        statement_row = QHBoxLayout()
        statement_row.addWidget(self.statement_edit, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("자리표시 (누르면 넣기)")))
        side.addWidget(self.placeholders, 1)
        statement_row.addLayout(side)
        self.statement_error = QLabel(objectName="kind_statement_error", wordWrap=True)
        self.statement_error.setStyleSheet(ERROR_STYLE)
        self.needs_project_check = QCheckBox(
            self.tr("협업 과제가 있어야 발급 (과제명·역할을 씀)"), objectName="kind_needs_project"
        )
        self.needs_project_check.toggled.connect(lambda _on: self._check())
        self.format_edit = QLineEdit(objectName="kind_number_format")
        self.format_edit.setToolTip(
            self.tr("{year}는 발급 연도, {seq:04d}는 그해의 일련번호(네 자리)입니다.")
        )
        self.format_edit.textChanged.connect(lambda _text: self._check())
        self.format_preview = QLabel(objectName="kind_number_preview", wordWrap=True)
        self.active_check = QCheckBox(self.tr("사용 (발급할 때 고를 수 있음)"), objectName="kind_active")
        form = QFormLayout()
        form.addRow(self.tr("이름(&N)"), self.name_edit)
        form.addRow(self.tr("제목"), self.title_edit)
        form.addRow(self.tr("인증 문구"), statement_row)
        form.addRow("", self.statement_error)
        form.addRow("", self.needs_project_check)
        form.addRow(self.tr("번호 형식"), self.format_edit)
        form.addRow("", self.format_preview)
        form.addRow("", self.active_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        self.ok_button, _cancel = add_ok_cancel(self, layout, self.tr("저장"))

    def _load(self, kind: KindInfo | None) -> None:
        if kind is None:
            data = KindData("", "", "위 기업은 {회사명}으로서 …", False, DEFAULT_NUMBER_FORMAT, True)
        else:
            data = KindData(
                kind.name, kind.title, kind.statement, kind.needs_project, kind.number_format, kind.active
            )
        self.name_edit.setText(data.name)
        self.title_edit.setText(data.title)
        self.statement_edit.setPlainText(data.statement)
        self.needs_project_check.setChecked(data.needs_project)
        self.format_edit.setText(data.number_format)
        self.active_check.setChecked(data.active)
        self._check()

    def data(self) -> KindData:
        return KindData(
            name=self.name_edit.text().strip(),
            title=self.title_edit.text().strip(),
            statement=self.statement_edit.toPlainText().strip(),
            needs_project=self.needs_project_check.isChecked(),
            number_format=self.format_edit.text().strip(),
            active=self.active_check.isChecked(),
        )

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        cursor = self.statement_edit.textCursor()
        cursor.insertText(f"{{{name}}}")
        self.statement_edit.setTextCursor(cursor)
        self.statement_edit.moveCursor(QTextCursor.MoveOperation.NoMove)
        self.statement_edit.setFocus()

    def _check(self) -> None:
        """Say what the service would refuse while the user types (it checks again on saving)."""
        needs_project = self.needs_project_check.isChecked()
        for row in range(self.placeholders.count()):
            item = self.placeholders.item(row)
            usable = needs_project or item.data(Qt.ItemDataRole.UserRole) not in PROJECT_PLACEHOLDERS
            item.setData(Qt.ItemDataRole.ForegroundRole, None if usable else QBrush(QColor("#9e9e9e")))
        try:
            check_template(self.statement_edit.toPlainText(), needs_project)
            self.statement_error.clear()
        except FieldErrors as exc:
            self.statement_error.setText(str(exc))
        fmt = self.format_edit.text()
        try:
            check_number_format(fmt)
            sample = self.next_number(fmt)
        except UserError as exc:  # FieldErrors for the format; a database that cannot be read
            self.format_preview.setStyleSheet(ERROR_STYLE)
            self.format_preview.setText(str(exc))
            return
        self.format_preview.setStyleSheet(HINT_STYLE)
        self.format_preview.setText(self.tr("다음 번호 예: {0}").format(sample))

    def accept(self) -> None:
        kinds = self.certificates.kinds
        try:
            if self.kind is None:
                self.saved_id = kinds.add(self.data())
            else:
                kinds.update(self.kind.id, self.data(), self.kind.version)
                self.saved_id = self.kind.id
        except StaleRecordError as exc:
            assert self.kind is not None  # only a change can be stale
            try:
                current = kinds.get(self.kind.id)
            except NotFoundError as gone:
                show_error(self, gone)
                super().reject()
                return
            self.kind = current
            if ask_reload(self, exc):
                self._load(current)
            # Otherwise what was typed stays: the next 저장 puts it over the other version, knowingly.
            return
        except FieldErrors as exc:
            QMessageBox.warning(self, self.tr("저장할 수 없습니다"), str(exc))
            return
        except UserError as exc:
            show_error(self, exc, self.tr("저장할 수 없습니다"))
            return
        super().accept()


class KindsDialog(QDialog):
    """The list of kinds with 추가, 수정, 삭제."""

    def __init__(
        self, certificates: CertificateService, parent: QWidget | None = None, read_only: bool = False
    ):
        super().__init__(parent)
        self.setObjectName("kinds_dialog")
        self.setWindowTitle(self.tr("증명서 종류"))
        self.certificates = certificates
        self.kinds: list[KindInfo] = []
        self.table = QTableWidget(0, 5, objectName="kinds_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("이름"), self.tr("제목"), self.tr("과제"), self.tr("사용"), self.tr("발급")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("추가…"), objectName="add_kind")
        self.edit_button = QPushButton(self.tr("수정…"), objectName="edit_kind")
        self.delete_button = QPushButton(self.tr("삭제"), objectName="delete_kind")
        close = QPushButton(self.tr("닫기"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        close.clicked.connect(self.accept)
        self.read_only = read_only
        self.note = QLabel(
            self.tr(
                "기본 종류(협업인증서, 회원확인서)와 발급한 적이 있는 종류는 삭제할 수 없습니다. "
                "쓰지 않으려면 '사용'을 끄십시오."
            ),
            wordWrap=True,
        )
        self.note.setStyleSheet("color: #555;")
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(button_column([self.add_button, self.edit_button, self.delete_button], close=close))
        self.resize(680, 380)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        found: list[list[KindInfo]] = []
        if not run_service_action(self, lambda: found.append(self.certificates.kinds.items())):
            return
        self.kinds = found[0]
        yes, no = self.tr("예"), self.tr("아니요")
        self.table.setRowCount(len(self.kinds))
        for row, kind in enumerate(self.kinds):
            name = kind.name + (self.tr(" (기본)") if kind.builtin else "")
            texts = (
                name,
                kind.title,
                yes if kind.needs_project else no,
                yes if kind.active else no,
                str(kind.issued),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, kind.id)
                if not kind.active:
                    item.setForeground(QBrush(QColor("#9e9e9e")))
                self.table.setItem(row, column, item)
        for row, kind in enumerate(self.kinds):
            if kind.id == keep:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> KindInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.kinds[rows[0].row()] if rows and rows[0].row() < len(self.kinds) else None

    def selected_id(self) -> int | None:
        kind = self.selected()
        return kind.id if kind else None

    def _selection_changed(self) -> None:
        kind = self.selected()
        self.add_button.setEnabled(not self.read_only)
        self.edit_button.setEnabled(kind is not None and not self.read_only)
        self.delete_button.setEnabled(
            kind is not None and not kind.builtin and not kind.issued and not self.read_only
        )

    def add(self) -> None:
        dialog = KindEditDialog(self.certificates, None, self)
        if dialog.exec():
            self.reload(dialog.saved_id)

    def edit_selected(self) -> None:
        kind = self.selected()
        if kind is None or self.read_only:
            return
        dialog = KindEditDialog(self.certificates, kind, self)
        dialog.exec()
        self.reload(kind.id)  # saved, or changed on another PC meanwhile: shown as it now is

    def delete_selected(self) -> None:
        kind = self.selected()
        if kind is None or kind.builtin or self.read_only:
            return
        if not confirm(
            self, self.tr("증명서 종류 삭제"), self.tr("'{0}' 종류를 삭제하시겠습니까?").format(kind.name)
        ):
            return
        run_service_action(self, lambda: self.certificates.kinds.delete(kind.id))
        self.reload()

"""Reusable sentences for minutes ("의장이 성원을 확인하고 개회를 선언함."): a button that inserts one
into a text field, and the dialog where the secretariat keeps its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.meetings import MeetingService
from collabdesk.ui.catalog_dialog import run_checked
from collabdesk.ui.errors import confirm
from collabdesk.ui.widgets import button_column, run_service_action


def insert_block(edit: QPlainTextEdit, body: str) -> None:
    """Insert at the cursor, on a line of its own when the cursor is in the middle of other text."""
    cursor = edit.textCursor()
    before = cursor.block().text()[: cursor.positionInBlock()]
    cursor.insertText(("\n" if before.strip() else "") + body)
    edit.setTextCursor(cursor)
    edit.setFocus()


def text_block_button(
    meetings: MeetingService, edit: QPlainTextEdit, parent: QWidget | None = None
) -> QPushButton:
    """'문구 넣기 ▾': the saved sentences, read when the menu opens, so a new one is there at once."""
    button = QPushButton(QCoreApplication.translate("text_blocks", "문구 넣기"), parent)
    button.setAutoDefault(False)
    button.setToolTip(QCoreApplication.translate("text_blocks", "자주 쓰는 문구를 커서 자리에 넣습니다"))
    menu = QMenu(button)

    def fill() -> None:
        menu.clear()
        blocks: list[list[tuple[str, str]]] = []
        if not run_service_action(button, lambda: blocks.append(meetings.text_blocks())):
            return
        for name, body in blocks[0]:
            action = menu.addAction(name)
            action.setToolTip(body)
            action.triggered.connect(lambda _checked=False, b=body: insert_block(edit, b))
        if not blocks[0]:
            menu.addAction(QCoreApplication.translate("text_blocks", "(저장된 문구가 없습니다)")).setEnabled(
                False
            )
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("text_blocks", "문구 관리…"),
            lambda: TextBlocksDialog(meetings, button.window()).exec(),
        )

    menu.aboutToShow.connect(fill)
    button.setMenu(menu)
    return button


class TextBlocksDialog(QDialog):
    """The saved sentences: pick one to edit, 새 문구 to add, 삭제 to remove. Each save is written at once."""

    def __init__(self, meetings: MeetingService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("회의록 문구 관리"))
        self.meetings = meetings
        self._blocks: list[tuple[str, str]] = []
        self.list = QListWidget(objectName="text_block_list")
        self.name_edit = QLineEdit(objectName="text_block_name")
        self.body_edit = QPlainTextEdit(objectName="text_block_body")
        self.body_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("이름"), self.name_edit)
        form.addRow(self.tr("내용"), self.body_edit)
        self.new_button = QPushButton(self.tr("새 문구"))
        self.save_button = QPushButton(self.tr("저장"), objectName="save_text_block")
        self.delete_button = QPushButton(self.tr("삭제"))
        close = QPushButton(self.tr("닫기"))
        side = button_column((self.new_button, self.save_button), (self.delete_button,), close=close)
        editor = QVBoxLayout()
        editor.addLayout(form)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(editor, 3)
        layout.addLayout(side)
        self.new_button.clicked.connect(self.new_block)
        self.save_button.clicked.connect(self.save_block)
        self.delete_button.clicked.connect(self.delete_block)
        close.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(self._show)
        self.resize(720, 380)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        blocks: list[list[tuple[str, str]]] = []
        if not run_service_action(self, lambda: blocks.append(self.meetings.text_blocks()), catch=Exception):
            return
        self._blocks = blocks[0]
        self.list.clear()
        for name, _body in self._blocks:
            self.list.addItem(name)
        names = [name for name, _body in self._blocks]
        self.list.setCurrentRow(names.index(select) if select in names else (0 if names else -1))
        self.delete_button.setEnabled(bool(names))

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._blocks):
            name, body = self._blocks[row]
            self.name_edit.setText(name)
            self.body_edit.setPlainText(body)

    def new_block(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.name_edit.clear()
        self.body_edit.clear()
        self.name_edit.setFocus()

    def _shown(self) -> tuple[str, str] | None:
        """The saved sentence the editor was opened on, as the list shows it (None: a new one)."""
        row = self.list.currentRow()
        return self._blocks[row] if 0 <= row < len(self._blocks) else None

    def save_block(self) -> None:
        name, body = self.name_edit.text(), self.body_edit.toPlainText()
        shown = self._shown()
        old = shown[0] if shown is not None else None
        # What the user saw: the sentence being edited, or for a new one of a name the list already
        # shows, that one (it is replaced); None when the list shows none of that name.
        expected = shown[1] if shown is not None else dict(self._blocks).get(name.strip())

        def save() -> None:
            self.meetings.save_text_block(name, body, old, expected_body=expected)

        def refresh(keep: bool) -> None:
            # The list as saved now, showing the other PC's version; what was typed stays in the
            # editor when the user chose so, or when the sentence is gone (to be saved as a new one).
            key = old or name.strip()
            self.reload(key)
            if keep or key not in dict(self._blocks):
                self._keep_typed(key, name, body)

        if run_checked(self, save, refresh, self.windowTitle()):
            self.reload(name.strip())

    def _keep_typed(self, key: str, name: str, body: str) -> None:
        """After a refused save: what was typed back in the editor, on the sentence it was typed for
        if that is still there (saving again replaces the version now listed), else as a new one."""
        names = [n for n, _body in self._blocks]
        self.list.setCurrentRow(names.index(key) if key in names else -1)
        self.name_edit.setText(name)
        self.body_edit.setPlainText(body)

    def delete_block(self) -> None:
        shown = self._shown()
        if shown is None:
            return
        name, body = shown
        if not confirm(self, self.tr("문구 삭제"), self.tr("'{0}' 문구를 삭제하시겠습니까?").format(name)):
            return
        if run_checked(
            self,
            lambda: self.meetings.delete_text_block(name, expected_body=body),
            lambda _keep: self.reload(name),
            self.tr("문구 삭제"),
        ):
            self.reload()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # Enter in the name field saves instead of closing the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.name_edit.hasFocus():
            self.save_block()
            return
        super().keyPressEvent(event)

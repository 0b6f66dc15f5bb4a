"""The mediation password in the window: asking it to unlock the dispute records (a wrong one is said
in the dialog, which stays open), and setting, changing or removing it (the current one first when one
is set, the new one twice). The service keeps only a salted hash and writes each attempt to the
history; these dialogs never keep a password beyond the call."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import FieldErrors, UserError
from collabdesk.services.dispute_access import MIN_PASSWORD, DisputeAccess
from collabdesk.services.disputes import DisputeService
from collabdesk.ui.errors import confirm
from collabdesk.ui.widgets import add_ok_cancel

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555;"
INTRO_WIDTH = 440


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(240)
    return edit


class PasswordDialog(QDialog):
    """잠금 해제: `access` holds the unlocked access once 확인 succeeded. `case_id` is the case the
    user is about to read: the unlock (or the failed attempt) is then written to its history."""

    def __init__(self, disputes: DisputeService, case_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dispute_unlock")
        self.setWindowTitle(self.tr("분쟁조정 기록 잠금 해제"))
        self.disputes = disputes
        self.case_id = case_id
        self.access: DisputeAccess | None = None
        intro = QLabel(
            self.tr("분쟁조정 기록은 조정 암호로 보호됩니다. 조정 암호를 입력하십시오."), wordWrap=True
        )
        self.password_edit = _password_edit("dispute_password")
        self.error_label = QLabel(objectName="dispute_password_error", wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("조정 암호(&P)"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        add_ok_cancel(self, layout, self.tr("잠금 해제"))
        self.password_edit.setFocus()

    def accept(self) -> None:
        try:
            self.access = self.disputes.access(self.password_edit.text(), self.case_id)
        except UserError as exc:
            self.error_label.setText(str(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        super().accept()


def ask_unlock(
    disputes: DisputeService, parent: QWidget | None, case_id: int | None = None
) -> DisputeAccess | None:
    """The unlocked access, or None when the user gave up."""
    dialog = PasswordDialog(disputes, case_id, parent)
    try:
        return dialog.access if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class PasswordSettingsDialog(QDialog):
    """조정 암호 설정: set a first password, change it, or remove it. After 확인, `new_password` is the
    password now in force (None when it was removed), so the window can stay unlocked with it."""

    def __init__(self, disputes: DisputeService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dispute_password_settings")
        self.disputes = disputes
        self.had_password = disputes.has_password()
        self.new_password: str | None = None
        intro = QLabel(
            self.tr(
                "조정 암호를 정하면 암호를 아는 사람만 분쟁조정 기록의 내용을 볼 수 있습니다. "
                "암호를 모르면 사건번호와 상태만 보입니다. 암호는 이 데이터베이스를 쓰는 모든 PC에 적용되며, "
                "잊으면 되찾을 수 없으니 따로 잘 보관하십시오."
            ),
            wordWrap=True,
        )
        intro.setStyleSheet(HINT_STYLE)
        intro.setMinimumWidth(INTRO_WIDTH)  # a wrapped label sizes the dialog only with a width to wrap at
        self.current_edit = _password_edit("current_password")
        self.new_edit = _password_edit("new_password")
        self.new_edit.setPlaceholderText(self.tr("{0}자 이상").format(MIN_PASSWORD))
        self.repeat_edit = _password_edit("repeat_password")
        self.remove_box = QCheckBox(self.tr("조정 암호를 없앱니다 (누구나 기록을 볼 수 있게 됩니다)"))
        self.remove_box.setObjectName("remove_password")
        self.remove_box.toggled.connect(self._remove_toggled)
        self.form = form = QFormLayout()
        form.addRow(self.tr("지금 암호(&C)"), self.current_edit)
        form.addRow(self.tr("새 암호(&N)"), self.new_edit)
        form.addRow(self.tr("새 암호 확인(&R)"), self.repeat_edit)
        form.addRow("", self.remove_box)
        self._show_current(self.had_password)
        self.error_label = QLabel(objectName="password_settings_error", wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        add_ok_cancel(self, layout)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        (self.current_edit if self.had_password else self.new_edit).setFocus()

    def _show_current(self, has_password: bool) -> None:
        """The current password and 'remove' rows only when a password is set."""
        self.had_password = has_password
        self.setWindowTitle(self.tr("조정 암호 변경") if has_password else self.tr("조정 암호 설정"))
        self.form.setRowVisible(self.current_edit, has_password)
        self.form.setRowVisible(self.remove_box, has_password)
        if not has_password:
            self.current_edit.clear()
            self.remove_box.setChecked(False)

    def _set_elsewhere(self) -> bool:
        """Another PC may have set or removed the password since this dialog opened: the rows follow,
        and True when the user must first look again (asked for the password now in force)."""
        found: list[bool] = []
        try:
            found.append(self.disputes.has_password())
        except UserError as exc:
            self.error_label.setText(str(exc))
            return True
        if found[0] == self.had_password:
            return False
        self._show_current(found[0])
        if found[0]:
            self._refuse(
                self.tr("그사이 다른 PC에서 조정 암호를 정했습니다. 그 암호를 '지금 암호'에 입력하십시오."),
                self.current_edit,
            )
            return True
        return False  # removed meanwhile: a new one needs no current password

    def _remove_toggled(self, remove: bool) -> None:
        for edit in (self.new_edit, self.repeat_edit):
            edit.setEnabled(not remove)
            if remove:
                edit.clear()

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.error_label.setText(text)
        focus.setFocus()
        focus.selectAll()

    def accept(self) -> None:
        removing = self.remove_box.isChecked()
        if self._set_elsewhere():
            return
        if removing and not self.had_password:  # removed on another PC meanwhile: nothing left to do
            self._refuse(
                self.tr(
                    "그사이 다른 PC에서 조정 암호를 없앴습니다. 새 암호를 정하려면 새 암호를 입력하십시오."
                ),
                self.new_edit,
            )
            return
        current = self.current_edit.text() if self.had_password else None
        if self.remove_box.isChecked():
            if not confirm(
                self,
                self.tr("조정 암호 없애기"),
                self.tr(
                    "조정 암호를 없애면 이 데이터베이스를 여는 누구나 분쟁조정 기록을 볼 수 있습니다. "
                    "없애시겠습니까?"
                ),
            ):
                return
            try:
                self.disputes.remove_password(current or "")
            except UserError as exc:
                self._refuse(str(exc), self.current_edit)
                return
            self.new_password = None
            super().accept()
            return
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self._refuse(
                self.tr("새 암호 두 칸이 서로 다릅니다. 같은 암호를 두 번 입력하십시오."), self.repeat_edit
            )
            return
        try:
            self.disputes.set_password(new, current)
        except FieldErrors as exc:  # the new password itself (too short)
            self._refuse(str(exc), self.new_edit)
            return
        except UserError as exc:  # the current password is wrong
            self._refuse(str(exc), self.current_edit)
            return
        self.new_password = new
        super().accept()

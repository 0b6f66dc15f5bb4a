"""The line above the dispute list that says whether the records are readable: locked (numbers and
statuses only, with 잠금 해제…), unlocked for this window (with 잠그기), or open because no mediation
password is set (a discreet suggestion to set one)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

LOCKED, UNLOCKED, OPEN = "locked", "unlocked", "open"
_STYLES = {
    LOCKED: "QFrame#dispute_lock_bar { background: #fff4d6; border: 1px solid #e0c060; border-radius: 3px; }",
    UNLOCKED: "QFrame#dispute_lock_bar { background: #e8f4ea; border: 1px solid #9cc9a4; border-radius: 3px; }",
    OPEN: "QFrame#dispute_lock_bar { border: none; }",
}


class LockBar(QFrame):
    unlock_requested = Signal()
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dispute_lock_bar")
        self.state = ""
        self.label = QLabel(objectName="dispute_lock_text", wordWrap=True)
        self.unlock_button = QPushButton(self.tr("잠금 해제…"), objectName="dispute_unlock")
        self.unlock_button.setToolTip(self.tr("조정 암호를 입력하면 이 창을 닫을 때까지 기록이 보입니다"))
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.lock_button = QPushButton(self.tr("잠그기"), objectName="dispute_lock")
        self.lock_button.setToolTip(self.tr("자리를 비울 때: 다시 사건번호와 상태만 보이게 합니다"))
        self.lock_button.clicked.connect(self.lock_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.lock_button)

    def show_state(self, state: str, note: str = "") -> None:
        """`note` is said after the state (why the records locked again, say)."""
        self.state = state
        self.setStyleSheet(_STYLES[state])
        if state == LOCKED:
            text = self.tr(
                "분쟁조정 기록은 암호로 보호됩니다 — 잠금을 해제할 때까지 사건번호와 상태만 보입니다."
            )
            self.label.setStyleSheet("")
        elif state == UNLOCKED:
            text = self.tr("잠금 해제됨: 이 창을 닫거나 '잠그기'를 누를 때까지 분쟁조정 기록이 보입니다.")
            self.label.setStyleSheet("")
        else:
            text = self.tr(
                "조정 암호가 설정되어 있지 않아 이 데이터베이스를 여는 누구나 분쟁조정 기록을 볼 수 있습니다. "
                "설정 → 조정 암호 설정…에서 정할 수 있습니다."
            )
            self.label.setStyleSheet("color: #666;")
        self.label.setText(f"{note} {text}" if note else text)
        self.unlock_button.setVisible(state == LOCKED)
        self.lock_button.setVisible(state == UNLOCKED)

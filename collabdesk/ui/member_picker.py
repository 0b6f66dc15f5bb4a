"""Choosing a member company by typing part of its name, number or 전문역량: the search runs in the
database, and only the first matches are listed (a federation has thousands of members)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import STATUS_CURRENT
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import MemberRow, MemberService
from collabdesk.ui.widgets import add_ok_cancel, run_service_action

SHOWN = 100  # matches listed at once; typing more narrows them
SEARCH_DELAY_MS = 150


class MemberPickerDialog(QDialog):
    """Lists members matching the typed text; 확인 (or a double-click) chooses the current one."""

    def __init__(
        self,
        members: MemberService,
        parent: QWidget | None = None,
        exclude: set[int] | None = None,
        title: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("member_picker")
        self.setWindowTitle(title or self.tr("회원사 선택"))
        self.members = members
        self.exclude = exclude or set()
        self.chosen: tuple[int, str] | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)

        layout = QVBoxLayout(self)
        self.text = QLineEdit(objectName="member_picker_text", clearButtonEnabled=True)
        self.text.setPlaceholderText(self.tr("회사명, 사업자등록번호, 대표자, 전문역량으로 찾기"))
        self.text.textChanged.connect(lambda _text: self._timer.start())
        self.results = QListWidget(objectName="member_picker_results")
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.count = QLabel(objectName="member_picker_count")
        layout.addWidget(self.text)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        add_ok_cancel(self, layout, self.tr("선택"))
        self.resize(460, 480)
        self.search()

    def search(self) -> None:
        flt = MemberFilter(text=self.text.text(), status=STATUS_CURRENT)
        found: list[list[MemberRow]] = []
        limit = SHOWN + len(self.exclude)
        if not run_service_action(self, lambda: found.append(self.members.page(flt, limit=limit))):
            return
        rows = [r for r in found[0] if r.id not in self.exclude][:SHOWN]
        self.results.clear()
        for row in rows:
            details = " · ".join(part for part in (row.industry, row.ceo, row.tags) if part)
            item = QListWidgetItem(f"{row.name}   {details}" if details else row.name)
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        self.count.setText(
            self.tr("%n개 회사", "", len(rows))
            if len(rows) < SHOWN
            else self.tr("처음 %n개만 표시합니다. 더 입력해 좁혀 주십시오.", "", SHOWN)
        )

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()


def pick_member(
    members: MemberService,
    parent: QWidget | None = None,
    exclude: set[int] | None = None,
    title: str | None = None,
) -> tuple[int, str] | None:
    """(member id, name) of the company chosen, or None when cancelled."""
    dialog = MemberPickerDialog(members, parent, exclude, title)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None

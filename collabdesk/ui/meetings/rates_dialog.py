"""출석률: how often each member company came to its group's meetings over a chosen period."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.container import Services
from collabdesk.services.meetings import AttendanceRate
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.row_model import Index, RowTableModel
from collabdesk.ui.widgets import run_service_action

COLUMNS = (
    QT_TRANSLATE_NOOP("RatesModel", "회원사"),
    QT_TRANSLATE_NOOP("RatesModel", "출석"),
    QT_TRANSLATE_NOOP("RatesModel", "회의"),
    QT_TRANSLATE_NOOP("RatesModel", "출석률"),
)


class RatesModel(RowTableModel[AttendanceRate]):
    context = "RatesModel"
    columns = COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rate, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (rate.company, str(rate.attended), str(rate.meetings), f"{rate.rate:.0%}")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AttendanceRatesDialog(QDialog):
    def __init__(self, services: Services, group_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("회원사별 출석률"))
        self.services = services
        self.group = QComboBox(objectName="rates_group")
        self.group.addItem(self.tr("전체"), None)
        for group in services.groups.tree():
            self.group.addItem("  " * group.depth + group.name, group.id)
        self.group.setCurrentIndex(max(self.group.findData(group_id), 0))
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1), objectName="rates_start", calendarPopup=True)
        self.end = QDateEdit(today, objectName="rates_end", calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
        show = QPushButton(self.tr("조회"), objectName="rates_show")
        show.clicked.connect(self.reload)
        top = QHBoxLayout()
        for label, widget in ((self.tr("그룹"), self.group), (self.tr("기간"), self.start), ("~", self.end)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(show)
        top.addStretch(1)
        self.model = RatesModel(self)
        self.table = QTableView(objectName="rates_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 240)
        self.summary = QLabel(objectName="rates_summary")
        close = QPushButton(self.tr("닫기"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(560, 520)
        for widget in (self.group,):
            widget.currentIndexChanged.connect(self.reload)
        self.reload()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def reload(self) -> None:
        start, end = self.period()
        if start > end:
            self.summary.setText(self.tr("기간의 시작일이 끝일보다 늦습니다."))
            self.model.set_rows([])
            return
        rows: list[list[AttendanceRate]] = []
        group = self.group.currentData()
        if not run_service_action(
            self, lambda: rows.append(self.services.meetings.attendance_rates(group, start, end))
        ):
            return
        self.model.set_rows(rows[0])
        meetings = max((r.meetings for r in rows[0]), default=0)
        attended = sum(r.attended for r in rows[0])
        total = sum(r.meetings for r in rows[0])
        self.summary.setText(
            self.tr("회원사 {0}곳 · 회의 최대 {1}회 · 평균 출석률 {2}").format(
                len(rows[0]), meetings, f"{attended / total:.0%}" if total else "-"
            )
        )

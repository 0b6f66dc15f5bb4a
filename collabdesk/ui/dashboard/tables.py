"""Two small tables under the charts: meetings by kind (with attendance) and outcomes by kind
(with their amounts per currency)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from collabdesk.formatting import money, one_decimal, rate, thousands
from collabdesk.services.annual_types import AnnualFigures

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _SmallTable(QTreeWidget):
    """A handful of rows: asks for little height, so the dashboard fits a small screen."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, 110)


def _table(headers: list[str], name: str) -> QTreeWidget:
    table = _SmallTable(objectName=name)
    table.setHeaderLabels(headers)
    table.setRootIsDecorated(False)
    table.setUniformRowHeights(True)
    table.setAlternatingRowColors(True)
    header = table.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in range(1, len(headers)):
        table.headerItem().setTextAlignment(column, RIGHT)
    return table


class KindTables(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.meetings = _table(
            [self.tr("회의 종류"), self.tr("횟수"), self.tr("평균 출석"), self.tr("출석률")],
            "dashboard_meeting_kinds",
        )
        self.outcomes = _table([self.tr("성과 종류"), self.tr("건수"), self.tr("금액")], "dashboard_outcomes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for caption, table in (
            (self.tr("종류별 회의"), self.meetings),
            (self.tr("종류별 성과"), self.outcomes),
        ):
            label = QLabel(caption)
            label.setStyleSheet("font-weight: bold;")
            layout.addWidget(label)
            layout.addWidget(table, 1)

    def show_figures(self, figures: AnnualFigures) -> None:
        self.meetings.clear()
        for line in figures.meetings.by_kind:
            if not line.count:
                continue
            # As the annual report prints them (half up, '—' where no roll was kept).
            self._add(
                self.meetings,
                [
                    line.kind,
                    thousands(line.count),
                    one_decimal(line.average_attendance),
                    rate(line.attendance_rate),
                ],
            )
        self.outcomes.clear()
        for outcome in figures.projects.outcomes:
            if not outcome.count:
                continue
            amounts = ", ".join(money(total, currency) for currency, total in outcome.amounts.items())
            self._add(self.outcomes, [outcome.kind, thousands(outcome.count), amounts])
        for table in (self.meetings, self.outcomes):
            if not table.topLevelItemCount():
                empty = QTreeWidgetItem([self.tr("자료 없음")])
                empty.setForeground(0, Qt.GlobalColor.gray)
                table.addTopLevelItem(empty)

    def clear(self) -> None:
        """Nothing shown (the figures could not be read)."""
        self.meetings.clear()
        self.outcomes.clear()

    def _add(self, table: QTreeWidget, texts: list[str]) -> None:
        item = QTreeWidgetItem(texts)
        for column in range(1, len(texts)):
            item.setTextAlignment(column, RIGHT)
        table.addTopLevelItem(item)

    def rows(self, table: QTreeWidget) -> list[list[str]]:
        items = [table.topLevelItem(row) for row in range(table.topLevelItemCount())]
        return [
            [item.text(column) for column in range(table.columnCount())] for item in items if item is not None
        ]

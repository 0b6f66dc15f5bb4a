"""분쟁조정 통계: for a year of receipt (or all years), cases by type and by how they ended, how many
are open and overdue, and the median days from receipt to close. Counted in the background; while the
records are locked only the counts by status are shown (what a case is about stays locked)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.dispute_stats import DisputeStats
from collabdesk.services.dispute_workflow import CLOSED_STATUSES, OPEN_STATUSES
from collabdesk.services.disputes import DisputeService
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.ui.widgets import run_service_action

HINT_STYLE = "color: #555;"
STATUS_COLUMN_WIDTH = 70


def _cell(text: str, bold: bool = False, left: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(
        (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter
    )
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


class StatsDialog(QDialog):
    def __init__(
        self,
        disputes: DisputeService,
        access: DisputeAccess | None,
        year: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("dispute_stats_dialog")
        self.setWindowTitle(self.tr("분쟁조정 통계"))
        self.disputes = disputes
        self.access = access
        self.stats: DisputeStats | None = None
        self.task: BackgroundTask | None = None
        self.year_combo = QComboBox(objectName="stats_year")
        self.year_combo.addItem(self.tr("전체 연도"), None)
        years: list[list[int]] = []
        run_service_action(self, lambda: years.append(disputes.years()))
        for value in years[0] if years else []:
            self.year_combo.addItem(self.tr("{0}년 접수").format(value), value)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))
        self.year_combo.currentIndexChanged.connect(lambda _n: self.compute())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("연도")))
        top.addWidget(self.year_combo)
        top.addStretch(1)
        self.summary = QLabel(objectName="stats_summary", wordWrap=True)
        self.columns = [self.tr("진행 중"), *CLOSED_STATUSES, self.tr("합계")]
        self.table = QTableWidget(0, len(self.columns), objectName="stats_table")
        self.table.setHorizontalHeaderLabels(self.columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(STATUS_COLUMN_WIDTH)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(objectName="stats_note", wordWrap=True)
        self.note.setStyleSheet(HINT_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(720, 340)
        self.compute()

    def compute(self) -> BackgroundTask:
        year = self.year_combo.currentData()
        disputes, access = self.disputes, self.access
        self.summary.setText(self.tr("세는 중…"))
        self.task = BackgroundTask(
            self,
            self.tr("분쟁조정 통계를 내는 중…"),
            lambda _progress: disputes.stats(year, access),
            self.show_stats,
        ).start()
        return self.task

    def show_stats(self, stats: DisputeStats) -> None:
        self.stats = stats
        median = stats.median_days_to_close
        parts = [
            self.tr("모두 {0}건").format(stats.total),
            self.tr("진행 {0}").format(stats.open),
            self.tr("기한 지남 {0}").format(stats.overdue),
            self.tr("기한 임박 {0}").format(stats.due_soon),
            self.tr("종결 {0}").format(stats.closed),
            self.tr("종결까지 걸린 날(중앙값) {0}일").format(f"{median:g}")
            if median is not None
            else self.tr("종결까지 걸린 날: 종결된 사건 없음"),
        ]
        self.summary.setText(" · ".join(parts))
        # Unlocked, every case counted has its type; locked, the service leaves the types out.
        locked = stats.total > 0 and not stats.by_type
        rows: list[tuple[str, dict[str, int]]] = []
        if stats.by_type:
            kinds: dict[str, dict[str, int]] = {}
            for (kind, status), count in stats.by_type.items():
                kinds.setdefault(kind, {})[status] = count
            order = self.disputes.types()
            for kind in sorted(kinds, key=lambda k: (order.index(k) if k in order else len(order), k)):
                rows.append((kind, kinds[kind]))
        self.table.setRowCount(len(rows) + 1)
        labels = [kind for kind, _ in rows] + [self.tr("합계")]
        self.table.setVerticalHeaderLabels(labels)
        for number, (_kind, counts) in enumerate([*rows, ("", stats.by_status)]):
            total_row = number == len(rows)
            values = [
                sum(counts.get(s, 0) for s in OPEN_STATUSES),
                *(counts.get(s, 0) for s in CLOSED_STATUSES),
            ]
            values.append(sum(values))
            for column, value in enumerate(values):
                self.table.setItem(
                    number, column, _cell(str(value), bold=total_row or column == len(values) - 1)
                )
        self.note.setText(
            self.tr("기록이 잠겨 있어 상태별 건수만 보입니다. 잠금을 해제하면 유형별 건수도 보입니다.")
            if locked
            else ""
        )
        self.note.setVisible(locked)

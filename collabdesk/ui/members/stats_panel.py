"""The statistics beside the member table: totals and breakdowns for the current filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.formatting import compact_amount, korean_amount, thousands
from collabdesk.services.stats import MemberStats, StatLine


class StatsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stats_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        title = QLabel(self.tr("현재 목록 통계"))
        title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.summary = QLabel()
        self.summary.setObjectName("stats_summary")
        self.summary.setWordWrap(True)
        self.industry_line = QLabel()
        self.industry_line.setObjectName("stats_industry_line")
        self.industry_line.setWordWrap(True)
        self.industry_line.setStyleSheet("color: #444;")
        # Grow to as many lines as the text wraps to, instead of squeezing them into one.
        self.industry_line.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.by_industry = self._tree(self.tr("업종"))
        self.by_group = self._tree(self.tr("그룹"))
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.industry_line)
        layout.addWidget(QLabel(self.tr("업종별")))
        layout.addWidget(self.by_industry, 2)
        layout.addWidget(QLabel(self.tr("그룹별")))
        layout.addWidget(self.by_group, 3)

    def _tree(self, first: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([first, self.tr("회원사"), self.tr("매출액"), self.tr("종업원")])
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.header().setStretchLastSection(False)
        return tree

    def show_stats(self, stats: MemberStats) -> None:
        total = stats.total
        self.summary.setText(
            self.tr("회원사 {0}개사 · 매출액 합계 {1} · 종업원 {2}명").format(
                thousands(total.count), korean_amount(total.sales), thousands(total.employees)
            )
        )
        # The way reports say it: "전기·전자 301개사, 기계·금속 239개사 …" (업종 with members only).
        self.industry_line.setText(
            ", ".join(
                self.tr("{0} {1}개사").format(line.label, thousands(line.count))
                for line in stats.by_industry
                if line.count
            )
        )
        self._fill(self.by_industry, stats.by_industry, indent_groups=False)
        self._fill(self.by_group, stats.by_group, indent_groups=True)

    def show_failure(self, message: str) -> None:
        self.summary.setText(self.tr("통계를 계산하지 못했습니다: {0}").format(message))
        self.industry_line.clear()
        self.by_industry.clear()
        self.by_group.clear()

    def _fill(self, tree: QTreeWidget, lines: list[StatLine], indent_groups: bool) -> None:
        tree.clear()
        for line in lines:
            label = line.label
            if indent_groups:
                depth = label.count(" > ")
                label = "    " * depth + label.rsplit(" > ", 1)[-1]
            item = QTreeWidgetItem(
                [label, thousands(line.count), compact_amount(line.sales), thousands(line.employees)]
            )
            item.setToolTip(0, line.label)
            item.setToolTip(2, korean_amount(line.sales))
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
        for column in (0, 1, 2, 3):
            tree.resizeColumnToContents(column)

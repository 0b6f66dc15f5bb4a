"""The 현황 tab, first in the window: the key figures of a year for all groups or one, three charts,
meetings and outcomes by kind, and the reminders of what needs doing — read in one background
task whenever the tab is shown, the year or group changes, or F5 is pressed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import UserError
from collabdesk.formatting import compact_amount, thousands
from collabdesk.services.annual_types import AnnualFigures, Reminders
from collabdesk.services.groups import GroupInfo
from collabdesk.ui.dashboard.chart import HORIZONTAL, VERTICAL, Bar, BarChart
from collabdesk.ui.dashboard.chart_panel import ChartPanel
from collabdesk.ui.dashboard.figures_panel import FiguresPanel
from collabdesk.ui.dashboard.reminders_panel import MissingMembersDialog, RemindersPanel
from collabdesk.ui.dashboard.report_actions import PDF, XLSX, save_annual_report
from collabdesk.ui.dashboard.tables import KindTables
from collabdesk.ui.errors import user_message
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.ui.widgets import run_service_action

if TYPE_CHECKING:
    from collabdesk.services.container import Services

GROUP_KEY = "dashboard/group"
SPLITTER_KEY = "dashboard/splitter"


class DashboardTab(QWidget):
    open_requested = Signal(str, int)  # TARGET_* and the record's id: MainWindow.open_record
    figures_shown = Signal()  # once, when the first figures have been painted (start-up benchmark)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard_tab")
        self.services = services
        self.figures: AnnualFigures | None = None
        self.reminders: Reminders | None = None
        self._generation = 0
        self._shown_generation = 0
        self._dirty = True  # read again when next shown
        self._lists_read = False
        self._build()
        self.reload_lists()
        self._restore_layout()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.year_combo = QComboBox(objectName="dashboard_year")
        self.group_combo = QComboBox(objectName="dashboard_group")
        self.group_combo.setMinimumContentsLength(14)
        self.year_combo.currentIndexChanged.connect(lambda _index: self._choice_changed())
        self.group_combo.currentIndexChanged.connect(lambda _index: self._choice_changed())
        self.refresh_button = QPushButton(self.tr("새로 고침"), objectName="dashboard_refresh")
        self.refresh_button.setToolTip(self.tr("현황을 다시 읽습니다 (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("보고서 PDF…"), objectName="dashboard_report_pdf")
        self.pdf_button.setToolTip(self.tr("고른 연도와 그룹의 사업실적 보고서를 PDF로 저장합니다"))
        self.pdf_button.clicked.connect(lambda: self.save_report(PDF))
        self.xlsx_button = QPushButton(self.tr("보고서 Excel…"), objectName="dashboard_report_xlsx")
        self.xlsx_button.setToolTip(self.tr("고른 연도와 그룹의 사업실적 보고서를 Excel로 저장합니다"))
        self.xlsx_button.clicked.connect(lambda: self.save_report(XLSX))
        self.status = QLabel(objectName="dashboard_status")
        self.status.setStyleSheet("color: #5f6670;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("연도")))
        bar.addWidget(self.year_combo)
        bar.addWidget(QLabel(self.tr("그룹")))
        bar.addWidget(self.group_combo, 1)
        bar.addWidget(self.status, 2)
        for button in (self.refresh_button, self.pdf_button, self.xlsx_button):
            bar.addWidget(button)

        self.message = QLabel(objectName="dashboard_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.figures_panel = FiguresPanel()
        self.figures_panel.painted.connect(self.figures_shown)

        self.industry_chart = BarChart(HORIZONTAL)
        self.month_chart = BarChart(VERTICAL)
        self.outcome_chart = BarChart(VERTICAL)
        self.industry_panel = ChartPanel(self.tr("업종별 회원사"), self.industry_chart, "industry_chart")
        self.month_panel = ChartPanel(self.tr("월별 회의"), self.month_chart, "month_chart")
        self.outcome_panel = ChartPanel(self.tr("연도별 성과"), self.outcome_chart, "outcome_chart")
        self.tables = KindTables()
        self.tables.setObjectName("dashboard_tables")
        tables_frame = QFrame()
        tables_frame.setFrameShape(QFrame.Shape.StyledPanel)
        tables_box = QVBoxLayout(tables_frame)
        tables_box.setContentsMargins(0, 0, 0, 0)
        tables_box.addWidget(self.tables)
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        grid.addWidget(self.industry_panel, 0, 0)
        grid.addWidget(self.month_panel, 0, 1)
        grid.addWidget(self.outcome_panel, 1, 0)
        grid.addWidget(tables_frame, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        self.reminders_panel = RemindersPanel()
        self.reminders_panel.setMinimumWidth(220)
        self.reminders_panel.open_requested.connect(self.open_requested)
        self.reminders_panel.missing_requested.connect(self.show_missing)
        reminders_frame = QFrame()
        reminders_frame.setFrameShape(QFrame.Shape.StyledPanel)
        reminders_box = QVBoxLayout(reminders_frame)
        reminders_box.setContentsMargins(0, 0, 0, 0)
        reminders_box.addWidget(self.reminders_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("dashboard_splitter")
        self.splitter.addWidget(charts)
        self.splitter.addWidget(reminders_frame)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 340])

        content = QWidget(objectName="dashboard_content")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 4, 0)
        column.addWidget(self.message)
        column.addWidget(self.figures_panel)
        column.addWidget(self.splitter, 1)
        self.scroll_area = QScrollArea(objectName="dashboard_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

    def _restore_layout(self) -> None:
        state = QSettings().value(SPLITTER_KEY)
        if state:
            self.splitter.restoreState(state)

    def save_layout(self) -> None:
        QSettings().setValue(SPLITTER_KEY, self.splitter.saveState())

    # --- choices -------------------------------------------------------------------------
    def reload_lists(self) -> None:
        """Refill the year and group lists (groups may have been edited), keeping the choices; the
        first time, the current year and the group chosen in the last session. Reads no figures:
        `refresh` does (and showing the tab)."""
        if self._lists_read:
            year, group = self.year_combo.currentData(), self.group_combo.currentData()
        else:
            year = dt.date.today().year
            group = QSettings().value(GROUP_KEY, 0, type=int) or None
        years: list[int] = []
        groups: list[GroupInfo] = []
        try:
            years = self.services.annual.years()
            groups = self.services.groups.tree()
        except UserError as exc:
            self._show_failure(exc)
        if year not in years:
            years = sorted({*years, year}, reverse=True)
        for combo in (self.year_combo, self.group_combo):
            combo.blockSignals(True)
            combo.clear()
        for value in years:
            self.year_combo.addItem(self.tr("{0}년").format(value), value)
        self.group_combo.addItem(self.tr("전체"), None)
        for info in groups:
            self.group_combo.addItem("  " * info.depth + info.name, info.id)
            self.group_combo.setItemData(self.group_combo.count() - 1, info.path, Qt.ItemDataRole.ToolTipRole)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(group), 0))
        for combo in (self.year_combo, self.group_combo):
            combo.blockSignals(False)
        if self._lists_read and self.choice() != (year, group):
            self._dirty = True  # the chosen group is gone: the figures of what the lists now say
        self._lists_read = True

    def choice(self) -> tuple[int, int | None]:
        return int(self.year_combo.currentData()), self.group_combo.currentData()

    def group_name(self) -> str | None:
        return self.group_combo.currentText().strip() if self.group_combo.currentData() is not None else None

    def set_choice(self, year: int, group_id: int | None = None) -> None:
        """Choose a year and group as the user would (the figures are read again)."""
        for combo in (self.year_combo, self.group_combo):
            combo.blockSignals(True)  # one reading for both changes
        index = self.year_combo.findData(year)
        if index < 0:
            self.year_combo.addItem(self.tr("{0}년").format(year), year)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(group_id), 0))
        for combo in (self.year_combo, self.group_combo):
            combo.blockSignals(False)
        self._choice_changed()

    def _choice_changed(self) -> None:
        QSettings().setValue(GROUP_KEY, self.group_combo.currentData() or 0)
        self._reload()

    # --- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """F5, and whenever the tab is shown: the lists, figures and reminders read again (now if the
        tab is shown, else when it is next shown)."""
        self.reload_lists()
        self._reload()

    def _reload(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            # After the main window's own refresh on a tab change, which may read already.
            QTimer.singleShot(0, self._load_if_dirty)

    def _load_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self._load()

    def loading(self) -> bool:
        return self._shown_generation != self._generation

    def figures_current(self) -> bool:
        """True once the figures (or the failure to read them) of the current choice are shown."""
        return not self._dirty and not self.loading()

    def _load(self) -> None:
        self._dirty = False
        self._generation += 1
        generation = self._generation
        year, group_id = self.choice()
        annual, reminders = self.services.annual, self.services.reminders
        self.status.setText(self.tr("불러오는 중…"))

        def read(_progress: object) -> tuple[AnnualFigures, Reminders]:
            return annual.figures(year, group_id), reminders.reminders(group_id=group_id)

        BackgroundTask(
            self,
            self.tr("현황 읽기"),
            read,
            lambda result: self._loaded(generation, result),
            show_progress=False,
            on_error=lambda exc: self._failed(generation, exc),
        ).start()

    def _loaded(self, generation: int, result: tuple[AnnualFigures, Reminders]) -> None:
        if generation != self._generation:
            return  # a newer choice is being read
        self._shown_generation = generation
        self.figures, self.reminders = result
        self.message.hide()
        self.show_figures(result[0])
        self.reminders_panel.show_reminders(result[1])

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        self._show_failure(exc)

    def _show_failure(self, exc: BaseException) -> None:
        # In the tab, not in a box: the tab reads again each time it is shown.
        text = self.tr("현황을 읽지 못했습니다: {0}").format(user_message(exc))
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; padding: 6px;"
        )
        self.message.show()
        self.status.setText("")
        self.reminders_panel.show_message(self.tr("확인할 일을 읽지 못했습니다."), error=True)

    # --- showing -------------------------------------------------------------------------
    def show_figures(self, figures: AnnualFigures) -> None:
        # The year and group are in the combos; the group's whole path and the day go here.
        day = f"{figures.as_of.year}. {figures.as_of.month}. {figures.as_of.day}."
        self.status.setText(self.tr("{0} 기준").format(day))
        self.status.setToolTip(
            self.tr("{0}년 · {1} · {2} 기준").format(figures.year, figures.group_label, day)
        )
        self.figures_panel.show_figures(figures)
        self.tables.show_figures(figures)
        subtitle = f"{figures.year}" + (f" {self.group_name()}" if figures.group_id is not None else "")
        for panel in (self.industry_panel, self.month_panel, self.outcome_panel):
            panel.subtitle = subtitle
        self.industry_chart.set_bars(
            [
                Bar(
                    line.label,
                    line.count,
                    self.tr("{0}: {1}개사 · 매출 {2}원 · 종업원 {3}명").format(
                        line.label,
                        thousands(line.count),
                        compact_amount(line.sales),
                        thousands(line.employees),
                    ),
                )
                for line in figures.members.by_industry
                if line.count
            ]
        )
        self.month_chart.set_bars(
            [
                Bar(
                    self.tr("{0}월").format(month),
                    count,
                    self.tr("{0}월: 회의·행사 {1}회").format(month, count),
                )
                for month, count in enumerate(figures.meetings.per_month, start=1)
            ]
        )
        self.outcome_chart.set_bars(
            [
                Bar(self.tr("{0}년").format(year), count, self.tr("{0}년: 성과 {1}건").format(year, count))
                for year, count in figures.projects.outcomes_per_year
            ]
        )

    # --- actions -------------------------------------------------------------------------
    def show_missing(self, field: str) -> MissingMembersDialog | None:
        """The members of the chosen group without `field`; one opens with a double-click."""
        from collabdesk.services.reminders import MISSING_FIELDS

        _year, group_id = self.choice()
        members: list[tuple[int, str]] = []
        if not run_service_action(
            self, lambda: members.extend(self.services.reminders.members_missing(field, group_id))
        ):
            return None
        dialog = MissingMembersDialog(MISSING_FIELDS.get(field, field), members, self)
        dialog.open_requested.connect(self.open_requested)
        dialog.finished.connect(lambda _result: self._reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Not modal: the member opens in its tab while the list stays at hand for the next one.
        dialog.show()
        return dialog

    def save_report(self, extension: str) -> BackgroundTask | None:
        year, group_id = self.choice()
        return save_annual_report(self, self.services, year, group_id, self.group_name(), extension)

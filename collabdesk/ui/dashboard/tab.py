"""The 현황 tab, first in the window: the key figures of a year for all groups or one, three charts,
meetings and outcomes by kind, and the reminders of what needs doing — read in one background
task (with the year and group lists) whenever the tab is shown, the year or group changes, or F5 is
pressed. Nothing is read on the UI thread.

The mediation figures and reminders are narrowed to the chosen group only while the disputes tab is
unlocked (`access_provider`); locked, they are the whole federation's and the tab says so."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, Qt, QTimer, Signal
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
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import UserError
from collabdesk.formatting import compact_amount, thousands
from collabdesk.services.annual_types import AnnualFigures, Reminders
from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.groups import GroupInfo
from collabdesk.ui.dashboard.chart import HORIZONTAL, VERTICAL, Bar, BarChart
from collabdesk.ui.dashboard.chart_panel import ChartPanel
from collabdesk.ui.dashboard.figures_panel import FiguresPanel
from collabdesk.ui.dashboard.reminders_panel import MissingMembersDialog, RemindersPanel
from collabdesk.ui.dashboard.report_actions import PDF, XLSX, save_annual_report
from collabdesk.ui.dashboard.tables import KindTables
from collabdesk.ui.errors import user_message
from collabdesk.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from collabdesk.db.engine import Database
    from collabdesk.services.container import Services

log = logging.getLogger(__name__)

GROUP_KEY = "dashboard/group"  # + "/" + the database's digest: see group_key()
SPLITTER_KEY = "dashboard/splitter"
REMINDER_LIMIT = 5  # lines per kind of reminder; the rest is "…외 N건", shown in the kind's tab
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1  # a group's depth in the group list

T = TypeVar("T")


def group_key(db: Database) -> str:
    """Where the group chosen last is remembered: one per database, since a group id of one database
    is another group (or none) in the next."""
    path = db.sqlite_path
    name = str(path.resolve()) if path is not None else db.display_name
    return f"{GROUP_KEY}/{hashlib.sha256(name.encode('utf-8')).hexdigest()[:16]}"


@dataclass(frozen=True)
class DashboardReading:
    """What one reading brought: the lists for the combos (None when they could not be read) and the
    figures and reminders, each the value or the error that prevented it."""

    year: int
    group_id: int | None  # the group read: None also when the group asked for is gone
    years: list[int] | None
    groups: list[GroupInfo] | None
    figures: AnnualFigures | Exception
    reminders: Reminders | Exception


def _attempt(work: Callable[[], T]) -> T | Exception:
    try:
        return work()
    except Exception as exc:  # noqa: BLE001 - said in the tab; the other part may still show
        if not isinstance(exc, UserError):
            log.exception("the dashboard could not read its figures")
        return exc


def read_dashboard(
    services: Services,
    year: int,
    group_id: int | None,
    access: DisputeAccess | None = None,
    today: dt.date | None = None,
) -> DashboardReading:
    """Everything the tab shows (off the UI thread). The figures and the reminders are read each on
    its own: a failure of one leaves the other to be shown."""
    lists = _attempt(lambda: (services.annual.years(today), services.groups.tree()))
    years: list[int] | None = None
    groups: list[GroupInfo] | None = None
    if not isinstance(lists, Exception):
        years, groups = lists
        if group_id is not None and all(info.id != group_id for info in groups):
            group_id = None  # deleted meanwhile (or remembered from long ago): everyone's figures
    chosen = group_id
    figures = _attempt(lambda: services.annual.figures(year, chosen, today, access=access))
    reminders = _attempt(lambda: services.reminders.reminders(today, chosen, REMINDER_LIMIT, access=access))
    return DashboardReading(year, group_id, years, groups, figures, reminders)


class _IndentedItems(QStyledItemDelegate):
    """The group list indented by depth when it is open; the closed combo shows the name alone."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        depth = index.data(DEPTH_ROLE)
        if isinstance(depth, int) and depth > 0:
            option.text = "    " * depth + option.text


class DashboardTab(QWidget):
    open_requested = Signal(str, int)  # TARGET_* and the record's id: MainWindow.open_record
    member_edit_requested = Signal(int)  # a member of a missing-data list: its editor
    reminders_requested = Signal(str)  # a kind's "…외 N건": every reminder of that kind, in its tab
    figures_shown = Signal()  # once, when the first figures have been painted (start-up benchmark)
    read_failed = Signal(str)  # the figures could not be read: the message shown

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        access_provider: Callable[[], DisputeAccess | None] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("dashboard_tab")
        self.services = services
        # The disputes tab's access now: unlocked, the mediation figures are the chosen group's.
        self.access_provider = access_provider or (lambda: None)
        self.figures: AnnualFigures | None = None
        self.reminders: Reminders | None = None
        self.missing_dialogs: dict[str, MissingMembersDialog] = {}
        self._missing_generation: dict[str, int] = {}
        self._generation = 0
        self._shown_generation = 0
        self._dirty = True  # read again when next shown
        self._lists_read = False
        self._group_key = group_key(services.db)
        # Until the lists come with the first reading: this year, and the group chosen last time.
        self._pending_group: int | None = QSettings().value(self._group_key, 0, type=int) or None
        self._build()
        self._restore_layout()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.year_combo = QComboBox(objectName="dashboard_year")
        self.group_combo = QComboBox(objectName="dashboard_group")
        self.group_combo.setMinimumContentsLength(14)
        self.group_combo.setItemDelegate(_IndentedItems(self.group_combo))
        this_year = dt.date.today().year
        self.year_combo.addItem(self.tr("{0}년").format(this_year), this_year)  # the rest once read
        self.group_combo.addItem(self.tr("전체"), None)
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
        self.reminders_panel.more_requested.connect(self.reminders_requested)
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
    def _fill_lists(self, reading: DashboardReading) -> None:
        """Refill the year and group lists from a reading (groups may have been edited), showing the
        year and group it was read for."""
        assert reading.years is not None and reading.groups is not None
        years = (
            reading.years
            if reading.year in reading.years
            else sorted({*reading.years, reading.year}, reverse=True)
        )
        for combo in (self.year_combo, self.group_combo):
            combo.blockSignals(True)
            combo.clear()
        for value in years:
            self.year_combo.addItem(self.tr("{0}년").format(value), value)
        self.group_combo.addItem(self.tr("전체"), None)
        for info in reading.groups:
            self.group_combo.addItem(info.name, info.id)
            index = self.group_combo.count() - 1
            self.group_combo.setItemData(index, info.depth, DEPTH_ROLE)
            self.group_combo.setItemData(index, info.path, Qt.ItemDataRole.ToolTipRole)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(reading.year), 0))
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(reading.group_id), 0))
        for combo in (self.year_combo, self.group_combo):
            combo.blockSignals(False)
        # The group chosen may have been gone: the one now shown is remembered.
        QSettings().setValue(self._group_key, reading.group_id or 0)
        self._lists_read = True
        self._pending_group = None

    def choice(self) -> tuple[int, int | None]:
        group = self.group_combo.currentData() if self._lists_read else self._pending_group
        return int(self.year_combo.currentData()), group

    def group_name(self) -> str | None:
        return (
            self.group_combo.currentText()
            if self._lists_read and self.group_combo.currentData() is not None
            else None
        )

    def set_choice(self, year: int, group_id: int | None = None) -> None:
        """Choose a year and group as the user would (the figures are read again)."""
        for combo in (self.year_combo, self.group_combo):
            combo.blockSignals(True)  # one reading for both changes
        index = self.year_combo.findData(year)
        if index < 0:
            self.year_combo.addItem(self.tr("{0}년").format(year), year)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)
        if self._lists_read:
            self.group_combo.setCurrentIndex(max(self.group_combo.findData(group_id), 0))
        else:
            self._pending_group = group_id
        for combo in (self.year_combo, self.group_combo):
            combo.blockSignals(False)
        self._choice_changed()

    def _choice_changed(self) -> None:
        QSettings().setValue(self._group_key, self.choice()[1] or 0)
        self._reload()

    # --- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """F5, whenever the tab is shown, and after changes elsewhere: the lists, figures and
        reminders read again (now if the tab is shown, else when it is next shown), and the open
        missing-data lists."""
        self._reload()
        for field in list(self.missing_dialogs):
            self._read_missing(field)

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
        access = self.access_provider()
        services = self.services
        self.status.setText(self.tr("불러오는 중…"))
        BackgroundTask(
            self,
            self.tr("현황 읽기"),
            lambda _progress: read_dashboard(services, year, group_id, access),
            lambda reading: self._loaded(generation, reading),
            show_progress=False,
            on_error=lambda exc: self._failed(generation, exc),
        ).start()

    def _loaded(self, generation: int, reading: DashboardReading) -> None:
        if generation != self._generation:
            return  # a newer choice is being read
        self._shown_generation = generation
        if reading.years is not None and reading.groups is not None:
            self._fill_lists(reading)
        if isinstance(reading.figures, Exception):
            self._show_failure(reading.figures)
        else:
            self.figures = reading.figures
            self.message.hide()
            self.show_figures(reading.figures)
        if isinstance(reading.reminders, Exception):
            self.reminders = None
            self.reminders_panel.show_message(
                self.tr("확인할 일을 읽지 못했습니다: {0}").format(user_message(reading.reminders)),
                error=True,
            )
        else:
            self.reminders = reading.reminders
            self.reminders_panel.show_reminders(reading.reminders)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        self._show_failure(exc)
        self.reminders = None
        self.reminders_panel.show_message(self.tr("확인할 일을 읽지 못했습니다."), error=True)

    def _show_failure(self, exc: BaseException) -> None:
        """The figures could not be read: said in the tab (not in a box: the tab reads again each
        time it is shown), and nothing of an earlier choice left standing under the new one."""
        text = self.tr("현황을 읽지 못했습니다: {0}").format(user_message(exc))
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; padding: 6px;"
        )
        self.message.show()
        self.status.setText("")
        self.status.setToolTip("")
        self.figures = None
        self.figures_panel.show_placeholder()
        for chart in (self.industry_chart, self.month_chart, self.outcome_chart):
            chart.set_bars([])
        for panel in (self.industry_panel, self.month_panel, self.outcome_panel):
            panel.subtitle = panel.context = ""
        self.tables.clear()
        self.read_failed.emit(text)

    # --- showing -------------------------------------------------------------------------
    def show_figures(self, figures: AnnualFigures) -> None:
        # The year and group are in the combos; the group's whole path and the day go here.
        day = f"{figures.as_of.year}. {figures.as_of.month}. {figures.as_of.day}."
        context = self.tr("{0}년 · {1} · {2} 기준").format(figures.year, figures.group_label, day)
        self.status.setText(self.tr("{0} 기준").format(day))
        self.status.setToolTip(context)
        self.figures_panel.show_figures(figures)
        self.tables.show_figures(figures)
        subtitle = f"{figures.year}" + (f" {self.group_name()}" if figures.group_id is not None else "")
        for panel in (self.industry_panel, self.month_panel, self.outcome_panel):
            panel.subtitle = subtitle
            panel.context = context
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
    def show_missing(self, field: str) -> None:
        """The members of the chosen group without `field`, read in the background, in one list per
        field (brought to the front, and read again, when it is open already)."""
        dialog = self.missing_dialogs.get(field)
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        self._read_missing(field, self.choice()[1] if dialog is None else None)

    def _read_missing(self, field: str, group_id: int | None = None) -> None:
        """(Re)fill the list of `field`: of `group_id` for a new list, of its own group for an open one."""
        dialog = self.missing_dialogs.get(field)
        if dialog is not None:
            group_id = dialog.group_id
        generation = self._missing_generation.get(field, 0) + 1
        self._missing_generation[field] = generation
        reminders = self.services.reminders
        group_label = self.group_name() if group_id is not None else None
        BackgroundTask(
            self,
            self.tr("회원사 목록 읽기"),
            lambda _progress: reminders.members_missing(field, group_id),
            lambda members: self._missing_read(field, generation, group_id, group_label, members),
            show_progress=False,
        ).start()

    def _missing_read(
        self,
        field: str,
        generation: int,
        group_id: int | None,
        group_label: str | None,
        members: list[tuple[int, str]],
    ) -> None:
        if generation != self._missing_generation.get(field):
            return  # asked again since
        dialog = self.missing_dialogs.get(field)
        if dialog is not None:
            dialog.set_members(members)
            return
        from collabdesk.services.reminders import MISSING_FIELDS

        dialog = MissingMembersDialog(MISSING_FIELDS.get(field, field), members, self, group_id, group_label)
        dialog.edit_requested.connect(self.member_edit_requested)
        dialog.finished.connect(lambda _result: self._missing_closed(field))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.missing_dialogs[field] = dialog
        # Not modal: the member's editor opens while the list stays at hand for the next one.
        dialog.show()

    def _missing_closed(self, field: str) -> None:
        self.missing_dialogs.pop(field, None)
        self._reload()

    def save_report(self, extension: str) -> BackgroundTask | None:
        year, group_id = self.choice()
        return save_annual_report(
            self, self.services, year, group_id, self.group_name(), extension, access=self.access_provider()
        )

"""The 현황 tab on a real database (the sample 협업그룹): the cards and charts show the services'
figures of the chosen year and group, reading again on a new choice and F5, with the year and group
lists read in the background too; a failed read said in Korean and leaving nothing of the last choice
on the screen; a stale reading dropped; the reminders open their records, "…외 N건" its tab; one
missing-data list per field whose members open in their editor; the annual report buttons write a
real PDF and workbook; the mediation figures of a group only while the disputes tab is unlocked; and
the main window opens on the tab and refreshes it after changes elsewhere."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem

from collabdesk.errors import UserError
from collabdesk.services.annual_types import (
    SEVERITY_OVERDUE,
    TARGET_MEETING,
    TARGET_MISSING,
    TARGET_PROJECT,
)
from collabdesk.services.container import Services
from collabdesk.services.reminders import KIND_ACTIONS, KIND_DISPUTES, KIND_MILESTONES
from collabdesk.services.sample_data import make_brn
from collabdesk.ui.dashboard import report_actions
from collabdesk.ui.dashboard.chart import BAR_COLOR
from collabdesk.ui.dashboard.reminders_panel import MissingMembersDialog
from collabdesk.ui.dashboard.tab import REMINDER_LIMIT, DashboardTab, group_key, read_dashboard
from collabdesk.ui.main_window import EXIT_AFTER_PAINT_ENV, TAB_IDS, MainWindow
from collabdesk.ui.tasks import BackgroundTask

WAIT = 10_000
PASSWORD = "조정비번2026"


def open_tab(qtbot, services: Services) -> DashboardTab:  # type: ignore[no-untyped-def]
    tab = DashboardTab(services)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)
    return tab


@pytest.fixture
def tab(qtbot, sample_services: Services) -> DashboardTab:  # type: ignore[no-untyped-def]
    return open_tab(qtbot, sample_services)


def group_id(services: Services, name: str) -> int:
    return next(group.id for group in services.groups.tree() if group.name == name)


def choose(qtbot, tab: DashboardTab, year: int | None = None, group: int | None = -1) -> None:  # type: ignore[no-untyped-def]
    """Pick in the combos as the user does, then wait for the figures of that choice."""
    if year is not None:
        tab.year_combo.setCurrentIndex(tab.year_combo.findData(year))
    if group != -1:
        tab.group_combo.setCurrentIndex(tab.group_combo.findData(group))
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)


# --- figures ---------------------------------------------------------------------------------
def test_cards_and_charts_show_the_figures_of_this_year(tab: DashboardTab, sample_services: Services) -> None:
    year = dt.date.today().year
    assert tab.choice() == (year, None)
    assert tab.year_combo.currentText() == f"{year}년" and tab.group_combo.currentText() == "전체"
    expected = sample_services.annual.figures(year)
    assert tab.figures == expected

    members = tab.figures_panel.card_text("members")
    assert members == ("12개사", f"가입 {expected.members.joined} · 탈퇴 {expected.members.left}")
    assert tab.figures_panel.card_text("sales")[0] == "1,427억원"  # 142,650,000,000원
    assert tab.figures_panel.card_text("employees")[0] == "757명"
    assert tab.figures_panel.card_text("meetings")[0] == f"{expected.meetings.total}회"
    assert tab.figures_panel.card_text("projects")[0] == f"{expected.projects.active}건 진행"
    certificates = tab.figures_panel.card_text("certificates")
    assert certificates[0] == f"{expected.certificates.issued}건 발급"
    assert certificates[1].startswith(f"취소 {expected.certificates.revoked}건")
    assert tab.figures_panel.card_text("disputes")[0] == f"{expected.disputes.open_now}건 진행"

    assert tab.industry_chart.values() == [("전기·전자", 3), ("기계·금속", 5), ("섬유·화공", 2), ("기타", 2)]
    assert tab.month_chart.values() == [(f"{m}월", n) for m, n in enumerate(expected.meetings.per_month, 1)]
    assert tab.outcome_chart.values() == [(f"{y}년", n) for y, n in expected.projects.outcomes_per_year]
    assert len(tab.outcome_chart.values()) == 5 and tab.outcome_chart.values()[-1][0] == f"{year}년"
    day = expected.as_of
    assert tab.status.text() == f"{day.year}. {day.month}. {day.day}. 기준"
    assert tab.status.toolTip() == f"{year}년 · 전체 · {day.year}. {day.month}. {day.day}. 기준"
    assert tab.industry_panel.context == tab.status.toolTip()  # under the title of a saved PNG
    assert not tab.message.isVisible()


def test_the_year_lists_the_years_with_data(tab: DashboardTab, sample_services: Services) -> None:
    years = [tab.year_combo.itemData(i) for i in range(tab.year_combo.count())]
    assert years == sample_services.annual.years()
    assert dt.date.today().year in years


def test_another_year_and_group_are_read_again(qtbot, tab: DashboardTab, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    this_year = tab.choice()[0]
    last_year = this_year - 1
    before = tab.month_chart.values()
    choose(qtbot, tab, year=last_year)
    expected = sample_services.annual.figures(last_year)
    assert tab.figures is not None and tab.figures.year == last_year
    assert tab.month_chart.values() == [(f"{m}월", n) for m, n in enumerate(expected.meetings.per_month, 1)]
    assert tab.month_chart.values() != before
    assert tab.figures_panel.card_text("meetings")[0] == f"{expected.meetings.total}회"

    committee = group_id(sample_services, "R&D분과")
    choose(qtbot, tab, group=committee)
    expected = sample_services.annual.figures(last_year, committee)
    assert tab.figures == expected and expected.group_id == committee
    assert 0 < expected.members.total < 12
    assert tab.figures_panel.card_text("members")[0] == f"{expected.members.total}개사"
    assert sum(n for _label, n in tab.industry_chart.values()) == expected.members.total
    assert tab.industry_panel.default_file_name() == f"업종별 회원사 {last_year} R&D분과.png"

    # The closed list shows the group's name without the indentation of the open list.
    assert tab.group_combo.currentText() == "R&D분과"
    view = tab.group_combo.view()
    index = tab.group_combo.model().index(tab.group_combo.currentIndex(), 0)
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)
    assert option.text.strip() == "R&D분과" and option.text.startswith("    ")

    # The group is remembered for the next start (of this database only), the year is not.
    assert QSettings().value(group_key(sample_services.db), type=int) == committee
    again = open_tab(qtbot, sample_services)
    assert again.choice() == (this_year, committee)
    assert again.figures == sample_services.annual.figures(this_year, committee)


def test_the_remembered_group_belongs_to_its_database(tmp_path: Path, sample_services: Services) -> None:
    from collabdesk.db.engine import Database

    other = Database.open(tmp_path / "다른.sqlite3")
    try:
        assert group_key(other) != group_key(sample_services.db)
        assert group_key(other) == group_key(Database.open(tmp_path / "." / "다른.sqlite3"))
    finally:
        other.dispose()


def test_a_group_gone_since_shows_everyone(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    gone = sample_services.groups.create("없어질그룹", "분과")
    QSettings().setValue(group_key(sample_services.db), gone)
    sample_services.groups.delete(gone)
    tab = open_tab(qtbot, sample_services)
    assert tab.choice() == (dt.date.today().year, None) and tab.group_combo.currentText() == "전체"
    assert not tab.message.isVisible() and tab.figures == sample_services.annual.figures(dt.date.today().year)
    assert QSettings().value(group_key(sample_services.db), type=int) == 0


def test_the_lists_are_read_in_the_background(
    qtbot, sample_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    on_ui_thread: list[str] = []

    def off_the_ui_thread(name: str, read):  # type: ignore[no-untyped-def]
        def wrapped(*args: object, **kwargs: object) -> object:
            if threading.current_thread() is threading.main_thread():
                on_ui_thread.append(name)
            return read(*args, **kwargs)

        return wrapped

    years, groups = sample_services.annual.years(), [info.id for info in sample_services.groups.tree()]
    for owner, name in (
        (sample_services.annual, "years"),
        (sample_services.annual, "figures"),
        (sample_services.groups, "tree"),
        (sample_services.reminders, "reminders"),
        (sample_services.reminders, "members_missing"),
    ):
        monkeypatch.setattr(owner, name, off_the_ui_thread(name, getattr(owner, name)))
    tab = DashboardTab(sample_services)
    qtbot.addWidget(tab)
    # Nothing read yet: this year and 전체 only.
    assert [tab.year_combo.itemText(i) for i in range(tab.year_combo.count())] == [
        f"{dt.date.today().year}년"
    ]
    assert [tab.group_combo.itemText(i) for i in range(tab.group_combo.count())] == ["전체"]
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)
    assert [tab.year_combo.itemData(i) for i in range(tab.year_combo.count())] == years and len(years) > 1
    assert [tab.group_combo.itemData(i) for i in range(1, tab.group_combo.count())] == groups
    tab.refresh()  # F5
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)
    tab.show_missing("phone")
    qtbot.waitUntil(lambda: "phone" in tab.missing_dialogs, timeout=WAIT)
    tab.missing_dialogs["phone"].close()
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)
    assert on_ui_thread == []


def test_an_older_reading_arriving_late_is_dropped(
    qtbot, tab: DashboardTab, sample_services: Services
) -> None:  # type: ignore[no-untyped-def]
    this_year = tab.choice()[0]
    old_generation = tab._generation
    stale = read_dashboard(sample_services, this_year, None)
    choose(qtbot, tab, year=this_year - 1)
    newer = tab.figures
    assert newer is not None and newer.year == this_year - 1 and tab._generation > old_generation
    # The answer to the earlier choice comes after the newer one: nothing of it is shown.
    tab._loaded(old_generation, stale)
    assert tab.figures is newer and tab.choice()[0] == this_year - 1
    assert tab.figures_panel.card_text("meetings")[0] == f"{newer.meetings.total}회"
    tab._failed(old_generation, RuntimeError("늦게 온 실패"))
    assert not tab.message.isVisible() and tab.figures is newer


def test_f5_reads_changes_made_elsewhere(qtbot, tab: DashboardTab, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    sample_services.members.create({"name": "(주)새로온기업", "brn": make_brn(901), "industry": "기타"})
    assert tab.figures_panel.card_text("members")[0] == "12개사"  # nothing read yet
    f5 = [s for s in tab.findChildren(QShortcut) if s.key() == QKeySequence(Qt.Key.Key_F5)]
    assert len(f5) == 1
    f5[0].activated.emit()
    qtbot.waitUntil(lambda: tab.figures_panel.card_text("members")[0] == "13개사", timeout=WAIT)
    assert ("기타", 3) in tab.industry_chart.values()


def test_a_failed_read_is_said_in_the_tab(
    qtbot, tab: DashboardTab, sample_services: Services, monkeypatch: pytest.MonkeyPatch, messages
) -> None:  # type: ignore[no-untyped-def]
    def refused(*_args: object, **_kwargs: object) -> None:
        raise UserError("데이터베이스 서버에 연결할 수 없습니다.")

    assert tab.industry_chart.values() and tab.tables.rows(tab.tables.meetings)
    monkeypatch.setattr(sample_services.annual, "figures", refused)
    choose(qtbot, tab, year=tab.choice()[0] - 1)
    assert tab.message.isVisible()
    assert tab.message.text() == "현황을 읽지 못했습니다: 데이터베이스 서버에 연결할 수 없습니다."
    # Nothing of the year shown before stays under the new choice.
    assert tab.figures is None
    assert all(tab.figures_panel.card_text(name) == ("–", "") for name in tab.figures_panel.cards)
    assert tab.industry_chart.values() == tab.month_chart.values() == tab.outcome_chart.values() == []
    assert tab.tables.rows(tab.tables.meetings) == [] and tab.tables.rows(tab.tables.outcomes) == []
    assert tab.status.text() == ""
    # The reminders were read on their own, and are shown.
    assert tab.reminders is not None and tab.reminders_panel.stack.currentWidget() is tab.reminders_panel.tree

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("no such column: members.sales")

    monkeypatch.setattr(sample_services.annual, "figures", broken)
    tab.refresh()
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)
    assert tab.message.text().startswith("현황을 읽지 못했습니다: 예상하지 못한 오류가 발생했습니다.")
    assert "Traceback" not in tab.message.text() and "no such column" not in tab.message.text()
    assert messages.texts == []  # in the tab, not in a box

    monkeypatch.undo()
    tab.refresh()
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)
    assert not tab.message.isVisible() and tab.figures is not None and tab.industry_chart.values()


def test_failed_reminders_leave_the_figures_shown(
    qtbot, tab: DashboardTab, sample_services: Services, monkeypatch: pytest.MonkeyPatch, messages
) -> None:  # type: ignore[no-untyped-def]
    def refused(*_args: object, **_kwargs: object) -> None:
        raise UserError("데이터베이스 서버에 연결할 수 없습니다.")

    monkeypatch.setattr(sample_services.reminders, "reminders", refused)
    choose(qtbot, tab, year=tab.choice()[0] - 1)
    assert tab.figures is not None and tab.figures.year == tab.choice()[0]
    assert not tab.message.isVisible()
    assert tab.figures_panel.card_text("members")[0] == f"{tab.figures.members.total}개사"
    assert tab.reminders is None
    assert tab.reminders_panel.stack.currentWidget() is tab.reminders_panel.message
    assert tab.reminders_panel.message.text() == (
        "확인할 일을 읽지 못했습니다: 데이터베이스 서버에 연결할 수 없습니다."
    )
    assert messages.texts == []


# --- reminders ---------------------------------------------------------------------------------
def test_reminders_show_in_order_and_open_their_record(
    qtbot, tab: DashboardTab, sample_services: Services
) -> None:  # type: ignore[no-untyped-def]
    expected = sample_services.reminders.reminders(limit=REMINDER_LIMIT)
    assert tab.reminders == expected
    lines = tab.reminders_panel.shown_lines()
    texts = [item.text for item in expected.items]
    assert [line for line in lines if line in texts] == sorted(
        texts,
        key=lambda text: [item.kind for item in expected.items].index(
            next(item.kind for item in expected.items if item.text == text)
        ),
    )
    overdue = [item for item in expected.items if item.severity == SEVERITY_OVERDUE]
    assert overdue and expected.items[: len(overdue)] == overdue  # overdue first
    for item in overdue:
        assert tab.reminders_panel.item_of(item.text).foreground(0).color().name() == "#c62828"

    action = next(item for item in expected.items if item.target == TARGET_MEETING)
    shown = tab.reminders_panel.item_of(action.text)
    rect = tab.reminders_panel.tree.visualItemRect(shown)
    viewport = tab.reminders_panel.tree.viewport()
    with qtbot.waitSignal(tab.open_requested) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [TARGET_MEETING, action.record_id]


def test_at_most_five_reminders_of_a_kind_and_the_rest_in_its_tab(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    from collabdesk.services.projects import ProjectFilter
    from collabdesk.validation.project import RUNNING, MilestoneData

    project = sample_services.projects.search(ProjectFilter(status=RUNNING))[0]
    today = dt.date.today()
    for n in range(1, 9):  # eight overdue milestones besides the sample's own
        sample_services.projects.save_milestone(
            project.id, MilestoneData(f"지난 단계 {n}", due_on=today - dt.timedelta(days=n))
        )
    everything = sample_services.reminders.reminders()
    milestones = [item.text for item in everything.items if item.kind == KIND_MILESTONES]
    assert len(milestones) > REMINDER_LIMIT

    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    dashboard = window.dashboard_tab
    assert dashboard is not None
    qtbot.waitUntil(dashboard.figures_current, timeout=WAIT)
    lines = dashboard.reminders_panel.shown_lines()
    heading = lines.index(f"{KIND_MILESTONES} ({len(milestones)})")
    shown = lines[heading + 1 : heading + 2 + REMINDER_LIMIT]
    # The oldest five, in the service's order, then the rest as one line.
    assert shown[:REMINDER_LIMIT] == milestones[:REMINDER_LIMIT]
    assert shown[-1] == f"…외 {len(milestones) - REMINDER_LIMIT}건 — 모두 보기"
    more = dashboard.reminders_panel.more_item(KIND_MILESTONES)
    assert more is not None
    dashboard.reminders_panel.activate(more)
    assert window.tabs.currentWidget() is window.projects_tab
    for kind, tab in ((KIND_ACTIONS, window.meetings_tab), (KIND_DISPUTES, window.disputes_tab)):
        window.select_tab("dashboard")
        window.show_reminders_of(kind)
        assert window.tabs.currentWidget() is tab
    window.close()


def test_missing_data_lists_one_per_field_whose_members_open_in_their_editor(
    qtbot, sample_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from collabdesk.ui.members.form import MemberFormDialog

    lacking = sample_services.members.create({"name": "(주)전화없는기업", "brn": make_brn(902)})
    edited: list[int | None] = []

    def edit(dialog: MemberFormDialog) -> int:
        edited.append(dialog._member_id)
        # As if its 전화번호 was filled in and saved.
        sample_services.members.update(
            lacking,
            {"name": "(주)전화없는기업", "brn": make_brn(902), "phone": "031-336-3133"},
            sample_services.members.get(lacking).version,
        )
        return 1

    monkeypatch.setattr(MemberFormDialog, "exec", edit)
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    tab = window.dashboard_tab
    assert tab is not None
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)
    reminder = next(
        item for item in tab.reminders.items if item.target == TARGET_MISSING and item.field == "phone"
    )
    item = tab.reminders_panel.item_of(reminder.text)
    assert item is not None

    tab.reminders_panel.activate(item)
    qtbot.waitUntil(lambda: "phone" in tab.missing_dialogs, timeout=WAIT)
    dialog = tab.missing_dialogs["phone"]  # a child of the tab, deleted when closed
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "전화번호 없는 회원사"
    expected = sample_services.reminders.members_missing("phone")
    assert dialog.names() == [name for _id, name in expected]
    assert "(주)전화없는기업" in dialog.names()
    # Asked again: the same list, brought to the front, not a second one.
    tab.reminders_panel.activate(item)
    assert BackgroundTask.wait_for_all(WAIT)
    qtbot.wait(50)
    assert tab.missing_dialogs["phone"] is dialog
    assert len([d for d in tab.findChildren(MissingMembersDialog) if d.isVisible()]) == 1

    # A double-click opens the member's editor in the member tab; saved, the member leaves the list.
    row = dialog.names().index("(주)전화없는기업")
    dialog.list.itemActivated.emit(dialog.list.item(row))
    assert edited == [lacking]
    assert window.tabs.currentWidget() is window.members_tab
    assert window.members_tab.selected_member_id() == lacking
    qtbot.waitUntil(lambda: "(주)전화없는기업" not in dialog.names(), timeout=WAIT)
    assert dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: "phone" not in tab.missing_dialogs, timeout=WAIT)
    window.close()


# --- the annual report -----------------------------------------------------------------------------
@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """'지금 열어 보시겠습니까?' answered 아니요; returns the texts asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_report_buttons_write_a_pdf_and_a_workbook(
    qtbot, tab: DashboardTab, sample_services: Services, tmp_path: Path, monkeypatch, answered, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    year = tab.choice()[0]
    offered: list[str] = []
    targets = iter([tmp_path / "보고서.pdf", tmp_path / "보고서.xlsx"])

    def ask(_parent: object, _title: str, name: str, _filter: str, _suffix: str) -> Path:
        offered.append(name)
        return next(targets)

    monkeypatch.setattr(report_actions, "ask_save_path", ask)
    tab.pdf_button.click()
    qtbot.waitUntil(lambda: len(answered) == 1, timeout=WAIT)
    assert offered == [f"{year}년 사업실적 보고서.pdf"]
    assert str(tmp_path / "보고서.pdf") in answered[0]
    assert (tmp_path / "보고서.pdf").read_bytes().startswith(b"%PDF-")
    text = pdf_text(tmp_path / "보고서.pdf")
    assert f"{year}년 사업실적 보고서" in text and "회원사 12개사" in text

    committee = group_id(sample_services, "R&D분과")
    choose(qtbot, tab, group=committee)
    tab.xlsx_button.click()
    qtbot.waitUntil(lambda: len(answered) == 2, timeout=WAIT)
    assert offered[1] == f"{year}년 사업실적 보고서 (R&D분과).xlsx"
    book = load_workbook(tmp_path / "보고서.xlsx")
    cells = [
        str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row if c
    ]
    assert any("R&D분과" in cell for cell in cells)


def test_the_saved_report_can_be_opened_at_once(
    qtbot, tab: DashboardTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(report_actions, "ask_save_path", lambda *_args: tmp_path / "보고서.pdf")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab.save_report(".pdf")
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT)
    assert opened[0].toLocalFile() == str(tmp_path / "보고서.pdf")


def test_a_cancelled_save_dialog_writes_nothing(
    tab: DashboardTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_actions, "ask_save_path", lambda *_args: None)
    assert tab.save_report(".pdf") is None
    assert list(tmp_path.glob("*.pdf")) == []


# --- the main window ----------------------------------------------------------------------------
def test_the_main_window_opens_on_the_dashboard(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    assert TAB_IDS[0] == "dashboard" and TAB_IDS[1] == "members"
    assert window.tabs.tabText(0) == "현황" and window.tabs.widget(0) is window.dashboard_tab
    assert window.tabs.tabText(1) == "회원사 명부" and window.tabs.widget(1) is window.members_tab
    assert window.tabs.currentIndex() == 0
    dashboard = window.dashboard_tab
    assert dashboard is not None
    with qtbot.waitSignal(dashboard.figures_shown, timeout=WAIT):
        window.show()
    assert dashboard.figures_current() and dashboard.figures is not None

    # A reminder's record opens in its own tab.
    project = sample_services.projects.search()[0].id
    dashboard.open_requested.emit(TARGET_PROJECT, project)
    assert window.tabs.currentWidget() is window.projects_tab
    assert window.projects_tab.selected_project_id() == project

    # Back on the dashboard, it reads again (a member added meanwhile counts).
    sample_services.members.create({"name": "(주)다시읽기", "brn": make_brn(903)})
    window.select_tab("dashboard")
    qtbot.waitUntil(lambda: dashboard.figures_panel.card_text("members")[0] == "13개사", timeout=WAIT)
    window.close()


def test_the_screenshot_command_shows_the_dashboards_figures(
    data_dir: Path, sample_db: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "현황.png"
    env = {k: v for k, v in os.environ.items() if k != "COLLABDESK_DB"}
    env.update(COLLABDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "collabdesk", "--db", str(sample_db), "screenshot", "--tab", "dashboard"]
    result = subprocess.run([*command, "--out", str(out)], env=env, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 860)
    # The bars of the charts are painted: the figures had arrived before the picture was taken.
    assert any(image.pixelColor(x, y) == BAR_COLOR for x in range(0, 1400, 3) for y in range(200, 860, 3))


def test_a_roster_import_or_undo_refreshes_the_dashboard(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.dashboard_tab
    assert dashboard is not None
    qtbot.waitUntil(dashboard.figures_current, timeout=WAIT)
    assert dashboard.figures_panel.card_text("members")[0] == "12개사"
    sample_services.members.create({"name": "(주)가져온기업", "brn": make_brn(905), "industry": "기타"})
    window.members_changed()  # what the import wizard and the undo of an import call
    qtbot.waitUntil(lambda: dashboard.figures_panel.card_text("members")[0] == "13개사", timeout=WAIT)
    window.close()


def test_the_first_read_failing_ends_the_benchmarked_start(
    qtbot, sample_services: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    def refused(*_args: object, **_kwargs: object) -> None:
        raise UserError("데이터베이스 서버에 연결할 수 없습니다.")

    exits: list[int] = []
    monkeypatch.setenv(EXIT_AFTER_PAINT_ENV, "1")
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    monkeypatch.setattr(sample_services.annual, "figures", refused)
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: exits == [1], timeout=WAIT)
    out = capsys.readouterr().out
    failed = [line for line in out.splitlines() if line.startswith("dashboard-failed ")]
    assert len(failed) == 1 and failed[0].endswith(
        "현황을 읽지 못했습니다: 데이터베이스 서버에 연결할 수 없습니다."
    )
    assert "dashboard-painted" not in out


# --- the mediation records' lock --------------------------------------------------------------------
def test_a_groups_mediation_figures_only_while_unlocked(
    qtbot, sample_services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import collabdesk.ui.disputes.unlock as unlock

    # A group whose one member is party to no case: unlocked, it has no mediation cases at all.
    outsiders = sample_services.groups.create("조정없는그룹", "분과")
    sample_services.members.create({"name": "(주)평화기업", "brn": make_brn(906), "group_ids": [outsiders]})
    sample_services.disputes.set_password(PASSWORD)
    year = dt.date.today().year
    federation = sample_services.annual.figures(year).disputes
    assert federation.open_now >= 1

    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    dashboard, disputes = window.dashboard_tab, window.disputes_tab
    assert dashboard is not None and disputes is not None and not disputes.unlocked
    qtbot.waitUntil(dashboard.figures_current, timeout=WAIT)
    choose(qtbot, dashboard, group=outsiders)
    # Locked: the federation's cases, and the card and the reminders say so.
    assert dashboard.figures is not None and dashboard.figures.disputes.whole_federation
    assert dashboard.figures.disputes.open_now == federation.open_now
    assert dashboard.figures_panel.card_note("disputes") == "연합회 전체 수치 — 그룹별은 조정 암호 입력 후"
    assert dashboard.reminders is not None and dashboard.reminders.disputes_whole_federation
    assert any(
        line.startswith(KIND_DISPUTES) and line.endswith(" — 연합회 전체")
        for line in dashboard.reminders_panel.shown_lines()
    )

    # Unlocked in the disputes tab: the dashboard reads again, with the group's own cases (none).
    monkeypatch.setattr(unlock, "ask_unlock", lambda *_args: sample_services.disputes.access(PASSWORD))
    disputes.lock_bar.unlock_requested.emit()
    assert disputes.unlocked
    qtbot.waitUntil(
        lambda: (
            dashboard.figures_current()
            and dashboard.figures is not None
            and not dashboard.figures.disputes.whole_federation
        ),
        timeout=WAIT,
    )
    assert dashboard.figures.disputes.open_now == 0 and dashboard.figures.disputes.received == 0
    assert dashboard.figures_panel.card_note("disputes") == ""
    assert dashboard.reminders is not None and not dashboard.reminders.disputes_whole_federation
    assert not any(line.startswith(KIND_DISPUTES) for line in dashboard.reminders_panel.shown_lines())

    # The report of the group is written with the same access.
    written: list[object] = []
    write = sample_services.annual_report.write

    def recording_write(*args: object, **kwargs: object) -> Path:
        written.append(kwargs.get("access"))
        return write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sample_services.annual_report, "write", recording_write)
    monkeypatch.setattr(report_actions, "ask_save_path", lambda *_args: tmp_path / "보고서.xlsx")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    dashboard.save_report(".xlsx")
    assert BackgroundTask.wait_for_all(WAIT)
    qtbot.waitUntil(lambda: (tmp_path / "보고서.xlsx").is_file(), timeout=WAIT)
    assert written == [disputes.access]

    # Locked again: the federation's figures again.
    disputes.lock_bar.lock_requested.emit()
    assert not disputes.unlocked
    qtbot.waitUntil(
        lambda: (
            dashboard.figures_current()
            and dashboard.figures is not None
            and dashboard.figures.disputes.whole_federation
        ),
        timeout=WAIT,
    )
    window.close()

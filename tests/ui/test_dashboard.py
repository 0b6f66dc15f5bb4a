"""The 현황 tab on a real database (the sample 협업그룹): the cards and charts show the services'
figures of the chosen year and group, reading again on a new choice, F5 and a failed read said in
Korean; the reminders open their records; the missing-data list; the annual report buttons write a
real PDF and workbook; and the main window opens on the tab."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox

from collabdesk.errors import UserError
from collabdesk.services.annual_types import (
    SEVERITY_OVERDUE,
    TARGET_MEETING,
    TARGET_MEMBER,
    TARGET_MISSING,
    TARGET_PROJECT,
)
from collabdesk.services.container import Services
from collabdesk.services.sample_data import make_brn
from collabdesk.ui.dashboard import report_actions
from collabdesk.ui.dashboard.chart import BAR_COLOR
from collabdesk.ui.dashboard.tab import GROUP_KEY, DashboardTab
from collabdesk.ui.main_window import TAB_IDS, MainWindow

WAIT = 10_000


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
    assert tab.figures_panel.card_text("certificates") == (
        f"{expected.certificates.issued}건 발급",
        f"발급 {expected.certificates.issued} · 취소 {expected.certificates.revoked}",
    )
    assert tab.figures_panel.card_text("disputes")[0] == f"{expected.disputes.open_now}건 진행"

    assert tab.industry_chart.values() == [("전기·전자", 3), ("기계·금속", 5), ("섬유·화공", 2), ("기타", 2)]
    assert tab.month_chart.values() == [(f"{m}월", n) for m, n in enumerate(expected.meetings.per_month, 1)]
    assert tab.outcome_chart.values() == [(f"{y}년", n) for y, n in expected.projects.outcomes_per_year]
    assert len(tab.outcome_chart.values()) == 5 and tab.outcome_chart.values()[-1][0] == f"{year}년"
    day = expected.as_of
    assert tab.status.text() == f"{day.year}. {day.month}. {day.day}. 기준"
    assert tab.status.toolTip() == f"{year}년 · 전체 · {day.year}. {day.month}. {day.day}. 기준"
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

    # The group is remembered for the next start, the year is not.
    assert QSettings().value(GROUP_KEY, type=int) == committee
    again = open_tab(qtbot, sample_services)
    assert again.choice() == (this_year, committee)
    assert again.figures == sample_services.annual.figures(this_year, committee)


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

    monkeypatch.setattr(sample_services.annual, "figures", refused)
    tab.refresh()
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)
    assert tab.message.isVisible()
    assert tab.message.text() == "현황을 읽지 못했습니다: 데이터베이스 서버에 연결할 수 없습니다."
    assert tab.reminders_panel.message.text() == "확인할 일을 읽지 못했습니다."

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
    assert not tab.message.isVisible()


# --- reminders ---------------------------------------------------------------------------------
def test_reminders_show_in_order_and_open_their_record(
    qtbot, tab: DashboardTab, sample_services: Services
) -> None:  # type: ignore[no-untyped-def]
    expected = sample_services.reminders.reminders()
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


def test_members_missing_data_are_listed_and_open(
    qtbot, tab: DashboardTab, sample_services: Services
) -> None:  # type: ignore[no-untyped-def]
    lacking = sample_services.members.create({"name": "(주)전화없는기업", "brn": make_brn(902)})
    tab.refresh()
    qtbot.waitUntil(tab.figures_current, timeout=WAIT)
    reminder = next(
        item for item in tab.reminders.items if item.target == TARGET_MISSING and item.field == "phone"
    )
    item = tab.reminders_panel.item_of(reminder.text)
    assert item is not None

    shown = []
    tab.reminders_panel.missing_requested.connect(lambda field: shown.append(tab.show_missing(field)))
    tab.reminders_panel.activate(item)
    dialog = shown[0]  # a child of the tab, deleted when closed
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "전화번호 없는 회원사"
    expected = sample_services.reminders.members_missing("phone")
    assert dialog.names() == [name for _id, name in expected]
    assert "(주)전화없는기업" in dialog.names()
    row = dialog.names().index("(주)전화없는기업")
    with qtbot.waitSignal(tab.open_requested) as opened:
        dialog.list.itemActivated.emit(dialog.list.item(row))
    assert opened.args == [TARGET_MEMBER, lacking]
    dialog.close()


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

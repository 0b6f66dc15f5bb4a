"""통합 검색 (Ctrl+K) driven through the main window on the sample data: the dialog opens from the
shortcut, typing shows the hits grouped by kind, Enter or a double-click opens the hit in its tab,
'…외 N건' shows the whole list there, Esc closes; MainWindow.open_record selects each kind of record
even when the tab's filters hid it and says so when the record is gone; and a locked disputes tab
keeps mediation cases out of the results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from collabdesk.domain import STATUS_ALL
from collabdesk.services.annual_types import (
    TARGET_BACKUPS,
    TARGET_CERTIFICATE,
    TARGET_DISPUTE,
    TARGET_MEETING,
    TARGET_MEMBER,
    TARGET_PROJECT,
)
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.sample_data import make_brn
from collabdesk.ui.global_search import GEOMETRY_KEY, HIT, MORE, ROLE, GlobalSearchDialog
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.tasks import BackgroundTask

PASSWORD = "조정비번2026"
CASE_NUMBER = "2025-조정-001"
GONE = "찾는 기록이 없습니다 (삭제되었을 수 있습니다)"
WAIT = 10_000
TypeText = Callable[[QWidget, str], None]


def member_id(services: Services, name: str) -> int:
    [row] = [r for r in services.members.page(MemberFilter(text=name, status=STATUS_ALL)) if r.name == name]
    return row.id


def shown(qtbot, window: MainWindow) -> MainWindow:
    """The window shown and active: a window shortcut (Ctrl+K) acts in the active window only."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    return window


@pytest.fixture
def window(qtbot, sample_services: Services) -> MainWindow:
    return shown(qtbot, MainWindow(sample_services))


def open_dialog(qtbot, window: MainWindow) -> GlobalSearchDialog:
    # From whichever tab is shown: the shortcut belongs to the whole window.
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def search(qtbot, dialog: GlobalSearchDialog, type_text: TypeText, text: str) -> None:
    dialog.line.clear()
    type_text(dialog.line, text)
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)


def rows(dialog: GlobalSearchDialog) -> list[QTreeWidgetItem]:
    tree = dialog.results
    found = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    return [item for item in found if item is not None]


def headers(dialog: GlobalSearchDialog) -> list[str]:
    return [item.text(0) for item in rows(dialog) if not item.data(0, ROLE)]


# --- the dialog ---------------------------------------------------------------------------------
def test_the_action_waits_for_the_database(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    assert window.search_action.text() == "통합 검색…"
    assert not window.search_action.isEnabled()
    assert window.show_global_search() is None


def test_ctrl_k_typing_and_enter_open_the_member(
    qtbot, window: MainWindow, sample_services: Services, type_text: TypeText
) -> None:
    assert window.search_action.isEnabled()
    dialog = open_dialog(qtbot, window)
    assert dialog.windowTitle() == "통합 검색"
    assert dialog.line.placeholderText() == "회원사, 담당자, 회의, 과제, 증명서 번호…"
    search(qtbot, dialog, type_text, "한빛")
    assert [g.key for g in dialog.groups] == ["member", "meeting", "project", "certificate"]
    assert headers(dialog) == [f"{g.label} ({g.total})" for g in dialog.groups]
    assert headers(dialog)[0] == "회원사 (1)"
    for item in rows(dialog):
        selectable = bool(item.flags() & Qt.ItemFlag.ItemIsSelectable)
        assert selectable == bool(item.data(0, ROLE))  # the group headers cannot be chosen
    first = rows(dialog)[1]
    hanbit = member_id(sample_services, "(주)한빛정밀")
    assert first.data(0, ROLE) == (HIT, TARGET_MEMBER, hanbit)
    assert (first.text(0), first.text(1)) == ("(주)한빛정밀", "기계·금속 · 대표 김영수 · 600-81-21008")

    # Down from the line moves into the results, Enter there opens the member in its tab.
    qtbot.keyClick(dialog.line, Qt.Key.Key_Down)
    assert dialog.results.currentItem() is first
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible() and window.search_dialog is None
    tab = window.members_tab
    assert tab is not None and window.tabs.currentWidget() is tab
    assert tab.selected_member_id() == hanbit


def test_enter_in_the_line_opens_the_first_hit_once_it_is_found(
    qtbot, window: MainWindow, sample_services: Services, type_text: TypeText
) -> None:
    dialog = open_dialog(qtbot, window)
    type_text(dialog.line, "스마트 공작기계")
    qtbot.keyClick(dialog.line, Qt.Key.Key_Return)  # before the pause after typing has passed
    qtbot.waitUntil(lambda: window.search_dialog is None, timeout=WAIT)
    projects = window.projects_tab
    assert projects is not None and window.tabs.currentWidget() is projects
    row = projects.selected_project()
    assert row is not None and row.name == "스마트 공작기계 공동개발"


def test_a_double_click_opens_a_certificate(
    qtbot, window: MainWindow, sample_services: Services, type_text: TypeText
) -> None:
    dialog = open_dialog(qtbot, window)
    search(qtbot, dialog, type_text, "회원-0001")
    [hit] = [item for item in rows(dialog) if item.data(0, ROLE)]
    _hit, kind, seq = hit.data(0, ROLE)
    assert kind == TARGET_CERTIFICATE and hit.text(0) == "제 2026-회원-0001 호"
    rect = dialog.results.visualItemRect(hit)
    # The press first: the view only reports a double click on the item the press was on.
    qtbot.mousePress(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.search_dialog is None
    certificates = window.certificates_tab
    assert certificates is not None and window.tabs.currentWidget() is certificates
    selected = certificates.selected_row()
    assert selected is not None and selected.seq == seq


def test_more_than_shown_opens_the_whole_list_in_the_tab(
    qtbot, window: MainWindow, sample_services: Services, type_text: TypeText
) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.limit = 1
    search(qtbot, dialog, type_text, "김")
    members = next(g for g in dialog.groups if g.key == "member")
    assert members.total == 5 and len(members.hits) == 1
    more = next(item for item in rows(dialog) if item.data(0, ROLE) == (MORE, "member"))
    assert more.text(0) == "…외 4건 — 해당 탭에서 보기"
    dialog.results.setCurrentItem(more)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    tab = window.members_tab
    assert tab is not None and window.tabs.currentWidget() is tab
    assert tab.search.text() == "김" and tab.model.rowCount() == 5


def test_esc_closes_and_the_size_is_remembered(qtbot, window: MainWindow, type_text: TypeText) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.resize(610, 430)
    qtbot.waitUntil(lambda: dialog.size().toTuple() == (610, 430), timeout=WAIT)
    qtbot.keyClick(dialog.line, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.search_dialog is None
    assert QSettings().value(GEOMETRY_KEY) is not None
    again = open_dialog(qtbot, window)
    assert again is not dialog and again.size().toTuple() == (610, 430)
    type_text(again.line, "한빛")
    qtbot.keyClick(again.results, Qt.Key.Key_Escape)
    assert window.search_dialog is None


def test_an_answer_to_an_older_text_is_dropped(qtbot, window: MainWindow, sample_services: Services) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.line.setText("한빛")
    dialog.search_now()
    older = dialog._generation
    dialog.line.setText("동아유압")
    dialog.search_now()
    assert BackgroundTask.wait_for_all(WAIT)
    qtbot.waitUntil(dialog.is_current, timeout=WAIT)
    assert dialog.shown_text == "동아유압"
    # The answer to "한빛" arrives only now, after the newer one (a slow database): it is dropped.
    stale = sample_services.search.search("한빛", None, dialog.limit)
    assert any(hit.title == "(주)한빛정밀" for group in stale for hit in group.hits)
    dialog._arrived(older, "한빛", stale)
    assert dialog.shown_text == "동아유압"
    titles = [item.text(0) for item in rows(dialog) if item.data(0, ROLE)]
    assert "동아유압(주)" in titles and "(주)한빛정밀" not in titles
    dialog._failed(older, RuntimeError("늦게 온 실패"))
    assert dialog.status.text() == "Enter: 열기 · ↑↓: 이동 · Esc: 닫기"
    dialog.line.clear()
    assert rows(dialog) == [] and dialog.groups == []
    # Cleared, the answer to the last text is of no use either.
    dialog._arrived(dialog._generation - 1, "동아유압", stale)
    assert rows(dialog) == []


# --- open_record --------------------------------------------------------------------------------
def test_open_record_selects_each_kind_even_when_a_filter_hid_it(
    qtbot, window: MainWindow, sample_services: Services
) -> None:
    members, meetings = window.members_tab, window.meetings_tab
    projects, certificates, disputes = window.projects_tab, window.certificates_tab, window.disputes_tab
    assert members and meetings and projects and certificates and disputes
    for tab in (members, meetings, projects, certificates, disputes):
        tab.search.setText("어디에도없는말")
        tab.apply_filter()
        assert tab.model.rowCount() == 0

    hanbit = member_id(sample_services, "(주)한빛정밀")
    assert window.open_record(TARGET_MEMBER, hanbit)
    assert window.tabs.currentWidget() is members and members.selected_member_id() == hanbit
    # A withdrawn member too: the 재적 filter would hide it.
    daesung = member_id(sample_services, "대성금형(주)")
    sample_services.members.withdraw(daesung, dt.date(2026, 11, 1))
    assert window.open_record(TARGET_MEMBER, daesung)
    assert members.selected_member_id() == daesung

    meeting = sample_services.meetings.search()[-1]
    assert window.open_record(TARGET_MEETING, meeting.id)
    assert window.tabs.currentWidget() is meetings and meetings.selected_meeting_id() == meeting.id
    # A year filter hiding it is cleared too.
    meetings.year_filter.setCurrentIndex(meetings.year_filter.findData(2026))
    older = next(m for m in sample_services.meetings.search() if m.starts_at.year != 2026)
    assert window.open_record(TARGET_MEETING, older.id)
    assert meetings.selected_meeting_id() == older.id

    project = sample_services.projects.search()[0]
    assert window.open_record(TARGET_PROJECT, project.id)
    assert window.tabs.currentWidget() is projects and projects.selected_project_id() == project.id

    entry = sample_services.certificates.register()[2]
    assert window.open_record(TARGET_CERTIFICATE, entry.seq)
    selected = certificates.selected_row()
    assert window.tabs.currentWidget() is certificates and selected is not None and selected.seq == entry.seq

    case = sample_services.disputes.search(access=sample_services.disputes.access(None))[-1]
    assert window.open_record(TARGET_DISPUTE, case.id)
    row = disputes.selected_row()
    assert window.tabs.currentWidget() is disputes and row is not None and row.id == case.id


def test_open_record_of_a_deleted_record_says_so(
    qtbot, window: MainWindow, sample_services: Services
) -> None:
    meeting = sample_services.meetings.search()[0]
    sample_services.meetings.delete(meeting.id)
    assert not window.open_record(TARGET_MEETING, meeting.id)
    assert window.statusBar().currentMessage() == GONE
    window.statusBar().clearMessage()

    loner = sample_services.members.create({"name": "삭제될상사", "brn": make_brn(777)})
    sample_services.members.delete(loner)
    assert not window.open_record(TARGET_MEMBER, loner)
    assert window.statusBar().currentMessage() == GONE
    assert not window.open_record(TARGET_PROJECT, 99_999)
    assert not window.open_record(TARGET_CERTIFICATE, 99_999)
    assert not window.open_record(TARGET_DISPUTE, 99_999)


def test_open_record_of_the_backups(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[bool] = []
    monkeypatch.setattr(window, "show_backups", lambda: shown.append(True))
    assert window.open_record(TARGET_BACKUPS, 0)
    assert shown == [True]


# --- mediation cases ----------------------------------------------------------------------------
def test_a_locked_disputes_tab_keeps_cases_out_of_the_results(
    qtbot, sample_services: Services, type_text: TypeText
) -> None:
    sample_services.disputes.set_password(PASSWORD)
    window = shown(qtbot, MainWindow(sample_services))
    disputes = window.disputes_tab
    assert disputes is not None and not disputes.unlocked
    assert CASE_NUMBER in [row.number for row in disputes.model.rows]  # the tab lists the number

    dialog = open_dialog(qtbot, window)
    search(qtbot, dialog, type_text, CASE_NUMBER)
    assert dialog.groups == [] and headers(dialog) == []
    assert dialog.status.text() == "찾은 결과가 없습니다."
    search(qtbot, dialog, type_text, "동아유압")  # a party of the case: members only
    assert "dispute" not in [g.key for g in dialog.groups]
    assert not any(h.startswith("분쟁조정") for h in headers(dialog))

    # Unlocked in the tab, the next search finds the case.
    disputes.access = sample_services.disputes.access(PASSWORD)
    search(qtbot, dialog, type_text, CASE_NUMBER)
    assert headers(dialog) == ["분쟁조정 (1)"]
    [hit] = [item for item in rows(dialog) if item.data(0, ROLE)]
    assert hit.text(0) == CASE_NUMBER
    qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    row = disputes.selected_row()
    assert window.tabs.currentWidget() is disputes and row is not None and row.number == CASE_NUMBER

    # Locked again: the case still opens from a reminder (the list shows numbers).
    disputes.lock()
    assert window.open_record(TARGET_DISPUTE, row.id)
    selected = disputes.selected_row()
    assert selected is not None and selected.id == row.id and selected.locked

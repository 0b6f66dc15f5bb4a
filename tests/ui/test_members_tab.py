"""The 회원사 명부 tab driven through its real widgets, checked against the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from collabdesk.domain import STATUS_ALL, STATUS_LEFT
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.sample_data import make_brn
from collabdesk.ui.members import tab as tab_module
from collabdesk.ui.members.tab import MembersTab
from collabdesk.ui.members.table_model import COLUMNS, MAX_PAGES, PAGE_SIZE
from collabdesk.validation.member import MemberData


@pytest.fixture
def members_tab(qtbot, sample_services: Services) -> MembersTab:
    widget = MembersTab(sample_services)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def shown_names(tab: MembersTab) -> list[str]:
    return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]


def select_name(tab: MembersTab, name: str) -> None:
    row = shown_names(tab).index(name)
    tab.table.selectRow(row)


def test_lists_sample_members_sorted_by_name_without_legal_form(members_tab: MembersTab) -> None:
    names = shown_names(members_tab)
    assert len(names) == 12
    assert names[0] == "(주)그린코팅"
    assert names.index("(주)나래센서") < names.index("대성금형(주)") < names.index("(주)한빛정밀")
    assert members_tab.result_label.text() == "검색 결과 12개사"


def test_typing_in_search_filters_in_the_database(qtbot, members_tab: MembersTab, type_text) -> None:
    type_text(members_tab.search, "금형")
    assert set(shown_names(members_tab)) == {"(주)한빛정밀", "대성금형(주)"}
    members_tab.search.clear()
    type_text(members_tab.search, "대")  # one character: the word-piece index
    assert "대성금형(주)" in shown_names(members_tab)
    assert "(주)그린코팅" not in shown_names(members_tab)
    members_tab.search.clear()
    type_text(members_tab.search, "김나래")  # a contact person
    assert len(shown_names(members_tab)) == 4
    members_tab.search.clear()
    type_text(members_tab.search, "6008121008")  # a registration number typed without dashes
    assert shown_names(members_tab) == ["(주)한빛정밀"]
    qtbot.keyClick(members_tab.search, Qt.Key.Key_Escape)
    assert members_tab.search.text() == ""
    assert members_tab.model.rowCount() == 12


def test_filters_by_industry_group_status_and_class(
    members_tab: MembersTab, sample_services: Services
) -> None:
    industry = members_tab.industry_filter
    industry.setCurrentIndex(industry.findText("기계·금속"))
    assert members_tab.model.rowCount() == 5

    industry.setCurrentIndex(0)
    group = members_tab.group_filter
    group.setCurrentIndex(group.findText("생산분과", Qt.MatchFlag.MatchContains))
    assert members_tab.model.rowCount() == 5
    group.setCurrentIndex(group.findText("한국이업종교류연합회"))  # the top group holds every sub-group
    assert members_tab.model.rowCount() == 12

    group.setCurrentIndex(0)
    classes = members_tab.class_filter
    classes.setCurrentIndex(classes.findText("준회원"))
    assert set(shown_names(members_tab)) == {"(주)그린코팅", "(주)미래디자인랩"}

    members_tab.reset_filters()
    assert members_tab.model.rowCount() == 12
    first = sample_services.members.find_by_brn(make_brn(2100))
    sample_services.members.withdraw(first, dt.date(2026, 1, 31))
    members_tab.apply_filter()
    assert members_tab.model.rowCount() == 11  # 재적 by default
    status = members_tab.status_filter
    status.setCurrentIndex(status.findData(STATUS_LEFT))
    assert shown_names(members_tab) == ["(주)한빛정밀"]
    status.setCurrentIndex(status.findData(STATUS_ALL))
    assert members_tab.model.rowCount() == 12


def test_statistics_follow_the_filter(qtbot, members_tab: MembersTab, type_text) -> None:
    qtbot.waitUntil(members_tab.stats_current, timeout=5000)
    assert "회원사 12개사" in members_tab.stats_panel.summary.text()
    assert "1,426억 5,000만원" in members_tab.stats_panel.summary.text()
    assert "기계·금속 5개사" in members_tab.stats_panel.industry_line.text()
    assert members_tab.stats_panel.by_industry.topLevelItemCount() == 4
    assert members_tab.stats_panel.by_group.topLevelItemCount() == 6

    type_text(members_tab.search, "센서")
    qtbot.waitUntil(members_tab.stats_current, timeout=5000)
    assert "회원사 1개사" in members_tab.stats_panel.summary.text()
    assert "전기·전자 1개사" in members_tab.stats_panel.industry_line.text()


def test_sorting_by_a_column_runs_in_the_database(members_tab: MembersTab) -> None:
    ceo_column = [key for key, _ in COLUMNS].index("ceo")
    members_tab.table.sortByColumn(ceo_column, Qt.SortOrder.AscendingOrder)
    ceos = [members_tab.model.row_at(r).ceo for r in range(12)]
    assert ceos == sorted(ceos)
    sales_column = [key for key, _ in COLUMNS].index("sales")
    members_tab.table.sortByColumn(sales_column, Qt.SortOrder.DescendingOrder)
    sales = [members_tab.model.row_at(r).sales for r in range(12)]
    assert sales == sorted(sales, reverse=True)
    assert members_tab.model.data(members_tab.model.index(0, sales_column)) == "27,900,000,000"


def test_withdraw_and_reactivate_through_the_buttons(
    qtbot, members_tab: MembersTab, sample_services: Services, monkeypatch
) -> None:
    select_name(members_tab, "세진기공(주)")
    assert members_tab.withdraw_button.isEnabled()
    assert not members_tab.reactivate_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("2026.10.31", True)))
    qtbot.mouseClick(members_tab.withdraw_button, Qt.MouseButton.LeftButton)

    member_id = sample_services.members.find_by_brn(make_brn(2100 + 3 * 37))
    detail = sample_services.members.get(member_id)
    assert detail.data.status == STATUS_LEFT
    assert detail.data.left_on == dt.date(2026, 10, 31)
    assert "세진기공(주)" not in shown_names(members_tab)

    members_tab.status_filter.setCurrentIndex(members_tab.status_filter.findData(STATUS_ALL))
    select_name(members_tab, "세진기공(주)")
    assert members_tab.reactivate_button.isEnabled()
    qtbot.mouseClick(members_tab.reactivate_button, Qt.MouseButton.LeftButton)
    detail = sample_services.members.get(member_id)
    assert detail.data.status == "활동" and detail.data.left_on is None


def test_withdraw_with_a_bad_date_changes_nothing(
    members_tab: MembersTab, sample_services: Services, monkeypatch
) -> None:
    select_name(members_tab, "세진기공(주)")
    warnings: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("2026-13-45", True)))
    monkeypatch.setattr(
        tab_module.QMessageBox, "warning", staticmethod(lambda _p, _t, text: warnings.append(text))
    )
    members_tab.withdraw_selected()
    assert warnings and "날짜" in warnings[0]
    member_id = sample_services.members.find_by_brn(make_brn(2100 + 3 * 37))
    assert sample_services.members.get(member_id).data.status == "활동"


@pytest.mark.parametrize("answer", [False, True])
def test_delete_asks_first(
    qtbot, members_tab: MembersTab, sample_services: Services, asked, answer: bool
) -> None:
    asked.answer = answer
    questions = asked.questions
    select_name(members_tab, "(주)한솔테크")
    qtbot.keyClick(members_tab.table, Qt.Key.Key_Delete)
    assert questions and "(주)한솔테크" in questions[0] and "되돌릴 수 없습니다" in questions[0]
    remaining = sample_services.members.count(MemberFilter())
    assert remaining == (11 if answer else 12)
    assert ("(주)한솔테크" in shown_names(members_tab)) is not answer


def test_model_holds_only_the_pages_shown(qtbot, services: Services, type_text) -> None:
    services.members.bulk_create(
        [MemberData(name=f"테스트기업{n:05d}", brn=make_brn(n, kind=85), ceo="홍길동") for n in range(1500)]
    )
    widget = MembersTab(services)
    qtbot.addWidget(widget)
    widget.show()
    model = widget.model
    assert model.rowCount() == 1500
    assert model.cached_rows() <= PAGE_SIZE
    widget.table.scrollToBottom()
    widget.table.viewport().repaint()
    assert model.row_at(1499).name == "테스트기업01499"
    for row in range(0, 1500, PAGE_SIZE):
        model.row_at(row)
    assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE
    type_text(widget.search, "01234")
    assert model.rowCount() == 1
    assert model.row_at(0).name == "테스트기업01234"


def test_group_and_catalog_changes_refresh_the_filters(
    members_tab: MembersTab, sample_services: Services
) -> None:
    before = members_tab.group_filter.count()
    sample_services.groups.create("부산지역연합회", "지역")
    sample_services.industries.add("식품")
    members_tab._lists_changed()
    assert members_tab.group_filter.count() == before + 1
    assert members_tab.industry_filter.findText("식품") > 0


def test_a_hidden_tab_computes_no_statistics_until_shown(qtbot, sample_services: Services) -> None:
    widget = MembersTab(sample_services)
    qtbot.addWidget(widget)
    qtbot.wait(2 * tab_module.STATS_DELAY_MS)
    assert not widget.stats_current()
    assert widget.stats_panel.summary.text() == ""
    widget.show()
    qtbot.waitUntil(widget.stats_current, timeout=5000)
    assert "회원사 12개사" in widget.stats_panel.summary.text()


def test_a_statistics_failure_is_shown_in_the_panel_not_as_a_dialog(
    qtbot, members_tab: MembersTab, sample_services: Services, monkeypatch, type_text
) -> None:
    from collabdesk.errors import StorageError

    qtbot.waitUntil(members_tab.stats_current, timeout=5000)
    dialogs: list[str] = []
    monkeypatch.setattr("collabdesk.ui.tasks.show_error", lambda *args: dialogs.append("shown"))

    def locked(_flt):  # type: ignore[no-untyped-def]
        raise StorageError("다른 프로그램이 데이터베이스를 사용 중입니다.")

    monkeypatch.setattr(sample_services.stats, "members", locked)
    type_text(members_tab.search, "금형")
    qtbot.waitUntil(
        lambda: "통계를 계산하지 못했습니다" in members_tab.stats_panel.summary.text(), timeout=5000
    )
    assert "사용 중" in members_tab.stats_panel.summary.text()
    assert dialogs == []
    assert members_tab.model.rowCount() == 2  # the table itself is unaffected


def test_f5_reads_changes_made_elsewhere(qtbot, members_tab: MembersTab, sample_services: Services) -> None:
    sample_services.members.create({"name": "(주)새로온기업", "brn": "123-45-67800"})
    sample_services.groups.create("부산지역연합회", "지역")
    assert members_tab.model.rowCount() == 12
    qtbot.keyClick(members_tab.table, Qt.Key.Key_F5)
    assert members_tab.model.rowCount() == 13
    assert members_tab.group_filter.findText("부산지역연합회") > 0


def test_a_database_that_stops_answering_is_said_once_not_per_cell(
    qtbot, sample_services, messages, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A PostgreSQL server gone away mid-session: one message, blank rows, no flood of errors."""
    from collabdesk.errors import StorageError
    from collabdesk.ui.members.tab import MembersTab

    tab = MembersTab(sample_services)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 12)

    def gone(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("데이터베이스 서버에 연결할 수 없습니다.")

    monkeypatch.setattr(sample_services.members, "page", gone)
    tab.model._pages.clear()  # as if the rows had scrolled out of the cache
    tab.table.viewport().update()
    qtbot.wait(100)
    for _ in range(5):
        tab.table.viewport().repaint()
        tab.model.data(tab.model.index(3, 0))
    qtbot.waitUntil(lambda: len(messages.warning) + len(messages.critical) >= 1)
    qtbot.wait(50)
    assert len(messages.warning) + len(messages.critical) == 1
    monkeypatch.setattr(sample_services.members, "count", gone)
    with pytest.raises(StorageError):
        tab.model.refresh()
    assert tab.model.rowCount() == 0  # the reset finished: nothing half-reset left for Qt to repaint

"""The pieces of the 현황 tab on hand-made figures: the bar chart (values, empty state, tooltips, PNG
at twice the size with its title and context, cropped to its bars), the key figure cards (worded as
the annual report words them), the small tables, the reminders with their colours, order,
double-click / Enter and "…외 N건", and the missing-data list."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from collabdesk.formatting import approximate, rounded_won
from collabdesk.services.annual_types import (
    SEVERITY_INFO,
    SEVERITY_OVERDUE,
    SEVERITY_SOON,
    TARGET_BACKUPS,
    TARGET_DISPUTE,
    TARGET_MEETING,
    TARGET_MISSING,
    TARGET_PROJECT,
    AnnualFigures,
    CertificateFigures,
    CountLine,
    DisputeFigures,
    MeetingFigures,
    MeetingKindLine,
    MemberFigures,
    OutcomeLine,
    ProjectFigures,
    Reminder,
    Reminders,
)
from collabdesk.services.stats import StatLine
from collabdesk.ui.dashboard import chart_panel
from collabdesk.ui.dashboard.chart import BAR_COLOR, HORIZONTAL, VERTICAL, Bar, BarChart
from collabdesk.ui.dashboard.chart_panel import ChartPanel, file_name
from collabdesk.ui.dashboard.figures_panel import NBSP, FiguresPanel
from collabdesk.ui.dashboard.reminders_panel import MissingMembersDialog, RemindersPanel
from collabdesk.ui.dashboard.report_actions import default_report_name
from collabdesk.ui.dashboard.tables import KindTables
from collabdesk.ui.files import LAST_FOLDER_KEY


def figures() -> AnnualFigures:
    industries = [
        StatLine("전기·전자", 301, 1_200_000_000_000, 5_000),
        StatLine("기계·금속", 239, 2_000_000_000_000, 6_000),
        StatLine("식품", 0, 0, 0),
        StatLine("(업종 미지정)", 244, 923_456_789_000, 3_421),
    ]
    return AnnualFigures(
        year=2026,
        group_id=None,
        group_label="전체",
        as_of=dt.date(2026, 5, 3),
        members=MemberFigures(784, 4_123_456_789_000, 14_421, industries, joined=12, left=3),
        meetings=MeetingFigures(
            24,
            [
                MeetingKindLine("정기회의", 18, 12.5, 0.7),
                MeetingKindLine("세미나", 6, None, None),
                MeetingKindLine("이사회", 0, None, None),
            ],
            [2, 1, 3, 2, 2, 3, 1, 0, 2, 4, 3, 1],
            12.3,
            0.68,
        ),
        projects=ProjectFigures(
            active=18,
            started=4,
            finished=2,
            by_stage=[CountLine("기획", 3)],
            outcomes=[
                OutcomeLine("수출 계약", 3, {"USD": Decimal("10000000")}),
                OutcomeLine("특허 출원", 9),
                OutcomeLine("신제품 출시", 0),
            ],
            outcomes_per_year=[(2022, 4), (2023, 7), (2024, 9), (2025, 11), (2026, 12)],
        ),
        certificates=CertificateFigures(40, 1, [("협업인증서", 40, 1)]),
        disputes=DisputeFigures(
            3, 2, [CountLine("조정성립", 2)], open_now=2, overdue_now=1, median_days_to_close=41.0
        ),
    )


# --- the chart ------------------------------------------------------------------------------------
def shown_chart(qtbot, orientation: str, bars: list[Bar]) -> BarChart:  # type: ignore[no-untyped-def]
    chart = BarChart(orientation)
    qtbot.addWidget(chart)
    chart.set_bars(bars)
    chart.resize(400, 240)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_bars_keep_their_values_and_say_them_in_a_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = shown_chart(qtbot, VERTICAL, [Bar(f"{m}월", v) for m, v in ((1, 2), (2, 0), (3, 5))])
    assert chart.values() == [("1월", 2), ("2월", 0), ("3월", 5)]
    assert not chart.is_empty()
    # The third bar sits in the right third of the plot; its tooltip names it with its value.
    index = chart.bar_at(QPoint(chart.width() - 40, chart.height() // 2))
    assert index == 2
    assert chart.tooltip_of(index) == "3월: 5"
    assert chart.bar_at(QPoint(1, 1)) == -1  # the margin: no bar

    chart.set_bars([Bar("전기·전자", 301, "전기·전자: 301개사 · 매출 1.2조")])
    assert chart.tooltip_of(0) == "전기·전자: 301개사 · 매출 1.2조"


def test_the_bar_is_drawn_in_proportion(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = shown_chart(qtbot, HORIZONTAL, [Bar("가", 10), Bar("나", 5)])
    image = chart.render_image(1.0)
    zones = chart.hit_zones(QRect(0, 0, image.width(), image.height()), chart.fontMetrics())
    lengths = []
    for index in (0, 1):
        y = round(zones[index].center().y())
        painted = [x for x in range(image.width()) if image.pixelColor(x, y) == BAR_COLOR]
        lengths.append(len(painted))
    assert lengths[0] > 0 and abs(lengths[0] / lengths[1] - 2) < 0.1


def test_an_empty_chart_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = shown_chart(qtbot, VERTICAL, [Bar("2025년", 0), Bar("2026년", 0)])
    assert chart.is_empty() and chart.empty_text() == "자료 없음"
    assert chart.bar_at(QPoint(chart.width() // 2, chart.height() // 2)) == -1
    image = chart.render_image(1.0)
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    assert sum(colour != QColor("white") for colour in pixels) > 50  # the words
    assert BAR_COLOR not in pixels  # and no bars
    assert chart.sizeHint().width() > 0 and chart.sizeHint().height() > 0


def non_white_rows(image: QImage) -> list[int]:
    white = QColor("white")
    return [
        y for y in range(image.height()) if any(image.pixelColor(x, y) != white for x in range(image.width()))
    ]


def test_png_export_is_twice_the_size_with_its_title_on_white(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart(HORIZONTAL)
    panel = ChartPanel("업종별 회원사", chart, "industry_chart")
    qtbot.addWidget(panel)
    panel.subtitle = "2026"
    panel.context = "2026년 · 전체 · 2026. 11. 30. 기준"
    chart.set_bars([Bar("전기·전자", 301), Bar("기계·금속", 239)])
    panel.resize(420, 420)  # much taller than two bars need: the rows spread on the screen
    panel.show()
    qtbot.waitExposed(panel)
    target = tmp_path / "그래프.png"
    asked: list[tuple] = []

    def ask(*args: object) -> Path:
        asked.append(args)
        return target

    monkeypatch.setattr(chart_panel, "ask_save_path", ask)
    panel.save_button.click()

    assert asked[0][2] == "업종별 회원사 2026.png" and asked[0][4] == ".png"
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(target))
    assert not image.isNull()
    assert image.pixelColor(1, 1) == QColor("white")
    bar_rows = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y) == BAR_COLOR for x in range(image.width()))
    ]
    assert bar_rows
    # As wide as the chart, twice over; as tall as the title lines and the two bars need, not as
    # the spread-out chart on the screen: little white below the last bar.
    plain = chart.render_image(2.0)
    assert image.width() == chart.width() * 2 == plain.width()
    assert plain.height() == chart.content_height() * 2 < chart.height() * 2 // 2
    assert image.height() - bar_rows[-1] < 0.2 * image.height()
    # Above the chart a strip with the title and the year, group and day: not all white.
    header = image.height() - plain.height()
    assert header > 0
    assert [y for y in non_white_rows(image) if y < header], "the title strip is empty"
    assert min(bar_rows) > header


def test_a_vertical_chart_keeps_its_height_under_the_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = shown_chart(qtbot, VERTICAL, [Bar("1월", 2), Bar("2월", 4)])
    plain = chart.render_image(1.0)
    titled = chart.render_image(1.0, "월별 회의", "2026년 · 전체")
    assert (plain.width(), plain.height()) == (chart.width(), chart.height())
    assert titled.width() == chart.width() and titled.height() > chart.height()
    header = titled.height() - chart.height()
    assert [y for y in non_white_rows(titled) if y < header]
    assert not [y for y in non_white_rows(plain) if y < 4]  # the plain one starts with its margin


def test_the_context_menu_is_made_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    chart = BarChart(VERTICAL)
    panel = ChartPanel("월별 회의", chart, "month_chart")
    qtbot.addWidget(panel)
    panel.show()
    for _ in range(3):
        chart.customContextMenuRequested.emit(QPoint(10, 10))
        panel.menu.hide()
    assert len(panel.findChildren(QMenu)) == 1
    assert [action.text() for action in panel.menu.actions()] == ["PNG로 저장…"]


def test_png_export_remembers_the_folder(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    chart = BarChart(VERTICAL)
    panel = ChartPanel("월별 회의", chart, "month_chart")
    qtbot.addWidget(panel)
    chart.set_bars([Bar("1월", 1)])
    folder = tmp_path / "그림"
    folder.mkdir()
    offered: list[str] = []

    def dialog(parent: QWidget, title: str, start: str, name_filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(folder / "월별"), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert panel.export_png() == folder / "월별.png"
    assert QSettings().value(LAST_FOLDER_KEY) == str(folder)
    assert (folder / "월별.png").is_file()
    panel.export_png()
    assert offered[1] == str(folder / "월별 회의.png")


def test_file_names_lose_what_windows_refuses() -> None:
    assert file_name('업종별 회원사 2026 A/B:"C"', ".png") == "업종별 회원사 2026 A B C.png"
    assert default_report_name(2026, None, ".pdf") == "2026년 사업실적 보고서.pdf"
    assert (
        default_report_name(2025, "경기기계협업그룹", ".xlsx")
        == "2025년 사업실적 보고서 (경기기계협업그룹).xlsx"
    )


# --- the cards and tables ---------------------------------------------------------------------------
def test_cards_word_sums_as_the_annual_report_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    base = figures()
    members = MemberFigures(5, 1_000_250_000_000, 14_321, base.members.by_industry, joined=0, left=0)
    panel.show_figures(AnnualFigures(**{**vars(base), "members": members}))
    # collabdesk.formatting, which the PDF and the workbook use too: 1조 2.5억 is 1조 3억 everywhere.
    assert panel.card_text("sales")[0] == rounded_won(1_000_250_000_000) == "1조 3억원"
    assert panel.card_text("employees")[0] == approximate(14_321, "명") == "1만 4천명"
    assert panel.cards["employees"].toolTip() == "14,321명"


def test_cards_show_the_key_figures(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.show_figures(figures())
    assert panel.card_text("members") == ("784개사", "가입 12 · 탈퇴 3")
    # No average over members that gave no sales: the largest 업종's share (2조 of 4.12조).
    assert panel.card_text("sales") == ("4조 1,235억원", "최대 업종 기계·금속 (48.5%)")
    assert panel.cards["sales"].toolTip() == "4조 1,234억 5,678만 9,000원"
    assert panel.card_text("employees") == ("1만 4천명", "최대 업종 기계·금속 (41.6%)")
    assert panel.card_text("meetings") == ("24회", "평균 출석 12.3개사 · 출석률 68.0%")
    assert panel.card_text("projects") == ("18건 진행", "시작 4 · 종료 2 · 성과 12건")
    assert panel.card_text("certificates") == ("40건 발급", "취소 1건")  # one kind: not repeated
    assert panel.card_text("disputes") == ("2건 진행", "기한 지남 1 · 접수 3 · 종결 2")
    assert panel.card_note("disputes") == ""
    # A narrow card wraps between the parts, never inside one.
    assert panel.cards["meetings"].detail.text() == f"평균{NBSP}출석{NBSP}12.3개사{NBSP}· 출석률{NBSP}68.0%"


def test_cards_say_what_they_cannot_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    base = figures()
    no_sales = [StatLine(line.label, line.count, 0, line.employees) for line in base.members.by_industry]
    locked = DisputeFigures(
        5, 2, [], open_now=3, overdue_now=0, median_days_to_close=None, whole_federation=True
    )
    panel.show_figures(
        AnnualFigures(
            **{
                **vars(base),
                "group_id": 4,
                "group_label": "연합회 > 경기기계협업그룹",
                "members": MemberFigures(784, 0, 14_421, no_sales, joined=12, left=3),
                "certificates": CertificateFigures(40, 2, [("협업인증서", 30, 2), ("회원확인서", 10, 0)]),
                "disputes": locked,
            }
        )
    )
    assert panel.card_text("sales") == ("0원", "매출액 자료 없음")
    assert panel.card_text("certificates") == ("40건 발급", "취소 2건 · 협업인증서 30 · 회원확인서 10")
    # Locked with a group chosen: the federation's cases, and the card says so.
    assert panel.card_text("disputes") == ("3건 진행", "기한 지남 0 · 접수 5 · 종결 2")
    assert panel.card_note("disputes") == "연합회 전체 수치 — 그룹별은 조정 암호 입력 후"
    assert "조정 암호" in panel.cards["disputes"].toolTip()

    panel.show_placeholder()
    assert all(panel.card_text(name) == ("–", "") for name in panel.cards)
    assert panel.card_note("disputes") == ""


def test_cards_flow_into_the_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.show_figures(figures())
    panel.resize(1380, 120)
    panel.show()
    qtbot.waitUntil(lambda: panel._columns == 7)
    panel.resize(1000, 200)
    qtbot.waitUntil(lambda: panel._columns == 4)
    cards = list(panel.cards.values())
    # The fifth card starts the second row.
    qtbot.waitUntil(lambda: cards[4].y() > cards[0].y() and cards[4].x() == cards[0].x())


def test_tables_list_meetings_and_outcomes_by_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    tables = KindTables()
    qtbot.addWidget(tables)
    tables.show_figures(figures())
    # As the annual report's tables: one decimal, half up, '—' where no roll was kept.
    assert tables.rows(tables.meetings) == [["정기회의", "18", "12.5", "70.0%"], ["세미나", "6", "—", "—"]]
    assert tables.rows(tables.outcomes) == [["수출 계약", "3", "USD 10,000,000"], ["특허 출원", "9", ""]]
    tables.clear()
    assert tables.rows(tables.meetings) == [] and tables.rows(tables.outcomes) == []


# --- the reminders ---------------------------------------------------------------------------------
def reminders() -> Reminders:
    day = dt.date(2026, 11, 20)
    return Reminders(
        [
            Reminder(
                "분쟁조정 기한", SEVERITY_OVERDUE, "2026-조정-003 처리 기한 지남", day, TARGET_DISPUTE, 3
            ),
            Reminder(
                "실행 과제",
                SEVERITY_OVERDUE,
                "결과 보고 — 기한 2026. 11. 28. (2일 지남)",
                day,
                TARGET_MEETING,
                12,
            ),
            Reminder(
                "분쟁조정 기한", SEVERITY_SOON, "2026-조정-004 처리 기한 (5일 남음)", day, TARGET_DISPUTE, 4
            ),
            Reminder("마일스톤", SEVERITY_SOON, "시제품 완성 (3일 남음)", day, TARGET_PROJECT, 2),
            Reminder(
                "회원 정보", SEVERITY_INFO, "전화번호 없는 회원사 2곳", None, TARGET_MISSING, 0, "phone"
            ),
            Reminder("백업", SEVERITY_INFO, "최근 백업: 9일 전", None, TARGET_BACKUPS, 0),
        ],
        {"실행 과제": 4},
    )


@pytest.fixture
def panel(qtbot) -> RemindersPanel:  # type: ignore[no-untyped-def]
    panel = RemindersPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_reminders(reminders())
    return panel


def test_reminders_are_grouped_by_kind_in_order(panel: RemindersPanel) -> None:
    assert panel.stack.currentWidget() is panel.tree
    assert panel.shown_lines() == [
        "분쟁조정 기한 (2)",
        "2026-조정-003 처리 기한 지남",
        "2026-조정-004 처리 기한 (5일 남음)",
        "실행 과제 (5)",
        "결과 보고 — 기한 2026. 11. 28. (2일 지남)",
        "…외 4건 — 모두 보기",
        "마일스톤 (1)",
        "시제품 완성 (3일 남음)",
        "회원 정보 (1)",
        "전화번호 없는 회원사 2곳",
        "백업 (1)",
        "최근 백업: 9일 전",
    ]
    colour = {
        text: panel.item_of(text).foreground(0).color().name()
        for text in panel.shown_lines()
        if panel.item_of(text)
    }
    assert colour["2026-조정-003 처리 기한 지남"] == "#c62828"  # overdue: red
    assert colour["2026-조정-004 처리 기한 (5일 남음)"] == "#d9730d"  # soon: orange
    assert colour["최근 백업: 9일 전"] == "#6b6f75"  # information: grey
    # A wrapped line breaks around a date and a day count, never inside them.
    shown = panel.item_of("결과 보고 — 기한 2026. 11. 28. (2일 지남)")
    assert shown is not None
    assert shown.text(0) == f"결과 보고 — 기한 2026.{NBSP}11.{NBSP}28. (2일{NBSP}지남)"


def double_click(qtbot, panel: RemindersPanel, text: str) -> None:  # type: ignore[no-untyped-def]
    item = panel.item_of(text)
    assert item is not None
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_and_enter_ask_for_the_record(qtbot, panel: RemindersPanel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.open_requested) as opened:
        double_click(qtbot, panel, "결과 보고 — 기한 2026. 11. 28. (2일 지남)")
    assert opened.args == [TARGET_MEETING, 12]

    panel.tree.setCurrentItem(panel.item_of("2026-조정-004 처리 기한 (5일 남음)"))
    panel.tree.setFocus()
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert opened.args == [TARGET_DISPUTE, 4]

    with qtbot.waitSignal(panel.open_requested) as opened:
        double_click(qtbot, panel, "최근 백업: 9일 전")
    assert opened.args == [TARGET_BACKUPS, 0]

    with qtbot.waitSignal(panel.missing_requested) as missing:
        double_click(qtbot, panel, "전화번호 없는 회원사 2곳")
    assert missing.args == ["phone"]

    # "…외 N건" asks for the whole list of its kind; a heading opens nothing.
    with qtbot.waitSignal(panel.more_requested) as more:
        double_click(qtbot, panel, "…외 4건 — 모두 보기")
    assert more.args == ["실행 과제"]
    more_item = panel.more_item("실행 과제")
    assert more_item is not None and more_item.foreground(0).color().name() == "#1a5fb4"
    panel.tree.setCurrentItem(more_item)
    panel.tree.setFocus()
    with qtbot.waitSignal(panel.more_requested) as more:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert more.args == ["실행 과제"]
    assert panel.more_item("마일스톤") is None
    with qtbot.assertNotEmitted(panel.open_requested), qtbot.assertNotEmitted(panel.more_requested):
        panel.activate(panel.tree.topLevelItem(0))


def test_dispute_deadlines_of_the_whole_federation_say_so(panel: RemindersPanel) -> None:
    whole = Reminders(reminders().items, {"실행 과제": 4}, disputes_whole_federation=True)
    panel.show_reminders(whole)
    heading = panel.tree.topLevelItem(0)
    assert heading is not None and heading.text(0) == "분쟁조정 기한 (2) — 연합회 전체"
    assert "조정 암호" in heading.toolTip(0)
    assert panel.shown_lines()[3] == "실행 과제 (5)"  # other kinds unchanged


def test_long_reminders_wrap_instead_of_being_cut(qtbot, panel: RemindersPanel) -> None:  # type: ignore[no-untyped-def]
    long = "아주 긴 안내 " * 30
    panel.show_reminders(Reminders([Reminder("실행 과제", SEVERITY_OVERDUE, long, None, TARGET_MEETING, 1)]))
    one_line = panel.tree.fontMetrics().height()
    qtbot.waitUntil(lambda: panel.tree.visualItemRect(panel.item_of(long)).height() > 2 * one_line)


def test_nothing_to_do_says_so(panel: RemindersPanel) -> None:
    panel.show_reminders(Reminders([]))
    assert panel.stack.currentWidget() is panel.message
    assert panel.message.text() == "확인할 일이 없습니다."


def test_the_missing_data_list_asks_for_a_members_editor(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MissingMembersDialog("전화번호", [(7, "(주)한빛정밀"), (9, "대성금형(주)")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "전화번호 없는 회원사"
    assert dialog.note.text() == (
        "전화번호 칸이 비어 있는 회원사 2곳입니다. 두 번 누르거나 Enter를 누르면 회원사 정보 수정 창이 열립니다."
    )
    assert dialog.names() == ["(주)한빛정밀", "대성금형(주)"]
    dialog.list.setCurrentRow(0)
    dialog.list.setFocus()
    with qtbot.waitSignal(dialog.edit_requested) as asked:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert asked.args == [7]
    rect = dialog.list.visualItemRect(dialog.list.item(1))
    with qtbot.waitSignal(dialog.edit_requested) as asked:
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [9]
    assert dialog.isVisible()  # stays open for the next member

    # Read again after a member was completed: it leaves the list, the next one is chosen.
    dialog.list.setCurrentRow(0)
    dialog.set_members([(9, "대성금형(주)"), (11, "동아유압(주)")])
    assert dialog.names() == ["대성금형(주)", "동아유압(주)"] and dialog.list.currentRow() == 0
    dialog.list.setCurrentRow(1)
    dialog.set_members([(8, "(주)가나"), (9, "대성금형(주)"), (11, "동아유압(주)")])
    assert dialog.list.currentItem().text() == "동아유압(주)"  # the same member stays chosen
    dialog.set_members([])
    assert dialog.names() == [] and dialog.note.text() == "전화번호 칸이 비어 있는 회원사가 없습니다."


def test_the_missing_data_list_of_a_group_names_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MissingMembersDialog("주소", [(7, "(주)한빛정밀")], None, 3, "R&D분과")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "주소 없는 회원사 — R&D분과" and dialog.group_id == 3

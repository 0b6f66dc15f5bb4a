"""The 회의록 tab and the meeting dialog driven through their widgets, checked against the database."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QDialog

from collabdesk.services.container import Services
from collabdesk.ui import pdf_actions
from collabdesk.ui.meetings import documents, editor, text_blocks
from collabdesk.ui.meetings import tab as tab_module
from collabdesk.ui.meetings.attendance import PERSON, PROXY_HOLDER, STATUS
from collabdesk.ui.meetings.editor import ACTIONS, AGENDA, ATTENDANCE, MeetingDialog
from collabdesk.ui.meetings.items import R_ABSTAIN, R_NO, R_OVERRIDE, R_REASON, R_RESULT, R_TITLE, R_YES
from collabdesk.ui.meetings.rates_dialog import AttendanceRatesDialog
from collabdesk.ui.meetings.rules_dialog import RuleEditDialog, RulesDialog
from collabdesk.ui.meetings.tab import MeetingsTab
from collabdesk.ui.meetings.text_blocks import TextBlocksDialog, insert_block
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.validation.meeting import ABSENT, ATTENDED, PROXY
from collabdesk.validation.quorum import MAJORITY, TWO_THIRDS, QuorumRule

SAMPLE_GROUP = "경기기계협업그룹"


@pytest.fixture(autouse=True)
def asked_here(monkeypatch: pytest.MonkeyPatch, asked):  # type: ignore[no-untyped-def]
    """`confirm` answered without a box in the meetings modules too (qtbot's closing of a changed
    meeting dialog asks whether to discard it)."""
    from collabdesk.ui.meetings import rules_dialog

    for module in (editor, tab_module, text_blocks, rules_dialog):
        monkeypatch.setattr(module, "confirm", asked)
    return asked


@pytest.fixture
def meetings_tab(qtbot, sample_services: Services, asked_here) -> MeetingsTab:  # type: ignore[no-untyped-def]
    widget = MeetingsTab(sample_services)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def group_id(services: Services, name: str = SAMPLE_GROUP) -> int:
    return next(g.id for g in services.groups.tree() if g.name == name)


def titles(tab: MeetingsTab) -> list[str]:
    return [tab.model.row_at(row).title for row in range(tab.model.rowCount())]


def new_dialog(qtbot, services: Services, when: dt.datetime = dt.datetime(2026, 12, 18, 14)) -> MeetingDialog:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog(services, None, group_id=group_id(services))
    qtbot.addWidget(dialog)
    dialog.starts_edit.setDateTime(QDateTime(when))
    dialog.show()
    return dialog


def roll_row(dialog: MeetingDialog, company: str) -> int:
    return next(n for n, row in enumerate(dialog.roll_model.rows) if row.company == company)


def set_cell(dialog: MeetingDialog, company: str, column: int, value: object) -> None:
    model = dialog.roll_model
    assert model.setData(model.index(roll_row(dialog, company), column), value)


def select_all_roll(dialog: MeetingDialog) -> None:
    dialog.roll_view.selectAll()


def add_resolution(dialog: MeetingDialog, title: str, *counts: str) -> int:
    """A new resolution row typed in: its title, then 찬성, 반대 and 기권 as far as given."""
    row = dialog.resolutions.add_row()
    table = dialog.resolutions.table
    table.item(row, R_TITLE).setText(title)
    for column, count in zip((R_YES, R_NO, R_ABSTAIN), counts, strict=False):
        table.item(row, column).setText(count)
    return row


def all_attending(dialog: MeetingDialog) -> None:
    select_all_roll(dialog)
    dialog.mark_selected(ATTENDED)


# --- the list ----------------------------------------------------------------------------------
def test_lists_meetings_newest_first_with_group_year_and_text_search(
    meetings_tab: MeetingsTab, type_text, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert len(titles(meetings_tab)) == 13
    assert titles(meetings_tab)[0] == "2026년 11월 정기회의"
    assert meetings_tab.result_label.text() == "회의 13건"
    years = [meetings_tab.year_filter.itemText(i) for i in range(meetings_tab.year_filter.count())]
    assert years == ["전체", "2026년", "2025년"]
    meetings_tab.year_filter.setCurrentIndex(2)
    assert titles(meetings_tab) == ["2025년 12월 정기회의"]
    meetings_tab.year_filter.setCurrentIndex(0)
    type_text(meetings_tab.search, "예산")  # a resolution of the 정기총회 only
    qtbot.waitUntil(lambda: titles(meetings_tab) == ["2026년 정기총회"])
    qtbot.keyClick(meetings_tab.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(titles(meetings_tab)) == 13)


def test_the_selected_meeting_is_summed_up_beside_the_list(meetings_tab: MeetingsTab) -> None:
    meetings_tab.table.selectRow(0)
    text = meetings_tab.summary.toPlainText()
    assert "2026년 11월 정기회의" in text and "2026. 11. 20.(금) 14:00" in text
    assert "재적 12 · 출석 10 → 성원" in text
    assert "제1호" in text and "가결" in text
    assert "공동 구매 결과 보고" in text
    meetings_tab.table.clearSelection()
    assert not meetings_tab.edit_button.isEnabled() and not meetings_tab.print_button.isEnabled()


# --- a new meeting -----------------------------------------------------------------------------
def test_a_new_meeting_is_recorded_through_the_dialog(qtbot, sample_services: Services, type_text) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, sample_services)
    # Defaults: the title follows kind and month until typed, and place and officers follow the
    # group's last meeting.
    assert dialog.title_edit.text() == "2026년 12월 정기회의"
    assert (dialog.place_edit.text(), dialog.chair_edit.text()) == (
        "경기중소기업지원센터 3층 회의실",
        "김영수",
    )
    assert len(dialog.roll_model.rows) == 12 and all(r.status == ABSENT for r in dialog.roll_model.rows)
    assert dialog.quorum_label.text() == "재적 12 · 출석 0 → 성원 미달 (7명 필요)"

    dialog.pages.setCurrentIndex(ATTENDANCE)
    select_all_roll(dialog)
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "mark_attended"), Qt.MouseButton.LeftButton)
    set_cell(dialog, "태광물류(주)", STATUS, ABSENT)
    set_cell(dialog, "(주)그린코팅", STATUS, PROXY)
    holders = dialog.roll_model.holders(roll_row(dialog, "(주)그린코팅"))
    assert ("태광물류(주)",) not in [(name,) for name, _id in holders]  # absent: cannot hold a proxy
    set_cell(dialog, "(주)그린코팅", PROXY_HOLDER, dict(holders)["(주)한빛정밀"])
    set_cell(dialog, "(주)한빛정밀", PERSON, "김영수 대표")
    assert dialog.quorum_label.text() == "재적 12 · 출석 10 · 위임 1 → 성원"
    assert dialog.pages.tabText(ATTENDANCE) == "출석 (10/12, 위임 1)"
    dialog.guests.add_row()
    dialog.guests.table.item(0, 0).setText("박주무관")
    dialog.guests.table.item(0, 1).setText("경기도청")

    dialog.pages.setCurrentIndex(AGENDA)
    dialog.agenda.add_item()
    type_text(dialog.agenda.title_edit, "2027년 사업계획의 건")
    dialog.agenda.discussion_edit.setPlainText("공동 전시회 참가를 논의함.")
    assert dialog.agenda.list.item(0).text() == "1. 2027년 사업계획의 건"
    dialog.resolutions.add_row()
    table = dialog.resolutions.table
    table.item(0, R_TITLE).setText("2027년 사업계획(안) 승인의 건")
    for column, count in ((R_YES, "9"), (R_NO, "1"), (R_ABSTAIN, "1")):
        table.item(0, column).setText(count)
    assert table.item(0, R_RESULT).text() == "가결 (찬성 9 / 출석 11, 과반수 6 필요)"

    dialog.pages.setCurrentIndex(ACTIONS)
    dialog.actions.add_row()
    dialog.actions.table.item(0, 0).setText("전시회 참가 신청")
    dialog.actions.table.item(0, 1).setText("사무국")
    dialog.actions.table.item(0, 2).setText("2027.1.15")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = sample_services.meetings.get(dialog.saved_id).data
    assert saved.title == "2026년 12월 정기회의" and saved.group_id == group_id(sample_services)
    statuses = {a.company: (a.status, a.person) for a in saved.attendance}
    assert statuses["(주)그린코팅"] == (PROXY, "") and statuses["(주)한빛정밀"] == (ATTENDED, "김영수 대표")
    assert statuses["태광물류(주)"] == (ABSENT, "")
    assert [(g.name, g.organisation) for g in saved.guests] == [("박주무관", "경기도청")]
    assert [(a.title, a.discussion) for a in saved.agenda] == [
        ("2027년 사업계획의 건", "공동 전시회 참가를 논의함.")
    ]
    assert [(r.title, r.yes, r.no, r.abstain) for r in saved.resolutions] == [
        ("2027년 사업계획(안) 승인의 건", 9, 1, 1)
    ]
    assert [(a.what, a.owner, a.due_on) for a in saved.actions] == [
        ("전시회 참가 신청", "사무국", dt.date(2027, 1, 15))
    ]


def test_impossible_attendance_is_refused_and_nothing_saved(
    qtbot, sample_services: Services, messages
) -> None:  # type: ignore[no-untyped-def]
    before = len(sample_services.meetings.search())
    dialog = new_dialog(qtbot, sample_services)
    select_all_roll(dialog)
    dialog.mark_selected(ATTENDED)
    set_cell(dialog, "(주)그린코팅", STATUS, PROXY)
    holder = dict(dialog.roll_model.holders(roll_row(dialog, "(주)그린코팅")))["(주)한빛정밀"]
    set_cell(dialog, "(주)그린코팅", PROXY_HOLDER, holder)
    set_cell(dialog, "(주)한빛정밀", STATUS, ABSENT)  # the holder is now absent
    model = dialog.roll_model
    index = model.index(roll_row(dialog, "(주)그린코팅"), 0)
    assert "불참이라 위임을 받을 수 없습니다" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    dialog.pages.setCurrentIndex(0)
    dialog.accept()
    assert dialog.isVisible() and dialog.pages.currentIndex() == ATTENDANCE
    assert (
        "(주)그린코팅: 위임을 받은 (주)한빛정밀이(가) 불참이라 위임할 수 없습니다." in messages.warning[-1][2]
    )
    assert dialog.error_label.isVisible()
    assert len(sample_services.meetings.search()) == before


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        (("", "", ""), "제1호 의안: 찬성과 반대 수를 입력해 주십시오."),
        (("아홉", "1", ""), "제1호 의안: 찬성 수는 0 이상의 숫자로 입력해 주십시오."),
        (("9", "9", "0"), "찬성·반대·기권을 합한 18표가 출석(12명)보다 많습니다."),
    ],
)
def test_a_resolution_without_sensible_counts_is_refused(
    qtbot, sample_services: Services, messages, counts: tuple[str, str, str], message: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, sample_services)
    select_all_roll(dialog)
    dialog.mark_selected(ATTENDED)
    dialog.resolutions.add_row()
    table = dialog.resolutions.table
    table.item(0, R_TITLE).setText("회비 인상의 건")
    for column, count in zip((R_YES, R_NO, R_ABSTAIN), counts, strict=True):
        table.item(0, column).setText(count)
    dialog.accept()
    assert message in messages.warning[-1][2]
    assert dialog.pages.currentIndex() == AGENDA and dialog.saved_id is None


def test_a_result_set_by_hand_needs_its_reason(qtbot, sample_services: Services, messages) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, sample_services)
    all_attending(dialog)
    add_resolution(dialog, "정관 일부 개정의 건", "7", "5")
    table = dialog.resolutions.table
    rule = table.cellWidget(0, 2)
    assert isinstance(rule, QComboBox)
    rule.setCurrentText("정관 변경")  # 민법 제42조: 3분의 2 of all members, 8 of 12
    assert table.item(0, R_RESULT).text().startswith("부결 (찬성 7 / 재적 12, 3분의 2 이상 8 필요)")
    override = table.cellWidget(0, R_OVERRIDE)
    assert isinstance(override, QComboBox)
    override.setCurrentIndex(override.findData("가결"))
    assert table.item(0, R_RESULT).text() == "가결 (직접 지정, 규칙상 부결)"
    assert dialog.resolutions._state(0)[R_OVERRIDE][:2] == (True, "가결")
    dialog.accept()
    assert "결과를 직접 정할 때는 그 이유를 적어 주십시오" in messages.warning[-1][2]
    table.item(0, R_REASON).setText("서면 결의 2표 추가")
    dialog.accept()
    saved = sample_services.meetings.get(dialog.saved_id).data
    outcome = sample_services.meetings.outcome(saved, saved.resolutions[0])
    assert outcome.text == "가결 (직접 지정: 서면 결의 2표 추가)" and saved.resolutions[0].rule == "정관 변경"


def test_open_action_items_of_the_group_come_up_and_are_closed_with_the_save(
    qtbot, sample_services: Services, asked_here
) -> None:  # type: ignore[no-untyped-def]
    group = group_id(sample_services)
    dialog = new_dialog(qtbot, sample_services)
    assert dialog.pages.tabText(ACTIONS) == "후속조치 (미완료 1)"
    carried = dialog.carried
    assert carried.rowCount() == 1 and carried.item(0, 0).text() == "공동 구매 결과 보고"
    assert carried.item(0, 4).text() == "2026-11-20 2026년 11월 정기회의"
    # A meeting dated before the one the item came from does not see it; the list follows the date.
    dialog.starts_edit.setDateTime(QDateTime(dt.datetime(2026, 11, 1, 14)))
    assert carried.rowCount() == 0 and dialog.pages.tabText(ACTIONS) == "후속조치"
    dialog.starts_edit.setDateTime(QDateTime(dt.datetime(2026, 12, 18, 14)))
    carried.mark_done(0)
    dialog.starts_edit.setDateTime(QDateTime(dt.datetime(2026, 12, 19, 14)))  # the mark survives
    assert carried.done_ids() and dialog.has_changes()
    # 취소: the item stays open.
    dialog.reject()
    assert not dialog.isVisible()
    [still_open] = sample_services.meetings.open_actions(group, dt.datetime(2027, 1, 1))
    # Saved: closed in the same transaction, as of the meeting's date.
    dialog = new_dialog(qtbot, sample_services)
    dialog.carried.mark_done(0)
    select_all_roll(dialog)
    dialog.mark_selected(ATTENDED)
    dialog.accept()
    assert dialog.saved_id is not None
    assert sample_services.meetings.open_actions(group, dt.datetime(2027, 1, 1)) == []
    november = next(m for m in sample_services.meetings.search() if m.title == "2026년 11월 정기회의")
    actions = sample_services.meetings.get(november.id).data.actions
    assert [(a.what, a.closed_on) for a in actions] == [(still_open.what, dt.date(2026, 12, 18))]


# --- editing, deleting, closing -------------------------------------------------------------------
def test_editing_a_meeting_from_the_tab(qtbot, meetings_tab: MeetingsTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def edit_and_save(dialog: MeetingDialog) -> int:
        dialog.place_edit.setText("협회 대회의실")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", edit_and_save)
    meetings_tab.table.selectRow(1)
    meeting_id = meetings_tab.selected_meeting_id()
    qtbot.keyClick(meetings_tab.table, Qt.Key.Key_Return)
    assert meetings_tab.services.meetings.get(meeting_id).data.place == "협회 대회의실"
    assert meetings_tab.selected_meeting_id() == meeting_id
    assert "협회 대회의실" in meetings_tab.summary.toPlainText()


def test_a_meeting_saved_outside_the_filter_is_shown_anyway(
    qtbot, meetings_tab: MeetingsTab, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    meetings_tab.year_filter.setCurrentIndex(2)  # 2025
    monkeypatch.setattr(MeetingDialog, "exec", lambda dialog: (dialog.accept(), dialog.result())[1])
    meetings_tab.add_meeting()
    assert meetings_tab.year_filter.currentIndex() == 0
    row = meetings_tab.selected_meeting()
    assert row is not None and row.starts_at.date() == dt.date.today()


def test_deleting_asks_first(meetings_tab: MeetingsTab, asked_here, qtbot) -> None:  # type: ignore[no-untyped-def]
    meetings_tab.table.selectRow(0)
    asked_here.answer = False
    qtbot.keyClick(meetings_tab.table, Qt.Key.Key_Delete)
    assert "'2026년 11월 정기회의' (2026-11-20) 회의를 삭제하시겠습니까?" in asked_here.questions[-1]
    assert len(titles(meetings_tab)) == 13
    asked_here.answer = True
    meetings_tab.delete_selected()
    assert len(titles(meetings_tab)) == 12 and "2026년 11월 정기회의" not in titles(meetings_tab)


def test_closing_with_unsaved_changes_asks(qtbot, sample_services: Services, asked_here) -> None:  # type: ignore[no-untyped-def]
    meeting_id = sample_services.meetings.search()[0].id
    dialog = MeetingDialog(sample_services, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing changed: no question
    assert asked_here.questions == [] and not dialog.isVisible()
    dialog = MeetingDialog(sample_services, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chair_edit.setText("박영희")
    asked_here.answer = False
    dialog.reject()
    assert "저장하지 않은 내용이 있습니다" in asked_here.questions[-1] and dialog.isVisible()


def test_a_meeting_changed_meanwhile_on_another_pc_is_not_overwritten(
    qtbot, sample_services: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    meetings = sample_services.meetings
    meeting_id = meetings.search()[0].id
    dialog = MeetingDialog(sample_services, meeting_id)
    qtbot.addWidget(dialog)
    detail = meetings.get(meeting_id)
    detail.data.place = "다른 PC에서 고친 장소"
    meetings.update(meeting_id, detail.data, detail.version)
    shown = reload_chosen  # 다시 불러오기
    dialog.place_edit.setText("이 PC에서 고친 장소")
    dialog.accept()
    assert shown == ["다른 사용자가 먼저 수정했습니다. 다시 불러온 뒤 수정해 주십시오."]
    assert meetings.get(meeting_id).data.place == "다른 PC에서 고친 장소"
    assert dialog.place_edit.text() == "다른 PC에서 고친 장소"  # reloaded
    dialog.place_edit.setText("이 PC에서 고친 장소")
    dialog.accept()
    assert meetings.get(meeting_id).data.place == "이 PC에서 고친 장소"


def test_changing_the_group_replaces_the_roll_after_asking(
    qtbot, sample_services: Services, asked_here
) -> None:  # type: ignore[no-untyped-def]
    other = sample_services.groups.create("신규분과")
    dialog = new_dialog(qtbot, sample_services)
    dialog.mark_selected(ATTENDED)  # nothing selected: nothing changes, so no question
    dialog.group_edit.setCurrentIndex(dialog.group_edit.findData(other))
    assert asked_here.questions == [] and dialog.roll_model.rows == []
    assert dialog.quorum_label.text() == "참석 명단이 비어 있습니다."
    dialog.group_edit.setCurrentIndex(dialog.group_edit.findData(group_id(sample_services)))
    select_all_roll(dialog)
    dialog.mark_selected(ATTENDED)
    asked_here.answer = False
    dialog.group_edit.setCurrentIndex(dialog.group_edit.findData(other))
    assert "참석 명단을 새 그룹의 회원사로 바꿉니다" in asked_here.questions[-1]
    assert dialog.group_edit.currentData() == group_id(sample_services) and len(dialog.roll_model.rows) == 12


def test_a_general_meeting_noticed_late_is_flagged(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, sample_services)
    dialog.kind_edit.setCurrentText("정기총회")
    assert dialog.title_edit.text() == "2026년 12월 정기총회"
    dialog.notice_check.setChecked(True)
    dialog.notice_edit.setDate(dt.date(2026, 12, 15))
    assert "3일 전" in dialog.notice_warning.text()
    dialog.notice_edit.setDate(dt.date(2026, 12, 1))
    assert dialog.notice_warning.text() == ""


# --- documents ---------------------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")
def test_minutes_and_signin_sheet_are_saved_as_pdf(
    qtbot, meetings_tab: MeetingsTab, tmp_path: Path, messages
) -> None:  # type: ignore[no-untyped-def]
    meetings_tab.table.selectRow(0)
    meeting_id = meetings_tab.selected_meeting_id()
    for which, name in ((documents.MINUTES, "회의록.pdf"), (documents.SIGNIN, "서명부.pdf")):
        path = tmp_path / name
        documents.save(meetings_tab, meetings_tab.services.meetings, meeting_id, which, path)
        qtbot.waitUntil(lambda p=path: p.exists() and len(messages.information) >= 1, timeout=20_000)
        text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
        assert "2026년 11월 정기회의" in text
        messages.information.clear()
    assert documents.default_file_name('3/4분기 "정기" 회의', "회의록") == "3 4분기 정기 회의_회의록.pdf"


def test_print_preview_shows_the_minutes_pdf(qtbot, meetings_tab: MeetingsTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    previewed: list[tuple[bytes, str]] = []

    class Preview:
        def __init__(self, parent, pdf: bytes, title: str) -> None:  # type: ignore[no-untyped-def]
            previewed.append((pdf, title))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(pdf_actions, "preview_pdf", Preview)
    meetings_tab.table.selectRow(0)
    qtbot.keyClick(meetings_tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(previewed) == 1, timeout=20_000)
    pdf, title = previewed[0]
    assert pdf.startswith(b"%PDF") and title == "회의록 - 2026년 11월 정기회의"
    meetings_tab._document(documents.SIGNIN, documents.PREVIEW)
    qtbot.waitUntil(lambda: len(previewed) == 2, timeout=20_000)
    assert previewed[1][1] == "참석자 서명부 - 2026년 11월 정기회의"
    printed: list[bytes] = []
    monkeypatch.setattr(pdf_actions, "print_pdf", lambda parent, pdf: printed.append(pdf) or True)
    meetings_tab._document(documents.MINUTES, documents.PRINT)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=20_000)
    assert printed[0].startswith(b"%PDF") and len(previewed) == 2
    assert BackgroundTask.wait_for_all()


# --- side dialogs ------------------------------------------------------------------------------
def test_attendance_rates_over_a_period(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = AttendanceRatesDialog(sample_services, group_id(sample_services))
    qtbot.addWidget(dialog)
    dialog.start.setDate(dt.date(2026, 1, 1))
    dialog.end.setDate(dt.date(2026, 12, 31))
    dialog.reload()
    rows = {r.company: (r.attended, r.meetings) for r in dialog.model.rows}
    assert len(rows) == 12 and all(total == 12 for _attended, total in rows.values())  # 11 + 정기총회
    expected = sample_services.meetings.attendance_rates(
        group_id(sample_services), dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    )
    assert dialog.model.rows == expected
    assert dialog.summary.text().startswith("회원사 12곳 · 회의 최대 12회 · 평균 출석률")
    dialog.start.setDate(dt.date(2027, 1, 1))
    dialog.reload()
    assert dialog.model.rows == [] and dialog.summary.text() == "기간의 시작일이 끝일보다 늦습니다."


def test_a_group_gets_its_own_rule_from_the_rules_dialog(
    qtbot, sample_services: Services, monkeypatch, asked_here
) -> None:  # type: ignore[no-untyped-def]
    dialog = RulesDialog(sample_services, group_id(sample_services))
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 2

    def fill(rule_dialog: RuleEditDialog) -> int:
        rule_dialog.name.setText("임원 선출")
        rule_dialog.attendance.setCurrentIndex(rule_dialog.attendance.findText("3분의 2 이상"))
        rule_dialog.accept()
        return rule_dialog.result()

    monkeypatch.setattr(RuleEditDialog, "exec", fill)
    dialog.add_rule()
    rules = sample_services.meetings.rules(group_id(sample_services))
    assert rules["임원 선출"].attendance == TWO_THIRDS
    assert sample_services.meetings.rules(None).get("임원 선출") is None
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(2))
    assert dialog.remove_button.isEnabled()
    dialog.remove_rule()
    assert "임원 선출" not in sample_services.meetings.rules(group_id(sample_services))
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert not dialog.remove_button.isEnabled()  # built in: nothing of this group's to remove


def test_text_blocks_are_kept_and_inserted(qtbot, sample_services: Services, type_text) -> None:  # type: ignore[no-untyped-def]
    dialog = TextBlocksDialog(sample_services.meetings)
    qtbot.addWidget(dialog)
    dialog.new_block()
    type_text(dialog.name_edit, "성원")
    dialog.body_edit.setPlainText("재적 과반수가 출석하여 성원됨.")
    dialog.save_block()
    assert dict(sample_services.meetings.text_blocks())["성원"] == "재적 과반수가 출석하여 성원됨."
    meeting = new_dialog(qtbot, sample_services)
    meeting.opening_edit.setPlainText("개회 전 묵념.")
    meeting.opening_edit.moveCursor(meeting.opening_edit.textCursor().MoveOperation.End)
    insert_block(meeting.opening_edit, "재적 과반수가 출석하여 성원됨.")
    assert meeting.opening_edit.toPlainText() == "개회 전 묵념.\n재적 과반수가 출석하여 성원됨."


def test_bulk_marking_several_companies(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, sample_services)
    selection = dialog.roll_view.selectionModel()
    for row in (0, 2, 4):
        selection.select(
            dialog.roll_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "mark_deputy"), Qt.MouseButton.LeftButton)
    assert [r.status for r in dialog.roll_model.rows][:5] == [
        "대리참석",
        ABSENT,
        "대리참석",
        ABSENT,
        "대리참석",
    ]
    assert dialog.quorum_label.text() == "재적 12 · 출석 3 → 성원 미달 (7명 필요)"


def test_a_resolution_keeps_the_rule_it_was_decided_by(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    """Removing a group's rule later neither changes the recorded result nor stops a re-save."""
    meetings = sample_services.meetings
    group = group_id(sample_services)
    meetings.set_rule(group, QuorumRule("임원 선출", TWO_THIRDS, MAJORITY))
    dialog = new_dialog(qtbot, sample_services)
    all_attending(dialog)
    add_resolution(dialog, "감사 선출의 건", "7", "5")
    table = dialog.resolutions.table
    table.cellWidget(0, 2).setCurrentText("임원 선출")
    dialog.accept()
    meetings.delete_rule(group, "임원 선출")
    again = MeetingDialog(sample_services, dialog.saved_id)
    qtbot.addWidget(again)
    again.show()
    assert again.resolutions.table.cellWidget(0, 2).currentText() == "임원 선출"
    assert again.resolutions.table.item(0, R_RESULT).text() == "가결 (찬성 7 / 출석 12, 과반수 7 필요)"
    again.resolutions.add_row()  # moving rows keeps what each row was decided by
    again.resolutions.table.item(1, R_TITLE).setText("회비의 건")
    again.resolutions.table.item(1, R_YES).setText("12")
    again.resolutions.table.item(1, R_NO).setText("0")
    again.resolutions.table.setCurrentCell(1, 1)
    again.resolutions.move_row(-1)
    assert again.resolutions.table.item(1, R_RESULT).text() == "가결 (찬성 7 / 출석 12, 과반수 7 필요)"
    again.accept()
    assert again.result() == QDialog.DialogCode.Accepted
    saved = meetings.get(again.saved_id).data
    assert [r.title for r in saved.resolutions] == ["회비의 건", "감사 선출의 건"]
    assert meetings.outcome(saved, saved.resolutions[1]).passed


def test_a_summary_that_cannot_be_made_is_said_in_the_pane_without_a_loop(
    meetings_tab: MeetingsTab, monkeypatch, messages
) -> None:  # type: ignore[no-untyped-def]
    from collabdesk.errors import UserError

    def refuse(*_args: object) -> str:
        raise UserError("찬성·반대·기권을 합한 12표가 출석(10명)보다 많습니다.")

    monkeypatch.setattr(tab_module, "summary_html", refuse)
    meetings_tab.table.selectRow(0)
    meetings_tab.table.selectRow(1)
    assert "12표가 출석(10명)보다 많습니다" in meetings_tab.summary.toPlainText()
    assert messages.warning == []


def test_unusual_digits_in_a_vote_are_refused_not_a_crash(qtbot, sample_services: Services, messages) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, sample_services)
    dialog.resolutions.add_row()
    table = dialog.resolutions.table
    table.item(0, R_TITLE).setText("회비의 건")
    table.item(0, R_YES).setText("①")
    table.item(0, R_NO).setText("²")
    assert table.item(0, R_RESULT).text() == "찬성·반대·기권은 숫자로 입력하십시오"
    dialog.accept()
    assert "찬성 수는 0 이상의 숫자로" in messages.warning[-1][2]


def test_the_summary_says_a_result_was_set_by_hand(qtbot, meetings_tab: MeetingsTab) -> None:  # type: ignore[no-untyped-def]
    meetings = meetings_tab.services.meetings
    meeting_id = meetings.search()[0].id
    detail = meetings.get(meeting_id)
    detail.data.resolutions[0].result_override = "부결"
    detail.data.resolutions[0].override_reason = "정관 제20조에 따라 서면 반대 포함"
    meetings.update(meeting_id, detail.data, detail.version)
    meetings_tab.refresh()
    meetings_tab.table.selectRow(0)
    assert "부결 (직접 지정)" in meetings_tab.summary.toPlainText()
    assert [m.id for m in meetings.search(text="제20조")] == [meeting_id]

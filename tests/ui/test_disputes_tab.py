"""The 분쟁조정 tab and its dialogs driven through their widgets on the sample data (a 2025 case settled
with an agreement version made from it, and a case under way received 55 days ago), checked against
the database, the case history and the 조정조서 PDF (pdftotext)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from collabdesk.services.container import Services
from collabdesk.services.dispute_stats import DisputeRow
from collabdesk.services.member_query import MemberFilter
from collabdesk.ui.disputes import actions as actions_module
from collabdesk.ui.disputes import case_dialog, mediators_dialog, unlock
from collabdesk.ui.disputes.case_dialog import NAME, CaseDialog
from collabdesk.ui.disputes.deadline_dialog import ExtensionDialog
from collabdesk.ui.disputes.detail import CHANGES, CLAIM
from collabdesk.ui.disputes.list_model import (
    APPLICANTS,
    CLOSED_COLOUR,
    DEADLINE,
    DUE_SOON_COLOUR,
    OVERDUE_COLOUR,
    RESPONDENTS,
    TYPE,
)
from collabdesk.ui.disputes.lock_bar import LOCKED, OPEN, UNLOCKED
from collabdesk.ui.disputes.mediators_dialog import MediatorEditDialog, MediatorsDialog
from collabdesk.ui.disputes.outcome_dialog import OutcomeAgreementDialog, OutcomeDialog
from collabdesk.ui.disputes.session_dialog import SessionDialog
from collabdesk.ui.disputes.stats_dialog import StatsDialog
from collabdesk.ui.disputes.status_dialog import StatusDialog
from collabdesk.ui.disputes.tab import DisputesTab
from collabdesk.ui.disputes.unlock import PasswordDialog, PasswordSettingsDialog
from collabdesk.ui.pdf_actions import PREVIEW, SAVE
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.validation.dispute import APPLICANT, RESPONDENT, DisputeData, PartyInput

PASSWORD = "조정비번2026"
WAIT = 20_000
CLAIM_WORD = "감속기"  # in the open sample case's claim
PARTY_WORD = "동방정공"  # its outside respondent
SETTLED_NUMBER = "2025-조정-001"
SMART = "스마트 공작기계 공동개발"


# --- helpers -------------------------------------------------------------------------------------
def driven(cls: type[QDialog], drive: Callable[[Any], None], monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """`cls.exec()` runs `drive(dialog)` instead of waiting for a user; returns the dialogs opened."""
    opened: list[Any] = []

    def exec_(dialog: Any) -> int:
        opened.append(dialog)
        drive(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", exec_)
    return opened


def model_texts(model: QAbstractItemModel) -> Iterator[str]:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value:
                    yield str(value)


def widget_texts(root: QWidget) -> list[str]:
    """Every text the widget tree holds: labels, buttons, fields, text views, table cells, combo
    entries and tooltips — whether shown or not."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(n) for n in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += list(model_texts(widget.model()))
    return [t for t in texts if t]


def row_of(tab: DisputesTab, status: str) -> DisputeRow:
    return next(r for r in tab.model.rows if r.status == status)


def open_row(tab: DisputesTab) -> DisputeRow:
    return row_of(tab, "조정진행")


def settled_row(tab: DisputesTab) -> DisputeRow:
    return row_of(tab, "조정성립")


def member_id(services: Services, name: str) -> int:
    return next(r.id for r in services.members.page(MemberFilter(text=name)) if r.name == name)


def project_id(services: Services, name: str) -> int:
    return next(r.id for r in services.projects.search() if r.name == name)


def history_actions(tab: DisputesTab) -> list[str]:
    """The 작업 column of the case's 변경 이력 page."""
    tab.detail.pages.setCurrentIndex(CHANGES)
    table = tab.detail.changes.table
    return [table.item(row, 3).text() for row in range(table.rowCount())]


def pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


# --- fixtures ------------------------------------------------------------------------------------
def make_tab(qtbot, services: Services) -> DisputesTab:  # type: ignore[no-untyped-def]
    widget = DisputesTab(services)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


@pytest.fixture
def tab(qtbot, sample_services: Services) -> DisputesTab:  # type: ignore[no-untyped-def]
    """The sample with no password: the records open without asking."""
    return make_tab(qtbot, sample_services)


@pytest.fixture
def locked(qtbot, sample_services: Services) -> DisputesTab:  # type: ignore[no-untyped-def]
    sample_services.disputes.set_password(PASSWORD)
    return make_tab(qtbot, sample_services)


@pytest.fixture(autouse=True)
def asked_here(monkeypatch: pytest.MonkeyPatch, asked):  # type: ignore[no-untyped-def]
    for module in (actions_module, case_dialog, mediators_dialog, unlock):
        monkeypatch.setattr(module, "confirm", asked)
    return asked


def unlocking(monkeypatch: pytest.MonkeyPatch, password: str = PASSWORD) -> list[PasswordDialog]:
    def drive(dialog: PasswordDialog) -> None:
        dialog.password_edit.setText(password)
        dialog.accept()

    return driven(PasswordDialog, drive, monkeypatch)


# --- locked --------------------------------------------------------------------------------------
def test_the_locked_tab_shows_numbers_and_statuses_only_and_no_case_text_anywhere(
    qtbot, locked: DisputesTab
) -> None:  # type: ignore[no-untyped-def]
    assert locked.lock_bar.state == LOCKED and locked.lock_bar.unlock_button.isVisible()
    assert "분쟁조정 기록은 암호로 보호됩니다" in locked.lock_bar.label.text()
    rows = locked.model.rows
    assert len(rows) == 2 and all(r.locked for r in rows)
    assert SETTLED_NUMBER in [r.number for r in rows]
    for column in (APPLICANTS, RESPONDENTS, TYPE):
        assert locked.table.isColumnHidden(column)
    # The filters that tell what a case is about are greyed out; nothing can be changed or printed.
    for widget in (locked.type_filter, locked.party_filter, locked.member_button):
        assert not widget.isEnabled()
    for button in (locked.add_button, locked.edit_button, locked.status_button, locked.print_button):
        assert not button.isEnabled()
    locked.select_case(open_row(locked).id)
    assert open_row(locked).number in locked.detail.overview.toPlainText()
    assert "잠금을 해제하면" in locked.detail.overview.toPlainText()
    assert locked.detail.detail is None and not locked.detail.pages.isVisible()

    texts = " ".join(widget_texts(locked))
    for secret in (
        CLAIM_WORD,
        PARTY_WORD,
        "세진기공",
        "코리아엠텍",
        "28,000,000",
        "구매",
        "지원센터",
        "최원석",
    ):
        assert secret not in texts, secret
    # Nothing was read: no case was viewed while locked.
    detail_entries = locked.services.history.for_record("dispute_cases", open_row(locked).id)
    assert [e.action for e in detail_entries if e.action == "view"] == []


def test_search_while_locked_looks_at_numbers_only(qtbot, locked: DisputesTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    locked.search.setText(CLAIM_WORD)
    qtbot.waitUntil(lambda: locked.model.rowCount() == 0, timeout=3000)
    locked.search.setText("2025-조정")
    qtbot.waitUntil(lambda: [r.number for r in locked.model.rows] == [SETTLED_NUMBER], timeout=3000)
    # Unlocked, the same word finds the case whose claim holds it.
    unlocking(monkeypatch)
    locked.lock_bar.unlock_button.click()
    assert locked.search.text() == "2025-조정"  # what was typed while locked stays
    locked.search.setText(CLAIM_WORD)
    qtbot.waitUntil(lambda: [r.status for r in locked.model.rows] == ["조정진행"], timeout=3000)
    assert PARTY_WORD in locked.model.rows[0].respondents


def test_a_wrong_password_is_said_and_the_right_one_unlocks_the_texts_and_is_in_the_history(
    qtbot, locked: DisputesTab, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    running = open_row(locked)
    locked.select_case(running.id)
    said: list[str] = []

    def drive(dialog: PasswordDialog) -> None:
        assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
        dialog.password_edit.setText("틀린암호")
        dialog.accept()
        said.append(dialog.error_label.text())
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.access is None
        assert dialog.password_edit.text() == ""
        dialog.password_edit.setText(PASSWORD)
        dialog.accept()

    opened = driven(PasswordDialog, drive, monkeypatch)
    assert locked.unlock()
    assert said == ["조정 암호가 맞지 않습니다."]
    assert len(opened) == 1 and opened[0].case_id == running.id
    assert locked.lock_bar.state == UNLOCKED and locked.lock_bar.lock_button.isVisible()
    assert not locked.table.isColumnHidden(APPLICANTS) and locked.type_filter.isEnabled()
    # The texts, once unlocked.
    assert locked.selected_row() is not None and locked.selected_row().id == running.id
    locked.detail.pages.setCurrentIndex(CLAIM)
    assert CLAIM_WORD in locked.detail.claim.toPlainText()
    assert PARTY_WORD in locked.detail.overview.toPlainText()
    assert CLAIM_WORD in " ".join(widget_texts(locked))
    # The case's history: the refused attempt, the unlock, and the view that opening it was.
    actions = history_actions(locked)
    assert actions[:3] == ["열람", "잠금 해제", "조정 암호 틀림"]

    # 잠그기: numbers only again, and the texts gone from the window.
    locked.lock_bar.lock_button.click()
    assert locked.lock_bar.state == LOCKED and locked.table.isColumnHidden(APPLICANTS)
    assert locked.detail.detail is None
    texts = " ".join(widget_texts(locked))
    assert CLAIM_WORD not in texts and PARTY_WORD not in texts


def test_without_a_password_the_tab_is_open_and_suggests_one_then_a_password_keeps_it_unlocked(
    qtbot, tab: DisputesTab, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert tab.lock_bar.state == OPEN and not tab.lock_bar.unlock_button.isVisible()
    assert "조정 암호 설정" in tab.lock_bar.label.text()
    assert tab.add_button.isEnabled() and all(not r.locked for r in tab.model.rows)

    def drive(dialog: PasswordSettingsDialog) -> None:
        assert not dialog.had_password
        dialog.new_edit.setText("비번1234")
        dialog.repeat_edit.setText("비번12345")
        dialog.accept()
        assert "서로 다릅니다" in dialog.error_label.text() and dialog.result() != QDialog.DialogCode.Accepted
        dialog.new_edit.setText("12")
        dialog.repeat_edit.setText("12")
        dialog.accept()
        assert "4자 이상" in dialog.error_label.text()
        dialog.new_edit.setText(PASSWORD)
        dialog.repeat_edit.setText(PASSWORD)
        dialog.accept()

    driven(PasswordSettingsDialog, drive, monkeypatch)
    assert tab.set_password()
    assert tab.services.disputes.has_password()
    assert tab.lock_bar.state == UNLOCKED and all(not r.locked for r in tab.model.rows)
    tab.lock()
    assert tab.lock_bar.state == LOCKED and all(r.locked for r in tab.model.rows)

    # Removing it asks the current one; the records are open again.
    def remove(dialog: PasswordSettingsDialog) -> None:
        assert dialog.had_password
        dialog.remove_box.setChecked(True)
        assert not dialog.new_edit.isEnabled()
        dialog.current_edit.setText("틀림")
        dialog.accept()
        assert "맞지 않습니다" in dialog.error_label.text()
        dialog.current_edit.setText(PASSWORD)
        dialog.accept()

    driven(PasswordSettingsDialog, remove, monkeypatch)
    assert tab.set_password()
    assert not tab.services.disputes.has_password() and tab.lock_bar.state == OPEN


def test_a_password_changed_on_another_pc_locks_the_window_again(
    qtbot, locked: DisputesTab, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    unlocking(monkeypatch)
    assert locked.unlock() and locked.lock_bar.state == UNLOCKED
    locked.services.disputes.set_password("새암호2027", PASSWORD)  # as another PC would
    locked.refresh()
    qtbot.waitUntil(lambda: locked.lock_bar.state == LOCKED, timeout=3000)
    assert "다시 잠겼습니다" in locked.lock_bar.label.text()
    assert all(r.locked for r in locked.model.rows)


# --- the list ------------------------------------------------------------------------------------
def test_deadline_flags_stand_out_and_the_counts_line_adds_them_up(
    qtbot, tab: DisputesTab, monkeypatch, messages
) -> None:  # type: ignore[no-untyped-def]
    services = tab.services
    today = dt.date.today()
    late = services.disputes.create(
        DisputeData(
            today - dt.timedelta(days=70),
            "납기",
            [PartyInput(APPLICANT, "갑상사"), PartyInput(RESPONDENT, "을공업")],
            claim_summary="납기 지연 배상",
        ),
        tab.access,
    )
    tab.refresh()
    model = tab.model

    def cell(case_id: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.data(model.index(model.row_of(case_id), DEADLINE), role)

    running, settled = open_row(tab), settled_row(tab)
    assert cell(late) == "10일 지남" and cell(late, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert cell(running.id) == "D-5"
    assert cell(running.id, Qt.ItemDataRole.ForegroundRole).color() == DUE_SOON_COLOUR
    assert cell(settled.id) == ""
    assert cell(settled.id, Qt.ItemDataRole.ForegroundRole).color() == CLOSED_COLOUR
    assert "기한이 지났습니다" in cell(late, Qt.ItemDataRole.ToolTipRole)
    assert tab.result_label.text() == "진행 2 · 기한 지남 1 · 기한 임박 1 · 종결 1"

    # The status filter: 진행 중 and one status.
    pick(tab.status_filter, "진행 중")
    assert {r.status for r in model.rows} == {"접수", "조정진행"}
    pick(tab.status_filter, "조정성립")
    assert [r.number for r in model.rows] == [SETTLED_NUMBER]
    pick(tab.status_filter, "전체")
    pick(tab.type_filter, "납기")
    assert [r.id for r in model.rows] == [late]
    pick(tab.type_filter, "전체")
    tab.party_filter.setText("을공")
    qtbot.waitUntil(lambda: [r.id for r in model.rows] == [late], timeout=3000)
    tab.party_filter.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=3000)
    seojin = member_id(services, "세진기공(주)")
    monkeypatch.setattr("collabdesk.ui.disputes.tab.pick_member", lambda *a, **k: (seojin, "세진기공(주)"))
    tab.member_button.click()
    assert [r.id for r in model.rows] == [running.id] and "세진기공(주)" in tab.member_button.text()
    tab.member_button.click()
    assert model.rowCount() == 3 and tab.member_button.text() == "회원사…"

    # 기한 연장: the near case is no longer near.
    tab.select_case(running.id)

    def extend(dialog: ExtensionDialog) -> None:
        dialog.days_spin.setValue(30)
        assert dialog.result_label.text().endswith((running.deadline + dt.timedelta(days=30)).isoformat())
        dialog.accept()
        assert "사유를 적어 주십시오" in messages.texts[-1]  # no reason yet: refused, the dialog stays
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.reason_edit.setText("보완 자료 제출 기간")
        dialog.accept()

    driven(ExtensionDialog, extend, monkeypatch)
    tab.extend_button.click()
    assert cell(running.id) == "D-35" and cell(running.id, Qt.ItemDataRole.ForegroundRole) is None
    assert "30일 연장" in tab.detail.overview.toPlainText()
    assert tab.detail.extensions.item(0, 2).text() == "보완 자료 제출 기간"
    assert tab.result_label.text() == "진행 2 · 기한 지남 1 · 종결 1"


def test_delete_does_nothing_and_says_why_in_a_tooltip(qtbot, tab: DisputesTab) -> None:  # type: ignore[no-untyped-def]
    tab.select_case(settled_row(tab).id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(tab.services.disputes.search()) == 2
    assert "취하나 각하로 종결" in tab.status_button.toolTip()


# --- cases ---------------------------------------------------------------------------------------
def test_a_new_case_through_the_dialog_is_numbered_and_saved(qtbot, tab: DisputesTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    services = tab.services
    mould = member_id(services, "대성금형(주)")
    monkeypatch.setattr(case_dialog, "pick_member", lambda *args, **kwargs: (mould, "대성금형(주)"))
    received = dt.date.today() - dt.timedelta(days=3)

    def drive(dialog: CaseDialog) -> None:
        assert dialog.target_spin.value() == 60
        dialog.received_edit.setDate(case_dialog.qdate(received))
        pick(dialog.type_combo, "품질")
        dialog.findChild(QAbstractButton, "add_member_party").click()
        dialog.findChild(QAbstractButton, "add_outside_party").click()
        dialog.parties.item(1, NAME).setText("(주)한성정밀")
        sides = [p.side for p in dialog.party_inputs()]
        assert sides == [APPLICANT, RESPONDENT]
        pick(dialog.project_combo, SMART)
        versions = [dialog.agreement_combo.itemText(n) for n in range(dialog.agreement_combo.count())]
        assert versions == ["접수일에 유효한 협약", "제1차 (2026-03-02)", "제2차 (2026-09-01)"]
        dialog.amount_edit.setText("12,500,000")
        dialog.mediator_list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.claim_edit.setPlainText("금형 치수 불량에 따른 재작업 비용 청구")
        dialog.accept()

    opened = driven(CaseDialog, drive, monkeypatch)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    assert len(opened) == 1 and opened[0].saved_id is not None
    case_id = opened[0].saved_id
    detail = services.disputes.get(case_id, tab.access)
    year_cases = [
        r for r in services.disputes.search(access=tab.access) if r.received_on.year == received.year
    ]
    assert detail.number == f"{received.year}-조정-{len(year_cases):03d}"
    assert detail.status == "접수" and detail.data.amount == 12_500_000
    assert [(p.side, p.name) for p in detail.parties] == [
        (APPLICANT, "대성금형(주)"),
        (RESPONDENT, "(주)한성정밀"),
    ]
    assert detail.project_name == SMART
    assert detail.agreement_number == (2 if received >= dt.date(2026, 9, 1) else 1)
    assert detail.mediators == ["박정호 (경기테크노파크 기업지원본부장)"]
    # Selected in the list and shown beside it.
    assert tab.selected_row() is not None and tab.selected_row().number == detail.number
    assert tab.detail.detail is not None and tab.detail.detail.id == case_id
    assert "금형 치수 불량" in tab.detail.claim.toPlainText()


def test_a_case_dialog_with_bad_input_stays_open_and_saves_nothing(qtbot, tab: DisputesTab, messages) -> None:  # type: ignore[no-untyped-def]
    dialog = CaseDialog(tab.services, tab.access, None, tab)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("많이")
    dialog.accept()
    assert "원 단위 숫자" in dialog.error_label.text()
    dialog.amount_edit.clear()
    dialog.accept()  # no parties
    assert "신청인" in dialog.error_label.text() and dialog.result() != QDialog.DialogCode.Accepted
    assert len(tab.services.disputes.search()) == 2
    dialog.done(0)


def test_a_stale_edit_offers_to_read_the_case_again(
    qtbot, tab: DisputesTab, monkeypatch, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    services = tab.services
    running = open_row(tab)
    tab.select_case(running.id)
    original = tab.detail.detail.data.claim_summary

    def drive(dialog: CaseDialog) -> None:
        dialog.claim_edit.setPlainText("이 창에서 고친 내용")
        # Another PC adds a session meanwhile: the case's version moves on.
        current = services.disputes.get(running.id, tab.access)
        services.disputes.set_outcome(running.id, "다른 PC의 메모", current.version, tab.access)
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.claim_edit.toPlainText() == original  # read again, as chosen
        dialog.target_spin.setValue(90)
        dialog.accept()

    driven(CaseDialog, drive, monkeypatch)
    tab.edit_button.click()
    assert reload_chosen and "다른 사용자가 먼저 수정했습니다" in reload_chosen[0]
    detail = services.disputes.get(running.id, tab.access)
    assert detail.data.target_days == 90 and detail.outcome_text == "다른 PC의 메모"
    assert detail.data.claim_summary == original


# --- the workflow --------------------------------------------------------------------------------
def test_only_legal_steps_are_offered_a_forced_one_is_refused_and_reopening_asks_a_reason(
    qtbot, tab: DisputesTab, monkeypatch, messages
) -> None:  # type: ignore[no-untyped-def]
    settled = settled_row(tab)
    tab.select_case(settled.id)

    def drive(dialog: StatusDialog) -> None:
        offered = [dialog.status_combo.itemText(n) for n in range(dialog.status_combo.count())]
        assert offered == ["조정진행"]
        assert dialog.note_label.text() == "다시 진행하는 사유(&N)"
        # Forced: a step the workflow does not allow is refused by the service and said.
        dialog.status_combo.addItem("취하")
        pick(dialog.status_combo, "취하")
        dialog.note_edit.setPlainText("착오")
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "'조정성립' 상태에서 '취하'(으)로 바꿀 수 없습니다" in messages.texts[-1]
        pick(dialog.status_combo, "조정진행")
        dialog.note_edit.clear()
        dialog.accept()
        assert "종결된 사건을 다시 진행하려면 그 사유를 적어 주십시오" in messages.texts[-1]
        dialog.note_edit.setPlainText("피신청인이 지급 기일을 지키지 않아 재조정 신청")
        dialog.accept()

    driven(StatusDialog, drive, monkeypatch)
    tab.status_button.click()
    detail = tab.services.disputes.get(settled.id, tab.access)
    assert detail.status == "조정진행" and detail.closed_on is None
    assert detail.steps[-1].note == "피신청인이 지급 기일을 지키지 않아 재조정 신청"
    assert tab.selected_row().status == "조정진행"
    assert tab.detail.steps.item(tab.detail.steps.rowCount() - 1, 1).text() == "조정성립 → 조정진행"


def test_settling_asks_the_terms_and_the_outcome_makes_a_linked_agreement_version(
    qtbot, tab: DisputesTab, monkeypatch, messages
) -> None:  # type: ignore[no-untyped-def]
    services = tab.services
    smart = project_id(services, SMART)
    before = services.projects.get(smart).versions
    today = dt.date.today()
    case_id = services.disputes.create(
        DisputeData(
            today - dt.timedelta(days=20),
            "수익·과실배분",
            [
                PartyInput(APPLICANT, member_id=member_id(services, "대성금형(주)")),
                PartyInput(RESPONDENT, member_id=member_id(services, "(주)한빛정밀")),
            ],
            claim_summary="사출 물량 배분",
            project_id=smart,
        ),
        tab.access,
    )
    services.disputes.change_status(case_id, "조정진행", today - dt.timedelta(days=10), "배정", 1, tab.access)
    tab.refresh()
    assert tab.select_case(case_id)
    assert not tab.detail.agreement_button.isEnabled()  # no terms yet

    def settle(dialog: StatusDialog) -> None:
        pick(dialog.status_combo, "조정성립")
        assert dialog.outcome_edit.isVisibleTo(dialog)
        dialog.note_edit.setPlainText("양측 서명")
        dialog.accept()
        assert "조정 내용" in messages.texts[-1] and dialog.result() != QDialog.DialogCode.Accepted
        dialog.outcome_edit.setPlainText("대성금형(주)의 지분을 30%로 올리고 (주)한빛정밀은 35%로 한다.")
        dialog.accept()

    driven(StatusDialog, settle, monkeypatch)
    tab.status_button.click()
    assert tab.detail.detail.status == "조정성립"
    assert "지분을 30%로" in tab.detail.outcome.toPlainText()
    assert tab.detail.agreement_button.isEnabled()
    made: list[int] = []
    tab.agreements_changed.connect(made.append)

    def write(dialog: OutcomeAgreementDialog) -> None:
        assert "지분을 30%로" in dialog.findChild(QPlainTextEdit, "outcome_terms").toPlainText()
        # Anyone sees the project's agreements: the prefilled note does not name the case.
        assert dialog.note_edit.text() == "조정 결과에 따른 변경"
        shares = {row.name: row.share for row in dialog.model.rows}
        assert shares["대성금형(주)"] == "20"  # started from the current version
        for row in dialog.model.rows:
            row.share = {"(주)한빛정밀": "36", "대성금형(주)": "30"}.get(row.name, row.share)
        dialog.accept()  # 101%: the project service refuses, the dialog stays with what was typed
        assert "지분 합계" in messages.texts[-1] and dialog.result() != QDialog.DialogCode.Accepted
        dialog.model.rows[0].share = "35"
        dialog.accept()

    driven(OutcomeAgreementDialog, write, monkeypatch)
    tab.detail.agreement_button.click()
    after = services.projects.get(smart).versions
    assert len(after) == len(before) + 1
    number = tab.detail.detail.number
    assert after[-1].note == "조정 결과에 따른 변경" and number not in after[-1].note
    assert made == [smart]
    detail = services.disputes.get(case_id, tab.access)
    assert detail.outcome_agreement_number == after[-1].number
    assert f"협약 제{after[-1].number}차를 만들었습니다" in tab.detail.outcome_label.text()
    assert not tab.detail.agreement_button.isEnabled()  # once per outcome


def test_the_outcome_dialog_and_a_case_without_a_project(qtbot, tab: DisputesTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    running = open_row(tab)
    tab.select_case(running.id)
    assert not tab.detail.agreement_button.isEnabled()
    driven(
        OutcomeDialog,
        lambda d: (d.text_edit.setPlainText("1. 대금 중 40,000,000원을 지급한다."), d.accept()),
        monkeypatch,
    )
    tab.detail.outcome_button.click()
    assert (
        tab.services.disputes.get(running.id, tab.access).outcome_text
        == "1. 대금 중 40,000,000원을 지급한다."
    )
    assert not tab.detail.agreement_button.isEnabled()
    assert "관련 과제가 없는" in tab.detail.agreement_button.toolTip()


def test_sessions_are_added_changed_and_deleted(qtbot, tab: DisputesTab, monkeypatch, asked_here) -> None:  # type: ignore[no-untyped-def]
    running = open_row(tab)
    tab.select_case(running.id)
    tab.detail.pages.setCurrentIndex(3)
    assert tab.detail.sessions.rowCount() == 1
    held = dt.date.today() - dt.timedelta(days=2)

    def add(dialog: SessionDialog) -> None:
        dialog.date_edit.setDate(case_dialog.qdate(held))
        dialog.place_edit.setText("협회 회의실")
        dialog.attendees_edit.setText("양측 대표, 조정위원 최원석")
        dialog.summary_edit.setPlainText("검사 성적서를 검토함")
        dialog.next_edit.setPlainText("제3차 기일에 조정안 제시")
        dialog.accept()

    driven(SessionDialog, add, monkeypatch)
    tab.detail.add_session_button.click()
    detail = tab.services.disputes.get(running.id, tab.access)
    assert [s.place for s in detail.sessions][-1] == "협회 회의실"
    assert tab.detail.sessions.rowCount() == 2
    assert tab.detail.pages.tabText(3) == "조정기일 (2)"
    assert "검사 성적서를 검토함" in tab.detail.session_view.toPlainText()  # the new one is chosen

    driven(SessionDialog, lambda d: (d.place_edit.setText("센터 2층"), d.accept()), monkeypatch)
    tab.detail.edit_session_button.click()
    assert tab.services.disputes.get(running.id, tab.access).sessions[-1].place == "센터 2층"

    tab.detail.delete_session_button.click()
    assert "조정기일" in asked_here.questions[-1]
    assert len(tab.services.disputes.get(running.id, tab.access).sessions) == 1


# --- documents and statistics --------------------------------------------------------------------
def test_the_mediation_record_is_saved_and_previewed_with_the_case_number(
    qtbot, tab: DisputesTab, monkeypatch, tmp_path: Path, messages, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    settled = settled_row(tab)
    tab.select_case(settled.id)
    saved = tmp_path / "조정조서.pdf"
    monkeypatch.setattr(actions_module, "ask_save_path", lambda *args: saved)
    tab.case_actions.record(SAVE)
    qtbot.waitUntil(lambda: len(messages.information) == 1, timeout=WAIT)
    text = pdf_text(saved)
    assert SETTLED_NUMBER in text and "조 정 조 서" in text.replace("조정조서", "조 정 조 서")
    assert "(주)코리아엠텍" in text and "대외비" in text

    shown: list[tuple[bytes, str]] = []

    class Preview:
        def __init__(self, parent: Any, pdf: bytes, title: str) -> None:
            shown.append((pdf, title))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr("collabdesk.ui.pdf_actions.preview_pdf", Preview)
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT)
    assert shown[0][0].startswith(b"%PDF") and shown[0][1] == f"조정조서 - {SETTLED_NUMBER}"
    assert tab.case_actions.record(PREVIEW) is not None
    assert BackgroundTask.wait_for_all()
    # Printing is reading: both are in the case's history.
    views = [e for e in tab.services.history.for_record("dispute_cases", settled.id) if e.action == "view"]
    assert any(e.context == "조정조서 출력" for e in views)


def test_statistics_by_type_and_outcome_and_locked_counts_only(qtbot, tab: DisputesTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = StatsDialog(tab.services.disputes, tab.access, None, tab)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.stats is not None, timeout=WAIT)
    labels = [dialog.table.verticalHeaderItem(n).text() for n in range(dialog.table.rowCount())]
    assert labels == ["역할분담", "대금지급", "합계"]
    settled_column = dialog.columns.index("조정성립")
    assert dialog.table.item(0, settled_column).text() == "1"
    assert dialog.table.item(1, 0).text() == "1"  # 대금지급, 진행 중
    assert "종결까지 걸린 날(중앙값) 46일" in dialog.summary.text()
    assert not dialog.note.isVisibleTo(dialog)
    dialog.done(0)

    tab.services.disputes.set_password(PASSWORD)
    tab.refresh()
    locked = StatsDialog(tab.services.disputes, tab.access, None, tab)
    qtbot.addWidget(locked)
    qtbot.waitUntil(lambda: locked.stats is not None, timeout=WAIT)
    assert [locked.table.verticalHeaderItem(n).text() for n in range(locked.table.rowCount())] == ["합계"]
    assert locked.note.isVisibleTo(locked) and "잠금을 해제하면" in locked.note.text()
    locked.done(0)


# --- settings and the read-only window -----------------------------------------------------------
def test_mediators_are_managed_and_one_who_served_is_not_deleted(
    qtbot, tab: DisputesTab, monkeypatch, messages
) -> None:  # type: ignore[no-untyped-def]
    dialog = MediatorsDialog(tab.services.mediators, tab, access=tab.access)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert not dialog.table.isColumnHidden(4) and dialog.table.item(0, 4).text() == "1건"
    driven(
        MediatorEditDialog,
        lambda d: (d.name_edit.setText("정하늘"), d.phone_edit.setText("0313363133"), d.accept()),
        monkeypatch,
    )
    dialog.add_button.click()
    added = next(m for m in tab.services.mediators.items() if m.name == "정하늘")
    assert added.phone == "031-336-3133" and dialog.table.rowCount() == 4
    dialog.table.selectRow(0)  # 박정호, on the settled case
    dialog.remove_button.click()
    assert "삭제할 수 없습니다" in messages.texts[-1] or "사용 안 함" in messages.texts[-1]
    assert len(tab.services.mediators.items()) == 4
    dialog.done(0)


def test_a_read_only_window_reads_but_changes_nothing(qtbot, tab: DisputesTab) -> None:  # type: ignore[no-untyped-def]
    tab.set_read_only(True)
    tab.select_case(open_row(tab).id)
    assert tab.detail.detail is not None  # reading still works
    for button in (
        tab.add_button,
        tab.edit_button,
        tab.status_button,
        tab.extend_button,
        tab.detail.add_session_button,
        tab.detail.outcome_button,
    ):
        assert not button.isEnabled(), button.objectName()
    assert tab.print_button.isEnabled()
    assert not tab.password_action.isEnabled() and not tab.types_action.isEnabled()
    assert not tab.case_actions.new_case() and not tab.case_actions.change_status()
    assert not tab.set_password()


# --- review fixes --------------------------------------------------------------------------------
# Words only the sample cases' records hold (not the member directory or the projects): the claims,
# the terms, the sessions and the open case's outside respondent. (감속기 is also a member's product.)
CASE_WORDS = (
    "28,000,000",
    "35,000,000",
    "대행",
    "제어부",
    "48,500,000",
    "동방정공",
    "아산밸리로",
    "오민석",
    "치수 불량",
    "성적서",
)


def test_locked_the_whole_main_window_and_the_recent_history_show_no_case_text(
    qtbot, sample_services: Services
) -> None:  # type: ignore[no-untyped-def]
    """The settled sample case made an agreement version of a project: nothing that anyone sees
    without the password (every tab, the project's 협약 이력 and 변경 이력, 최근 변경 이력) ties the
    case number to it or shows the cases' texts."""
    from collabdesk.ui.history_panel import HistoryDialog
    from collabdesk.ui.main_window import MainWindow

    sample_services.disputes.set_password(PASSWORD)
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dashboard = window.dashboard_tab
    assert dashboard is not None
    qtbot.waitUntil(dashboard.figures_current, timeout=WAIT)  # the window opens on 현황
    disputes = window.disputes_tab
    assert disputes is not None and not disputes.unlocked

    # The dashboard reminds of open cases' deadlines by number and date, as the locked list shows them,
    # and of nothing else about a case.
    deadlines = [item.text for item in dashboard.reminders.items if item.target == "dispute"]
    assert deadlines
    for line in deadlines:
        assert re.fullmatch(
            r"\d{4}-조정-\d{3} 처리 기한 \d{4}\. \d{1,2}\. \d{1,2}\. \((\d+일 (남음|지남)|오늘)\)", line
        ), line
        assert SETTLED_NUMBER not in line
    public: list[str] = []  # everything outside the disputes tab
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if window.tabs.widget(index) is not disputes:
            public += [text for text in widget_texts(window.tabs.widget(index)) if text not in deadlines]
    projects = window.projects_tab
    window.select_tab("projects")
    for row in projects.model.rows:
        assert projects.select_project(row.id)
        for page in range(projects.detail.pages.count()):
            projects.detail.pages.setCurrentIndex(page)  # 협약 이력, 변경 이력 …
            public += widget_texts(projects)
    assert projects.select_project(project_id(sample_services, "유압 유닛 공동 브랜드 수출"))
    projects.detail.pages.setCurrentIndex(1)
    shown = " ".join(widget_texts(projects))
    assert "제2차" in shown and "조정 결과에 따른 변경" in shown  # the version made from the outcome
    public_text = " ".join(public)
    assert SETTLED_NUMBER not in public_text and "-조정-" not in public_text
    for word in CASE_WORDS:
        assert word not in public_text, word

    window.select_tab("disputes")
    for row in disputes.model.rows:
        disputes.select_case(row.id)
        locked_text = " ".join(widget_texts(disputes))
        for word in CASE_WORDS:
            assert word not in locked_text, word

    history = HistoryDialog(sample_services.history, window)
    qtbot.addWidget(history)
    table = history.panel.table
    assert table.rowCount() > 0
    for row in range(table.rowCount()):
        cells = [table.item(row, column).text() for column in range(table.columnCount())]
        line = " | ".join(cells)
        for word in CASE_WORDS:
            assert word not in line, (word, line)
        # The case's own rows carry its number (numbers are shown while locked); no other row does.
        if SETTLED_NUMBER in line:
            assert cells[2] == f"분쟁조정 {SETTLED_NUMBER}", line
    history.done(0)


def test_locked_the_type_and_mediator_settings_are_greyed_out_until_unlocked(
    qtbot, locked: DisputesTab, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Their counts of cases per type and per mediator tell about the cases."""
    for action in (locked.types_action, locked.mediators_action):
        assert not action.isEnabled() and "잠금을 해제하면" in action.toolTip()
    assert locked.password_action.isEnabled()
    opened = driven(MediatorsDialog, lambda d: d.done(0), monkeypatch)
    locked.manage_mediators()  # a shortcut or a stale menu cannot open it either
    assert opened == []
    unlocking(monkeypatch)
    assert locked.unlock()
    for action in (locked.types_action, locked.mediators_action):
        assert action.isEnabled() and "잠금" not in action.toolTip()
    locked.manage_mediators()
    assert len(opened) == 1 and opened[0].table.item(0, 4).text() == "1건"

    from collabdesk.ui.catalog_dialog import CatalogDialog

    types = driven(CatalogDialog, lambda d: d.done(0), monkeypatch)
    locked.manage_types()
    shown = [types[0].list.item(n).text() for n in range(types[0].list.count())]
    assert "역할분담 (1건)" in shown and "대금지급 (1건)" in shown
    locked.lock()
    assert not locked.types_action.isEnabled() and not locked.mediators_action.isEnabled()


def test_an_agreement_from_the_outcome_over_a_project_changed_meanwhile_is_read_again(
    qtbot, tab: DisputesTab, monkeypatch, reload_chosen, messages
) -> None:  # type: ignore[no-untyped-def]
    services = tab.services
    smart = project_id(services, SMART)
    today = dt.date.today()
    case_id = services.disputes.create(
        DisputeData(
            today - dt.timedelta(days=20),
            "수익·과실배분",
            [
                PartyInput(APPLICANT, member_id=member_id(services, "대성금형(주)")),
                PartyInput(RESPONDENT, member_id=member_id(services, "(주)한빛정밀")),
            ],
            project_id=smart,
        ),
        tab.access,
    )
    services.disputes.set_outcome(case_id, "지분은 그대로 둔다.", 1, tab.access)
    tab.refresh()
    assert tab.select_case(case_id)
    assert not tab.detail.agreement_button.isEnabled()  # terms, but not settled
    assert "조정성립" in tab.detail.agreement_button.toolTip()
    services.disputes.change_status(case_id, "조정성립", today, "서명", 2, tab.access)
    tab.refresh()
    assert tab.detail.agreement_button.isEnabled()
    before = len(services.projects.get(smart).versions)

    def write(dialog: OutcomeAgreementDialog) -> None:
        started = dialog.number
        # Another PC saves a new agreement version of the project meanwhile.
        current = services.projects.agreement(smart)
        services.projects.add_agreement(smart, type(current)(today, current.parties, "다른 PC"))
        dialog.note_edit.setText("지분 유지")
        dialog.accept()
        assert reload_chosen and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.number == started + 1  # now written on top of the other PC's version
        assert dialog.note_edit.text() == "조정 결과에 따른 변경"
        dialog.accept()

    driven(OutcomeAgreementDialog, write, monkeypatch)
    tab.detail.agreement_button.click()
    versions = services.projects.get(smart).versions
    assert len(versions) == before + 2
    assert [v.note for v in versions[-2:]] == ["다른 PC", "조정 결과에 따른 변경"]
    assert services.disputes.get(case_id, tab.access).outcome_agreement_number == versions[-1].number

    # The case's project cannot change now: the form says so before the service would.
    opened = driven(CaseDialog, lambda d: d.done(0), monkeypatch)
    tab.edit_button.click()
    assert not opened[0].project_combo.isEnabled()
    assert "바꿀 수 없습니다" in opened[0].project_combo.toolTip()


def test_sessions_of_a_closed_case_are_greyed_out(qtbot, tab: DisputesTab) -> None:  # type: ignore[no-untyped-def]
    tab.select_case(settled_row(tab).id)
    detail = tab.detail
    for button in (detail.add_session_button, detail.edit_session_button, detail.delete_session_button):
        assert not button.isEnabled() and "다시 진행" in button.toolTip()
    tab.select_case(open_row(tab).id)
    assert detail.add_session_button.isEnabled()


def test_the_password_settings_look_again_when_another_pc_set_one_meanwhile(
    qtbot, tab: DisputesTab, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def drive(dialog: PasswordSettingsDialog) -> None:
        assert not dialog.had_password and not dialog.current_edit.isVisibleTo(dialog)
        tab.services.disputes.set_password("다른PC암호")  # another PC, while this dialog is open
        dialog.new_edit.setText(PASSWORD)
        dialog.repeat_edit.setText(PASSWORD)
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.had_password and dialog.current_edit.isVisibleTo(dialog)
        assert "다른 PC에서 조정 암호를 정했습니다" in dialog.error_label.text()
        assert dialog.windowTitle() == "조정 암호 변경"
        dialog.current_edit.setText("다른PC암호")
        dialog.accept()

    opened = driven(PasswordSettingsDialog, drive, monkeypatch)
    assert tab.set_password() and opened[0].result() == QDialog.DialogCode.Accepted
    assert tab.services.disputes.access(PASSWORD).unlocked
    assert tab.lock_bar.state == UNLOCKED

"""The 협업 컨소시엄 tab, its project form and the detail's milestones and outcomes, driven through
their widgets and checked against the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from collabdesk.errors import FieldErrors
from collabdesk.services.container import Services
from collabdesk.services.projects import ProjectFilter
from collabdesk.ui import pdf_actions
from collabdesk.ui.projects import detail as detail_module
from collabdesk.ui.projects import project_dialog, summary_dialog
from collabdesk.ui.projects import tab as tab_module
from collabdesk.ui.projects.detail import MILESTONES, OUTCOMES
from collabdesk.ui.projects.item_dialogs import MilestoneDialog, OutcomeDialog, StageDialog, parse_money
from collabdesk.ui.projects.list_model import NAME, OVERDUE, OVERDUE_COLOUR
from collabdesk.ui.projects.project_dialog import ProjectDialog, parse_amount
from collabdesk.ui.projects.summary_dialog import OutcomeSummaryDialog
from collabdesk.ui.projects.tab import ProjectsTab
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.validation.project import MilestoneData

SMART = "스마트 공작기계 공동개발"
PAINT = "친환경 도장 공동구매"
HYDRAULIC = "유압 유닛 공동 브랜드 수출"


@pytest.fixture(autouse=True)
def asked_here(monkeypatch: pytest.MonkeyPatch, asked):  # type: ignore[no-untyped-def]
    """`confirm` answered without a box in the projects modules too."""
    for module in (tab_module, detail_module, project_dialog):
        monkeypatch.setattr(module, "confirm", asked)
    return asked


@pytest.fixture
def projects_tab(qtbot, sample_services: Services) -> ProjectsTab:  # type: ignore[no-untyped-def]
    widget = ProjectsTab(sample_services)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def answered(cls: type[QDialog], fill: Callable[[Any], None], monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Let `cls.exec()` fill the dialog as a user would and press 확인; returns the dialogs opened."""
    opened: list[Any] = []

    def exec_(dialog: Any) -> int:
        opened.append(dialog)
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", exec_)
    return opened


def select(tab: ProjectsTab, name: str) -> int:
    project_id = next(r.id for r in tab.model.rows if r.name == name)
    assert tab.select_project(project_id)
    return project_id


def shown_names(tab: ProjectsTab) -> list[str]:
    return [tab.model.rows[n].name for n in range(tab.model.rowCount())]


def pick(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


# --- list and filters --------------------------------------------------------------------------
def test_the_list_filters_in_the_database_and_overdue_projects_stand_out(
    qtbot, projects_tab: ProjectsTab
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(shown_names(projects_tab)) == sorted([SMART, PAINT, HYDRAULIC])
    assert projects_tab.result_label.text() == "과제 3건 · 지연 1건"
    pick(projects_tab.kind_filter, "해외시장개척")
    assert shown_names(projects_tab) == [HYDRAULIC]
    pick(projects_tab.kind_filter, "전체")
    pick(projects_tab.status_filter, "완료")
    assert shown_names(projects_tab) == [HYDRAULIC]
    pick(projects_tab.status_filter, "전체")
    pick(projects_tab.stage_filter, "개발")
    assert shown_names(projects_tab) == [SMART]
    pick(projects_tab.stage_filter, "전체")
    pick(projects_tab.year_filter, "2025년")
    assert shown_names(projects_tab) == [HYDRAULIC]
    pick(projects_tab.year_filter, "전체")
    projects_tab.search.setText("대성금형")  # a participant of the current agreement
    qtbot.waitUntil(lambda: shown_names(projects_tab) == [SMART], timeout=3000)
    projects_tab.search.clear()
    qtbot.waitUntil(lambda: projects_tab.model.rowCount() == 3, timeout=3000)

    model = projects_tab.model
    row = next(n for n, r in enumerate(model.rows) if r.name == SMART)
    assert model.data(model.index(row, OVERDUE)) == "1건"
    assert model.data(model.index(row, NAME), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    calm = next(n for n, r in enumerate(model.rows) if r.name == HYDRAULIC)
    assert model.data(model.index(calm, NAME), Qt.ItemDataRole.ForegroundRole) is None


def test_the_detail_shows_participants_history_milestones_and_outcomes(projects_tab: ProjectsTab) -> None:
    select(projects_tab, SMART)
    detail = projects_tab.detail
    assert "스마트 공작기계 공동개발" in detail.overview.toPlainText()
    assert "현재 협약: 제2차" in detail.agreement_label.text()
    parties = [[detail.parties.item(r, c).text() for c in range(4)] for r in range(detail.parties.rowCount())]
    assert ["대성금형(주)", "회원사", "금형, 사출", "20%"] in parties
    assert sum(int(p[3].rstrip("%")) for p in parties) == 100
    assert [detail.history.item(r, 0).text() for r in range(detail.history.rowCount())] == ["제2차", "제1차"]
    assert detail.pages.tabText(MILESTONES) == "마일스톤 (1건 지연)"
    late = [r for r in range(detail.milestones.rowCount()) if detail.milestones.item(r, 3).text() == "지연"]
    assert len(late) == 1
    assert detail.milestones.item(late[0], 0).foreground().color() == OVERDUE_COLOUR
    assert detail.pages.tabText(OUTCOMES) == "성과 (1)"
    select(projects_tab, HYDRAULIC)
    amounts = [detail.outcomes.item(r, 2).text() for r in range(detail.outcomes.rowCount())]
    assert "USD 1,200,000" in amounts


# --- the project form --------------------------------------------------------------------------
def test_a_new_project_is_saved_from_the_form_and_selected(
    qtbot, projects_tab: ProjectsTab, monkeypatch, type_text
) -> None:  # type: ignore[no-untyped-def]
    services = projects_tab.services
    lead = next(r for r in services.members.page(services_filter()) if r.name == "대성금형(주)")
    monkeypatch.setattr(project_dialog, "pick_member", lambda *args, **kwargs: (lead.id, lead.name))

    def fill(dialog: ProjectDialog) -> None:
        type_text(dialog.name_edit, "금형 공동 브랜드 개발")
        dialog.item_edit.setText("자동차 부품 금형")
        pick(dialog.kind_combo, "공동마케팅")
        dialog._choose_lead()
        dialog.start_edit.set_date(dt.date(2026, 12, 1))
        dialog.amount_edit.setText("50,000,000")

    opened = answered(ProjectDialog, fill, monkeypatch)
    qtbot.keyClick(projects_tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    saved = services.projects.get(opened[0].saved_id)
    assert saved.data.name == "금형 공동 브랜드 개발" and saved.data.kind == "공동마케팅"
    assert saved.lead_name == "대성금형(주)" and saved.data.support_amount == 50_000_000
    assert saved.stage == "기획" and saved.stages == {"기획": dt.date(2026, 12, 1)}
    assert projects_tab.selected_project_id() == saved.id
    assert projects_tab.model.rowCount() == 4


def services_filter():  # type: ignore[no-untyped-def]
    from collabdesk.services.member_query import MemberFilter

    return MemberFilter(text="대성금형")


def test_bad_input_in_the_form_is_said_in_korean_and_nothing_is_saved(
    projects_tab: ProjectsTab, messages
) -> None:  # type: ignore[no-untyped-def]
    dialog = ProjectDialog(projects_tab.services, None, projects_tab)
    dialog.name_edit.setText("")
    dialog.accept()
    assert messages.warning[-1][2] == "과제명을 입력해 주십시오."
    dialog.name_edit.setText("새 과제")
    dialog.amount_edit.setText("1억")
    dialog.accept()
    assert "지원 금액은 원 단위 숫자로" in messages.warning[-1][2]
    dialog.amount_edit.setText("")
    dialog.start_edit.set_date(dt.date(2026, 5, 1))
    dialog.end_edit.set_date(dt.date(2026, 1, 1))
    dialog.accept()
    assert messages.warning[-1][2] == "종료일이 시작일보다 빠릅니다."
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(projects_tab.services.projects.search(ProjectFilter())) == 3
    assert parse_amount("150,000,000원") == 150_000_000 and parse_amount(" ") is None
    assert parse_money("1,200.50") == Decimal("1200.50") and parse_money("") is None
    with pytest.raises(FieldErrors, match="소수점 둘째 자리까지만"):
        parse_money("1.005")


def test_editing_a_project_changed_on_another_pc_offers_to_reload(
    projects_tab: ProjectsTab, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    project_id = select(projects_tab, PAINT)
    projects = projects_tab.services.projects
    dialog = ProjectDialog(projects_tab.services, project_id, projects_tab)
    other = projects.get(project_id)
    other.data.item = "다른 PC에서 고침"
    projects.update(project_id, other.data, other.version)
    shown = reload_chosen  # 다시 불러오기
    dialog.item_edit.setText("이 PC에서 고침")
    dialog.accept()
    assert shown == ["다른 사용자가 먼저 수정했습니다. 다시 불러온 뒤 수정해 주십시오."]
    assert projects.get(project_id).data.item == "다른 PC에서 고침"
    assert dialog.item_edit.text() == "다른 PC에서 고침"


def test_deleting_a_project_asks_first(projects_tab: ProjectsTab, asked) -> None:  # type: ignore[no-untyped-def]
    select(projects_tab, PAINT)
    asked.answer = False
    projects_tab.delete_selected()
    assert "친환경 도장 공동구매" in asked.questions[-1] and projects_tab.model.rowCount() == 3
    asked.answer = True
    projects_tab.delete_selected()
    assert PAINT not in shown_names(projects_tab)
    assert len(projects_tab.services.projects.search(ProjectFilter())) == 2


def test_stages_move_forward_and_going_back_asks(projects_tab: ProjectsTab, monkeypatch, asked) -> None:  # type: ignore[no-untyped-def]
    project_id = select(projects_tab, SMART)

    def forward(dialog: StageDialog) -> None:
        assert dialog.stage_combo.currentText() == "생산"  # the next stage is offered
        dialog.date_edit.setDate(dt.date(2026, 11, 20))

    answered(StageDialog, forward, monkeypatch)
    projects_tab.change_stage()
    detail = projects_tab.services.projects.get(project_id)
    assert detail.stage == "생산" and detail.stages["생산"] == dt.date(2026, 11, 20)
    assert not asked.questions

    answered(StageDialog, lambda dialog: pick(dialog.stage_combo, "개발"), monkeypatch)
    asked.answer = False
    projects_tab.change_stage()
    assert "되돌리면" in asked.questions[-1]
    assert projects_tab.services.projects.get(project_id).stage == "생산"


# --- milestones and outcomes -------------------------------------------------------------------
def test_milestones_are_added_finished_and_deleted_from_the_detail(
    projects_tab: ProjectsTab, monkeypatch, asked, messages
) -> None:  # type: ignore[no-untyped-def]
    project_id = select(projects_tab, PAINT)
    projects = projects_tab.services.projects
    detail = projects_tab.detail

    def late(dialog: MilestoneDialog) -> None:
        dialog.title_edit.setText("공급사 선정")
        dialog.due_edit.set_date(dt.date.today() - dt.timedelta(days=3))

    answered(MilestoneDialog, late, monkeypatch)
    detail.add_milestone()
    assert [m.title for m in projects.get(project_id).milestones] == ["공급사 선정"]
    assert detail.pages.tabText(MILESTONES) == "마일스톤 (1건 지연)"
    row = next(r for r in projects_tab.model.rows if r.id == project_id)
    assert row.overdue == 1  # the list row follows at once

    detail.milestones.selectRow(0)
    detail.mark_done_today()
    assert projects.get(project_id).milestones[0].done_on == dt.date.today()
    assert detail.pages.tabText(MILESTONES) == "마일스톤"

    detail.milestones.selectRow(0)
    answered(MilestoneDialog, lambda dialog: dialog.title_edit.setText("공급사 2곳 선정"), monkeypatch)
    detail.edit_milestone()
    assert projects.get(project_id).milestones[0].title == "공급사 2곳 선정"

    answered(MilestoneDialog, lambda dialog: dialog.title_edit.setText(""), monkeypatch)
    monkeypatch.setattr(detail_module, "MilestoneDialog", _refusing(MilestoneDialog))
    detail.add_milestone()  # an empty title is refused by the dialog, nothing saved
    assert messages.warning[-1][2] == "마일스톤 내용을 입력해 주십시오."
    assert len(projects.get(project_id).milestones) == 1

    detail.milestones.selectRow(0)
    detail.delete_milestone()
    assert "공급사 2곳 선정" in asked.questions[-1]
    assert projects.get(project_id).milestones == []


def _refusing(cls: type[MilestoneDialog]) -> Callable[..., MilestoneDialog]:
    """The dialog as the detail opens it, its 확인 answered by a refusal (empty title)."""

    def make(*args: Any, **kwargs: Any) -> MilestoneDialog:
        dialog = cls(*args, **kwargs)
        dialog.exec = lambda: (dialog.title_edit.setText(""), dialog.accept(), int(dialog.result()))[-1]
        return dialog

    return make


def test_outcomes_are_recorded_with_amount_currency_and_participants(
    projects_tab: ProjectsTab, monkeypatch, messages
) -> None:  # type: ignore[no-untyped-def]
    project_id = select(projects_tab, SMART)
    projects = projects_tab.services.projects
    detail = projects_tab.detail

    def export(dialog: OutcomeDialog) -> None:
        names = [dialog.members_list.item(n).text() for n in range(dialog.members_list.count())]
        assert names == ["(주)한빛정밀", "(주)나래센서", "대성금형(주)", "태광물류(주)"]
        pick(dialog.kind_combo, "수출 계약")
        dialog.amount_edit.setText("10,000,000")
        pick(dialog.currency_combo, "USD")
        dialog.description_edit.setText("베트남 공급 계약")
        dialog.members_list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.members_list.item(2).setCheckState(Qt.CheckState.Checked)

    answered(OutcomeDialog, export, monkeypatch)
    detail.add_outcome()
    outcome = next(o for o in projects.get(project_id).outcomes if o.kind == "수출 계약")
    assert outcome.amount == Decimal("10000000") and outcome.currency == "USD"
    assert outcome.members == ("(주)한빛정밀", "대성금형(주)")
    texts = [detail.outcomes.item(r, 2).text() for r in range(detail.outcomes.rowCount())]
    assert "USD 10,000,000" in texts and detail.pages.tabText(OUTCOMES) == "성과 (2)"

    answered(OutcomeDialog, lambda dialog: dialog.amount_edit.setText("천만"), monkeypatch)
    detail.add_outcome()
    assert "금액 '천만'은(는) 숫자가 아닙니다" in messages.warning[-1][2]
    assert len(projects.get(project_id).outcomes) == 2

    row = next(
        r for r in range(detail.outcomes.rowCount()) if detail.outcomes.item(r, 0).text() == "수출 계약"
    )
    detail.outcomes.selectRow(row)
    detail.delete_outcome()
    assert [o.kind for o in projects.get(project_id).outcomes] == ["특허 출원"]


# --- printing and the yearly summary -----------------------------------------------------------
def test_ctrl_p_previews_the_consortium_report(qtbot, projects_tab: ProjectsTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    previewed: list[tuple[bytes, str]] = []

    class Preview:
        def __init__(self, parent: Any, pdf: bytes, title: str) -> None:
            previewed.append((pdf, title))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(pdf_actions, "preview_pdf", Preview)
    select(projects_tab, SMART)
    qtbot.keyClick(projects_tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(previewed) == 1, timeout=20_000)
    pdf, title = previewed[0]
    assert pdf.startswith(b"%PDF") and title == "컨소시엄 현황 - 스마트 공작기계 공동개발"
    assert BackgroundTask.wait_for_all()


def test_the_consortium_report_is_saved_as_pdf(
    qtbot, projects_tab: ProjectsTab, monkeypatch, tmp_path: Path, messages, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "현황.pdf"
    monkeypatch.setattr(tab_module, "ask_save_path", lambda *args: path)
    select(projects_tab, SMART)
    projects_tab._report(pdf_actions.SAVE)
    qtbot.waitUntil(lambda: len(messages.information) == 1, timeout=20_000)
    text = pdf_text(path)
    assert "스마트 공작기계 공동개발" in text and "대성금형(주)" in text


def test_the_yearly_summary_shows_figures_and_saves_excel(
    qtbot, sample_services: Services, monkeypatch, tmp_path: Path, messages
) -> None:  # type: ignore[no-untyped-def]
    dialog = OutcomeSummaryDialog(sample_services, 2025, None)
    qtbot.addWidget(dialog)
    text = dialog.figures.toPlainText()
    assert "2025년 협업 성과" in text and "수출 계약" in text and "USD 1,200,000" in text
    dialog.year_spin.setValue(1995)
    assert "이 해에 기록된 성과가 없습니다." in dialog.figures.toPlainText()
    dialog.year_spin.setValue(2025)
    path = tmp_path / "성과.xlsx"
    monkeypatch.setattr(summary_dialog, "ask_save_path", lambda *args: path)
    dialog.save(".xlsx")
    qtbot.waitUntil(lambda: len(messages.information) == 1, timeout=20_000)
    cells = [c for row in load_workbook(path).worksheets[0].iter_rows(values_only=True) for c in row]
    assert "수출 계약" in cells


def test_the_main_window_has_the_tab(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    from collabdesk.ui.main_window import MainWindow

    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.select_tab("projects")
    assert window.tabs.currentWidget() is window.projects_tab
    assert window.tabs.tabText(window.tabs.currentIndex()) == "협업 컨소시엄"


def test_milestone_data_round_trips_through_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MilestoneDialog(MilestoneData("시제품", dt.date(2026, 3, 1), None))
    qtbot.addWidget(dialog)
    assert dialog.data() == MilestoneData("시제품", dt.date(2026, 3, 1), None)
    dialog.done_edit.set_date(dt.date(2026, 3, 5))
    assert dialog.data().done_on == dt.date(2026, 3, 5)


def test_the_history_compares_a_version_with_the_one_before_or_shows_it_alone(
    projects_tab: ProjectsTab, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from collabdesk.ui.projects.compare_dialog import CompareDialog

    shown: list[tuple[str, str, list[str]]] = []

    def exec_(dialog: CompareDialog) -> int:
        shown.append(
            (dialog.before_combo.currentText(), dialog.after_combo.currentText(), dialog.change_texts())
        )
        return 0

    monkeypatch.setattr(CompareDialog, "exec", exec_)
    select(projects_tab, SMART)
    history = projects_tab.detail.history
    history.selectRow(0)  # 제2차, the newest, listed first
    projects_tab.detail.compare_button.click()
    before, after, changes = shown[-1]
    assert before.startswith("제1차") and after.startswith("제2차")
    assert any(text.startswith("태광물류(주): 새로 참여") for text in changes)
    history.selectRow(1)  # 제1차 alone
    projects_tab.detail.view_button.click()
    assert shown[-1][0].startswith("제1차") and shown[-1][1].startswith("제1차")
    select(projects_tab, PAINT)  # no agreement yet: nothing to compare or view
    assert not projects_tab.detail.compare_button.isEnabled()
    assert not projects_tab.detail.view_button.isEnabled()


def test_keys_act_on_the_table_that_has_the_focus(
    qtbot, projects_tab: ProjectsTab, asked, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    project_id = select(projects_tab, SMART)
    detail = projects_tab.detail
    detail.pages.setCurrentIndex(MILESTONES)
    detail.milestones.setFocus()
    detail.milestones.selectRow(0)
    opened: list[object] = []
    monkeypatch.setattr(ProjectDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.keyClick(detail.milestones, Qt.Key.Key_Return)
    assert opened == []  # Enter in the milestones does not open the project
    qtbot.keyClick(detail.milestones, Qt.Key.Key_Delete)
    assert asked.questions == ["마일스톤 '설계 확정'을(를) 삭제하시겠습니까?"]
    assert [m.title for m in projects_tab.services.projects.get(project_id).milestones][0] == "시제품 완성"
    assert projects_tab.detail.milestones.rowCount() == 2
    projects_tab.table.setFocus()
    qtbot.keyClick(projects_tab.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    asked.answer = False
    qtbot.keyClick(projects_tab.table, Qt.Key.Key_Delete)
    assert "과제를 삭제하시겠습니까" in asked.questions[-1]


def test_a_stage_already_reached_keeps_its_day_unless_changed(
    projects_tab: ProjectsTab, monkeypatch, asked
) -> None:  # type: ignore[no-untyped-def]
    project_id = select(projects_tab, HYDRAULIC)  # at 판매·마케팅, every stage dated
    before = projects_tab.services.projects.get(project_id).stages

    def same(dialog: StageDialog) -> None:
        pick(dialog.stage_combo, "판매·마케팅")  # the stage it is at, with its own day
        assert dialog.date_edit.date().toPython() == before["판매·마케팅"]

    answered(StageDialog, same, monkeypatch)
    projects_tab.change_stage()
    assert not asked.questions and projects_tab.services.projects.get(project_id).stages == before

    def back(dialog: StageDialog) -> None:
        pick(dialog.stage_combo, "개발")
        assert dialog.date_edit.date().toPython() == before["개발"]

    answered(StageDialog, back, monkeypatch)
    projects_tab.change_stage()
    assert "되돌리면" in asked.questions[-1]
    after = projects_tab.services.projects.get(project_id)
    assert after.stage == "개발" and after.stages == {k: before[k] for k in ("기획", "개발")}

    def redate(dialog: StageDialog) -> None:
        dialog.date_edit.setDate(before["개발"] + dt.timedelta(days=1))
        pick(dialog.stage_combo, "개발")
        dialog.date_edit.setDate(before["개발"] + dt.timedelta(days=1))

    answered(StageDialog, redate, monkeypatch)
    asked.answer = False
    projects_tab.change_stage()
    assert "도달한 날을" in asked.questions[-1]
    assert projects_tab.services.projects.get(project_id).stages["개발"] == before["개발"]


def test_the_row_worked_on_stays_selected_after_a_change(projects_tab: ProjectsTab) -> None:
    project_id = select(projects_tab, SMART)
    detail = projects_tab.detail
    late = next(
        r for r in range(detail.milestones.rowCount()) if detail.milestones.item(r, 3).text() == "지연"
    )
    detail.milestones.selectRow(late)
    detail.mark_done_today()
    assert projects_tab.selected_project_id() == project_id
    rows = detail.milestones.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [late] and detail.milestones.item(late, 3).text() == "완료"
    assert detail.pages.tabText(MILESTONES) == "마일스톤"


def test_a_milestone_finished_on_another_pc_meanwhile_is_said_and_shown(
    projects_tab: ProjectsTab, messages
) -> None:  # type: ignore[no-untyped-def]
    project_id = select(projects_tab, SMART)
    detail = projects_tab.detail
    late = next(
        r for r in range(detail.milestones.rowCount()) if detail.milestones.item(r, 3).text() == "지연"
    )
    milestone = detail.detail.milestones[late]
    other = MilestoneData(milestone.title, milestone.due_on, dt.date(2026, 11, 1))
    projects_tab.services.projects.save_milestone(project_id, other, milestone.id)  # the other PC
    detail.milestones.selectRow(late)
    detail.mark_done_today()
    assert messages.warning[-1][2] == "다른 사용자가 먼저 수정했습니다. 다시 불러온 뒤 수정해 주십시오."
    saved = next(m for m in projects_tab.services.projects.get(project_id).milestones if m.id == milestone.id)
    assert saved.done_on == dt.date(2026, 11, 1)  # theirs stands
    assert detail.milestones.item(late, 2).text() == "2026-11-01"  # and is what the detail shows now

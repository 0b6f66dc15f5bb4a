"""The settings dialogs (업종 and other lists, 그룹 관리, 의결 기준, 회의록 문구) when another PC changed
the same record while the dialog was open: the save is refused with the reload question, the dialog
then shows the other PC's version, and the database keeps it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from collabdesk.db.engine import Database
from collabdesk.services.container import Services
from collabdesk.services.groups import GroupInfo
from collabdesk.ui import catalog_dialog
from collabdesk.ui.catalog_dialog import CatalogDialog, NameDialog
from collabdesk.ui.meetings import rules_dialog, text_blocks
from collabdesk.ui.meetings.rules_dialog import RuleEditDialog, RulesDialog
from collabdesk.ui.meetings.text_blocks import TextBlocksDialog
from collabdesk.ui.members.groups_dialog import GroupFormDialog, GroupsDialog, ParentPickerDialog
from collabdesk.validation.quorum import MAJORITY, TWO_THIRDS, QuorumRule, Threshold

STALE = "다른 사용자가 먼저 수정했습니다. 다시 불러온 뒤 수정해 주십시오."


@pytest.fixture
def other_pc(sample_services: Services) -> Iterator[Services]:
    """The same database opened a second time, with its own engine: another PC."""
    other = Database.open(sample_services.db.url)
    try:
        yield Services.for_database(other)
    finally:
        other.dispose()


@pytest.fixture(autouse=True)
def questions_answered(monkeypatch: pytest.MonkeyPatch, asked, messages):  # type: ignore[no-untyped-def]
    """`confirm` answered 예 in every module here; warnings recorded instead of shown."""
    for module in (rules_dialog, text_blocks):
        monkeypatch.setattr(module, "confirm", asked)
    return messages


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The reload question answered 닫지 않고 그대로 두기; returns the texts asked."""
    asked: list[str] = []

    def keep(parent, exc) -> bool:  # type: ignore[no-untyped-def]
        asked.append(str(exc))
        return False

    monkeypatch.setattr(catalog_dialog, "ask_reload", keep)
    return asked


def fill_in(
    monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill: Callable[[QDialog], None]
) -> None:
    """The sub-dialog's modal exec replaced: `fill` types and presses 확인; returns the dialog's result."""

    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def show(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# --- 업종 and the other lists ---------------------------------------------------------------------


@pytest.fixture
def industries_dialog(qtbot, sample_services: Services) -> CatalogDialog:  # type: ignore[no-untyped-def]
    return show(qtbot, CatalogDialog(sample_services.industries, "업종 관리"))


def listed(dialog: CatalogDialog) -> list[str]:
    return [dialog.list.item(row).text().rsplit(" (", 1)[0] for row in range(dialog.list.count())]


def select_named(dialog: CatalogDialog, name: str) -> int:
    item_id = next(entry.id for entry in dialog._items if entry.name == name)
    dialog.select(item_id)
    return item_id


def test_renaming_an_item_renamed_on_another_pc_asks_and_shows_theirs(
    monkeypatch: pytest.MonkeyPatch, industries_dialog: CatalogDialog, other_pc: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    item_id = select_named(industries_dialog, "기계·금속")
    other_pc.industries.rename(item_id, "기계·금속·소재")
    results: list[int] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NameDialog)
        dialog.name_edit.setText("기계")
        dialog.accept()
        results.append(dialog.result())

    fill_in(monkeypatch, NameDialog, fill)
    with_changed: list[bool] = []
    industries_dialog.changed.connect(lambda: with_changed.append(True))
    industries_dialog.rename_item()
    assert reload_chosen == [STALE]
    assert results == [QDialog.DialogCode.Rejected]  # 다시 불러오기 closed the form
    assert "기계·금속·소재" in other_pc.industries.names() and "기계" not in other_pc.industries.names()
    assert "기계·금속·소재" in listed(industries_dialog) and "기계·금속" not in listed(industries_dialog)
    assert industries_dialog.selected().id == item_id
    assert with_changed  # the member tab refreshes its lists too


def test_keeping_the_typed_name_saves_it_over_theirs_on_the_second_ok(
    monkeypatch: pytest.MonkeyPatch, industries_dialog: CatalogDialog, other_pc: Services, kept: list[str]
) -> None:
    item_id = select_named(industries_dialog, "기계·금속")
    other_pc.industries.rename(item_id, "기계·금속·소재")
    states: list[tuple[int, list[str]]] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NameDialog)
        dialog.name_edit.setText("기계")
        dialog.accept()  # refused: the question, and the list behind reloaded
        states.append((dialog.result(), listed(industries_dialog)))
        assert dialog.name_edit.text() == "기계"  # still what was typed
        dialog.accept()  # now compared with what is shown: saved, knowingly over theirs

    fill_in(monkeypatch, NameDialog, fill)
    industries_dialog.rename_item()
    assert kept == [STALE]
    result, listed_then = states[0]
    assert result == QDialog.DialogCode.Rejected and "기계·금속·소재" in listed_then
    assert "기계" in other_pc.industries.names() and "기계·금속·소재" not in other_pc.industries.names()
    assert "기계" in listed(industries_dialog)


def test_moving_in_a_list_changed_on_another_pc_asks_and_shows_theirs(
    qtbot, industries_dialog: CatalogDialog, other_pc: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    before = other_pc.industries.names()
    select_named(industries_dialog, before[-1])
    other_pc.industries.add("바이오")
    qtbot.mouseClick(industries_dialog.up_button, Qt.MouseButton.LeftButton)
    assert reload_chosen == [STALE]
    assert other_pc.industries.names() == [*before, "바이오"]  # not reordered
    assert listed(industries_dialog) == [*before, "바이오"]
    assert industries_dialog.selected().name == before[-1]


def test_removing_an_item_renamed_on_another_pc_asks_and_keeps_it(
    industries_dialog: CatalogDialog, other_pc: Services, reload_chosen, asked
) -> None:  # type: ignore[no-untyped-def]
    item_id = other_pc.industries.add("바이오")
    industries_dialog.reload(item_id)
    other_pc.industries.rename(item_id, "바이오·헬스")
    industries_dialog.remove_item()
    assert "'바이오' 항목" in asked.questions[-1]
    assert reload_chosen == [STALE]
    assert "바이오·헬스" in other_pc.industries.names()
    assert "바이오·헬스" in listed(industries_dialog) and industries_dialog.selected().id == item_id


def test_an_item_removed_on_another_pc_is_said_and_gone_from_the_list(
    monkeypatch: pytest.MonkeyPatch, industries_dialog: CatalogDialog, other_pc: Services, messages
) -> None:  # type: ignore[no-untyped-def]
    item_id = other_pc.industries.add("바이오")
    industries_dialog.reload(item_id)
    other_pc.industries.remove(item_id)
    results: list[int] = []

    def fill(dialog: QDialog) -> None:
        dialog.name_edit.setText("바이오·헬스")  # type: ignore[attr-defined]
        dialog.accept()
        results.append(dialog.result())

    fill_in(monkeypatch, NameDialog, fill)
    industries_dialog.rename_item()
    assert messages.warning[-1][2] == "업종 항목을 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다."
    assert results == [QDialog.DialogCode.Rejected]
    assert "바이오" not in listed(industries_dialog) and "바이오·헬스" not in other_pc.industries.names()


# --- 그룹 관리 ---------------------------------------------------------------------------------


@pytest.fixture
def groups_dialog(qtbot, sample_services: Services) -> GroupsDialog:  # type: ignore[no-untyped-def]
    return show(qtbot, GroupsDialog(sample_services))


def group_named(services: Services, name: str) -> GroupInfo:
    return next(g for g in services.groups.tree() if g.name == name)


def tree_names(dialog: GroupsDialog) -> set[str]:
    return {item.text(0) for item in dialog._all_items()}


def test_editing_a_group_renamed_on_another_pc_asks_and_shows_theirs(
    monkeypatch: pytest.MonkeyPatch, groups_dialog: GroupsDialog, other_pc: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    seen = group_named(other_pc, "마케팅분과")
    groups_dialog.select_group(seen.id)
    other_pc.groups.update(seen.id, "판로분과", seen.kind, seen.parent_id)

    def fill(form: QDialog) -> None:
        assert isinstance(form, GroupFormDialog)
        form.name_edit.setText("영업분과")
        form.accept()

    fill_in(monkeypatch, GroupFormDialog, fill)
    groups_dialog.edit_group()
    assert reload_chosen == [STALE]
    now = next(g for g in other_pc.groups.tree() if g.id == seen.id)
    assert (now.name, now.kind, now.parent_id) == ("판로분과", seen.kind, seen.parent_id)
    assert "판로분과" in tree_names(groups_dialog) and "마케팅분과" not in tree_names(groups_dialog)
    assert groups_dialog.selected_group().name == "판로분과"


def test_moving_or_deleting_a_group_changed_on_another_pc_asks_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, groups_dialog: GroupsDialog, other_pc: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    seen = group_named(other_pc, "생산분과")
    region = group_named(other_pc, "경기지역연합회")
    groups_dialog.select_group(seen.id)
    other_pc.groups.update(seen.id, seen.name, "클러스터", seen.parent_id)
    fill_in(
        monkeypatch, ParentPickerDialog, lambda picker: (picker.select_parent(region.id), picker.accept())
    )  # type: ignore[attr-defined]
    groups_dialog.move_group()
    assert reload_chosen == [STALE]
    assert groups_dialog.selected_group().kind == "클러스터"  # reloaded

    other_pc.groups.update(seen.id, "제조분과", "클러스터", seen.parent_id)
    groups_dialog.delete_group()
    assert reload_chosen == [STALE, STALE]
    now = next(g for g in other_pc.groups.tree() if g.id == seen.id)
    assert (now.name, now.kind, now.parent_id) == ("제조분과", "클러스터", seen.parent_id)
    assert groups_dialog.selected_group().name == "제조분과"


# --- 의결 기준 ---------------------------------------------------------------------------------

ELECTION = QuorumRule("임원 선출", MAJORITY, MAJORITY)


@pytest.fixture
def rules(qtbot, sample_services: Services) -> tuple[RulesDialog, int]:  # type: ignore[no-untyped-def]
    group_id = group_named(sample_services, "경기기계협업그룹").id
    sample_services.meetings.set_rule(group_id, ELECTION)
    return show(qtbot, RulesDialog(sample_services, group_id)), group_id


def select_rule(dialog: RulesDialog, name: str) -> None:
    row = next(n for n, info in enumerate(dialog._infos) if info.rule.name == name)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(row))


def listed_rule(dialog: RulesDialog, name: str) -> str:
    item = next(
        dialog.tree.topLevelItem(n)
        for n in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(n).text(0) == name
    )
    return item.text(1)


def test_editing_a_rule_changed_on_another_pc_asks_and_shows_theirs(
    monkeypatch: pytest.MonkeyPatch, rules: tuple[RulesDialog, int], other_pc: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    dialog, group_id = rules
    select_rule(dialog, "임원 선출")
    theirs = QuorumRule("임원 선출", TWO_THIRDS, MAJORITY)
    other_pc.meetings.set_rule(group_id, theirs)

    def fill(edit: QDialog) -> None:
        assert isinstance(edit, RuleEditDialog)
        edit.approval.setCurrentIndex(edit.approval.findText("3분의 2 이상"))
        edit.accept()

    fill_in(monkeypatch, RuleEditDialog, fill)
    dialog.edit_rule()
    assert reload_chosen == [STALE]
    assert other_pc.meetings.rules(group_id)["임원 선출"] == theirs
    assert listed_rule(dialog, "임원 선출") == theirs.description


def test_adding_a_rule_another_pc_gave_this_group_meanwhile_asks_and_shows_theirs(
    monkeypatch: pytest.MonkeyPatch, rules: tuple[RulesDialog, int], other_pc: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    dialog, group_id = rules
    theirs = QuorumRule("일반 의결", Threshold(1, 2, strict=False), MAJORITY)
    other_pc.meetings.set_rule(group_id, theirs)  # the dialog still shows the federation's default

    def fill(edit: QDialog) -> None:
        assert isinstance(edit, RuleEditDialog)
        edit.name.setText("일반 의결")
        edit.attendance.setCurrentIndex(edit.attendance.findText("3분의 2 이상"))
        edit.accept()

    fill_in(monkeypatch, RuleEditDialog, fill)
    dialog.add_rule()
    assert reload_chosen == [STALE]
    assert other_pc.meetings.rules(group_id)["일반 의결"] == theirs
    assert listed_rule(dialog, "일반 의결") == theirs.description


def test_removing_a_rule_changed_on_another_pc_asks_and_keeps_it(
    rules: tuple[RulesDialog, int], other_pc: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    dialog, group_id = rules
    select_rule(dialog, "임원 선출")
    theirs = QuorumRule("임원 선출", TWO_THIRDS, TWO_THIRDS)
    other_pc.meetings.set_rule(group_id, theirs)
    dialog.remove_rule()
    assert reload_chosen == [STALE]
    assert other_pc.meetings.rules(group_id)["임원 선출"] == theirs
    assert listed_rule(dialog, "임원 선출") == theirs.description


# --- 회의록 문구 --------------------------------------------------------------------------------


@pytest.fixture
def blocks_dialog(qtbot, sample_services: Services) -> TextBlocksDialog:  # type: ignore[no-untyped-def]
    sample_services.meetings.save_text_block("성원", "재적 과반수가 출석하여 성원됨.")
    dialog = show(qtbot, TextBlocksDialog(sample_services.meetings))
    dialog.reload("성원")
    return dialog


def test_a_text_block_changed_on_another_pc_asks_and_shows_theirs(
    blocks_dialog: TextBlocksDialog, other_pc: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    other_pc.meetings.save_text_block("성원", "다른 PC의 문구.", "성원")
    blocks_dialog.body_edit.setPlainText("이 PC의 문구.")
    blocks_dialog.save_block()
    assert reload_chosen == [STALE]
    assert dict(other_pc.meetings.text_blocks())["성원"] == "다른 PC의 문구."
    assert (blocks_dialog.name_edit.text(), blocks_dialog.body_edit.toPlainText()) == (
        "성원",
        "다른 PC의 문구.",
    )


def test_a_kept_text_block_is_saved_over_theirs_on_the_second_save(
    blocks_dialog: TextBlocksDialog, other_pc: Services, kept: list[str]
) -> None:
    other_pc.meetings.save_text_block("성원", "다른 PC의 문구.", "성원")
    blocks_dialog.body_edit.setPlainText("이 PC의 문구.")
    blocks_dialog.save_block()
    assert kept == [STALE]
    assert dict(other_pc.meetings.text_blocks())["성원"] == "다른 PC의 문구."
    assert blocks_dialog.body_edit.toPlainText() == "이 PC의 문구."  # what was typed stays
    blocks_dialog.save_block()
    assert dict(other_pc.meetings.text_blocks())["성원"] == "이 PC의 문구."


def test_a_text_block_removed_on_another_pc_is_said_and_not_made_again(
    blocks_dialog: TextBlocksDialog, other_pc: Services, messages
) -> None:  # type: ignore[no-untyped-def]
    other_pc.meetings.delete_text_block("성원")
    blocks_dialog.body_edit.setPlainText("이 PC의 문구.")
    blocks_dialog.save_block()
    assert "'성원' 문구를 찾을 수 없습니다" in messages.warning[-1][2]
    assert "성원" not in dict(other_pc.meetings.text_blocks())
    # What was typed stays, now as a new sentence: saving again adds it, on purpose.
    assert blocks_dialog.list.currentRow() == -1 and blocks_dialog.body_edit.toPlainText() == "이 PC의 문구."
    blocks_dialog.save_block()
    assert dict(other_pc.meetings.text_blocks())["성원"] == "이 PC의 문구."


def test_deleting_a_text_block_changed_on_another_pc_asks_and_keeps_it(
    blocks_dialog: TextBlocksDialog, other_pc: Services, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    other_pc.meetings.save_text_block("성원", "다른 PC의 문구.", "성원")
    blocks_dialog.delete_block()
    assert reload_chosen == [STALE]
    assert dict(other_pc.meetings.text_blocks())["성원"] == "다른 PC의 문구."
    assert blocks_dialog.body_edit.toPlainText() == "다른 PC의 문구."

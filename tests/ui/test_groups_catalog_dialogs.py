"""그룹 관리 and the 업종/회원구분 list dialogs driven through their buttons, checked against the database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem

from collabdesk.services.container import Services
from collabdesk.services.groups import GroupInfo
from collabdesk.services.member_query import MemberFilter
from collabdesk.ui.catalog_dialog import CatalogDialog, NameDialog
from collabdesk.ui.members.groups_dialog import GroupFormDialog, GroupsDialog, ParentPickerDialog

# Every question answered by the `asked` fixture.
pytestmark = pytest.mark.usefixtures("asked")


@pytest.fixture(autouse=True)
def warnings_shown(messages) -> list[str]:  # type: ignore[no-untyped-def]
    """The text of every warning and notice shown, in order."""
    return messages.texts


def fill_in(
    monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill: Callable[[QDialog], None]
) -> None:
    """Replace the sub-dialog's modal exec: fill its fields, press 확인 (its real accept), report the result."""

    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- 그룹 관리 ---------------------------------------------------------------------------------


@pytest.fixture
def groups_dialog(qtbot, sample_services: Services) -> GroupsDialog:
    dialog = GroupsDialog(sample_services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def by_name(services: Services, name: str) -> GroupInfo:
    return next(g for g in services.groups.tree() if g.name == name)


def tree_item(dialog: GroupsDialog, group_id: int) -> QTreeWidgetItem:
    return next(i for i in dialog._all_items() if i.data(0, Qt.ItemDataRole.UserRole) == group_id)


def test_groups_dialog_shows_the_tree_with_kinds_and_counts(groups_dialog: GroupsDialog) -> None:
    tree = groups_dialog.tree
    assert groups_dialog.windowTitle() == "그룹 관리"
    assert [tree.headerItem().text(c) for c in range(3)] == ["이름", "종류", "회원사 수"]
    top = tree.topLevelItem(0)
    assert (top.text(0), top.text(1)) == ("한국이업종교류연합회", "연합회")
    cluster = top.child(0).child(0)
    assert cluster.text(0) == "경기기계협업그룹"
    assert cluster.text(2) == "12"
    assert [cluster.child(i).text(0) for i in range(cluster.childCount())] == [
        "R&D분과",
        "생산분과",
        "마케팅분과",
    ]
    assert not groups_dialog.delete_button.isEnabled()  # nothing selected yet


def test_add_with_nothing_selected_makes_a_top_level_group(
    qtbot, monkeypatch: pytest.MonkeyPatch, groups_dialog: GroupsDialog, sample_services: Services
) -> None:
    def fill(form: QDialog) -> None:
        assert isinstance(form, GroupFormDialog)
        form.name_edit.setText("부산지역연합회")
        form.kind_combo.setCurrentText("지역")

    fill_in(monkeypatch, GroupFormDialog, fill)
    groups_dialog.select_group(None)
    with qtbot.waitSignal(groups_dialog.changed):
        click(qtbot, groups_dialog.add_button)

    created = by_name(sample_services, "부산지역연합회")
    assert (created.parent_id, created.kind) == (None, "지역")
    assert groups_dialog.tree.topLevelItemCount() == 2
    assert groups_dialog.selected_group() == created


def test_add_next_to_and_under_the_selected_group(
    qtbot, monkeypatch: pytest.MonkeyPatch, groups_dialog: GroupsDialog, sample_services: Services
) -> None:
    cluster = by_name(sample_services, "경기기계협업그룹")
    committee = by_name(sample_services, "생산분과")
    names = iter(["품질분과", "검사소위원회"])
    fill_in(monkeypatch, GroupFormDialog, lambda form: form.name_edit.setText(next(names)))  # type: ignore[attr-defined]

    groups_dialog.select_group(committee.id)
    click(qtbot, groups_dialog.add_button)  # 추가: next to 생산분과
    assert by_name(sample_services, "품질분과").parent_id == cluster.id

    groups_dialog.select_group(committee.id)
    click(qtbot, groups_dialog.add_child_button)  # 하위 그룹 추가: under 생산분과
    assert by_name(sample_services, "검사소위원회").parent_id == committee.id
    assert tree_item(groups_dialog, by_name(sample_services, "검사소위원회").id).parent() is tree_item(
        groups_dialog, committee.id
    )


def test_a_refused_name_keeps_the_form_open_and_adds_nothing(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    groups_dialog: GroupsDialog,
    sample_services: Services,
    warnings_shown,
) -> None:
    before = len(sample_services.groups.tree())
    results: list[int] = []

    def exec_(form: QDialog) -> int:
        form.name_edit.setText("   ")  # type: ignore[attr-defined]
        form.accept()
        results.append(form.result())
        return form.result()

    monkeypatch.setattr(GroupFormDialog, "exec", exec_)
    groups_dialog.select_group(None)
    click(qtbot, groups_dialog.add_button)

    assert warnings_shown == ["그룹 이름을 입력해 주십시오."]
    assert results == [QDialog.DialogCode.Rejected]
    assert len(sample_services.groups.tree()) == before


def test_rename_and_change_kind(
    qtbot, monkeypatch: pytest.MonkeyPatch, groups_dialog: GroupsDialog, sample_services: Services
) -> None:
    committee = by_name(sample_services, "마케팅분과")

    def fill(form: QDialog) -> None:
        assert isinstance(form, GroupFormDialog)
        assert form.name_edit.text() == "마케팅분과"  # the form starts with the current values
        form.name_edit.setText("판로분과")
        form.kind_combo.setCurrentText("협업그룹")

    fill_in(monkeypatch, GroupFormDialog, fill)
    groups_dialog.select_group(committee.id)
    with qtbot.waitSignal(groups_dialog.changed):
        click(qtbot, groups_dialog.edit_button)

    renamed = next(g for g in sample_services.groups.tree() if g.id == committee.id)
    assert (renamed.name, renamed.kind, renamed.parent_id) == ("판로분과", "협업그룹", committee.parent_id)
    assert tree_item(groups_dialog, committee.id).text(0) == "판로분과"


def test_move_to_another_parent_and_to_the_top(
    qtbot, monkeypatch: pytest.MonkeyPatch, groups_dialog: GroupsDialog, sample_services: Services
) -> None:
    region = by_name(sample_services, "경기지역연합회")
    committee = by_name(sample_services, "R&D분과")
    members_before = committee.member_count
    targets = iter([region.id, None])
    offered: list[set[int]] = []

    def fill(picker: QDialog) -> None:
        assert isinstance(picker, ParentPickerDialog)
        offered.append(set(picker._items))
        picker.select_parent(next(targets))

    fill_in(monkeypatch, ParentPickerDialog, fill)
    groups_dialog.select_group(committee.id)
    click(qtbot, groups_dialog.move_button)
    moved = by_name(sample_services, "R&D분과")
    assert moved.parent_id == region.id
    assert moved.member_count == members_before
    assert tree_item(groups_dialog, committee.id).parent() is tree_item(groups_dialog, region.id)

    click(qtbot, groups_dialog.move_button)  # still selected after the reload
    assert by_name(sample_services, "R&D분과").parent_id is None
    assert committee.id not in offered[0]  # never offered as its own parent


def test_a_group_cannot_be_offered_its_own_subgroups_as_parent(groups_dialog: GroupsDialog, sample_services):
    region = by_name(sample_services, "경기지역연합회")
    picker = ParentPickerDialog(sample_services.groups.tree(), region, groups_dialog)
    offered = {sample_services.groups.tree()[0].id}
    assert set(picker._items) == offered  # only the federation: the region's own subtree is left out
    picker.deleteLater()


def test_delete_asks_first_and_keeps_the_members(
    qtbot, groups_dialog: GroupsDialog, sample_services: Services, asked
) -> None:
    committee = by_name(sample_services, "생산분과")
    members = sample_services.members.count(MemberFilter())
    groups_dialog.select_group(committee.id)

    asked.answer = False
    click(qtbot, groups_dialog.delete_button)
    assert by_name(sample_services, "생산분과").id == committee.id
    assert "회원사" in asked.questions[0] and "삭제되지 않고" in asked.questions[0]

    asked.answer = True
    with qtbot.waitSignal(groups_dialog.changed):
        click(qtbot, groups_dialog.delete_button)
    assert all(g.id != committee.id for g in sample_services.groups.tree())
    assert sample_services.members.count(MemberFilter()) == members
    assert all(i.data(0, Qt.ItemDataRole.UserRole) != committee.id for i in groups_dialog._all_items())


def test_deleting_a_group_with_subgroups_shows_the_refusal(
    qtbot, groups_dialog: GroupsDialog, sample_services: Services, warnings_shown
) -> None:
    before = sample_services.groups.tree()
    groups_dialog.select_group(by_name(sample_services, "경기기계협업그룹").id)
    click(qtbot, groups_dialog.delete_button)
    assert len(warnings_shown) == 1
    assert "하위 그룹이 있어 삭제할 수 없습니다" in warnings_shown[0]
    assert sample_services.groups.tree() == before


# --- 업종 / 회원구분 --------------------------------------------------------------------------------


@pytest.fixture
def industries_dialog(qtbot, sample_services: Services) -> CatalogDialog:
    dialog = CatalogDialog(sample_services.industries, "업종 관리")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown(dialog: CatalogDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def item_id(services: Services, name: str) -> int:
    return next(i.id for i in services.industries.items() if i.name == name)


def test_catalog_shows_names_with_member_counts(industries_dialog: CatalogDialog, sample_services) -> None:
    assert industries_dialog.windowTitle() == "업종 관리"
    expected = [f"{i.name} ({i.in_use}개사)" for i in sample_services.industries.items()]
    assert shown(industries_dialog) == expected
    assert any(text.startswith("기계·금속 (") and not text.endswith("(0개사)") for text in expected)


def test_catalog_add_rename_move_and_remove(
    qtbot, monkeypatch: pytest.MonkeyPatch, industries_dialog: CatalogDialog, sample_services: Services, asked
) -> None:
    catalog = sample_services.industries
    names = iter(["바이오", "바이오·헬스"])
    fill_in(monkeypatch, NameDialog, lambda d: d.name_edit.setText(next(names)))  # type: ignore[attr-defined]

    with qtbot.waitSignal(industries_dialog.changed):
        click(qtbot, industries_dialog.add_button)
    assert catalog.names()[-1] == "바이오"
    assert shown(industries_dialog)[-1] == "바이오 (0개사)"
    assert industries_dialog.selected().name == "바이오"

    click(qtbot, industries_dialog.rename_button)
    assert catalog.names()[-1] == "바이오·헬스"

    assert not industries_dialog.down_button.isEnabled()  # already last
    click(qtbot, industries_dialog.up_button)
    assert catalog.names()[-2] == "바이오·헬스"
    click(qtbot, industries_dialog.down_button)
    assert catalog.names()[-1] == "바이오·헬스"

    count = len(catalog.names())
    click(qtbot, industries_dialog.remove_button)
    assert asked.questions and "바이오·헬스" in asked.questions[-1]
    assert "바이오·헬스" not in catalog.names()
    assert len(catalog.names()) == count - 1


def test_removing_an_item_in_use_shows_the_refusal(
    qtbot, industries_dialog: CatalogDialog, sample_services: Services, warnings_shown
) -> None:
    before = sample_services.industries.items()
    industries_dialog.select(item_id(sample_services, "기계·금속"))
    click(qtbot, industries_dialog.remove_button)
    assert len(warnings_shown) == 1
    assert "'기계·금속' 업종" in warnings_shown[0] and "삭제할 수 없습니다" in warnings_shown[0]
    assert sample_services.industries.items() == before


def test_a_duplicate_name_is_refused_and_nothing_changes(
    qtbot, monkeypatch: pytest.MonkeyPatch, industries_dialog: CatalogDialog, sample_services, warnings_shown
) -> None:
    before = sample_services.industries.names()
    fill_in(monkeypatch, NameDialog, lambda d: d.name_edit.setText(before[0]))  # type: ignore[attr-defined]
    click(qtbot, industries_dialog.add_button)
    assert len(warnings_shown) == 1 and "이미 있습니다" in warnings_shown[0]
    assert sample_services.industries.names() == before


def test_member_class_dialog_edits_its_own_list(
    qtbot, monkeypatch: pytest.MonkeyPatch, sample_services: Services
) -> None:
    dialog = CatalogDialog(sample_services.member_classes, "회원구분 관리")
    qtbot.addWidget(dialog)
    dialog.show()
    industries = sample_services.industries.names()
    fill_in(monkeypatch, NameDialog, lambda d: d.name_edit.setText("명예회원"))  # type: ignore[attr-defined]
    click(qtbot, dialog.add_button)
    assert "명예회원" in sample_services.member_classes.names()
    assert sample_services.industries.names() == industries

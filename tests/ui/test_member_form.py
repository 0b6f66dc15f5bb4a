"""회원사 추가·수정 dialog driven through its real widgets, checked against the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QMessageBox

from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import member_to_raw
from collabdesk.services.sample_data import make_brn
from collabdesk.ui.members import form as form_module
from collabdesk.ui.members.form import MemberFormDialog
from collabdesk.validation.member import FIELD_LABELS

# `confirm` answered by the `asked` fixture; also keeps qtbot's closing of a changed dialog from blocking.
pytestmark = pytest.mark.usefixtures("asked", "messages")


@pytest.fixture
def message_box(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[str]]:
    """Answer every QMessageBox the code builds itself by clicking the button with the given text."""

    def answer_with(button_text: str) -> list[str]:
        texts: list[str] = []

        def exec_(box: QMessageBox) -> int:
            texts.append(box.text())
            button = next(b for b in box.buttons() if b.text() == button_text)
            button.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return texts

    return answer_with


def open_form(qtbot, services: Services, member_id: int | None = None) -> MemberFormDialog:
    dialog = MemberFormDialog(services, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def edit(dialog: MemberFormDialog, key: str) -> QLineEdit:
    widget = dialog.field_widget(key)
    assert isinstance(widget, QLineEdit)
    return widget


def combo(dialog: MemberFormDialog, key: str) -> QComboBox:
    widget = dialog.field_widget(key)
    assert isinstance(widget, QComboBox)
    return widget


def error(dialog: MemberFormDialog, key: str) -> QLabel:
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None
    return label


def member_count(services: Services) -> int:
    return services.members.count(MemberFilter())


def first_member_id(services: Services, name: str) -> int:
    found = [row.id for row in services.members.page(MemberFilter(text=name)) if row.name == name]
    assert found, name
    return found[0]


def test_labels_are_the_validation_labels(qtbot, services: Services) -> None:
    dialog = open_form(qtbot, services)
    labels = dialog._labels()
    assert {k: v for k, v in labels.items() if k != "sales"} == {
        k: v for k, v in FIELD_LABELS.items() if k != "sales"
    }
    assert labels["sales"].startswith(FIELD_LABELS["sales"])
    assert dialog.windowTitle() == "회원사 추가"
    assert edit(dialog, "brn").placeholderText() == "000-00-00000"
    assert combo(dialog, "industry").itemText(0) == "(선택 안 함)"
    assert dialog.focusWidget() is edit(dialog, "name")


def test_typing_and_clicking_save_creates_a_normalised_member(
    qtbot, sample_services: Services, type_text
) -> None:
    services = sample_services
    before = member_count(services)
    committee = next(g for g in services.groups.tree() if g.name == "R&D분과")
    brn = make_brn(7001).replace("-", "")
    dialog = open_form(qtbot, services)

    type_text(edit(dialog, "name"), "(주)새한테크")
    qtbot.keyClicks(edit(dialog, "brn"), brn)
    industry = combo(dialog, "industry")
    industry.setCurrentIndex(industry.findText("기계·금속"))
    type_text(edit(dialog, "tags"), "CNC 가공, 금형,  CNC 가공")
    qtbot.keyClicks(edit(dialog, "sales"), "1250000000")
    qtbot.keyClicks(edit(dialog, "joined_on"), "2019.06.01")
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(edit(dialog, "phone"), "0313363133")
    qtbot.keyClicks(edit(dialog, "email"), "Info@SaeHan.CO.KR")
    qtbot.mouseClick(dialog.contacts_editor.add_button, Qt.MouseButton.LeftButton)
    table = dialog.contacts_editor.table
    assert table.rowCount() == 1
    table.item(0, 0).setText("홍길동")
    table.item(0, 2).setText("01012345678")
    dialog.tabs.setCurrentIndex(2)
    dialog.group_picker.item_for(committee.id).setCheckState(0, Qt.CheckState.Checked)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert member_count(services) == before + 1
    saved = services.members.get(dialog.saved_member_id).data
    assert saved.name == "(주)새한테크"
    assert saved.brn == make_brn(7001)
    assert saved.industry == "기계·금속"
    assert saved.tags == ["CNC 가공", "금형"]
    assert saved.sales == 1_250_000_000
    assert saved.joined_on == dt.date(2019, 6, 1)
    assert saved.phone == "031-336-3133"
    assert saved.email == "Info@saehan.co.kr"
    assert [(c.name, c.phone) for c in saved.contacts] == [("홍길동", "010-1234-5678")]
    assert saved.group_ids == [committee.id]
    assert saved.status == "활동"


def test_contact_typed_into_an_open_cell_editor_is_saved(qtbot, services: Services, type_text) -> None:
    dialog = open_form(qtbot, services)
    type_text(edit(dialog, "name"), "열린편집(주)")
    qtbot.keyClicks(edit(dialog, "brn"), make_brn(7002))
    dialog.tabs.setCurrentIndex(1)
    dialog.contacts_editor.add_contact()
    editor = dialog.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert dialog.contacts_editor.table.viewport().isAncestorOf(editor)
    type_text(editor, "김담당")

    dialog.save()  # without leaving the cell first

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [c.name for c in services.members.get(dialog.saved_member_id).data.contacts] == ["김담당"]


def test_enter_in_a_field_saves(qtbot, services: Services, type_text) -> None:
    dialog = open_form(qtbot, services)
    type_text(edit(dialog, "name"), "엔터정밀")
    qtbot.keyClicks(edit(dialog, "brn"), make_brn(7003))
    qtbot.keyClick(edit(dialog, "brn"), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.members.get(dialog.saved_member_id).data.name == "엔터정밀"


def test_bad_brn_and_empty_name_show_errors_and_save_nothing(qtbot, sample_services: Services) -> None:
    services = sample_services
    before = member_count(services)
    dialog = open_form(qtbot, services)
    qtbot.keyClicks(edit(dialog, "brn"), "1234567890")  # wrong check digit
    qtbot.keyClicks(edit(dialog, "ceo"), "Kim")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert member_count(services) == before
    assert error(dialog, "name").isVisible()
    assert "회사명" in error(dialog, "name").text()
    assert error(dialog, "brn").isVisible()
    assert "사업자등록번호" in error(dialog, "brn").text()
    assert "검증번호" in error(dialog, "brn").text()
    assert not error(dialog, "ceo").isVisible()
    assert dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() is edit(dialog, "name")


def test_an_error_on_another_tab_switches_to_it_and_clears_when_edited(
    qtbot, services: Services, type_text
) -> None:
    dialog = open_form(qtbot, services)
    type_text(edit(dialog, "name"), "오류전화(주)")
    qtbot.keyClicks(edit(dialog, "brn"), make_brn(7004))
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(edit(dialog, "phone"), "12345")
    dialog.tabs.setCurrentIndex(0)

    dialog.save()

    assert member_count(services) == 0
    assert dialog.tabs.currentIndex() == 1
    assert dialog.focusWidget() is edit(dialog, "phone")
    assert error(dialog, "phone").isVisible()
    assert "전화" in error(dialog, "phone").text()
    assert dialog.tabs.tabBar().tabTextColor(1) == form_module.ERROR_COLOR

    qtbot.keyClick(edit(dialog, "phone"), Qt.Key.Key_Backspace)

    assert not error(dialog, "phone").isVisible()
    assert error(dialog, "phone").text() == ""
    assert dialog.tabs.tabBar().tabTextColor(1) != form_module.ERROR_COLOR


def test_contact_and_duplicate_brn_errors_go_under_their_fields(
    qtbot, sample_services: Services, type_text
) -> None:
    services = sample_services
    taken = services.members.get(first_member_id(services, "(주)한빛정밀")).data.brn
    dialog = open_form(qtbot, services)
    type_text(edit(dialog, "name"), "중복(주)")
    qtbot.keyClicks(edit(dialog, "brn"), taken)
    dialog.save()
    assert "이미 등록된 번호" in error(dialog, "brn").text()

    edit(dialog, "brn").setText(make_brn(7005))
    dialog.contacts_editor.table.add_row(["", "과장", "", "", ""])  # a contact without a name
    dialog.save()
    assert dialog.tabs.currentIndex() == 1
    assert error(dialog, "contacts").isVisible()
    assert "담당자 1번째 줄" in error(dialog, "contacts").text()
    assert dialog.focusWidget() is dialog.contacts_editor.table


def test_editing_a_sample_member_saves_and_bumps_its_version(qtbot, sample_services: Services) -> None:
    services = sample_services
    member_id = first_member_id(services, "(주)한빛정밀")
    before = services.members.get(member_id)
    dialog = open_form(qtbot, services, member_id)
    assert dialog.windowTitle() == "회원사 정보 수정"
    assert edit(dialog, "name").text() == "(주)한빛정밀"
    assert edit(dialog, "sales").text() == "18,400,000,000"
    assert edit(dialog, "brn").text() == before.data.brn
    assert dialog.group_picker.checked_ids() == sorted(before.data.group_ids)
    assert dialog.contacts_editor.table.rowCount() == len(before.data.contacts)
    assert not dialog.is_modified()  # a loaded form is not a change, thousands separators and all

    edit(dialog, "employees").clear()
    qtbot.keyClicks(edit(dialog, "employees"), "120")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_member_id == member_id
    after = services.members.get(member_id)
    assert after.data.employees == 120
    assert after.version > before.version
    assert after.data.sales == before.data.sales
    assert after.data.contacts == before.data.contacts
    assert sorted(after.data.group_ids) == sorted(before.data.group_ids)


def stale_setup(qtbot, services: Services) -> tuple[MemberFormDialog, int]:
    member_id = first_member_id(services, "대성금형(주)")
    dialog = open_form(qtbot, services, member_id)
    # Someone else changes the member after the dialog has read it.
    other = services.members.get(member_id)
    raw = member_to_raw(other.data)
    raw["ceo"] = "다른사람"
    services.members.update(member_id, raw, other.version)
    edit(dialog, "address").setText("경기도 안산시 단원구 새주소 1")
    return dialog, member_id


def test_stale_edit_keeps_the_other_change_and_lets_the_user_keep_editing(
    qtbot, sample_services: Services, message_box: Callable[[str], list[str]]
) -> None:
    dialog, member_id = stale_setup(qtbot, sample_services)
    texts = message_box("계속 수정")

    dialog.save()

    assert len(texts) == 1
    assert texts[0].startswith("다른 사용자가 먼저 수정했습니다")
    assert dialog.isVisible()
    stored = sample_services.members.get(member_id).data
    assert stored.ceo == "다른사람"
    assert stored.address != "경기도 안산시 단원구 새주소 1"
    assert edit(dialog, "address").text() == "경기도 안산시 단원구 새주소 1"  # typed text kept


def test_stale_edit_can_reload_the_current_record(
    qtbot, sample_services: Services, message_box: Callable[[str], list[str]], asked
) -> None:
    dialog, member_id = stale_setup(qtbot, sample_services)
    message_box("다시 불러오기")

    dialog.save()

    assert dialog.isVisible()
    assert edit(dialog, "ceo").text() == "다른사람"
    assert edit(dialog, "address").text() == sample_services.members.get(member_id).data.address
    assert not dialog.is_modified()

    # Now the dialog holds the current version, so a new change saves.
    edit(dialog, "ceo").setText("세번째")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sample_services.members.get(member_id).data.ceo == "세번째"
    assert asked.questions == []


def test_closing_an_untouched_form_does_not_ask(qtbot, sample_services: Services, asked) -> None:
    member_id = first_member_id(sample_services, "(주)한빛정밀")
    dialog = open_form(qtbot, sample_services, member_id)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert asked.questions == []
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_closing_a_changed_form_asks_and_no_keeps_it_open(
    qtbot, sample_services: Services, asked, type_text
) -> None:
    member_id = first_member_id(sample_services, "(주)한빛정밀")
    before = sample_services.members.get(member_id)
    dialog = open_form(qtbot, sample_services, member_id)
    type_text(edit(dialog, "address"), " 2층")

    asked.answer = False
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.questions == ["저장하지 않은 변경 내용이 있습니다. 변경 내용을 버리고 닫으시겠습니까?"]
    assert dialog.isVisible()

    asked.answer = True
    dialog.close()  # the window's close button
    assert len(asked.questions) == 2
    assert not dialog.isVisible()
    assert sample_services.members.get(member_id).version == before.version


def test_typing_back_the_original_text_is_not_a_change(qtbot, sample_services: Services, asked) -> None:
    member_id = first_member_id(sample_services, "(주)한빛정밀")
    dialog = open_form(qtbot, sample_services, member_id)
    qtbot.keyClicks(edit(dialog, "ceo"), "X")
    assert dialog.is_modified()
    qtbot.keyClick(edit(dialog, "ceo"), Qt.Key.Key_Backspace)
    assert not dialog.is_modified()
    dialog.contacts_editor.add_contact()  # an empty new row is not a change either
    assert not dialog.is_modified()
    dialog.reject()
    assert asked.questions == []


def test_switching_to_left_prefills_today_and_back_clears_it(qtbot, sample_services: Services) -> None:
    member_id = first_member_id(sample_services, "(주)한빛정밀")
    dialog = open_form(qtbot, sample_services, member_id)
    status = combo(dialog, "status")
    assert edit(dialog, "left_on").text() == ""

    status.setCurrentIndex(status.findData("탈퇴"))
    assert edit(dialog, "left_on").text() == dt.date.today().isoformat()

    status.setCurrentIndex(status.findData("활동"))
    assert edit(dialog, "left_on").text() == ""

    edit(dialog, "left_on").setText("2020-01-31")
    status.setCurrentIndex(status.findData("탈퇴"))
    assert edit(dialog, "left_on").text() == "2020-01-31"  # a date the user typed is left alone
    dialog.save()
    stored = sample_services.members.get(member_id).data
    assert (stored.status, stored.left_on) == ("탈퇴", dt.date(2020, 1, 31))


def test_leaving_a_date_or_amount_field_tidies_it(qtbot, services: Services) -> None:
    dialog = open_form(qtbot, services)
    founded = edit(dialog, "founded_on")
    founded.setText("2019.6.1")
    founded.editingFinished.emit()
    assert founded.text() == "2019-06-01"
    sales = edit(dialog, "sales")
    sales.setText("1200000원")
    sales.editingFinished.emit()
    assert sales.text() == "1,200,000"
    hint = dialog.findChild(QLabel, "hint_sales")
    assert hint.text() == "120만원"  # a zero too many or too few shows at once
    sales.setText("18400000000")
    assert hint.text() == "184억원"
    sales.setText("많음")
    sales.editingFinished.emit()
    assert sales.text() == "많음"  # left for 저장 to explain


def test_dialog_size_is_remembered(qtbot, services: Services) -> None:
    dialog = open_form(qtbot, services)
    dialog.resize(760, 560)  # the offscreen screen is 800×600; a restored size must fit on it
    dialog.reject()
    again = open_form(qtbot, services)
    assert (again.width(), again.height()) == (760, 560)


def test_a_member_deleted_meanwhile_is_reported_by_the_constructor(qtbot, sample_services: Services) -> None:
    from collabdesk.errors import NotFoundError

    member_id = first_member_id(sample_services, "(주)한빛정밀")
    sample_services.members.delete(member_id)
    with pytest.raises(NotFoundError):
        MemberFormDialog(sample_services, member_id)

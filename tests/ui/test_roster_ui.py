"""The 명부 가져오기 wizard, 가져오기 기록 and 명부 내보내기, driven through their widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton, QWizard

from collabdesk.domain import STATUS_ALL
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.sample_data import make_brn
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.roster import batches_dialog, export, import_wizard
from collabdesk.ui.roster.batches_dialog import BatchesDialog
from collabdesk.ui.roster.import_wizard import ImportWizard
from collabdesk.ui.tasks import BackgroundTask

B1, B2, B3 = make_brn(1), make_brn(2), make_brn(3)
HEADER = ["No.", "상호", "대표", "사업자 번호", "업종구분", "비고란", "가입일자"]


@pytest.fixture
def roster(make_xlsx: Any) -> Path:
    return make_xlsx(
        [
            ["협력사 명단"],
            [],
            HEADER,
            [1, "가나정밀", "김가나", B1, "기계·금속", "우수회원", "2020.3.2"],
            [2, "다라금형", "이다라", B2[:-1] + str((int(B2[-1]) + 1) % 10), "기계·금속"],
            [3, "마바전자", "박마바", B3, "전기·전자", None, dt.datetime(2021, 5, 1)],
        ],
        merge=["A1:G1"],
    )


@pytest.fixture
def wizard(qtbot, services: Services) -> ImportWizard:
    widget = ImportWizard(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def press(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: ImportWizard, expected: Any) -> None:
    """다음 (or 가져오기): the page's work runs in the background, then the wizard moves on."""
    button = (
        QWizard.WizardButton.CommitButton
        if wizard.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    press(qtbot, wizard, button)
    qtbot.waitUntil(lambda: wizard.currentPage() is expected, timeout=10_000)


def choose_file(qtbot, wizard: ImportWizard, path: Path) -> None:
    """As 찾아보기 or a drop gives the path (Enter in the path field would also press 다음)."""
    wizard.file_page.set_path(path)


def test_import_through_the_wizard(
    qtbot, wizard: ImportWizard, services: Services, roster: Path, messages
) -> None:
    imported: list[Any] = []
    wizard.imported.connect(imported.append)
    choose_file(qtbot, wizard, roster)
    assert wizard.file_page.sheet.currentText() == "명부"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    next_page(qtbot, wizard, wizard.mapping_page)

    page = wizard.mapping_page
    assert page.header_info.text() == "'명부' 시트 · 머리글 3행 · 그 아래 3행"
    assert page.mapping() == {1: "name", 2: "ceo", 3: "brn", 4: "industry", 6: "joined_on"}
    assert page.table.item(1, 2).text() == "가나정밀 / 다라금형 / 마바전자"
    # The user maps the unrecognised 비고란 column by hand.
    page.findChild(type(page.profile), "field_5").setCurrentIndex(
        page.findChild(type(page.profile), "field_5").findData("note")
    )
    next_page(qtbot, wizard, wizard.preview_page)

    preview = wizard.preview_page
    assert preview.summary.text() == "신규 2 · 변경 0 · 동일 0 · 건너뜀 0 · 오류 1 · 제외 0"
    assert preview.status.currentData() == "error"  # errors are shown first
    assert preview.model.rowCount() == 1
    preview.view.selectRow(0)
    assert "5행" in preview.detail.text() and "검증번호" in preview.detail.text()
    preview.status.setCurrentIndex(0)
    assert preview.model.rowCount() == 3
    assert services.members.count(MemberFilter()) == 0  # nothing written before 가져오기

    next_page(qtbot, wizard, wizard.done_page)
    assert wizard.done_page.result_text.text().startswith("추가 2곳 · 수정 0곳 · 건너뜀 0곳 · 오류 1행")
    assert "가져오기 기록 1번" in wizard.done_page.result_text.text()
    assert [r.batch_id for r in imported] == [1]
    member = services.members.get(services.members.find_by_brn(B1))  # type: ignore[arg-type]
    assert (member.data.note, member.data.joined_on) == ("우수회원", dt.date(2020, 3, 2))
    assert messages.texts == []


def test_an_unusable_file_is_explained_on_the_first_page(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:
    fake = tmp_path / "명단.xlsx"
    fake.write_text("상호,사업자번호\n가나,1234567891\n", encoding="utf-8")
    choose_file(qtbot, wizard, fake)
    assert "CSV" in wizard.file_page.problem.text()
    assert wizard.file_page.sheet.count() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_sheet_without_a_header_stays_on_the_first_page(
    qtbot, wizard: ImportWizard, make_xlsx: Any, messages
) -> None:
    choose_file(qtbot, wizard, make_xlsx([["숫자만"], [1, 2, 3]], name="x.xlsx"))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: len(messages.warning) == 1, timeout=10_000)
    assert "머리글 행을 찾지 못했습니다" in messages.warning[0][2]
    assert wizard.currentPage() is wizard.file_page


def test_mapping_without_the_number_column_is_refused(
    qtbot, wizard: ImportWizard, roster: Path, messages
) -> None:
    choose_file(qtbot, wizard, roster)
    next_page(qtbot, wizard, wizard.mapping_page)
    wizard.mapping_page.set_field(3, "")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.mapping_page
    assert "'사업자등록번호' 열을 지정해 주십시오." in messages.warning[0][2]


def test_cancelled_import_writes_nothing(
    qtbot, wizard: ImportWizard, services: Services, roster: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    choose_file(qtbot, wizard, roster)
    next_page(qtbot, wizard, wizard.mapping_page)
    next_page(qtbot, wizard, wizard.preview_page)

    class CancelledAtOnce(BackgroundTask):
        def start(self) -> BackgroundTask:
            self.cancel()  # as if 취소 was pressed before the first row was written
            return super().start()

    monkeypatch.setattr(import_wizard, "BackgroundTask", CancelledAtOnce)
    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert BackgroundTask.wait_for_all(10_000)
    qtbot.wait(50)
    assert wizard.currentPage() is wizard.preview_page
    assert services.members.count(MemberFilter()) == 0
    assert services.roster_batches.batches() == []
    assert messages.texts == []  # 취소 is not an error


def test_profiles_are_saved_and_chosen_next_time(
    qtbot, services: Services, roster: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ImportWizard(services)
    qtbot.addWidget(first)
    first.show()
    choose_file(qtbot, first, roster)
    next_page(qtbot, first, first.mapping_page)
    first.mapping_page.set_field(5, "note")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("협력사 양식", True))
    first.mapping_page.findChild(QPushButton, "save_profile").click()
    assert services.roster_profiles.names() == ["협력사 양식"]
    assert first.mapping_page.profile.currentText() == "협력사 양식"

    second = ImportWizard(services)
    qtbot.addWidget(second)
    second.show()
    choose_file(qtbot, second, roster)
    next_page(qtbot, second, second.mapping_page)
    assert second.mapping_page.profile.currentText() == "협력사 양식"
    assert second.mapping_page.mapping()[5] == "note"
    second.mapping_page.profile.setCurrentIndex(0)
    second.mapping_page.profile.activated.emit(0)
    assert 5 not in second.mapping_page.mapping()  # 자동 지정 again


def test_rejected_rows_are_saved_for_fixing(
    qtbot, wizard: ImportWizard, roster: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    target = tmp_path / "고칠 행.xlsx"
    monkeypatch.setattr(import_wizard, "ask_save_xlsx", lambda *a: target)
    choose_file(qtbot, wizard, roster)
    next_page(qtbot, wizard, wizard.mapping_page)
    next_page(qtbot, wizard, wizard.preview_page)
    wizard.preview_page.save_rejected.click()
    qtbot.waitUntil(lambda: len(messages.information) == 1, timeout=10_000)
    rows = [[c.value for c in row] for row in load_workbook(target).active.iter_rows()]
    assert rows[0] == [*HEADER, "오류", "원래 행"]
    assert rows[1][:2] == [2, "다라금형"] and rows[1][-1] == 5
    assert "검증번호" in rows[1][-2]


def test_undo_from_the_batches_dialog(
    qtbot, services: Services, make_xlsx: Any, monkeypatch, messages
) -> None:
    from collabdesk.services.roster_import import read_roster

    services.roster_import.run(
        read_roster(make_xlsx([["상호", "사업자번호"], ["가나", B1], ["다라", B2]])), {0: "name", 1: "brn"}
    )
    questions: list[str] = []
    monkeypatch.setattr(batches_dialog, "confirm", lambda _p, _t, text, *_a: questions.append(text) or True)
    dialog = BatchesDialog(services)
    qtbot.addWidget(dialog)
    changed: list[bool] = []
    dialog.members_changed.connect(lambda: changed.append(True))
    assert dialog.model.rowCount() == 1 and dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(changed), timeout=10_000)
    assert "추가된 회원사 2곳은 삭제" in questions[0]
    assert services.members.count(MemberFilter()) == 0
    assert messages.information[0][2] == "되돌렸습니다: 회원사 2곳 삭제, 0곳 복원"
    assert not dialog.undo_button.isEnabled()
    assert dialog.model.index(0, 8).data()  # 되돌림 time shown


def click_when_asked(button_text: str) -> None:
    """Press a button of the next modal box once it is open."""

    def press_button() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press_button)
            return
        for button in box.buttons():
            if button.text().startswith(button_text):
                button.click()
                return

    QTimer.singleShot(0, press_button)


def test_export_from_the_main_window(
    qtbot, sample_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    target = tmp_path / "명부.xlsx"
    monkeypatch.setattr(export, "ask_save_xlsx", lambda *a: target)
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    export_action = next(a for a in window.roster_actions if a.text() == "명부 내보내기…")
    assert export_action.shortcut().toString() == "Ctrl+E"
    click_when_asked("전체 회원사")
    export_action.trigger()
    qtbot.waitUntil(lambda: len(messages.information) == 1, timeout=10_000)
    total = sample_services.members.count(MemberFilter(status=STATUS_ALL))
    assert messages.information[0][2] == f"회원사 {total}곳을 내보냈습니다.\n{target}"
    ws = load_workbook(target).active
    assert ws.max_row == total + 1
    assert ws["A1"].value == "회사명" and ws["A1"].font.b
    assert ws.freeze_panes == "A2"


def test_main_window_opens_the_wizard_and_refreshes_after_import(
    qtbot, sample_services: Services, roster: Path
) -> None:
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    before = window.members_tab.model.rowCount()
    wizard = window.import_roster()
    assert isinstance(wizard, ImportWizard)
    choose_file(qtbot, wizard, roster)
    next_page(qtbot, wizard, wizard.mapping_page)
    next_page(qtbot, wizard, wizard.preview_page)
    next_page(qtbot, wizard, wizard.done_page)
    qtbot.waitUntil(lambda: window.members_tab.model.rowCount() == before + 2, timeout=10_000)
    wizard.close()


def test_a_typed_path_is_looked_at_when_typing_pauses(qtbot, wizard: ImportWizard, roster: Path) -> None:
    page = wizard.file_page
    qtbot.keyClicks(page.path, str(roster))  # an ASCII path: QTest can type it
    assert page.sheet.count() == 0
    qtbot.waitUntil(lambda: page.sheet.count() == 1, timeout=5_000)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_dropped_on_the_first_page(qtbot, wizard: ImportWizard, roster: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(roster))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    wizard.file_page.dropEvent(event)
    assert wizard.file_page.path.text() == str(roster)
    assert wizard.file_page.sheet.currentText() == "명부"


def test_no_going_back_while_rows_are_checked_and_a_stale_answer_is_dropped(
    qtbot, wizard: ImportWizard, roster: Path
) -> None:
    choose_file(qtbot, wizard, roster)
    next_page(qtbot, wizard, wizard.mapping_page)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not back.isEnabled()  # while the rows are checked
    wizard.back()  # going back another way (a shortcut, a script) all the same
    assert BackgroundTask.wait_for_all(10_000)
    qtbot.wait(50)
    assert wizard.currentPage() is wizard.file_page  # the late answer did not push the wizard on
    assert wizard.plan is None
    next_page(qtbot, wizard, wizard.mapping_page)
    wizard.mapping_page.set_field(5, "note")
    next_page(qtbot, wizard, wizard.preview_page)
    assert wizard.plan is not None and wizard.plan.mapping[5] == "note"


def test_enter_in_the_path_field_reads_the_file_and_moves_on(
    qtbot, wizard: ImportWizard, roster: Path
) -> None:
    wizard.file_page.path.setText(str(roster))
    qtbot.keyClick(wizard.file_page.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    assert wizard.source is not None and wizard.source.sheet == "명부"


def test_an_amount_unit_is_said_on_the_mapping_page(qtbot, wizard: ImportWizard, make_xlsx: Any) -> None:
    choose_file(
        qtbot, wizard, make_xlsx([["상호", "사업자번호", "매출액(백만원)"], ["가", B1, 1250]], name="u.xlsx")
    )
    next_page(qtbot, wizard, wizard.mapping_page)
    assert (
        wizard.mapping_page.unit_note.text()
        == "'매출액(백만원)' 열의 금액에 1,000,000을 곱해 원 단위로 저장합니다."
    )
    wizard.mapping_page.set_field(2, "")
    assert wizard.mapping_page.unit_note.text() == ""


def test_the_header_row_can_be_chosen_by_hand(qtbot, wizard: ImportWizard, make_xlsx: Any) -> None:
    # Row 1 names more fields than the table's real header, row 3.
    path = make_xlsx(
        [["회사명", "사업자번호", "대표"], [], ["상호", "사업자번호"], ["가나", B1]], name="h.xlsx"
    )
    choose_file(qtbot, wizard, path)
    next_page(qtbot, wizard, wizard.mapping_page)
    page = wizard.mapping_page
    assert page.header_row.value() == 1
    page.header_row.setValue(2)  # an empty row: said, nothing changes
    assert "2행은 비어 있습니다" in page.header_info.text()
    page.header_row.setValue(3)
    assert page.header_info.text() == "'명부' 시트 · 머리글 3행 · 그 아래 1행"
    assert page.mapping() == {0: "name", 1: "brn"}
    next_page(qtbot, wizard, wizard.preview_page)
    assert [row.name for row in wizard.plan.rows] == ["가나"]

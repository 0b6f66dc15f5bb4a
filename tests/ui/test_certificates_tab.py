"""The 증명서 tab and its dialogs driven through their widgets on the sample register (8 certificates:
one revoked, one reissued), checked against the database, the PDFs (pdftotext) and the exported Excel."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from collabdesk.documents.pdf_common import date_text
from collabdesk.services.certificate_templates import IssuerSettings, KindData
from collabdesk.services.certificates import (
    REPLACED,
    REVOKED,
    STATUS_REPLACED,
    STATUS_REVOKED,
    STATUS_VALID,
    UNKNOWN,
    VALID,
    RegisterFilter,
    qr_text,
)
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import member_to_raw
from collabdesk.services.sample_data import make_brn
from collabdesk.ui import pdf_actions
from collabdesk.ui.certificates import (
    issue_dialog,
    issued_panel,
    issuer_dialog,
    register_actions,
)
from collabdesk.ui.certificates import tab as tab_module
from collabdesk.ui.certificates.batch_dialog import SKIP_COLOUR, BatchIssueDialog
from collabdesk.ui.certificates.issue_dialog import IssueDialog
from collabdesk.ui.certificates.issued_panel import IssuedDialog
from collabdesk.ui.certificates.issuer_dialog import IssuerDialog
from collabdesk.ui.certificates.kinds_dialog import KindEditDialog, KindsDialog
from collabdesk.ui.certificates.register_model import REPLACED_COLOUR, REVOKED_COLOUR, STATUS
from collabdesk.ui.certificates.revoke_dialog import ReasonDialog
from collabdesk.ui.certificates.tab import CertificatesTab
from collabdesk.ui.certificates.verify_dialog import VerifyDialog, understand_scan
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.validation.project import PartyData

SEAL = Path(__file__).resolve().parents[1] / "fixtures" / "seal.png"
SMART = "스마트 공작기계 공동개발"
WAIT = 20_000


@pytest.fixture
def sealed(sample_services: Services) -> Services:
    """The sample database with the test seal image chosen (the sample itself has none)."""
    sample_services.certificates.issuer.set_seal(SEAL)
    return sample_services


@pytest.fixture
def cert_tab(qtbot, sealed: Services) -> CertificatesTab:  # type: ignore[no-untyped-def]
    widget = CertificatesTab(sealed)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


@pytest.fixture
def asked_here(monkeypatch: pytest.MonkeyPatch, asked):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tab_module, "confirm", asked)
    return asked


def member_id(services: Services, name: str) -> int:
    return next(r.id for r in services.members.page(MemberFilter(text=name)) if r.name == name)


def project_id(services: Services, name: str) -> int:
    return next(r.id for r in services.projects.search() if r.name == name)


def pick(combo: Any, text_: str) -> None:
    index = combo.findText(text_)
    assert index >= 0, text_
    combo.setCurrentIndex(index)


def driven(cls: type[QDialog], drive: Callable[[Any], None], monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """`cls.exec()` runs `drive(dialog)` instead of waiting for a user; returns the dialogs opened."""
    opened: list[Any] = []

    def exec_(dialog: Any) -> int:
        opened.append(dialog)
        drive(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", exec_)
    return opened


def select_number(tab: CertificatesTab, number: str) -> None:
    assert tab.select_number(number), number


def numbers(tab: CertificatesTab) -> list[str]:
    return [r.number for r in tab.model.rows]


class Previewed:
    """Stands in for the print preview: records the PDF and title it was given."""

    shown: list[tuple[bytes, str]]

    def __init__(self, parent: Any, pdf: bytes, title_: str) -> None:
        type(self).shown.append((pdf, title_))

    def exec(self) -> int:
        return 0


@pytest.fixture
def previewed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str]]:
    Previewed.shown = []
    monkeypatch.setattr(pdf_actions, "preview_pdf", Previewed)
    return Previewed.shown


# --- the register --------------------------------------------------------------------------------
def test_the_register_filters_in_the_database_and_marks_revoked_and_replaced(
    qtbot, cert_tab: CertificatesTab
) -> None:  # type: ignore[no-untyped-def]
    assert len(numbers(cert_tab)) == 8
    assert cert_tab.result_label.text() == "증명서 8건 · 취소 1건"
    model = cert_tab.model
    revoked = next(n for n, r in enumerate(model.rows) if r.status == STATUS_REVOKED)
    replaced = next(n for n, r in enumerate(model.rows) if r.status == STATUS_REPLACED)
    assert model.data(model.index(revoked, STATUS)) == "취소 2026-10-20"
    assert model.data(model.index(revoked, 0), Qt.ItemDataRole.ForegroundRole).color() == REVOKED_COLOUR
    assert model.data(model.index(replaced, STATUS)) == "재발급됨 2026-11-02"
    assert model.data(model.index(replaced, 0), Qt.ItemDataRole.ForegroundRole).color() == REPLACED_COLOUR

    pick(cert_tab.status_filter, "취소")
    assert [r.company for r in model.rows] == ["대성금형(주)"]
    pick(cert_tab.status_filter, "전체")
    pick(cert_tab.kind_filter, "회원확인서")
    assert len(model.rows) == 2 and {r.kind for r in model.rows} == {"회원확인서"}
    pick(cert_tab.kind_filter, "전체")
    pick(cert_tab.year_filter, "2025년")
    assert [r.company for r in model.rows] == ["동아유압(주)"]
    pick(cert_tab.year_filter, "전체")
    cert_tab.search.setText("나래센서")
    qtbot.waitUntil(lambda: [r.company for r in model.rows] == ["(주)나래센서"], timeout=3000)

    # The replaced certificate shown with the number that replaced it, and what can be done with it.
    cert_tab.search.clear()
    qtbot.waitUntil(lambda: len(model.rows) == 8, timeout=3000)
    cert_tab.table.selectRow(replaced)
    html = cert_tab.detail.view.toPlainText()
    assert "재발급됨 (2026. 11. 2., 제 2026-0005 호)" in html and "협약 변경에 따른 역할 정정" in html
    assert not cert_tab.detail.revoke_button.isEnabled() and not cert_tab.detail.reissue_button.isEnabled()
    assert cert_tab.detail.preview_button.isEnabled()


# --- issuing one ---------------------------------------------------------------------------------
def test_the_issue_dialog_previews_then_numbers_and_saves_the_certificate(
    qtbot, cert_tab: CertificatesTab, monkeypatch, tmp_path: Path, messages, pdf_text, previewed
) -> None:  # type: ignore[no-untyped-def]
    services = cert_tab.services
    mould = member_id(services, "대성금형(주)")
    monkeypatch.setattr(issue_dialog, "pick_member", lambda *args, **kwargs: (mould, "대성금형(주)"))
    saved = tmp_path / "인증서.pdf"
    monkeypatch.setattr(issued_panel, "ask_save_path", lambda *args: saved)
    before = len(services.certificates.register())

    def drive(dialog: IssueDialog) -> None:
        pick(dialog.kind_combo, "협업인증서")
        assert not dialog.project_combo.isEnabled()  # no member chosen yet
        assert "회원사를 고르십시오" in dialog.problems_label.text()
        dialog.member_button.click()
        assert dialog.project_combo.currentText() == f"{SMART} — 금형, 사출"
        assert dialog.project_combo.isEnabled()
        qtbot.waitUntil(lambda: dialog.preview_ready, timeout=WAIT)
        assert not dialog.preview_label.pixmap().isNull()
        assert dialog.problems_label.text() == "" and dialog.issue_button.isEnabled()
        assert len(services.certificates.register()) == before  # the preview numbers nothing
        dialog.issue_button.click()
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=WAIT)
        assert not dialog.issue_button.isVisible() and dialog.close_button.text() == "닫기"
        dialog.panel.save_button.click()
        qtbot.waitUntil(lambda: len(messages.information) == 1, timeout=WAIT)
        dialog.panel.preview_button.click()
        qtbot.waitUntil(lambda: len(previewed) == 1, timeout=WAIT)
        dialog.close_dialog()

    opened = driven(IssueDialog, drive, monkeypatch)
    qtbot.keyClick(cert_tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Accepted
    issued = opened[0].result_.issued[0]
    assert (
        issued.number == "제 2026-0006 호"
        and issued.company == "대성금형(주)"
        and issued.role == "금형, 사출"
    )
    headline = opened[0].panel.headline.text()
    assert issued.number in headline and issued.code in headline
    # The register row is there and selected.
    assert len(services.certificates.register()) == before + 1
    assert cert_tab.selected_row() is not None and cert_tab.selected_row().number == issued.number
    assert issued.number in cert_tab.detail.view.toPlainText()
    text_ = pdf_text(saved)
    assert issued.number in text_ and "대성금형(주)" in text_ and issued.code in text_
    assert previewed[0][0].startswith(b"%PDF") and previewed[0][1] == f"인증서 - {issued.number}"
    assert BackgroundTask.wait_for_all()


def test_a_member_without_ceo_is_refused_in_the_dialog_before_numbering(qtbot, sealed: Services) -> None:  # type: ignore[no-untyped-def]
    lacking = sealed.members.create(
        {
            "name": "(주)대표없음",
            "brn": make_brn(901),
            "address": "경기도 화성시 1",
            "joined_on": dt.date(2020, 1, 1),
            "ceo": "",
        }
    )
    kinds = {k.name: k.id for k in sealed.certificates.kinds.items()}
    dialog = IssueDialog(sealed, None, lacking, kinds["회원확인서"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "대표자" in dialog.problems_label.text(), timeout=WAIT)
    assert "(주)대표없음: 대표자이(가) 비어 있어 발급할 수 없습니다" in dialog.problems_label.text()
    assert not dialog.issue_button.isEnabled()
    assert dialog.issue() is None  # 발급 refused even if reached some other way
    assert sealed.certificates.of_member(lacking) == []
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_missing_seal_is_said_in_the_dialog_and_blocks_issuing(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    kinds = {k.name: k.id for k in sample_services.certificates.kinds.items()}
    dialog = IssueDialog(
        sample_services, None, member_id(sample_services, "(주)나래센서"), kinds["회원확인서"]
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview_ready, timeout=WAIT)  # the page shows, without a seal
    assert "직인 이미지가 없습니다" in dialog.problems_label.text()
    assert not dialog.issue_button.isEnabled()


def test_the_issue_dialog_lists_the_projects_of_a_member_renamed_since_its_agreements(
    qtbot, sealed: Services
) -> None:  # type: ignore[no-untyped-def]
    design = member_id(sealed, "(주)미래디자인랩")  # left the project in the second version
    assert sealed.certificates.projects_of(design) == []
    logistics = member_id(sealed, "태광물류(주)")
    detail = sealed.members.get(logistics)
    sealed.members.update(logistics, {**member_to_raw(detail.data), "name": "태광로지스(주)"}, detail.version)
    kinds = {k.name: k.id for k in sealed.certificates.kinds.items()}
    dialog = IssueDialog(sealed, None, logistics, kinds["협업인증서"])
    qtbot.addWidget(dialog)
    assert dialog.member_label.text() == "태광로지스(주)"
    listed = [dialog.project_combo.itemText(n) for n in range(dialog.project_combo.count())]
    assert sorted(listed) == [f"{SMART} — 유통·물류", "유압 유닛 공동 브랜드 수출 — 유통·물류"]
    assert dialog.project_combo.isEnabled()
    qtbot.waitUntil(lambda: dialog.preview_ready, timeout=WAIT)
    assert dialog.problems_label.text() == "" and dialog.issue_button.isEnabled()

    dialog.set_member((design, "(주)미래디자인랩"))
    assert dialog.project_combo.itemText(0) == "(현재 협약에 참여한 과제가 없습니다)"
    assert "현재 협약에 참여한 과제가 없습니다" in dialog.problems_label.text()
    assert not dialog.issue_button.isEnabled()
    dialog.reject()


# --- the batch from the project tab --------------------------------------------------------------
def test_the_batch_from_a_project_lists_the_skipped_then_issues_one_pdf(
    qtbot, sealed: Services, monkeypatch, previewed
) -> None:  # type: ignore[no-untyped-def]
    from collabdesk.ui.main_window import MainWindow

    smart = project_id(sealed, SMART)
    agreement = sealed.projects.agreement(smart)
    parties = [PartyData(p.name, p.roles, None, p.member_id, p.partner_kind) for p in agreement.parties]
    parties.append(PartyData("한국기계연구원", ["R&D"], None, None, "연구기관"))
    sealed.projects.add_agreement(smart, type(agreement)(dt.date(2026, 11, 20), parties, "연구기관 합류"))
    sealed.members.withdraw(member_id(sealed, "태광물류(주)"), dt.date(2026, 11, 25))
    before = len(sealed.certificates.register())

    def drive(dialog: BatchIssueDialog) -> None:
        assert dialog.project_combo.currentText() == SMART
        # What the dialog lists is the service's plan, the one issue_batch follows.
        kind_id = dialog.kind_combo.currentData()
        assert dialog.plan == sealed.certificates.batch_plan(smart, kind_id, dialog.issue_date())
        table = [
            [dialog.table.item(row, column).text() for column in range(3)]
            for row in range(dialog.table.rowCount())
        ]
        assert table == [
            ["(주)한빛정밀", "R&D, 생산·제조, 판매·마케팅", "발급"],
            ["(주)나래센서", "R&D", "발급"],
            ["대성금형(주)", "금형, 사출", "발급"],
            ["태광물류(주): 탈퇴한 회원사라 건너뜀", "", ""],
            ["한국기계연구원: 회원사가 아닌 참여 기관(연구기관)이라 건너뜀", "", ""],
        ]
        assert dialog.table.columnSpan(3, 0) == 3
        assert dialog.table.item(4, 0).foreground().color() == SKIP_COLOUR
        assert dialog.problems_label.text() == ""
        assert dialog.summary_label.text().startswith("발급 3곳 · 건너뜀 2곳")
        assert dialog.issue_button.text() == "3곳 일괄 발급"
        assert len(sealed.certificates.register()) == before  # listing numbers nothing
        dialog.issue_button.click()
        qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=WAIT)
        dialog.panel.preview_button.click()
        qtbot.waitUntil(lambda: len(previewed) == 1, timeout=WAIT)
        dialog.reject()

    opened = driven(BatchIssueDialog, drive, monkeypatch)
    window = MainWindow(sealed)
    qtbot.addWidget(window)
    window.select_tab("projects")
    assert window.projects_tab is not None and window.projects_tab.select_project(smart)
    window.projects_tab.detail.certificates_button.click()
    assert len(opened) == 1 and window.tabs.currentWidget() is window.certificates_tab
    result = opened[0].result_
    assert [c.company for c in result.issued] == ["(주)한빛정밀", "(주)나래센서", "대성금형(주)"]
    assert result.skipped == opened[0].plan.skipped
    assert len(sealed.certificates.register()) == before + 3
    assert "3건을 발급했습니다" in opened[0].panel.headline.text()
    pdf = previewed[0][0]
    assert pdf == result.pdf and len(pdfium.PdfDocument(pdf)) == 3  # one page per certificate
    assert window.certificates_tab is not None
    assert window.certificates_tab.selected_row().number == result.issued[0].number
    assert BackgroundTask.wait_for_all()


# --- revoke and reissue --------------------------------------------------------------------------
def test_revoking_asks_a_reason_and_a_reprint_carries_the_void_mark(
    qtbot, cert_tab: CertificatesTab, monkeypatch, asked_here, previewed, tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    certificates = cert_tab.certificates
    select_number(cert_tab, "제 2026-0002 호")
    # Delete does not revoke.
    qtbot.keyClick(cert_tab.table, Qt.Key.Key_Delete)
    assert certificates.status("제 2026-0002 호").status == STATUS_VALID

    def fill(dialog: ReasonDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # no reason yet
        assert "되돌릴 수 없습니다" in dialog.warning_label.text()
        dialog.reason_edit.setText("협약 탈퇴")
        dialog.accept()

    driven(ReasonDialog, fill, monkeypatch)
    asked_here.answer = False
    assert not cert_tab.revoke_selected()
    assert certificates.status("제 2026-0002 호").status == STATUS_VALID
    asked_here.answer = True
    cert_tab.detail.revoke_button.click()
    assert "취소는 되돌릴 수 없습니다" in asked_here.questions[-1] and "협약 탈퇴" in asked_here.questions[-1]
    found = certificates.status("제 2026-0002 호")
    assert (
        found.status == STATUS_REVOKED and found.reason == "협약 탈퇴" and found.revoked_on == dt.date.today()
    )
    row = cert_tab.selected_row()
    assert row is not None and row.number == "제 2026-0002 호" and row.status == STATUS_REVOKED
    assert not cert_tab.detail.revoke_button.isEnabled()

    qtbot.keyClick(cert_tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P reprints
    qtbot.waitUntil(lambda: len(previewed) == 1, timeout=WAIT)
    reprint = tmp_path / "reprint.pdf"
    reprint.write_bytes(previewed[0][0])
    reprinted = pdf_text(reprint)
    assert "무 효" in reprinted and "협약 탈퇴" in reprinted and "제 2026-0002 호" in reprinted


def test_reissuing_shows_the_new_number_and_code_and_previews_the_pdf_it_made(
    qtbot, cert_tab: CertificatesTab, monkeypatch, asked_here, previewed, tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    certificates = cert_tab.certificates
    remade: list[list[str]] = []
    pdf_bytes = certificates.pdf_bytes
    monkeypatch.setattr(
        certificates, "pdf_bytes", lambda numbers: remade.append(numbers) or pdf_bytes(numbers)
    )
    select_number(cert_tab, "제 2026-0001 호")
    driven(ReasonDialog, lambda d: (d.reason_edit.setText("대표자 변경"), d.accept()), monkeypatch)

    def look(dialog: IssuedDialog) -> None:
        dialog.panel.preview_button.click()
        qtbot.waitUntil(lambda: len(previewed) == 1, timeout=WAIT)
        dialog.reject()

    shown = driven(IssuedDialog, look, monkeypatch)
    cert_tab.detail.reissue_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT)
    new = shown[0].panel.issued[0]
    assert new.number == "제 2026-0006 호" and new.replaces == "제 2026-0001 호"
    assert new.number in shown[0].panel.headline.text() and new.code in shown[0].panel.headline.text()
    # The preview is the PDF the reissue rendered, not one made again from the register.
    assert remade == [] and previewed[0][0] == shown[0].panel.pdf
    path = tmp_path / "reissued.pdf"
    path.write_bytes(previewed[0][0])
    assert new.number in pdf_text(path) and new.code in pdf_text(path)
    old = certificates.status("제 2026-0001 호")
    assert old.status == STATUS_REPLACED and old.replaced_by == new.number
    assert cert_tab.selected_row().number == new.number
    assert "대체한 번호" in cert_tab.detail.view.toPlainText()
    select_number(cert_tab, "제 2026-0001 호")
    today = date_text(dt.date.today())
    assert f"재발급됨 ({today}, 제 2026-0006 호)" in cert_tab.detail.view.toPlainText()
    assert "대표자 변경" in cert_tab.detail.view.toPlainText()


def test_a_replaced_certificate_shows_when_without_its_replacement_in_the_list(
    qtbot, cert_tab: CertificatesTab, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def no_lookup(number: str) -> None:
        raise AssertionError(f"status({number}) asked: the row should say it")

    monkeypatch.setattr(cert_tab.certificates, "status", no_lookup)
    pick(cert_tab.status_filter, "재발급됨")  # the replacement (유효) is filtered out
    assert numbers(cert_tab) == ["제 2026-0003 호"]
    model = cert_tab.model
    assert model.data(model.index(0, STATUS)) == "재발급됨 2026-11-02"
    cert_tab.table.selectRow(0)
    text_ = cert_tab.detail.view.toPlainText()
    assert "재발급됨 (2026. 11. 2., 제 2026-0005 호)" in text_ and "협약 변경에 따른 역할 정정" in text_


# --- verify --------------------------------------------------------------------------------------
def test_verify_gives_all_four_answers_and_understands_a_scanned_qr_text(
    qtbot, cert_tab: CertificatesTab, messages
) -> None:  # type: ignore[no-untyped-def]
    rows = {r.number: r for r in cert_tab.certificates.register()}
    revoked = next(r for r in rows.values() if r.status == STATUS_REVOKED)
    dialog = VerifyDialog(cert_tab.certificates, cert_tab)
    qtbot.addWidget(dialog)

    def answer(number: str, code: str) -> str:
        dialog.number_edit.setText(number)
        dialog.code_edit.setText(code)
        dialog.verify_button.click()
        return dialog.outcome_label.text()

    assert answer("제2026-0002호", rows["제 2026-0002 호"].verification_code) == "유효"
    assert dialog.result_.outcome == VALID and "(주)나래센서" in dialog.details.toPlainText()
    assert answer(revoked.number, revoked.verification_code.lower()) == (
        "취소됨 (2026. 10. 20., 사유: 발급 신청 착오(중복 신청))"
    )
    assert dialog.result_.outcome == REVOKED
    assert answer("제 2026-0003 호", rows["제 2026-0003 호"].verification_code) == (
        "재발급으로 대체됨 (새 번호: 제 2026-0005 호)"
    )
    assert dialog.result_.outcome == REPLACED
    assert answer("제 2026-0003 호", "AAAA-AAAA") == "확인되지 않음"
    assert dialog.result_.outcome == UNKNOWN and dialog.result_.certificate is None

    # A QR code's text pasted into the code field fills both and answers at once.
    dialog.number_edit.clear()
    dialog.code_edit.setText(qr_text("제 2026-0004 호", rows["제 2026-0004 호"].verification_code))
    assert dialog.number_edit.text() == "제 2026-0004 호"
    assert dialog.code_edit.text() == rows["제 2026-0004 호"].verification_code
    assert dialog.outcome_label.text() == "유효" and "태광물류(주)" in dialog.details.toPlainText()
    joined = "CollabDesk 증명서 번호: 제 2026-0004 호 확인코드: ABCD-EFGH"
    assert understand_scan(joined) == ("제 2026-0004 호", "ABCD-EFGH")
    assert understand_scan("제 2026-0004 호") is None
    dialog.code_edit.clear()
    dialog.verify_button.click()
    assert dialog.message_label.text() == "번호와 확인코드를 모두 입력해 주십시오."
    assert messages.texts == []


def test_the_tools_menu_opens_verify_from_any_tab(qtbot, sealed: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from collabdesk.ui.main_window import TAB_IDS, MainWindow

    opened = driven(VerifyDialog, lambda d: d.reject(), monkeypatch)
    window = MainWindow(sealed)
    qtbot.addWidget(window)
    assert window.tabs.tabText(TAB_IDS.index("certificates")) == "증명서"
    window.select_tab("certificates")
    assert window.tabs.currentWidget() is window.certificates_tab
    window.select_tab("members")
    assert window.verify_action.shortcut().toString() == "Ctrl+Shift+V"
    window.verify_action.trigger()
    assert len(opened) == 1


# --- the chain check and the export --------------------------------------------------------------
def test_the_chain_check_names_an_entry_changed_with_plain_sql(
    qtbot, cert_tab: CertificatesTab, messages
) -> None:  # type: ignore[no-untyped-def]
    cert_tab.check_chain()
    qtbot.waitUntil(lambda: len(messages.information) == 1, timeout=WAIT)
    assert messages.information[0][2].startswith("이상 없음 (9건)")

    with cert_tab.services.db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            for event in ("update", "delete", "replace"):
                conn.exec_driver_sql(f"DROP TRIGGER certificate_entries_no_{event}")
        else:
            conn.exec_driver_sql("ALTER TABLE certificate_entries DISABLE TRIGGER USER")
        conn.execute(text("UPDATE certificate_entries SET company = '(주)위조상사' WHERE seq = 3"))
    cert_tab.refresh()
    cert_tab.check_button.click()
    qtbot.waitUntil(lambda: len(messages.warning) == 1, timeout=WAIT)
    warning = messages.warning[0][2]
    assert "발급대장 3번 항목(제 2026-0002 호 발급)" in warning and "트리거" in warning
    assert cert_tab.selected_row().number == "제 2026-0002 호"


def test_the_register_is_exported_as_filtered_to_excel(
    qtbot, cert_tab: CertificatesTab, monkeypatch, tmp_path: Path, messages
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "대장.xlsx"
    asked_names: list[str] = []

    def ask(parent: Any, title_: str, default_name: str, *args: Any) -> Path:
        asked_names.append(default_name)
        return path

    monkeypatch.setattr(register_actions, "ask_save_path", ask)
    pick(cert_tab.year_filter, "2026년")
    cert_tab.export(register_actions.XLSX)
    qtbot.waitUntil(lambda: len(messages.information) == 1, timeout=WAIT)
    assert asked_names == ["2026년 증명서_발급대장.xlsx"]
    cells = [c for row in load_workbook(path).worksheets[0].iter_rows(values_only=True) for c in row]
    assert "제 2026-0001 호" in cells and "제 2025-0001 호" not in cells
    assert "(주)나래센서" in cells


def test_the_register_pdf_is_previewed_as_filtered(
    qtbot, cert_tab: CertificatesTab, previewed, tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    pick(cert_tab.kind_filter, "회원확인서")
    cert_tab.export(pdf_actions.PREVIEW)
    qtbot.waitUntil(lambda: len(previewed) == 1, timeout=WAIT)
    path = tmp_path / "register.pdf"
    path.write_bytes(previewed[0][0])
    text_ = pdf_text(path)
    assert "회원확인서" in text_ and "협업인증서" not in text_.replace("증명서 발급대장", "")


# --- settings ------------------------------------------------------------------------------------
def test_the_issuer_dialog_saves_names_and_seal_and_offers_reload_when_stale(
    qtbot, sample_services: Services, monkeypatch, tmp_path: Path, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    issuer = sample_services.certificates.issuer
    chosen = tmp_path / "새 직인.png"
    shutil.copy(SEAL, chosen)
    monkeypatch.setattr(issuer_dialog, "ask_open_path", lambda *args: chosen)
    dialog = IssuerDialog(issuer)
    qtbot.addWidget(dialog)
    assert dialog.organisation_edit.text() == "경기기계협업그룹" and dialog.seal_label.text() == "없음"
    dialog.title_edit.setText("이사장")
    dialog.choose_seal()
    assert not dialog.seal_label.pixmap().isNull()
    assert not issuer.seal_path().exists()  # copied only on 저장
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert issuer.get().issuer_title == "이사장" and issuer.seal_path().read_bytes() == SEAL.read_bytes()

    stale = IssuerDialog(issuer)
    qtbot.addWidget(stale)
    other = issuer.get()
    issuer.save(IssuerSettings(other.organisation, "회장", "박다른", version=other.version))
    stale.name_edit.setText("이 PC에서 고침")
    stale.accept()
    assert reload_chosen == ["다른 사용자가 먼저 수정했습니다. 다시 불러온 뒤 수정해 주십시오."]
    assert stale.name_edit.text() == "박다른" and issuer.get().issuer_name == "박다른"
    assert stale.result() != QDialog.DialogCode.Accepted


def test_a_bad_seal_image_is_refused_when_chosen(
    qtbot, sample_services: Services, monkeypatch, tmp_path: Path, messages
) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "seal.png"
    fake.write_bytes(b"not a png at all")
    monkeypatch.setattr(issuer_dialog, "ask_open_path", lambda *args: fake)
    dialog = IssuerDialog(sample_services.certificates.issuer)
    qtbot.addWidget(dialog)
    dialog.choose_seal()
    assert "직인 이미지" in messages.warning[-1][2] and dialog.seal_label.text() == "없음"
    assert dialog.seal_choice == "keep"


def test_the_kinds_dialog_refuses_an_unknown_placeholder_and_protects_builtin_kinds(
    qtbot, sample_services: Services, messages
) -> None:  # type: ignore[no-untyped-def]
    certificates = sample_services.certificates
    kinds = KindsDialog(certificates)
    qtbot.addWidget(kinds)
    kinds.table.selectRow(0)
    assert kinds.selected().builtin and not kinds.delete_button.isEnabled()

    dialog = KindEditDialog(certificates, None, kinds)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("참여확인서")
    dialog.title_edit.setText("참여확인서")
    dialog.format_edit.setText("제 {year}-참여-{seq:04d} 호")
    assert dialog.format_preview.text() == f"다음 번호 예: 제 {dt.date.today().year}-참여-0001 호"
    dialog.statement_edit.setPlainText("위 기업 ")
    dialog.statement_edit.moveCursor(dialog.statement_edit.textCursor().MoveOperation.End)
    dialog.insert_placeholder(dialog.placeholders.item(0))  # {회사명}
    dialog.statement_edit.insertPlainText("의 {담당자}를 확인합니다.")
    assert dialog.statement_edit.toPlainText() == "위 기업 {회사명}의 {담당자}를 확인합니다."
    assert "알 수 없는 자리표시 {담당자}" in dialog.statement_error.text()
    dialog.accept()
    assert "알 수 없는 자리표시 {담당자}" in messages.warning[-1][2]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "참여확인서" not in [k.name for k in certificates.kinds.items()]

    dialog.statement_edit.setPlainText("위 기업 {회사명}의 참여를 확인합니다.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    kinds.reload(dialog.saved_id)
    assert kinds.selected().name == "참여확인서" and kinds.delete_button.isEnabled()

    builtin = next(k for k in certificates.kinds.items() if k.name == "협업인증서")
    edit = KindEditDialog(certificates, builtin)
    qtbot.addWidget(edit)
    assert edit.format_preview.text() == f"다음 번호 예: 제 {dt.date.today().year}-0006 호"

    # The next number is the one issuing takes, not a count of the rows the kind's name finds: a new
    # kind given another kind's former name has none of that kind's certificates.
    old = next(k for k in certificates.kinds.items() if k.name == "회원확인서")
    renamed = KindData("회원확인서(구)", old.title, old.statement, False, old.number_format)
    certificates.kinds.update(old.id, renamed, old.version)
    fresh = certificates.kinds.add(
        KindData(
            "회원확인서",
            "회원확인서",
            "위 기업은 {회사명}의 회원사입니다.",
            False,
            "제 {year}-확인-{seq:04d} 호",
        )
    )
    assert len(certificates.register(RegisterFilter(year=2026, kind="회원확인서"))) == 2
    edit = KindEditDialog(certificates, certificates.kinds.get(fresh))
    qtbot.addWidget(edit)
    year = dt.date.today().year
    assert edit.format_preview.text() == f"다음 번호 예: 제 {year}-확인-0001 호"
    edit.format_edit.setText("확인 {year}-{seq:03d}")
    assert edit.format_preview.text() == f"다음 번호 예: 확인 {year}-001"
    edit.format_edit.setText("확인 {seq}")
    assert "{year}와 {seq}가 모두" in edit.format_preview.text()


# --- the member form ----------------------------------------------------------------------------
def test_the_member_form_lists_the_members_certificates_read_only(qtbot, sample_services: Services) -> None:  # type: ignore[no-untyped-def]
    from collabdesk.ui.members.form import MemberFormDialog

    form = MemberFormDialog(sample_services, member_id(sample_services, "대성금형(주)"))
    qtbot.addWidget(form)
    panel = form.certificates_panel
    assert panel.model.rowCount() == 0 and not panel.loaded  # read only when shown
    form.tabs.setCurrentWidget(panel)
    model = panel.model
    shown = [
        (model.data(model.index(r, 0)), model.data(model.index(r, STATUS))) for r in range(model.rowCount())
    ]
    assert shown == [
        ("제 2026-0003 호", "재발급됨 2026-11-02"),
        ("제 2026-회원-0002 호", "취소 2026-10-20"),
        ("제 2026-0005 호", "유효"),
    ]
    assert panel.summary.text().startswith("발급한 증명서 3건 (유효 1건).")
    assert panel.table.editTriggers() == panel.table.EditTrigger.NoEditTriggers

    none = MemberFormDialog(sample_services, member_id(sample_services, "(주)미래디자인랩"))
    qtbot.addWidget(none)
    none.tabs.setCurrentWidget(none.certificates_panel)
    assert none.certificates_panel.summary.text() == "이 회원사에 발급한 증명서가 없습니다."
    new = MemberFormDialog(sample_services, None)
    qtbot.addWidget(new)
    assert not hasattr(new, "certificates_panel")


# --- read-only and keys --------------------------------------------------------------------------
def test_a_read_only_window_cannot_issue_or_revoke(qtbot, cert_tab: CertificatesTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = driven(IssueDialog, lambda d: d.reject(), monkeypatch)
    cert_tab.set_read_only(True)
    select_number(cert_tab, "제 2026-0002 호")
    assert not cert_tab.issue_button.isEnabled() and not cert_tab.batch_button.isEnabled()
    assert not cert_tab.detail.revoke_button.isEnabled() and not cert_tab.detail.reissue_button.isEnabled()
    assert cert_tab.detail.preview_button.isEnabled() and cert_tab.verify_button.isEnabled()
    qtbot.keyClick(cert_tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [] and cert_tab.issue() is None and not cert_tab.revoke_selected()
    assert cert_tab.certificates.status("제 2026-0002 호").status == STATUS_VALID


def test_the_column_layout_and_splitter_are_remembered(qtbot, sealed: Services) -> None:  # type: ignore[no-untyped-def]
    first = CertificatesTab(sealed)
    qtbot.addWidget(first)
    first.table.setColumnWidth(2, 222)
    first.save_layout()
    second = CertificatesTab(sealed)
    qtbot.addWidget(second)
    assert second.table.columnWidth(2) == 222


def test_the_register_filter_is_what_the_service_gets(cert_tab: CertificatesTab) -> None:
    pick(cert_tab.status_filter, "재발급됨")
    pick(cert_tab.kind_filter, "협업인증서")
    assert cert_tab.current_filter() == RegisterFilter(year=None, kind="협업인증서", status=STATUS_REPLACED)
    assert [r.number for r in cert_tab.model.rows] == ["제 2026-0003 호"]

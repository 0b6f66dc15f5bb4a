"""The annual report service on a real database (the sample group): the file's extension picks the
format, the figures printed are those of AnnualFiguresService, and bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from collabdesk.documents.annual_report import WHOLE_FEDERATION, summary_sentences
from collabdesk.errors import FieldErrors, NotFoundError, UserError
from collabdesk.services.container import Services

TODAY = dt.date(2026, 11, 30)
SAMPLE_GROUP = "한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹"


def test_pdf_prints_the_figures_and_the_issuer(sample_services: Services, tmp_path: Path, pdf_text) -> None:  # type: ignore[no-untyped-def]
    services = sample_services
    out = services.annual_report.write(2026, tmp_path / "2026.pdf", today=TODAY)
    assert out == tmp_path / "2026.pdf"
    text = pdf_text(out)
    figures = services.annual_report.figures(2026, today=TODAY)
    assert "2026년 사업실적 보고서 경기기계협업그룹 기준일 2026. 11. 30." in text  # the issuer's name
    for sentence in summary_sentences(figures):
        assert sentence in text
    assert f"회원사 {figures.members.total}개사" in text and "회원사 12개사" in text
    assert "NanumGothic" in subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert services.annual_report.pdf_bytes(2026, today=TODAY).startswith(b"%PDF-")


def test_xlsx_holds_the_same_figures_for_a_group(sample_services: Services, tmp_path: Path) -> None:
    services = sample_services
    group = services.groups.find_by_path(SAMPLE_GROUP)
    open_access = services.disputes.access(None)  # the sample sets no password
    out = services.annual_report.write(2025, tmp_path / "2025.XLSX", group, today=TODAY, access=open_access)
    figures = services.annual_report.figures(2025, group, today=TODAY, access=open_access)
    book = load_workbook(out)
    sheet = book["요약"]
    assert sheet["A1"].value == "2025년 사업실적 보고서 — 경기기계협업그룹"
    assert sheet["A2"].value == "기준일 2025. 12. 31."
    assert sheet["A3"].value == f"경기기계협업그룹 · 대상 {SAMPLE_GROUP}"
    facts = {row[0]: row[1] for row in sheet.iter_rows(min_row=6, max_row=19, max_col=2, values_only=True)}
    assert facts["회원사 수"] == figures.members.total
    assert facts["회의·행사 수"] == figures.meetings.total
    assert facts["진행 과제"] == figures.projects.active
    assert facts["협업인증서 발급"] == figures.certificates.issued
    assert facts["분쟁조정 접수"] == figures.disputes.received
    members = list(book["회원 현황"].iter_rows(min_row=6, max_col=2, values_only=True))
    assert members[: len(figures.members.by_industry)] == [
        (line.label, line.count) for line in figures.members.by_industry
    ]


def test_a_wrong_extension_writes_nothing(sample_services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError, match=r"보고서\.csv: 사업실적 보고서는 PDF\(\.pdf\) 또는 엑셀\(\.xlsx\)"):
        sample_services.annual_report.write(2026, folder / "보고서.csv")
    with pytest.raises(UserError, match="PDF"):
        sample_services.annual_report.write(2026, folder / "보고서")
    assert list(folder.iterdir()) == []


def test_a_missing_group_or_a_bad_year_writes_nothing(sample_services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotFoundError):
        sample_services.annual_report.write(2026, folder / "r.pdf", group_id=99_999)
    with pytest.raises(FieldErrors):
        sample_services.annual_report.write(20_260, folder / "r.xlsx")
    assert list(folder.iterdir()) == []


def test_no_issuer_no_organisation_line(services: Services, tmp_path: Path, pdf_text) -> None:  # type: ignore[no-untyped-def]
    # An empty database: no issuer set, nothing to count; the report is still whole.
    out = services.annual_report.write(2026, tmp_path / "빈.pdf", today=TODAY)
    text = pdf_text(out)
    assert text.startswith(
        "2026년 사업실적 보고서 기준일 2026. 11. 30. 요약 · 회원사 0개사, 총매출 0원, 고용 0명"
    )
    assert "자료 없음" in text


def test_a_groups_mediation_figures_follow_the_access(
    sample_services: Services, tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    services = sample_services
    group = services.groups.find_by_path(SAMPLE_GROUP)
    committee = services.groups.find_by_path(f"{SAMPLE_GROUP} > 마케팅분과")
    opened_before = services.disputes.access(None)
    services.disputes.set_password("조정비밀번호1")
    right = services.disputes.access("조정비밀번호1")
    reports = services.annual_report
    everyone = reports.figures(2026, today=TODAY).disputes
    for scope in (group, committee):
        for access in (None, opened_before):  # none, or one that lapsed with the new password
            locked = reports.figures(2026, scope, TODAY, access=access).disputes
            assert locked.whole_federation and locked.received == everyone.received
        assert not reports.figures(2026, scope, TODAY, access=right).disputes.whole_federation
    text = pdf_text(reports.write(2026, tmp_path / "잠김.pdf", group, TODAY))
    assert WHOLE_FEDERATION in text and "(연합회 전체)" in text
    text = pdf_text(reports.write(2026, tmp_path / "열림.pdf", group, TODAY, access=right))
    assert WHOLE_FEDERATION not in text
    assert reports.pdf_bytes(2026, group, TODAY, access=right).startswith(b"%PDF-")

"""The yearly outcome summary as a PDF (read back with poppler's tools) and as an .xlsx (read back
with openpyxl: numbers are numbers, dates are dates, text stays text)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from collabdesk.documents.outcome_summary import (
    KindTotal,
    OutcomeSummaryReport,
    ProjectOutcomes,
    outcome_summary_bytes,
    write_outcome_summary_pdf,
    write_outcome_summary_xlsx,
)
from collabdesk.documents.project_pdf import OutcomeLine
from collabdesk.errors import UserError

from .test_minutes_pdf import flat, run, text_of, words_outside_text_area

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")

SUMMARY = OutcomeSummaryReport(
    year=2026,
    scope="한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹",
    projects=3,
    kinds=[
        KindTotal("매출", 1, {"KRW": Decimal("350000000")}),
        KindTotal("수출 계약", 2, {"USD": Decimal("1200000.00"), "EUR": Decimal("50000.50")}),
        KindTotal("특허 출원", 1),
    ],
    by_project=[
        ProjectOutcomes(
            "스마트 공작기계 공동개발",
            [
                OutcomeLine(
                    "특허 출원", dt.date(2026, 8, 20), None, "KRW", "진동 감지 모듈", ("(주)나래센서",)
                ),
                OutcomeLine(
                    "매출",
                    dt.date(2026, 11, 2),
                    Decimal("350000000"),
                    "KRW",
                    '=HYPERLINK("http://x")',
                    ("(주)한빛정밀", "(주)나래센서"),
                ),
            ],
        ),
        ProjectOutcomes(
            "유압 유닛 공동 브랜드 수출",
            [
                OutcomeLine(
                    "수출 계약",
                    dt.date(2026, 3, 12),
                    Decimal("1200000.00"),
                    "USD",
                    "베트남",
                    ("동아유압(주)",),
                ),
                OutcomeLine("수출 계약", dt.date(2026, 6, 1), Decimal("50000.50"), "EUR", "독일", ()),
            ],
        ),
    ],
    printed_on=dt.date(2026, 11, 24),
)


def lines_of(path: Path) -> list[str]:
    return [line.strip() for line in flat(text_of(path)).splitlines()]


def test_pdf(tmp_path: Path) -> None:
    path = tmp_path / "2026년 협업 성과.pdf"
    write_outcome_summary_pdf(path, SUMMARY)
    lines = lines_of(path)
    text = " ".join(lines)
    assert "2026년 협업 성과" in lines
    assert "연도별 협업 성과 요약 · 한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹" in text
    assert "진행 과제 3건 성과 4건" in text
    # By kind, amounts per currency in their own columns, won first, and the totals.
    assert "성과 종류 건수 금액(원) 금액(EUR) 금액(USD)" in lines
    assert "매출 1 350,000,000" in lines
    assert "수출 계약 2 50,000.50 1,200,000" in lines
    assert "특허 출원 1" in lines
    assert "합계 4 350,000,000 50,000.50 1,200,000" in lines
    # Each project's outcomes, with the amount in its currency.
    assert "1. 스마트 공작기계 공동개발 (2건)" in lines
    assert "2. 유압 유닛 공동 브랜드 수출 (2건)" in lines
    assert "특허 출원 2026. 8. 20. — 진동 감지 모듈 (주)나래센서" in lines
    assert "수출 계약 2026. 3. 12. USD 1,200,000 베트남 동아유압(주)" in lines
    assert "수출 계약 2026. 6. 1. EUR 50,000.50 독일 —" in lines
    assert any(line.startswith("매출 2026. 11. 2. 350,000,000원") for line in lines)
    assert "1 / 1" in text and "출력일 2026. 11. 24." in text
    fonts = run("pdffonts", path).splitlines()[2:]
    assert fonts and all("NanumGothic" in line and line.split()[-5:-2] == ["yes"] * 3 for line in fonts)
    assert words_outside_text_area(path) == []


def test_pdf_without_outcomes_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    write_outcome_summary_pdf(path, OutcomeSummaryReport(2024, printed_on=dt.date(2026, 11, 24)))
    text = flat(text_of(path))
    assert "2024년 협업 성과" in text and "연도별 협업 성과 요약 · 전체" in text
    assert "진행 과제 0건 성과 0건" in text
    assert text.count("등록된 성과가 없습니다.") == 2


def test_pdf_bytes() -> None:
    assert outcome_summary_bytes(SUMMARY).startswith(b"%PDF-")


def test_xlsx_summary_sheet(tmp_path: Path) -> None:
    path = tmp_path / "성과.xlsx"
    write_outcome_summary_xlsx(path, SUMMARY)
    book = load_workbook(path)
    assert book.sheetnames == ["요약", "성과 목록"]
    sheet = book["요약"]
    assert sheet["A1"].value == "2026년 협업 성과" and sheet["A1"].font.b
    facts = {row[0]: row[1] for row in sheet.iter_rows(min_row=3, max_row=6, max_col=2, values_only=True)}
    assert facts == {
        "대상": "한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹",
        "진행 과제 수": 3,
        "성과 건수": 4,
        "출력일": dt.datetime(2026, 11, 24),
    }
    rows = [list(row) for row in sheet.iter_rows(min_row=8, values_only=True)]
    assert rows == [
        ["성과 종류", "건수", "금액(원)", "금액(EUR)", "금액(USD)"],
        ["매출", 1, 350000000, None, None],
        ["수출 계약", 2, None, 50000.5, 1200000],
        ["특허 출원", 1, None, None, None],
        ["합계", 4, 350000000, 50000.5, 1200000],
    ]
    assert all(cell.font.b for cell in sheet[8]) and all(cell.font.b for cell in sheet[12])
    assert sheet["C9"].number_format == "#,##0" and sheet["D10"].number_format == "#,##0.00"
    assert sheet["B9"].number_format == "#,##0"
    assert sheet.column_dimensions["A"].width >= 15 and sheet.column_dimensions["C"].width >= 15


def test_xlsx_list_sheet(tmp_path: Path) -> None:
    path = tmp_path / "성과.xlsx"
    write_outcome_summary_xlsx(path, SUMMARY)
    sheet = load_workbook(path)["성과 목록"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["과제명", "성과 종류", "일자", "통화", "금액", "내용", "참여 기업"]
    assert all(cell.font.b for cell in sheet[1])
    assert rows[1:] == [
        [
            "스마트 공작기계 공동개발",
            "특허 출원",
            dt.datetime(2026, 8, 20),
            None,
            None,
            "진동 감지 모듈",
            "(주)나래센서",
        ],
        [
            "스마트 공작기계 공동개발",
            "매출",
            dt.datetime(2026, 11, 2),
            "KRW",
            350000000,
            '=HYPERLINK("http://x")',
            "(주)한빛정밀, (주)나래센서",
        ],
        [
            "유압 유닛 공동 브랜드 수출",
            "수출 계약",
            dt.datetime(2026, 3, 12),
            "USD",
            1200000,
            "베트남",
            "동아유압(주)",
        ],
        ["유압 유닛 공동 브랜드 수출", "수출 계약", dt.datetime(2026, 6, 1), "EUR", 50000.5, "독일", None],
    ]
    # Amounts are number cells with thousands separators, dates are date cells.
    assert sheet["E3"].data_type == "n" and sheet["E3"].number_format == "#,##0"
    assert sheet["E5"].number_format == "#,##0.00"
    assert sheet["C2"].is_date and sheet["C2"].number_format == "yyyy-mm-dd"
    # A description that looks like a formula stays text.
    assert sheet["F3"].data_type == "s" and sheet["F3"].quotePrefix
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:G5"
    assert sheet.column_dimensions["A"].width >= 25 and sheet.column_dimensions["F"].width >= 30


def test_xlsx_without_outcomes(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_outcome_summary_xlsx(path, dataclasses.replace(SUMMARY, kinds=[], by_project=[], projects=0))
    book = load_workbook(path)
    assert [list(row) for row in book["요약"].iter_rows(min_row=8, values_only=True)] == [
        ["성과 종류", "건수"],
        ["합계", 0],
    ]
    assert [list(row) for row in book["성과 목록"].iter_rows(values_only=True)] == [
        ["과제명", "성과 종류", "일자", "통화", "금액", "내용", "참여 기업"]
    ]


@pytest.mark.parametrize("writer", [write_outcome_summary_pdf, write_outcome_summary_xlsx])
def test_missing_folder_is_a_user_error(tmp_path: Path, writer) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "없는 폴더" / "성과.pdf"
    with pytest.raises(UserError, match="폴더가 없습니다"):
        writer(path, SUMMARY)
    assert list(tmp_path.iterdir()) == []

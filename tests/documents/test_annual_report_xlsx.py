"""The annual report workbook, read back with openpyxl (and LibreOffice where it is installed)."""

from __future__ import annotations

import csv
import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from collabdesk.documents.annual_report import WHOLE_FEDERATION
from collabdesk.documents.annual_report_xlsx import SHEETS, write_annual_report_xlsx
from collabdesk.errors import UserError
from collabdesk.formatting import percent
from collabdesk.services.stats import StatLine

from .test_annual_report import EMPTY, FIGURES

TOP = [("2026년 사업실적 보고서",), ("기준일 2026. 11. 30.",), ("한국이업종교류연합회 · 대상 전체",), (None,)]


@pytest.fixture
def book(tmp_path: Path) -> Workbook:
    path = tmp_path / "2026 사업실적.xlsx"
    write_annual_report_xlsx(path, FIGURES, "한국이업종교류연합회")
    return load_workbook(path)


def values(book: Workbook, sheet: str) -> list[tuple[object, ...]]:
    """The rows of a sheet without trailing empty cells."""
    rows = []
    for row in book[sheet].iter_rows(values_only=True):
        cells = list(row)
        while len(cells) > 1 and cells[-1] is None:
            cells.pop()
        rows.append(tuple(cells))
    return rows


def test_sheets_titles_and_frozen_headers(book: Workbook) -> None:
    assert (
        book.sheetnames
        == list(SHEETS)
        == ["요약", "회원 현황", "회의", "협업 컨소시엄", "증명서", "분쟁조정"]
    )
    for name in SHEETS:
        sheet = book[name]
        assert values(book, name)[:4] == TOP, name
        assert sheet["A1"].font.b and sheet["A1"].font.sz == 14
        assert sheet.freeze_panes == "A6"
        header = [cell for cell in sheet[5] if cell.value is not None]
        assert header and all(cell.font.b for cell in header), name


def test_summary_sheet(book: Workbook) -> None:
    rows = values(book, "요약")[4:]
    assert rows[:15] == [
        ("항목", "값"),
        ("회원사 수", 784),
        ("매출액 합계(원)", 4_123_000_000_000),
        ("종업원수 합계(명)", 14_321),
        ("신규 가입", 12),
        ("탈퇴", 3),
        ("회의·행사 수", 24),
        ("평균 출석(개사)", 12.3),
        ("출석률", 0.785),
        ("진행 과제", 18),
        ("성과 건수", 12),
        ("협업인증서 발급", 40),
        ("협업인증서 취소", 2),
        ("분쟁조정 접수", 3),
        ("분쟁조정 종결", 2),
    ]
    assert rows[16:] == [
        ("요약",),
        ("회원사 784개사, 총매출 4조 1,230억원, 고용 1만 4천명",),
        ("회의·행사 24회 (평균 출석 12.3개사)",),
        ("협업 과제 18건 진행, 성과 12건",),
        ("협업인증서 발급 40건 (취소 2건)",),
        ("분쟁조정 접수 3건, 종결 2건",),
    ]
    sheet = book["요약"]
    assert sheet["B7"].number_format == "#,##0" and sheet["B12"].number_format == "#,##0.0"
    assert sheet["B13"].number_format == "0.0%"


def test_members_sheet(book: Workbook) -> None:
    rows = values(book, "회원 현황")[4:]
    assert rows[0] == ("업종", "회원사 수", "비율", "매출액(원)", "종업원수(명)")
    assert rows[1] == ("전기·전자", 210, pytest.approx(210 / 784), 1_500_000_000_000, 5000)
    assert rows[4] == ("정보통신", 0, 0, 0, 0)
    assert rows[6] == ("합계", 784, 1, 4_123_000_000_000, 14_321)
    assert rows[8:] == [("연중 변동", "회원사 수"), ("신규 가입", 12), ("탈퇴", 3)]
    sheet = book["회원 현황"]
    assert sheet["C6"].number_format == "0.0%" and sheet["D6"].number_format == "#,##0"
    assert all(cell.font.b for cell in sheet[11])  # the total row
    # Widths fit: the 매출액 column holds 4,123,000,000,000; the 업종 column "(업종 미지정)".
    assert sheet.column_dimensions["D"].width >= 17
    assert 14 <= sheet.column_dimensions["A"].width <= 30
    charts = sheet._charts
    assert len(charts) == 1 and charts[0].type == "bar"
    labels = charts[0].dataLabels
    assert labels.showVal and not (labels.showSerName or labels.showCatName)


def test_meetings_sheet(book: Workbook) -> None:
    rows = values(book, "회의")[4:]
    assert rows[:6] == [
        ("종류", "회의 수", "평균 출석(개사)", "출석률"),
        ("정기회의", 20, 12, 0.75),
        ("정기총회", 1, 30, 0.9),
        ("세미나", 3),
        ("해외시찰", 0),
        ("합계", 24, 12.3, 0.785),
    ]
    assert rows[7] == ("월", "회의 수")
    assert rows[8:21] == [
        (f"{m}월", n) for m, n in zip(range(1, 13), FIGURES.meetings.per_month, strict=True)
    ] + [("합계", 24)]
    sheet = book["회의"]
    assert sheet["C6"].number_format == "#,##0.0" and sheet["D6"].number_format == "0.0%"


def test_projects_sheet(book: Workbook) -> None:
    rows = values(book, "협업 컨소시엄")[4:]
    assert rows[:5] == [("구분", "건수"), ("진행 과제", 18), ("신규 착수", 5), ("종료", 4), ("성과", 12)]
    assert rows[6:12] == [
        ("단계", "과제 수"),
        ("기획", 3),
        ("개발", 8),
        ("생산", 4),
        ("판매·마케팅", 3),
        ("합계", 18),
    ]
    assert rows[13:18] == [
        ("성과 종류", "건수", "금액(원)", "금액(EUR)", "금액(USD)"),
        ("매출", 5, 350_000_000),
        ("수출 계약", 3, None, 50000.5, 1_200_000),
        ("특허 출원", 4),
        ("합계", 12, 350_000_000, 50000.5, 1_200_000),
    ]
    assert rows[19:] == [
        ("연도", "성과 건수"),
        *((f"{y}년", n) for y, n in FIGURES.projects.outcomes_per_year),
    ]
    sheet = book["협업 컨소시엄"]
    assert sheet["C19"].number_format == "#,##0" and sheet["D20"].number_format == "#,##0.00"


def test_certificates_and_disputes_sheets(book: Workbook) -> None:
    assert values(book, "증명서")[4:] == [
        ("종류", "발급", "취소"),
        ("협업인증서", 35, 2),
        ("회원확인서", 5, 0),
        ("합계", 40, 2),
    ]
    assert values(book, "분쟁조정")[4:] == [
        ("항목", "건수·일수"),
        ("접수", 3),
        ("종결", 2),
        ("진행 중 (2026. 11. 30. 현재)", 4),
        ("처리 기한 지남", 1),
        ("처리 일수 중앙값(일)", 45.5),
        (None,),
        ("종결 결과", "건수"),
        ("조정성립", 1),
        ("조정불성립", 1),
        ("취하", 0),
        ("각하", 0),
        ("중단", 0),
        ("합계", 2),
    ]
    assert book["분쟁조정"]["B10"].number_format == "#,##0.0"


def test_no_data_and_one_group(tmp_path: Path) -> None:
    path = tmp_path / "2024.xlsx"
    figures = dataclasses.replace(EMPTY, group_id=7, group_label="연합회 > 1그룹")
    write_annual_report_xlsx(path, figures)
    book = load_workbook(path)
    assert book.sheetnames == list(SHEETS)
    assert values(book, "회원 현황")[:3] == [
        ("2024년 사업실적 보고서 — 1그룹",),
        ("기준일 2024. 12. 31.",),
        ("대상 연합회 > 1그룹",),
    ]
    assert values(book, "회원 현황")[5:7] == [("전기·전자", 0, None, 0, 0), ("합계", 0, None, 0, 0)]
    assert book["회원 현황"]._charts == []
    assert values(book, "증명서")[4:] == [("종류", "발급", "취소"), ("합계", 0, 0)]
    assert ("처리 일수 중앙값(일)",) in values(book, "분쟁조정")  # no cases closed: empty


def test_a_groups_locked_dispute_numbers_are_said_to_be_the_federations(tmp_path: Path) -> None:
    disputes = dataclasses.replace(FIGURES.disputes, whole_federation=True)
    figures = dataclasses.replace(FIGURES, group_id=7, group_label="연합회 > 1그룹", disputes=disputes)
    path = tmp_path / "잠김.xlsx"
    write_annual_report_xlsx(path, figures)
    book = load_workbook(path)
    sheet = book["분쟁조정"]
    # Under the title lines, above the tables (the frozen rows keep it in sight).
    assert sheet["A4"].value == WHOLE_FEDERATION and sheet["A4"].font.b
    assert values(book, "분쟁조정")[5:7] == [("접수", 3), ("종결", 2)]
    summary = values(book, "요약")
    assert ("분쟁조정 접수 (연합회 전체)", 3) in summary and ("분쟁조정 종결 (연합회 전체)", 2) in summary
    assert ("분쟁조정 접수 3건, 종결 2건 (연합회 전체)",) in summary
    # Every other sheet is the group's, as before.
    assert all(WHOLE_FEDERATION not in str(values(book, name)) for name in SHEETS if name != "분쟁조정")


def test_names_never_become_formulas(tmp_path: Path) -> None:
    members = dataclasses.replace(FIGURES.members, by_industry=[StatLine("=1+2", 784, 0, 0)])
    path = tmp_path / "f.xlsx"
    write_annual_report_xlsx(path, dataclasses.replace(FIGURES, members=members))
    cell = load_workbook(path)["회원 현황"]["A6"]
    assert cell.value == "=1+2" and cell.data_type == "s" and cell.quotePrefix


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="폴더가 없습니다"):
        write_annual_report_xlsx(tmp_path / "없음" / "r.xlsx", FIGURES)
    assert list(tmp_path.iterdir()) == []


def test_libreoffice_shows_the_numbers_as_formatted(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    path = tmp_path / "annual.xlsx"
    write_annual_report_xlsx(path, FIGURES)
    out = tmp_path / "csv"
    # UTF-8 (76), cells as shown (9th option), the second sheet (12th option: 2).
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    [produced] = list(out.iterdir())
    with produced.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle) if any(row)]
    assert rows[0][0] == "2026년 사업실적 보고서"
    assert ["전기·전자", "210", "26.8%", "1,500,000,000,000", "5,000"] in [row[:5] for row in rows]
    assert ["합계", "784", "100.0%", "4,123,000,000,000", "14,321"] in [row[:5] for row in rows]


def test_libreoffice_rounds_a_half_as_the_pdf_does(tmp_path: Path) -> None:
    # 1 of 16 is 6.25%: the cell's 0.0% shows 6.3%, and so must the PDF (formatting.percent), not
    # the 6.2% Python's own rounding gives.
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    industries = [StatLine("전기·전자", 1, 0, 0), StatLine("기계·금속", 15, 0, 0)]
    members = dataclasses.replace(FIGURES.members, total=16, by_industry=industries)
    path = tmp_path / "half.xlsx"
    write_annual_report_xlsx(path, dataclasses.replace(FIGURES, members=members))
    out = tmp_path / "csv"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    [produced] = list(out.iterdir())
    with produced.open(encoding="utf-8", newline="") as handle:
        shown = {row[0]: row[2] for row in csv.reader(handle) if len(row) > 2}
    assert shown["전기·전자"] == percent(1, 16) == "6.3%"

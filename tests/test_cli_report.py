"""`collabdesk report annual`: the annual report as PDF or .xlsx on the sample data, for everyone or one
group, and the Korean errors for a wrong extension or an unknown group."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from collabdesk.cli import main
from collabdesk.services.container import open_services


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_annual_pdf(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "2026 사업실적.pdf"
    code, out, err = run(
        capsys, "--db", str(sample_db), "report", "annual", "--year", "2026", "--out", str(path)
    )
    assert code == 0, err
    assert out == f"2026년 사업실적 보고서를 저장했습니다: {path}\n"
    text = pdf_text(path)
    assert text.startswith("2026년 사업실적 보고서 경기기계협업그룹 기준일 ")
    assert "· 회원사 12개사, 총매출 " in text and "1. 회원 현황" in text and "5. 분쟁조정" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "NanumGothic" in fonts and "Helvetica" not in fonts


def test_report_annual_xlsx_for_a_group(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "2025.xlsx"
    args = ["--db", str(sample_db), "report", "annual", "--year", "2025", "--out", str(path)]
    code, out, err = run(capsys, *args, "--group", "경기기계협업그룹")
    assert code == 0, err
    assert out == f"2025년 사업실적 보고서를 저장했습니다: {path}\n"
    book = load_workbook(path)
    assert book.sheetnames == ["요약", "회원 현황", "회의", "협업 컨소시엄", "증명서", "분쟁조정"]
    assert book["요약"]["A1"].value == "2025년 사업실적 보고서 — 경기기계협업그룹"
    assert (
        book["요약"]["A3"].value
        == "경기기계협업그룹 · 대상 한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹"
    )
    services = open_services(str(sample_db), must_exist=True)
    try:
        figures = services.annual_report.figures(2025, 3)
    finally:
        services.db.dispose()
    assert book["요약"]["B6"].value == figures.members.total  # 회원사 수 at the end of 2025
    # The same group by its number.
    code, _, err = run(capsys, *args, "--group", "3")
    assert code == 0, err
    assert load_workbook(path)["요약"]["A1"].value.endswith("— 경기기계협업그룹")


def test_report_annual_defaults_to_this_year(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "올해.xlsx"
    code, out, err = run(capsys, "--db", str(sample_db), "report", "annual", "--out", str(path))
    year = dt.date.today().year
    assert code == 0, err
    assert out == f"{year}년 사업실적 보고서를 저장했습니다: {path}\n"
    assert load_workbook(path)["요약"]["A1"].value == f"{year}년 사업실적 보고서"


def test_report_annual_errors(sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    args = ["--db", str(sample_db), "report", "annual", "--year", "2026"]
    folder = tmp_path / "out"
    folder.mkdir()
    code, out, err = run(capsys, *args, "--out", str(folder / "보고서.docx"))
    assert code == 2 and out == ""
    assert (
        err
        == "collabdesk: 보고서.docx: 사업실적 보고서는 PDF(.pdf) 또는 엑셀(.xlsx) 파일로만 저장할 수 있습니다.\n"
    )
    code, _, err = run(capsys, *args, "--group", "없는그룹", "--out", str(folder / "r.pdf"))
    assert code == 2 and "'없는그룹' 그룹을 찾을 수 없습니다" in err and "경기기계협업그룹" in err
    code, _, err = run(capsys, *args, "--group", "없는그룹", "--out", str(folder / "r.txt"))
    assert code == 2 and "PDF(.pdf) 또는 엑셀(.xlsx)" in err  # the extension is checked first
    code, _, err = run(
        capsys, "--db", str(sample_db), "report", "annual", "--year", "99999", "--out", str(folder / "r.pdf")
    )
    assert code == 2 and "연도 99999" in err
    assert list(folder.iterdir()) == []
    with pytest.raises(SystemExit) as exit_info:  # argparse leaves main() this way
        main([*args])
    assert exit_info.value.code == 2 and "꼭 필요한 인자가 없습니다: --out" in capsys.readouterr().err

"""`collabdesk report annual`: the annual report as PDF or .xlsx on the sample data, for everyone or one
group (its mediation figures only with the password once one is set), and the Korean errors for a
wrong extension, an unknown group, a year not yet come and a wrong password."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from collabdesk.cli import main
from collabdesk.documents.annual_report import WHOLE_FEDERATION
from collabdesk.services.container import Services, open_services

SAMPLE_GROUP = "한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹"
PASSWORD = "조정비밀번호1"
# The sample's past year: its figures do not depend on the day the test runs (but for the cases
# open "today", which the tests below do not compare).
PAST_YEAR = 2025
FIXED_TODAY = dt.date(2026, 11, 30)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def with_services(path: Path) -> Services:
    return open_services(str(path), must_exist=True)


def sample_group(path: Path) -> int:
    services = with_services(path)
    try:
        group = services.groups.find_by_path(SAMPLE_GROUP)
    finally:
        services.db.dispose()
    assert group is not None
    return group


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
    args = ["--db", str(sample_db), "report", "annual", "--year", str(PAST_YEAR), "--out", str(path)]
    code, out, err = run(capsys, *args, "--group", "경기기계협업그룹")
    assert code == 0, err
    assert out == f"2025년 사업실적 보고서를 저장했습니다: {path}\n"
    book = load_workbook(path)
    assert book.sheetnames == ["요약", "회원 현황", "회의", "협업 컨소시엄", "증명서", "분쟁조정"]
    assert book["요약"]["A1"].value == "2025년 사업실적 보고서 — 경기기계협업그룹"
    assert book["요약"]["A3"].value == f"경기기계협업그룹 · 대상 {SAMPLE_GROUP}"
    group = sample_group(sample_db)
    services = with_services(sample_db)
    try:
        figures = services.annual_report.figures(PAST_YEAR, group, FIXED_TODAY)
    finally:
        services.db.dispose()
    assert book["요약"]["B6"].value == figures.members.total  # 회원사 수 at the end of 2025
    assert book["요약"]["A2"].value == "기준일 2025. 12. 31."
    # No password is set in the sample: the group's own mediation figures, nothing said.
    assert book["분쟁조정"]["A4"].value is None
    # The same group by its number.
    code, _, err = run(capsys, *args, "--group", str(group))
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
    # A year not yet come: there is nothing to count (the roll would be today's, dated December 31).
    next_year = dt.date.today().year + 1
    code, out, err = run(
        capsys,
        "--db",
        str(sample_db),
        "report",
        "annual",
        "--year",
        str(next_year),
        "--out",
        str(folder / "r.pdf"),
    )
    assert (code, out) == (2, "")
    assert err == (
        f"collabdesk: 연도 {next_year}: 아직 오지 않은 해입니다. {next_year - 1}년이나 그 전의 연도를 "
        "적어 주십시오.\n"
    )
    assert list(folder.iterdir()) == []
    with pytest.raises(SystemExit) as exit_info:  # argparse leaves main() this way
        main([*args])
    assert exit_info.value.code == 2 and "꼭 필요한 인자가 없습니다: --out" in capsys.readouterr().err


def test_report_annual_a_groups_mediation_figures_need_the_password(
    sample_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    group = sample_group(sample_db)
    services = with_services(sample_db)
    try:
        services.disputes.set_password(PASSWORD)
    finally:
        services.db.dispose()
    base = ["--db", str(sample_db), "report", "annual", "--year", str(PAST_YEAR), "--group", str(group)]

    # Locked: which cases concern the group would tell who is party to them.
    locked = tmp_path / "잠김.xlsx"
    code, _, err = run(capsys, *base, "--out", str(locked))
    assert code == 0, err
    book = load_workbook(locked)
    assert book["분쟁조정"]["A4"].value == WHOLE_FEDERATION
    assert any(row[0] == "분쟁조정 접수 (연합회 전체)" for row in book["요약"].iter_rows(values_only=True))

    opened = tmp_path / "열림.pdf"
    code, _, err = run(capsys, *base, "--password", PASSWORD, "--out", str(opened))
    assert code == 0, err
    assert opened.read_bytes().startswith(b"%PDF-")
    unlocked = tmp_path / "열림.xlsx"
    code, _, err = run(capsys, *base, "--password", PASSWORD, "--out", str(unlocked))
    assert code == 0, err
    assert load_workbook(unlocked)["분쟁조정"]["A4"].value is None

    # A wrong password: refused as `disputes list` refuses it, and nothing written.
    wrong = tmp_path / "틀림.xlsx"
    code, out, err = run(capsys, *base, "--password", "틀린암호", "--out", str(wrong))
    listed = run(capsys, "--db", str(sample_db), "disputes", "list", "--password", "틀린암호")
    assert (code, out, err) == listed == (2, "", "collabdesk: 조정 암호가 맞지 않습니다.\n")
    assert not wrong.exists()

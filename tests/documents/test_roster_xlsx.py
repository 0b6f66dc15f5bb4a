"""The roster workbooks, checked by reading the saved files back (openpyxl, the sheet XML, LibreOffice)."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_sheet_writer
from openpyxl.worksheet.worksheet import Worksheet

from collabdesk.documents import roster_xlsx
from collabdesk.documents.roster_xlsx import Column, write_rejected, write_roster, write_template
from collabdesk.errors import Cancelled, UserError

COLUMNS = [
    Column("name", "회사명", "text", 26),
    Column("brn", "사업자등록번호", "code", 15),
    Column("phone", "전화", "code", 15),
    Column("postcode", "우편번호", "code", 9),
    Column("industry", "업종", "text", 12),
    Column("founded_on", "설립일", "date", 12),
    Column("sales", "매출액", "int", 18),
    Column("employees", "종업원수", "int", 9),
    Column("note", "비고", "text", 30),
]
LETTER = {column.key: chr(ord("A") + index) for index, column in enumerate(COLUMNS)}

RECORD = {
    "name": "(주)대한정밀",
    "brn": "123-45-67890",
    "phone": "031-336-3133",
    "postcode": "01234",
    "industry": "기계·금속",
    "founded_on": dt.date(2019, 6, 1),
    "sales": 12_300_000_000,
    "employees": 25,
    "note": "CNC 정밀가공, 금형",
}
FORMULA_TEXTS = ["=1+2", "+82 31 336 3133", "-주의 회원", "@SUM(A1)"]


def records(count: int) -> Iterator[dict[str, Any]]:
    for index in range(count):
        yield {**RECORD, "name": f"(주)회사{index}", "employees": index}


def sheet(path: Path, title: str | None = None) -> Worksheet:
    book = load_workbook(path)  # normal mode, data_only=False: formulas would show as formulas
    return book[title] if title else book.worksheets[0]


def sheet_xml(path: Path, index: int = 1) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_header_is_bold_frozen_and_filtered_and_columns_have_their_widths(tmp_path: Path) -> None:
    path = tmp_path / "명부.xlsx"
    assert write_roster(path, COLUMNS, records(3)) == 3

    ws = sheet(path, "회원명부")
    assert [cell.value for cell in ws[1]] == [column.label for column in COLUMNS]
    assert all(cell.font.b for cell in ws[1])
    assert not ws["A2"].font.b
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I4"
    for column in COLUMNS:
        assert ws.column_dimensions[LETTER[column.key]].width == column.width


def test_dates_numbers_and_codes_are_typed(tmp_path: Path) -> None:
    path = tmp_path / "명부.xlsx"
    write_roster(path, COLUMNS, [RECORD, {**RECORD, "founded_on": dt.datetime(2020, 1, 2, 15, 30)}])
    ws = sheet(path)

    date = ws[f"{LETTER['founded_on']}2"]
    assert date.is_date and date.value == dt.datetime(2019, 6, 1)
    assert date.number_format == "yyyy-mm-dd"
    assert ws[f"{LETTER['founded_on']}3"].number_format == "yyyy-mm-dd"  # a date column shows no time

    for key in ("sales", "employees"):
        cell = ws[f"{LETTER[key]}2"]
        assert cell.data_type == "n" and cell.value == RECORD[key]
        assert cell.number_format == "#,##0"

    for key in ("brn", "phone", "postcode"):
        cell = ws[f"{LETTER[key]}2"]
        assert cell.data_type == "s" and cell.value == RECORD[key]
        assert cell.number_format == "@"

    text = ws[f"{LETTER['name']}2"]
    assert text.data_type == "s" and text.number_format == "General" and not text.quotePrefix


def test_a_number_given_for_a_code_column_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "명부.xlsx"
    write_roster(path, COLUMNS, [{**RECORD, "postcode": 1234}])
    cell = sheet(path)[f"{LETTER['postcode']}2"]
    assert (cell.data_type, cell.value, cell.number_format) == ("s", "1234", "@")


@pytest.mark.parametrize("text", FORMULA_TEXTS)
@pytest.mark.parametrize("key", ["name", "phone", "sales"])
def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "명부.xlsx"
    write_roster(path, COLUMNS, [{**RECORD, key: text}])

    cell = sheet(path)[f"{LETTER[key]}2"]
    assert cell.data_type == "s"
    assert cell.value == text
    assert cell.quotePrefix
    assert "<f>" not in sheet_xml(path) and "<f " not in sheet_xml(path)


def test_formula_text_in_the_header_and_template_and_rejected_rows_stays_text(tmp_path: Path) -> None:
    roster = tmp_path / "명부.xlsx"
    write_roster(roster, [Column("a", "=HYPERLINK(1)", "text", 10)], [{"a": "=2"}])
    template = tmp_path / "양식.xlsx"
    write_template(template, COLUMNS, {**RECORD, "note": "=3"}, ["-기타"])
    rejected = tmp_path / "오류.xlsx"
    write_rejected(rejected, ["=헤더"], [(2, ["=4"], "=오류")])

    for path, sheets in ((roster, 1), (template, 2), (rejected, 1)):
        for index in range(1, sheets + 1):
            assert not re.search(r"<f[ >]", sheet_xml(path, index))
    assert sheet(roster)["A1"].value == "=HYPERLINK(1)" and sheet(roster)["A2"].value == "=2"
    assert sheet(template, "목록")["A1"].value == "-기타"
    assert [c.value for c in sheet(rejected)[2]] == ["=4", "=오류", 2]


def test_none_and_empty_text_leave_the_cell_empty(tmp_path: Path) -> None:
    path = tmp_path / "명부.xlsx"
    write_roster(path, COLUMNS, [{"name": "(주)대한", "brn": None, "phone": "", "sales": None}])

    ws = sheet(path)
    assert [cell.value for cell in ws[2]] == ["(주)대한"] + [None] * (len(COLUMNS) - 1)
    assert ws.max_row == 2
    # Empty cells are not written at all, not even as styled blanks.
    assert 'r="B2"' not in sheet_xml(path) and 'r="C2"' not in sheet_xml(path)


def test_control_characters_are_dropped_and_the_rest_of_the_text_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "명부.xlsx"
    write_roster(path, COLUMNS, [{**RECORD, "note": "붙여넣은\x0b 메모\x00"}])
    assert sheet(path)[f"{LETTER['note']}2"].value == "붙여넣은 메모"


def test_progress_is_reported_every_500_rows_and_at_the_end(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    path = tmp_path / "명부.xlsx"
    assert write_roster(path, COLUMNS, records(1203), total=1203, progress=progress) == 1203
    assert calls == [(500, 1203), (1000, 1203), (1203, 1203)]
    assert sheet(path).max_row == 1204

    calls.clear()
    write_roster(path, COLUMNS, list(records(600)), progress=progress)  # total from len()
    assert calls == [(500, 600), (600, 600)]


def test_cancel_leaves_no_file_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "명부.xlsx"
    openpyxl_temps = set(openpyxl_sheet_writer.ALL_TEMP_FILES)

    with pytest.raises(Cancelled):
        write_roster(path, COLUMNS, records(2000), total=2000, progress=lambda done, total: done < 1000)

    assert folder_listing(tmp_path) == []
    # The rows openpyxl streamed to the system temp folder are gone too, not left until exit.
    leftovers = [p for p in set(openpyxl_sheet_writer.ALL_TEMP_FILES) - openpyxl_temps if os.path.exists(p)]
    assert leftovers == []


def test_cancel_at_the_last_report_keeps_the_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "명부.xlsx"
    write_roster(path, COLUMNS, records(2))
    before = path.read_bytes()

    with pytest.raises(Cancelled):
        write_roster(path, COLUMNS, records(10), total=10, progress=lambda done, total: False)

    assert path.read_bytes() == before
    assert folder_listing(tmp_path) == ["명부.xlsx"]


def test_a_missing_folder_is_a_user_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "없는 폴더" / "명부.xlsx"
    with pytest.raises(UserError, match="파일을 저장할 수 없습니다") as caught:
        write_roster(path, COLUMNS, records(3))
    assert str(path) in str(caught.value)
    assert "폴더" in str(caught.value)
    assert folder_listing(tmp_path) == []


def test_a_file_locked_by_excel_is_a_user_error_and_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "명부.xlsx"
    write_roster(path, COLUMNS, records(2))
    before = path.read_bytes()

    def locked(src: str, dst: str) -> None:  # what Windows does while Excel has the file open
        raise PermissionError(13, "The process cannot access the file", dst)

    monkeypatch.setattr(roster_xlsx.os, "replace", locked)
    with pytest.raises(UserError) as caught:
        write_roster(path, COLUMNS, records(5))

    message = str(caught.value)
    assert str(path) in message and "엑셀" in message and "닫은 뒤 다시 시도해 주십시오" in message
    assert path.read_bytes() == before
    assert folder_listing(tmp_path) == ["명부.xlsx"]


def test_a_full_disk_is_a_user_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: object, filename: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(roster_xlsx.Workbook, "save", full)
    with pytest.raises(UserError, match="디스크 공간이 부족합니다"):
        write_roster(tmp_path / "명부.xlsx", COLUMNS, records(3))
    assert folder_listing(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_file_gets_the_usual_permissions_not_those_of_a_private_temporary_file(tmp_path: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    path = tmp_path / "명부.xlsx"
    write_roster(path, COLUMNS, records(1))
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_an_unknown_column_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        Column("brn", "사업자등록번호", "number", 15)


def test_template_has_the_header_an_example_row_and_a_validated_industry_column(tmp_path: Path) -> None:
    path = tmp_path / "양식.xlsx"
    industries = ["기계·금속", "전기·전자", "화학"]
    write_template(path, COLUMNS, {**RECORD, "sales": None}, industries)

    book = load_workbook(path)
    ws = book.worksheets[0]
    assert [cell.value for cell in ws[1]] == [column.label for column in COLUMNS]
    assert all(cell.font.b for cell in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I2"
    assert ws.max_row == 2
    example = {column.key: ws[f"{LETTER[column.key]}2"] for column in COLUMNS}
    assert example["phone"].value == "031-336-3133" and example["phone"].number_format == "@"
    assert example["postcode"].value == "01234" and example["postcode"].data_type == "s"
    assert example["founded_on"].value == dt.datetime(2019, 6, 1)
    assert example["founded_on"].number_format == "yyyy-mm-dd"
    assert example["employees"].value == 25 and example["employees"].number_format == "#,##0"
    assert example["sales"].value is None

    # What the user types into the empty rows keeps its type too.
    assert ws.column_dimensions[LETTER["phone"]].number_format == "@"
    assert ws.column_dimensions[LETTER["founded_on"]].number_format == "yyyy-mm-dd"

    names = book["목록"]
    assert names.sheet_state == "hidden"
    assert [row[0] for row in names.iter_rows(values_only=True)] == industries

    (validation,) = ws.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == "'목록'!$A$1:$A$3"
    assert str(validation.sqref) == f"{LETTER['industry']}2:{LETTER['industry']}1000"
    assert validation.showErrorMessage
    assert validation.error == "목록에 있는 업종을 선택해 주십시오."


def test_template_without_industries_has_no_list(tmp_path: Path) -> None:
    path = tmp_path / "양식.xlsx"
    write_template(path, COLUMNS, RECORD, [])
    book = load_workbook(path)
    assert book.sheetnames == ["회원명부"]
    assert not book.worksheets[0].data_validations.dataValidation


def test_template_needs_the_industry_column(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="industry"):
        write_template(tmp_path / "양식.xlsx", COLUMNS[:3], RECORD, ["기계"])


def test_rejected_rows_keep_their_row_number_values_and_error(tmp_path: Path) -> None:
    path = tmp_path / "오류.xlsx"
    header = ["회사명", "사업자등록번호", "설립일", "전화"]
    rows = [
        (
            7,
            ["(주)대한", "123-45-6789", dt.datetime(2019, 6, 1), "031-336-3133"],
            "사업자등록번호가 올바르지 않습니다.",
        ),
        (12, ["", None, "2019.13.01", "01234", "남는 칸"], "설립일이 올바르지 않습니다."),
    ]
    assert write_rejected(path, header, rows) == 2

    ws = sheet(path)
    # The original columns keep their letters; the reason and the row number come after them.
    assert [cell.value for cell in ws[1]] == [*header, None, "오류", "원래 행"]
    assert all(cell.font.b for cell in ws[1] if cell.value is not None)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G3"
    assert [cell.value for cell in ws[2]] == [*rows[0][1], None, rows[0][2], 7]
    assert [cell.value for cell in ws[3]] == [None, None, "2019.13.01", "01234", "남는 칸", rows[1][2], 12]
    assert ws["G2"].number_format == "General"  # row 1234, not 1,234
    assert ws["C2"].is_date and ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["D3"].data_type == "s"
    widths = [ws.column_dimensions[letter].width for letter in "ABCDEFG"]
    assert all(8 <= width <= 40 for width in widths[:5])
    assert widths[5] >= 30 and widths[5] == max(widths)


def test_libreoffice_reads_codes_dates_and_formula_text_as_written(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    path = tmp_path / "명부.xlsx"
    write_roster(path, COLUMNS, [{**RECORD, "name": "=1+2", "note": "-주의"}])
    out = tmp_path / "csv"
    # UTF-8 (76), and cells as shown (the 9th option), which is what a user sees in the sheet.
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with (out / "명부.csv").open(encoding="utf-8", newline="") as handle:
        header, row = list(csv.reader(handle))
    values = dict(zip(header, row, strict=True))
    assert values["회사명"] == "=1+2"
    assert values["비고"] == "-주의"
    assert values["전화"] == "031-336-3133"
    assert values["우편번호"] == "01234"
    assert values["설립일"] == "2019-06-01"
    assert values["매출액"] == "12,300,000,000"

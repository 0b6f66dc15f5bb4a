"""Roster files saved by LibreOffice Calc (tests/fixtures/roster, described row by row in its README)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from collabdesk.documents.xlsx_reader import SpreadsheetError
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.roster_import import ERROR, IGNORED, NEW, read_roster
from collabdesk.services.roster_mapping import auto_mapping

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "roster"
ROSTER = FIXTURES / "libreoffice_roster.xlsx"
TODAY = dt.date(2026, 11, 24)


def test_libreoffice_roster_preview(services: Services) -> None:
    source = read_roster(ROSTER)
    assert (source.sheet, source.sheets, source.header.row_number) == ("회원명부", ["회원명부", "참고"], 4)
    plan = services.roster_import.plan(source, auto_mapping(source.header.texts), today=TODAY)
    rows = {row.excel_row: row for row in plan.rows}
    assert sorted(r for r, row in rows.items() if row.status == NEW) == [5, 6, 7, 8, 9, 16, 17, 18, 19]
    assert sorted(r for r, row in rows.items() if row.status == ERROR) == [10, 12, 13, 14, 15]
    assert sorted(r for r, row in rows.items() if row.status == IGNORED) == [21, 22]  # 합계 and the ※ note
    assert 11 not in rows  # the blank row

    assert rows[10].message == "사업자번호(D열): 사업자등록번호의 검증번호가 맞지 않습니다"
    assert rows[12].message == "사업자번호(D열): 사업자등록번호를 입력해 주십시오."
    assert rows[13].message.startswith("E-mail(H열): ")
    assert rows[14].message == "설립일자(I열): 날짜 형식이 올바르지 않습니다: 2019.13.45"
    assert rows[15].message.startswith("사업자번호(D열): 5행과 사업자등록번호가 같습니다")

    daesung = rows[6].data  # spaces in the number, dotted text dates, amounts and counts typed as text
    assert (daesung.brn, daesung.phone, daesung.founded_on, daesung.joined_on) == (
        "214-86-03478",
        "031-336-3133",
        dt.date(2019, 6, 1),
        dt.date(2020, 3, 15),
    )
    assert (daesung.sales, daesung.employees, daesung.tags) == (1_234_000_000, 29, ["프레스금형", "사출금형"])
    serim = rows[7].data  # bare digits, slash dates without zero padding, a spaced Seoul number
    assert (serim.brn, serim.phone, serim.founded_on) == ("605-88-12099", "02-555-1234", dt.date(2019, 6, 1))
    woojin = rows[8].data  # spaces around every value
    assert (woojin.name, woojin.ceo, woojin.brn, woojin.email) == (
        "우진테크",
        "최우진",
        "129-39-15745",
        "woojin.tech@gmail.com",
    )
    assert (woojin.sales, woojin.employees, rows[8].group_paths) == (980_000_000, 12, ["제2교류회"])
    assert rows[9].data.sales == 1_234_000_000  # a formula: its cached value
    assert rows[16].data.brn == "613-81-04418"  # a number cell
    assert rows[19].data.phone == "031-544-7788"


def test_libreoffice_roster_import(services: Services) -> None:
    source = read_roster(ROSTER)
    result = services.roster_import.run(source, auto_mapping(source.header.texts), today=TODAY)
    assert (result.created, result.updated, result.skipped, result.rejected) == (9, 0, 0, 5)
    assert services.members.count(MemberFilter()) == 9
    assert sorted(g.name for g in services.groups.tree()) == ["제1교류회", "제2교류회", "제3교류회"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("password.xlsx", "암호가 걸린 파일입니다"),
        ("old_format.xls", "예전 엑셀 형식(.xls) 파일입니다"),
        ("csv_renamed.xlsx", "CSV 등 텍스트 파일입니다"),
        ("no_header.xlsx", "'Sheet1' 시트에서 머리글 행을 찾지 못했습니다"),
        ("empty.xlsx", "'Sheet1' 시트가 비어 있습니다"),
    ],
)
def test_unusable_fixtures_are_refused_in_korean(name: str, message: str) -> None:
    with pytest.raises(SpreadsheetError, match=re.escape(message)):
        read_roster(FIXTURES / name)


def test_a_sheet_without_roster_headers(services: Services) -> None:
    with pytest.raises(SpreadsheetError, match="'참고' 시트에서 머리글 행을 찾지 못했습니다"):
        read_roster(ROSTER, "참고")

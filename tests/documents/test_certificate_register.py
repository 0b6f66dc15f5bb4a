"""The certificate register (발급대장) as an .xlsx read back with openpyxl, and as a PDF read back with
poppler's tools."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from collabdesk.documents.certificate_register import (
    REGISTER_HEADER,
    RegisterRow,
    register_pdf_bytes,
    write_register_pdf,
    write_register_xlsx,
)

from .test_minutes_pdf import flat, info, page_count, run, text_of

TITLE = "협업인증서 발급대장"
CHAIN_NOTE = "대장 검사: 이상 없음 (2026. 11. 30. 기준, 4건)"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


ROWS = [
    RegisterRow(
        seq=1,
        number="제 2026-0001 호",
        kind="협업인증서",
        company="대성금형(주)",
        business_number="123-45-67890",
        project="스마트 공작기계 공동개발",
        role="금형",
        issue_date=dt.date(2026, 11, 24),
        issued_by="박지영",
        status="재발급됨",
        revoked_on=dt.date(2026, 11, 28),
        reason="대표자 변경",
        replaces="",
        replaced_by="제 2026-0003 호",
        verification_code="7KQ2-M9XD",
        content_hash=digest("1"),
        replaced_on=dt.date(2026, 11, 28),
        replaced_reason="대표자 변경",
    ),
    RegisterRow(
        seq=2,
        number="제 2026-0002 호",
        kind="회원확인서",
        company="=A&B <주> 1+1",
        business_number="135-81-12345",
        project="",
        role="",
        issue_date=dt.date(2026, 11, 25),
        issued_by="박지영",
        status="취소",
        revoked_on=dt.date(2026, 12, 1),
        reason="중복 발급",
        replaces="",
        replaced_by="",
        verification_code="3HTX-8PQA",
        content_hash=digest("2"),
    ),
    RegisterRow(
        seq=3,
        number="제 2026-0003 호",
        kind="협업인증서",
        company="대성금형(주)",
        business_number="123-45-67890",
        project="스마트 공작기계 공동개발",
        role="금형",
        issue_date=dt.date(2026, 11, 28),
        issued_by="김영수",
        status="유효",
        revoked_on=None,
        reason="",
        replaces="제 2026-0001 호",
        replaced_by="",
        verification_code="Q9WE-2RTY",
        content_hash=digest("3"),
    ),
    RegisterRow(
        seq=4,
        number="제 2026-0004 호",
        kind="협업인증서",
        company="(주)한빛정밀",
        business_number="214-86-00001",
        project="스마트 공작기계 공동개발",
        role="R&D, 생산·제조",
        issue_date=dt.date(2026, 11, 30),
        issued_by="김영수",
        status="유효",
        revoked_on=None,
        reason="",
        replaces="",
        replaced_by="",
        verification_code="ZX7C-4VBN",
        content_hash=digest("4"),
    ),
]


# --- Excel ----------------------------------------------------------------------------------------


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "발급대장.xlsx"
    write_register_xlsx(ROWS, path, title=TITLE)
    return path


def test_xlsx_has_one_sheet_with_a_header_and_a_row_per_entry(workbook: Path) -> None:
    book = load_workbook(workbook)
    assert book.sheetnames == [TITLE]
    sheet = book[TITLE]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == REGISTER_HEADER
    assert len(rows) == 1 + len(ROWS)
    assert [row[0] for row in rows[1:]] == [1, 2, 3, 4]
    assert rows[1] == (
        1,
        "제 2026-0001 호",
        "협업인증서",
        "대성금형(주)",
        "123-45-67890",
        "스마트 공작기계 공동개발",
        "금형",
        dt.datetime(2026, 11, 24),
        "박지영",
        "재발급됨",
        dt.datetime(2026, 11, 28),
        "대표자 변경",
        None,
        "제 2026-0003 호",
        dt.datetime(2026, 11, 28),
        "7KQ2-M9XD",
        digest("1"),
    )
    assert rows[3][12] == "제 2026-0001 호"  # 대체한 번호 of the reissue
    assert rows[3][14] is None  # a valid certificate has no 재발급일
    assert rows[4][6] == "R&D, 생산·제조"


def test_xlsx_dates_are_dates_and_text_stays_text(workbook: Path) -> None:
    sheet = load_workbook(workbook)[TITLE]
    issued = sheet.cell(row=2, column=REGISTER_HEADER.index("발급일") + 1)
    assert issued.is_date and issued.number_format == "yyyy-mm-dd"
    revoked = sheet.cell(row=3, column=REGISTER_HEADER.index("취소일") + 1)
    assert revoked.is_date and revoked.value == dt.datetime(2026, 12, 1)
    assert sheet.cell(row=4, column=REGISTER_HEADER.index("취소일") + 1).value is None
    replaced_on = sheet.cell(row=2, column=REGISTER_HEADER.index("재발급일") + 1)
    assert replaced_on.is_date and replaced_on.value == dt.datetime(2026, 11, 28)
    # A company name that looks like a formula is written as text, not run by Excel.
    company = sheet.cell(row=3, column=REGISTER_HEADER.index("업체명") + 1)
    assert company.data_type == "s" and company.value == ROWS[1].company
    number = sheet.cell(row=2, column=REGISTER_HEADER.index("사업자등록번호") + 1)
    assert number.data_type == "s"


def test_xlsx_header_is_frozen_filtered_and_sized(workbook: Path) -> None:
    sheet = load_workbook(workbook)[TITLE]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:Q5"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["D"].width >= 20  # 업체명
    assert sheet.column_dimensions["Q"].width >= 64  # the whole SHA-256 hash


def test_xlsx_of_an_empty_register_and_an_awkward_title(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_register_xlsx([], path, title="2026년 발급대장 [전체]: 협업인증서/회원확인서 및 기타 인증서")
    book = load_workbook(path)
    (name,) = book.sheetnames
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    rows = list(book[name].iter_rows(values_only=True))
    assert rows == [REGISTER_HEADER]


# --- PDF ------------------------------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


@needs_poppler
def test_pdf_lists_every_entry_under_the_chain_note(tmp_path: Path, pdf_text) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "발급대장.pdf"
    write_register_pdf(ROWS, path, title=TITLE, chain_note=CHAIN_NOTE)
    text = pdf_text(path)
    assert text.index(TITLE) < text.index(CHAIN_NOTE) < text.index("제 2026-0001 호")
    assert "총 4건 · 유효 2 · 취소 1 · 재발급됨 1" in text
    for row in ROWS:
        assert row.number in text
        assert row.verification_code in text
        assert row.content_hash[:12] in text
    assert "취소 2026. 12. 1." in text
    assert "사유: 중복 발급" in text
    assert "→ 제 2026-0003 호로 재발급 (2026. 11. 28.)" in text
    assert "제 2026-0001 호 대체" in text
    assert ROWS[1].company in text  # printed literally, markup characters and all
    fields = info(path)
    assert fields["Page size"].startswith("841.89 x 595.276")  # A4 landscape
    assert fields["Title"] == TITLE
    fonts = run("pdffonts", path).splitlines()[2:]
    assert fonts and all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in fonts)


@needs_poppler
def test_a_long_register_repeats_its_header_and_numbers_its_pages(tmp_path: Path) -> None:
    rows = [
        dataclasses.replace(ROWS[3], seq=n, number=f"제 2026-{n:04d} 호", content_hash=digest(str(n)))
        for n in range(1, 121)
    ]
    path = tmp_path / "long.pdf"
    write_register_pdf(rows, path, title=TITLE, chain_note=CHAIN_NOTE)
    pages = page_count(path)
    assert pages >= 3
    seen = []
    for page in range(1, pages + 1):
        text = flat(text_of(path, page))
        assert "순번 번호 종류 업체명 · 사업자등록번호" in text, page
        assert f"{page} / {pages}" in text
        seen += [n for n in range(1, 121) if f"제 2026-{n:04d} 호" in text]
    assert seen == list(range(1, 121))  # every entry once, in register order


@needs_poppler
def test_an_empty_register_says_so(tmp_path: Path, pdf_text) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.pdf"
    write_register_pdf([], path, title=TITLE, chain_note="대장 검사: 이상 없음 (0건)")
    text = pdf_text(path)
    assert "발급 기록이 없습니다." in text and "총 0건" in text


@needs_poppler
def test_register_bytes_and_an_open_file(tmp_path: Path) -> None:
    data = register_pdf_bytes(ROWS, title=TITLE, chain_note=CHAIN_NOTE)
    buffer = io.BytesIO()
    write_register_pdf(ROWS, buffer, title=TITLE, chain_note=CHAIN_NOTE)
    for blob, name in ((data, "bytes.pdf"), (buffer.getvalue(), "buffer.pdf")):
        path = tmp_path / name
        path.write_bytes(blob)
        assert CHAIN_NOTE in flat(text_of(path))

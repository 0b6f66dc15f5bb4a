"""The streaming .xlsx reader: same values as openpyxl, and every unusable file refused in Korean."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from collabdesk.documents import xlsx_reader
from collabdesk.documents.xlsx_reader import SpreadsheetError, XlsxFile, column_letter

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "roster"


def read_all(path: Path, sheet: str | None = None) -> list[tuple[int, list[Any]]]:
    with XlsxFile(path) as book:
        return list(book.rows(book.sheet(sheet)))


def read_with_openpyxl(path: Path, sheet: str | None = None) -> list[tuple[int, list[Any]]]:
    """What openpyxl's read-only mode gives, in the reader's shape (integral floats as ints)."""
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb[sheet] if sheet else next(ws for ws in wb.worksheets if ws.sheet_state == "visible")
        rows = []
        for row in ws.iter_rows():
            values = [c.value for c in row]
            values = [int(v) if isinstance(v, float) and v.is_integer() else v for v in values]
            values = [None if v == "" else v for v in values]
            while values and values[-1] is None:
                values.pop()
            if values:
                rows.append((next(c.row for c in row if c.value is not None), values))
        return rows
    finally:
        wb.close()


def mixed_workbook(path: Path, epoch: dt.datetime | None = None) -> Path:
    wb = Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "명부"
    ws.append(["회사명", "사업자번호", "설립일", "매출액", "비율", "확인", None, "비고"])
    ws.append(
        ["(주)한빛정밀", "123-45-67891", dt.datetime(2019, 6, 1), 1_234_000_000, 0.25, True, None, "  공백  "]
    )
    ws.append(["대성", 1234567891, dt.date(2001, 2, 28), -5, 1e20, False])
    ws["H3"] = CellRichText(["굵은 ", TextBlock(InlineFont(b=True), "글씨")])
    ws["J5"] = "멀리 떨어진 칸"
    ws.cell(row=7, column=1, value="가" * 40_000)
    hidden = wb.create_sheet("숨김")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "x"
    wb.create_sheet("둘째")["B2"] = "값"
    wb.save(path)
    return path


def test_values_match_openpyxl(tmp_path: Path) -> None:
    path = mixed_workbook(tmp_path / "a.xlsx")
    rows = read_all(path)
    expected = read_with_openpyxl(path)
    expected[-1][1][0] = expected[-1][1][0][: xlsx_reader.MAX_CELL_TEXT]
    assert rows == expected
    assert rows[1] == (2, ["(주)한빛정밀", "123-45-67891", dt.datetime(2019, 6, 1), 1_234_000_000, 0.25, True, None, "  공백  "])  # fmt: skip
    assert rows[2][1][:6] == ["대성", 1234567891, dt.datetime(2001, 2, 28), -5, 1e20, False]
    assert rows[2][1][7] == "굵은 글씨"
    assert rows[3] == (5, [None] * 9 + ["멀리 떨어진 칸"])
    assert len(rows[4][1][0]) == 32_767  # longer than Excel allows: cut, not refused


def test_1904_date_system(tmp_path: Path) -> None:
    path = mixed_workbook(tmp_path / "mac.xlsx", CALENDAR_MAC_1904)
    assert read_all(path)[1][1][2] == dt.datetime(2019, 6, 1)


def test_sheets_hidden_and_by_name(tmp_path: Path) -> None:
    path = mixed_workbook(tmp_path / "a.xlsx")
    with XlsxFile(path) as book:
        assert [(s.name, s.hidden) for s in book.sheets] == [("명부", False), ("숨김", True), ("둘째", False)]
        assert book.sheet().name == "명부"
        assert list(book.rows(book.sheet("둘째"))) == [(2, [None, "값"])]
        with pytest.raises(SpreadsheetError, match="'없음' 시트가 없습니다. 있는 시트: 명부, 숨김, 둘째"):
            book.sheet("없음")


def rewrite_part(source: Path, target: Path, part: str, change: Any) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info.filename, change(data) if info.filename == part else data)
    return target


def test_formula_cells_give_their_cached_value(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["회사명", "매출액", "메모"])
    wb.active.append(["가", 1, "x"])
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)

    def with_formulas(xml: bytes) -> bytes:
        formula_b2 = '<c r="B2"><f>1200000000+34000000</f><v>1234000000</v></c>'
        formula_c2 = '<c r="C2" t="str"><f>"합"&amp;"계"</f><v>합계</v></c>'
        text = re.sub(r'<c r="B2"[^>]*>.*?</c>', formula_b2, xml.decode())
        text = re.sub(r'<c r="C2"[^>]*>.*?</c>', formula_c2, text)
        assert text.count("<f>") == 2
        return text.encode()

    path = rewrite_part(plain, tmp_path / "formula.xlsx", "xl/worksheets/sheet1.xml", with_formulas)
    assert read_all(path)[1] == (2, ["가", 1_234_000_000, "합계"])
    assert read_all(path) == read_with_openpyxl(path)


def test_libreoffice_file_matches_openpyxl() -> None:
    path = FIXTURES / "libreoffice_roster.xlsx"
    with XlsxFile(path) as book:
        for sheet in book.sheets:
            assert read_all(path, sheet.name) == read_with_openpyxl(path, sheet.name)


# --- refused files -----------------------------------------------------------------------------
def refused(path: Path) -> str:
    with pytest.raises(SpreadsheetError) as info:
        XlsxFile(path)
    return str(info.value)


def test_old_xls_is_refused_with_how_to_resave(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000 + "Workbook".encode("utf-16-le"))
    assert "예전 엑셀 형식(.xls)" in refused(path)
    assert "Excel 통합 문서(*.xlsx)" in refused(path)


def test_password_protected_file_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptionInfo".encode("utf-16-le")
    )
    assert "암호가 걸린 파일" in refused(path)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_renamed_csv_is_refused(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "명부.xlsx"
    path.write_bytes("회사명,사업자번호\n(주)한빛,123-45-67891\n".encode(encoding))
    assert "CSV" in refused(path)


def test_garbage_empty_and_folder(tmp_path: Path) -> None:
    garbage = tmp_path / "x.xlsx"
    garbage.write_bytes(bytes(range(256)) * 4)
    assert "엑셀 파일(.xlsx)이 아닙니다" in refused(garbage)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "빈 파일" in refused(empty)
    assert "폴더" in refused(tmp_path)
    assert "파일이 없습니다" in refused(tmp_path / "없는파일.xlsx")


def test_truncated_file_is_refused(tmp_path: Path) -> None:
    whole = mixed_workbook(tmp_path / "a.xlsx").read_bytes()
    for cut in (len(whole) // 3, len(whole) - 30):
        path = tmp_path / f"cut{cut}.xlsx"
        path.write_bytes(whole[:cut])
        assert "손상" in refused(path)


def test_damaged_sheet_xml_is_reported_while_reading(tmp_path: Path) -> None:
    source = mixed_workbook(tmp_path / "a.xlsx")
    path = rewrite_part(
        source, tmp_path / "bad.xlsx", "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2]
    )
    with XlsxFile(path) as book, pytest.raises(SpreadsheetError, match="손상"):
        list(book.rows(book.sheet()))


def zip_with(path: Path, parts: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def test_ods_and_other_zips_are_refused(tmp_path: Path) -> None:
    ods = zip_with(
        tmp_path / "a.xlsx",
        {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"},
    )
    assert "OpenDocument(.ods)" in refused(ods)
    other = zip_with(tmp_path / "b.xlsx", {"readme.txt": b"hello"})
    assert "엑셀 통합 문서(.xlsx)가 아닙니다" in refused(other)


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = mixed_workbook(tmp_path / "a.xlsx")
    # 4 MB of one character compresses a thousandfold: no real sheet does that.
    bomb = rewrite_part(
        source, tmp_path / "bomb.xlsx", "xl/worksheets/sheet2.xml", lambda xml: xml + b" " * 4_000_000
    )
    assert bomb.stat().st_size < 100_000
    assert "비정상적으로 커지는" in refused(bomb)

    # A file whose parts together claim more than the limit is refused on the sizes alone.
    monkeypatch.setattr(xlsx_reader, "MAX_UNPACKED_BYTES", 1000)
    opened: list[str] = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: opened.append("x"))  # must never be reached
    assert "비정상적으로 커지는" in refused(source)
    assert opened == []


def test_a_part_that_grows_past_its_declared_size_is_stopped(tmp_path: Path) -> None:
    stream = xlsx_reader._LimitedStream(io.BytesIO(b"x" * 5000), 1000, "a.xlsx")
    with pytest.raises(SpreadsheetError, match="비정상적으로"):
        while stream.read(512):
            pass


def test_xml_with_a_doctype_is_not_expanded(tmp_path: Path) -> None:
    source = mixed_workbook(tmp_path / "a.xlsx")
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    path = rewrite_part(
        source,
        tmp_path / "dtd.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda xml: laughs + xml.split(b"?>", 1)[-1],
    )
    with XlsxFile(path) as book, pytest.raises(SpreadsheetError):
        list(book.rows(book.sheet()))


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 51, 701, 702)] == ["A", "Z", "AA", "AZ", "ZZ", "AAA"]

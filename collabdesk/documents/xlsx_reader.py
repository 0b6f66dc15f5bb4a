"""Reads the cell values of an .xlsx file, row by row, after checking the file is safe to open.

A roster import reads every cell of a sheet once. openpyxl's read-only mode builds a cell object per
value and costs about four times a direct pass over the sheet XML, so this module streams the XML
itself with the standard library's C parser. openpyxl's own helpers decide which number formats are
dates and convert Excel serial numbers, so dates read exactly as openpyxl would read them; the tests
compare the two readers on every fixture.

Before anything is unpacked the file is checked: old .xls, password-protected, renamed CSV, ODS,
damaged or truncated files, and archives whose unpacked size is absurd (a zip bomb) are refused with
a Korean message. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree as ET

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from collabdesk.errors import UserError

# A real roster of a national federation unpacks to tens of megabytes; far more is an attack or a
# mistake, and is refused before anything is decompressed.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_PART_BYTES = 300 * 1024 * 1024
# Sheet XML compresses about 10-20 times; a part that claims far more is not a spreadsheet.
MAX_COMPRESSION_RATIO = 200
MAX_CELL_TEXT = 32_767  # Excel's own limit for one cell
MAX_COLUMNS = 16_384  # column XFD, Excel's last

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURE = b"PK\x03\x04"
# East Asian locale date formats that Korean Excel stores by id only, without a format code.
_CJK_DATE_FORMAT_IDS = set(range(27, 37)) | set(range(50, 59))
_COLUMN = re.compile(r"[A-Z]+")
_DIGITS = "0123456789"

_RESAVE = (
    "엑셀에서 파일을 연 뒤 '다른 이름으로 저장'에서 'Excel 통합 문서(*.xlsx)'로 저장하고 다시 가져오십시오."
)


class SpreadsheetError(UserError):
    """The file cannot be read as a roster; the message says why and what to do, in Korean."""


@dataclass(frozen=True)
class SheetInfo:
    name: str
    part: str  # path of the sheet XML inside the archive
    hidden: bool


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(ref: str) -> int:
    match = _COLUMN.match(ref)
    if not match:
        return -1
    number = 0
    for ch in match.group():
        number = number * 26 + ord(ch) - 64
    if number > MAX_COLUMNS:
        # Past XFD: no spreadsheet program writes that; a damaged reference must not make the
        # reader pad a row with hundreds of millions of empty cells.
        raise SpreadsheetError(f"셀 주소 {ref}: 파일이 손상되었습니다.")
    return number - 1


class _LimitedStream:
    """A decompressing stream that stops once it has produced more than a part may hold.

    The archive's declared sizes are checked first; this catches an archive that lies about them."""

    def __init__(self, raw: IO[bytes], limit: int, name: str):
        self.raw, self.left, self.name = raw, limit, name
        self.first = True

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size if size and size > 0 else 1 << 16)
        self.left -= len(data)
        if self.left < 0:
            raise SpreadsheetError(
                f"{self.name}: 압축을 풀면 크기가 비정상적으로 커지는 파일이라 열지 않았습니다."
            )
        if self.first:
            self.first = False
            # Spreadsheet XML never declares a DTD; one that does could expand entities without end.
            if b"<!doctype" in data[:4096].lower():
                raise SpreadsheetError(
                    f"{self.name}: 엑셀이 만든 형식이 아닌 내용이 들어 있어 열지 않았습니다."
                )
        return data


def _sniff(path: Path, head: bytes, tail: bytes) -> None:
    """Refuse what is not an .xlsx before opening it as an archive."""
    name = path.name
    if head.startswith(_OLE_SIGNATURE):
        with path.open("rb") as f:
            body = f.read(4 * 1024 * 1024)
        if "EncryptionInfo".encode("utf-16-le") in body or "EncryptedPackage".encode("utf-16-le") in body:
            raise SpreadsheetError(
                f"{name}: 암호가 걸린 파일입니다. 엑셀에서 암호를 해제해 저장한 뒤 다시 가져오십시오."
            )
        raise SpreadsheetError(f"{name}: 예전 엑셀 형식(.xls) 파일입니다. {_RESAVE}")
    if not head.startswith(_ZIP_SIGNATURE):
        if _looks_like_text(head):
            raise SpreadsheetError(
                f"{name}: 엑셀 파일이 아니라 CSV 등 텍스트 파일입니다(확장자만 .xlsx). "
                "엑셀에서 연 뒤 'Excel 통합 문서(*.xlsx)'로 저장하고 다시 가져오십시오."
            )
        if not head:
            raise SpreadsheetError(f"{name}: 빈 파일입니다.")
        raise SpreadsheetError(f"{name}: 엑셀 파일(.xlsx)이 아닙니다.")
    if b"PK\x05\x06" not in tail:
        raise SpreadsheetError(
            f"{name}: 파일이 손상되었거나 끝까지 복사되지 않았습니다. 원본 파일을 다시 받아 가져오십시오."
        )


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp949"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            # The sample may end inside a multi-byte character.
            try:
                text = head[:-3].decode(encoding)
            except UnicodeDecodeError:
                continue
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        return printable >= len(text) * 0.95
    return False


def _check_archive(zf: zipfile.ZipFile, name: str) -> None:
    total = 0
    for info in zf.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (info.file_size > 1 << 20 and ratio > MAX_COMPRESSION_RATIO):
            raise SpreadsheetError(
                f"{name}: 압축을 풀면 크기가 비정상적으로 커지는 파일이라 열지 않았습니다."
            )
    if total > MAX_UNPACKED_BYTES:
        raise SpreadsheetError(f"{name}: 압축을 풀면 크기가 비정상적으로 커지는 파일이라 열지 않았습니다.")
    names = set(zf.namelist())
    if "xl/workbook.xml" not in names:
        if "mimetype" in names or "content.xml" in names:
            raise SpreadsheetError(f"{name}: OpenDocument(.ods) 등 다른 형식의 파일입니다. {_RESAVE}")
        raise SpreadsheetError(f"{name}: 엑셀 통합 문서(.xlsx)가 아닙니다.")


class XlsxFile:
    """An opened .xlsx: its sheets, and the values of one sheet row by row. Use as a context manager."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        name = self.path.name
        try:
            size = self.path.stat().st_size
            with self.path.open("rb") as f:
                head = f.read(4096)
                f.seek(max(0, size - 65_600))
                tail = f.read()
        except FileNotFoundError as exc:
            raise SpreadsheetError(f"파일이 없습니다: {self.path}") from exc
        except IsADirectoryError as exc:
            raise SpreadsheetError(f"파일이 아니라 폴더입니다: {self.path}") from exc
        except OSError as exc:
            raise SpreadsheetError(
                f"{name}: 파일을 읽을 수 없습니다. 다른 프로그램에서 열려 있으면 닫고 다시 시도하십시오."
            ) from exc
        _sniff(self.path, head, tail)
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise SpreadsheetError(f"{name}: 파일이 손상되어 열 수 없습니다.") from exc
        try:
            _check_archive(self._zip, name)
            self._read_workbook()
            self._styles = self._read_date_styles()
            self._strings: list[str] | None = None
        except SpreadsheetError:
            self._zip.close()
            raise
        except (ET.ParseError, zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError) as exc:
            self._zip.close()
            raise SpreadsheetError(f"{name}: 파일이 손상되어 열 수 없습니다.") from exc

    def __enter__(self) -> XlsxFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    # --- parts ---------------------------------------------------------------------------
    def _open(self, part: str) -> _LimitedStream:
        info = self._zip.getinfo(part)
        return _LimitedStream(self._zip.open(info), info.file_size + 1024, self.path.name)

    def _parse(self, part: str) -> ET.Element:
        stream = self._open(part)
        parser = ET.XMLParser()
        while chunk := stream.read(1 << 16):
            parser.feed(chunk)
        return parser.close()

    def _read_workbook(self) -> None:
        root = self._parse("xl/workbook.xml")
        pr = root.find(f"{_MAIN}workbookPr")
        self.epoch = (
            CALENDAR_MAC_1904
            if pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
            else CALENDAR_WINDOWS_1900
        )
        targets: dict[str, str] = {}
        if "xl/_rels/workbook.xml.rels" in self._zip.namelist():
            for rel in self._parse("xl/_rels/workbook.xml.rels").iter(f"{_PKG_REL}Relationship"):
                target = rel.get("Target", "")
                part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
                targets[rel.get("Id", "")] = part
        self.sheets: list[SheetInfo] = []
        for sheet in root.iter(f"{_MAIN}sheet"):
            part = targets.get(sheet.get(f"{_REL}id", ""), "")
            if part in self._zip.namelist():
                hidden = sheet.get("state", "visible") != "visible"
                self.sheets.append(SheetInfo(sheet.get("name", ""), part, hidden))
        if not self.sheets:
            raise SpreadsheetError(f"{self.path.name}: 시트가 없는 파일입니다.")

    def _read_date_styles(self) -> list[bool]:
        """For each cell style index: does it show a date?"""
        if "xl/styles.xml" not in self._zip.namelist():
            return []
        root = self._parse("xl/styles.xml")
        codes = {int(k): v for k, v in BUILTIN_FORMATS.items()}
        numfmts = root.find(f"{_MAIN}numFmts")
        if numfmts is not None:
            for fmt in numfmts:
                codes[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
        dates: list[bool] = []
        xfs = root.find(f"{_MAIN}cellXfs")
        for xf in xfs if xfs is not None else []:
            fmt_id = int(xf.get("numFmtId", "0"))
            code = codes.get(fmt_id)
            dates.append(fmt_id in _CJK_DATE_FORMAT_IDS if code is None else is_date_format(code))
        return dates

    def _shared_strings(self) -> list[str]:
        if self._strings is None:
            self._strings = []
            part = "xl/sharedStrings.xml"
            if part in self._zip.namelist():
                t_tag, si_tag, rph_tag = f"{_MAIN}t", f"{_MAIN}si", f"{_MAIN}rPh"
                append = self._strings.append
                for _event, el in ET.iterparse(self._open(part), events=("end",)):
                    if el.tag != si_tag:
                        continue
                    if len(el) == 1 and el[0].tag == t_tag:  # plain text: nearly every string
                        append(el[0].text or "")
                    else:
                        # Rich text runs; phonetic guides (rPh) are not part of the text a user sees.
                        for rph in el.findall(rph_tag):
                            el.remove(rph)
                        append("".join(t.text or "" for t in el.iter(t_tag)))
                    el.clear()
        return self._strings

    # --- rows ----------------------------------------------------------------------------
    def sheet(self, name: str | None = None) -> SheetInfo:
        """The named sheet, or the first visible one."""
        if name is None:
            return next((s for s in self.sheets if not s.hidden), self.sheets[0])
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        names = ", ".join(s.name for s in self.sheets)
        raise SpreadsheetError(f"{self.path.name}: '{name}' 시트가 없습니다. 있는 시트: {names}")

    def rows(self, sheet: SheetInfo) -> Iterator[tuple[int, list[Any]]]:
        """(Excel row number, values from column A on) for every row that has a cell.

        Values are str, int, float, bool, datetime.datetime (date-formatted numbers) or None."""
        try:
            yield from self._rows(sheet)
        except SpreadsheetError:
            raise
        except (ET.ParseError, zipfile.BadZipFile, ValueError, EOFError, OSError, IndexError) as exc:
            raise SpreadsheetError(f"{self.path.name}: 파일이 손상되어 끝까지 읽을 수 없습니다.") from exc

    def _rows(self, sheet: SheetInfo) -> Iterator[tuple[int, list[Any]]]:
        strings = self._shared_strings()
        dates = self._styles
        epoch = self.epoch
        row_tag, c_tag, v_tag, is_tag, t_tag = (f"{_MAIN}{n}" for n in ("row", "c", "v", "is", "t"))
        columns: dict[str, int] = {}
        number = 0
        # Only end events: asking for start events too doubles the parser's callbacks. A finished
        # row is cleared, so a large sheet keeps one empty element per row, not its cells.
        for _event, el in ET.iterparse(self._open(sheet.part), events=("end",)):
            if el.tag != row_tag:
                continue
            r = el.get("r")
            number = int(r) if r else number + 1
            values: list[Any] = []
            append = values.append
            for c in el:
                if c.tag != c_tag:
                    continue
                get = c.get
                ref = get("r")
                if ref:
                    letters = ref.rstrip(_DIGITS)
                    column = columns.get(letters)
                    if column is None:
                        column = columns[letters] = _column_index(letters)
                    if column > len(values):
                        values.extend([None] * (column - len(values)))
                kind = get("t", "n")
                value: Any = None
                if kind == "inlineStr":
                    box = c.find(is_tag)
                    if box is not None:
                        value = "".join(t.text or "" for t in box.iter(t_tag))[:MAX_CELL_TEXT] or None
                else:
                    v = c.find(v_tag)
                    text = v.text if v is not None else None
                    if text is None:
                        pass
                    elif kind == "n":
                        value = _number(text, get("s"), dates, epoch)
                    elif kind == "s":
                        value = strings[int(text)][:MAX_CELL_TEXT] or None
                    elif kind == "str":  # the cached text of a formula
                        value = text[:MAX_CELL_TEXT] or None
                    elif kind == "b":
                        value = text.strip() in ("1", "true")
                    elif kind == "d":
                        value = dt.datetime.fromisoformat(text.strip().rstrip("Z"))
                    # "e": #N/A, #REF! …: no usable value
                append(value)
            while values and values[-1] is None:
                values.pop()
            el.clear()
            if values:
                yield number, values


def _number(text: str, style: str | None, dates: list[bool], epoch: dt.datetime) -> Any:
    if "." in text or "E" in text or "e" in text:
        number: Any = float(text)
        if number.is_integer() and abs(number) < 1e15:
            number = int(number)
    else:
        number = int(text)
    if style is not None:
        index = int(style)
        if index < len(dates) and dates[index]:
            try:
                return from_excel(number, epoch)
            except (ValueError, OverflowError):
                return number
    return number

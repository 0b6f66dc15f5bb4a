"""Roster workbooks (.xlsx) for people to read, fill in and fix: the member list, the blank import
template and the rejected rows of an import.

Every file is written with openpyxl in write-only mode, to a temporary file next to the target that
replaces the target only once it is complete: a cancelled or failed write leaves whatever was at the
path untouched. Cell typing is the same in all three files:

- dates are date cells shown as yyyy-mm-dd; "int" columns are numbers shown as #,##0;
- "code" columns (사업자등록번호, 전화, 우편번호, ...) are text cells with the text format "@", so Excel
  never turns 031-336-3133 or 01234 into a number, not even when the user edits the cell;
- text that starts with = + - or @ is always a text cell shown as typed (quotePrefix), never a
  formula: a member's name or note must not run as a formula in the office's Excel;
- None and "" leave the cell empty.

No Qt here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from collabdesk.documents.files import cannot_save, create_temp_beside
from collabdesk.errors import Cancelled

KINDS = ("text", "code", "date", "int")
PROGRESS_EVERY = 500
TEMPLATE_ROWS = 1000  # the template's 업종 validation covers rows 2..TEMPLATE_ROWS
LIST_SHEET = "목록"

Progress = Callable[[int, int], bool]

_NUMBER_FORMATS = {"text": None, "code": "@", "date": "yyyy-mm-dd", "int": "#,##0"}
_DATE_FORMAT = "yyyy-mm-dd"
_FORMULA_PREFIXES = ("=", "+", "-", "@")
_MAX_CELL_TEXT = 32767  # Excel's limit; longer text makes Excel report the file as damaged
_MIDNIGHT = dt.time()
_BOLD = Font(bold=True)

REJECTED_ROW_LABEL = "원래 행"
# Where a workbook that cannot be replaced is most likely open.
_OPENED_IN = "다른 프로그램(엑셀 등)"
REJECTED_ERROR_LABEL = "오류"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str  # one of KINDS
    width: float  # Excel character units

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r} for {self.key!r}")


def write_roster(
    path: str | os.PathLike[str],
    columns: Sequence[Column],
    records: Iterable[Mapping[str, Any]],
    total: int | None = None,
    progress: Progress | None = None,
    sheet_title: str = "회원명부",
) -> int:
    """Write records (dicts keyed by Column.key; values str/int/datetime.date/None) as an .xlsx; return the row count.

    progress(done, total) is called every PROGRESS_EVERY rows and once at the end (total 0: not known);
    returning False cancels: nothing is written at path and Cancelled is raised.
    """
    if total is None:
        total = len(records) if isinstance(records, Sized) else 0
    keys = [column.key for column in columns]
    with _AtomicWorkbook(path) as book:
        sheet = book.sheet(sheet_title, [column.kind for column in columns], [c.width for c in columns])
        sheet.header([column.label for column in columns])
        done = 0
        for record in records:
            get = record.get
            sheet.append([get(key) for key in keys])
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done, total):
                raise Cancelled
        # The last call also lets a 취소 pressed during the final rows stop the file from appearing.
        if progress is not None and not progress(done, max(total, done)):
            raise Cancelled
        sheet.finish()
    return done


def write_template(
    path: str | os.PathLike[str],
    columns: Sequence[Column],
    example: Mapping[str, Any],
    industries: Sequence[str],
    industry_key: str = "industry",
) -> None:
    """Blank import template: the header row, one example row, and a list-validated 업종 column.

    The 업종 names go on a hidden sheet "목록" because an inline list is limited to 255 characters.
    With no 업종 names there is nothing to choose from, so the column is left without validation.
    """
    keys = [column.key for column in columns]
    if industry_key not in keys:
        raise ValueError(f"no column {industry_key!r} for the 업종 list")
    with _AtomicWorkbook(path) as book:
        # Column styles make the empty rows below the example keep codes as text and dates as dates
        # when the user types into them.
        sheet = book.sheet(
            "회원명부", [c.kind for c in columns], [c.width for c in columns], column_styles=True
        )
        if industries:
            letter = get_column_letter(keys.index(industry_key) + 1)
            validation = DataValidation(
                type="list",
                formula1=f"'{LIST_SHEET}'!$A$1:$A${len(industries)}",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="업종",
                error="목록에 있는 업종을 선택해 주십시오.",
            )
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS}")
            # WriteOnlyWorksheet lacks add_data_validation(), but its writer emits this list like a
            # normal sheet's (the tests read the validation back).
            sheet.ws.data_validations.append(validation)
        sheet.header([column.label for column in columns])
        sheet.append([example.get(key) for key in keys])
        sheet.finish()
        if industries:
            names = book.sheet(LIST_SHEET, ["text"], [max(12.0, _longest(industries) + 2)], has_header=False)
            names.ws.sheet_state = "hidden"
            for name in industries:
                names.append([name])


def write_rejected(
    path: str | os.PathLike[str], header: Sequence[Any], rows: Iterable[tuple[int, Sequence[Any], str]]
) -> int:
    """Rows a user must fix: each tuple is (Excel row number in the original file, the original cell values,
    the Korean error text). Output columns: the original header columns in their original places (so
    "사업자번호(D열)" in a reason still points at column D), then "오류", then "원래 행" (the row
    number). Returns the row count.
    """
    rejected = list(rows)  # they are few; knowing them all sizes the columns
    width = max([len(header), *(len(values) for _, values, _ in rejected)])
    labels = [*header, *([None] * (width - len(header)))]
    sample = rejected[:200]
    widths = []
    for index, label in enumerate(labels):
        texts = [label, *(values[index] for _, values, _ in sample if index < len(values))]
        widths.append(min(max(8.0, _longest(texts) + 2), 40.0))
    widths.append(min(max(30.0, _longest([message for _, _, message in sample]) + 2), 80.0))
    widths.append(8.0)
    with _AtomicWorkbook(path) as book:
        # "text" for 원래 행 as well: a row number reads 1234, not 1,234.
        sheet = book.sheet("오류 행", ["text"] * (width + 2), widths)
        sheet.header([*labels, REJECTED_ERROR_LABEL, REJECTED_ROW_LABEL])
        for excel_row, values, message in rejected:
            sheet.append([*values, *([None] * (width - len(values))), message, excel_row])
        sheet.finish()
    return len(rejected)


class _ColumnCells:
    """The reusable cells of one column, one per way a value can be written.

    openpyxl's write-only sheet serialises each row as soon as it is appended, so one cell object per
    column and role can carry every row: only its row number and value change.
    """

    __slots__ = ("ws", "column", "kind", "bold", "text", "quoted", "number", "date")

    def __init__(self, ws: WriteOnlyWorksheet, column: int, kind: str, bold: bool = False):
        self.ws = ws
        self.column = column
        self.kind = kind
        self.bold = bold
        text_format = "@" if kind == "code" else None
        self.text = self._cell("s", text_format, bold)
        self.quoted = self._cell("s", text_format, bold, quoted=True)
        self.number = self._cell("n", "#,##0" if kind == "int" else None, bold)
        self.date = self._cell("d", _DATE_FORMAT, bold)

    def _cell(self, data_type: str, number_format: str | None, bold: bool, quoted: bool = False) -> Cell:
        cell = Cell(self.ws, row=1, column=self.column)
        cell.data_type = data_type
        if number_format is not None:
            cell.number_format = number_format
        if bold:
            cell.font = _BOLD
        if quoted:
            cell.quotePrefix = True
        return cell

    def other(self, row: int, value: Any) -> Cell:
        """A value of a type the roster does not use (float, bool, time, ...): openpyxl's own typing."""
        cell = Cell(self.ws, row=row, column=self.column, value=value)
        if self.kind == "int" and cell.data_type == "n":
            cell.number_format = "#,##0"
        if self.bold:
            cell.font = _BOLD
        return cell


def _cells_as_given(cells: list[Cell], row_idx: int) -> list[Cell]:
    return cells


# _Sheet replaces this method on each sheet. Were it renamed by an openpyxl upgrade, the replacement
# would silently not apply and openpyxl would number our cells by list position, shifting every
# value after an empty cell into the wrong column: better not to start.
if not callable(getattr(WriteOnlyWorksheet, "_values_to_row", None)):
    raise ImportError(
        "openpyxl's WriteOnlyWorksheet._values_to_row is gone; see collabdesk.documents.roster_xlsx"
    )


class _Sheet:
    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        kinds: Sequence[str],
        widths: Sequence[float],
        column_styles: bool = False,
        has_header: bool = True,
    ):
        self.ws = ws
        self.row = 0
        self.columns = len(kinds)
        for index, (kind, width) in enumerate(zip(kinds, widths, strict=True), 1):
            dimension = ws.column_dimensions[get_column_letter(index)]
            dimension.width = width
            number_format = _NUMBER_FORMATS[kind]
            if column_styles and number_format is not None:
                dimension.number_format = number_format
        if has_header:
            ws.freeze_panes = "A2"
        # WriteOnlyWorksheet.append() would re-type every value through Cell.value (and, for a value
        # that is a styled cell, build another cell after an exception); that costs more than all our
        # typing together. Rows here are already lists of typed cells, so the sheet takes them as is.
        ws._values_to_row = _cells_as_given
        self.header_cells = [_ColumnCells(ws, index, "text", bold=True) for index in range(1, len(kinds) + 1)]
        self.cells = [_ColumnCells(ws, index, kind) for index, kind in enumerate(kinds, 1)]

    def header(self, labels: Sequence[Any]) -> None:
        self._write(self.header_cells, labels)

    def append(self, values: Sequence[Any]) -> None:
        self._write(self.cells, values)

    def finish(self) -> None:
        last = get_column_letter(max(self.columns, 1))
        self.ws.auto_filter.ref = f"A1:{last}{max(self.row, 1)}"

    def _write(self, columns: list[_ColumnCells], values: Sequence[Any]) -> None:
        # The hot loop of every export: each branch is ordered by how often it is taken.
        self.row = row = self.row + 1
        cells: list[Cell] = []
        for column, value in zip(columns, values, strict=True):
            if value is None:
                continue
            kind = type(value)
            # A number in a code column stays a code; a str subclass (StrEnum) is written as its text.
            if kind is not str and ((kind is int and column.kind == "code") or isinstance(value, str)):
                value, kind = str(value), str
            if kind is str:
                if not value:
                    continue
                if len(value) > _MAX_CELL_TEXT or ILLEGAL_CHARACTERS_RE.search(value):
                    value = _clean(value)
                cell = column.quoted if value.startswith(_FORMULA_PREFIXES) else column.text
            elif kind is int:
                cell = column.number
            elif kind is dt.date:
                cell = column.date
            elif kind is dt.datetime and (column.kind == "date" or value.time() == _MIDNIGHT):
                # Read from a spreadsheet, a date arrives as a datetime at midnight.
                cell = column.date
            else:
                cells.append(column.other(row, value))
                continue
            cell.row = row
            cell._value = value
            cells.append(cell)
        self.ws.append(cells)


class _AtomicWorkbook:
    """A write-only workbook saved to a temporary file next to `path`, which then replaces `path`.

    The temporary file is created first, so a missing folder or one without write permission is
    reported before any row is written. On any exception (Cancelled included) the temporary files are
    removed and `path` is left as it was; an OSError becomes a UserError naming the file.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.wb = Workbook(write_only=True)
        self.sheets: list[_Sheet] = []
        self.fd: int | None = None
        self.temp: str | None = None

    def sheet(
        self,
        title: str,
        kinds: Sequence[str],
        widths: Sequence[float],
        column_styles: bool = False,
        has_header: bool = True,
    ) -> _Sheet:
        sheet = _Sheet(self.wb.create_sheet(title), kinds, widths, column_styles, has_header)
        self.sheets.append(sheet)
        return sheet

    def __enter__(self) -> _AtomicWorkbook:
        try:
            self.fd, self.temp = create_temp_beside(self.path)
        except OSError as exc:
            raise cannot_save(self.path, exc, _OPENED_IN) from exc
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            try:
                with os.fdopen(self._take_fd(), "wb") as out:
                    self.wb.save(out)
                os.replace(self._require_temp(), self.path)
                self.temp = None
            except OSError as error:
                self._discard()
                raise cannot_save(self.path, error, _OPENED_IN) from error
            except BaseException:
                self._discard()
                raise
            return
        self._discard()
        if isinstance(exc, OSError):
            raise cannot_save(self.path, exc, _OPENED_IN) from exc

    def _take_fd(self) -> int:
        fd, self.fd = self.fd, None
        assert fd is not None
        return fd

    def _require_temp(self) -> str:
        assert self.temp is not None
        return self.temp

    def _discard(self) -> None:
        # Best effort after the error that matters has been raised: a failure here must not hide it.
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._take_fd())
        if self.temp is not None:
            with contextlib.suppress(OSError):
                os.remove(self.temp)
            self.temp = None
        for sheet in self.sheets:
            _discard_stream(sheet.ws)


def _discard_stream(ws: WriteOnlyWorksheet) -> None:
    """Delete the rows openpyxl streamed to the system temp folder for a sheet that will not be saved.

    openpyxl removes that file only when the workbook is saved or the program exits; an office that
    cancels a few exports a day would otherwise collect them until 종료.
    """
    writer = ws._writer
    if writer is None:
        return
    with contextlib.suppress(Exception):
        if not ws.closed:
            ws.close()  # closes the stream; Windows cannot delete a file that is still open
    with contextlib.suppress(Exception):
        writer.cleanup()


def _clean(text: str) -> str:
    # Control characters cannot be stored in an .xlsx at all; dropping them keeps the rest of a note
    # pasted from elsewhere instead of failing the whole export.
    return ILLEGAL_CHARACTERS_RE.sub("", text[:_MAX_CELL_TEXT])


def _display_width(text: str) -> int:
    # Hangul and other wide characters take two character units in Excel's column width.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _longest(values: Iterable[Any]) -> float:
    return float(max((_display_width(str(v)) for v in values if v is not None), default=0))

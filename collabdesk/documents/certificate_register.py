"""The certificate register (발급대장): every issue, revocation and reissue in register order, as an .xlsx
the office can sort and filter, and as an A4 landscape PDF to print and file.

In the workbook the register is one sheet with a header row (frozen, with an autofilter), dates as date
cells and every text as text, even one that starts like a formula. The PDF is a bordered table whose
header is printed again on every page, with the result of the chain check under the title and pages
numbered "n / m" (see collabdesk.documents.pdf_common). Both files replace their path only once
complete. No Qt here; the certificates service fills RegisterRow.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from collabdesk.documents.files import write_atomically
from collabdesk.documents.pdf_common import (
    MARGIN_X,
    Styles,
    bordered,
    date_text,
    document_styles,
    label_cell,
    markup,
    pdf_bytes,
    render,
    write_pdf,
)

__all__ = [
    "REGISTER_HEADER",
    "RegisterRow",
    "register_pdf_bytes",
    "write_register_pdf",
    "write_register_xlsx",
]

VALID, REVOKED, REPLACED = "유효", "취소", "재발급됨"

REGISTER_HEADER = (
    "순번",
    "번호",
    "종류",
    "업체명",
    "사업자등록번호",
    "과제명",
    "역할",
    "발급일",
    "발급자",
    "상태",
    "취소일",
    "사유",
    "대체한 번호",
    "재발급 번호",
    "재발급일",
    "확인코드",
    "내용 해시",
)
_WIDTHS = (7, 17, 12, 28, 15, 30, 14, 12, 10, 9, 12, 24, 17, 17, 12, 12, 66)

_XLSX_OPENED_IN = "다른 프로그램(엑셀 등)"
_TOO_LONG = "사유 같은 긴 글을 줄여 주십시오."
_HASH_SHOWN = 12  # hex digits of the content hash printed in the PDF; the workbook holds all of them

_REVOKED_TEXT = "#b42318"
_REPLACED_TEXT = "#666666"
_SECOND_TEXT = "#555555"
_REVOKED_FILL = colors.HexColor("#fdecea")


@dataclass(frozen=True)
class RegisterRow:
    seq: int  # register entry order
    number: str
    kind: str  # the certificate kind's name
    company: str
    business_number: str
    project: str  # "" when none
    role: str
    issue_date: dt.date
    issued_by: str
    status: str  # "유효" / "취소" / "재발급됨"
    revoked_on: dt.date | None
    reason: str
    replaces: str  # the number this one replaces, "" if none
    replaced_by: str  # "" if none
    verification_code: str
    content_hash: str  # hex
    replaced_on: dt.date | None = None  # the issue date of `replaced_by`
    replaced_reason: str = ""  # the reason given for that reissue (on its own row in the register)


# --- Excel ----------------------------------------------------------------------------------------

_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E2E6EA")
_WRAP = Alignment(wrap_text=True, vertical="top")
_FORMULA_PREFIXES = ("=", "+", "-", "@")
_DATE_FORMAT = "yyyy-mm-dd"
_MAX_CELL_TEXT = 32767  # Excel's limit
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def write_register_xlsx(rows: Sequence[RegisterRow], out: Path, *, title: str) -> None:
    """Write the register as an .xlsx at `out`: one sheet named after `title`, a row per entry."""
    book = Workbook()
    ws = book.active
    assert isinstance(ws, Worksheet)
    ws.title = _sheet_name(title)
    book.properties.title = title
    book.properties.creator = "CollabDesk"
    for column, text in enumerate(REGISTER_HEADER, 1):
        cell = _put(ws, 1, column, text)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
    for number, row in enumerate(rows, 2):
        values: list[Any] = [
            row.seq,
            row.number,
            row.kind,
            row.company,
            row.business_number,
            row.project,
            row.role,
            row.issue_date,
            row.issued_by,
            row.status,
            row.revoked_on,
            row.reason,
            row.replaces,
            row.replaced_by,
            row.replaced_on,
            row.verification_code,
            row.content_hash,
        ]
        for column, value in enumerate(values, 1):
            cell = _put(ws, number, column, value)
            if column in (4, 6, 12):
                cell.alignment = _WRAP
    last = len(rows) + 1
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(REGISTER_HEADER))}{last}"
    for column, width in enumerate(_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(column)].width = width
    # Printed from Excel: landscape, as wide as the page, the header on every page.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    write_atomically(Path(out), book.save, _XLSX_OPENED_IN)


def _sheet_name(title: str) -> str:
    name = _SHEET_NAME_BAD.sub(" ", title).strip().strip("'")[:31].strip()
    return name or "발급대장"


def _put(ws: Worksheet, row: int, column: int, value: Any) -> Any:
    """One typed cell: dates as dates, numbers as numbers, text as text even when it starts like a
    formula; None leaves the cell empty."""
    cell = ws.cell(row=row, column=column)
    if value is None or isinstance(value, int):
        cell.value = value
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = _DATE_FORMAT
    else:
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value)[:_MAX_CELL_TEXT])
        cell.value = text
        if text.startswith(_FORMULA_PREFIXES):
            # A company name or reason must not run as a formula in the office's Excel.
            cell.data_type = "s"
            cell.quotePrefix = True
    return cell


# --- PDF ------------------------------------------------------------------------------------------

PAGE = landscape(A4)
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN_X  # 257 mm


def write_register_pdf(
    rows: Sequence[RegisterRow], out: Path | BinaryIO, *, title: str, chain_note: str
) -> None:
    """The register as an A4 landscape PDF at `out` (replaced only once complete) or into an open
    binary file; `chain_note` is printed under the title ("대장 검사: 이상 없음 (…)")."""
    if isinstance(out, str | os.PathLike):
        write_pdf(out, lambda file, name: _build(file, rows, title, chain_note, name))
    else:
        _build(out, rows, title, chain_note, "발급대장.pdf")


def register_pdf_bytes(rows: Sequence[RegisterRow], *, title: str, chain_note: str) -> bytes:
    """The same PDF in memory, for the preview and printing."""
    return pdf_bytes(lambda file, name: _build(file, rows, title, chain_note, name), f"{title}.pdf")


def _build(
    out: BinaryIO,
    rows: Sequence[RegisterRow],
    title: str,
    chain_note: str,
    path: str | os.PathLike[str],
) -> None:
    styles = document_styles()
    story: list[Flowable] = [
        Paragraph(markup(title), styles.title),
        Paragraph(markup(chain_note), styles.subtitle),
        Paragraph(_tally(rows), styles.caption),
        _table(rows, styles),
    ]
    footer = f"출력일 {date_text(dt.date.today())}"
    render(out, story, path, title, "발급대장", footer=footer, too_long=_TOO_LONG, pagesize=PAGE)


def _tally(rows: Sequence[RegisterRow]) -> str:
    counts = Counter(row.status for row in rows)
    parts = [f"{status} {counts[status]:,}" for status in (VALID, REVOKED, REPLACED) if counts[status]]
    parts += [
        f"{markup(status)} {n:,}" for status, n in counts.items() if status not in (VALID, REVOKED, REPLACED)
    ]
    return f"총 {len(rows):,}건" + (f" · {' · '.join(parts)}" if parts else "")


def _table(rows: Sequence[RegisterRow], styles: Styles) -> Flowable:
    header = (
        "순번",
        "번호",
        "종류",
        "업체명 · 사업자등록번호",
        "과제명 · 역할",
        "발급일 · 발급자",
        "상태",
        "비고",
        "확인코드 · 해시",
    )
    table_rows: list[list[Any]] = [[label_cell(text, styles) for text in header]]
    extra: list[tuple[Any, ...]] = []
    for row in rows:
        company = markup(row.company) + _second_line(row.business_number)
        project = (markup(row.project) if row.project.strip() else "—") + _second_line(row.role)
        code = markup(row.verification_code) + _second_line(row.content_hash[:_HASH_SHOWN], size=7)
        table_rows.append(
            [
                Paragraph(f"{row.seq:,}", styles.cell_center),
                Paragraph(markup(row.number), styles.cell_center),
                Paragraph(markup(row.kind), styles.cell_center),
                Paragraph(company, styles.cell),
                Paragraph(project, styles.cell),
                Paragraph(f"{date_text(row.issue_date)}{_second_line(row.issued_by)}", styles.cell_center),
                Paragraph(_status(row), styles.cell_center),
                Paragraph(_note(row), styles.cell),
                Paragraph(code, styles.cell_center),
            ]
        )
        if row.status == REVOKED:
            line = len(table_rows) - 1
            extra.append(("BACKGROUND", (0, line), (-1, line), _REVOKED_FILL))
    if not rows:
        table_rows.append([Paragraph("발급 기록이 없습니다.", styles.cell_center), *[""] * (len(header) - 1)])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    widths = [w * mm for w in (10, 29, 19, 38, 53, 24, 21, 38, 25)]
    assert abs(sum(widths) - CONTENT_WIDTH) < 0.01, "the table is as wide as the text"
    return bordered(table_rows, widths, header=True, extra=extra)


def _second_line(text: str, size: int = 8) -> str:
    """A smaller grey line under a cell's main text (the 사업자등록번호 under the company); none for ""."""
    if not text.strip():
        return ""
    return f'<br/><font size="{size}" color="{_SECOND_TEXT}">{markup(text)}</font>'


def _status(row: RegisterRow) -> str:
    status = markup(row.status)
    if row.status == REVOKED:
        when = f"<br/>{date_text(row.revoked_on)}" if row.revoked_on else ""
        return f'<font color="{_REVOKED_TEXT}"><b>{status}</b>{when}</font>'
    if row.status == REPLACED:
        return f'<font color="{_REPLACED_TEXT}">{status}</font>'
    return status


def _note(row: RegisterRow) -> str:
    lines = []
    if row.reason.strip():
        lines.append(f"사유: {markup(row.reason)}")
    if row.replaces:
        lines.append(f"{markup(row.replaces)} 대체")
    if row.replaced_by:
        when = f" ({date_text(row.replaced_on)})" if row.replaced_on else ""
        lines.append(f"→ {markup(row.replaced_by)}로 재발급{when}")
    return "<br/>".join(lines)

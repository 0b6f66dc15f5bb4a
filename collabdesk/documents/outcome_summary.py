"""The yearly outcome summary ("2026년 협업 성과"), for all groups or one: how many projects ran in the
year, the year's outcomes by kind with their amounts per currency, and each project's outcomes.

As an A4 PDF (written like the 컨소시엄 현황, see collabdesk.documents.pdf_common) and as an .xlsx with
two sheets: "요약" and "성과 목록", one row per outcome. In the workbook counts and amounts are number
cells shown with thousands separators and dates are date cells, so that the office can sum and filter
them; user text never becomes a formula. Both files replace their path only once complete.

No Qt here; the project reports service fills the dataclasses below.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from collabdesk.documents.files import write_atomically
from collabdesk.documents.pdf_common import (
    LABEL_FILL,
    SECTION_START,
    Styles,
    bordered,
    column_widths,
    date_text,
    document_styles,
    label_cell,
    markup,
    pdf_bytes,
    render,
    section,
    write_pdf,
)
from collabdesk.documents.project_pdf import OutcomeLine, outcome_table
from collabdesk.formatting import figure

__all__ = [
    "KindTotal",
    "OutcomeSummaryReport",
    "ProjectOutcomes",
    "outcome_summary_bytes",
    "write_outcome_summary_pdf",
    "write_outcome_summary_xlsx",
]

ALL_GROUPS = "전체"
SUMMARY_SHEET = "요약"
LIST_SHEET = "성과 목록"
LIST_HEADER = ("과제명", "성과 종류", "일자", "통화", "금액", "내용", "참여 기업")

_XLSX_OPENED_IN = "다른 프로그램(엑셀 등)"
_TOO_LONG = "성과 내용 같은 긴 글을 줄여 주십시오."


@dataclass(frozen=True)
class KindTotal:
    """The year's outcomes of one kind: how many, and their amounts summed per currency."""

    kind: str
    count: int
    amounts: Mapping[str, Decimal] = field(default_factory=dict)  # currency → sum


@dataclass(frozen=True)
class ProjectOutcomes:
    project: str
    outcomes: Sequence[OutcomeLine]


@dataclass(frozen=True)
class OutcomeSummaryReport:
    year: int
    scope: str = ""  # the group's full name; "" for all groups
    projects: int = 0  # projects running at some time in the year
    kinds: Sequence[KindTotal] = ()  # in the order to print
    by_project: Sequence[ProjectOutcomes] = ()
    printed_on: dt.date = field(default_factory=dt.date.today)

    @property
    def title(self) -> str:
        return f"{self.year}년 협업 성과"

    @property
    def count(self) -> int:
        return sum(kind.count for kind in self.kinds)

    @property
    def currencies(self) -> list[str]:
        """The currencies with amounts, won first."""
        found = {currency for kind in self.kinds for currency in kind.amounts}
        return sorted(found, key=lambda currency: (currency != "KRW", currency))

    def total(self, currency: str) -> Decimal:
        return sum((kind.amounts.get(currency, Decimal(0)) for kind in self.kinds), Decimal(0))


# --- PDF ------------------------------------------------------------------------------------------


def write_outcome_summary_pdf(path: str | os.PathLike[str], doc: OutcomeSummaryReport) -> None:
    """Write the summary as an A4 PDF at `path`; an OSError becomes a UserError naming the file."""
    write_pdf(path, lambda out, name: _build_pdf(out, doc, name))


def outcome_summary_bytes(doc: OutcomeSummaryReport) -> bytes:
    """The same PDF in memory, for print preview and printing."""
    return pdf_bytes(lambda out, name: _build_pdf(out, doc, name), f"{doc.title}.pdf")


def _build_pdf(out: BinaryIO, doc: OutcomeSummaryReport, path: str | os.PathLike[str]) -> None:
    styles = document_styles()
    story: list[Flowable] = [
        Paragraph(markup(doc.title), styles.title),
        Paragraph(f"연도별 협업 성과 요약 · {markup(doc.scope or ALL_GROUPS)}", styles.subtitle),
        _figures(doc, styles),
    ]
    story += section("성과 종류별 건수와 금액", _kind_table(doc, styles), styles, "등록된 성과가 없습니다.")
    story += section("과제별 성과", _project_lists(doc, styles), styles, "등록된 성과가 없습니다.")
    footer = f"출력일 {date_text(doc.printed_on)}"
    render(out, story, path, doc.title, doc.scope or ALL_GROUPS, footer=footer, too_long=_TOO_LONG)


def _figures(doc: OutcomeSummaryReport, styles: Styles) -> Flowable:
    rows = [
        [
            label_cell("대상", styles),
            Paragraph(markup(doc.scope or ALL_GROUPS), styles.cell),
            label_cell("연도", styles),
            Paragraph(f"{doc.year}년", styles.cell),
        ],
        [
            label_cell("진행 과제", styles),
            Paragraph(f"{doc.projects:,}건", styles.cell),
            label_cell("성과", styles),
            Paragraph(f"{doc.count:,}건", styles.cell),
        ],
    ]
    extra = [("BACKGROUND", (2, 0), (2, -1), LABEL_FILL)]
    return bordered(rows, column_widths(24, 61, 24, 61), label_columns=(0,), extra=extra)


def _amount_label(currency: str) -> str:
    return "금액(원)" if currency == "KRW" else f"금액({currency})"


def _kind_table(doc: OutcomeSummaryReport, styles: Styles) -> list[Flowable]:
    if not doc.kinds:
        return []
    currencies = doc.currencies
    header = ["성과 종류", "건수", *(_amount_label(c) for c in currencies)]
    rows: list[list[Any]] = [[label_cell(text, styles) for text in header]]
    for kind in doc.kinds:
        # The column header names the currency; the cells show the figures alone.
        amounts = [kind.amounts.get(c) for c in currencies]
        rows.append(
            [
                Paragraph(markup(kind.kind), styles.cell),
                Paragraph(f"{kind.count:,}", styles.cell_right),
                *(Paragraph(figure(a) if a is not None else "", styles.cell_right) for a in amounts),
            ]
        )
    rows.append(
        [
            label_cell("합계", styles),
            Paragraph(f"<b>{doc.count:,}</b>", styles.cell_right),
            *(Paragraph(f"<b>{figure(doc.total(c))}</b>", styles.cell_right) for c in currencies),
        ]
    )
    # An amount column is wide enough for a billion won; the five currencies the program knows fit
    # side by side, and the kind column takes what is left.
    amount_width = min(34.0, 110 / max(len(currencies), 1))
    kind_width = 170 - 20 - amount_width * len(currencies)
    widths = column_widths(kind_width, 20, *([amount_width] * len(currencies)))
    extra = [("BACKGROUND", (0, -1), (-1, -1), LABEL_FILL)]
    return [bordered(rows, widths, header=True, extra=extra)]


def _project_lists(doc: OutcomeSummaryReport, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = []
    for number, group in enumerate(doc.by_project, 1):
        title = Paragraph(f"{number}. {markup(group.project)} ({len(group.outcomes)}건)", styles.item)
        table, *rest = outcome_table(group.outcomes, styles)
        # The project's name stays with the start of its table.
        flowables += [CondPageBreak(SECTION_START), KeepTogether([title]), table, *rest]
    return flowables


# --- Excel ----------------------------------------------------------------------------------------

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_HEADER_FILL = PatternFill("solid", fgColor="E2E6EA")
_WRAP = Alignment(wrap_text=True, vertical="top")
_FORMULA_PREFIXES = ("=", "+", "-", "@")
_DATE_FORMAT = "yyyy-mm-dd"
_MAX_CELL_TEXT = 32767  # Excel's limit; longer text makes Excel report the file as damaged


def write_outcome_summary_xlsx(path: str | os.PathLike[str], doc: OutcomeSummaryReport) -> None:
    """Write the summary as an .xlsx at `path` (sheets 요약 and 성과 목록)."""
    book = Workbook()
    first = book.active
    assert isinstance(first, Worksheet)
    _summary_sheet(first, doc)
    _list_sheet(book.create_sheet(LIST_SHEET), doc)
    write_atomically(Path(path), book.save, _XLSX_OPENED_IN)


def _summary_sheet(ws: Worksheet, doc: OutcomeSummaryReport) -> None:
    ws.title = SUMMARY_SHEET
    _put(ws, 1, 1, doc.title, font=_TITLE)
    facts: list[tuple[str, Any]] = [
        ("대상", doc.scope or ALL_GROUPS),
        ("진행 과제 수", doc.projects),
        ("성과 건수", doc.count),
        ("출력일", doc.printed_on),
    ]
    for row, (name, value) in enumerate(facts, 3):
        _put(ws, row, 1, name, font=_BOLD)
        _put(ws, row, 2, value)
    currencies = doc.currencies
    top = 3 + len(facts) + 1
    _header(ws, top, ["성과 종류", "건수", *(_amount_label(c) for c in currencies)])
    for row, kind in enumerate(doc.kinds, top + 1):
        _put(ws, row, 1, kind.kind)
        _put(ws, row, 2, kind.count)
        for column, currency in enumerate(currencies, 3):
            _put(ws, row, column, kind.amounts.get(currency))
    total = top + len(doc.kinds) + 1
    _put(ws, total, 1, "합계", font=_BOLD)
    _put(ws, total, 2, doc.count, font=_BOLD)
    for column, currency in enumerate(currencies, 3):
        _put(ws, total, column, doc.total(currency), font=_BOLD)
    _widths(ws, [18, 12, *([18] * len(currencies))])


def _list_sheet(ws: Worksheet, doc: OutcomeSummaryReport) -> None:
    _header(ws, 1, list(LIST_HEADER))
    row = 1
    for group in doc.by_project:
        for outcome in group.outcomes:
            row += 1
            values = [
                group.project,
                outcome.kind,
                outcome.occurred_on,
                outcome.currency if outcome.amount is not None else None,
                outcome.amount,
                outcome.description,
                ", ".join(outcome.participants),
            ]
            for column, value in enumerate(values, 1):
                _put(ws, row, column, value, wrap=column in (1, 6, 7))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(LIST_HEADER))}{row}"
    _widths(ws, [30, 12, 12, 7, 18, 40, 30])


def _header(ws: Worksheet, row: int, labels: Sequence[str]) -> None:
    for column, text in enumerate(labels, 1):
        cell = _put(ws, row, column, text, font=_BOLD)
        cell.fill = _HEADER_FILL


def _widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for column, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(column)].width = width


def _put(
    ws: Worksheet, row: int, column: int, value: Any, *, font: Font | None = None, wrap: bool = False
) -> Any:
    """One typed cell: amounts and counts as numbers with thousands separators, dates as dates, text
    as text even when it starts like a formula; None leaves the cell empty."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, Decimal):
        # Whole amounts as integers: a reader gets 1200000, not 1200000.0.
        whole = value == value.to_integral_value()
        cell.value = int(value) if whole else float(value)
        cell.number_format = "#,##0" if whole else "#,##0.00"
    elif isinstance(value, bool) or value is None:
        cell.value = value
    elif isinstance(value, int):
        cell.value = value
        cell.number_format = "#,##0"
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = _DATE_FORMAT
    else:
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value)[:_MAX_CELL_TEXT])
        cell.value = text
        if text.startswith(_FORMULA_PREFIXES):
            # A company name or note must not run as a formula in the office's Excel.
            cell.data_type = "s"
            cell.quotePrefix = True
    if font is not None:
        cell.font = font
    if wrap:
        cell.alignment = _WRAP
    return cell

"""The annual report as an .xlsx workbook, with the tables of the PDF (collabdesk.documents.annual_report)
on six sheets: 요약, 회원 현황, 회의, 협업 컨소시엄, 증명서, 분쟁조정.

Every sheet starts with the title, the 기준일 and the scope, then its tables with bold Korean headers;
the first table's header is frozen. Counts and amounts are number cells shown as #,##0, shares and
rates are fractions shown as 0.0%, averages 0.0, so that the office can compute with them; names never
become formulas. The 회원 현황 sheet carries a bar chart of members by 업종. The file replaces its
path only once complete. For a group whose mediation figures had to be the whole federation's (the
records were locked) the 분쟁조정 sheet says so above its tables and the 요약 rows are marked. No Qt
here.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from collabdesk.documents.annual_report import (
    MONTHS,
    WHOLE_FEDERATION,
    currencies,
    report_title,
    scope_line,
    summary_sentences,
)
from collabdesk.documents.files import write_atomically
from collabdesk.documents.pdf_common import date_text
from collabdesk.services.annual_types import AnnualFigures

__all__ = ["SHEETS", "write_annual_report_xlsx"]

SUMMARY, MEMBERS, MEETINGS, PROJECTS, CERTIFICATES, DISPUTES = (
    "요약",
    "회원 현황",
    "회의",
    "협업 컨소시엄",
    "증명서",
    "분쟁조정",
)
SHEETS = (SUMMARY, MEMBERS, MEETINGS, PROJECTS, CERTIFICATES, DISPUTES)
FIRST_TABLE_ROW = 5  # the header row of each sheet's first table, under the title lines

COUNT, AMOUNT, PERCENT, DECIMAL = "#,##0", "#,##0", "0.0%", "#,##0.0"

_OPENED_IN = "다른 프로그램(엑셀 등)"
_TITLE = Font(bold=True, size=14)
_BOLD = Font(bold=True)
_MUTED = Font(color="555555")
_HEADER_FILL = PatternFill("solid", fgColor="E2E6EA")
_TOTAL_FILL = PatternFill("solid", fgColor="EEEEEE")
_FORMULA_PREFIXES = ("=", "+", "-", "@")
_MIN_WIDTH, _MAX_WIDTH = 8.0, 50.0


def write_annual_report_xlsx(
    path: str | os.PathLike[str], figures: AnnualFigures, organisation: str = ""
) -> None:
    """Write the report as an .xlsx at `path`; an OSError becomes a UserError naming the file."""
    book = Workbook()
    first = book.active
    assert isinstance(first, Worksheet)
    first.title = SUMMARY
    for name in SHEETS[1:]:
        book.create_sheet(name)
    _Sheet(book[SUMMARY], figures, organisation).summary()
    _Sheet(book[MEMBERS], figures, organisation).members()
    _Sheet(book[MEETINGS], figures, organisation).meetings()
    _Sheet(book[PROJECTS], figures, organisation).projects()
    _Sheet(book[CERTIFICATES], figures, organisation).certificates()
    _Sheet(book[DISPUTES], figures, organisation).disputes()
    write_atomically(Path(path), book.save, _OPENED_IN)


class _Sheet:
    """Writes one sheet from the top down: the title lines, then tables one under another."""

    def __init__(self, ws: Worksheet, figures: AnnualFigures, organisation: str):
        self.ws = ws
        self.figures = figures
        self.row = FIRST_TABLE_ROW
        # Cells whose text sizes the columns (the title lines span several columns and do not).
        self._measured: list[Cell] = []
        _put(ws, 1, 1, report_title(figures), font=_TITLE)
        _put(ws, 2, 1, f"기준일 {date_text(figures.base_date)}")
        scope = scope_line(figures)
        _put(ws, 3, 1, f"{organisation.strip()} · {scope}" if organisation.strip() else scope, font=_MUTED)
        ws.freeze_panes = f"A{FIRST_TABLE_ROW + 1}"

    # --- building blocks ----------------------------------------------------------------------

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        formats: Sequence[str | None],
        total: Sequence[Any] | None = None,
    ) -> tuple[int, int]:
        """A header row, the rows and an optional bold 합계 row; a blank row after it. Returns the
        first and last data row (without the total)."""
        for column, text in enumerate(header, 1):
            cell = _put(self.ws, self.row, column, text, font=_BOLD)
            cell.fill = _HEADER_FILL
            self._measured.append(cell)
        first = self.row + 1
        for values in rows:
            self.row += 1
            self._line(values, formats)
        last = self.row
        if total is not None:
            self.row += 1
            for cell in self._line(total, formats):
                cell.font = _BOLD
                cell.fill = _TOTAL_FILL
        self.row += 2
        return first, last

    def _line(self, values: Sequence[Any], formats: Sequence[str | None]) -> list[Cell]:
        cells = []
        for column, (value, number_format) in enumerate(zip(values, formats, strict=True), 1):
            cell = _put(self.ws, self.row, column, value, number_format)
            self._measured.append(cell)
            cells.append(cell)
        return cells

    def fit(self) -> None:
        widths: dict[int, float] = {}
        for cell in self._measured:
            widths[cell.column] = max(widths.get(cell.column, 0.0), _display_width(cell))
        for column, width in widths.items():
            letter = get_column_letter(column)
            self.ws.column_dimensions[letter].width = min(max(width + 3, _MIN_WIDTH), _MAX_WIDTH)

    # --- the sheets ---------------------------------------------------------------------------

    def summary(self) -> None:
        f = self.figures
        m, mt, p, c, d = f.members, f.meetings, f.projects, f.certificates, f.disputes
        whole = " (연합회 전체)" if d.whole_federation else ""
        rows: list[tuple[str, Any, str | None]] = [
            ("회원사 수", m.total, COUNT),
            ("매출액 합계(원)", m.sales, AMOUNT),
            ("종업원수 합계(명)", m.employees, COUNT),
            ("신규 가입", m.joined, COUNT),
            ("탈퇴", m.left, COUNT),
            ("회의·행사 수", mt.total, COUNT),
            ("평균 출석(개사)", mt.average_attendance, DECIMAL),
            ("출석률", mt.attendance_rate, PERCENT),
            ("진행 과제", p.active, COUNT),
            ("성과 건수", sum(line.count for line in p.outcomes), COUNT),
            ("협업인증서 발급", c.issued, COUNT),
            ("협업인증서 취소", c.revoked, COUNT),
            (f"분쟁조정 접수{whole}", d.received, COUNT),
            (f"분쟁조정 종결{whole}", d.closed, COUNT),
        ]
        self.table(["항목", "값"], [(label, value) for label, value, _ in rows], [None, None])
        # Each value has its own format: set them after the fact.
        for offset, (_, _, number_format) in enumerate(rows, FIRST_TABLE_ROW + 1):
            if number_format is not None:
                self.ws.cell(offset, 2).number_format = number_format
        _put(self.ws, self.row, 1, "요약", font=_BOLD)
        for sentence in summary_sentences(f):
            self.row += 1
            _put(self.ws, self.row, 1, sentence)
        self.fit()

    def members(self) -> None:
        m = self.figures.members
        rows = [
            (line.label, line.count, line.count / m.total if m.total else None, line.sales, line.employees)
            for line in m.by_industry
        ]
        total = ("합계", m.total, 1.0 if m.total else None, m.sales, m.employees)
        formats = (None, COUNT, PERCENT, AMOUNT, COUNT)
        header = ("업종", "회원사 수", "비율", "매출액(원)", "종업원수(명)")
        first, last = self.table(header, rows, formats, total)
        self.table(("연중 변동", "회원사 수"), [("신규 가입", m.joined), ("탈퇴", m.left)], (None, COUNT))
        self.fit()
        if rows and m.total:
            self._industry_chart(first, last)

    def _industry_chart(self, first: int, last: int) -> None:
        chart = BarChart()
        chart.type = "bar"  # horizontal bars: long 업종 names stay readable
        chart.title = "업종별 회원사 수"
        chart.legend = None
        chart.y_axis.title = "회원사 수"
        chart.y_axis.majorGridlines = None
        # The first 업종 at the top, as in the table; the value axis then crosses at the last one, at
        # the bottom, where a reader expects it.
        chart.x_axis.scaling.orientation = "maxMin"
        chart.y_axis.crosses = "max"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        data = Reference(self.ws, min_col=2, min_row=first, max_row=last)
        labels = Reference(self.ws, min_col=1, min_row=first, max_row=last)
        chart.add_data(data, titles_from_data=False)
        chart.set_categories(labels)
        # The count alone at each bar (left unset, LibreOffice adds the series and category names).
        chart.dataLabels = DataLabelList(
            showVal=True, showCatName=False, showSerName=False, showLegendKey=False, showPercent=False
        )
        chart.height = max(7.5, 0.6 * (last - first + 1) + 2.5)  # cm
        chart.width = 16
        self.ws.add_chart(chart, f"G{FIRST_TABLE_ROW}")

    def meetings(self) -> None:
        mt = self.figures.meetings
        rows = [(k.kind, k.count, k.average_attendance, k.attendance_rate) for k in mt.by_kind]
        total = ("합계", mt.total, mt.average_attendance, mt.attendance_rate)
        header = ("종류", "회의 수", "평균 출석(개사)", "출석률")
        self.table(header, rows, (None, COUNT, DECIMAL, PERCENT), total)
        months = list(zip(MONTHS, mt.per_month, strict=False))
        self.table(("월", "회의 수"), months, (None, COUNT), ("합계", sum(mt.per_month)))
        self.fit()

    def projects(self) -> None:
        p = self.figures.projects
        outcomes = sum(line.count for line in p.outcomes)
        facts = [("진행 과제", p.active), ("신규 착수", p.started), ("종료", p.finished), ("성과", outcomes)]
        self.table(("구분", "건수"), facts, (None, COUNT))
        stages = [(line.label, line.count) for line in p.by_stage]
        self.table(("단계", "과제 수"), stages, (None, COUNT), ("합계", p.active))
        found = currencies(p.outcomes)
        header = ["성과 종류", "건수", *(_amount_label(c) for c in found)]
        rows = [[line.kind, line.count, *(line.amounts.get(c) for c in found)] for line in p.outcomes]
        totals = [sum((line.amounts.get(c, Decimal(0)) for line in p.outcomes), Decimal(0)) for c in found]
        formats = [None, COUNT, *(_amount_format(c, p.outcomes) for c in found)]
        self.table(header, rows, formats, ["합계", outcomes, *totals])
        per_year = [(f"{year}년", count) for year, count in p.outcomes_per_year]
        self.table(("연도", "성과 건수"), per_year, (None, COUNT))
        self.fit()

    def certificates(self) -> None:
        c = self.figures.certificates
        rows = [(kind, issued, revoked) for kind, issued, revoked in c.by_kind]
        self.table(("종류", "발급", "취소"), rows, (None, COUNT, COUNT), ("합계", c.issued, c.revoked))
        self.fit()

    def disputes(self) -> None:
        d = self.figures.disputes
        if d.whole_federation:  # in the blank row between the title lines and the first table
            _put(self.ws, FIRST_TABLE_ROW - 1, 1, WHOLE_FEDERATION, font=_BOLD)
        facts = [
            ("접수", d.received, COUNT),
            ("종결", d.closed, COUNT),
            (f"진행 중 ({date_text(self.figures.as_of)} 현재)", d.open_now, COUNT),
            ("처리 기한 지남", d.overdue_now, COUNT),
            ("처리 일수 중앙값(일)", d.median_days_to_close, DECIMAL),
        ]
        self.table(("항목", "건수·일수"), [(label, value) for label, value, _ in facts], (None, None))
        for offset, (_, _, number_format) in enumerate(facts, FIRST_TABLE_ROW + 1):
            self.ws.cell(offset, 2).number_format = number_format
        results = [(line.label, line.count) for line in d.by_result]
        self.table(("종결 결과", "건수"), results, (None, COUNT), ("합계", d.closed))
        self.fit()


def _amount_label(currency: str) -> str:
    return "금액(원)" if currency == "KRW" else f"금액({currency})"


def _amount_format(currency: str, outcomes: Sequence[Any]) -> str:
    """#,##0, or #,##0.00 when any amount in the currency has cents."""
    amounts = [line.amounts[currency] for line in outcomes if currency in line.amounts]
    whole = all(amount == amount.to_integral_value() for amount in amounts)
    return "#,##0" if whole else "#,##0.00"


def _put(
    ws: Worksheet,
    row: int,
    column: int,
    value: Any,
    number_format: str | None = None,
    *,
    font: Font | None = None,
) -> Cell:
    """One typed cell: numbers as numbers (whole amounts as integers), text as text even when it
    starts like a formula; None leaves the cell empty."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, Decimal):
        cell.value = int(value) if value == value.to_integral_value() else float(value)
    elif value is None or isinstance(value, int | float):
        cell.value = value
    else:
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        cell.value = text
        if text.startswith(_FORMULA_PREFIXES):
            # A 업종 or kind name must not run as a formula in the office's Excel.
            cell.data_type = "s"
            cell.quotePrefix = True
    if number_format is not None and cell.value is not None:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell


def _display_width(cell: Cell) -> float:
    """About how many character widths the cell shows: Hangul and other wide characters count two."""
    value = cell.value
    if value is None:
        return 0.0
    if isinstance(value, int | float):
        text = f"{value:,.1f}" if cell.number_format in (DECIMAL, PERCENT) else f"{value:,.0f}"
        if cell.number_format == PERCENT:
            text = f"{value * 100:.1f}%"
    else:
        text = str(value)
    return float(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))

"""The annual report ("2026년 사업실적 보고서") as an A4 PDF to hand out at a 총회: a summary box with
the sentences people quote, then 1. 회원 현황, 2. 회의 및 행사, 3. 협업 컨소시엄, 4. 협업인증서 and
5. 분쟁조정, each with its tables and, where a picture helps, a bar chart.

Written like the other CollabDesk PDFs (collabdesk.documents.pdf_common): NanumGothic embedded,
pages numbered "n / m" with the print date, the file replaced only once complete. The charts are
reportlab drawings in the same font, with the value printed on every bar; a chart with nothing to
show is replaced by a short "자료 없음" note, and the 업종 chart shows the 15 largest 업종 and one
"그 외 N개 업종" bar when there are more (the table above it lists them all). Mediation figures are
numbers only; for a group whose figures had to be the whole federation's (records locked) the
section and the summary say so.

Numbers are worded by collabdesk.formatting (half-up rounding, as on the 현황 tab). The title and the
summary sentences are shared with the workbook (collabdesk.documents.annual_report_xlsx). No Qt here;
the annual report service reads the figures.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from collabdesk.documents.pdf_common import (
    CONTENT_WIDTH,
    FONT,
    LABEL_FILL,
    LINE,
    MUTED,
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
    write_pdf,
)
from collabdesk.formatting import (
    NO_VALUE,
    approximate,
    money,
    one_decimal,
    percent,
    rate,
    rounded_won,
)
from collabdesk.services.annual_types import AnnualFigures, OutcomeLine

__all__ = [
    "CHART_BARS",
    "NO_DATA",
    "WHOLE_FEDERATION",
    "annual_report_bytes",
    "chart_bars",
    "currencies",
    "report_title",
    "scope_line",
    "summary_sentences",
    "write_annual_report_pdf",
]

NO_DATA = "자료 없음"
MONTHS = [f"{month}월" for month in range(1, 13)]
# The 업종 chart shows at most this many bars, the last of them "그 외 N개 업종" when there are more
# 업종 with members (a bar is 15 pt: 16 of them fit a page beside the section's other blocks).
CHART_BARS = 16
WHOLE_FEDERATION = "조정 암호가 입력되지 않아 분쟁조정은 이 그룹이 아닌 연합회 전체의 수치입니다."

_TOO_LONG = "업종이나 종류 이름 같은 긴 글을 줄여 주십시오."
_BAR = colors.HexColor("#4a6f8a")
_BOX_FILL = colors.HexColor("#f4f6f8")
_CHART_GRID = colors.HexColor("#d0d4d8")
_CHART_FONT_SIZE = 8


# --- words shared with the workbook ---------------------------------------------------------------


def report_title(figures: AnnualFigures) -> str:
    """The title: "2026년 사업실적 보고서", or "2026년 사업실적 보고서 — 1그룹" for one group (its own name)."""
    title = f"{figures.year}년 사업실적 보고서"
    if figures.group_id is not None and figures.group_label:
        title += f" — {figures.group_label.split('>')[-1].strip()}"
    return title


def scope_line(figures: AnnualFigures) -> str:
    """The scope line: "대상 전체" or "대상 연합회 > 1그룹"."""
    return f"대상 {figures.group_label}"


def summary_sentences(figures: AnnualFigures) -> list[str]:
    """The lines people quote: "회원사 784개사, 총매출 4조 1,230억원, 고용 1만 4천명", … The sum of
    sales reads as in the tables and on the 현황 tab (rounded_won)."""
    members, meetings = figures.members, figures.meetings
    projects, certificates, disputes = figures.projects, figures.certificates, figures.disputes
    meeting_line = f"회의·행사 {meetings.total:,}회"
    if meetings.average_attendance is not None:
        meeting_line += f" (평균 출석 {one_decimal(meetings.average_attendance, '개사')})"
    certificate_line = f"협업인증서 발급 {certificates.issued:,}건"
    if certificates.revoked:
        certificate_line += f" (취소 {certificates.revoked:,}건)"
    outcomes = sum(line.count for line in projects.outcomes)
    dispute_line = f"분쟁조정 접수 {disputes.received:,}건, 종결 {disputes.closed:,}건"
    if disputes.whole_federation:
        dispute_line += " (연합회 전체)"
    return [
        f"회원사 {members.total:,}개사, 총매출 {rounded_won(members.sales)}, "
        f"고용 {approximate(members.employees, '명')}",
        meeting_line,
        f"협업 과제 {projects.active:,}건 진행, 성과 {outcomes:,}건",
        certificate_line,
        dispute_line,
    ]


def chart_bars(counts: Sequence[tuple[str, int]], most: int = CHART_BARS) -> list[tuple[str, int]]:
    """The bars of the 업종 chart from (업종, members): those with members, in their order, when there
    are at most `most`; else the `most` - 1 largest (largest first, ties in the list's order) and one
    "그 외 N개 업종" bar with the members of the rest. A chart grows by 15 pt a bar and must fit a page."""
    bars = [(label, count) for label, count in counts if count]
    if len(bars) <= most:
        return bars
    ranked = sorted(bars, key=lambda bar: -bar[1])  # stable: ties keep the list's order
    shown, rest = ranked[: most - 1], ranked[most - 1 :]
    return [*shown, (f"그 외 {len(rest):,}개 업종", sum(count for _, count in rest))]


def currencies(outcomes: Sequence[OutcomeLine]) -> list[str]:
    """The currencies with amounts, won first."""
    found = {currency for line in outcomes for currency in line.amounts}
    return sorted(found, key=lambda currency: (currency != "KRW", currency))


# --- the PDF --------------------------------------------------------------------------------------


def write_annual_report_pdf(
    path: str | os.PathLike[str], figures: AnnualFigures, organisation: str = ""
) -> None:
    """Write the report as an A4 PDF at `path`; `organisation` (the certificate issuer, if set) is
    printed under the title. An OSError becomes a UserError naming the file."""
    write_pdf(path, lambda out, name: _build(out, figures, organisation, name))


def annual_report_bytes(figures: AnnualFigures, organisation: str = "") -> bytes:
    """The same PDF in memory, for print preview and printing."""
    return pdf_bytes(
        lambda out, name: _build(out, figures, organisation, name), f"{report_title(figures)}.pdf"
    )


def _build(out: BinaryIO, figures: AnnualFigures, organisation: str, path: str | os.PathLike[str]) -> None:
    styles = document_styles()
    story: list[Flowable] = [Paragraph(markup(report_title(figures)), styles.title)]
    under = [markup(organisation.strip())] if organisation.strip() else []
    if figures.group_id is not None:
        under.append(markup(figures.group_label))
    under.append(f"기준일 {date_text(figures.base_date)}")
    story.append(Paragraph("<br/>".join(under), styles.subtitle))
    story.append(_summary_box(figures, styles))
    story += _members(figures, styles)
    story += _meetings(figures, styles)
    story += _projects(figures, styles)
    story += _certificates(figures, styles)
    story += _disputes(figures, styles)
    story += _notes(figures, styles)
    footer = f"출력일 {date_text(figures.as_of)}"
    title = report_title(figures)
    render(out, story, path, title, figures.group_label, footer=footer, too_long=_TOO_LONG)


def _summary_box(figures: AnnualFigures, styles: Styles) -> Table:
    lines = "<br/>".join(f"· {markup(sentence)}" for sentence in summary_sentences(figures))
    rows = [
        [Paragraph("<b>요약</b>", styles.body)],
        [Paragraph(lines, styles.body)],
    ]
    extra = [
        ("BACKGROUND", (0, 0), (-1, -1), _BOX_FILL),
        ("INNERGRID", (0, 0), (-1, -1), 0, _BOX_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]
    return bordered(rows, column_widths(170), extra=extra)


# --- sections -------------------------------------------------------------------------------------


def _heading(title: str, styles: Styles) -> list[Flowable]:
    # Room for the heading and the start of what follows, else a new page: a heading never ends a page.
    return [CondPageBreak(SECTION_START), Paragraph(escape(title), styles.heading)]


def _block(title: str, content: Flowable, styles: Styles) -> Flowable:
    """A small sub-heading kept on the same page as its table or chart (both are short)."""
    return KeepTogether([Paragraph(escape(title), styles.item), content, Spacer(1, 2 * mm)])


def _header_row(labels: Sequence[str], styles: Styles) -> list[Any]:
    return [label_cell(text, styles) for text in labels]


def _right(text: str, styles: Styles, bold: bool = False) -> Paragraph:
    return Paragraph(f"<b>{text}</b>" if bold else text, styles.cell_right)


def _total_row_style() -> list[tuple[Any, ...]]:
    return [("BACKGROUND", (0, -1), (-1, -1), LABEL_FILL)]


def _facts(pairs: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """Label/value pairs, two to a row."""
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[start : start + 2]:
            row += [label_cell(label, styles), Paragraph(value, styles.cell)]
        row += [""] * (4 - len(row))
        rows.append(row)
    extra = [("BACKGROUND", (2, 0), (2, -1), LABEL_FILL)]
    return bordered(rows, column_widths(32, 53, 32, 53), label_columns=(0,), extra=extra)


def _members(figures: AnnualFigures, styles: Styles) -> list[Flowable]:
    members = figures.members
    story = _heading("1. 회원 현황", styles)
    story.append(
        _facts(
            [
                ("회원사", f"{members.total:,}개사"),
                ("매출액 합계", _won(members.sales)),
                ("신규 가입", f"{members.joined:,}개사"),
                ("종업원수 합계", f"{members.employees:,}명"),
                ("탈퇴", f"{members.left:,}개사"),
            ],
            styles,
        )
    )
    story.append(Spacer(1, 2 * mm))
    rows: list[list[Any]] = [_header_row(("업종", "회원사 수", "비율", "매출액", "종업원수"), styles)]
    for line in members.by_industry:
        rows.append(
            [
                Paragraph(markup(line.label), styles.cell),
                _right(f"{line.count:,}", styles),
                _right(percent(line.count, members.total), styles),
                _right(_won(line.sales), styles),
                _right(f"{line.employees:,}", styles),
            ]
        )
    rows.append(
        [
            label_cell("합계", styles),
            _right(f"{members.total:,}", styles, bold=True),
            _right("100.0%" if members.total else NO_VALUE, styles, bold=True),
            _right(_won(members.sales), styles, bold=True),
            _right(f"{members.employees:,}", styles, bold=True),
        ]
    )
    widths = column_widths(58, 24, 22, 38, 28)
    # A long 업종 list continues on the next page with its header repeated, not as one block.
    story += [
        Paragraph("업종별 회원사", styles.item),
        bordered(rows, widths, header=True, extra=_total_row_style()),
    ]
    story.append(Spacer(1, 2 * mm))
    counts = [(line.label, line.count) for line in members.by_industry]
    bars = chart_bars(counts)
    title = "업종별 회원사 수"
    if len(bars) < sum(1 for _, count in counts if count):
        title += f" (많은 순 {len(bars) - 1}개)"
    story.append(_block(title, _horizontal_chart(bars, "개사"), styles))
    return story


def _won(value: int) -> str:
    """A sum in a table cell as on the 현황 tab: "280억원", "3억 5,260만원", "4조 1,230억원"."""
    return rounded_won(value) if value else NO_VALUE


def _meetings(figures: AnnualFigures, styles: Styles) -> list[Flowable]:
    meetings = figures.meetings
    story = _heading("2. 회의 및 행사", styles)
    story.append(
        _facts(
            [
                ("회의·행사", f"{meetings.total:,}회"),
                ("평균 출석", one_decimal(meetings.average_attendance, "개사")),
                ("출석률", rate(meetings.attendance_rate)),
            ],
            styles,
        )
    )
    story.append(Spacer(1, 2 * mm))
    rows: list[list[Any]] = [_header_row(("종류", "회의 수", "평균 출석(개사)", "출석률"), styles)]
    # Only the kinds held: ten lines of "임시총회 0" would bury the two that matter (the workbook
    # lists them all).
    held = [line for line in meetings.by_kind if line.count]
    for line in held:
        rows.append(
            [
                Paragraph(markup(line.kind), styles.cell),
                _right(f"{line.count:,}", styles),
                _right(one_decimal(line.average_attendance), styles),
                _right(rate(line.attendance_rate), styles),
            ]
        )
    rows.append(
        [
            label_cell("합계", styles),
            _right(f"{meetings.total:,}", styles, bold=True),
            _right(one_decimal(meetings.average_attendance), styles, bold=True),
            _right(rate(meetings.attendance_rate), styles, bold=True),
        ]
    )
    table: Flowable = bordered(rows, column_widths(62, 32, 42, 34), header=True, extra=_total_row_style())
    story.append(_block("종류별 회의", table if held else _no_data(styles), styles))
    months = list(zip(MONTHS, meetings.per_month, strict=False))
    chart = _vertical_chart(months, "회") if any(meetings.per_month) else _no_data(styles)
    story.append(_block("월별 회의·행사 수", chart, styles))
    return story


def _projects(figures: AnnualFigures, styles: Styles) -> list[Flowable]:
    projects = figures.projects
    story = _heading("3. 협업 컨소시엄", styles)
    story.append(
        _facts(
            [
                ("진행 과제", f"{projects.active:,}건"),
                ("신규 착수", f"{projects.started:,}건"),
                ("종료", f"{projects.finished:,}건"),
                ("성과", f"{sum(line.count for line in projects.outcomes):,}건"),
            ],
            styles,
        )
    )
    story.append(Spacer(1, 2 * mm))
    rows: list[list[Any]] = [_header_row(("단계", "과제 수"), styles)]
    for line in projects.by_stage:
        rows.append([Paragraph(markup(line.label), styles.cell), _right(f"{line.count:,}", styles)])
    rows.append([label_cell("합계", styles), _right(f"{projects.active:,}", styles, bold=True)])
    table = bordered(rows, column_widths(120, 50), header=True, extra=_total_row_style())
    story.append(_block("진행 과제의 현재 단계", table, styles))
    story.append(_block("성과 종류별 건수와 금액", _outcome_table(projects.outcomes, styles), styles))
    per_year = [(f"{year}년", count) for year, count in projects.outcomes_per_year]
    chart = _vertical_chart(per_year, "건") if any(count for _, count in per_year) else _no_data(styles)
    story.append(_block("연도별 성과 건수", chart, styles))
    return story


def _outcome_table(outcomes: Sequence[OutcomeLine], styles: Styles) -> Flowable:
    if not any(line.count for line in outcomes):
        return _no_data(styles)
    rows: list[list[Any]] = [_header_row(("성과 종류", "건수", "금액"), styles)]
    for line in outcomes:
        amounts = "<br/>".join(escape(money(line.amounts[c], c)) for c in currencies([line])) or NO_VALUE
        rows.append(
            [
                Paragraph(markup(line.kind), styles.cell),
                _right(f"{line.count:,}", styles),
                _right(amounts, styles),
            ]
        )
    totals = [
        money(sum((line.amounts.get(c, Decimal(0)) for line in outcomes), Decimal(0)), c)
        for c in currencies(outcomes)
    ]
    rows.append(
        [
            label_cell("합계", styles),
            _right(f"{sum(line.count for line in outcomes):,}", styles, bold=True),
            _right("<br/>".join(escape(t) for t in totals) or NO_VALUE, styles, bold=True),
        ]
    )
    return bordered(rows, column_widths(70, 30, 70), header=True, extra=_total_row_style())


def _certificates(figures: AnnualFigures, styles: Styles) -> list[Flowable]:
    certificates = figures.certificates
    story = _heading("4. 협업인증서", styles)
    story.append(
        _facts(
            [("발급", f"{certificates.issued:,}건"), ("취소", f"{certificates.revoked:,}건")],
            styles,
        )
    )
    story.append(Spacer(1, 2 * mm))
    if certificates.by_kind:
        rows: list[list[Any]] = [_header_row(("종류", "발급", "취소"), styles)]
        for kind, issued, revoked in certificates.by_kind:
            rows.append(
                [
                    Paragraph(markup(kind), styles.cell),
                    _right(f"{issued:,}", styles),
                    _right(f"{revoked:,}", styles),
                ]
            )
        rows.append(
            [
                label_cell("합계", styles),
                _right(f"{certificates.issued:,}", styles, bold=True),
                _right(f"{certificates.revoked:,}", styles, bold=True),
            ]
        )
        table: Flowable = bordered(rows, column_widths(90, 40, 40), header=True, extra=_total_row_style())
    else:
        table = _no_data(styles)
    story.append(_block("종류별 발급과 취소", table, styles))
    return story


def _disputes(figures: AnnualFigures, styles: Styles) -> list[Flowable]:
    disputes = figures.disputes
    story = _heading("5. 분쟁조정", styles)
    if disputes.whole_federation:
        story += [Paragraph(escape(WHOLE_FEDERATION), styles.body), Spacer(1, 2 * mm)]
    story.append(
        _facts(
            [
                ("접수", f"{disputes.received:,}건"),
                ("종결", f"{disputes.closed:,}건"),
                ("진행 중", f"{disputes.open_now:,}건 ({date_text(figures.as_of)} 현재)"),
                ("처리 기한 지남", f"{disputes.overdue_now:,}건"),
                ("처리 일수 중앙값", one_decimal(disputes.median_days_to_close, "일")),
            ],
            styles,
        )
    )
    story.append(Spacer(1, 2 * mm))
    if disputes.by_result and any(line.count for line in disputes.by_result):
        rows: list[list[Any]] = [_header_row(("종결 결과", "건수"), styles)]
        for line in disputes.by_result:
            rows.append([Paragraph(markup(line.label), styles.cell), _right(f"{line.count:,}", styles)])
        rows.append([label_cell("합계", styles), _right(f"{disputes.closed:,}", styles, bold=True)])
        table: Flowable = bordered(rows, column_widths(120, 50), header=True, extra=_total_row_style())
    else:
        table = _no_data(styles)
    story.append(_block("결과별 종결 사건", table, styles))
    return story


NOTES = (
    "회원사: 기준일 현재 명부에 있는 회원사(탈퇴 제외). 매출액·종업원수는 회원사 정보에 적힌 지금 값입니다.",
    "회의·행사: 그해에 열린 회의. 참석·대리참석·위임을 출석으로 세고, 평균 출석과 출석률은 참석 명단을 적은 "
    "회의만으로 계산합니다.",
    "협업 컨소시엄: 그해에 한 번이라도 진행된 과제, 단계는 지금 단계입니다. 종료는 완료·중단된 과제만 세고, "
    "진행·보류 중인 과제의 종료일은 예정일로 봅니다. 성과는 그해 날짜의 성과이며 금액은 통화별로 더합니다.",
    "협업인증서: 발급대장에서 그해 날짜의 발급(재발급 포함)과 취소입니다.",
    "분쟁조정: 건수만 적습니다. 진행 중과 처리 기한 지남은 출력일 현재입니다.",
)


def _notes(figures: AnnualFigures, styles: Styles) -> list[Flowable]:
    lines = list(NOTES)
    if figures.group_id is not None:
        lines.append("그룹의 수치에는 그 아래 그룹이 모두 포함됩니다.")
    paragraphs: list[Flowable] = [Paragraph("집계 기준", styles.item)]
    paragraphs += [Paragraph(f"· {escape(line)}", styles.cell_small) for line in lines]
    return [Spacer(1, 4 * mm), KeepTogether(paragraphs)]


# --- charts ---------------------------------------------------------------------------------------


def _no_data(styles: Styles) -> Paragraph:
    return Paragraph(NO_DATA, styles.caption)


def _drawing(height: float) -> Drawing:
    # The renderer starts every drawing in its default font (Helvetica), which would then be declared
    # in the file without being embedded, like the document's own starting font (see render()).
    return Drawing(CONTENT_WIDTH, height, initialFontName=FONT, initialFontSize=_CHART_FONT_SIZE)


def _nice_step(largest: int) -> int:
    """A round step for about five grid lines up to `largest`: 1, 2, 5, 10, 20, 50, …"""
    if largest <= 5:
        return 1
    raw = largest / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover - the loop always returns


def _style_chart(chart: BarChart, values: Sequence[int], unit: str) -> None:
    chart.data = [list(values)]
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 6
    largest = max(values) if values else 0
    step = _nice_step(largest)
    # Headroom above the longest bar for its value label.
    top = max(step, math.ceil(largest * 1.18 / step) * step)
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName = FONT
    axis.labels.fontSize = _CHART_FONT_SIZE
    axis.labels.fillColor = MUTED
    axis.labelTextFormat = "{:,.0f}".format
    axis.visibleGrid = True
    axis.gridStrokeColor = _CHART_GRID
    axis.gridStrokeWidth = 0.4
    axis.strokeColor = LINE
    axis.strokeWidth = 0.5
    categories = chart.categoryAxis
    categories.labels.fontName = FONT
    categories.labels.fontSize = _CHART_FONT_SIZE + 1
    categories.strokeColor = LINE
    categories.strokeWidth = 0.5
    categories.visibleTicks = False
    chart.barLabelFormat = lambda value: f"{value:,.0f}{unit}"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = _CHART_FONT_SIZE
    chart.barLabels.fillColor = colors.black


def _horizontal_chart(bars: Sequence[tuple[str, int]], unit: str) -> Flowable:
    if not bars:
        return _no_data(document_styles())
    row_height = 15.0
    label_width = 40 * mm
    height = row_height * len(bars) + 24
    drawing = _drawing(height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width = CONTENT_WIDTH - label_width - 8 * mm
    chart.height = row_height * len(bars)
    _style_chart(chart, [count for _, count in bars], unit)
    size = chart.categoryAxis.labels.fontSize
    chart.categoryAxis.categoryNames = [_clip(label, label_width - 6, size) for label, _ in bars]
    # The first 업종 at the top, as in the table above.
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barWidth = row_height * 0.65
    drawing.add(chart)
    return drawing


def _vertical_chart(bars: Sequence[tuple[str, int]], unit: str) -> Drawing:
    height = 62 * mm
    drawing = _drawing(height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14
    chart.width = CONTENT_WIDTH - 20 * mm
    chart.height = height - 24
    _style_chart(chart, [count for _, count in bars], unit)
    chart.categoryAxis.categoryNames = [label for label, _ in bars]
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    # Empty months print no "0회" label: the missing bar says it.
    chart.barLabelFormat = lambda value: f"{value:,.0f}{unit}" if value else ""
    drawing.add(chart)
    return drawing


def _clip(text: str, width: float, size: float) -> str:
    """`text` shortened with "…" to fit `width` points in the chart font: a long 업종 name must not
    run over the left margin (the table above has it in full)."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"

"""The 조정조서 (mediation record) of one dispute case as an A4 PDF: the case, the parties, the
mediators, the claim, the course of the mediation sessions, the result with the agreed terms, and
signature lines for every party and mediator.

Written like the other CollabDesk documents (collabdesk.documents.pdf_common): NanumGothic embedded,
pages numbered "n / m" with the print date, a file replaced only once complete. Every page is headed
with the case number and a boxed "대외비": dispute records are confidential, and a page found on a
shared printer must say so on its own. No Qt here; the disputes service fills the dataclasses below.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from collabdesk.documents.pdf_common import (
    CELL_PADDING,
    FONT,
    GRID,
    HEADER_FILL,
    LABEL_FILL,
    LINE,
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
    text_block,
    write_pdf,
)

__all__ = [
    "CONFIDENTIAL",
    "OPEN_STATUSES",
    "SETTLED",
    "closing_sentence",
    "MediationRecord",
    "RecordParty",
    "RecordSession",
    "mediation_record_pdf_bytes",
    "result_sentence",
    "write_mediation_record",
]

CONFIDENTIAL = "대외비"
SETTLED = "조정성립"
OPEN_STATUSES = ("접수", "조정진행")
NO_VALUE = "—"

# What the record says about how the case ended, in plain words.
_RESULT_SENTENCES = {
    SETTLED: "당사자 사이에 다음과 같이 조정이 성립되었습니다.",
    "조정불성립": "조정이 성립되지 않았습니다.",
    "취하": "신청인이 조정 신청을 취하하였습니다.",
    "각하": "조정 신청이 각하되었습니다.",
    "중단": "조정 절차가 중단되었습니다.",
}
_OPEN_SENTENCE = "조정 절차가 진행 중이며 아직 끝나지 않았습니다."

_SETTLED_CLOSING = "위와 같이 조정이 성립하였음을 확인하고 당사자와 조정위원이 다음에 서명(날인)한다."
_CLOSED_CLOSING = (
    "위 사건의 조정 경과와 결과가 위와 같음을 확인하고 당사자와 조정위원이 다음에 서명(날인)한다."
)
_OPEN_CLOSING = (
    "위 사건의 현재까지의 조정 경과가 위와 같음을 확인하고 당사자와 조정위원이 다음에 서명(날인)한다."
)

_WEEKDAYS = "월화수목금토일"
_TOO_LONG = "주소나 조정기일의 장소·참석자 같은 긴 글을 줄여 주십시오."
_SIGN_ROW = 13 * mm  # room for a signature and a seal
_SEAL = "(인)"


@dataclass(frozen=True)
class RecordParty:
    side: str  # "신청인" / "피신청인"
    name: str  # company (or outside party) name
    representative: str  # 대표자 ("" for unknown)
    address: str


@dataclass(frozen=True)
class RecordSession:
    held_on: dt.date
    place: str
    attendees: str
    summary: str
    next_steps: str


@dataclass(frozen=True)
class MediationRecord:
    case_number: str  # "2026-조정-001"
    organisation: str  # the secretariat's organisation, may be ""
    received_on: dt.date
    dispute_type: str
    project: str  # "" when none; else "과제명 (협약 제3차)"
    claim_summary: str
    amount: str  # formatted "12,000,000원" or ""
    applicants: Sequence[RecordParty]
    respondents: Sequence[RecordParty]
    mediators: Sequence[str]  # "홍길동 (경기테크노파크 본부장)"
    sessions: Sequence[RecordSession]
    status: str  # 조정성립, 조정불성립, 취하, 각하, 중단, 접수, 조정진행
    closed_on: dt.date | None
    outcome_text: str  # the agreed terms (조정 내용); may be long, with newlines
    printed_on: dt.date


def write_mediation_record(record: MediationRecord, out: Path | BinaryIO) -> None:
    """Write the 조정조서 of `record` as an A4 PDF: to a path through a temporary file that replaces
    it only once complete (an OSError becomes a UserError naming the file), or into an open binary
    file."""
    if isinstance(out, str | os.PathLike):
        write_pdf(out, lambda stream, name: _build(stream, record, name))
    else:
        _build(out, record, _file_name(record))


def mediation_record_pdf_bytes(record: MediationRecord) -> bytes:
    """The same PDF in memory, for print preview and printing."""
    return pdf_bytes(lambda stream, name: _build(stream, record, name), _file_name(record))


def result_sentence(status: str) -> str:
    """How the record states the result of a case in `status`."""
    if status in OPEN_STATUSES:
        return _OPEN_SENTENCE
    return _RESULT_SENTENCES.get(status, f"{status}.")


def closing_sentence(status: str) -> str:
    """The sentence above the signatures: that the mediation succeeded only for a settled case."""
    if status == SETTLED:
        return _SETTLED_CLOSING
    return _OPEN_CLOSING if status in OPEN_STATUSES else _CLOSED_CLOSING


def _file_name(record: MediationRecord) -> str:
    return f"조정조서 {record.case_number}.pdf"


def _build(out: BinaryIO, record: MediationRecord, path: str | os.PathLike[str]) -> None:
    render(
        out,
        _story(record),
        path,
        f"조정조서 - {record.case_number}",
        record.organisation,
        footer=f"출력일 {date_text(record.printed_on)}",
        too_long=_TOO_LONG,
        header=f"조정조서 · 사건번호 {record.case_number}",
        mark=CONFIDENTIAL,
    )


def _story(record: MediationRecord) -> list[Flowable]:
    styles = document_styles()
    story: list[Flowable] = [Paragraph("조 정 조 서", styles.title)]
    if record.organisation.strip():
        story.append(Paragraph(markup(record.organisation), styles.subtitle))
    else:
        story.append(Spacer(1, 14))
    story.append(_case_table(record, styles))
    story += section("당사자", _party_table(record, styles), styles, "기재된 당사자가 없습니다.")
    if record.mediators:
        story += section("조정위원", _mediators(record.mediators, styles), styles)
    claim = _claim(record, styles)
    if claim:
        story += section("신청 취지", claim, styles)
    story += section("조정 경과", _sessions(record.sessions, styles), styles, "열린 조정기일이 없습니다.")
    story += section("조정 결과", [_result_table(record, styles)], styles)
    story += _terms(record, styles)
    story += _signatures(record, styles)
    return story


# --- text -----------------------------------------------------------------------------------------


def _value(text: str) -> str:
    return markup(text) if text.strip() else NO_VALUE


def _day(value: dt.date) -> str:
    """``2026. 5. 12.(화)``: the official style with the weekday, as a hearing date is announced."""
    return f"{date_text(value)}({_WEEKDAYS[value.weekday()]})"


def _lines(text: str) -> list[str]:
    """Each line of `text` as cell markup, for a table row per line (a table splits between rows
    only); an empty line is kept as "" (a small gap)."""
    return [markup(line) for line in text.strip("\n").splitlines()]


# --- building blocks ------------------------------------------------------------------------------


def _case_table(record: MediationRecord, styles: Styles) -> Table:
    def label(text: str) -> Paragraph:
        return label_cell(text, styles)

    rows: list[list[Any]] = [
        [
            label("사건번호"),
            Paragraph(f"<b>{markup(record.case_number)}</b>", styles.cell),
            label("접수일"),
            Paragraph(date_text(record.received_on), styles.cell),
        ],
        [label("분쟁 유형"), Paragraph(_value(record.dispute_type), styles.cell), "", ""],
    ]
    if record.project.strip():
        rows.append([label("관련 과제"), Paragraph(markup(record.project), styles.cell), "", ""])
    extra: list[tuple[Any, ...]] = [("SPAN", (1, row), (3, row)) for row in range(1, len(rows))]
    extra += [
        ("BACKGROUND", (2, 0), (2, 0), LABEL_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    return bordered(rows, column_widths(24, 61, 24, 61), label_columns=(0,), extra=extra)


def _numbered_sides(record: MediationRecord) -> list[tuple[str, RecordParty]]:
    """Every party with its side as printed: "신청인", or "신청인 1", "신청인 2" when there are several."""
    labelled = []
    for parties in (record.applicants, record.respondents):
        for number, party in enumerate(parties, 1):
            side = party.side if len(parties) == 1 else f"{party.side} {number}"
            labelled.append((side, party))
    return labelled


def _party_table(record: MediationRecord, styles: Styles) -> list[Flowable]:
    parties = _numbered_sides(record)
    if not parties:
        return []
    rows: list[list[Any]] = [[label_cell(text, styles) for text in ("구분", "상호", "대표자", "주소")]]
    for side, party in parties:
        rows.append(
            [
                Paragraph(markup(side), styles.cell_center),
                Paragraph(markup(party.name), styles.cell),
                Paragraph(_value(party.representative), styles.cell_center),
                Paragraph(_value(party.address), styles.cell),
            ]
        )
    return [bordered(rows, column_widths(22, 50, 26, 72), header=True)]


def _mediators(mediators: Sequence[str], styles: Styles) -> list[Flowable]:
    return [Paragraph(f"{number}. {markup(name)}", styles.body) for number, name in enumerate(mediators, 1)]


def _claim(record: MediationRecord, styles: Styles) -> list[Flowable]:
    flowables = text_block(record.claim_summary, styles.body) if record.claim_summary.strip() else []
    if record.amount.strip():
        amount = Paragraph(f"<b>분쟁 금액</b>&nbsp;&nbsp;{markup(record.amount)}", styles.body)
        if flowables:
            flowables.append(Spacer(1, 4))
        flowables.append(amount)
    return flowables


def _sessions(sessions: Sequence[RecordSession], styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = []
    for number, session in enumerate(sessions, 1):
        if flowables:
            flowables.append(Spacer(1, 4 * mm))
        flowables.append(_session_table(number, session, styles))
    return flowables


def _session_table(number: int, session: RecordSession, styles: Styles) -> Table:
    """One 조정기일 as a form: a title row (reprinted when the session continues on the next page),
    then 장소, 참석자, 진행 내용 and 향후 계획 with one table row per line of text, so that a long
    summary flows over pages. A field's lines are not ruled apart and read as one text."""
    title = f"<b>제{number}차 조정기일</b>&nbsp;&nbsp;&nbsp;{_day(session.held_on)}"
    rows: list[list[Any]] = [[Paragraph(title, styles.cell), ""]]
    starts: list[int] = []
    ends: list[int] = []
    for label, text in (
        ("장소", session.place),
        ("참석자", session.attendees),
        ("진행 내용", session.summary),
        ("향후 계획", session.next_steps),
    ):
        lines = _lines(text) if text.strip() else []
        if not lines:
            continue
        starts.append(len(rows))
        for index, line in enumerate(lines):
            cell: Flowable = Paragraph(line, styles.cell) if line.strip() else Spacer(1, 4)
            rows.append([label_cell(label, styles) if index == 0 else "", cell])
        ends.append(len(rows) - 1)
    if not starts:
        rows.append([label_cell("내용", styles), Paragraph(NO_VALUE, styles.cell)])
        starts.append(1)
        ends.append(1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("SPAN", (0, 0), (1, 0)),
        ("BOX", (0, 0), (-1, -1), 0.9, LINE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, LINE),
        ("BACKGROUND", (0, 1), (0, -1), LABEL_FILL),
        ("LINEAFTER", (0, 1), (0, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        # Lines of one field sit as close as the lines of a paragraph; the field's first and last
        # rows get the usual cell padding below.
        ("TOPPADDING", (0, 1), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
    ]
    for row in starts:
        commands.append(("TOPPADDING", (0, row), (-1, row), CELL_PADDING + 1))
        if row > 1:
            commands.append(("LINEABOVE", (0, row), (-1, row), 0.4, GRID))
    for row in ends:
        commands.append(("BOTTOMPADDING", (0, row), (-1, row), CELL_PADDING + 1))
    table = Table(rows, colWidths=column_widths(24, 146), repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return table


def _result_table(record: MediationRecord, styles: Styles) -> Table:
    status = f"<b>{markup(record.status)}</b>"
    if record.status in OPEN_STATUSES:
        status = f"<b>진행 중</b> ({markup(record.status)})"
    rows: list[list[Any]] = [
        [label_cell("결과", styles), Paragraph(status, styles.cell), "", ""],
        [label_cell("내용", styles), Paragraph(escape(result_sentence(record.status)), styles.cell), "", ""],
    ]
    extra: list[tuple[Any, ...]] = [("SPAN", (1, 1), (3, 1))]
    if record.closed_on is not None and record.status not in OPEN_STATUSES:
        rows[0][2] = label_cell("종결일", styles)
        rows[0][3] = Paragraph(date_text(record.closed_on), styles.cell)
        extra.append(("BACKGROUND", (2, 0), (2, 0), LABEL_FILL))
    else:
        extra.append(("SPAN", (1, 0), (3, 0)))
    extra += [("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    return bordered(rows, column_widths(24, 61, 24, 61), label_columns=(0,), extra=extra)


def _terms(record: MediationRecord, styles: Styles) -> list[Flowable]:
    """조정 내용 for a settled case (saying so when none was written down); for any other case the
    text, if any, as 비고 — it is not an agreement and must not read like one."""
    text = text_block(record.outcome_text, styles.body) if record.outcome_text.strip() else []
    if record.status == SETTLED:
        return section("조정 내용", text, styles, "기재된 조정 내용이 없습니다.")
    if text:
        return section("비고", text, styles)
    return []


# --- signatures -----------------------------------------------------------------------------------

# Every signature line has the same columns, so that names and seals line up down the page:
# role | "상호" | company | "대표" | representative | (인)
_SIGN_WIDTHS = (24, 12, 66, 12, 38, 18)
_SIGN_FONT_SIZE = 10
_SIGN_LEADING = 14


def _signature_line(styles: Styles, role: str, cells: list[str], rules: list[tuple[Any, ...]]) -> Table:
    """One signature line as a one-row table, so that it never splits over two pages: the role in
    bold, `cells` (the four middle columns, as markup) and (인), on rules to write on."""
    text = styles.signature.clone(
        "sign", alignment=0, spaceBefore=0, fontSize=_SIGN_FONT_SIZE, leading=_SIGN_LEADING
    )
    seal = styles.signature.clone(
        "seal", alignment=1, spaceBefore=0, fontSize=_SIGN_FONT_SIZE, leading=_SIGN_LEADING
    )
    row: list[Any] = [Paragraph(f"<b>{markup(role)}</b>", text)]
    row += [Paragraph(cell, text) if cell else "" for cell in cells]
    # The spacer gives every line the height to sign and to press a seal by hand.
    row.append([Spacer(1, _SIGN_ROW - _SIGN_LEADING), Paragraph(_SEAL, seal)])
    table = Table([row], colWidths=column_widths(*_SIGN_WIDTHS), hAlign="CENTER")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, _SIGN_FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (2, 0), (2, 0), 8),  # the company's rule stops short of "대표"
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    table.setStyle(TableStyle(commands + rules))
    return table


def _party_signature(side: str, party: RecordParty, styles: Styles) -> Table:
    # A representative not on record leaves a blank rule to be written in by hand.
    cells = ["상호", markup(party.name), "대표", markup(party.representative)]
    rules = [("LINEBELOW", (2, 0), (2, 0), 0.5, GRID), ("LINEBELOW", (4, 0), (4, 0), 0.5, GRID)]
    return _signature_line(styles, side, cells, rules)


def _mediator_signature(name: str, styles: Styles) -> Table:
    rules = [("SPAN", (1, 0), (4, 0)), ("LINEBELOW", (1, 0), (4, 0), 0.5, GRID)]
    return _signature_line(styles, "조정위원", [markup(name), "", "", ""], rules)


def _signatures(record: MediationRecord, styles: Styles) -> list[Flowable]:
    """The closing sentence, the print date and a signature line for every party and mediator, then
    the organisation. The sentence and date stay with the first line, and the organisation with the
    last: a page must not hold signatures without showing what they sign for."""
    closing = closing_sentence(record.status)
    lines: list[Flowable] = [_party_signature(side, party, styles) for side, party in _numbered_sides(record)]
    lines += [_mediator_signature(name, styles) for name in record.mediators]
    head: list[Flowable] = [
        Paragraph(escape(closing), styles.closing),
        Paragraph(date_text(record.printed_on), styles.date),
        Spacer(1, 4 * mm),
    ]
    tail: list[Flowable] = []
    if record.organisation.strip():
        organisation = styles.date.clone(
            "organisation", fontName=styles.heading.fontName, spaceBefore=10 * mm
        )
        tail.append(Paragraph(markup(record.organisation), organisation))
    if len(lines) <= 1:
        return [KeepTogether([*head, *lines, *tail])]
    first, *middle, last = lines
    return [
        KeepTogether([*head, first]),
        *middle,
        KeepTogether([last, *tail]),
    ]

"""The annual report PDF (사업실적 보고서), read back with poppler's tools, from figures built by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from collabdesk.documents.annual_report import (
    WHOLE_FEDERATION,
    annual_report_bytes,
    chart_bars,
    summary_sentences,
    write_annual_report_pdf,
)
from collabdesk.documents.annual_report_xlsx import write_annual_report_xlsx
from collabdesk.errors import UserError
from collabdesk.services.annual_types import (
    AnnualFigures,
    CertificateFigures,
    CountLine,
    DisputeFigures,
    MeetingFigures,
    MeetingKindLine,
    MemberFigures,
    OutcomeLine,
    ProjectFigures,
)
from collabdesk.services.stats import StatLine

from .test_minutes_pdf import flat, info, page_count, run, text_of, words_outside_text_area

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")

AS_OF = dt.date(2026, 11, 30)

FIGURES = AnnualFigures(
    year=2026,
    group_id=None,
    group_label="전체",
    as_of=AS_OF,
    members=MemberFigures(
        total=784,
        sales=4_123_000_000_000,
        employees=14_321,
        by_industry=[
            StatLine("전기·전자", 210, 1_500_000_000_000, 5000),
            StatLine("기계·금속", 300, 2_000_000_000_000, 6000),
            StatLine("화학·소재", 150, 27_950_000_000, 2000),
            StatLine("정보통신", 0, 0, 0),
            StatLine("(업종 미지정)", 124, 595_050_000_000, 1321),
        ],
        joined=12,
        left=3,
    ),
    meetings=MeetingFigures(
        total=24,
        by_kind=[
            MeetingKindLine("정기회의", 20, 12.0, 0.75),
            MeetingKindLine("정기총회", 1, 30.0, 0.9),
            MeetingKindLine("세미나", 3, None, None),
            MeetingKindLine("해외시찰", 0, None, None),
        ],
        per_month=[2, 2, 3, 1, 2, 2, 2, 2, 3, 2, 3, 0],
        average_attendance=12.3,
        attendance_rate=0.785,
    ),
    projects=ProjectFigures(
        active=18,
        started=5,
        finished=4,
        by_stage=[
            CountLine("기획", 3),
            CountLine("개발", 8),
            CountLine("생산", 4),
            CountLine("판매·마케팅", 3),
        ],
        outcomes=[
            OutcomeLine("매출", 5, {"KRW": Decimal("350000000")}),
            OutcomeLine("수출 계약", 3, {"USD": Decimal("1200000.00"), "EUR": Decimal("50000.50")}),
            OutcomeLine("특허 출원", 4),
        ],
        outcomes_per_year=[(2022, 1), (2023, 4), (2024, 6), (2025, 9), (2026, 12)],
    ),
    certificates=CertificateFigures(
        issued=40, revoked=2, by_kind=[("협업인증서", 35, 2), ("회원확인서", 5, 0)]
    ),
    disputes=DisputeFigures(
        received=3,
        closed=2,
        by_result=[
            CountLine("조정성립", 1),
            CountLine("조정불성립", 1),
            CountLine("취하", 0),
            CountLine("각하", 0),
            CountLine("중단", 0),
        ],
        open_now=4,
        overdue_now=1,
        median_days_to_close=45.5,
    ),
)

EMPTY = AnnualFigures(
    year=2024,
    group_id=None,
    group_label="전체",
    as_of=AS_OF,
    members=MemberFigures(0, 0, 0, [StatLine("전기·전자", 0, 0, 0)], 0, 0),
    meetings=MeetingFigures(0, [MeetingKindLine("정기회의", 0, None, None)], [0] * 12, None, None),
    projects=ProjectFigures(0, 0, 0, [CountLine("기획", 0)], [], [(y, 0) for y in range(2020, 2025)]),
    certificates=CertificateFigures(0, 0, []),
    disputes=DisputeFigures(0, 0, [CountLine("조정성립", 0)], 0, 0, None),
)


def lines_of(path: Path) -> list[str]:
    return [line.strip() for line in flat(text_of(path)).splitlines() if line.strip()]


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "2026년 사업실적 보고서.pdf"
    write_annual_report_pdf(path, FIGURES, "한국이업종교류연합회")
    return path


def test_summary_sentences() -> None:
    assert summary_sentences(FIGURES) == [
        "회원사 784개사, 총매출 4조 1,230억원, 고용 1만 4천명",
        "회의·행사 24회 (평균 출석 12.3개사)",
        "협업 과제 18건 진행, 성과 12건",
        "협업인증서 발급 40건 (취소 2건)",
        "분쟁조정 접수 3건, 종결 2건",
    ]
    # No roll kept, nothing revoked: the brackets are left out rather than printed empty.
    assert summary_sentences(EMPTY)[:4] == [
        "회원사 0개사, 총매출 0원, 고용 0명",
        "회의·행사 0회",
        "협업 과제 0건 진행, 성과 0건",
        "협업인증서 발급 0건",
    ]


def test_title_summary_and_sections(report: Path) -> None:
    lines = lines_of(report)
    text = " ".join(lines)
    assert lines[:3] == ["2026년 사업실적 보고서", "한국이업종교류연합회", "기준일 2026. 11. 30."]
    assert lines[3] == "요약"
    assert lines[4:9] == [f"· {sentence}" for sentence in summary_sentences(FIGURES)]
    headings = [line for line in lines if re.fullmatch(r"\d\. .+", line)]
    assert headings == ["1. 회원 현황", "2. 회의 및 행사", "3. 협업 컨소시엄", "4. 협업인증서", "5. 분쟁조정"]
    assert "1 / 3" in text and "3 / 3" in text and "출력일 2026. 11. 30." in text
    # How the figures were counted, last.
    notes = lines.index("집계 기준")
    assert lines[notes + 1].startswith("· 회원사: 기준일 현재 명부에 있는 회원사(탈퇴 제외).")


def test_members_section(report: Path) -> None:
    lines = lines_of(report)
    assert "회원사 784개사 매출액 합계 4조 1,230억원" in lines
    assert "신규 가입 12개사 종업원수 합계 14,321명" in lines
    assert "탈퇴 3개사" in lines
    assert "업종 회원사 수 비율 매출액 종업원수" in lines
    assert "전기·전자 210 26.8% 1조 5,000억원 5,000" in lines
    assert "화학·소재 150 19.1% 280억원 2,000" in lines
    assert "정보통신 0 0.0% — 0" in lines
    assert "합계 784 100.0% 4조 1,230억원 14,321" in lines
    # The chart: a label per 업종 with members (none for 정보통신) and the count on each bar.
    chart = lines[lines.index("업종별 회원사 수") :]
    assert {"210개사", "300개사", "150개사", "124개사"} <= set(chart)
    assert "정보통신" not in chart


def test_meetings_section(report: Path) -> None:
    lines = lines_of(report)
    assert "회의·행사 24회 평균 출석 12.3개사" in lines and "출석률 78.5%" in lines
    assert "종류 회의 수 평균 출석(개사) 출석률" in lines
    assert "정기회의 20 12.0 75.0%" in lines
    assert "세미나 3 — —" in lines
    assert not any(line.startswith("해외시찰") for line in lines)  # kinds not held are left out
    assert "합계 24 12.3 78.5%" in lines
    assert "1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월" in lines
    text = " ".join(lines)
    assert text.count("3회") == 3 and "0회" not in text  # empty months print no label


def test_projects_section(report: Path) -> None:
    lines = lines_of(report)
    text = " ".join(lines)
    assert "진행 과제 18건 신규 착수 5건" in lines and "종료 4건 성과 12건" in lines
    assert "개발 8" in lines and "합계 18" in lines
    # One amount line per currency, won first; the totals likewise.
    assert "매출 5 350,000,000원" in lines
    assert "수출 계약 3 EUR 50,000.50 USD 1,200,000" in text
    assert "특허 출원 4 —" in lines
    assert "합계 12 350,000,000원 EUR 50,000.50 USD 1,200,000" in text
    assert "2022년 2023년 2024년 2025년 2026년" in lines and "12건" in lines


def test_certificates_and_disputes_sections(report: Path) -> None:
    lines = lines_of(report)
    assert "발급 40건 취소 2건" in lines
    assert "협업인증서 35 2" in lines and "합계 40 2" in lines
    assert "접수 3건 종결 2건" in lines
    assert "진행 중 4건 (2026. 11. 30. 현재) 처리 기한 지남 1건" in lines
    assert "처리 일수 중앙값 45.5일" in lines
    assert "조정성립 1" in lines and "중단 0" in lines and "합계 2" in lines


def test_fonts_embedded_and_nothing_overflows(report: Path) -> None:
    fonts = run("pdffonts", report).splitlines()[2:]
    assert fonts and all("NanumGothic" in line and line.split()[-5:-2] == ["yes"] * 3 for line in fonts)
    assert words_outside_text_area(report) == []
    fields = info(report)
    assert fields["Title"] == "2026년 사업실적 보고서" and fields["Subject"] == "전체"
    assert page_count(report) == 3


def test_one_group_past_year(tmp_path: Path) -> None:
    figures = dataclasses.replace(
        FIGURES,
        year=2025,
        group_id=3,
        group_label="한국이업종교류연합회 > 경기지역연합회 > 1그룹",
        base_date=dt.date(2025, 12, 31),
    )
    path = tmp_path / "1그룹.pdf"
    write_annual_report_pdf(path, figures)
    lines = lines_of(path)
    # A past year stands at its last day; the print date is when the figures were read.
    assert lines[:3] == [
        "2025년 사업실적 보고서 — 1그룹",
        "한국이업종교류연합회 > 경기지역연합회 > 1그룹",
        "기준일 2025. 12. 31.",
    ]
    assert "출력일 2026. 11. 30." in " ".join(lines)


def test_no_data_still_makes_a_valid_pdf(tmp_path: Path) -> None:
    path = tmp_path / "2024.pdf"
    write_annual_report_pdf(path, EMPTY)
    lines = lines_of(path)
    text = " ".join(lines)
    assert lines[:2] == ["2024년 사업실적 보고서", "기준일 2024. 12. 31."]
    assert "· 회원사 0개사, 총매출 0원, 고용 0명" in lines
    # Industry chart, meeting kinds, monthly chart, outcomes, outcomes per year, certificates,
    # dispute results.
    assert text.count("자료 없음") == 7
    assert "전기·전자 0 — — 0" in lines and "처리 일수 중앙값 —" in lines
    assert "NanumGothic" in run("pdffonts", path)
    assert page_count(path) >= 1


def test_a_section_heading_never_ends_a_page(tmp_path: Path) -> None:
    # Forty 업종 push the later sections around; no page may end with a heading.
    industries = [StatLine(f"업종 {n:02d}", n, n * 10**9, n * 10) for n in range(1, 40)]
    industries.append(StatLine("전기·전자·정보통신 장비 및 부품 제조업", 40, 0, 0))
    members = dataclasses.replace(FIGURES.members, by_industry=industries, total=820)
    path = tmp_path / "many.pdf"
    write_annual_report_pdf(path, dataclasses.replace(FIGURES, members=members))
    pages = page_count(path)
    assert pages > 3
    for page in range(1, pages + 1):
        body = [
            line.strip()
            for line in text_of(path, page).splitlines()
            if line.strip() and not re.fullmatch(r"\d+ / \d+|출력일 .*", line.strip())
        ]
        assert not re.fullmatch(r"\d\. .+", body[-1]), f"page {page} ends with a heading"
    # A long 업종 name is whole in the table and shortened in the chart, inside the margins.
    lines = lines_of(path)
    assert "전기·전자·정보통신 장비 및 부품 제조업 40 4.9% — 0" in lines
    assert any(line.startswith("전기·전자·정보통신") and line.endswith("…") for line in lines)
    assert words_outside_text_area(path) == []
    # The long table continues with its header on the next page.
    assert flat(text_of(path)).count("업종 회원사 수 비율 매출액 종업원수") >= 2


def test_eighty_industries_a_capped_chart_and_the_whole_table(tmp_path: Path) -> None:
    # The chart grows 15 pt a bar and cannot split: 80 업종 once made the report fail. It shows the
    # 15 largest and "그 외 65개 업종"; the table lists all 80 over the pages.
    industries = [StatLine(f"업종{n:02d}", n % 7 + 1, n * 10**8, n) for n in range(1, 81)]
    industries[40] = StatLine("전기·전자·정보통신 장비 및 부품 제조업", 50, 0, 0)
    total = sum(line.count for line in industries)
    members = dataclasses.replace(FIGURES.members, by_industry=industries, total=total)
    path = tmp_path / "80.pdf"
    write_annual_report_pdf(path, dataclasses.replace(FIGURES, members=members))
    lines = lines_of(path)
    for line in industries:  # every 업종 in the table
        assert any(row.startswith(f"{line.label} {line.count} ") for row in lines), line.label
    assert "합계 " + f"{total:,}" in " ".join(lines)
    chart = lines[lines.index("업종별 회원사 수 (많은 순 15개)") :]
    bars = chart_bars([(line.label, line.count) for line in industries])
    assert len(bars) == 16 and bars[-1][0] == "그 외 65개 업종"
    assert bars[0] == ("전기·전자·정보통신 장비 및 부품 제조업", 50)  # the largest first
    # Then the ten 7s and four of the 6s, ties in the list's order.
    assert [count for _, count in bars[1:15]] == [7] * 10 + [6] * 4
    assert [label for label, _ in bars[1:3]] == ["업종06", "업종13"]
    assert [label for label, _ in bars[11:15]] == ["업종05", "업종12", "업종19", "업종26"]
    assert "그 외 65개 업종" in chart and f"{bars[-1][1]}개사" in chart
    assert any(line.startswith("전기·전자·정보통신") and line.endswith("…") for line in chart)
    assert words_outside_text_area(path) == []


def test_chart_bars_in_the_lists_order_up_to_sixteen() -> None:
    counts = [(f"업종{n}", n) for n in range(1, 17)] + [("빈 업종", 0)]
    assert chart_bars(counts) == counts[:16]  # sixteen fit: all of them, as in the table
    more = [*counts, ("업종17", 1)]
    bars = chart_bars(more)
    assert bars[:3] == [("업종16", 16), ("업종15", 15), ("업종14", 14)]
    assert bars[-2] == ("업종2", 2)
    assert bars[-1] == ("그 외 2개 업종", 1 + 1)  # 업종1 and 업종17
    assert chart_bars([]) == []


def test_one_sum_reads_the_same_everywhere(tmp_path: Path) -> None:
    # 1,000,250,000,000원 once read "1조 2억원" in the table (half to even), "1조원" in the summary and
    # "1조 3억원" on the 현황 tab. Now rounded half up to 억 everywhere: the summary, the facts, the
    # 업종 line and its total, and the workbook's summary sentence.
    industries = [StatLine("기계·금속", 10, 1_000_250_000_000, 100)]
    members = dataclasses.replace(
        FIGURES.members, total=10, sales=1_000_250_000_000, employees=100, by_industry=industries
    )
    figures = dataclasses.replace(FIGURES, members=members)
    path = tmp_path / "조.pdf"
    write_annual_report_pdf(path, figures)
    lines = lines_of(path)
    assert "· 회원사 10개사, 총매출 1조 3억원, 고용 100명" in lines
    assert "회원사 10개사 매출액 합계 1조 3억원" in lines
    assert "기계·금속 10 100.0% 1조 3억원 100" in lines and "합계 10 100.0% 1조 3억원 100" in lines
    assert "1조 2억원" not in " ".join(lines) and "1조원" not in " ".join(lines)
    book_path = tmp_path / "조.xlsx"
    write_annual_report_xlsx(book_path, figures)
    from openpyxl import load_workbook

    sentences = [row[0] for row in load_workbook(book_path)["요약"].iter_rows(values_only=True)]
    assert "회원사 10개사, 총매출 1조 3억원, 고용 100명" in sentences


def test_a_groups_locked_dispute_numbers_are_said_to_be_the_federations(tmp_path: Path) -> None:
    disputes = dataclasses.replace(FIGURES.disputes, whole_federation=True)
    figures = dataclasses.replace(FIGURES, group_id=3, group_label="연합회 > 1그룹", disputes=disputes)
    path = tmp_path / "잠김.pdf"
    write_annual_report_pdf(path, figures)
    lines = lines_of(path)
    section = lines[lines.index("5. 분쟁조정") :]
    assert " ".join(section[1:3]).startswith(WHOLE_FEDERATION)
    assert "· 분쟁조정 접수 3건, 종결 2건 (연합회 전체)" in lines
    # Unlocked (or for everyone) nothing is said.
    write_annual_report_pdf(path, dataclasses.replace(figures, disputes=FIGURES.disputes))
    assert "연합회 전체" not in " ".join(lines_of(path))


def test_pdf_bytes() -> None:
    assert annual_report_bytes(FIGURES).startswith(b"%PDF-")


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "없는 폴더" / "보고서.pdf"
    with pytest.raises(UserError, match="폴더가 없습니다"):
        write_annual_report_pdf(path, FIGURES)
    assert list(tmp_path.iterdir()) == []

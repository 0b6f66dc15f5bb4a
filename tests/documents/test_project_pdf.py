"""The 컨소시엄 현황 PDF, read back with poppler's tools (pdftotext, pdffonts, pdfinfo, pdftoppm) as a
recipient's PDF viewer would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from collabdesk.documents.project_pdf import (
    AgreementVersion,
    MilestoneLine,
    OutcomeLine,
    Participant,
    ProjectReport,
    project_report_bytes,
    write_project_report,
)
from collabdesk.errors import UserError
from collabdesk.formatting import money

from .test_minutes_pdf import flat, info, page_count, run, text_of, words_outside_text_area

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")

STAGES = [
    ("기획", dt.date(2026, 3, 1)),
    ("개발", dt.date(2026, 5, 10)),
    ("생산", None),
    ("판매·마케팅", None),
]

REPORT = ProjectReport(
    name="스마트 공작기계 공동개발",
    kind="공동기술개발",
    item="IoT 센서 내장 CNC 선반",
    lead="(주)한빛정밀",
    organisation="경기기계협업그룹",
    group="한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹",
    start_on=dt.date(2026, 3, 1),
    end_on=dt.date(2027, 2, 28),
    status="진행",
    stage="개발",
    stages=STAGES,
    support_program="중소기업 협업 R&D",
    support_agency="중소벤처기업부",
    support_amount=300_000_000,
    participants=[
        Participant("(주)한빛정밀", "회원사", ("R&D", "생산·제조", "판매·마케팅"), Decimal("45")),
        Participant("(주)나래센서", "회원사", ("R&D",), Decimal("25")),
        Participant("한국기계연구원", "연구기관", ("시험·인증",), Decimal("20")),
        Participant("경기대학교 산학협력단", "대학", ("설계",), Decimal("10")),
    ],
    versions=[
        AgreementVersion(1, dt.date(2026, 3, 2), "최초 협약", 4),
        AgreementVersion(2, dt.date(2026, 6, 15), "", 3),
        AgreementVersion(3, dt.date(2026, 9, 1), "연구기관 합류", 4),
    ],
    milestones=[
        MilestoneLine("설계 확정", dt.date(2026, 4, 30), dt.date(2026, 4, 28)),
        MilestoneLine("시제품 완성", dt.date(2026, 10, 31), None, overdue=True),
        MilestoneLine("성능 인증 취득", dt.date(2027, 1, 31)),
    ],
    outcomes=[
        OutcomeLine(
            "특허 출원", dt.date(2026, 8, 20), None, "KRW", "공작기계 진동 감지 모듈", ("(주)나래센서",)
        ),
        OutcomeLine(
            "수출 계약", dt.date(2026, 10, 5), Decimal("1200000.00"), "USD", "미국 바이어", ("(주)한빛정밀",)
        ),
        OutcomeLine(
            "매출", dt.date(2026, 11, 2), Decimal("350000000"), "KRW", "", ("(주)한빛정밀", "(주)나래센서")
        ),
    ],
    printed_on=dt.date(2026, 11, 24),
)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "컨소시엄 현황.pdf"
    write_project_report(path, REPORT)
    return path


LATE_FILL = (0xFD, 0xE3, 0xE1)  # the background of an overdue milestone's row


def colour_count(png: Path) -> dict[tuple[int, int, int], int]:
    image = Image.open(png).convert("RGB")
    return {colour: count for count, colour in image.getcolors(maxcolors=image.width * image.height)}


def lines_of(path: Path) -> list[str]:
    return [line.strip() for line in flat(text_of(path)).splitlines()]


def test_report_embeds_nanum_gothic(report: Path) -> None:
    fonts = run("pdffonts", report).splitlines()[2:]
    assert any("NanumGothicBold" in line for line in fonts)
    assert any(line.split()[0].endswith("+NanumGothic") for line in fonts)
    for line in fonts:  # every font in the file is embedded, as a subset, with a Unicode map
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], line
    fields = info(report)
    assert fields["Title"] == "컨소시엄 현황 - 스마트 공작기계 공동개발"
    assert fields["Page size"].startswith("595.276 x 841.89")  # A4 portrait


def test_project_block(report: Path) -> None:
    text = " ".join(text_of(report).split())  # a value that wraps in its cell reads as one line
    for expected in (
        "컨소시엄 현황",
        "경기기계협업그룹",
        "과제명 스마트 공작기계 공동개발",
        "사업 아이템 IoT 센서 내장 CNC 선반",
        "종류 공동기술개발 상태 진행",
        "주관기업 (주)한빛정밀 소속 그룹",
        "한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹",
        "기간 2026. 3. 1. ~ 2027. 2. 28. 현재 단계 개발",
        "기획 2026. 3. 1. → 개발 2026. 5. 10. → 생산 — → 판매·마케팅 —",
        "지원 사업 중소기업 협업 R&D 지원 기관 중소벤처기업부",
        "지원 금액 300,000,000원 (3억원)",
    ):
        assert expected in text, expected


def test_participants_of_the_current_version_with_roles_and_shares(report: Path) -> None:
    lines = lines_of(report)
    assert "번호 회사/기관명 구분 역할 지분" in lines
    for row in (
        "1 (주)한빛정밀 회원사 R&D, 생산·제조, 판매·마케팅 45%",
        "2 (주)나래센서 회원사 R&D 25%",
        "3 한국기계연구원 연구기관 시험·인증 20%",
        "4 경기대학교 산학협력단 대학 설계 10%",
        "합계 (4곳) 100%",
    ):
        assert row in lines, row
    # The version the participants are from, and the history of versions, the current one marked.
    assert "협약 제3차 (2026. 9. 1.) · 연구기관 합류" in lines
    history = lines[lines.index("차수 협약일 비고 참여") + 1 :][:3]
    assert history == [
        "제1차 2026. 3. 2. 최초 협약 4곳",
        "제2차 2026. 6. 15. — 3곳",
        "제3차 (현행) 2026. 9. 1. 연구기관 합류 4곳",
    ]


def test_milestones_and_outcomes(report: Path) -> None:
    lines = lines_of(report)
    assert "총 3건 · 완료 1 · 지연 1 · 예정 1" in lines
    assert "1 설계 확정 2026. 4. 30. 2026. 4. 28. 완료" in lines
    assert "2 시제품 완성 2026. 10. 31. 지연" in lines
    assert "3 성능 인증 취득 2027. 1. 31. 예정" in lines
    assert "특허 출원 2026. 8. 20. — 공작기계 진동 감지 모듈 (주)나래센서" in lines
    assert "수출 계약 2026. 10. 5. USD 1,200,000 미국 바이어 (주)한빛정밀" in lines
    assert "매출 2026. 11. 2. 350,000,000원 — (주)한빛정밀, (주)나래센서" in lines
    # Every page's foot: the page number and the print date.
    pages = page_count(report)
    for page in range(1, pages + 1):
        foot = flat(text_of(report, page)).split()
        assert foot[-6:] == [str(page), "/", str(pages), "출력일", "2026.", "11.", "24."][-6:], foot[-8:]


def test_the_overdue_milestone_row_is_highlighted(report: Path, tmp_path: Path) -> None:
    run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", report, tmp_path / "page")
    late_fill = colour_count(tmp_path / "page-1.png").get(LATE_FILL, 0)
    # One table row across the text width: far more than a few stray pixels, far less than a page.
    assert 1000 < late_fill < 10000, late_fill
    on_time = dataclasses.replace(
        REPORT, milestones=[dataclasses.replace(m, overdue=False) for m in REPORT.milestones]
    )
    write_project_report(report, on_time)
    run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", report, tmp_path / "calm")
    assert LATE_FILL not in colour_count(tmp_path / "calm-1.png")
    assert "2 시제품 완성 2026. 10. 31. 예정" in lines_of(report)


def test_an_agreement_without_shares(tmp_path: Path) -> None:
    doc = dataclasses.replace(
        REPORT,
        participants=[dataclasses.replace(p, share=None) for p in REPORT.participants],
    )
    path = tmp_path / "no-shares.pdf"
    write_project_report(path, doc)
    lines = lines_of(path)
    assert "1 (주)한빛정밀 회원사 R&D, 생산·제조, 판매·마케팅 —" in lines
    assert "3 한국기계연구원 연구기관 시험·인증 —" in lines
    assert not [line for line in lines if line.startswith("합계")]


def test_empty_sections_say_so(tmp_path: Path) -> None:
    doc = dataclasses.replace(
        REPORT,
        item="",
        participants=[],
        versions=[],
        milestones=[],
        outcomes=[],
        support_program="",
        support_agency="",
        support_amount=None,
        end_on=None,
    )
    path = tmp_path / "empty.pdf"
    write_project_report(path, doc)
    text = flat(text_of(path))
    for expected in (
        "등록된 협약이 없습니다.",
        "등록된 마일스톤이 없습니다.",
        "등록된 성과가 없습니다.",
        "사업 아이템 —",
        "정부·기관 지원 없음",
        "기간 2026. 3. 1. ~ 현재 단계",
    ):
        assert expected in text, expected
    assert "협약 변경 이력" not in text


def test_long_names_and_many_participants_wrap_and_flow_over_pages(tmp_path: Path) -> None:
    long_name = "경기도 중소기업 협업 기반 차세대 스마트 공작기계 및 공정 자동화 시스템 공동개발 과제" * 3
    many = [
        Participant(
            f"주식회사가나다라마바사정밀기계공업{n:02d}" + "아자차카타파하" * 3,
            "회원사",
            ("R&D", "생산·제조", "판매·마케팅", "유통·물류", "금형", "사출", "디자인"),
            Decimal(5) if n <= 20 else Decimal(0),
        )
        for n in range(1, 41)
    ]
    doc = dataclasses.replace(
        REPORT,
        name=long_name,
        item="x" * 280,
        participants=many,
        outcomes=[dataclasses.replace(o, description="긴 설명 " * 60) for o in REPORT.outcomes],
    )
    path = tmp_path / "long.pdf"
    write_project_report(path, doc)
    assert words_outside_text_area(path) == []
    pages = page_count(path)
    assert pages >= 3
    texts = [flat(text_of(path, page)) for page in range(1, pages + 1)]
    everything = "".join(texts)
    for party in many:
        assert party.name[:16] in everything
    assert "합계 (40곳) 100%" in everything
    # The participants' header row is printed again on the pages the table continues on.
    continued = [text for text in texts if "정밀기계공업" in text]
    assert len(continued) >= 2 and all("회사/기관명" in text for text in continued)
    for number, text in enumerate(texts, 1):
        assert f"{number} / {pages}" in text


def test_bytes_for_print_preview() -> None:
    data = project_report_bytes(REPORT)
    assert data.startswith(b"%PDF-") and b"NanumGothic" in data


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "없는 폴더" / "현황.pdf"
    with pytest.raises(UserError, match="폴더가 없습니다"):
        write_project_report(path, REPORT)
    assert list(tmp_path.iterdir()) == []


def test_a_cell_taller_than_a_page_is_a_user_error(tmp_path: Path) -> None:
    doc = dataclasses.replace(
        REPORT, outcomes=[OutcomeLine("기타", dt.date(2026, 1, 1), description="가 " * 9000)]
    )
    with pytest.raises(UserError, match="너무 길어"):
        write_project_report(tmp_path / "현황.pdf", doc)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        (Decimal("350000000"), "KRW", "350,000,000원"),
        (Decimal("1200000.00"), "USD", "USD 1,200,000"),
        (Decimal("50000.5"), "EUR", "EUR 50,000.50"),
        (0, "KRW", "0원"),
        (None, "USD", ""),
    ],
)
def test_money(amount: Decimal | None, currency: str, text: str) -> None:
    assert money(amount, currency) == text


def test_text_of_the_report_has_no_markup_left(tmp_path: Path) -> None:
    doc = dataclasses.replace(
        REPORT,
        name="A&B <주> 공동개발",
        participants=[Participant("A&B <주>", "기타", ("R&D",))],
    )
    path = tmp_path / "markup.pdf"
    write_project_report(path, doc)
    text = flat(text_of(path))
    assert "과제명 A&B <주> 공동개발" in text and "1 A&B <주> 기타 R&D —" in text
    assert not re.search(r"&amp;|&lt;", text)

"""The 회의록 and 참석자 서명부 PDFs, checked by reading the saved files back with poppler's tools
(pdftotext, pdffonts, pdfinfo), as a recipient's PDF viewer would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from collabdesk.documents import minutes_pdf
from collabdesk.documents.minutes_pdf import (
    ActionItem,
    AgendaItem,
    Attendee,
    MinutesDocument,
    Resolution,
    format_meeting_datetime,
    write_minutes,
    write_signin_sheet,
)
from collabdesk.errors import UserError

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")

ATTENDEES = [
    Attendee("(주)한빛정밀", "김영수 대표", "참석"),
    Attendee("대성금형(주)", "이정훈 대표", "참석"),
    Attendee("(주)동양기공", "박민철 대표", "위임", "위임: (주)한빛정밀"),
    Attendee("세진테크", "최은정 대표", "참석"),
    Attendee("(주)우리메탈", "정성호 이사", "대리참석", "대표 출장으로 이사 대리참석"),
    Attendee("A&B <주>", "오세훈 대표", "참석", "신규 회원 <2026년 가입>"),
    Attendee("(주)신성산업", "한지민 대표", "불참"),
    Attendee("경일기계", "윤태식 대표", "위임", "위임: 세진테크"),
    Attendee("(주)태광엔지니어링", "강동원 대표", "참석"),
    Attendee("삼우정공", "임수빈 부장", "위임", "위임: 대성금형(주)"),
    Attendee("경기중소기업지원센터", "서민호 팀장", "내빈"),
    Attendee("중소벤처기업부 경기지방청", "노하은 사무관", "내빈"),
]

DOCUMENT = MinutesDocument(
    organisation="경기기계협업그룹",
    title="2026년 11월 정기회의",
    kind="정기회의",
    starts_at=dt.datetime(2026, 11, 24, 14, 0),
    place="경기중소기업지원센터 3층 대회의실",
    chair="김영수",
    secretary="이정훈",
    quorum_text="재적 34 · 출석 21 · 위임 3 → 성원",
    enrolled=34,
    present=21,
    attendees=ATTENDEES,
    agenda=[
        AgendaItem(
            "2027년도 사업계획(안) 승인의 건",
            "사무국장이 2027년도 사업계획(안)을 설명함.\n"
            "- 공동 구매: 원자재(강재) 공동 구매를 분기별로 추진\n"
            "- 공동 전시: 2027 국제기계산업대전 공동관 참가\n"
            "\n"
            "(주)대성금형 이정훈 대표가 공동관 참가비 분담 기준을 물었고, 사무국은 부스 면적 비례로 나누겠다고 답함.",
        ),
        AgendaItem(
            "2027년도 회비 조정의 건",
            "회비를 연 60만원에서 72만원으로 올리는 안에 대하여 논의함.\n"
            "일부 회원사가 소규모 회원사의 부담을 우려하여 종업원 10인 미만 회원사는 동결하자는 의견을 냄.",
        ),
        AgendaItem(
            "기타 토의 사항",
            "12월 송년회 일정과 장소는 사무국에 위임함.\n다음 정기회의는 2027년 1월 셋째 주에 열기로 함.",
        ),
    ],
    resolutions=[
        Resolution(
            1, "2027년도 사업계획(안) 승인의 건", 18, 2, 1, "가결", "찬성 18 / 출석 21, 과반수 11 필요"
        ),
        Resolution(2, "2027년도 회비 조정의 건", 9, 10, 2, "부결", "찬성 9 / 출석 21, 과반수 11 필요"),
    ],
    actions=[
        ActionItem("국제기계산업대전 공동관 참가 신청", "사무국 박지영", dt.date(2026, 12, 5), "진행"),
        ActionItem(
            "회비 조정안 재검토 (10인 미만 회원사 동결 포함)", "운영위원회", dt.date(2027, 1, 15), "예정"
        ),
    ],
    opening="의장이 성원을 확인하고 개회를 선언함.",
    closing="의장이 16시 10분에 폐회를 선언함.",
)


def run(*args: str | Path) -> str:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def text_of(path: Path, page: int | None = None) -> str:
    """The text in drawing order (-raw): a table row reads as one line with its cells in order.

    Not the default or -layout mode: those rebuild words from glyph positions and drop the spaces
    between Hangul words (and in "1 / 2" at small sizes), although the PDF has them.
    """
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    return run("pdftotext", "-raw", *pages, path, "-")


def flat(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def page_count(path: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)$", run("pdfinfo", path), re.MULTILINE)
    assert match
    return int(match.group(1))


def info(path: Path) -> dict[str, str]:
    fields = {}
    for line in run("pdfinfo", path).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def words_outside_text_area(path: Path) -> list[str]:
    """Words pdftotext places outside the page's margins (less a little slack): text that overflowed."""
    bbox = run("pdftotext", "-bbox", path, "-")
    outside = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.DOTALL):
        width, height = float(page.group(1)), float(page.group(2))
        for word in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page.group(3),
        ):
            x_min, y_min, x_max, y_max = map(float, word.groups()[:4])
            # The text area is 20 mm (56.7 pt) in from the sides; the page number sits 10 mm from the foot.
            if x_min < 50 or x_max > width - 50 or y_min < 30 or y_max > height - 20:
                outside.append(html.unescape(word.group(5)))
    return outside


def numbered_rows(text: str) -> list[int]:
    """The numbers in the 번호 column of a sign-in sheet: lines that start with a number."""
    # (?! /) leaves out the page number "1 / 2" at the foot.
    return [int(n) for n in re.findall(r"^(\d+)(?! /)(?: |$)", text, re.MULTILINE)]


@pytest.fixture
def minutes(tmp_path: Path) -> Path:
    path = tmp_path / "회의록.pdf"
    write_minutes(path, DOCUMENT)
    return path


def test_minutes_embed_nanum_gothic(minutes: Path) -> None:
    fonts = run("pdffonts", minutes).splitlines()[2:]  # after the two header lines
    nanum = [line for line in fonts if "NanumGothic" in line]
    assert nanum, fonts
    assert any("NanumGothicBold" in line for line in nanum)
    # Columns: name type encoding emb sub uni object-id; every font in the file is embedded.
    for line in fonts:
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], line


def test_minutes_text(minutes: Path) -> None:
    text = flat(text_of(minutes))
    for expected in (
        "회 의 록",
        "경기기계협업그룹",
        "2026년 11월 정기회의",
        "2026. 11. 24.(화) 14:00",
        "경기중소기업지원센터 3층 대회의실",
        "21명 / 재적 34명",
        "재적 34 · 출석 21 · 위임 3 → 성원",
        "의장이 성원을 확인하고 개회를 선언함.",
        "1. 2027년도 사업계획(안) 승인의 건",
        "3. 기타 토의 사항",
        "- 공동 구매: 원자재(강재) 공동 구매를 분기별로 추진",
        "다음 정기회의는 2027년 1월 셋째 주에 열기로 함.",
        "제1호 의안",
        "제2호 의안",
        "가결",
        "부결",
        "찬성 18 / 출석 21, 과반수 11 필요",
        "국제기계산업대전 공동관 참가 신청",
        "2026. 12. 5.",
        "2027. 1. 15.",
        "의장이 16시 10분에 폐회를 선언함.",
    ):
        assert expected in text, expected
    for attendee in ATTENDEES:
        assert attendee.name in text
        assert attendee.person in text
    assert "내빈" in text and "위임: (주)한빛정밀" in text
    pages = page_count(minutes)
    assert pages == 2
    assert "1 / 2" in text and "2 / 2" in text
    # The date line and the signature lines close the document.
    ending = text[text.index("기명날인한다") :]
    assert "2026. 11. 24." in ending
    assert re.search(r"의장 김영수 _+ \(인\)", ending)
    assert re.search(r"서기 이정훈 _+ \(인\)", ending)


def test_user_text_is_printed_literally_not_as_markup(tmp_path: Path) -> None:
    doc = dataclasses.replace(
        DOCUMENT,
        place="A&B <주> 회의실 & 로비",
        agenda=[
            AgendaItem("A&B <주> 가입 승인의 건", "<b>굵게</b> 아님 & 태그 <br/> 그대로\n  - 들여 쓴 줄")
        ],
        resolutions=[Resolution(1, "A&B <주> 가입 승인의 건", None, None, None, "가결", "만장일치 <박수>")],
    )
    path = tmp_path / "markup.pdf"
    write_minutes(path, doc)
    text = flat(text_of(path))
    assert "A&B <주>" in text
    assert "A&B <주> 회의실 & 로비" in text
    assert "A&B <주> 가입 승인의 건" in text
    assert "<b>굵게</b> 아님 & 태그 <br/> 그대로" in text
    assert "만장일치 <박수>" in text
    assert "신규 회원 <2026년 가입>" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_metadata(minutes: Path, tmp_path: Path) -> None:
    fields = info(minutes)
    assert fields["Title"] == "회의록 - 2026년 11월 정기회의"
    assert fields["Author"] == "CollabDesk"
    assert fields["Page size"].startswith("595.276 x 841.89")  # A4
    sheet = tmp_path / "서명부.pdf"
    write_signin_sheet(sheet, DOCUMENT, ATTENDEES)
    assert info(sheet)["Title"] == "참석자 서명부 - 2026년 11월 정기회의"
    assert info(sheet)["Author"] == "CollabDesk"


def test_nothing_overflows_the_page(minutes: Path, tmp_path: Path) -> None:
    assert words_outside_text_area(minutes) == []
    # A name without spaces longer than its column is split inside the cell, not drawn past it.
    long = dataclasses.replace(
        DOCUMENT,
        attendees=[
            *ATTENDEES,
            Attendee("주식회사" + "가나다라마바사아자차카타파하" * 4, "홍길동", "참석", "x" * 120),
        ],
    )
    path = tmp_path / "long.pdf"
    write_minutes(path, long)
    assert words_outside_text_area(path) == []
    write_signin_sheet(path, long, long.attendees)
    assert words_outside_text_area(path) == []


def test_long_attendee_list_flows_over_pages_with_numbers(tmp_path: Path) -> None:
    many = [Attendee(f"(주)회원사{index:03d}", f"대표{index:03d}", "참석") for index in range(1, 121)]
    path = tmp_path / "long.pdf"
    write_minutes(path, dataclasses.replace(DOCUMENT, attendees=many, enrolled=130, present=120))
    pages = page_count(path)
    assert pages >= 3
    texts = [flat(text_of(path, page)) for page in range(1, pages + 1)]
    for number, text in enumerate(texts, 1):
        assert re.search(rf"(^|\n) *{number} / {pages} *\n", text), (number, text[-200:])
    everything = "".join(texts)
    for attendee in many:
        assert attendee.name in everything
    # The attendee table's header row is printed again on each page the table continues on.
    with_attendees = [text for text in texts if "(주)회원사" in text]
    assert len(with_attendees) >= 2
    for text in with_attendees:
        assert "회사명(소속)" in text and "참석자" in text and "구분" in text
    # The document still ends with the signatures, after everything else.
    assert "기명날인한다" in texts[-1] and "(인)" in texts[-1]


def test_signin_sheet(tmp_path: Path) -> None:
    path = tmp_path / "서명부.pdf"
    write_signin_sheet(path, DOCUMENT, ATTENDEES)
    text = flat(text_of(path))
    for expected in (
        "참석자 서명부",
        "경기기계협업그룹",
        "2026년 11월 정기회의",
        "2026. 11. 24.(화) 14:00",
        "경기중소기업지원센터 3층 대회의실",
        "번호",
        "회사명(소속)",
        "성명",
        "서명",
    ):
        assert expected in text, expected
    for attendee in ATTENDEES:
        assert attendee.name in text and attendee.person in text
    # One numbered row per expected attendee, then at least five empty rows for walk-ins; a dozen
    # expected attendees and their spare rows fit on one page.
    assert page_count(path) == 1
    assert numbered_rows(text) == list(range(1, max(numbered_rows(text)) + 1))
    assert max(numbered_rows(text)) >= len(ATTENDEES) + minutes_pdf.SIGNIN_SPARE_ROWS
    fonts = run("pdffonts", path)
    assert "NanumGothic" in fonts


def test_signin_sheet_rows_are_tall_enough_to_sign_and_header_repeats(tmp_path: Path) -> None:
    expected = [Attendee(f"(주)회원사{index:02d}", f"대표{index:02d}") for index in range(1, 61)]
    path = tmp_path / "서명부.pdf"
    write_signin_sheet(path, DOCUMENT, expected)
    pages = page_count(path)
    # 65 rows of at least 12 mm do not fit on fewer than 4 pages of 259 mm text height.
    assert pages >= 4
    for page in range(1, pages + 1):
        text = flat(text_of(path, page))
        assert "서명" in text and "회사명(소속)" in text
        assert f"{page} / {pages}" in text
    # Every page holds as many rows as the full ones: the empty rows fill the last page, so it never
    # ends with one lonely row.
    rows_per_page = [len(numbered_rows(text_of(path, page))) for page in range(1, pages + 1)]
    assert rows_per_page[-1] == rows_per_page[1], rows_per_page
    assert sum(rows_per_page) >= len(expected) + minutes_pdf.SIGNIN_SPARE_ROWS
    # Rows are at least 12 mm (34 pt) apart.
    bbox = run("pdftotext", "-bbox", "-f", "2", "-l", "2", path, "-")
    tops = [float(y) for y in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>\(주\)회원사', bbox)]
    assert len(tops) >= 10
    gaps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    assert min(gaps) >= 12 * 72 / 25.4 - 0.5


def test_empty_sections_say_so(tmp_path: Path) -> None:
    doc = dataclasses.replace(DOCUMENT, agenda=[], resolutions=[], actions=[], opening="", closing="")
    path = tmp_path / "empty.pdf"
    write_minutes(path, doc)
    text = flat(text_of(path))
    assert text.count("해당 없음") == 3
    assert "개회" not in text.replace("개회를", "")  # no 개회 section without an opening text


def test_format_meeting_datetime() -> None:
    assert format_meeting_datetime(dt.datetime(2026, 11, 24, 14, 0)) == "2026. 11. 24.(화) 14:00"
    assert format_meeting_datetime(dt.datetime(2027, 1, 3, 9, 5)) == "2027. 1. 3.(일) 09:05"


def test_overwrites_an_existing_file(minutes: Path) -> None:
    write_signin_sheet(minutes, DOCUMENT, ATTENDEES)
    assert "참석자 서명부" in text_of(minutes)
    assert [p.name for p in minutes.parent.iterdir()] == [minutes.name]


@pytest.mark.parametrize("writer", ["minutes", "signin"])
def test_missing_folder_is_a_user_error(tmp_path: Path, writer: str) -> None:
    path = tmp_path / "없는 폴더" / "회의록.pdf"
    with pytest.raises(UserError, match="파일을 저장할 수 없습니다") as caught:
        if writer == "minutes":
            write_minutes(path, DOCUMENT)
        else:
            write_signin_sheet(path, DOCUMENT, ATTENDEES)
    assert str(path) in str(caught.value)
    assert "폴더가 없습니다" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_failed_write_leaves_the_old_file_and_no_temp_file(
    minutes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = minutes.read_bytes()

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied", dst)

    monkeypatch.setattr(minutes_pdf.os, "replace", refuse)
    with pytest.raises(UserError, match="파일을 저장할 수 없습니다"):
        write_minutes(minutes, DOCUMENT)
    assert minutes.read_bytes() == before
    assert [p.name for p in minutes.parent.iterdir()] == [minutes.name]


def test_a_table_cell_taller_than_a_page_is_a_user_error(tmp_path: Path) -> None:
    # reportlab cannot split a table row; a pasted essay in 비고 must not end in a traceback.
    doc = dataclasses.replace(DOCUMENT, attendees=[Attendee("(주)한빛정밀", note="아주 긴 비고 " * 2000)])
    path = tmp_path / "회의록.pdf"
    with pytest.raises(UserError, match="너무 길어"):
        write_minutes(path, doc)
    assert list(tmp_path.iterdir()) == []


def test_temp_file_is_not_private(tmp_path: Path) -> None:
    # The PDF lands in folders the office shares: it gets the umask's permissions, not mkstemp's 0600.
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    path = tmp_path / "회의록.pdf"
    old = os.umask(0o022)
    try:
        write_minutes(path, DOCUMENT)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_a_section_heading_never_ends_a_page_alone(tmp_path: Path) -> None:
    """An agenda item whose first paragraph is taller than the room left below the heading takes
    the heading along to the next page (18 attendees leave about that room on page 1)."""
    paragraph = "공동 전시회 참가 여부와 부스 배치, 비용 분담, 운송과 설치 일정을 길게 논의함. " * 14
    doc = replace(
        DOCUMENT,
        attendees=[Attendee(f"(주)회원사{n:02d}", "대표") for n in range(18)],
        agenda=[AgendaItem("전시회 참가의 건", paragraph + "\n둘째 문단.")],
    )
    path = tmp_path / "회의록.pdf"
    write_minutes(path, doc)
    for page in range(1, page_count(path) + 1):
        lines = [line.strip() for line in text_of(path, page).splitlines() if line.strip()]
        body = [line for line in lines if not re.fullmatch(r"\d+ / \d+", line)]
        assert body[-1] != "□ 안건 및 논의 내용", f"page {page} ends with the heading alone"

"""The 조정조서 (mediation record) PDF, read back with poppler's tools (pdftotext, pdffonts, pdfinfo)
as a recipient's PDF viewer would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from collabdesk.documents.mediation_pdf import (
    CONFIDENTIAL,
    MediationRecord,
    RecordParty,
    RecordSession,
    closing_sentence,
    mediation_record_pdf_bytes,
    result_sentence,
    write_mediation_record,
)
from collabdesk.errors import UserError

from .test_minutes_pdf import info, page_count, run, text_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")

PdfText = Callable[[Path], str]

SETTLED_CLOSING = "위와 같이 조정이 성립하였음을 확인하고 당사자와 조정위원이 다음에 서명(날인)한다."
HEADER = "조정조서 · 사건번호 2026-조정-001"

RECORD = MediationRecord(
    case_number="2026-조정-001",
    organisation="경기기계협업그룹",
    received_on=dt.date(2026, 4, 2),
    dispute_type="수익·과실배분",
    project="스마트 공작기계 공동개발 (협약 제3차)",
    claim_summary="신청인은 공동개발 제품의 매출을 협약 제3차의 지분(45%)대로 정산해 달라고 청구함.",
    amount="12,000,000원",
    applicants=[RecordParty("신청인", "(주)한빛정밀", "김영수", "경기도 수원시 영통구 광교로 156")],
    respondents=[RecordParty("피신청인", "대성금형(주)", "이정훈", "경기도 안산시 단원구 산단로 12")],
    mediators=["홍길동 (경기테크노파크 본부장)", "박서연 (변호사)"],
    sessions=[
        RecordSession(
            dt.date(2026, 5, 12),
            "경기중소기업지원센터 3층 회의실",
            "김영수, 이정훈, 홍길동, 박서연",
            "양 당사자의 주장을 들음.\n피신청인은 금형비 선투입분을 먼저 공제해야 한다고 주장함.",
            "다음 기일까지 정산 자료 제출",
        ),
        RecordSession(dt.date(2026, 6, 3), "같은 곳", "김영수, 이정훈, 홍길동", "조정안을 제시함.", ""),
    ],
    status="조정성립",
    closed_on=dt.date(2026, 6, 3),
    outcome_text=(
        "1. 피신청인은 신청인에게 2026. 6. 30.까지 금 9,000,000원을 지급한다.\n"
        "2. 신청인은 나머지 청구를 포기한다.\n"
        "3. 조정비용은 각자 부담한다."
    ),
    printed_on=dt.date(2026, 11, 24),
)

ALL_STATUSES = ("조정성립", "조정불성립", "취하", "각하", "중단", "접수", "조정진행")


def _long_record() -> MediationRecord:
    """Three parties a side, three mediators, five sessions with long summaries, a long outcome."""
    paragraph = "양측은 원가 산정 방식과 금형 감가상각 기간, 판매 수수료의 귀속에 대하여 자료를 설명함. "

    def party(side: str, number: int) -> RecordParty:
        return RecordParty(
            side,
            f"(주){side}{number}정밀공업 스마트제조",
            f"대표{side}{number}",
            f"경기도 수원시 영통구 광교로 {number}번길 {side}동 3층 (이의동, 광교비즈니스센터)",
        )

    sessions = [
        RecordSession(
            dt.date(2026, 5, 5) + dt.timedelta(days=14 * n),
            f"회의실{n}",
            "신청인 측 대표, 피신청인 측 대표, 조정위원 3인",
            "\n".join(f"기일{n}-내용{k}. " + paragraph * (1 + k % 3) for k in range(1, 7)),
            f"기일{n}-계획: 정산 자료 보완 제출",
        )
        for n in range(1, 6)
    ]
    outcome = "\n".join(
        f"조항{k}. 피신청인은 신청인에게 공동개발 제품 매출의 정산금을 지분대로 계산하여 지급한다. " * 3
        for k in range(1, 16)
    )
    return dataclasses.replace(
        RECORD,
        applicants=[party("신청인", n) for n in range(1, 4)],
        respondents=[party("피신청인", n) for n in range(1, 4)],
        mediators=["홍길동 (경기테크노파크 본부장)", "박서연 (법무법인 한결 변호사)", "최민수 (책임연구원)"],
        sessions=sessions,
        outcome_text=outcome,
    )


LONG = _long_record()


@pytest.fixture
def record(tmp_path: Path) -> Path:
    path = tmp_path / "조정조서.pdf"
    write_mediation_record(RECORD, path)
    return path


def written(tmp_path: Path, doc: MediationRecord, name: str = "조서.pdf") -> Path:
    path = tmp_path / name
    write_mediation_record(doc, path)
    return path


def page_texts(path: Path) -> list[str]:
    return [" ".join(text_of(path, page).split()) for page in range(1, page_count(path) + 1)]


def words_outside_text_and_header(path: Path) -> list[str]:
    """Words outside the margins (a little slack), but for the header band at the top of the page,
    which may hold only the header line and the confidential mark: anything else there overflowed."""
    header_words = {*HEADER.split(), CONFIDENTIAL}
    bbox = run("pdftotext", "-bbox", path, "-")
    outside = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.DOTALL):
        width, height = float(page.group(1)), float(page.group(2))
        for word in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page.group(3),
        ):
            x_min, y_min, x_max, y_max = map(float, word.groups()[:4])
            text = html.unescape(word.group(5))
            in_header = y_max < 40 and text in header_words
            if not in_header and (x_min < 50 or x_max > width - 50 or y_min < 45 or y_max > height - 20):
                outside.append(text)
    return outside


def test_fonts_are_embedded_and_metadata_set(record: Path) -> None:
    fonts = run("pdffonts", record).splitlines()[2:]
    assert any("NanumGothicBold" in line for line in fonts)
    assert any(line.split()[0].endswith("+NanumGothic") for line in fonts)
    for line in fonts:  # every font embedded, as a subset, with a Unicode map: nothing else declared
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], line
    fields = info(record)
    assert fields["Title"] == "조정조서 - 2026-조정-001"
    assert fields["Page size"].startswith("595.276 x 841.89")  # A4 portrait


def test_key_items_are_extractable_with_official_dates(record: Path, pdf_text: PdfText) -> None:
    text = pdf_text(record)
    for expected in (
        "조 정 조 서",
        "경기기계협업그룹",
        "사건번호 2026-조정-001 접수일 2026. 4. 2.",
        "분쟁 유형 수익·과실배분",
        "관련 과제 스마트 공작기계 공동개발 (협약 제3차)",
        "구분 상호 대표자 주소",
        "신청인 (주)한빛정밀 김영수 경기도 수원시 영통구 광교로 156",
        "피신청인 대성금형(주) 이정훈 경기도 안산시 단원구 산단로 12",
        "□ 조정위원 1. 홍길동 (경기테크노파크 본부장) 2. 박서연 (변호사)",
        "□ 신청 취지 신청인은 공동개발 제품의 매출을 협약 제3차의 지분(45%)대로 정산해 달라고 청구함.",
        "분쟁 금액 12,000,000원",
        "제1차 조정기일 2026. 5. 12.(화) 장소 경기중소기업지원센터 3층 회의실",
        "참석자 김영수, 이정훈, 홍길동, 박서연",
        "진행 내용 양 당사자의 주장을 들음. 피신청인은 금형비 선투입분을 먼저 공제해야 한다고 주장함.",
        "향후 계획 다음 기일까지 정산 자료 제출",
        "제2차 조정기일 2026. 6. 3.(수) 장소 같은 곳",
        "결과 조정성립 종결일 2026. 6. 3.",
        "내용 당사자 사이에 다음과 같이 조정이 성립되었습니다.",
        "□ 조정 내용 1. 피신청인은 신청인에게 2026. 6. 30.까지 금 9,000,000원을 지급한다. "
        "2. 신청인은 나머지 청구를 포기한다. 3. 조정비용은 각자 부담한다.",
        SETTLED_CLOSING + " 2026. 11. 24.",
    ):
        assert expected in text, expected
    # The second session has no next steps: no empty 향후 계획 row for it.
    assert text.count("향후 계획") == 1
    assert "None" not in text


def test_every_page_has_the_header_the_mark_and_the_footer(tmp_path: Path) -> None:
    path = written(tmp_path, LONG)
    texts = page_texts(path)
    assert len(texts) >= 3
    for number, text in enumerate(texts, 1):
        # Drawn after the page's content, so read last.
        foot = f"{number} / {len(texts)} 출력일 2026. 11. 24. {HEADER} {CONFIDENTIAL}"
        assert text.endswith(foot), text[-80:]


def test_signature_lines_for_every_party_and_mediator(record: Path, pdf_text: PdfText) -> None:
    text = pdf_text(record)
    signatures = text[text.index(SETTLED_CLOSING) :]
    assert re.findall(r"(\S+) 상호 (.+?) 대표 (\S+) \(인\)", signatures) == [
        ("신청인", "(주)한빛정밀", "김영수"),
        ("피신청인", "대성금형(주)", "이정훈"),
    ]
    assert re.findall(r"조정위원 ([^()]+\(.+?\)) \(인\)", signatures) == [
        "홍길동 (경기테크노파크 본부장)",
        "박서연 (변호사)",
    ]
    # The organisation closes the document, under the last signature line.
    assert re.search(r"박서연 \(변호사\) \(인\) 경기기계협업그룹 (\d+) / \1 출력일", signatures)


@pytest.mark.parametrize("status", ALL_STATUSES)
def test_status_wording(tmp_path: Path, pdf_text: PdfText, status: str) -> None:
    is_open = status in ("접수", "조정진행")
    doc = dataclasses.replace(RECORD, status=status, closed_on=None if is_open else RECORD.closed_on)
    text = pdf_text(written(tmp_path, doc))
    sentence = result_sentence(status)
    expected = {
        "조정성립": "당사자 사이에 다음과 같이 조정이 성립되었습니다.",
        "조정불성립": "조정이 성립되지 않았습니다.",
        "취하": "신청인이 조정 신청을 취하하였습니다.",
        "각하": "조정 신청이 각하되었습니다.",
        "중단": "조정 절차가 중단되었습니다.",
        "접수": "조정 절차가 진행 중이며 아직 끝나지 않았습니다.",
        "조정진행": "조정 절차가 진행 중이며 아직 끝나지 않았습니다.",
    }[status]
    assert sentence == expected
    assert f"내용 {sentence}" in text
    closing = closing_sentence(status)
    assert closing in text
    if status == "조정성립":
        assert SETTLED_CLOSING in text
        assert "□ 조정 내용 1. 피신청인은" in text
        assert "□ 비고" not in text
    else:
        # Only a settled case says the mediation succeeded or calls its text the agreed terms.
        assert "조정이 성립하였음" not in text and "조정이 성립되었습니다" not in text
        assert "□ 조정 내용" not in text
        assert "□ 비고 1. 피신청인은" in text
        assert "서명(날인)한다." in closing
    if is_open:
        assert f"결과 진행 중 ({status})" in text
        assert "종결일" not in text
        assert "현재까지의 조정 경과" in closing
    else:
        assert f"결과 {status} 종결일 2026. 6. 3." in text


def test_a_settled_case_without_terms_says_so(tmp_path: Path, pdf_text: PdfText) -> None:
    text = pdf_text(written(tmp_path, dataclasses.replace(RECORD, outcome_text="  \n")))
    assert "□ 조정 내용 기재된 조정 내용이 없습니다." in text


def test_a_long_case_flows_over_pages_without_losing_text(tmp_path: Path) -> None:
    path = written(tmp_path, LONG)
    assert words_outside_text_and_header(path) == []
    texts = page_texts(path)
    assert len(texts) >= 4
    everything = " ".join(texts)
    for session in LONG.sessions:
        number = LONG.sessions.index(session) + 1
        assert f"제{number}차 조정기일 {session.held_on.year}. {session.held_on.month}." in everything
        for k in range(1, 7):
            assert f"기일{number}-내용{k}." in everything, (number, k)
        assert f"기일{number}-계획: 정산 자료 보완 제출" in everything
    for k in range(1, 16):
        assert everything.count(f"조항{k}.") == 3, k
    # A session that continues on the next page has its title row printed again there: every page's
    # first line of a session comes after that session's title on the same page.
    for page, text in enumerate(texts, 1):
        first = re.search(r"기일(\d)-(내용|계획)", text)
        if first is not None:
            assert f"제{first.group(1)}차 조정기일" in text[: first.start()], page
    titles = [title for text in texts for title in set(re.findall(r"제\d차 조정기일", text))]
    assert len(titles) > len(LONG.sessions)  # at least one was printed again


def test_no_signature_line_is_split_and_none_stands_alone(tmp_path: Path) -> None:
    path = written(tmp_path, LONG)
    texts = page_texts(path)
    lines = [
        *(
            f"{party.side} {n} 상호 {party.name} 대표 {party.representative} (인)"
            for parties in (LONG.applicants, LONG.respondents)
            for n, party in enumerate(parties, 1)
        ),
        *(f"조정위원 {name} (인)" for name in LONG.mediators),
    ]
    pages = []
    for line in lines:
        found = [number for number, text in enumerate(texts) if line in text]
        assert len(found) == 1, line  # the whole line on one page
        pages.append(found[0])
    # The closing sentence and the date go with the first line, the organisation with the last.
    assert SETTLED_CLOSING + " 2026. 11. 24. " + lines[0] in texts[pages[0]]
    assert lines[-1] + " 경기기계협업그룹" in texts[pages[-1]]


def test_the_closing_and_the_organisation_never_stand_apart_from_a_signature(tmp_path: Path) -> None:
    """Agreed terms of growing length, a line at a time, move the end of the text down the first and
    second page, past every point where the closing sentence and date, or the last signature line,
    would still fit at the foot of a page and the rest would not."""
    first = "신청인 상호 (주)한빛정밀 대표 김영수 (인)"
    for terms in range(24, 56):
        outcome = "\n".join(f"{n}. 피신청인은 신청인에게 정산금을 지급한다." for n in range(1, terms + 1))
        path = written(tmp_path, dataclasses.replace(RECORD, outcome_text=outcome))
        texts = page_texts(path)
        assert any(f"{SETTLED_CLOSING} 2026. 11. 24. {first}" in text for text in texts), terms
        assert any("박서연 (변호사) (인) 경기기계협업그룹" in text for text in texts), terms


def test_empty_optional_fields_print_no_empty_headings(tmp_path: Path, pdf_text: PdfText) -> None:
    doc = dataclasses.replace(
        RECORD,
        organisation="",
        project="",
        claim_summary="",
        amount="",
        applicants=[RecordParty("신청인", "한빛상사", "", "")],
        respondents=[RecordParty("피신청인", "대성금형(주)", "이정훈", "")],
        mediators=[],
        sessions=[RecordSession(dt.date(2026, 5, 12), "", "", "", "")],
        status="취하",
        outcome_text="",
    )
    text = pdf_text(written(tmp_path, doc))
    for absent in ("관련 과제", "신청 취지", "분쟁 금액", "□ 조정위원", "□ 비고", "□ 조정 내용", "None"):
        assert absent not in text, absent
    for present in (
        "사건번호 2026-조정-001 접수일 2026. 4. 2. 분쟁 유형 수익·과실배분 □ 당사자",
        "신청인 한빛상사 — —",
        "피신청인 대성금형(주) 이정훈 —",
        "제1차 조정기일 2026. 5. 12.(화) 내용 —",
        "결과 취하 종결일 2026. 6. 3.",
        "신청인 상호 한빛상사 대표 (인)",  # a blank rule to write the representative in by hand
        "피신청인 상호 대성금형(주) 대표 이정훈 (인) 1 / 1",
    ):
        assert present in text, present

    no_sessions = dataclasses.replace(doc, sessions=[], status="접수", closed_on=None)
    text = pdf_text(written(tmp_path, no_sessions, "접수.pdf"))
    assert "□ 조정 경과 열린 조정기일이 없습니다." in text


def test_user_text_is_printed_literally(tmp_path: Path, pdf_text: PdfText) -> None:
    doc = dataclasses.replace(
        RECORD,
        applicants=[RecordParty("신청인", "A&B <주>", "오세훈", "서울 <본사>")],
        outcome_text="1. A&B <주>는 <별지> 목록의 금형을 반환한다.",
    )
    text = pdf_text(written(tmp_path, doc))
    assert "신청인 A&B <주> 오세훈 서울 <본사>" in text
    assert "1. A&B <주>는 <별지> 목록의 금형을 반환한다." in text
    assert "신청인 상호 A&B <주> 대표 오세훈 (인)" in text
    assert not re.search(r"&amp;|&lt;", text)


def test_writing_to_a_path_leaves_no_temp_file_and_replaces_the_old_one(record: Path) -> None:
    assert [p.name for p in record.parent.iterdir()] == [record.name]
    write_mediation_record(dataclasses.replace(RECORD, case_number="2026-조정-002"), record)
    assert [p.name for p in record.parent.iterdir()] == [record.name]
    assert "2026-조정-002" in text_of(record)


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "없는 폴더" / "조서.pdf"
    with pytest.raises(UserError, match="폴더가 없습니다"):
        write_mediation_record(RECORD, path)
    assert list(tmp_path.iterdir()) == []


def test_a_cell_taller_than_a_page_is_a_user_error(tmp_path: Path) -> None:
    doc = dataclasses.replace(
        RECORD, applicants=[RecordParty("신청인", "(주)한빛정밀", "김영수", "주소 " * 9000)]
    )
    with pytest.raises(UserError, match="너무 길어"):
        write_mediation_record(doc, tmp_path / "조서.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_session_summary_longer_than_a_page_flows_on(tmp_path: Path, pdf_text: PdfText) -> None:
    summary = "\n".join(f"줄{n:03d} 조정위원이 쟁점을 정리하고 양측의 의견을 들음." for n in range(1, 121))
    doc = dataclasses.replace(
        RECORD, sessions=[RecordSession(dt.date(2026, 5, 12), "회의실", "", summary, "")]
    )
    path = written(tmp_path, doc)
    text = pdf_text(path)
    assert all(f"줄{n:03d} 조정위원이" in text for n in range(1, 121))
    assert page_count(path) >= 3


def test_binary_file_and_bytes_give_the_same_document(tmp_path: Path) -> None:
    out = io.BytesIO()
    write_mediation_record(RECORD, out)
    data = mediation_record_pdf_bytes(RECORD)
    for pdf in (out.getvalue(), data):
        assert pdf.startswith(b"%PDF-") and b"NanumGothic" in pdf
        path = tmp_path / "from-bytes.pdf"
        path.write_bytes(pdf)
        assert "사건번호 2026-조정-001" in " ".join(text_of(path).split())

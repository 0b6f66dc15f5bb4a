"""The global search (Ctrl+K) over known data seeded through the public services: each group found
as its own tab finds it, totals counted beyond the hits shown, a contact leading to its member,
Korean partial words, LIKE metacharacters taken literally, and mediation cases only while unlocked
— on SQLite and, with COLLABDESK_TEST_PG_URL, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from collabdesk.services.annual_types import (
    TARGET_CERTIFICATE,
    TARGET_DISPUTE,
    TARGET_MEETING,
    TARGET_MEMBER,
    TARGET_PROJECT,
)
from collabdesk.services.certificate_templates import IssuerSettings
from collabdesk.services.certificates import RegisterFilter
from collabdesk.services.container import Services
from collabdesk.services.dispute_access import LOCKED
from collabdesk.services.dispute_stats import DisputeFilter
from collabdesk.services.global_search import GROUP_LABELS, SearchGroup
from collabdesk.services.meetings import MeetingService
from collabdesk.services.member_query import STATUS_ALL, MemberFilter
from collabdesk.services.projects import ProjectFilter
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.dispute import APPLICANT, RESPONDENT, DisputeData, PartyInput
from collabdesk.validation.meeting import AgendaData, MeetingData
from collabdesk.validation.project import ProjectData

PASSWORD = "조정비번2026"
CLAIM_WORD = "금형설계도유출"  # only in the case's confidential claim


@dataclass
class Seeded:
    group: int
    hanbit: int
    daesung: int
    percent: int  # 100%정밀
    underscore: int  # 에이_비테크
    plain: int  # 에이비테크 (must not match '에이_비')
    left: int  # withdrawn
    meeting: int
    project: int
    certificate_seq: int
    certificate_number: str
    certificate_code: str
    case_id: int
    case_number: str


def member(services: Services, serial: int, name: str, **fields: object) -> int:
    return services.members.create({"name": name, "brn": make_brn(serial), **fields})


@pytest.fixture
def seeded(services: Services) -> Seeded:
    group = services.groups.create("경기기계협업그룹")
    if "기계·금속" not in {item.name for item in services.industries.items()}:
        services.industries.add("기계·금속")
    hanbit = member(
        services,
        1,
        "(주)한빛정밀",
        ceo="김영수",
        address="경기도 화성시 향남읍 제약공단2길 15",
        joined_on=dt.date(2015, 4, 1),
        group_ids=[group],
        industry="기계·금속",
        contacts=[
            {"name": "홍길동", "position": "부장", "phone": "010-1234-5678", "email": "hong@hanbit.kr"},
            {"name": "한빛나", "position": "대리", "phone": "031-336-3133", "email": "a_b@hanbit.kr"},
        ],
    )
    daesung = member(
        services,
        2,
        "대성금형(주)",
        ceo="이정훈",
        contacts=[{"name": "최민수", "position": "과장", "email": "axb@daesung.kr"}],
    )
    percent = member(services, 3, "100%정밀")
    underscore = member(services, 4, "에이_비테크")
    plain = member(services, 5, "에이비테크")
    left = member(services, 6, "한빛물산(주)", status="탈퇴", left_on=dt.date(2025, 12, 31))

    meeting = services.meetings.create(
        MeetingData(
            "정기회의",
            "3월 정기회의",
            dt.datetime(2026, 3, 12, 14, 0),
            group,
            agenda=[AgendaData("스마트공장 보급 사업 안내", "한빛정밀 발표")],
        )
    )
    project = services.projects.create(
        ProjectData(
            "스마트 공작기계 공동개발",
            "공동기술개발",
            group_id=group,
            lead_member_id=hanbit,
            start_on=dt.date(2026, 3, 1),
        )
    )

    certs = services.certificates
    certs.issuer.save(
        IssuerSettings("경기기계협업그룹", "회장", "김영수", version=certs.issuer.get().version)
    )
    kinds = {kind.name: kind.id for kind in certs.kinds.items()}
    issued = certs.issue(hanbit, kinds["회원확인서"], issue_date=dt.date(2026, 10, 5), render=False)
    certs.revoke(issued.number, "발급 신청 착오", dt.date(2026, 10, 20))

    disputes = services.disputes
    case_id = disputes.create(
        DisputeData(
            dt.date(2026, 10, 5),
            "기술·지식재산",
            [PartyInput(APPLICANT, member_id=hanbit), PartyInput(RESPONDENT, member_id=daesung)],
            claim_summary=f"피신청인의 {CLAIM_WORD} 의혹",
        ),
        disputes.access(None),  # no password yet: open
        today=dt.date(2026, 10, 5),
    )
    [case_row] = disputes.search(access=disputes.access(None))
    return Seeded(
        group,
        hanbit,
        daesung,
        percent,
        underscore,
        plain,
        left,
        meeting,
        project,
        issued.seq,
        issued.number,
        issued.code,
        case_id,
        case_row.number,
    )


def by_key(groups: list[SearchGroup]) -> dict[str, SearchGroup]:
    return {group.key: group for group in groups}


def ids(group: SearchGroup) -> list[int]:
    return [hit.record_id for hit in group.hits]


def found_ids(found: dict[str, SearchGroup], key: str) -> set[int]:
    return set(ids(found[key])) if key in found else set()


# --- the groups -----------------------------------------------------------------------------------
def test_each_group_is_found_in_its_order_with_its_label(services: Services, seeded: Seeded) -> None:
    unlocked = services.disputes.access(None)
    groups = services.search.search("한빛", unlocked)
    assert [g.key for g in groups] == ["member", "contact", "meeting", "project", "certificate", "dispute"]
    assert [g.label for g in groups] == [
        "회원사",
        "담당자",
        "회의록",
        "협업 컨소시엄",
        "증명서",
        "분쟁조정",
    ]
    assert [g.label for g in groups] == list(GROUP_LABELS.values())
    found = by_key(groups)
    # Members: the withdrawn one too (it is on file), with its status in the detail line.
    assert set(ids(found["member"])) == {seeded.hanbit, seeded.left}
    hanbit = next(h for h in found["member"].hits if h.record_id == seeded.hanbit)
    assert hanbit.kind == TARGET_MEMBER and hanbit.title == "(주)한빛정밀"
    assert "기계·금속" in hanbit.detail and "대표 김영수" in hanbit.detail
    assert "탈퇴" in next(h for h in found["member"].hits if h.record_id == seeded.left).detail
    # Contacts: a person called 한빛나; the hit opens the member.
    [contact] = found["contact"].hits
    assert (contact.kind, contact.record_id, contact.title) == (TARGET_MEMBER, seeded.hanbit, "한빛나 대리")
    assert contact.detail == "031-336-3133 · a_b@hanbit.kr — (주)한빛정밀"
    # The minutes' discussion names 한빛정밀; the project has it as its lead.
    [meeting] = found["meeting"].hits
    assert (meeting.kind, meeting.record_id, meeting.title) == (
        TARGET_MEETING,
        seeded.meeting,
        "3월 정기회의",
    )
    assert meeting.detail == "2026-03-12 · 정기회의 · 경기기계협업그룹"
    [project] = found["project"].hits
    assert (project.kind, project.record_id) == (TARGET_PROJECT, seeded.project)
    assert project.title == "스마트 공작기계 공동개발" and "주관 (주)한빛정밀" in project.detail
    [certificate] = found["certificate"].hits
    assert (certificate.kind, certificate.record_id) == (TARGET_CERTIFICATE, seeded.certificate_seq)
    assert certificate.title == seeded.certificate_number
    assert certificate.detail == "회원확인서 · (주)한빛정밀 · 취소"
    [case] = found["dispute"].hits
    assert (case.kind, case.record_id, case.title) == (TARGET_DISPUTE, seeded.case_id, seeded.case_number)
    assert "(주)한빛정밀 ↔ 대성금형(주)" in case.detail
    for group in groups:
        assert group.total == len(group.hits)


def test_each_group_matches_what_its_tab_finds(services: Services, seeded: Seeded) -> None:
    # Latin names in capitals and small letters, in every kind of record.
    latin = member(
        services,
        30,
        "KOREA SmartTech(주)",
        ceo="Park JiHoon",
        address="경기도 화성시 향남읍 2",
        joined_on=dt.date(2020, 1, 2),
        contacts=[{"name": "Kim MINSU", "position": "Manager", "email": "KIM@SmartTech.kr"}],
    )
    services.meetings.create(
        MeetingData("정기회의", "KOREA Smart Expo 참가 회의", dt.datetime(2026, 4, 2, 14, 0), seeded.group)
    )
    services.projects.create(ProjectData("SMART Factory 공동개발", "공동기술개발", lead_member_id=latin))
    kinds = {kind.name: kind.id for kind in services.certificates.kinds.items()}
    services.certificates.issue(latin, kinds["회원확인서"], issue_date=dt.date(2026, 10, 6), render=False)
    access = services.disputes.access(None)  # no password set: the records are open
    services.disputes.create(
        DisputeData(
            dt.date(2026, 10, 7),
            "기술·지식재산",
            [PartyInput(APPLICANT, member_id=latin), PartyInput(RESPONDENT, name="GLOBAL Parts Inc.")],
            claim_summary="SMART 센서 설계 자료",
        ),
        access,
        today=dt.date(2026, 10, 7),
    )
    texts = ("한빛", "스마트", "정밀", "2026", "김영수", "공동개발", "홍길동", "hong@", "최민수", "조정")
    latin_texts = ("KOREA", "korea", "Korea", "SMART", "smart", "Kim", "MINSU", "kim@smarttech", "GLOBAL")
    for text in texts + latin_texts:
        found = by_key(services.search.search(text, access, limit=100))
        members = {r.id for r in services.members.page(MemberFilter(text=text, status=STATUS_ALL), limit=100)}
        meetings = MeetingService(services.db).search(text=text)
        projects = services.projects.search(ProjectFilter(text=text))
        register = services.certificates.register(RegisterFilter(text=text))
        cases = services.disputes.search(DisputeFilter(text=text), access)
        assert found_ids(found, "member") == members, text
        assert found_ids(found, "meeting") == {r.id for r in meetings}, text
        assert found_ids(found, "project") == {r.id for r in projects}, text
        assert found_ids(found, "certificate") == {r.seq for r in register}, text
        assert found_ids(found, "dispute") == {r.id for r in cases}, text
        # A contact is found by what the member tab finds its member by (name, phone, e-mail): its
        # member is among the member tab's rows.
        assert found_ids(found, "contact") <= members, text
    # The Latin words did find something in each kind (the comparisons above were not all empty).
    assert {"member", "meeting", "certificate"} <= set(by_key(services.search.search("KOREA", access)))
    # Members, minutes and projects ignore case; the register (and so its group here) compares as
    # typed on PostgreSQL, while SQLite's LIKE ignores the case of Latin letters.
    assert {"member", "meeting"} <= set(by_key(services.search.search("korea", access)))
    smart = by_key(services.search.search("SMART", access))
    assert {"project", "dispute"} <= set(smart) and found_ids(smart, "member") == {latin}
    assert ids(by_key(services.search.search("MINSU", access))["contact"]) == [latin]


def test_totals_count_beyond_the_hits_read(services: Services, seeded: Seeded) -> None:
    for n in range(5):
        member(services, 20 + n, f"청운기계{n}", contacts=[{"name": f"청운담당{n}"}])
    found = by_key(services.search.search("청운", limit=2))
    assert found["member"].total == 5 and len(found["member"].hits) == 2
    assert found["contact"].total == 5 and len(found["contact"].hits) == 2
    # The first hits in the member tab's order (회사명).
    assert [h.title for h in found["member"].hits] == ["청운기계0", "청운기계1"]
    assert services.search.search("청운", limit=0) == []


def test_korean_partial_words_as_the_member_tab_finds_them(services: Services, seeded: Seeded) -> None:
    for text in ("빛정", "한빛정", "빛", "정밀", "한빛 정밀", "hanbit"):
        found = by_key(services.search.search(text))
        expected = {r.id for r in services.members.page(MemberFilter(text=text, status=STATUS_ALL))}
        assert seeded.hanbit in expected, text
        assert set(ids(found["member"])) == expected, text


def test_a_contact_finds_its_member_by_name_phone_email_or_position(
    services: Services, seeded: Seeded
) -> None:
    for text in ("홍길동", "길동", "010-1234-5678", "01012345678", "1234-5678", "5678", "HONG@", "부장"):
        contacts = by_key(services.search.search(text))["contact"]
        assert [(h.kind, h.record_id, h.title) for h in contacts.hits] == [
            (TARGET_MEMBER, seeded.hanbit, "홍길동 부장")
        ], text
    # A contact without a phone or e-mail still reads as its member.
    [choi] = by_key(services.search.search("최민수"))["contact"].hits
    assert (choi.record_id, choi.detail) == (seeded.daesung, "axb@daesung.kr — 대성금형(주)")


def test_like_metacharacters_are_literal(services: Services, seeded: Seeded) -> None:
    assert ids(by_key(services.search.search("%"))["member"]) == [seeded.percent]
    assert ids(by_key(services.search.search("0%정"))["member"]) == [seeded.percent]
    assert ids(by_key(services.search.search("이_비"))["member"]) == [seeded.underscore]
    # 에이_비테크, and 한빛정밀 whose contact's e-mail is a_b@hanbit.kr; never 에이비테크.
    assert set(ids(by_key(services.search.search("_"))["member"])) == {seeded.underscore, seeded.hanbit}
    contacts = by_key(services.search.search("a_b@"))["contact"]
    assert [h.title for h in contacts.hits] == ["한빛나 대리"]  # not axb@daesung.kr
    assert services.search.search("%%%") == []
    assert services.search.search("정밀_") == []


def test_empty_text_and_nothing_found(services: Services, seeded: Seeded) -> None:
    assert services.search.search("") == []
    assert services.search.search("   \t ") == []
    assert services.search.search("없는낱말", services.disputes.access(None)) == []


def test_certificates_by_number_business_number_and_code(services: Services, seeded: Seeded) -> None:
    brn = make_brn(1)
    for text in (
        "회원-0001",
        brn,
        brn.replace("-", ""),
        seeded.certificate_code,
        seeded.certificate_code.replace("-", ""),
    ):
        [hit] = by_key(services.search.search(text))["certificate"].hits
        assert hit.record_id == seeded.certificate_seq, text
    assert "certificate" not in by_key(services.search.search("ZZZZ-ZZZZ"))


# --- mediation cases: only while unlocked -----------------------------------------------------------
def test_cases_only_while_unlocked(services: Services, seeded: Seeded) -> None:
    disputes = services.disputes
    open_access = disputes.access(None)
    assert ids(by_key(services.search.search(CLAIM_WORD, open_access))["dispute"]) == [seeded.case_id]
    # Not searched at all without an access, even by the case number anyone may see in the tab.
    for text in (seeded.case_number, CLAIM_WORD, "조정"):
        assert "dispute" not in by_key(services.search.search(text))
        assert "dispute" not in by_key(services.search.search(text, LOCKED))

    disputes.set_password(PASSWORD)
    # The access opened before the password was set lapsed with it: locked after all.
    assert "dispute" not in by_key(services.search.search(seeded.case_number, open_access))
    unlocked = disputes.access(PASSWORD)
    assert unlocked.unlocked
    found = by_key(services.search.search(seeded.case_number, unlocked))
    assert ids(found["dispute"]) == [seeded.case_id] and found["dispute"].total == 1
    assert ids(by_key(services.search.search(CLAIM_WORD, unlocked))["dispute"]) == [seeded.case_id]
    assert services.search.search(CLAIM_WORD, LOCKED) == []
    assert services.search.search(CLAIM_WORD) == []

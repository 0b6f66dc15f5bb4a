"""Dispute cases (분쟁조정) on a real database: numbering per year never reused, parties and the
agreement version in force, sessions, the outcome as a new agreement version, optimistic locking,
lists and statistics in the database, the 조정조서, mediators and dispute types, the sample cases."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from collabdesk.db.models import DisputeCase
from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError, UserError
from collabdesk.services.container import Services
from collabdesk.services.dispute_stats import DisputeFilter
from collabdesk.services.dispute_workflow import DUE_SOON, IN_PROGRESS, OVERDUE, SETTLED, WITHDRAWN
from collabdesk.services.disputes import dispute_types
from collabdesk.services.projects import ProjectFilter
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.dispute import (
    APPLICANT,
    RESPONDENT,
    DisputeData,
    MediatorData,
    PartyInput,
    SessionData,
)
from collabdesk.validation.project import AgreementData, PartyData, ProjectData

D = dt.date
TODAY = D(2026, 11, 30)
RECEIVED = D(2026, 5, 4)


@pytest.fixture
def world(services: Services) -> dict[str, int]:
    """Three member companies, two mediators, and a project with agreement versions 1 (2026-03-02)
    and 2 (2026-06-01)."""
    ids = {
        "hanbit": services.members.create(
            {"name": "(주)한빛정밀", "brn": make_brn(1), "ceo": "김영수", "address": "경기도 화성시 향남읍 1"}
        ),
        "daesung": services.members.create(
            {"name": "대성금형(주)", "brn": make_brn(2), "ceo": "이정훈", "address": "경기도 안산시 단원구 2"}
        ),
        "narae": services.members.create({"name": "(주)나래센서", "brn": make_brn(3), "ceo": "정다은"}),
        "park": services.mediators.add(MediatorData("박정호", "경기테크노파크 본부장", "0315003000")),
        "lee": services.mediators.add(MediatorData("이수진", "", "")),
    }
    project = services.projects.create(ProjectData("스마트 공작기계 공동개발", "공동기술개발"))
    for agreed_on, share in ((D(2026, 3, 2), "60"), (D(2026, 6, 1), "55")):
        services.projects.add_agreement(
            project,
            AgreementData(
                agreed_on,
                [
                    PartyData("(주)한빛정밀", ["R&D"], Decimal(share), ids["hanbit"]),
                    PartyData("대성금형(주)", ["금형"], Decimal(100) - Decimal(share), ids["daesung"]),
                ],
            ),
        )
    ids["project"] = project
    return ids


def case_data(world: dict[str, int], received: dt.date = RECEIVED, **changes: object) -> DisputeData:
    data = DisputeData(
        received,
        "수익·과실배분",
        [
            PartyInput(APPLICANT, member_id=world["daesung"]),
            PartyInput(RESPONDENT, member_id=world["hanbit"]),
        ],
        claim_summary="금형 개발비 정산 비율에 대한 이견",
        amount=12_000_000,
        project_id=world["project"],
        mediator_ids=[world["park"]],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def numbers(services: Services) -> list[str]:
    with services.db.reading() as s:
        return list(s.scalars(select(DisputeCase.number).order_by(DisputeCase.id)))


# --- numbers -----------------------------------------------------------------------------------------
def test_numbers_are_a_sequence_per_year_of_receipt_and_never_given_again(
    services: Services, world: dict[str, int]
) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    for received in (D(2025, 12, 30), D(2026, 1, 5), D(2026, 2, 1), D(2025, 11, 3)):
        disputes.create(case_data(world, received, project_id=None), access, today=TODAY)
    assert numbers(services) == ["2025-조정-001", "2026-조정-001", "2026-조정-002", "2025-조정-002"]
    # A case entered by mistake is closed as 취하 (there is no delete): its number stays taken.
    mistaken = disputes.find("2026-조정-002")
    disputes.change_status(mistaken, WITHDRAWN, D(2026, 2, 2), "잘못 입력함", 1, access, today=TODAY)
    assert not hasattr(disputes, "delete")
    disputes.create(case_data(world, D(2026, 3, 1), project_id=None), access, today=TODAY)
    assert numbers(services)[-1] == "2026-조정-003"
    with pytest.raises(NotFoundError, match="2026-조정-999"):
        disputes.find("2026-조정-999")


def test_a_refused_case_takes_no_number(services: Services, world: dict[str, int]) -> None:
    access = services.disputes.access(None)
    with pytest.raises(FieldErrors):
        services.disputes.create(case_data(world, amount=-1), access, today=TODAY)
    services.disputes.create(case_data(world), access, today=TODAY)
    assert numbers(services) == ["2026-조정-001"]


# --- one case ----------------------------------------------------------------------------------------
def test_a_case_reads_back_with_parties_from_the_directory_and_the_version_in_force(
    services: Services, world: dict[str, int]
) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    data = case_data(world, D(2026, 5, 4))
    data.parties.append(
        PartyInput(RESPONDENT, " 경기대학교 산학협력단 ", representative="박교수", address="수원시")
    )
    data.mediator_ids = [world["park"], world["lee"]]
    case_id = disputes.create(data, access, today=TODAY)
    detail = disputes.get(case_id, access, today=D(2026, 6, 1))
    assert detail.number == "2026-조정-001" and detail.status == "접수"
    assert [
        (p.side, p.name, p.representative, p.address, p.member_id is not None) for p in detail.parties
    ] == [
        (APPLICANT, "대성금형(주)", "이정훈", "경기도 안산시 단원구 2", True),
        (RESPONDENT, "(주)한빛정밀", "김영수", "경기도 화성시 향남읍 1", True),
        (RESPONDENT, "경기대학교 산학협력단", "박교수", "수원시", False),
    ]
    assert detail.mediators == ["박정호 (경기테크노파크 본부장)", "이수진"]
    # Received 2026-05-04: version 1 (2026-03-02) was in force, not version 2 (2026-06-01).
    assert (detail.project_name, detail.agreement_number) == ("스마트 공작기계 공동개발", 1)
    assert (
        detail.data.agreement_number == 1 and detail.data.claim_summary == "금형 개발비 정산 비율에 대한 이견"
    )
    assert (detail.deadline, detail.days_left, detail.flag) == (D(2026, 7, 3), 32, "")

    later = disputes.create(case_data(world, D(2026, 6, 1)), access, today=TODAY)
    assert disputes.get(later, access).agreement_number == 2
    chosen = disputes.create(case_data(world, D(2026, 7, 1), agreement_number=1), access, today=TODAY)
    assert disputes.get(chosen, access).agreement_number == 1
    before_any = services.projects.create(ProjectData("친환경 도장 공동구매", "공동구매"))
    none = disputes.create(case_data(world, D(2026, 7, 1), project_id=before_any), access, today=TODAY)
    assert disputes.get(none, access).agreement_number is None


def test_the_agreement_version_must_be_the_projects(services: Services, world: dict[str, int]) -> None:
    access = services.disputes.access(None)
    with pytest.raises(
        FieldErrors, match="협약 제5차는 '스마트 공작기계 공동개발' 과제의 협약 버전이 아닙니다"
    ):
        services.disputes.create(case_data(world, agreement_number=5), access, today=TODAY)
    with pytest.raises(FieldErrors, match="관련 과제를 먼저"):
        services.disputes.create(case_data(world, project_id=None, agreement_number=1), access, today=TODAY)
    with pytest.raises(FieldErrors, match="삭제되었거나 없는 과제"):
        services.disputes.create(case_data(world, project_id=999), access, today=TODAY)
    assert numbers(services) == []


@pytest.mark.parametrize(
    ("parties", "message"),
    [
        ([PartyInput(APPLICANT, "가나상사")], "피신청인을(를) 한 곳 이상"),
        ([PartyInput(RESPONDENT, "가나상사")], "신청인을(를) 한 곳 이상"),
        ([PartyInput(APPLICANT, "가나상사"), PartyInput(RESPONDENT, "")], "회원사를 고르거나 이름을"),
        ([PartyInput(APPLICANT, "가나상사"), PartyInput(RESPONDENT, "주식회사 가나상사")], "양쪽에"),
        (
            [
                PartyInput(APPLICANT, "가나상사"),
                PartyInput(APPLICANT, "(주)가나상사"),
                PartyInput(RESPONDENT, "다라"),
            ],
            "신청인에 두 번",
        ),
        ([PartyInput("증인", "가나상사"), PartyInput(RESPONDENT, "다라")], "신청인 또는 피신청인"),
    ],
)
def test_parties_need_both_sides_and_no_company_on_both(
    services: Services, world: dict[str, int], parties: list[PartyInput], message: str
) -> None:
    with pytest.raises(FieldErrors, match=re.escape(message)):
        services.disputes.create(
            case_data(world, parties=parties), services.disputes.access(None), today=TODAY
        )
    assert numbers(services) == []


def test_a_member_and_its_name_typed_by_hand_are_one_company(
    services: Services, world: dict[str, int]
) -> None:
    parties = [PartyInput(APPLICANT, member_id=world["hanbit"]), PartyInput(RESPONDENT, "한빛정밀 주식회사")]
    with pytest.raises(FieldErrors, match=re.escape("한빛정밀 주식회사이(가) 신청인과 피신청인 양쪽에")):
        services.disputes.create(
            case_data(world, parties=parties), services.disputes.access(None), today=TODAY
        )
    parties = [PartyInput(APPLICANT, member_id=999), PartyInput(RESPONDENT, "다라")]
    with pytest.raises(FieldErrors, match="삭제되었거나 없는 회원사"):
        services.disputes.create(
            case_data(world, parties=parties), services.disputes.access(None), today=TODAY
        )


def test_other_fields_are_checked(services: Services, world: dict[str, int]) -> None:
    access = services.disputes.access(None)
    for changes, message in (
        ({"received_on": D(2026, 12, 1)}, "오늘보다 늦습니다"),
        (
            {"dispute_type": "임금"},
            "분쟁 유형: 역할분담, 수익·과실배분, 납기, 품질, 대금지급, 기술·지식재산, 기타",
        ),
        ({"amount": -5}, "0보다 작을 수 없습니다"),
        ({"target_days": 0}, "처리 기간은 1일에서"),
        ({"mediator_ids": [world["park"], world["park"]]}, "같은 조정위원이 두 번"),
        ({"mediator_ids": [999]}, "삭제되었거나 없는 사람"),
    ):
        with pytest.raises(FieldErrors, match=message):
            services.disputes.create(case_data(world, **changes), access, today=TODAY)
    assert numbers(services) == []


def test_an_update_saves_and_a_stale_one_is_refused(services: Services, world: dict[str, int]) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world), access, today=TODAY)
    detail = disputes.get(case_id, access)
    data = detail.data
    data.claim_summary, data.amount, data.target_days = "정산 비율 7:3 주장", None, 90
    data.parties = [
        PartyInput(APPLICANT, member_id=world["narae"]),
        PartyInput(RESPONDENT, member_id=world["hanbit"]),
    ]
    disputes.update(case_id, data, detail.version, access, today=TODAY)
    again = disputes.get(case_id, access)
    assert again.version == detail.version + 1 and again.number == detail.number
    assert (again.data.claim_summary, again.data.amount, again.deadline) == (
        "정산 비율 7:3 주장",
        None,
        D(2026, 8, 2),
    )
    assert [p.name for p in again.parties] == ["(주)나래센서", "(주)한빛정밀"]

    # Someone else saved first: the old version is refused and nothing changes.
    data.claim_summary = "덮어쓰기"
    with pytest.raises(StaleRecordError):
        disputes.update(case_id, data, detail.version, access, today=TODAY)
    assert disputes.get(case_id, access).data.claim_summary == "정산 비율 7:3 주장"


def test_the_receipt_date_cannot_move_past_what_happened_after_it(
    services: Services, world: dict[str, int]
) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world, D(2026, 5, 4)), access, today=TODAY)
    disputes.change_status(case_id, IN_PROGRESS, D(2026, 5, 6), "진행", 1, access, today=TODAY)
    detail = disputes.get(case_id, access)
    detail.data.received_on = D(2026, 5, 7)
    with pytest.raises(FieldErrors, match=r"진행 날짜\(2026-05-06\)보다 늦습니다"):
        disputes.update(case_id, detail.data, detail.version, access, today=TODAY)
    detail.data.received_on = D(2026, 5, 5)
    disputes.update(case_id, detail.data, detail.version, access, today=TODAY)
    moved = disputes.get(case_id, access)
    assert moved.steps[0].changed_on == D(2026, 5, 5) and moved.number == "2026-조정-001"


# --- sessions ----------------------------------------------------------------------------------------
def test_sessions_are_added_changed_and_deleted(services: Services, world: dict[str, int]) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world, D(2026, 5, 4)), access, today=TODAY)
    with pytest.raises(FieldErrors, match="접수일"):
        disputes.save_session(case_id, SessionData(D(2026, 5, 3)), access)
    second = disputes.save_session(
        case_id, SessionData(D(2026, 6, 10), "사무국 회의실", summary="2차"), access
    )
    first = disputes.save_session(
        case_id, SessionData(D(2026, 5, 20), " 사무국 회의실 ", "양측 대표", " 1차 ", "증빙 제출"), access
    )
    detail = disputes.get(case_id, access)
    assert [(x.id, x.held_on, x.place, x.summary) for x in detail.sessions] == [
        (first, D(2026, 5, 20), "사무국 회의실", "1차"),
        (second, D(2026, 6, 10), "사무국 회의실", "2차"),
    ]
    disputes.save_session(
        case_id, SessionData(D(2026, 6, 11), "화상회의", summary="2차 (변경)"), access, second
    )
    disputes.delete_session(case_id, first, access)
    detail = disputes.get(case_id, access)
    assert [(x.held_on, x.place, x.summary) for x in detail.sessions] == [
        (D(2026, 6, 11), "화상회의", "2차 (변경)")
    ]
    with pytest.raises(NotFoundError):
        disputes.delete_session(case_id, first, access)
    # A session counts as a change of the case: a form read before it is stale.
    stale = detail.version
    disputes.save_session(case_id, SessionData(D(2026, 6, 20)), access)
    with pytest.raises(StaleRecordError):
        disputes.update(case_id, detail.data, stale, access, today=TODAY)


# --- the outcome and the agreement -------------------------------------------------------------------
def test_the_outcome_becomes_the_next_agreement_version_linked_to_the_case(
    services: Services, world: dict[str, int]
) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world), access, today=TODAY)
    terms = AgreementData(
        D(2026, 7, 1),
        [
            PartyData("(주)한빛정밀", ["R&D"], Decimal("50"), world["hanbit"]),
            PartyData("대성금형(주)", ["금형", "사출"], Decimal("50"), world["daesung"]),
        ],
        "지분 조정",
    )
    version = disputes.get(case_id, access).version
    disputes.set_outcome(case_id, "지분을 50:50으로 바꾸고 대성금형(주)이 사출도 맡는다.", version, access)
    # Only a settled case's terms make a version: these are not agreed yet.
    with pytest.raises(UserError, match="조정성립 상태가 아니라"):
        disputes.create_agreement_from_outcome(case_id, terms, access)
    disputes.change_status(case_id, SETTLED, D(2026, 7, 1), "양측 서명", version + 1, access, today=TODAY)

    # The project service checks the version: shares of 90% change nothing anywhere.
    wrong = AgreementData(
        terms.agreed_on, [PartyData("(주)한빛정밀", ["R&D"], Decimal("90"), world["hanbit"])]
    )
    wrong.parties.append(PartyData("대성금형(주)", ["금형"], Decimal("0"), world["daesung"]))
    wrong.parties[1].share = None
    with pytest.raises(FieldErrors):
        disputes.create_agreement_from_outcome(case_id, wrong, access)
    assert [v.number for v in services.projects.get(world["project"]).versions] == [1, 2]

    assert disputes.create_agreement_from_outcome(case_id, terms, access) == 3
    made = services.projects.agreement(world["project"], 3)
    # Anyone sees agreements: the note is the one typed, never the case's number.
    assert made.note == "지분 조정"
    assert [(p.name, p.roles, p.share) for p in made.parties] == [
        ("(주)한빛정밀", ["R&D"], Decimal("50.00")),
        ("대성금형(주)", ["금형", "사출"], Decimal("50.00")),
    ]
    detail = disputes.get(case_id, access)
    assert detail.outcome_agreement_number == 3 and detail.agreement_number == 1  # in force at receipt
    with pytest.raises(UserError, match="이미 협약 제3차를 만들었습니다"):
        disputes.create_agreement_from_outcome(case_id, terms, access)

    no_project = disputes.create(case_data(world, project_id=None), access, today=TODAY)
    disputes.change_status(
        no_project, SETTLED, D(2026, 7, 1), "서명", 1, access, outcome_text="대금 지급", today=TODAY
    )
    with pytest.raises(UserError, match="관련 과제가 없는 사건"):
        disputes.create_agreement_from_outcome(no_project, terms, access)
    assert [v.number for v in services.projects.get(world["project"]).versions] == [1, 2, 3]


def settled_case(services: Services, world: dict[str, int]) -> int:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world), access, today=TODAY)
    disputes.change_status(
        case_id, SETTLED, D(2026, 7, 1), "서명", 1, access, outcome_text="지분을 50:50으로", today=TODAY
    )
    return case_id


def test_an_agreement_from_the_outcome_gets_a_neutral_note_when_none_is_typed(
    services: Services, world: dict[str, int]
) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = settled_case(services, world)
    current = services.projects.agreement(world["project"])
    number = disputes.create_agreement_from_outcome(
        case_id, AgreementData(D(2026, 7, 1), current.parties, "  "), access
    )
    note = services.projects.agreement(world["project"], number).note
    assert note == "조정 결과에 따른 변경"
    other = settled_case(services, world)  # 2026-조정-002
    with pytest.raises(FieldErrors, match="비고에 사건번호를 적을 수 없습니다"):
        disputes.create_agreement_from_outcome(
            other, AgreementData(D(2026, 7, 1), current.parties, "2026-조정-002 결과"), access
        )
    assert disputes.get(other, access).outcome_agreement_number is None
    assert "2026-조정-001" not in " ".join(v.note for v in services.projects.get(world["project"]).versions)


def test_an_agreement_from_the_outcome_is_refused_when_the_project_changed_meanwhile(
    services: Services, world: dict[str, int]
) -> None:
    """What the dialog started from (the project's version) is compared: another PC's new agreement
    version in between is not silently built over."""
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = settled_case(services, world)
    seen = services.projects.get(world["project"]).version
    current = services.projects.agreement(world["project"])
    services.projects.add_agreement(
        world["project"], AgreementData(D(2026, 7, 2), current.parties, "다른 PC")
    )
    with pytest.raises(StaleRecordError):
        disputes.create_agreement_from_outcome(
            case_id, AgreementData(D(2026, 7, 1), current.parties), access, expected_project_version=seen
        )
    assert [v.number for v in services.projects.get(world["project"]).versions] == [1, 2, 3]
    assert disputes.get(case_id, access).outcome_agreement_number is None
    now = services.projects.get(world["project"]).version
    assert (
        disputes.create_agreement_from_outcome(
            case_id, AgreementData(D(2026, 7, 3), current.parties), access, expected_project_version=now
        )
        == 4
    )


def test_the_project_of_a_case_whose_outcome_made_a_version_cannot_change(
    services: Services, world: dict[str, int]
) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = settled_case(services, world)
    other = services.projects.create(ProjectData("친환경 도장 공동구매", "공동구매"))
    detail = disputes.get(case_id, access)
    changed = detail.data
    changed.project_id, changed.agreement_number = other, None
    disputes.update(case_id, changed, detail.version, access, today=TODAY)  # no version made yet: allowed
    changed.project_id = world["project"]
    disputes.update(case_id, changed, detail.version + 1, access, today=TODAY)
    current = services.projects.agreement(world["project"])
    disputes.create_agreement_from_outcome(case_id, AgreementData(D(2026, 7, 1), current.parties), access)
    detail = disputes.get(case_id, access)
    for project_id in (other, None):
        moved = detail.data
        moved.project_id, moved.agreement_number = project_id, None
        with pytest.raises(FieldErrors, match="관련 과제를 바꿀 수 없습니다"):
            disputes.update(case_id, moved, detail.version, access, today=TODAY)
    again = disputes.get(case_id, access)
    assert again.version == detail.version and again.data.project_id == world["project"]
    assert again.outcome_agreement_number == 3
    same = again.data  # other fields may still change
    same.claim_summary = "고친 신청 내용"
    disputes.update(case_id, same, again.version, access, today=TODAY)


def test_the_receipt_date_stays_in_the_year_of_the_number(services: Services, world: dict[str, int]) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world, D(2026, 1, 5)), access, today=TODAY)
    detail = disputes.get(case_id, access)
    moved = detail.data
    moved.received_on = D(2025, 12, 30)
    with pytest.raises(FieldErrors, match="접수 연도\\(2026년\\)가 들어 있어"):
        disputes.update(case_id, moved, detail.version, access, today=TODAY)
    moved.received_on = D(2026, 1, 2)  # within the year: fine
    disputes.update(case_id, moved, detail.version, access, today=TODAY)
    after = disputes.get(case_id, access)
    assert (after.number, after.data.received_on) == ("2026-조정-001", D(2026, 1, 2))


def test_a_case_is_not_closed_before_its_last_session_or_extension(
    services: Services, world: dict[str, int]
) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world), access, today=TODAY)
    disputes.save_session(case_id, SessionData(D(2026, 6, 10), "회의실"), access, today=TODAY)
    disputes.extend_deadline(case_id, D(2026, 6, 20), 30, "증빙 보완", 2, access, today=TODAY)
    for on, last in ((D(2026, 6, 5), "2026-06-20"), (D(2026, 6, 15), "2026-06-20")):
        with pytest.raises(FieldErrors, match=f"기한 연장일\\({last}\\)보다"):
            disputes.change_status(case_id, WITHDRAWN, on, "취하서", 3, access, today=TODAY)
    disputes.change_status(case_id, IN_PROGRESS, D(2026, 6, 5), "배정", 3, access, today=TODAY)  # not closing
    disputes.change_status(case_id, WITHDRAWN, D(2026, 6, 20), "취하서", 4, access, today=TODAY)
    assert disputes.get(case_id, access).closed_on == D(2026, 6, 20)


def test_sessions_only_on_open_cases_and_not_more_than_a_year_ahead(
    services: Services, world: dict[str, int]
) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world), access, today=TODAY)
    with pytest.raises(FieldErrors, match="오늘부터 365일 안이어야"):
        disputes.save_session(case_id, SessionData(TODAY + dt.timedelta(days=366)), access, today=TODAY)
    ahead = disputes.save_session(case_id, SessionData(TODAY + dt.timedelta(days=365)), access, today=TODAY)
    disputes.delete_session(case_id, ahead, access)
    held = disputes.save_session(case_id, SessionData(D(2026, 6, 10), "회의실"), access, today=TODAY)
    version = disputes.get(case_id, access).version
    disputes.change_status(case_id, WITHDRAWN, D(2026, 6, 11), "취하서", version, access, today=TODAY)
    version += 1
    with pytest.raises(UserError, match="종결된 사건\\(취하\\)에는 조정기일을 넣거나 고칠 수 없습니다"):
        disputes.save_session(case_id, SessionData(D(2026, 6, 12)), access, today=TODAY)
    with pytest.raises(UserError, match="조정기일을 넣거나 고칠 수 없습니다"):
        disputes.save_session(case_id, SessionData(D(2026, 6, 10), "다른 곳"), access, held, today=TODAY)
    with pytest.raises(UserError, match="조정기일을 삭제할 수 없습니다"):
        disputes.delete_session(case_id, held, access)
    detail = disputes.get(case_id, access)
    assert detail.version == version and [(x.held_on, x.place) for x in detail.sessions] == [
        (D(2026, 6, 10), "회의실")
    ]


def test_settled_terms_cannot_be_emptied(services: Services, world: dict[str, int]) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world), access, today=TODAY)
    disputes.change_status(
        case_id, SETTLED, D(2026, 6, 1), "서명", 1, access, outcome_text="합의", today=TODAY
    )
    with pytest.raises(FieldErrors, match="비울 수 없습니다"):
        disputes.set_outcome(case_id, " ", 2, access)


# --- lists and statistics ----------------------------------------------------------------------------
@pytest.fixture
def several(services: Services, world: dict[str, int]) -> dict[str, int]:
    """Five cases of 2025 and 2026: two settled (30 and 50 days), one withdrawn (10 days), two open."""
    disputes, access = services.disputes, services.disputes.access(None)
    made: dict[str, int] = {}
    for key, received, kind, claim, closing in (
        ("a", D(2025, 3, 2), "납기", "납기 지연에 따른 지체상금", (SETTLED, D(2025, 4, 1))),
        ("b", D(2026, 1, 10), "납기", "부품 납기 미준수", (SETTLED, D(2026, 3, 1))),
        ("c", D(2026, 2, 1), "품질", "불량률 초과", (WITHDRAWN, D(2026, 2, 11))),
        ("d", D(2026, 9, 1), "품질", "도장 박리 하자", None),
        ("e", D(2026, 10, 20), "대금지급", "잔금 미지급", None),
    ):
        data = case_data(world, received, dispute_type=kind, claim_summary=claim, project_id=None)
        if key == "e":
            data.parties = [
                PartyInput(APPLICANT, member_id=world["narae"]),
                PartyInput(RESPONDENT, "동방정공"),
            ]
        made[key] = disputes.create(data, access, today=TODAY)
        if closing is not None:
            status, on = closing
            disputes.change_status(made[key], status, on, "종결", 1, access, outcome_text="합의", today=TODAY)
    return made


def test_the_list_filters_in_the_database(
    services: Services, several: dict[str, int], world: dict[str, int]
) -> None:
    disputes, access = services.disputes, services.disputes.access(None)

    def found(**flt: object) -> list[int]:
        return [r.id for r in disputes.search(DisputeFilter(**flt), access, today=TODAY)]  # type: ignore[arg-type]

    assert found() == [several[k] for k in "edcba"]  # newest receipt first
    assert found(status="미종결") == [several["e"], several["d"]]
    assert found(status="종결") == [several["c"], several["b"], several["a"]]
    assert found(status=SETTLED) == [several["b"], several["a"]]
    assert found(dispute_type="품질") == [several["d"], several["c"]]
    assert found(year=2025) == [several["a"]]
    assert found(member_id=world["narae"]) == [several["e"]]
    assert found(party="동방") == [several["e"]]
    assert found(text="박리") == [several["d"]]
    assert found(text="2026-조정-003") == [several["d"]]
    # 2026-09-01 + 60 = 10-31 (past on 11-30); 2026-10-20 + 60 = 12-19 (19 days left).
    assert found(flag=OVERDUE) == [several["d"]]
    assert found(flag=DUE_SOON) == []
    assert [r.id for r in disputes.search(DisputeFilter(flag=DUE_SOON), access, today=D(2026, 12, 12))] == [
        several["e"]
    ]
    with pytest.raises(UserError, match="알 수 없는 상태"):
        found(status="보류")
    row = next(r for r in disputes.search(DisputeFilter(), access, today=TODAY) if r.id == several["e"])
    assert (row.number, row.dispute_type, row.applicants, row.respondents, row.amount, row.locked) == (
        "2026-조정-004",
        "대금지급",
        "(주)나래센서",
        "동방정공",
        12_000_000,
        False,
    )


def test_statistics_by_type_and_status_with_the_median_days_to_close(
    services: Services, several: dict[str, int]
) -> None:
    stats = services.disputes.stats(access=services.disputes.access(None), today=TODAY)
    assert (stats.total, stats.open, stats.closed, stats.overdue, stats.due_soon) == (5, 2, 3, 1, 0)
    assert stats.by_status == {SETTLED: 2, WITHDRAWN: 1, "접수": 2}
    assert stats.by_type == {
        ("납기", SETTLED): 2,
        ("품질", WITHDRAWN): 1,
        ("품질", "접수"): 1,
        ("대금지급", "접수"): 1,
    }
    assert stats.median_days_to_close == 30  # 30, 50 and 10 days
    year = services.disputes.stats(2026, services.disputes.access(None), today=TODAY)
    assert (year.total, year.median_days_to_close) == (4, 30)  # 50 and 10 days
    assert services.disputes.years() == [2026, 2025]


# --- the 조정조서 ---------------------------------------------------------------------------------------
def test_the_record_holds_the_case_the_parties_the_sessions_and_the_terms(
    services: Services, world: dict[str, int], tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    from collabdesk.services.certificate_templates import IssuerSettings

    services.certificates.issuer.save(IssuerSettings("경기기계협업그룹", "회장", "김영수", version=1))
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = disputes.create(case_data(world), access, today=TODAY)
    disputes.save_session(
        case_id, SessionData(D(2026, 5, 20), "사무국 회의실", "양측 대표", "1차 조정"), access
    )
    disputes.change_status(
        case_id, SETTLED, D(2026, 6, 1), "서명", 2, access, outcome_text="지분 50:50", today=TODAY
    )
    record = disputes.record("2026-조정-001", access, printed_on=D(2026, 6, 2))
    assert (record.case_number, record.organisation, record.dispute_type) == (
        "2026-조정-001",
        "경기기계협업그룹",
        "수익·과실배분",
    )
    assert record.project == "스마트 공작기계 공동개발 (협약 제1차)" and record.amount == "12,000,000원"
    assert [(p.name, p.representative) for p in record.applicants] == [("대성금형(주)", "이정훈")]
    assert [p.name for p in record.respondents] == ["(주)한빛정밀"]
    assert record.mediators == ["박정호 (경기테크노파크 본부장)"]
    assert [(x.held_on, x.summary) for x in record.sessions] == [(D(2026, 5, 20), "1차 조정")]
    assert (record.status, record.closed_on, record.outcome_text) == (SETTLED, D(2026, 6, 1), "지분 50:50")

    assert disputes.record_pdf(case_id, access).startswith(b"%PDF-")
    path = tmp_path / "조정조서.pdf"
    disputes.write_record(case_id, path, access, printed_on=D(2026, 6, 2))
    text = pdf_text(path)
    assert "2026-조정-001" in text and "대성금형(주)" in text and "지분 50:50" in text
    assert "NanumGothic" in subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    with pytest.raises(UserError, match="PDF"):
        disputes.write_record(case_id, tmp_path / "조정조서.docx", access)
    prints = [
        e for e in services.history.for_record("dispute_cases", case_id) if e.context == "조정조서 출력"
    ]
    assert len(prints) == 3 and {e.action for e in prints} == {"view"}


# --- mediators and types -----------------------------------------------------------------------------
def test_mediators_are_managed_and_kept_once_they_served(services: Services, world: dict[str, int]) -> None:
    mediators = services.mediators
    assert [(m.name, m.phone, m.label) for m in mediators.items()] == [
        ("박정호", "031-500-3000", "박정호 (경기테크노파크 본부장)"),
        ("이수진", "", "이수진"),
    ]
    with pytest.raises(FieldErrors, match="성명"):
        mediators.add(MediatorData(" "))
    with pytest.raises(FieldErrors, match="전화번호"):
        mediators.add(MediatorData("최원석", phone="12"))
    access = services.disputes.access(None)
    case_id = services.disputes.create(case_data(world, mediator_ids=[world["park"]]), access, today=TODAY)
    with pytest.raises(UserError, match="1건에 지정되어 있어 삭제할 수 없습니다"):
        mediators.remove(world["park"], access)
    park = mediators.get(world["park"])
    mediators.update(
        park.id, MediatorData("박정호", "경기테크노파크 본부장", park.phone, active=False), park.version
    )
    with pytest.raises(StaleRecordError):
        mediators.update(park.id, MediatorData("박정호"), park.version)
    assert [m.name for m in mediators.items(active_only=True)] == ["이수진"]
    # Inactive: stays on the case it served, but is not newly assigned.
    detail = services.disputes.get(case_id, access)
    services.disputes.update(case_id, detail.data, detail.version, access, today=TODAY)
    with pytest.raises(FieldErrors, match="활동하지 않는 조정위원"):
        services.disputes.create(case_data(world, mediator_ids=[world["park"]]), access, today=TODAY)
    mediators.remove(world["lee"])
    assert [m.name for m in mediators.items()] == ["박정호"]


def test_mediator_case_counts_need_an_unlocked_access(services: Services, world: dict[str, int]) -> None:
    """How many cases a mediator served on tells about the cases: none without the password."""
    mediators, disputes = services.mediators, services.disputes
    disputes.create(case_data(world, mediator_ids=[world["park"]]), disputes.access(None), today=TODAY)
    disputes.set_password("조정비번2026")
    access = disputes.access("조정비번2026")
    assert [(m.name, m.cases) for m in mediators.items(access=access)] == [("박정호", 1), ("이수진", 0)]
    assert [(m.name, m.cases) for m in mediators.items()] == [("박정호", None), ("이수진", None)]
    assert mediators.get(world["park"]).cases is None
    with pytest.raises(UserError) as refused:
        mediators.remove(world["park"])
    assert "지정되어 있어 삭제할 수 없습니다" in str(refused.value) and "1건" not in str(refused.value)
    with pytest.raises(UserError, match="1건에 지정되어"):
        mediators.remove(world["park"], access)
    disputes.set_password("새조정비번", "조정비번2026")  # an access of the old password lapses
    assert [m.cases for m in mediators.items(access=access)] == [None, None]


def test_dispute_types_are_an_editable_list(services: Services, world: dict[str, int]) -> None:
    types = services.dispute_types
    assert types.names() == ["역할분담", "수익·과실배분", "납기", "품질", "대금지급", "기술·지식재산", "기타"]
    assert services.disputes.types() == types.names()
    types.add("하도급대금")
    services.disputes.create(
        case_data(world, dispute_type="하도급대금"), services.disputes.access(None), today=TODAY
    )
    unlocked = dispute_types(services.db, services.disputes.access(None))
    item = next(i for i in unlocked.items() if i.name == "하도급대금")
    assert item.in_use == 1
    with pytest.raises(UserError, match="쓰는 조정 사례가 1건 있어"):
        unlocked.remove(item.id)


def test_dispute_type_counts_need_an_unlocked_access(services: Services, world: dict[str, int]) -> None:
    disputes = services.disputes
    disputes.create(case_data(world), disputes.access(None), today=TODAY)
    disputes.set_password("조정비번2026")
    unlocked = dispute_types(services.db, disputes.access("조정비번2026"))
    assert {i.name: i.in_use for i in unlocked.items()}["수익·과실배분"] == 1
    for locked in (services.dispute_types, dispute_types(services.db)):
        assert {i.in_use for i in locked.items()} == {0}
        used = next(i for i in locked.items() if i.name == "수익·과실배분")
        with pytest.raises(UserError) as refused:
            locked.remove(used.id)
        assert "삭제할 수 없습니다" in str(refused.value) and "1건" not in str(refused.value)
    assert "수익·과실배분" in unlocked.names()


# --- the sample --------------------------------------------------------------------------------------
def test_the_sample_has_a_settled_case_with_its_agreement_and_an_open_one_near_its_deadline(
    sample_services: Services,
) -> None:
    services = sample_services
    disputes, access = services.disputes, services.disputes.access(None)
    rows = disputes.search(DisputeFilter(), access)
    assert [r.status for r in rows] == [IN_PROGRESS, SETTLED]
    running, settled = (disputes.get(r.id, access) for r in rows)

    assert settled.number == "2025-조정-001" and settled.outcome_text
    export = next(
        p.id for p in services.projects.search(ProjectFilter()) if p.name == "유압 유닛 공동 브랜드 수출"
    )
    assert (settled.project_name, settled.agreement_number, settled.outcome_agreement_number) == (
        "유압 유닛 공동 브랜드 수출",
        1,
        2,
    )
    # The agreement is seen by anyone who opens the project: its note does not name the case.
    assert services.projects.agreement(export, 2).note.startswith("조정 결과에 따른 변경")
    assert not any("조정-" in v.note for v in services.projects.get(export).versions)
    assert len(settled.sessions) == 2 and settled.closed_on is not None

    assert running.number == f"{running.data.received_on.year}-조정-001"
    assert len(running.sessions) == 1 and running.flag == DUE_SOON
    assert [p.member_id is None for p in running.parties] == [False, True]  # an outside respondent


def test_cases_created_at_the_same_time_get_distinct_numbers(
    services: Services, world: dict[str, int]
) -> None:
    """Two PCs entering cases at once (threads here): the numbering is serialised, none is doubled."""
    import threading

    access = services.disputes.access(None)
    failures: list[BaseException] = []

    def enter() -> None:
        try:
            for _ in range(3):
                services.disputes.create(case_data(world, project_id=None), access, today=TODAY)
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=enter) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(numbers(services)) == [f"2026-조정-{n:03d}" for n in range(1, 13)]

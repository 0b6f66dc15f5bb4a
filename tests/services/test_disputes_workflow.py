"""The mediation workflow and deadline rules: every legal and illegal step, the dates a step may
carry, reopening with a reason, 조정성립 needing the agreed terms, the 60-day deadline with its
extensions and flags — as pure rules on fixed dates, and through the service on a real database."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from collabdesk.errors import FieldErrors, StaleRecordError, UserError
from collabdesk.services.container import Services
from collabdesk.services.dispute_workflow import (
    CLOSED_STATUSES,
    DUE_SOON,
    IN_PROGRESS,
    OPEN_STATUSES,
    OVERDUE,
    RECEIVED,
    SETTLED,
    STATUSES,
    WITHDRAWN,
    allowed_next,
    check_transition,
    days_left,
    deadline,
    deadline_flag,
    median_days,
)
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.dispute import APPLICANT, RESPONDENT, DisputeData, PartyInput

D = dt.date
RECEIVED_ON = D(2026, 3, 2)
TODAY = D(2026, 4, 1)
STEP_ON = D(2026, 3, 10)


def step(current: str, target: str, on: dt.date = STEP_ON, note: str = "메모", **kw: object) -> None:
    args = {"received_on": RECEIVED_ON, "last_change_on": RECEIVED_ON, "today": TODAY, "outcome_text": "합의"}
    args.update(kw)
    check_transition(current, target, on, note, **args)  # type: ignore[arg-type]


# --- steps -----------------------------------------------------------------------------------------
LEGAL = {
    (RECEIVED, IN_PROGRESS),
    *((RECEIVED, closed) for closed in CLOSED_STATUSES),
    *((IN_PROGRESS, closed) for closed in CLOSED_STATUSES),
    *((closed, IN_PROGRESS) for closed in CLOSED_STATUSES),  # reopening, with a reason
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(STATUSES, STATUSES)))
def test_every_pair_of_statuses_is_allowed_or_refused_naming_both(current: str, target: str) -> None:
    if (current, target) in LEGAL:
        step(current, target)
        assert target in allowed_next(current)
        return
    with pytest.raises(FieldErrors) as err:
        step(current, target)
    assert f"'{current}' 상태에서 '{target}'(으)로 바꿀 수 없습니다" in str(err.value)
    assert target not in allowed_next(current)


def test_the_workflow_has_the_issues_statuses() -> None:
    assert OPEN_STATUSES == ("접수", "조정진행")
    assert CLOSED_STATUSES == ("조정성립", "조정불성립", "취하", "각하", "중단")
    assert len(LEGAL) == 1 + 5 + 5 + 5


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(FieldErrors, match="알 수 없는 상태"):
        step(RECEIVED, "보류")


def test_a_steps_date_is_not_before_receipt_nor_in_the_future_nor_before_the_last_step() -> None:
    with pytest.raises(FieldErrors, match=r"변경일\(2026-03-01\)이 접수일\(2026-03-02\)보다 빠릅니다"):
        step(RECEIVED, IN_PROGRESS, D(2026, 3, 1))
    with pytest.raises(FieldErrors, match="오늘보다 늦습니다"):
        step(RECEIVED, IN_PROGRESS, D(2026, 4, 2))
    with pytest.raises(FieldErrors, match=r"앞선 상태 변경일\(2026-03-20\)보다 빠릅니다"):
        step(IN_PROGRESS, WITHDRAWN, D(2026, 3, 19), last_change_on=D(2026, 3, 20))
    # The receipt day, the last step's day and today itself are all fine.
    step(RECEIVED, IN_PROGRESS, RECEIVED_ON)
    step(IN_PROGRESS, WITHDRAWN, D(2026, 3, 20), last_change_on=D(2026, 3, 20))
    step(IN_PROGRESS, WITHDRAWN, TODAY)


def test_every_step_needs_a_note_and_a_reopening_its_reason() -> None:
    with pytest.raises(FieldErrors, match="사유나 경위를 적어"):
        step(RECEIVED, IN_PROGRESS, note="  ")
    with pytest.raises(FieldErrors, match="다시 진행하려면 그 사유를 적어"):
        step(WITHDRAWN, IN_PROGRESS, note="")
    step(WITHDRAWN, IN_PROGRESS, note="신청인이 취하를 철회함")


def test_settling_needs_the_agreed_terms() -> None:
    with pytest.raises(FieldErrors, match="조정성립으로 종결하려면 조정 내용"):
        step(IN_PROGRESS, SETTLED, outcome_text=" \n")
    step(IN_PROGRESS, SETTLED, outcome_text="대금 2천만원 지급")
    step(IN_PROGRESS, "조정불성립", outcome_text="")  # only 조정성립 needs them


# --- the deadline ----------------------------------------------------------------------------------
def test_the_deadline_is_receipt_plus_sixty_days_plus_extensions_across_month_ends_and_leap_years() -> None:
    assert deadline(D(2026, 1, 1), 60) == D(2026, 3, 2)
    assert deadline(D(2028, 1, 1), 60) == D(2028, 3, 1)  # 2028 is a leap year: 29 February counts
    assert deadline(D(2026, 1, 31), 30) == D(2026, 3, 2)
    assert deadline(D(2027, 12, 15), 60) == D(2028, 2, 13)  # over the year's end
    assert deadline(D(2026, 3, 2), 60, 15) == D(2026, 5, 16)
    assert deadline(D(2026, 3, 2), 60, 15 + 30) == D(2026, 6, 15)


def test_flags_seven_days_before_and_past_the_deadline_never_for_a_closed_case() -> None:
    due = D(2026, 5, 1)
    assert days_left(due, D(2026, 4, 23)) == 8
    assert deadline_flag(RECEIVED, due, D(2026, 4, 23)) == ""
    assert deadline_flag(RECEIVED, due, D(2026, 4, 24)) == DUE_SOON  # 7 days left
    assert deadline_flag(IN_PROGRESS, due, due) == DUE_SOON  # the day itself
    assert deadline_flag(IN_PROGRESS, due, D(2026, 5, 2)) == OVERDUE
    for closed in CLOSED_STATUSES:
        assert deadline_flag(closed, due, D(2026, 4, 30)) == ""
        assert deadline_flag(closed, due, D(2027, 1, 1)) == ""


def test_median_days_to_close() -> None:
    assert median_days([]) is None
    assert median_days([(D(2026, 1, 1), D(2026, 1, 31))]) == 30
    spans = [
        (D(2026, 1, 1), D(2026, 1, 11)),
        (D(2026, 1, 1), D(2026, 2, 10)),
        (D(2026, 2, 1), D(2026, 2, 21)),
    ]
    assert median_days(spans) == 20  # 10, 40, 20
    assert median_days([*spans, (D(2026, 3, 1), D(2026, 3, 31))]) == 25  # 10, 20, 30, 40


# --- through the service ---------------------------------------------------------------------------
def new_case(services: Services, received: dt.date = RECEIVED_ON) -> int:
    first = services.members.create({"name": "(주)한빛정밀", "brn": make_brn(1)})
    second = services.members.create({"name": "대성금형(주)", "brn": make_brn(2)})
    data = DisputeData(
        received, "납기", [PartyInput(APPLICANT, member_id=first), PartyInput(RESPONDENT, member_id=second)]
    )
    return services.disputes.create(data, services.disputes.access(None), today=received)


def test_a_case_goes_through_its_steps_each_kept_as_a_row(services: Services) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = new_case(services)
    detail = disputes.get(case_id, access, today=TODAY)
    assert detail.status == RECEIVED and detail.next_statuses == allowed_next(RECEIVED)
    assert [(s.from_status, s.to_status, s.changed_on) for s in detail.steps] == [("", RECEIVED, RECEIVED_ON)]

    disputes.change_status(
        case_id, IN_PROGRESS, D(2026, 3, 5), "조정위원 배정", detail.version, access, today=TODAY
    )
    with pytest.raises(FieldErrors, match="조정 내용"):
        disputes.change_status(
            case_id, SETTLED, D(2026, 3, 20), "서명", detail.version + 1, access, today=TODAY
        )
    disputes.change_status(
        case_id,
        SETTLED,
        D(2026, 3, 20),
        "조정안 서명",
        detail.version + 1,
        access,
        outcome_text=" 납기 2주 연장 ",
        today=TODAY,
    )
    detail = disputes.get(case_id, access, today=TODAY)
    assert (detail.status, detail.closed_on, detail.outcome_text) == (
        SETTLED,
        D(2026, 3, 20),
        "납기 2주 연장",
    )
    assert detail.flag == "" and detail.next_statuses == (IN_PROGRESS,)

    # Reopened with its reason: open again, no close date; the whole course stays.
    disputes.change_status(
        case_id, IN_PROGRESS, D(2026, 3, 25), "피신청인이 합의 불이행", detail.version, access, today=TODAY
    )
    detail = disputes.get(case_id, access, today=TODAY)
    assert (detail.status, detail.closed_on) == (IN_PROGRESS, None)
    assert [(s.from_status, s.to_status, s.changed_on, s.note) for s in detail.steps] == [
        ("", RECEIVED, RECEIVED_ON, "접수"),
        (RECEIVED, IN_PROGRESS, D(2026, 3, 5), "조정위원 배정"),
        (IN_PROGRESS, SETTLED, D(2026, 3, 20), "조정안 서명"),
        (SETTLED, IN_PROGRESS, D(2026, 3, 25), "피신청인이 합의 불이행"),
    ]


def test_a_refused_step_changes_nothing(services: Services) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = new_case(services)
    before = disputes.get(case_id, access, today=TODAY)
    for status, on, note in (
        (SETTLED, D(2026, 3, 10), "메모"),  # no terms
        (IN_PROGRESS, D(2026, 3, 1), "메모"),  # before the receipt
        (IN_PROGRESS, D(2026, 3, 10), ""),  # no note
        (RECEIVED, D(2026, 3, 10), "메모"),  # not a step
    ):
        with pytest.raises(FieldErrors):
            disputes.change_status(case_id, status, on, note, before.version, access, today=TODAY)
    with pytest.raises(FieldErrors, match="'접수' 상태에서 '접수'"):
        disputes.change_status(case_id, RECEIVED, D(2026, 3, 10), "메모", before.version, access, today=TODAY)
    after = disputes.get(case_id, access, today=TODAY)
    assert (after.version, after.status, after.steps) == (before.version, before.status, before.steps)


def test_a_step_on_a_stale_version_is_refused(services: Services) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = new_case(services)
    version = disputes.get(case_id, access, today=TODAY).version
    disputes.change_status(case_id, IN_PROGRESS, D(2026, 3, 5), "진행", version, access, today=TODAY)
    with pytest.raises(StaleRecordError):
        disputes.change_status(case_id, WITHDRAWN, D(2026, 3, 6), "취하", version, access, today=TODAY)
    assert disputes.get(case_id, access, today=TODAY).status == IN_PROGRESS


def test_extensions_move_the_deadline_and_the_flag(services: Services) -> None:
    disputes, access = services.disputes, services.disputes.access(None)
    case_id = new_case(services)  # received 2026-03-02: due 2026-05-01
    detail = disputes.get(case_id, access, today=D(2026, 4, 24))
    assert (detail.deadline, detail.flag, detail.days_left) == (D(2026, 5, 1), DUE_SOON, 7)
    assert disputes.get(case_id, access, today=D(2026, 5, 2)).flag == OVERDUE
    with pytest.raises(FieldErrors, match="사유"):
        disputes.extend_deadline(
            case_id, D(2026, 4, 24), 30, " ", detail.version, access, today=D(2026, 4, 24)
        )
    with pytest.raises(FieldErrors, match="연장 일수"):
        disputes.extend_deadline(
            case_id, D(2026, 4, 24), 0, "감정", detail.version, access, today=D(2026, 4, 24)
        )
    disputes.extend_deadline(
        case_id, D(2026, 4, 24), 30, "품질 감정 결과 대기", detail.version, access, today=D(2026, 4, 24)
    )
    detail = disputes.get(case_id, access, today=D(2026, 5, 2))
    assert (detail.deadline, detail.flag) == (D(2026, 5, 31), "")
    assert [(e.extended_on, e.days, e.reason) for e in detail.extensions] == [
        (D(2026, 4, 24), 30, "품질 감정 결과 대기")
    ]
    disputes.change_status(
        case_id, WITHDRAWN, D(2026, 5, 2), "취하서 접수", detail.version, access, today=D(2026, 5, 2)
    )
    closed = disputes.get(case_id, access, today=D(2026, 12, 31))
    assert closed.flag == "" and closed.days_left < 0  # past its deadline, but closed: no flag
    with pytest.raises(UserError, match="종결된 사건"):
        disputes.extend_deadline(
            case_id, D(2026, 5, 3), 10, "재검토", closed.version, access, today=D(2026, 5, 3)
        )

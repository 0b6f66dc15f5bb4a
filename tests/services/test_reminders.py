"""Reminders (the 현황 tab) on a real database: action items, milestones, mediation deadlines, members
with missing data and the backup, with their texts, severities and order, the cap per kind and what
it left out, the group filter (for mediation cases only while the records are unlocked), and that a
mediation reminder tells nothing about the case."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from collabdesk.db.backup import MANUAL, create_backup, list_backups
from collabdesk.errors import UserError
from collabdesk.services.annual_types import (
    SEVERITY_INFO,
    SEVERITY_OVERDUE,
    SEVERITY_SOON,
    TARGET_BACKUPS,
    TARGET_DISPUTE,
    TARGET_MEETING,
    TARGET_MISSING,
    TARGET_PROJECT,
    Reminder,
    Reminders,
)
from collabdesk.services.container import Services
from collabdesk.services.dispute_access import LOCKED
from collabdesk.services.dispute_workflow import WITHDRAWN
from collabdesk.services.reminders import (
    KIND_ACTIONS,
    KIND_BACKUP,
    KIND_DISPUTES,
    KIND_MEMBERS,
    KIND_MILESTONES,
    MISSING_FIELDS,
    NO_PAST_BACKUP,
)
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.dispute import APPLICANT, RESPONDENT, DisputeData, PartyInput
from collabdesk.validation.meeting import ACTION_DONE, ActionData, MeetingData
from collabdesk.validation.project import MilestoneData, ProjectData

D = dt.date
TODAY = D(2026, 11, 30)


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def of_kind(found: Reminders, kind: str) -> list[Reminder]:
    return [item for item in found.items if item.kind == kind]


def texts(found: Reminders, kind: str) -> list[tuple[str, str]]:
    return [(item.severity, item.text) for item in of_kind(found, kind)]


@pytest.fixture
def groups(services: Services) -> dict[str, int]:
    """연합회 > 1그룹 > 1-1분과, and 연합회 > 2그룹."""
    top = services.groups.create("연합회")
    first = services.groups.create("1그룹", parent_id=top)
    return {
        "top": top,
        "g1": first,
        "g11": services.groups.create("1-1분과", parent_id=first),
        "g2": services.groups.create("2그룹", parent_id=top),
    }


def add_meeting(
    services: Services, group_id: int | None, actions: list[ActionData], title: str = "정기회의"
) -> int:
    return services.meetings.create(
        MeetingData("정기회의", title, dt.datetime(2026, 10, 15, 14), group_id=group_id, actions=actions)
    )


def add_project(
    services: Services, name: str, group_id: int | None, milestones: list[MilestoneData], status: str = "진행"
) -> int:
    project = services.projects.create(ProjectData(name, "공동기술개발", group_id=group_id, status=status))
    for milestone in milestones:
        services.projects.save_milestone(project, milestone)
    return project


# --- action items ------------------------------------------------------------------------------------
def test_action_items_overdue_and_due_within_seven_days(services: Services, groups: dict[str, int]) -> None:
    first = add_meeting(
        services,
        groups["g11"],
        [
            ActionData("견적서 취합", "김과장", D(2026, 11, 20)),
            ActionData("전시회 참가 신청", "", TODAY),
            ActionData("회비 고지", "총무", days(7)),
            ActionData("다음 달 일", "총무", days(8)),
            ActionData("날짜 없는 일", "총무"),
            ActionData("끝난 일", "총무", D(2026, 11, 1), status=ACTION_DONE, closed_on=D(2026, 10, 15)),
        ],
    )
    second = add_meeting(services, groups["g2"], [ActionData("명단 정리", "사무국", days(-1))], "2그룹 회의")

    found = services.reminders.reminders(today=TODAY)
    assert texts(found, KIND_ACTIONS) == [
        (SEVERITY_OVERDUE, "견적서 취합 — 담당 김과장, 기한 2026. 11. 20. (10일 지남)"),
        (SEVERITY_OVERDUE, "명단 정리 — 담당 사무국, 기한 2026. 11. 29. (1일 지남)"),
        (SEVERITY_SOON, "전시회 참가 신청 — 기한 2026. 11. 30. (오늘)"),
        (SEVERITY_SOON, "회비 고지 — 담당 총무, 기한 2026. 12. 7. (7일 남음)"),
    ]
    actions = of_kind(found, KIND_ACTIONS)
    assert [(a.target, a.record_id) for a in actions] == [
        (TARGET_MEETING, first),
        (TARGET_MEETING, second),
        (TARGET_MEETING, first),
        (TARGET_MEETING, first),
    ]
    assert [a.due_on for a in actions] == [D(2026, 11, 20), days(-1), TODAY, days(7)]
    assert KIND_ACTIONS not in found.more

    # The group and the groups below it: 1그룹 takes 1-1분과's meeting, not 2그룹's.
    in_first = services.reminders.reminders(today=TODAY, group_id=groups["g1"])
    assert [a.text.split(" — ")[0] for a in of_kind(in_first, KIND_ACTIONS)] == [
        "견적서 취합",
        "전시회 참가 신청",
        "회비 고지",
    ]
    in_second = services.reminders.reminders(today=TODAY, group_id=groups["g2"])
    assert [a.record_id for a in of_kind(in_second, KIND_ACTIONS)] == [second]


def test_a_closed_action_item_is_reminded_no_more(services: Services) -> None:
    meeting = add_meeting(services, None, [ActionData("견적서 취합", "김과장", D(2026, 11, 20))])
    assert len(of_kind(services.reminders.reminders(today=TODAY), KIND_ACTIONS)) == 1
    [action] = services.meetings.open_actions(None, dt.datetime(2027, 1, 1))
    services.meetings.close_action(action.id, TODAY)
    assert of_kind(services.reminders.reminders(today=TODAY), KIND_ACTIONS) == []
    assert services.meetings.get(meeting).data.actions[0].status == ACTION_DONE


# --- milestones --------------------------------------------------------------------------------------
def test_milestones_of_running_projects(services: Services, groups: dict[str, int]) -> None:
    running = add_project(
        services,
        "스마트 공작기계 공동개발",
        groups["g11"],
        [
            MilestoneData("시제품 완성", D(2026, 11, 2)),
            MilestoneData("금형 발주", days(3)),
            MilestoneData("설계 검토", D(2026, 10, 1), done_on=D(2026, 10, 2)),  # done
            MilestoneData("인증 신청", days(8)),  # not yet
            MilestoneData("출시", None),  # no date
        ],
    )
    other = add_project(services, "공동 물류센터", groups["g2"], [MilestoneData("부지 선정", TODAY)])
    add_project(
        services, "끝난 과제", groups["g11"], [MilestoneData("결과 보고", D(2026, 9, 1))], status="완료"
    )
    add_project(
        services, "중단한 과제", groups["g11"], [MilestoneData("중간 보고", D(2026, 9, 1))], status="중단"
    )

    found = services.reminders.reminders(today=TODAY)
    assert texts(found, KIND_MILESTONES) == [
        (SEVERITY_OVERDUE, "스마트 공작기계 공동개발: 시제품 완성 — 예정일 2026. 11. 2. (28일 지남)"),
        (SEVERITY_SOON, "공동 물류센터: 부지 선정 — 예정일 2026. 11. 30. (오늘)"),
        (SEVERITY_SOON, "스마트 공작기계 공동개발: 금형 발주 — 예정일 2026. 12. 3. (3일 남음)"),
    ]
    assert [(m.target, m.record_id) for m in of_kind(found, KIND_MILESTONES)] == [
        (TARGET_PROJECT, running),
        (TARGET_PROJECT, other),
        (TARGET_PROJECT, running),
    ]
    in_first = services.reminders.reminders(today=TODAY, group_id=groups["g1"])
    assert {m.record_id for m in of_kind(in_first, KIND_MILESTONES)} == {running}


def test_a_milestone_done_is_reminded_no_more(services: Services) -> None:
    project = add_project(services, "스마트 공작기계 공동개발", None, [])
    milestone = services.projects.save_milestone(project, MilestoneData("시제품 완성", D(2026, 11, 2)))
    assert len(of_kind(services.reminders.reminders(today=TODAY), KIND_MILESTONES)) == 1
    services.projects.save_milestone(
        project,
        MilestoneData("시제품 완성", D(2026, 11, 2), done_on=TODAY),
        milestone,
        expected=MilestoneData("시제품 완성", D(2026, 11, 2)),
    )
    assert of_kind(services.reminders.reminders(today=TODAY), KIND_MILESTONES) == []


# --- mediation deadlines -----------------------------------------------------------------------------
@pytest.fixture
def parties(services: Services, groups: dict[str, int]) -> dict[str, int]:
    return {
        "hanbit": services.members.create(
            {"name": "(주)한빛정밀", "brn": make_brn(1), "ceo": "김영수", "group_ids": [groups["g11"]]}
        ),
        "daesung": services.members.create(
            {"name": "대성금형(주)", "brn": make_brn(2), "ceo": "이정훈", "group_ids": [groups["g2"]]}
        ),
    }


def add_case(services: Services, received: dt.date, parties: list[PartyInput], **changes: object) -> int:
    data = DisputeData(
        received,
        "수익·과실배분",
        parties,
        claim_summary="금형 개발비 정산 비율에 대한 이견",
        amount=12_000_000,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return services.disputes.create(data, services.disputes.access(None), today=TODAY)


def test_mediation_deadlines_closed_cases_and_an_extension(
    services: Services, groups: dict[str, int], parties: dict[str, int]
) -> None:
    members = [
        PartyInput(APPLICANT, member_id=parties["daesung"]),
        PartyInput(RESPONDENT, member_id=parties["hanbit"]),
    ]
    access = services.disputes.access(None)
    late = add_case(services, D(2026, 9, 20), members)  # deadline 2026-11-19
    soon = add_case(services, D(2026, 10, 5), members)  # deadline 2026-12-04
    add_case(services, D(2026, 10, 20), members)  # deadline 2026-12-19: not yet
    closed = add_case(services, D(2026, 9, 1), members)  # deadline 2026-10-31, but withdrawn
    services.disputes.change_status(closed, WITHDRAWN, D(2026, 10, 2), "합의로 취하", 1, access, today=TODAY)
    extended = add_case(services, D(2026, 9, 25), members)  # deadline 2026-11-24 …
    assert [d.text for d in of_kind(services.reminders.reminders(today=TODAY), KIND_DISPUTES)] == [
        "2026-조정-001 처리 기한 2026. 11. 19. (11일 지남)",
        "2026-조정-005 처리 기한 2026. 11. 24. (6일 지남)",
        "2026-조정-002 처리 기한 2026. 12. 4. (4일 남음)",
    ]
    version = services.disputes.get(extended, access, today=TODAY).version
    services.disputes.extend_deadline(
        extended, D(2026, 11, 20), 10, "감정 결과 대기", version, access, today=TODAY
    )
    # … now 2026-12-04: due soon, beside the other case with that deadline (the older id first).
    found = services.reminders.reminders(today=TODAY)
    assert texts(found, KIND_DISPUTES) == [
        (SEVERITY_OVERDUE, "2026-조정-001 처리 기한 2026. 11. 19. (11일 지남)"),
        (SEVERITY_SOON, "2026-조정-002 처리 기한 2026. 12. 4. (4일 남음)"),
        (SEVERITY_SOON, "2026-조정-005 처리 기한 2026. 12. 4. (4일 남음)"),
    ]
    disputes = of_kind(found, KIND_DISPUTES)
    assert [(d.target, d.record_id, d.due_on) for d in disputes] == [
        (TARGET_DISPUTE, late, D(2026, 11, 19)),
        (TARGET_DISPUTE, soon, D(2026, 12, 4)),
        (TARGET_DISPUTE, extended, D(2026, 12, 4)),
    ]
    # The deadline day itself is still "soon"; the day after, overdue.
    on_the_day = of_kind(services.reminders.reminders(today=D(2026, 11, 19)), KIND_DISPUTES)[0]
    assert (on_the_day.severity, on_the_day.text) == (
        SEVERITY_SOON,
        "2026-조정-001 처리 기한 2026. 11. 19. (오늘)",
    )


def test_a_mediation_reminder_tells_nothing_about_the_case(
    services: Services, groups: dict[str, int], parties: dict[str, int]
) -> None:
    add_case(
        services,
        D(2026, 9, 20),
        [PartyInput(APPLICANT, member_id=parties["daesung"]), PartyInput(RESPONDENT, name="(주)외부상사")],
        project_id=add_project(services, "스마트 공작기계 공동개발", groups["g2"], []),
    )
    services.disputes.set_password("조정비밀번호1")
    [reminder] = of_kind(services.reminders.reminders(today=TODAY), KIND_DISPUTES)
    assert reminder.text == "2026-조정-001 처리 기한 2026. 11. 19. (11일 지남)"
    for secret in (
        "대성금형",
        "외부상사",
        "수익",
        "과실배분",
        "금형 개발비",
        "12,000,000",
        "12000000",
        "스마트",
    ):
        assert secret not in reminder.text


def test_mediation_reminders_of_a_group(
    services: Services, groups: dict[str, int], parties: dict[str, int]
) -> None:
    outside = [PartyInput(APPLICANT, name="(주)외부상사"), PartyInput(RESPONDENT, name="미래물산")]
    of_member = add_case(
        services, D(2026, 9, 20), [PartyInput(APPLICANT, member_id=parties["hanbit"]), *outside[1:]]
    )
    project = add_project(services, "공동 물류센터", groups["g2"], [])
    of_project = add_case(services, D(2026, 9, 21), outside, project_id=project)
    nobody = add_case(services, D(2026, 9, 22), outside)
    unlocked = services.disputes.access(None)  # no password set: open

    def cases(group: str | None) -> list[int]:
        group_id = None if group is None else groups[group]
        found = services.reminders.reminders(TODAY, group_id, access=unlocked)
        assert not found.disputes_whole_federation
        return [d.record_id for d in of_kind(found, KIND_DISPUTES)]

    assert cases(None) == [of_member, of_project, nobody]
    assert cases("g1") == [of_member]  # 한빛정밀 is in 1-1분과, below 1그룹
    assert cases("g2") == [of_project]
    assert cases("top") == [of_member, of_project]


def test_locked_a_groups_mediation_reminders_are_the_whole_federations(
    services: Services, groups: dict[str, int], parties: dict[str, int]
) -> None:
    outside = [PartyInput(APPLICANT, name="(주)외부상사"), PartyInput(RESPONDENT, name="미래물산")]
    of_member = add_case(
        services, D(2026, 9, 20), [PartyInput(APPLICANT, member_id=parties["hanbit"]), *outside[1:]]
    )
    nobody = add_case(services, D(2026, 9, 22), outside)
    opened_before = services.disputes.access(None)
    services.disputes.set_password("조정비밀번호1")
    # Listing only 한빛정밀's case under 1그룹 would tell that it is party to it: locked (no access,
    # a locked one, or one opened before the password was set), every case is listed, and said so.
    for access in (None, LOCKED, opened_before):
        found = services.reminders.reminders(TODAY, groups["g2"], access=access)
        assert [d.record_id for d in of_kind(found, KIND_DISPUTES)] == [of_member, nobody], access
        assert found.disputes_whole_federation
    right = services.disputes.access("조정비밀번호1")
    in_first = services.reminders.reminders(TODAY, groups["g1"], access=right)
    assert [d.record_id for d in of_kind(in_first, KIND_DISPUTES)] == [of_member]
    assert not in_first.disputes_whole_federation
    assert of_kind(services.reminders.reminders(TODAY, groups["g2"], access=right), KIND_DISPUTES) == []
    # Without a group nothing is narrowed, so nothing is widened either.
    assert not services.reminders.reminders(TODAY).disputes_whole_federation


# --- members with missing data -----------------------------------------------------------------------
@pytest.fixture
def roster(services: Services, groups: dict[str, int]) -> dict[str, int]:
    industry = services.industries.items()[0].name
    full = {"ceo": "김영수", "industry": industry, "address": "경기도 화성시 1", "phone": "0313363133"}
    full["joined_on"] = "2015-04-01"
    rows = [
        ("가나정밀", {**full}, [groups["g11"]]),
        ("다라금형", {**full, "industry": "", "phone": ""}, [groups["g11"]]),
        ("마바전자", {**full, "ceo": "", "industry": "", "joined_on": ""}, [groups["g2"]]),
        ("사아기계", {**full, "industry": "", "address": ""}, []),
        ("자차산업", {"status": "탈퇴", "left_on": "2025-12-31"}, [groups["g11"]]),  # left: not reminded
    ]
    return {
        name: services.members.create({"name": name, "brn": make_brn(n), "group_ids": group_ids, **fields})
        for n, (name, fields, group_ids) in enumerate(rows, start=1)
    }


def test_members_with_missing_data_counted_per_field(services: Services, roster: dict[str, int]) -> None:
    found = services.reminders.reminders(today=TODAY)
    members = of_kind(found, KIND_MEMBERS)
    assert [(m.field, m.text) for m in members] == [
        ("ceo", "대표자가 비어 있는 회원사 1곳"),
        ("industry", "업종이 비어 있는 회원사 3곳"),
        ("address", "주소가 비어 있는 회원사 1곳"),
        ("phone", "전화번호가 비어 있는 회원사 1곳"),
        ("joined_on", "가입일이 비어 있는 회원사 1곳"),
    ]
    assert {(m.severity, m.due_on, m.target, m.record_id) for m in members} == {
        (SEVERITY_INFO, None, TARGET_MISSING, 0)
    }
    assert services.reminders.members_missing("industry") == [
        (roster["다라금형"], "다라금형"),
        (roster["마바전자"], "마바전자"),
        (roster["사아기계"], "사아기계"),
    ]
    assert services.reminders.members_missing("joined_on") == [(roster["마바전자"], "마바전자")]
    assert set(MISSING_FIELDS) == {"ceo", "industry", "address", "phone", "joined_on"}


def test_members_with_missing_data_of_a_group(
    services: Services, groups: dict[str, int], roster: dict[str, int]
) -> None:
    found = services.reminders.reminders(today=TODAY, group_id=groups["g1"])
    assert [(m.field, m.text) for m in of_kind(found, KIND_MEMBERS)] == [
        ("industry", "업종이 비어 있는 회원사 1곳"),
        ("phone", "전화번호가 비어 있는 회원사 1곳"),
    ]
    assert services.reminders.members_missing("industry", groups["g1"]) == [(roster["다라금형"], "다라금형")]
    assert services.reminders.members_missing("industry", groups["top"]) == [
        (roster["다라금형"], "다라금형"),
        (roster["마바전자"], "마바전자"),
    ]
    assert services.reminders.members_missing("address", groups["g2"]) == []
    with pytest.raises(UserError, match="알 수 없는 항목"):
        services.reminders.members_missing("fax")


def test_a_complete_roll_has_no_member_reminder(services: Services) -> None:
    services.members.create(
        {
            "name": "가나정밀",
            "brn": make_brn(1),
            "ceo": "김영수",
            "industry": services.industries.items()[0].name,
            "address": "경기도 화성시 1",
            "phone": "031-336-3133",
            "joined_on": "2015-04-01",
        }
    )
    found = services.reminders.reminders(today=TODAY)
    assert of_kind(found, KIND_MEMBERS) == [] and KIND_MEMBERS not in found.more


# --- order, cap and what was left out ----------------------------------------------------------------
def test_overdue_first_then_soon_then_information(services: Services, roster: dict[str, int]) -> None:
    add_meeting(
        services, None, [ActionData("견적서 취합", "김과장", days(-3)), ActionData("회비 고지", "", days(2))]
    )
    add_project(
        services,
        "공동 물류센터",
        None,
        [MilestoneData("부지 선정", days(-20)), MilestoneData("착공", days(1))],
    )
    add_case(services, D(2026, 9, 25), [PartyInput(APPLICANT, name="갑"), PartyInput(RESPONDENT, name="을")])
    found = services.reminders.reminders(today=TODAY)
    if services.db.is_sqlite:  # a fresh file that was never backed up
        assert of_kind(found, KIND_BACKUP)[0].text == "백업이 한 번도 없습니다"
    listed = [(item.kind, item.severity, item.due_on) for item in found.items if item.kind != KIND_BACKUP]
    assert listed == [
        (KIND_MILESTONES, SEVERITY_OVERDUE, days(-20)),
        (KIND_DISPUTES, SEVERITY_OVERDUE, D(2026, 11, 24)),
        (KIND_ACTIONS, SEVERITY_OVERDUE, days(-3)),
        (KIND_MILESTONES, SEVERITY_SOON, days(1)),
        (KIND_ACTIONS, SEVERITY_SOON, days(2)),
        *[(KIND_MEMBERS, SEVERITY_INFO, None)] * 5,
    ]
    # A backup never made is the most urgent overdue reminder.
    assert found.items[0].kind == (KIND_BACKUP if services.db.is_sqlite else KIND_MILESTONES)


def test_each_kind_is_capped_and_says_how_many_more(services: Services, roster: dict[str, int]) -> None:
    add_meeting(services, None, [ActionData(f"할 일 {n}", "", days(-n)) for n in range(1, 6)])
    add_project(services, "공동 물류센터", None, [MilestoneData(f"단계 {n}", days(n)) for n in range(3)])
    found = services.reminders.reminders(today=TODAY, limit=2)
    # The oldest due first within the cap.
    assert [a.text.split(" — ")[0] for a in of_kind(found, KIND_ACTIONS)] == ["할 일 5", "할 일 4"]
    assert [m.due_on for m in of_kind(found, KIND_MILESTONES)] == [TODAY, days(1)]
    assert [m.field for m in of_kind(found, KIND_MEMBERS)] == ["ceo", "industry"]
    assert found.more == {KIND_ACTIONS: 3, KIND_MILESTONES: 1, KIND_MEMBERS: 3}
    exactly = services.reminders.reminders(today=TODAY, limit=5)
    assert len(of_kind(exactly, KIND_ACTIONS)) == 5 and KIND_ACTIONS not in exactly.more
    nothing = services.reminders.reminders(today=TODAY, limit=0)
    assert nothing.items == []
    assert {k: v for k, v in nothing.more.items() if k != KIND_BACKUP} == {
        KIND_ACTIONS: 5,
        KIND_MILESTONES: 3,
        KIND_MEMBERS: 5,
    }


def test_an_empty_database_has_nothing_but_the_backup(services: Services) -> None:
    found = services.reminders.reminders()
    assert [item.kind for item in found.items] == ([KIND_BACKUP] if services.db.is_sqlite else [])
    assert found.more == {}


# --- the backup ----------------------------------------------------------------------------------------
def backup_reminders(services: Services, today: dt.date | None = None) -> list[Reminder]:
    return of_kind(services.reminders.reminders(today=today), KIND_BACKUP)


def test_no_backup_reminder_for_postgresql(services: Services) -> None:
    if services.db.is_sqlite:
        pytest.skip("PostgreSQL only")
    assert backup_reminders(services) == []


def test_backup_reminder_never_made_made_today_and_old(services: Services) -> None:
    if not services.db.is_sqlite:
        pytest.skip("an SQLite file only: the server administrator backs up PostgreSQL")
    [never] = backup_reminders(services)
    assert never == Reminder(
        KIND_BACKUP, SEVERITY_OVERDUE, "백업이 한 번도 없습니다", None, TARGET_BACKUPS, 0
    )

    made = create_backup(services.db, MANUAL)
    assert backup_reminders(services) == []
    made_on = made.created.date()
    assert backup_reminders(services, made_on + dt.timedelta(days=7)) == []  # 7 days old: still fine

    # Twelve days later (read from the file's name, as the backup list does).
    [late] = backup_reminders(services, made_on + dt.timedelta(days=12))
    assert late == Reminder(
        KIND_BACKUP,
        SEVERITY_OVERDUE,
        f"마지막 백업이 12일 전입니다 ({made_on.year}. {made_on.month}. {made_on.day}.)",
        made_on + dt.timedelta(days=7),
        TARGET_BACKUPS,
        0,
    )


def test_an_old_backup_file_is_reminded_with_its_age(services: Services) -> None:
    if not services.db.is_sqlite:
        pytest.skip("SQLite only")
    made = create_backup(services.db, MANUAL)
    old = made.path.with_name("collabdesk-20261118-091500-daily.sqlite3")
    os.replace(made.path, old)
    assert [b.path for b in list_backups(database=services.db.sqlite_path)] == [old]
    [late] = backup_reminders(services, TODAY)
    assert late.text == "마지막 백업이 12일 전입니다 (2026. 11. 18.)"
    assert (late.severity, late.due_on) == (SEVERITY_OVERDUE, D(2026, 11, 25))
    # A backup dated after "today" (the clock was wrong when it was made) does not count.
    shutil.copyfile(old, old.with_name("collabdesk-20261205-091500-daily.sqlite3"))
    assert [r.text for r in backup_reminders(services, TODAY)] == [
        "마지막 백업이 12일 전입니다 (2026. 11. 18.)"
    ]
    assert backup_reminders(services, D(2026, 12, 6)) == []


def test_only_backups_dated_after_today_are_reminded(services: Services) -> None:
    if not services.db.is_sqlite:
        pytest.skip("SQLite only")
    made = create_backup(services.db, MANUAL)
    future = made.path.with_name("collabdesk-20261205-091500-daily.sqlite3")
    os.replace(made.path, future)
    # Made under a clock set ahead: none of them is known to hold what was there until today.
    [reminder] = backup_reminders(services, TODAY)
    assert reminder == Reminder(KIND_BACKUP, SEVERITY_OVERDUE, NO_PAST_BACKUP, None, TARGET_BACKUPS, 0)
    assert "모든 백업의 날짜가 오늘보다 늦습니다" in reminder.text
    # Once that day has come, it is an ordinary fresh backup.
    assert backup_reminders(services, D(2026, 12, 5)) == []


def test_an_unreadable_backup_folder_is_said_not_raised(services: Services, data_dir: Path) -> None:
    if not services.db.is_sqlite:
        pytest.skip("SQLite only")
    folder = data_dir / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("not a folder", encoding="utf-8")
    [reminder] = backup_reminders(services, TODAY)
    assert reminder.severity == SEVERITY_OVERDUE and reminder.target == TARGET_BACKUPS
    assert "백업 폴더를 읽을 수 없어" in reminder.text

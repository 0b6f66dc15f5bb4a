"""The figures of a year (현황 tab, annual report) against data made through the public services, with
every figure worked out by hand: members on the roll at the end of the year, meetings and their
attendance, projects active in the year and their outcomes, certificates issued and revoked, and
dispute numbers — for the whole federation, a group subtree and a leaf group (a group's dispute
numbers only while the records are unlocked); on SQLite and, with COLLABDESK_TEST_PG_URL, on
PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from collabdesk.db.models import Member
from collabdesk.domain import STATUS_LEFT
from collabdesk.errors import FieldErrors, NotFoundError
from collabdesk.services.annual_figures import AnnualFiguresService
from collabdesk.services.annual_types import CountLine, MeetingKindLine, OutcomeLine
from collabdesk.services.certificate_templates import IssuerSettings
from collabdesk.services.container import Services
from collabdesk.services.dispute_access import LOCKED, DisputeAccess
from collabdesk.services.sample_data import make_brn
from collabdesk.services.stats import NO_INDUSTRY, StatLine
from collabdesk.validation.dispute import APPLICANT, RESPONDENT, DisputeData, PartyInput
from collabdesk.validation.meeting import ABSENT, ATTENDED, DEPUTY, PROXY, AttendanceData, MeetingData
from collabdesk.validation.project import AgreementData, OutcomeData, PartyData, ProjectData

D = dt.date
TODAY = D(2026, 11, 30)
YEAR = 2025
NO_RESULTS = ["조정성립", "조정불성립", "취하", "각하", "중단"]


@dataclass
class World:
    services: Services
    groups: dict[str, int]  # fed (연합회) > region (경기지역) > machine (기계그룹); seoul (서울연합회)
    members: dict[str, int]
    projects: dict[str, int]

    @property
    def annual(self) -> AnnualFiguresService:
        return AnnualFiguresService(self.services.db)

    def figures(  # type: ignore[no-untyped-def]
        self,
        year: int = YEAR,
        group: str | None = None,
        today: dt.date = TODAY,
        access: DisputeAccess | None = None,
    ):
        return self.annual.figures(year, self.groups[group] if group else None, today=today, access=access)

    def unlocked(self) -> DisputeAccess:
        return self.services.disputes.access(None)  # no password set: open


def _members(services: Services, groups: dict[str, int]) -> dict[str, int]:
    def add(key: str, serial: int, **fields: Any) -> int:
        raw = {
            "name": f"회사{key}",
            "brn": make_brn(4000 + serial),
            "ceo": f"대표{key}",
            "address": "경기도 화성시 향남읍 1",
            **fields,
        }
        return services.members.create(raw)

    machine, region, seoul = groups["machine"], groups["region"], groups["seoul"]
    members = {
        # On the roll all along; in two groups of the 연합회's subtree (counted once there).
        "A": add(
            "A",
            1,
            industry="기계·금속",
            sales=100,
            employees=10,
            joined_on=D(2010, 1, 1),
            group_ids=[machine, region],
        ),
        # Joined during the year, directly in the region group.
        "B": add(
            "B", 2, industry="전기·전자", sales=200, employees=20, joined_on=D(2025, 3, 1), group_ids=[region]
        ),
        # Leaves on December 31, 2025: off the roll at the end of 2025.
        "C": add(
            "C", 3, industry="기계·금속", sales=50, employees=5, joined_on=D(2012, 1, 1), group_ids=[machine]
        ),
        # Leaves on January 1, 2026: still on the roll at the end of 2025.
        "D": add(
            "D", 4, industry="섬유·화공", sales=1000, employees=5, joined_on=D(2012, 1, 1), group_ids=[seoul]
        ),
        # 탈퇴 without a date (data from before the rule): never on the roll.
        "E": add(
            "E", 5, industry="기타", sales=7000, employees=70, joined_on=D(2011, 1, 1), group_ids=[seoul]
        ),
        # Joins after the year.
        "F": add("F", 6, sales=30, employees=3, joined_on=D(2026, 2, 1), group_ids=[machine]),
        # No 가입일, no 업종, no 매출액, 휴면: on the roll.
        "G": add("G", 7, employees=7, status="휴면", group_ids=[seoul]),
    }
    return members


def _meetings(services: Services, groups: dict[str, int], m: dict[str, int]) -> None:
    def meeting(
        kind: str, when: dt.datetime, group: str | None, roll: list[tuple[str, str, str | None]]
    ) -> None:
        attendance = [
            AttendanceData(m[key], f"회사{key}", status, proxy_member_id=m[holder] if holder else None)
            for key, status, holder in roll
        ]
        services.meetings.create(
            MeetingData(
                kind, f"{when:%Y-%m-%d} {kind}", when, groups[group] if group else None, attendance=attendance
            )
        )

    # Roll 4, attending 3: present, by proxy (held by A), by a deputy; one absent.
    meeting(
        "정기회의",
        dt.datetime(2025, 3, 10, 14),
        "machine",
        [("A", ATTENDED, None), ("C", PROXY, "A"), ("B", ABSENT, None), ("D", DEPUTY, None)],
    )
    meeting("정기회의", dt.datetime(2025, 3, 25, 14), "region", [("A", ABSENT, None), ("B", ATTENDED, None)])
    meeting(
        "정기회의",
        dt.datetime(2025, 7, 1, 14),
        "seoul",
        [("D", ATTENDED, None), ("G", ATTENDED, None), ("E", ABSENT, None)],
    )
    meeting("세미나", dt.datetime(2025, 7, 15, 10), "machine", [])  # no roll kept
    meeting("정기총회", dt.datetime(2025, 12, 31, 18), None, [("A", ATTENDED, None), ("B", ATTENDED, None)])
    # Just outside the year on either side.
    meeting("정기회의", dt.datetime(2024, 12, 31, 23, 30), "machine", [("A", ATTENDED, None)])
    meeting("정기회의", dt.datetime(2026, 1, 1, 9), "machine", [("A", ATTENDED, None)])


def _projects(services: Services, groups: dict[str, int], m: dict[str, int]) -> dict[str, int]:
    projects = services.projects

    def create(
        key: str, group: str | None, start: dt.date, end: dt.date | None = None, status: str = "진행"
    ) -> int:
        group_id = groups[group] if group else None
        return projects.create(
            ProjectData(
                f"과제{key}", "공동기술개발", group_id=group_id, start_on=start, end_on=end, status=status
            )
        )

    p = {
        "P1": create("P1", "machine", D(2024, 5, 1)),  # running
        "P2": create("P2", "machine", D(2025, 4, 1), D(2025, 10, 31), status="완료"),  # within the year
        "P4": create("P4", "machine", D(2020, 1, 1), status="중단"),  # stopped, no end date
        "P5": create("P5", "machine", D(2026, 2, 1)),  # starts after the year
        "P6": create("P6", "machine", D(2021, 1, 1), D(2024, 12, 31), status="완료"),  # ended before
        "P7": create("P7", "seoul", D(2023, 1, 1), D(2025, 1, 1), status="완료"),  # ends on Jan 1
        "P8": create("P8", None, D(2022, 3, 1), status="보류"),  # on hold: still running
    }
    # No 시작일: it starts when it reached 기획 (2025-06-01).
    p["P3"] = projects.create(
        ProjectData("과제P3", "공동기술개발", group_id=groups["fed"]), stage_on=D(2025, 6, 1)
    )
    projects.set_stage(p["P1"], "개발", D(2025, 2, 1))
    projects.set_stage(p["P2"], "개발", D(2025, 6, 1))
    projects.set_stage(p["P2"], "생산", D(2025, 9, 1))
    projects.add_agreement(p["P2"], AgreementData(D(2025, 4, 1), [PartyData("회사A", ["R&D"], None, m["A"])]))

    def outcome(key: str, kind: str, on: dt.date, amount: str | None = None, currency: str = "KRW") -> None:
        projects.add_outcome(p[key], OutcomeData(kind, on, Decimal(amount) if amount else None, currency))

    outcome("P2", "매출", D(2025, 5, 1), "1000000.50")
    outcome("P2", "매출", D(2025, 6, 1), "2000000.25")
    outcome("P2", "수출 계약", D(2025, 8, 1), "10000", "USD")
    outcome("P1", "수출 계약", D(2025, 9, 1), "5000.10", "USD")
    outcome("P1", "수출 계약", D(2025, 9, 2), "2000", "EUR")
    outcome("P1", "특허 출원", D(2025, 12, 31))
    outcome("P7", "신제품 출시", D(2025, 1, 1))
    outcome("P1", "특허 등록", D(2024, 12, 31))
    outcome("P6", "매출", D(2021, 6, 1), "5")
    outcome("P1", "매출", D(2026, 1, 1), "9")
    return p


def _certificates(services: Services, m: dict[str, int], p: dict[str, int]) -> None:
    certs = services.certificates
    certs.issuer.save(
        IssuerSettings("경기기계협업그룹", "회장", "김영수", version=certs.issuer.get().version)
    )
    kinds = {k.name: k.id for k in certs.kinds.items()}
    membership, cooperation = kinds["회원확인서"], kinds["협업인증서"]
    old = certs.issue(m["D"], membership, issue_date=D(2024, 12, 31), render=False)
    certs.revoke(old.number, "착오 발급", D(2025, 1, 5))  # issued in 2024, revoked in 2025
    a = certs.issue(m["A"], membership, issue_date=D(2025, 2, 1), render=False)
    b = certs.issue(m["B"], membership, issue_date=D(2025, 6, 1), render=False)
    certs.revoke(b.number, "중복 신청", D(2025, 7, 1))
    certs.issue(m["A"], cooperation, p["P2"], D(2025, 11, 1), render=False)
    certs.reissue(a.number, "주소 변경", D(2026, 1, 10), render=False)  # the new entry is of 2026


def _disputes(services: Services, m: dict[str, int], p: dict[str, int]) -> None:
    disputes = services.disputes
    access = disputes.access(None)

    def case(received: dt.date, applicant: str | None, project: str | None = None) -> int:
        first = (
            PartyInput(APPLICANT, member_id=m[applicant])
            if applicant
            else PartyInput(APPLICANT, "(주)외부상사")
        )
        data = DisputeData(
            received,
            "역할분담",
            [first, PartyInput(RESPONDENT, "(주)바깥정공")],
            claim_summary="역할 분담 이견",
            project_id=p[project] if project else None,
        )
        return disputes.create(data, access, today=received)

    def close(case_id: int, status: str, on: dt.date, version: int = 1) -> None:
        disputes.change_status(
            case_id,
            status,
            on,
            "종결",
            version,
            access,
            outcome_text="합의함" if status == "조정성립" else None,
            today=on,
        )

    close(case(D(2025, 2, 1), "A"), "조정성립", D(2025, 3, 15))  # 42 days
    close(case(D(2024, 11, 1), None, "P7"), "취하", D(2025, 1, 10))  # 70 days; P7 is in 서울연합회
    case(D(2025, 12, 20), "D")  # open, past its deadline (2026-02-18) by TODAY
    case(D(2026, 11, 1), "G")  # open, deadline 2026-12-31
    close(case(D(2025, 5, 1), "C"), "각하", D(2026, 1, 20))  # received in 2025, closed in 2026
    extended = case(D(2026, 9, 1), "A")  # deadline 2026-10-31, extended by 60 days to 2026-12-30
    disputes.extend_deadline(
        extended, D(2026, 10, 20), 60, "감정 결과 대기", 1, access, today=D(2026, 10, 20)
    )


@pytest.fixture
def world(services: Services) -> World:
    g = services.groups
    fed = g.create("연합회", "연합회")
    region = g.create("경기지역", "지역", fed)
    machine = g.create("기계그룹", "협업그룹", region)
    seoul = g.create("서울연합회", "연합회")
    groups = {"fed": fed, "region": region, "machine": machine, "seoul": seoul}
    members = _members(services, groups)
    _meetings(services, groups, members)
    projects = _projects(services, groups, members)
    _certificates(services, members, projects)
    _disputes(services, members, projects)
    # Members leave after their certificates and meetings were recorded.
    services.members.withdraw(members["C"], D(2025, 12, 31))
    services.members.withdraw(members["D"], D(2026, 1, 1))
    with services.db.transaction() as s:
        # A 탈퇴 without 탈퇴일, as older databases may hold (the form no longer allows it).
        legacy = s.get(Member, members["E"])
        assert legacy is not None
        legacy.status = STATUS_LEFT
    return World(services, groups, members, projects)


# --- members ---------------------------------------------------------------------------------------
def test_members_on_the_roll_at_the_end_of_the_year(world: World) -> None:
    members = world.figures().members
    # A, B (joined in the year), D (leaves on Jan 1 of the next year), G (no 가입일, 휴면).
    assert (members.total, members.sales, members.employees) == (4, 1300, 42)
    assert members.by_industry == [
        StatLine("전기·전자", 1, 200, 20),
        StatLine("기계·금속", 1, 100, 10),  # C left on December 31
        StatLine("섬유·화공", 1, 1000, 5),
        StatLine("기타", 0, 0, 0),  # E: 탈퇴 without a date, never counted
        StatLine(NO_INDUSTRY, 1, 0, 7),
    ]
    assert (members.joined, members.left) == (1, 1)  # B joined, C left


def test_left_on_december_31_versus_january_1(world: World) -> None:
    before = world.figures(2024).members
    # A, C (leaves 2025-12-31), D, G; B joins only in 2025.
    assert (before.total, before.joined, before.left) == (4, 0, 0)
    assert [line.count for line in before.by_industry] == [0, 2, 1, 0, 1]
    # The current year ends today: F has joined, D has left.
    now = world.figures(2026).members
    assert (now.total, now.joined, now.left) == (4, 1, 1)
    assert now.sales == 100 + 200 + 30  # A, B, F (G states none)


def test_members_of_a_group_subtree_its_parent_and_a_leaf(world: World) -> None:
    machine = world.figures(group="machine").members
    assert (machine.total, machine.sales, machine.joined, machine.left) == (1, 100, 0, 1)
    # The 연합회 holds 경기지역 and 기계그룹: A (in both, counted once) and B.
    fed = world.figures(group="fed").members
    assert (fed.total, fed.sales, fed.employees, fed.joined, fed.left) == (2, 300, 30, 1, 1)
    assert [line.count for line in fed.by_industry] == [1, 1, 0, 0]  # no (업종 미지정) line
    seoul = world.figures(group="seoul").members
    assert (seoul.total, seoul.joined, seoul.left) == (2, 0, 0)  # D and G; E never


# --- meetings --------------------------------------------------------------------------------------
def test_meetings_by_kind_and_month_with_attendance(world: World) -> None:
    meetings = world.figures().meetings
    assert meetings.total == 5
    assert meetings.per_month == [0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 0, 1]
    by_kind = {line.kind: line for line in meetings.by_kind}
    assert [line.kind for line in meetings.by_kind] == world.services.meetings.kinds()  # every kind
    # 3 + 1 + 2 attending of 4 + 2 + 3 on the rolls; a proxy and a deputy count as attending.
    assert by_kind["정기회의"] == MeetingKindLine("정기회의", 3, 2.0, pytest.approx(6 / 9))
    assert by_kind["세미나"] == MeetingKindLine("세미나", 1, None, None)  # no roll kept
    assert by_kind["정기총회"] == MeetingKindLine("정기총회", 1, 2.0, 1.0)
    assert by_kind["이사회"] == MeetingKindLine("이사회", 0, None, None)
    # Overall: 8 attending over the 4 meetings with a roll, of 11 on those rolls.
    assert meetings.average_attendance == 2.0
    assert meetings.attendance_rate == pytest.approx(8 / 11)


def test_meetings_of_a_group(world: World) -> None:
    machine = world.figures(group="machine").meetings
    assert machine.total == 2 and machine.per_month[2] == 1 and machine.per_month[6] == 1
    kinds = {line.kind: line for line in machine.by_kind}
    assert kinds["정기회의"] == MeetingKindLine("정기회의", 1, 3.0, 0.75)
    assert kinds["세미나"] == MeetingKindLine("세미나", 1, None, None)
    assert (machine.average_attendance, machine.attendance_rate) == (3.0, 0.75)
    fed = world.figures(group="fed").meetings  # the 정기총회 has no group: only in 전체
    assert fed.total == 3
    assert {line.kind: line for line in fed.by_kind}["정기회의"] == MeetingKindLine("정기회의", 2, 2.0, 4 / 6)
    nothing = world.figures(2023).meetings
    assert (nothing.total, nothing.per_month, nothing.average_attendance, nothing.attendance_rate) == (
        0,
        [0] * 12,
        None,
        None,
    )
    assert all(line.count == 0 and line.attendance_rate is None for line in nothing.by_kind)


# --- projects --------------------------------------------------------------------------------------
def test_projects_active_started_finished_and_by_stage(world: World) -> None:
    projects = world.figures().projects
    # P1 running, P2 within the year, P3 started by its 기획 date, P7 ends on Jan 1, P8 on hold;
    # not P4 (stopped in 2020 with no end date), P5 (starts 2026), P6 (ended 2024-12-31).
    assert (projects.active, projects.started, projects.finished) == (5, 2, 2)
    assert projects.by_stage == [
        CountLine("기획", 3),
        CountLine("개발", 1),
        CountLine("생산", 1),
        CountLine("판매·마케팅", 0),
    ]


def test_outcomes_by_kind_with_amounts_per_currency_and_five_years(world: World) -> None:
    projects = world.figures().projects
    assert projects.outcomes == [
        OutcomeLine("매출", 2, {"KRW": Decimal("3000000.75")}),
        OutcomeLine("수출 계약", 3, {"USD": Decimal("15000.10"), "EUR": Decimal("2000")}),
        OutcomeLine("특허 출원", 1, {}),  # no amount stated
        OutcomeLine("신제품 출시", 1, {}),
    ]
    assert projects.outcomes_per_year == [(2021, 1), (2022, 0), (2023, 0), (2024, 1), (2025, 7)]


def test_projects_of_a_group(world: World) -> None:
    machine = world.figures(group="machine").projects
    assert (machine.active, machine.started, machine.finished) == (2, 1, 1)  # P1, P2
    assert [line.count for line in machine.by_stage] == [0, 1, 1, 0]
    assert [(line.kind, line.count) for line in machine.outcomes] == [
        ("매출", 2),
        ("수출 계약", 3),
        ("특허 출원", 1),
    ]
    assert machine.outcomes_per_year == [(2021, 1), (2022, 0), (2023, 0), (2024, 1), (2025, 6)]
    fed = world.figures(group="fed").projects  # and P3, of the 연합회 itself
    assert (fed.active, fed.started, fed.finished) == (3, 2, 1)
    seoul = world.figures(group="seoul").projects
    assert (seoul.active, seoul.finished, [line.kind for line in seoul.outcomes]) == (1, 1, ["신제품 출시"])
    # In 2026 (to today) P1 and P3 run on, P5 starts, P8 is on hold; P4 stays stopped.
    now = world.figures(2026).projects
    assert (now.active, now.started, now.finished) == (4, 1, 0)


def test_a_planned_end_date_does_not_end_a_running_project(services: Services) -> None:
    projects = services.projects
    projects.create(ProjectData("계획대로", "공동기술개발", start_on=D(2026, 1, 5), end_on=D(2026, 12, 31)))
    annual = AnnualFiguresService(services.db)
    # On 2026-11-30 the project runs until its planned 종료일: active and started, not finished.
    now = annual.figures(2026, today=TODAY).projects
    assert (now.active, now.started, now.finished) == (1, 1, 0)
    assert [line.count for line in now.by_stage] == [1, 0, 0, 0]


def test_a_running_project_past_its_end_date_runs_on(services: Services) -> None:
    # Still 진행 although its 종료일 passed: the project list and the milestone reminders have it
    # running, and so do the figures: active in 2026, finished in no year.
    services.projects.create(
        ProjectData("늦어진 과제", "공동기술개발", start_on=D(2024, 3, 1), end_on=D(2025, 6, 30))
    )
    annual = AnnualFiguresService(services.db)
    past = annual.figures(2025, today=TODAY).projects
    assert (past.active, past.started, past.finished) == (1, 0, 0)
    now = annual.figures(2026, today=TODAY).projects
    assert (now.active, now.started, now.finished) == (1, 0, 0)
    assert [line.count for line in now.by_stage] == [1, 0, 0, 0]


def test_a_start_later_this_year_is_not_started_yet(services: Services) -> None:
    services.projects.create(ProjectData("다음 달 착수", "공동기술개발", start_on=D(2026, 12, 15)))
    annual = AnnualFiguresService(services.db)
    now = annual.figures(2026, today=TODAY).projects
    assert (now.active, now.started, now.finished) == (0, 0, 0)
    # On the day itself it has started.
    later = annual.figures(2026, today=D(2026, 12, 15)).projects
    assert (later.active, later.started, later.finished) == (1, 1, 0)


def test_a_finished_project_ends_on_its_end_date_or_its_last_stage(services: Services) -> None:
    projects = services.projects
    projects.create(
        ProjectData("완료 과제", "공동기술개발", start_on=D(2025, 1, 1), end_on=D(2026, 3, 31), status="완료")
    )
    stopped = projects.create(ProjectData("중단 과제", "공동기술개발", start_on=D(2025, 2, 1), status="중단"))
    projects.set_stage(stopped, "개발", D(2026, 5, 1))  # no 종료일: it ended when it last moved on
    annual = AnnualFiguresService(services.db)
    assert (annual.figures(2025, today=TODAY).projects.finished) == 0
    now = annual.figures(2026, today=TODAY).projects
    assert (now.active, now.started, now.finished) == (2, 0, 2)
    # Before they ended, within 2026: active, not yet finished.
    march = annual.figures(2026, today=D(2026, 3, 30)).projects
    assert (march.active, march.finished) == (2, 0)


# --- certificates ----------------------------------------------------------------------------------
def test_certificates_issued_and_revoked_in_the_year(world: World) -> None:
    certificates = world.figures().certificates
    assert (certificates.issued, certificates.revoked) == (3, 2)
    assert certificates.by_kind == [("협업인증서", 1, 0), ("회원확인서", 2, 2)]
    machine = world.figures(group="machine").certificates  # A's two
    assert (machine.issued, machine.revoked, machine.by_kind) == (
        2,
        0,
        [("협업인증서", 1, 0), ("회원확인서", 1, 0)],
    )
    seoul = world.figures(group="seoul").certificates  # D's, issued in 2024, revoked in 2025
    assert (seoul.issued, seoul.revoked, seoul.by_kind) == (0, 1, [("회원확인서", 0, 1)])
    reissued = world.figures(2026).certificates  # the reissue is a new issue entry of 2026
    assert (reissued.issued, reissued.revoked, reissued.by_kind) == (1, 0, [("회원확인서", 1, 0)])
    assert world.figures(2023).certificates.by_kind == []


# --- disputes --------------------------------------------------------------------------------------
def test_dispute_numbers(world: World) -> None:
    disputes = world.figures().disputes
    assert (disputes.received, disputes.closed) == (3, 2)
    assert [line.label for line in disputes.by_result] == NO_RESULTS
    assert [line.count for line in disputes.by_result] == [1, 0, 1, 0, 0]
    # Open now: the 2025-12-20 case (overdue), the 2026-11-01 one, and the extended one (not overdue).
    assert (disputes.open_now, disputes.overdue_now) == (3, 1)
    assert disputes.median_days_to_close == 56.0  # 42 and 70 days
    # Before the extension's deadline passes, and after it.
    assert world.figures(today=D(2026, 12, 31)).disputes.overdue_now == 2


def test_dispute_numbers_of_a_group(world: World) -> None:
    unlocked = world.unlocked()
    machine = world.figures(group="machine", access=unlocked).disputes  # cases with A or C as a party
    assert (machine.received, machine.closed, machine.open_now, machine.overdue_now) == (2, 1, 1, 0)
    assert machine.median_days_to_close == 42.0 and not machine.whole_federation
    # Seoul: D's and G's cases, and the case about P7 (no member party).
    seoul = world.figures(group="seoul", access=unlocked).disputes
    assert (seoul.received, seoul.closed, seoul.open_now, seoul.overdue_now) == (1, 1, 2, 1)
    assert [line.count for line in seoul.by_result] == [0, 0, 1, 0, 0]
    assert seoul.median_days_to_close == 70.0
    later = world.figures(2026).disputes
    assert (later.received, later.closed, [line.count for line in later.by_result]) == (2, 1, [0, 0, 0, 1, 0])
    assert later.median_days_to_close == 264.0  # 2025-05-01 → 2026-01-20
    assert not later.whole_federation  # no group asked for: nothing was widened


def test_locked_a_group_gets_the_whole_federations_dispute_numbers(world: World) -> None:
    # Which cases concern 기계그룹 would tell who is party to them (the case list refuses a party
    # filter while locked): without an open access the numbers are the whole federation's.
    everyone = world.figures().disputes
    opened_before = world.unlocked()
    world.services.disputes.set_password("조정비밀번호1")
    stale = opened_before  # the password changed since: it unlocks no more
    right = world.services.disputes.access("조정비밀번호1")
    for access in (None, LOCKED, stale):
        for group in ("machine", "seoul", "fed"):
            locked = world.figures(group=group, access=access).disputes
            assert locked.whole_federation, (group, access)
            assert dataclasses.replace(locked, whole_federation=False) == everyone, (group, access)
    # With the password the group's own numbers again.
    machine = world.figures(group="machine", access=right).disputes
    assert (machine.received, machine.closed, machine.open_now, machine.whole_federation) == (2, 1, 1, False)
    # The rest of a group's figures does not depend on the records.
    assert dataclasses.replace(world.figures(group="machine"), disputes=machine) == world.figures(
        group="machine", access=right
    )


def test_one_members_case_is_not_told_by_its_groups_numbers(services: Services) -> None:
    # The reviewer's case: a group of one member, a case with that member as a party, a password.
    group = services.groups.create("1인그룹")
    other = services.groups.create("다른그룹")
    member = services.members.create({"name": "(주)혼자", "brn": make_brn(4300), "group_ids": [group]})
    access = services.disputes.access(None)
    services.disputes.create(
        DisputeData(
            D(2026, 9, 1),
            "역할분담",
            [PartyInput(APPLICANT, member_id=member), PartyInput(RESPONDENT, "(주)바깥정공")],
            claim_summary="역할 분담 이견",
        ),
        access,
        today=D(2026, 9, 1),
    )
    services.disputes.set_password("조정비밀번호1")
    annual = AnnualFiguresService(services.db)
    # Locked, the group with the case and the group without it read the same: the federation's.
    with_case = annual.figures(2026, group, today=TODAY).disputes
    without = annual.figures(2026, other, today=TODAY).disputes
    assert with_case == without and with_case.whole_federation
    assert (with_case.received, with_case.open_now, with_case.overdue_now) == (1, 1, 1)
    # Unlocked, they differ.
    right = services.disputes.access("조정비밀번호1")
    assert annual.figures(2026, other, today=TODAY, access=right).disputes.received == 0
    assert annual.figures(2026, group, today=TODAY, access=right).disputes.received == 1


# --- the whole -------------------------------------------------------------------------------------
def test_labels_dates_and_the_whole_federation(world: World) -> None:
    figures = world.figures()
    assert (figures.year, figures.group_id, figures.group_label, figures.as_of) == (YEAR, None, "전체", TODAY)
    # The day the figures stand for: the year's last day, or today for the current year.
    assert figures.base_date == D(2025, 12, 31)
    assert world.figures(2026).base_date == TODAY
    machine = world.figures(group="machine")
    assert (machine.group_id, machine.group_label) == (
        world.groups["machine"],
        "연합회 > 경기지역 > 기계그룹",
    )


def test_an_empty_database_has_zero_lines(services: Services) -> None:
    figures = AnnualFiguresService(services.db).figures(2026, today=TODAY)
    assert figures.members.total == 0
    assert [line.count for line in figures.members.by_industry] == [0] * len(services.industries.names())
    assert len(figures.meetings.by_kind) == len(services.meetings.kinds())
    assert [line.label for line in figures.projects.by_stage] == ["기획", "개발", "생산", "판매·마케팅"]
    assert figures.projects.outcomes == [] and figures.certificates.by_kind == []
    assert figures.projects.outcomes_per_year == [(y, 0) for y in range(2022, 2027)]
    assert [line.count for line in figures.disputes.by_result] == [0] * 5
    assert figures.disputes.median_days_to_close is None


def test_years_with_data_newest_first(services: Services) -> None:
    annual = AnnualFiguresService(services.db)
    assert annual.years(today=TODAY) == [2026]
    services.members.create({"name": "회사", "brn": make_brn(4100), "joined_on": D(2019, 5, 1)})
    project = services.projects.create(
        ProjectData("과제", "공동기술개발", start_on=D(2021, 1, 1), end_on=D(2029, 1, 1))
    )
    services.projects.add_outcome(project, OutcomeData("특허 출원", D(2023, 2, 1)))
    # A year after today's never shows (the project's planned end); today's year always does.
    assert annual.years(today=TODAY) == [2026, 2023, 2021, 2019]
    assert annual.years(today=D(2022, 6, 1)) == [2022, 2021, 2019]


def test_years_of_the_known_data(world: World) -> None:
    # Meetings 2024–2026, projects from 2020, members from 2010, the 2024 dispute and certificate.
    assert world.annual.years(today=TODAY) == [2026, 2025, 2024, 2023, 2022, 2021, 2020, 2012, 2011, 2010]


def test_a_year_out_of_range_or_an_unknown_group_is_refused(services: Services) -> None:
    annual = AnnualFiguresService(services.db)
    for year in (1899, 3000, 20255):
        with pytest.raises(FieldErrors, match="1900년부터 2999년") as err:
            annual.figures(year)
        assert "year" in err.value.errors
    with pytest.raises(NotFoundError, match="그룹을 찾을 수 없습니다"):
        annual.figures(2025, 999_999)


def test_a_year_after_this_one_is_refused(services: Services) -> None:
    annual = AnnualFiguresService(services.db)
    with pytest.raises(FieldErrors, match="연도 2027: 아직 오지 않은 해입니다. 2026년이나 그 전의") as err:
        annual.figures(2027, today=TODAY)
    assert list(err.value.errors) == ["year"]
    assert annual.figures(2026, today=TODAY).base_date == TODAY
    assert annual.figures(2027, today=D(2027, 1, 1)).base_date == D(2027, 1, 1)  # the new year has begun

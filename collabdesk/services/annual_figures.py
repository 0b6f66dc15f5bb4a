"""The figures of one year, for the whole federation or one group (with every group below it): the
현황 tab and the annual report print exactly these. Counted in the database (a dozen aggregate
queries, whatever the number of members); no Qt.

How each figure is counted (the annual report prints these definitions):

- The end of the year E is December 31, or today when the year is the current one (a later year
  is refused: there is nothing to count yet).
- Members on the roll: joined on or before E (or no 가입일), not left by E (탈퇴일 after E, or
  none), and not 탈퇴 without a 탈퇴일. A member who left on December 31 is off that year's roll;
  one who left on January 1 of the next year is on it. 매출액 and 종업원수 are the members' present
  values (no history is kept). 업종 lines: every 업종 of the list, zeros included, then (업종 미지정).
  Joined / left: 가입일 / 탈퇴일 within the year. For a group: the members of any group of its subtree.
- Meetings: held (starts_at) within the year; for a group, meetings of a group of its subtree.
  Attending means 참석, 대리참석 or 위임 (as the attendance rates count it). Average attendance:
  companies attending per meeting, over the meetings whose roll was kept (at least one company on
  it); attendance rate: companies attending / companies on the roll over those meetings. None when
  no meeting of the kind has a roll. Every meeting kind of the list is shown, zeros included.
- Projects: a project starts on its 시작일, or without one on the first date it reached a stage. Only
  a 완료 or 중단 project has ended: on its 종료일, or without one on the latest date it reached a
  stage (else its start); a 진행 or 보류 project is running whatever its 종료일 says (a planned date,
  or one that passed without the project being closed — the project list and the milestone
  reminders count it as running too). It was active in the year if it started on or before E and
  had not ended before January 1. Started / finished: its start / end between January 1 and E.
  Stages: the present stage of the active projects, in the order 기획 → 개발 → 생산 → 판매·마케팅.
  Outcomes: dated within the year, by kind (only kinds that occurred), amounts summed per currency
  over the outcomes that state an amount; the five years up to the year count outcomes per year.
  For a group: the projects of a group of its subtree.
- Certificates: issue entries of the register dated within the year (reissues included) and
  revocations dated within the year, by kind. For a group: certificates of its members.
- Disputes (numbers only): received / closed within the year, the closed ones by closing status;
  open now and past the deadline now (receipt + 처리 기간 + extensions) as of today, whatever the
  year; the median days from receipt to close of the cases closed in the year. For a group, while
  the records are unlocked: cases with a party that is one of its members, or about a project of
  the group. Locked, which cases concern a group would tell who is party to them: the figures are
  then those of the whole federation, and DisputeFigures.whole_federation says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    case,
    extract,
    func,
    or_,
    select,
    true,
    union,
)
from sqlalchemy.orm import Session

from collabdesk.db.engine import Database
from collabdesk.db.models import (
    CertificateEntry,
    CertificateKind,
    DisputeCase,
    Meeting,
    MeetingAttendance,
    MeetingKind,
    Member,
    Outcome,
    Project,
    ProjectStage,
    group_members,
)
from collabdesk.domain import STATUS_LEFT
from collabdesk.errors import FieldErrors, NotFoundError
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
    year_end,
)
from collabdesk.services.certificate_chain import ISSUE, REVOKE
from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.dispute_stats import group_scope, open_deadline_flags
from collabdesk.services.dispute_workflow import CLOSED_STATUSES, OVERDUE, median_days
from collabdesk.services.groups import group_paths
from collabdesk.services.member_query import descendant_group_ids, group_children
from collabdesk.services.stats import industry_lines
from collabdesk.validation.meeting import PRESENT, PROXY
from collabdesk.validation.project import OUTCOME_KINDS, STAGES

ALL_GROUPS = "전체"
FIRST_YEAR, LAST_YEAR = 1900, 2999
OUTCOME_YEARS = 5
# Attending a meeting: present, by a deputy, or by proxy (MeetingService.attendance_rates).
ATTENDING = (*PRESENT, PROXY)
# Ended at a date nobody wrote down when there is no 종료일.
ENDED_STATUSES = ("완료", "중단")

_GROUP_GONE = "그룹을 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다."


class _Scope:
    """The year's dates and the group subtree (None: the whole federation)."""

    def __init__(self, year: int, today: dt.date, groups: list[int] | None):
        self.year = year
        self.first = dt.date(year, 1, 1)
        self.last = dt.date(year, 12, 31)
        self.end = year_end(year, today)
        self.today = today
        self.groups = groups

    def in_year(self, column: SQLColumnExpression[Any]) -> ColumnElement[bool]:
        return column.between(self.first, self.last)

    def members(self) -> Select[tuple[int]]:
        """The ids of the members of the subtree's groups."""
        assert self.groups is not None
        return select(group_members.c.member_id).where(group_members.c.group_id.in_(self.groups))

    def member_scope(self, member_id: SQLColumnExpression[Any]) -> ColumnElement[bool]:
        return true() if self.groups is None else member_id.in_(self.members())

    def group_scope(self, group_id: SQLColumnExpression[Any]) -> ColumnElement[bool]:
        return true() if self.groups is None else group_id.in_(self.groups)


class AnnualFiguresService:
    def __init__(self, db: Database):
        self.db = db

    def figures(
        self,
        year: int,
        group_id: int | None = None,
        today: dt.date | None = None,
        *,
        access: DisputeAccess | None = None,
    ) -> AnnualFigures:
        """The figures of `year` for the group and the groups below it (None: everyone). Mediation
        figures are narrowed to the group only when `access` unlocks the dispute records; locked (or
        None), they are the whole federation's (DisputeFigures.whole_federation)."""
        today = today or dt.date.today()
        check_year(year, today)
        with self.db.reading() as s:
            label, groups = ALL_GROUPS, None
            if group_id is not None:
                label = group_paths(s).get(group_id, "")
                if not label:
                    raise NotFoundError(_GROUP_GONE)
                groups = descendant_group_ids(s, group_id, group_children(s))
            scope = _Scope(year, today, groups)
            return AnnualFigures(
                year=year,
                group_id=group_id,
                group_label=label,
                as_of=today,
                members=_members(s, scope),
                meetings=_meetings(s, scope),
                projects=_projects(s, scope),
                certificates=_certificates(s, scope),
                disputes=_disputes(s, scope, access),
                base_date=scope.end,
            )

    def years(self, today: dt.date | None = None) -> list[int]:
        """Years with any data, newest first, always with this year and never one after it."""
        this_year = (today or dt.date.today()).year
        dated: list[SQLColumnExpression[Any]] = [
            Member.joined_on,
            Member.left_on,
            Meeting.starts_at,
            Project.start_on,
            Project.end_on,
            Outcome.occurred_on,
            CertificateEntry.issue_date,
            CertificateEntry.revoked_on,
            DisputeCase.received_on,
            DisputeCase.closed_on,
        ]
        years = union(*(select(extract("year", c).label("year")).where(c.is_not(None)) for c in dated))
        with self.db.reading() as s:
            found = {int(y) for y in s.scalars(select(years.subquery().c.year))}
        return sorted({y for y in found if y <= this_year} | {this_year}, reverse=True)


def check_year(year: int, today: dt.date | None = None) -> None:
    """Refuse a year that is not four digits, or one after today's year (nothing to count yet)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise FieldErrors(
            {"year": f"연도 {year}: {FIRST_YEAR}년부터 {LAST_YEAR}년 사이의 네 자리 연도로 적어 주십시오."}
        )
    this_year = (today or dt.date.today()).year
    if year > this_year:
        raise FieldErrors(
            {"year": f"연도 {year}: 아직 오지 않은 해입니다. {this_year}년이나 그 전의 연도를 적어 주십시오."}
        )


# --- members ---------------------------------------------------------------------------------------
def _members(s: Session, scope: _Scope) -> MemberFigures:
    on_roll = and_(
        or_(Member.joined_on.is_(None), Member.joined_on <= scope.end),
        or_(Member.left_on > scope.end, and_(Member.left_on.is_(None), Member.status != STATUS_LEFT)),
        scope.member_scope(Member.id),
    )
    by_industry = industry_lines(s, on_roll)
    joined, left = s.execute(
        select(
            func.count(case((scope.in_year(Member.joined_on), 1))),
            func.count(case((scope.in_year(Member.left_on), 1))),
        ).where(scope.member_scope(Member.id))
    ).one()
    return MemberFigures(
        total=sum(line.count for line in by_industry),
        sales=sum(line.sales for line in by_industry),
        employees=sum(line.employees for line in by_industry),
        by_industry=by_industry,
        joined=int(joined),
        left=int(left),
    )


# --- meetings --------------------------------------------------------------------------------------
def _meetings(s: Session, scope: _Scope) -> MeetingFigures:
    # One row per meeting of the year: its roll and the companies attending, then summed by kind
    # and month in the database.
    per_meeting = (
        select(
            Meeting.kind_id.label("kind_id"),
            extract("month", Meeting.starts_at).label("month"),
            func.count(MeetingAttendance.id).label("roll"),
            func.count(case((MeetingAttendance.status.in_(ATTENDING), 1))).label("present"),
        )
        .outerjoin(MeetingAttendance, MeetingAttendance.meeting_id == Meeting.id)
        .where(
            Meeting.starts_at >= dt.datetime.combine(scope.first, dt.time()),
            Meeting.starts_at < dt.datetime.combine(scope.last + dt.timedelta(days=1), dt.time()),
            scope.group_scope(Meeting.group_id),
        )
        .group_by(Meeting.id, Meeting.kind_id, Meeting.starts_at)
        .subquery()
    )
    kept = per_meeting.c.roll > 0
    rows = s.execute(
        select(
            per_meeting.c.kind_id,
            per_meeting.c.month,
            func.count(),
            func.count(case((kept, 1))),
            func.coalesce(func.sum(per_meeting.c.present), 0),
            func.coalesce(func.sum(per_meeting.c.roll), 0),
        ).group_by(per_meeting.c.kind_id, per_meeting.c.month)
    ).all()
    kinds = s.execute(
        select(MeetingKind.id, MeetingKind.name).order_by(MeetingKind.sort_order, MeetingKind.id)
    )
    per_month = [0] * 12
    # kind id → [meetings, meetings with a roll, attending, on the roll]
    sums: dict[int, list[int]] = {}
    for kind_id, month, count, with_roll, present, roll in rows:
        per_month[int(month) - 1] += count
        total = sums.setdefault(kind_id, [0, 0, 0, 0])
        for i, value in enumerate((count, with_roll, present, roll)):
            total[i] += int(value)
    by_kind = [
        MeetingKindLine(name, *_attendance(sums.get(kind_id, [0, 0, 0, 0]))) for kind_id, name in kinds
    ]
    overall = [sum(column) for column in zip(*sums.values(), strict=True)] if sums else [0, 0, 0, 0]
    count, average, rate = _attendance(overall)
    return MeetingFigures(count, by_kind, per_month, average, rate)


def _attendance(sums: list[int]) -> tuple[int, float | None, float | None]:
    meetings, with_roll, present, roll = sums
    if not with_roll:
        return meetings, None, None
    return meetings, present / with_roll, present / roll


# --- projects --------------------------------------------------------------------------------------
def _projects(s: Session, scope: _Scope) -> ProjectFigures:
    stage_dates = (
        select(
            ProjectStage.project_id,
            func.min(ProjectStage.reached_on).label("first"),
            func.max(ProjectStage.reached_on).label("last"),
        )
        .group_by(ProjectStage.project_id)
        .subquery()
    )
    start = func.coalesce(Project.start_on, stage_dates.c.first)
    # Only a finished or stopped project has an end; a running one's 종료일 is a plan.
    end = case(
        (
            Project.status.in_(ENDED_STATUSES),
            func.coalesce(Project.end_on, stage_dates.c.last, Project.start_on),
        )
    )
    active = and_(or_(start.is_(None), start <= scope.end), or_(end.is_(None), end >= scope.first))
    rows = s.execute(
        select(
            Project.stage,
            func.count(case((active, 1))),
            func.count(case((start.between(scope.first, scope.end), 1))),
            func.count(case((end.between(scope.first, scope.end), 1))),
        )
        .outerjoin(stage_dates, stage_dates.c.project_id == Project.id)
        .where(scope.group_scope(Project.group_id))
        .group_by(Project.stage)
    ).all()
    by_stage = {stage: int(n) for stage, n, _started, _finished in rows}
    stages = [*STAGES, *sorted(st for st, n in by_stage.items() if st not in STAGES and n)]
    outcomes, per_year = _outcomes(s, scope)
    return ProjectFigures(
        active=sum(by_stage.values()),
        started=sum(int(started) for _stage, _n, started, _finished in rows),
        finished=sum(int(finished) for _stage, _n, _started, finished in rows),
        by_stage=[CountLine(stage, by_stage.get(stage, 0)) for stage in stages],
        outcomes=outcomes,
        outcomes_per_year=per_year,
    )


def _outcomes(s: Session, scope: _Scope) -> tuple[list[OutcomeLine], list[tuple[int, int]]]:
    in_project = scope.group_scope(Project.group_id)
    rows = s.execute(
        select(Outcome.kind, Outcome.currency, func.count(Outcome.id), func.sum(Outcome.amount))
        .join(Project, Project.id == Outcome.project_id)
        .where(scope.in_year(Outcome.occurred_on), in_project)
        .group_by(Outcome.kind, Outcome.currency)
    ).all()
    counts: dict[str, int] = {}
    amounts: dict[str, dict[str, Decimal]] = {}
    for kind, currency, count, total in rows:
        counts[kind] = counts.get(kind, 0) + int(count)
        if total is not None:
            amounts.setdefault(kind, {})[currency] = Decimal(total)
    lines = [OutcomeLine(kind, counts[kind], amounts.get(kind, {})) for kind in _kind_order(counts)]

    year = extract("year", Outcome.occurred_on)
    first = dt.date(scope.year - OUTCOME_YEARS + 1, 1, 1)
    by_year = {
        int(y): int(n)
        for y, n in s.execute(
            select(year, func.count(Outcome.id))
            .join(Project, Project.id == Outcome.project_id)
            .where(Outcome.occurred_on.between(first, scope.last), in_project)
            .group_by(year)
        )
    }
    years = range(scope.year - OUTCOME_YEARS + 1, scope.year + 1)
    return lines, [(y, by_year.get(y, 0)) for y in years]


def _kind_order(kinds: Iterable[str]) -> list[str]:
    """The program's outcome kinds in their order, any others after them by name."""
    present = set(kinds)
    return [k for k in OUTCOME_KINDS if k in present] + sorted(present - set(OUTCOME_KINDS))


# --- certificates ----------------------------------------------------------------------------------
def _certificates(s: Session, scope: _Scope) -> CertificateFigures:
    name = func.coalesce(CertificateKind.name, CertificateEntry.kind_name)
    rows = s.execute(
        select(name, func.min(CertificateKind.sort_order), CertificateEntry.entry_type, func.count())
        .select_from(CertificateEntry)
        .outerjoin(CertificateKind, CertificateKind.id == CertificateEntry.kind_id)
        .where(
            or_(
                and_(CertificateEntry.entry_type == ISSUE, scope.in_year(CertificateEntry.issue_date)),
                and_(CertificateEntry.entry_type == REVOKE, scope.in_year(CertificateEntry.revoked_on)),
            ),
            scope.member_scope(CertificateEntry.member_id),
        )
        .group_by(name, CertificateEntry.entry_type)
    ).all()
    kinds: dict[str, list[int]] = {}  # name → [sort order, issued, revoked]
    for kind, order, entry_type, count in rows:
        line = kinds.setdefault(kind, [order if order is not None else 1 << 30, 0, 0])
        line[1 if entry_type == ISSUE else 2] += int(count)
    ordered = sorted(kinds.items(), key=lambda item: (item[1][0], item[0]))
    by_kind = [(kind, issued, revoked) for kind, (_order, issued, revoked) in ordered]
    return CertificateFigures(
        issued=sum(line[1] for line in by_kind),
        revoked=sum(line[2] for line in by_kind),
        by_kind=by_kind,
    )


# --- disputes --------------------------------------------------------------------------------------
def _disputes(s: Session, scope: _Scope, access: DisputeAccess | None) -> DisputeFigures:
    in_scope, whole_federation = group_scope(s, scope.groups, access)
    closed_in_year = and_(DisputeCase.status.in_(CLOSED_STATUSES), scope.in_year(DisputeCase.closed_on))
    rows = s.execute(
        select(
            DisputeCase.status,
            func.count(case((scope.in_year(DisputeCase.received_on), 1))),
            func.count(case((closed_in_year, 1))),
        )
        .where(in_scope)
        .group_by(DisputeCase.status)
    ).all()
    closed = {status: int(n) for status, _received, n in rows}
    flags = open_deadline_flags(s, scope.today, in_scope)
    spans = s.execute(select(DisputeCase.received_on, DisputeCase.closed_on).where(closed_in_year, in_scope))
    return DisputeFigures(
        received=sum(int(received) for _status, received, _closed in rows),
        closed=sum(closed.values()),
        by_result=[CountLine(status, closed.get(status, 0)) for status in CLOSED_STATUSES],
        open_now=len(flags),
        overdue_now=flags.count(OVERDUE),
        median_days_to_close=median_days((r, c) for r, c in spans if c is not None),
        whole_federation=whole_federation,
    )

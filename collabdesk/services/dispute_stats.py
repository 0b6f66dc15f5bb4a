"""The list of dispute cases and their statistics, filtered in the database.

While the records are locked a row holds the case number, status, receipt date and deadline only,
text search looks at case numbers only, and filters that would tell what a case is about (type,
party) are refused. The median days to close is computed in Python from the closed cases' two dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    Subquery,
    cast,
    exists,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from collabdesk.db.models import (
    DisputeCase,
    DisputeExtension,
    DisputeParty,
    DisputeType,
    Project,
    group_members,
)
from collabdesk.errors import UserError
from collabdesk.services.dispute_access import LOCKED_MESSAGE, DisputeAccess, DisputeGate
from collabdesk.services.dispute_fields import project_text
from collabdesk.services.dispute_workflow import (
    CLOSED_FILTER,
    CLOSED_STATUSES,
    DUE_SOON,
    OPEN_FILTER,
    OPEN_STATUSES,
    OVERDUE,
    STATUS_FILTERS,
    days_left,
    deadline,
    deadline_flag,
    median_days,
)
from collabdesk.validation.dispute import APPLICANT, RESPONDENT

PARTY_SEPARATOR = ", "


@dataclass(frozen=True)
class DisputeFilter:
    status: str | None = None  # 미종결, 종결, or one status
    dispute_type: str | None = None
    year: int | None = None  # of receipt
    member_id: int | None = None  # a member company on either side
    party: str = ""  # part of a party's name
    text: str = ""  # case number; party names and texts too when unlocked
    flag: str = ""  # 기한 지남 / 기한 임박


@dataclass(frozen=True)
class DisputeRow:
    """One line of the case list; the fields after `locked` are empty while the records are locked."""

    id: int
    number: str
    status: str
    received_on: dt.date
    deadline: dt.date
    flag: str  # 기한 지남, 기한 임박 or ""
    days_left: int
    locked: bool
    dispute_type: str = ""
    applicants: str = ""
    respondents: str = ""
    project: str = ""
    amount: int | None = None
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class DisputeStats:
    total: int
    open: int
    closed: int
    overdue: int  # open and past the deadline
    due_soon: int  # open, 7 days or fewer left
    by_status: dict[str, int]
    # (type, status) → cases; empty while the records are locked.
    by_type: dict[tuple[str, str], int] = field(default_factory=dict)
    median_days_to_close: float | None = None


def extension_days() -> Subquery:
    """Days added to each case's period: (case_id, days); outer-join it on the case id."""
    return (
        select(DisputeExtension.case_id, func.sum(DisputeExtension.days).label("days"))
        .group_by(DisputeExtension.case_id)
        .subquery()
    )


def deadline_sql(s: Session, extensions: Subquery) -> ColumnElement[dt.date]:
    """The processing deadline (dispute_workflow.deadline) in SQL: receipt + period + extensions.
    `extensions` is an extension_days() the statement outer-joins on the case id."""
    days = DisputeCase.target_days + func.coalesce(extensions.c.days, 0)
    return _plus_days(s, DisputeCase.received_on, days)


def _plus_days(s: Session, day: Any, days: Any) -> ColumnElement[dt.date]:
    """`day` + `days` as a date in SQL (SQLite has no date arithmetic operators)."""
    if s.get_bind().dialect.name == "sqlite":
        return func.date(day, cast(days, String).concat(" days"), type_=Date)
    # PostgreSQL: date + integer is a date (a sum of integers is a bigint, which has no such operator).
    result: ColumnElement[dt.date] = day + cast(days, Integer)
    return result


def cases_of_groups(groups: Sequence[int]) -> ColumnElement[bool]:
    """The cases that concern `groups` (a group and the groups below it): a party is a member of one
    of them, or the case is about one of their projects. It tells who is party to a case: use it
    through group_scope(), which applies it only while the records are unlocked."""
    members = select(group_members.c.member_id).where(group_members.c.group_id.in_(groups))
    projects = select(Project.id).where(Project.group_id.in_(groups))
    return or_(
        exists().where(DisputeParty.case_id == DisputeCase.id, DisputeParty.member_id.in_(members)),
        DisputeCase.project_id.in_(projects),
    )


def group_scope(
    s: Session, groups: Sequence[int] | None, access: DisputeAccess | None
) -> tuple[ColumnElement[bool], bool]:
    """The condition for the cases of `groups` (None: every case) and whether it had to be the whole
    federation instead: narrowed only while `access` unlocks the records (as the case list refuses
    a party filter while locked); a lapsed access counts as locked."""
    if groups is None:
        return true(), False
    if not DisputeGate.is_open(s, access):
        return true(), True
    return cases_of_groups(groups), False


def open_deadline_flags(s: Session, today: dt.date, *where: ColumnElement[bool]) -> list[str]:
    """The deadline flag (dispute_workflow.deadline_flag: 기한 지남, 기한 임박 or "") of every open case
    that meets `where`. Open cases are few (a federation handles a handful a year)."""
    extensions = extension_days()
    due = deadline_sql(s, extensions)
    stmt = (
        select(DisputeCase.status, due)
        .outerjoin(extensions, extensions.c.case_id == DisputeCase.id)
        .where(DisputeCase.status.in_(OPEN_STATUSES), *where)
    )
    return [deadline_flag(status, day, today) for status, day in s.execute(stmt)]


def _where_status(stmt: Select, status: str | None) -> Select:  # type: ignore[type-arg]
    if not status:
        return stmt
    if status not in STATUS_FILTERS:
        raise UserError(f"알 수 없는 상태입니다: '{status}'. 가능한 값: {', '.join(STATUS_FILTERS)}")
    if status == OPEN_FILTER:
        return stmt.where(DisputeCase.status.in_(OPEN_STATUSES))
    if status == CLOSED_FILTER:
        return stmt.where(DisputeCase.status.in_(CLOSED_STATUSES))
    return stmt.where(DisputeCase.status == status)


def _year_condition(year: int | None) -> list[ColumnElement[bool]]:
    if year is None:
        return []
    return [DisputeCase.received_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31))]


def _where_year(stmt: Select, year: int | None) -> Select:  # type: ignore[type-arg]
    return stmt.where(*_year_condition(year))


def search_cases(s: Session, flt: DisputeFilter, unlocked: bool, today: dt.date) -> list[DisputeRow]:
    """Cases, newest receipt first."""
    if not unlocked and (flt.dispute_type or flt.member_id is not None or flt.party.strip()):
        raise UserError(LOCKED_MESSAGE)
    if flt.flag and flt.flag not in (OVERDUE, DUE_SOON):
        raise UserError(f"기한 필터는 '{OVERDUE}' 또는 '{DUE_SOON}'입니다.")
    extensions = extension_days()
    stmt = (
        select(DisputeCase, DisputeType.name, func.coalesce(extensions.c.days, 0))
        .join(DisputeType, DisputeType.id == DisputeCase.type_id)
        .outerjoin(extensions, extensions.c.case_id == DisputeCase.id)
        .order_by(DisputeCase.received_on.desc(), DisputeCase.id.desc())
    )
    stmt = _where_year(_where_status(stmt, flt.status), flt.year)
    if flt.dispute_type:
        stmt = stmt.where(DisputeType.name == flt.dispute_type)
    if flt.member_id is not None:
        stmt = stmt.where(
            exists().where(DisputeParty.case_id == DisputeCase.id, DisputeParty.member_id == flt.member_id)
        )
    if flt.party.strip():
        stmt = stmt.where(
            exists().where(
                DisputeParty.case_id == DisputeCase.id,
                func.lower(DisputeParty.name).contains(flt.party.strip().lower(), autoescape=True),
            )
        )
    # Locked, only the number is searched: the search document holds the confidential texts.
    column = DisputeCase.search_doc if unlocked else func.lower(DisputeCase.number)
    for word in flt.text.lower().split():
        stmt = stmt.where(column.contains(word, autoescape=True))
    found = list(s.execute(stmt))
    parties: dict[int, dict[str, list[str]]] = {}
    if unlocked and found:
        ids = [case.id for case, _type, _days in found]
        for start in range(0, len(ids), 500):
            rows = s.execute(
                select(DisputeParty.case_id, DisputeParty.side, DisputeParty.name)
                .where(DisputeParty.case_id.in_(ids[start : start + 500]))
                .order_by(DisputeParty.case_id, DisputeParty.sort_order)
            )
            for case_id, side, name in rows:
                parties.setdefault(case_id, {}).setdefault(side, []).append(name)
    out: list[DisputeRow] = []
    for case, type_name, extra in found:
        due = deadline(case.received_on, case.target_days, int(extra or 0))
        flag = deadline_flag(case.status, due, today)
        if flt.flag and flag != flt.flag:
            continue
        common = (case.id, case.number, case.status, case.received_on, due, flag, days_left(due, today))
        if not unlocked:
            out.append(DisputeRow(*common, locked=True))
            continue
        sides = parties.get(case.id, {})
        out.append(
            DisputeRow(
                *common,
                locked=False,
                dispute_type=type_name,
                applicants=PARTY_SEPARATOR.join(sides.get(APPLICANT, [])),
                respondents=PARTY_SEPARATOR.join(sides.get(RESPONDENT, [])),
                project=project_text(case.project_name, case.agreement_number),
                amount=case.amount,
                closed_on=case.closed_on,
            )
        )
    return out


def case_stats(s: Session, year: int | None, unlocked: bool, today: dt.date) -> DisputeStats:
    """Counts by status (and by type × status when unlocked), open and overdue cases, and the median
    days from receipt to close."""
    by_status: dict[str, int] = dict(
        s.execute(
            _where_year(select(DisputeCase.status, func.count()).group_by(DisputeCase.status), year)
        ).all()
    )
    by_type: dict[tuple[str, str], int] = {}
    if unlocked:
        stmt = (
            select(DisputeType.name, DisputeCase.status, func.count())
            .join(DisputeType, DisputeType.id == DisputeCase.type_id)
            .group_by(DisputeType.name, DisputeCase.status)
        )
        by_type = {(kind, status): count for kind, status, count in s.execute(_where_year(stmt, year))}
    flags = open_deadline_flags(s, today, *_year_condition(year))
    closed = _where_year(
        select(DisputeCase.received_on, DisputeCase.closed_on).where(
            DisputeCase.status.in_(CLOSED_STATUSES), DisputeCase.closed_on.is_not(None)
        ),
        year,
    )
    spans = [(received, closed_on) for received, closed_on in s.execute(closed)]
    return DisputeStats(
        total=sum(by_status.values()),
        open=sum(by_status.get(st, 0) for st in OPEN_STATUSES),
        closed=sum(by_status.get(st, 0) for st in CLOSED_STATUSES),
        overdue=flags.count(OVERDUE),
        due_soon=flags.count(DUE_SOON),
        by_status=by_status,
        by_type=by_type,
        median_days_to_close=median_days(spans),
    )

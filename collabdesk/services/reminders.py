"""What needs doing soon, for the 현황 tab: action items and milestones past or near their due date,
mediation cases near their deadline, members with required data missing, and an old backup.

Everything is selected, ordered, capped and counted in the database, so the reminders of a
federation with thousands of members read in a few milliseconds. A dispute reminder says only the
case number and its deadline: the dashboard shows it while the mediation records are locked. For the
same reason the dispute reminders are narrowed to a group only while the records are unlocked
(which cases concern a group tells who is party to them); locked, they are the whole federation's.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session

from collabdesk.db.backup import list_backups
from collabdesk.db.engine import Database
from collabdesk.db.models import (
    ActionItem,
    DisputeCase,
    Meeting,
    Member,
    Milestone,
    Project,
    group_members,
)
from collabdesk.domain import STATUS_LEFT
from collabdesk.errors import StorageError, UserError
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
from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.dispute_stats import deadline_sql, extension_days, group_scope
from collabdesk.services.dispute_workflow import (
    DUE_SOON_DAYS,
    OPEN_STATUSES,
    OVERDUE,
    days_left,
    deadline_flag,
)
from collabdesk.services.member_query import descendant_group_ids
from collabdesk.validation.korean import format_official_date
from collabdesk.validation.meeting import ACTION_OPEN
from collabdesk.validation.project import RUNNING

log = logging.getLogger(__name__)

# The groups of reminders (Reminder.kind), in the order the dashboard lists them.
KIND_ACTIONS = "실행 과제"
KIND_MILESTONES = "마일스톤"
KIND_DISPUTES = "분쟁조정 기한"
KIND_MEMBERS = "회원 정보"
KIND_BACKUP = "백업"
KINDS = (KIND_ACTIONS, KIND_MILESTONES, KIND_DISPUTES, KIND_MEMBERS, KIND_BACKUP)

SOON_DAYS = 7  # an open item due within this many days (today included) is reminded
BACKUP_DAYS = 7  # a newest backup older than this many days is reminded

# Member fields a member on the roll should have: the roll, the 회원확인서 ({가입일}) and every
# certificate (대표자, 주소) need them; 업종 and 전화번호 are what the office looks members up by.
MISSING_FIELDS: dict[str, str] = {
    "ceo": "대표자",
    "industry": "업종",
    "address": "주소",
    "phone": "전화번호",
    "joined_on": "가입일",
}

NO_BACKUP = "백업이 한 번도 없습니다"
# Every backup is dated after today: the clock was (or is) wrong, and none of them can be trusted to
# be the latest state.
NO_PAST_BACKUP = (
    "오늘까지 만든 백업이 없습니다 (모든 백업의 날짜가 오늘보다 늦습니다. 컴퓨터 날짜를 확인해 주십시오)"
)

_SEVERITY_ORDER = {SEVERITY_OVERDUE: 0, SEVERITY_SOON: 1, SEVERITY_INFO: 2}


def _blank(column: Any) -> ColumnElement[bool]:
    return func.trim(func.coalesce(column, "")) == ""


def _missing_condition(field: str) -> ColumnElement[bool]:
    conditions: dict[str, ColumnElement[bool]] = {
        "ceo": _blank(Member.ceo),
        "industry": Member.industry_id.is_(None),
        "address": _blank(Member.address),
        "phone": _blank(Member.phone),
        "joined_on": Member.joined_on.is_(None),
    }
    return conditions[field]


def _subject(label: str) -> str:
    """The label with the subject particle that fits it: 업종이, 대표자가."""
    last = ord(label[-1]) - 0xAC00
    has_final = 0 <= last < 11172 and last % 28 != 0
    return label + ("이" if has_final else "가")


def _days_text(due: dt.date, today: dt.date) -> str:
    left = days_left(due, today)
    if left < 0:
        return f"{-left}일 지남"
    return "오늘" if left == 0 else f"{left}일 남음"


def _severity(due: dt.date, today: dt.date) -> str:
    return SEVERITY_OVERDUE if due < today else SEVERITY_SOON


def _sort_key(item: Reminder) -> tuple[int, dt.date]:
    # A reminder without a date (no backup at all) is the oldest of its severity.
    return _SEVERITY_ORDER[item.severity], item.due_on or dt.date.min


class ReminderService:
    def __init__(self, db: Database):
        self.db = db

    def reminders(
        self,
        today: dt.date | None = None,
        group_id: int | None = None,
        limit: int = 50,
        *,
        access: DisputeAccess | None = None,
    ) -> Reminders:
        """The reminders, overdue first (oldest due first), then due soon (nearest first), then the
        missing member data. Each kind lists at most `limit` items; `more` says how many it left out.

        With a group: the action items of its meetings, the milestones of its projects, its members
        (sub-groups included), and — only when `access` unlocks the dispute records — the cases a
        member of it is party to or about one of its projects (locked or None: every case); the
        backup reminder whatever the group."""
        today = today or dt.date.today()
        limit = max(limit, 0)
        items: list[Reminder] = []
        more: dict[str, int] = {}
        with self.db.reading() as s:
            groups = descendant_group_ids(s, group_id) if group_id is not None else None
            cases, whole_federation = group_scope(s, groups, access)
            for kind, (found, total) in (
                (KIND_ACTIONS, self._actions(s, today, groups, limit)),
                (KIND_MILESTONES, self._milestones(s, today, groups, limit)),
                (KIND_DISPUTES, self._disputes(s, today, cases, limit)),
                (KIND_MEMBERS, self._members(s, groups, limit)),
            ):
                items += found
                if total > len(found):
                    more[kind] = total - len(found)
        backup = self._backup(today)
        if backup is not None:
            if limit:
                items.append(backup)
            else:
                more[KIND_BACKUP] = 1
        items.sort(key=_sort_key)  # stable: equal dates stay in KINDS order
        return Reminders(items, more, disputes_whole_federation=whole_federation)

    def members_missing(self, field: str, group_id: int | None = None) -> list[tuple[int, str]]:
        """(member id, 회사명) of the members on the roll whose `field` (a key of MISSING_FIELDS) is
        empty, by name."""
        if field not in MISSING_FIELDS:
            raise UserError(f"알 수 없는 항목입니다: '{field}'. 가능한 값: {', '.join(MISSING_FIELDS)}")
        with self.db.reading() as s:
            groups = descendant_group_ids(s, group_id) if group_id is not None else None
            stmt = (
                select(Member.id, Member.name)
                .where(*_on_roll(groups), _missing_condition(field))
                .order_by(Member.sort_name, Member.name, Member.id)
            )
            return [(member_id, name) for member_id, name in s.execute(stmt)]

    # --- each kind ----------------------------------------------------------------------------
    @staticmethod
    def _actions(
        s: Session, today: dt.date, groups: list[int] | None, limit: int
    ) -> tuple[list[Reminder], int]:
        conditions = [
            ActionItem.status == ACTION_OPEN,
            ActionItem.due_on.is_not(None),
            ActionItem.due_on <= today + dt.timedelta(days=SOON_DAYS),
        ]
        if groups is not None:
            conditions.append(
                ActionItem.meeting_id.in_(select(Meeting.id).where(Meeting.group_id.in_(groups)))
            )
        stmt = (
            select(ActionItem.meeting_id, ActionItem.what, ActionItem.owner, ActionItem.due_on)
            .where(*conditions)
            .order_by(ActionItem.due_on, ActionItem.id)
        )
        found = []
        for meeting_id, what, owner, due in s.execute(stmt.limit(limit)):
            assert due is not None  # filtered in SQL
            who = f"담당 {owner.strip()}, " if owner.strip() else ""
            text = f"{what} — {who}기한 {format_official_date(due)} ({_days_text(due, today)})"
            found.append(Reminder(KIND_ACTIONS, _severity(due, today), text, due, TARGET_MEETING, meeting_id))
        return found, _total(s, stmt, found, limit)

    @staticmethod
    def _milestones(
        s: Session, today: dt.date, groups: list[int] | None, limit: int
    ) -> tuple[list[Reminder], int]:
        # Only a running project's milestones, as in the project list: a finished, stopped or
        # suspended project is late no more.
        conditions = [
            Milestone.done_on.is_(None),
            Milestone.due_on.is_not(None),
            Milestone.due_on <= today + dt.timedelta(days=SOON_DAYS),
            Project.status == RUNNING,
        ]
        if groups is not None:
            conditions.append(Project.group_id.in_(groups))
        stmt = (
            select(Milestone.project_id, Project.name, Milestone.title, Milestone.due_on)
            .join(Project, Project.id == Milestone.project_id)
            .where(*conditions)
            .order_by(Milestone.due_on, Milestone.id)
        )
        found = []
        for project_id, project, title, due in s.execute(stmt.limit(limit)):
            assert due is not None  # filtered in SQL
            text = f"{project}: {title} — 예정일 {format_official_date(due)} ({_days_text(due, today)})"
            found.append(
                Reminder(KIND_MILESTONES, _severity(due, today), text, due, TARGET_PROJECT, project_id)
            )
        return found, _total(s, stmt, found, limit)

    @staticmethod
    def _disputes(
        s: Session, today: dt.date, cases: ColumnElement[bool], limit: int
    ) -> tuple[list[Reminder], int]:
        """Open cases due within DUE_SOON_DAYS (or past due) among `cases` (a group_scope condition)."""
        extensions = extension_days()
        due_sql = deadline_sql(s, extensions)
        stmt = (
            select(DisputeCase.id, DisputeCase.number, DisputeCase.status, due_sql)
            .outerjoin(extensions, extensions.c.case_id == DisputeCase.id)
            .where(
                DisputeCase.status.in_(OPEN_STATUSES),
                due_sql <= today + dt.timedelta(days=DUE_SOON_DAYS),
                cases,
            )
            .order_by(due_sql, DisputeCase.id)
        )
        found = []
        for case_id, number, status, due in s.execute(stmt.limit(limit)):
            severity = SEVERITY_OVERDUE if deadline_flag(status, due, today) == OVERDUE else SEVERITY_SOON
            # The number, the deadline and the days only: nothing that tells what the case is about.
            text = f"{number} 처리 기한 {format_official_date(due)} ({_days_text(due, today)})"
            found.append(Reminder(KIND_DISPUTES, severity, text, due, TARGET_DISPUTE, case_id))
        return found, _total(s, stmt, found, limit)

    @staticmethod
    def _members(s: Session, groups: list[int] | None, limit: int) -> tuple[list[Reminder], int]:
        fields = list(MISSING_FIELDS)
        counts = s.execute(
            select(
                *(func.coalesce(func.sum(case((_missing_condition(f), 1), else_=0)), 0) for f in fields)
            ).where(*_on_roll(groups))
        ).one()
        found = [
            Reminder(
                KIND_MEMBERS,
                SEVERITY_INFO,
                f"{_subject(MISSING_FIELDS[f])} 비어 있는 회원사 {int(count):,}곳",
                None,
                TARGET_MISSING,
                0,
                field=f,
            )
            for f, count in zip(fields, counts, strict=True)
            if count
        ]
        return found[:limit], len(found)

    def _backup(self, today: dt.date) -> Reminder | None:
        """An old or missing backup of an SQLite database file; nothing for PostgreSQL, whose
        server administrator backs it up."""
        live = self.db.sqlite_path
        if not self.db.is_sqlite or live is None:
            return None
        try:
            backups = list_backups(database=live)
        except (StorageError, OSError):
            log.warning("backup folder of %s could not be read for the reminders", live, exc_info=True)
            return Reminder(
                KIND_BACKUP,
                SEVERITY_OVERDUE,
                "백업 폴더를 읽을 수 없어 마지막 백업을 확인하지 못했습니다",
                None,
                TARGET_BACKUPS,
                0,
            )
        if not backups:
            return Reminder(KIND_BACKUP, SEVERITY_OVERDUE, NO_BACKUP, None, TARGET_BACKUPS, 0)
        # A backup dated after today (a wrong clock) does not count, as for the daily backup.
        past = [b.created.date() for b in backups if b.created.date() <= today]
        if not past:
            return Reminder(KIND_BACKUP, SEVERITY_OVERDUE, NO_PAST_BACKUP, None, TARGET_BACKUPS, 0)
        newest = max(past)
        age = (today - newest).days
        if age <= BACKUP_DAYS:
            return None
        return Reminder(
            KIND_BACKUP,
            SEVERITY_OVERDUE,
            f"마지막 백업이 {age}일 전입니다 ({format_official_date(newest)})",
            newest + dt.timedelta(days=BACKUP_DAYS),
            TARGET_BACKUPS,
            0,
        )


def _on_roll(groups: Sequence[int] | None) -> list[ColumnElement[bool]]:
    """Members who have not left (and belong to one of `groups`)."""
    conditions = [Member.status != STATUS_LEFT]
    if groups is not None:
        conditions.append(
            Member.id.in_(select(group_members.c.member_id).where(group_members.c.group_id.in_(groups)))
        )
    return conditions


def _total(s: Session, stmt: Select[*tuple[Any, ...]], found: list[Reminder], limit: int) -> int:
    """How many rows `stmt` has: counted only when the capped list may have left some out."""
    if len(found) < limit:
        return len(found)
    return int(s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)

"""Meetings and their minutes: the roll from the member directory, quorum by the group's rule,
resolutions, action items that follow a group from meeting to meeting, attendance rates, and the
document the minutes PDF is printed from. No Qt here."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, cast

from sqlalchemy import ColumnElement, CursorResult, Result, case, delete, extract, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from collabdesk.db.engine import Database
from collabdesk.db.models import (
    ActionItem,
    AgendaItem,
    Group,
    Meeting,
    MeetingAttendance,
    MeetingGuest,
    MeetingKind,
    Member,
    QuorumRuleSetting,
    Resolution,
    TextBlock,
    group_members,
)
from collabdesk.documents import minutes_pdf
from collabdesk.domain import STATUS_LEFT
from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError
from collabdesk.services.groups import group_paths
from collabdesk.services.member_query import descendant_group_ids
from collabdesk.validation.meeting import (
    ACTION_DONE,
    ACTION_OPEN,
    PASSED,
    PRESENT,
    PROXY,
    ActionData,
    AgendaData,
    AttendanceData,
    GuestData,
    MeetingData,
    ResolutionData,
    quorum_rule,
    resolution_rule,
    validate_meeting,
)
from collabdesk.validation.quorum import (
    ARTICLES_CHANGE_RULE,
    DEFAULT_RULE,
    Outcome,
    QuorumRule,
    Threshold,
    Votes,
    quorum,
    resolution_outcome,
    rule_code,
)

BUILT_IN_RULES = {DEFAULT_RULE.name: DEFAULT_RULE, ARTICLES_CHANGE_RULE.name: ARTICLES_CHANGE_RULE}


class _Unchecked(enum.Enum):
    UNCHECKED = "unchecked"


# `expected` left out: save without comparing (None there means "I believe there is none yet").
UNCHECKED: Final = _Unchecked.UNCHECKED


@dataclass(frozen=True)
class MeetingRow:
    id: int
    starts_at: dt.datetime
    kind: str
    title: str
    group: str
    enrolled: int
    present: int
    proxies: int


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    version: int
    data: MeetingData


@dataclass(frozen=True)
class OpenAction:
    """An action item of an earlier meeting of the group, still open."""

    id: int
    meeting_title: str
    meeting_on: dt.date
    what: str
    owner: str
    due_on: dt.date | None


@dataclass(frozen=True)
class RuleInfo:
    """A rule in force for a group, and where it comes from."""

    rule: QuorumRule
    source: str  # "기본" (built in), "연합회 전체", or the full name of the group that set it
    own: bool  # set for exactly the group asked about (so it can be removed there)


@dataclass(frozen=True)
class AttendanceRate:
    company: str
    attended: int  # 참석, 대리참석 or 위임
    meetings: int

    @property
    def rate(self) -> float:
        return self.attended / self.meetings if self.meetings else 0.0


class MeetingService:
    def __init__(self, db: Database):
        self.db = db

    # --- lists ---------------------------------------------------------------------------
    def kinds(self) -> list[str]:
        with self.db.reading() as s:
            return list(s.scalars(select(MeetingKind.name).order_by(MeetingKind.sort_order, MeetingKind.id)))

    def years(self) -> list[int]:
        """The years that have meetings, newest first (for the year filter)."""
        with self.db.reading() as s:
            year = extract("year", Meeting.starts_at)
            return [int(y) for y in s.scalars(select(year).distinct().order_by(year.desc()))]

    def roll(self, group_id: int | None) -> list[AttendanceData]:
        """The member companies of the group (and of the groups below it) who have not left."""
        with self.db.reading() as s:
            stmt = select(Member.id, Member.name).where(Member.status != STATUS_LEFT)
            if group_id is not None:
                groups = descendant_group_ids(s, group_id)
                stmt = stmt.where(
                    Member.id.in_(
                        select(group_members.c.member_id).where(group_members.c.group_id.in_(groups))
                    )
                )
            rows = s.execute(stmt.order_by(Member.sort_name, Member.name)).all()
        return [AttendanceData(member_id, name) for member_id, name in rows]

    def new_meeting(
        self, kind: str, group_id: int | None, starts_at: dt.datetime, title: str = ""
    ) -> MeetingData:
        return MeetingData(kind, title, starts_at, group_id, attendance=self.roll(group_id))

    def search(
        self, group_id: int | None = None, year: int | None = None, text: str = ""
    ) -> list[MeetingRow]:
        """Meetings newest first; `text` searches every word of the minutes."""
        with self.db.reading() as s:
            paths = group_paths(s)
            present = func.sum(case((MeetingAttendance.status.in_(PRESENT), 1), else_=0))
            proxies = func.sum(case((MeetingAttendance.status == PROXY, 1), else_=0))
            stmt = (
                select(
                    Meeting.id,
                    Meeting.starts_at,
                    MeetingKind.name,
                    Meeting.title,
                    Meeting.group_id,
                    func.count(MeetingAttendance.id),
                    func.coalesce(present, 0),
                    func.coalesce(proxies, 0),
                )
                .join(MeetingKind, MeetingKind.id == Meeting.kind_id)
                .outerjoin(MeetingAttendance, MeetingAttendance.meeting_id == Meeting.id)
                .group_by(Meeting.id, MeetingKind.name)
                .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
            )
            if group_id is not None:
                stmt = stmt.where(Meeting.group_id.in_(descendant_group_ids(s, group_id)))
            if year is not None:
                stmt = stmt.where(extract("year", Meeting.starts_at) == year)
            for word in text.lower().split():
                stmt = stmt.where(Meeting.search_doc.contains(word, autoescape=True))
            return [
                MeetingRow(
                    mid, starts, kind, title, paths.get(gid, "") if gid else "", enrolled, present_, prox
                )
                for mid, starts, kind, title, gid, enrolled, present_, prox in s.execute(stmt)
            ]

    # --- one meeting ---------------------------------------------------------------------
    def get(self, meeting_id: int) -> MeetingDetail:
        with self.db.reading() as s:
            meeting = s.get(
                Meeting,
                meeting_id,
                options=[
                    selectinload(Meeting.kind),
                    selectinload(Meeting.attendance),
                    selectinload(Meeting.guests),
                    selectinload(Meeting.agenda),
                    selectinload(Meeting.resolutions),
                    selectinload(Meeting.actions),
                ],
            )
            if meeting is None:
                raise NotFoundError("회의를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
            return MeetingDetail(meeting.id, meeting.version, _to_data(meeting))

    def create(self, data: MeetingData, close_actions: Sequence[int] = ()) -> int:
        """Save a new meeting; `close_actions` are open action items of earlier meetings reported
        done at this one, closed in the same transaction as of its date."""
        with self.db.transaction() as s:
            rules = self._check(s, data)
            meeting = Meeting(version=1)
            self._apply(s, meeting, data, rules)
            s.add(meeting)
            s.flush()
            self._close_actions(s, close_actions, data.starts_at.date())
            return meeting.id

    def update(
        self, meeting_id: int, data: MeetingData, expected_version: int, close_actions: Sequence[int] = ()
    ) -> None:
        try:
            with self.db.transaction() as s:
                meeting = s.get(Meeting, meeting_id)
                if meeting is None:
                    raise NotFoundError("회의를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
                if meeting.version != expected_version:
                    raise StaleRecordError()
                rules = self._check(s, data)
                self._apply(s, meeting, data, rules)
                self._close_actions(s, close_actions, data.starts_at.date())
        except StaleDataError as exc:
            raise StaleRecordError() from exc

    @staticmethod
    def _close_actions(s: Session, action_ids: Sequence[int], closed_on: dt.date) -> None:
        for action_id in action_ids:
            action = s.get(ActionItem, action_id)
            if action is None:
                raise NotFoundError(
                    "완료로 표시한 후속조치를 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다."
                )
            if action.status == ACTION_OPEN:
                action.status, action.closed_on = ACTION_DONE, closed_on

    def delete(self, meeting_id: int) -> None:
        with self.db.transaction() as s:
            if not s.execute(delete(Meeting).where(Meeting.id == meeting_id)).rowcount:
                raise NotFoundError("회의를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")

    def _check(self, s: Session, data: MeetingData) -> dict[str, QuorumRule]:
        """Refuse what cannot be saved; returns the group's rules, read once for the save."""
        kinds = list(s.scalars(select(MeetingKind.name)))
        rules = self._rules(s, data.group_id)
        validate_meeting(data, kinds, rules)
        if data.group_id is not None and s.get(Group, data.group_id) is None:
            raise FieldErrors({"group": "그룹: 삭제되었거나 없는 그룹입니다."})
        return rules

    @staticmethod
    def _apply(s: Session, meeting: Meeting, data: MeetingData, rules: dict[str, QuorumRule]) -> None:
        if meeting.id is not None:
            # The old rows go first: the roll's (meeting, member) pairs are unique.
            meeting.attendance, meeting.guests, meeting.agenda = [], [], []
            meeting.resolutions, meeting.actions = [], []
            s.flush()
        meeting.kind_id = s.scalar(select(MeetingKind.id).where(MeetingKind.name == data.kind))  # type: ignore[assignment]
        meeting.title = data.title.strip()
        meeting.group_id = data.group_id
        meeting.starts_at = data.starts_at
        meeting.place, meeting.chair, meeting.secretary = (
            data.place.strip(),
            data.chair.strip(),
            data.secretary.strip(),
        )
        meeting.notice_on = data.notice_on
        # The rules as they stand at the save stay with the record (validated above: none is missing).
        meeting.quorum_rule_code = rule_code(quorum_rule(data, rules))
        meeting.opening, meeting.closing = data.opening.strip(), data.closing.strip()
        meeting.updated_at = dt.datetime.now()
        meeting.attendance = [
            MeetingAttendance(
                member_id=a.member_id,
                company=a.company,
                status=a.status,
                person=a.person.strip(),
                proxy_member_id=a.proxy_member_id,
                note=a.note.strip(),
                sort_order=n,
            )
            for n, a in enumerate(data.attendance)
        ]
        meeting.guests = [
            MeetingGuest(
                name=g.name.strip(), organisation=g.organisation.strip(), role=g.role.strip(), sort_order=n
            )
            for n, g in enumerate(data.guests)
        ]
        meeting.agenda = [
            AgendaItem(title=a.title.strip(), discussion=a.discussion.strip(), sort_order=n)
            for n, a in enumerate(data.agenda)
        ]
        meeting.resolutions = [
            Resolution(
                number=n,
                title=r.title.strip(),
                rule=r.rule,
                yes=r.yes,
                no=r.no,
                abstain=r.abstain or 0,
                result_override=r.result_override,
                override_reason=r.override_reason.strip(),
                rule_code=rule_code(resolution_rule(r, rules) or DEFAULT_RULE),
            )
            for n, r in enumerate(data.resolutions, start=1)
        ]
        meeting.actions = [
            ActionItem(
                what=a.what.strip(),
                owner=a.owner.strip(),
                due_on=a.due_on,
                status=a.status,
                # Marked done in the meeting itself: done as of that meeting.
                closed_on=(a.closed_on or data.starts_at.date()) if a.status == ACTION_DONE else None,
            )
            for a in data.actions
        ]
        meeting.search_doc = _search_doc(data)

    # --- rules and results ---------------------------------------------------------------
    def rules(self, group_id: int | None) -> dict[str, QuorumRule]:
        with self.db.reading() as s:
            return self._rules(s, group_id)

    @staticmethod
    def _rules(s: Session, group_id: int | None) -> dict[str, QuorumRule]:
        return MeetingService._rules_and_owners(s, group_id)[0]

    @staticmethod
    def _rules_and_owners(
        s: Session, group_id: int | None
    ) -> tuple[dict[str, QuorumRule], dict[str, int | None]]:
        """The built-in rules, replaced by the federation's own, replaced by the group's own; and
        for each rule set in the database, the group that set it (None: the federation)."""
        rules = dict(BUILT_IN_RULES)
        owners: dict[str, int | None] = {}
        settings = s.scalars(select(QuorumRuleSetting).where(QuorumRuleSetting.group_id.is_(None)))
        if group_id is not None:
            groups = MeetingService._group_chain(s, group_id)  # the nearest group's rule wins
            order = {gid: n for n, gid in enumerate(groups)}
            found = list(s.scalars(select(QuorumRuleSetting).where(QuorumRuleSetting.group_id.in_(groups))))
            settings = [*settings, *sorted(found, key=lambda r: order[r.group_id])]
        for row in settings:
            rules[row.name] = _rule_of(row)
            owners[row.name] = row.group_id
        return rules, owners

    def rule_infos(self, group_id: int | None) -> list[RuleInfo]:
        """The rules in force for the group (None: the federation), each with its source."""
        with self.db.reading() as s:
            paths = group_paths(s)
            rules, owners = self._rules_and_owners(s, group_id)
        infos = []
        for name, rule in rules.items():
            if name not in owners:
                infos.append(RuleInfo(rule, "기본", False))
                continue
            owner = owners[name]
            source = "연합회 전체" if owner is None else paths.get(owner, "")
            infos.append(RuleInfo(rule, source, owner == group_id))
        return infos

    def delete_rule(self, group_id: int | None, name: str, *, expected: QuorumRule | None = None) -> None:
        """Remove a group's own rule; the rule of the group above (or the built-in one) applies again.
        With `expected` (the rule as the user saw it), refuse with StaleRecordError when another PC
        changed it meanwhile."""
        with self.db.transaction() as s:
            row = s.scalar(select(QuorumRuleSetting).where(*_rule_key(group_id, name)))
            if row is None:
                raise NotFoundError("의결 기준을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
            if expected is not None and _rule_of(row) != expected:
                raise StaleRecordError()
            if _rowcount(s.execute(delete(QuorumRuleSetting).where(*_rule_unchanged(row)))) != 1:
                raise StaleRecordError()

    @staticmethod
    def _group_chain(s: Session, group_id: int | None) -> list[int]:
        """The group and the groups above it, the topmost first."""
        if group_id is None:
            return []
        parents = dict(s.execute(select(Group.id, Group.parent_id)).all())
        groups = [group_id]
        while parents.get(groups[0]) is not None:
            groups.insert(0, parents[groups[0]])
        return groups

    def set_rule(
        self,
        group_id: int | None,
        rule: QuorumRule,
        *,
        expected: QuorumRule | None | _Unchecked = UNCHECKED,
    ) -> None:
        """Give a group (None: the whole federation) its own rule of that name.

        `expected` is the group's own rule of that name as the user saw it, or None when they saw
        none (adding one, or overriding an inherited rule): when another PC added, changed or
        removed that rule meanwhile the save is refused (StaleRecordError; NotFoundError when it is
        gone) instead of overwriting or re-creating it. Left out, nothing is compared."""
        name = rule.name.strip()
        if not name or len(name) > 30:
            raise FieldErrors({"rule": "의결 기준 이름은 1자 이상 30자 이하로 입력해 주십시오."})
        for threshold in (rule.attendance, rule.approval):
            if not 0 < threshold.numerator <= threshold.denominator:
                raise FieldErrors({"rule": "의결 기준의 비율이 올바르지 않습니다."})
        values = {
            "attendance_num": rule.attendance.numerator,
            "attendance_den": rule.attendance.denominator,
            "attendance_strict": rule.attendance.strict,
            "approval_num": rule.approval.numerator,
            "approval_den": rule.approval.denominator,
            "approval_strict": rule.approval.strict,
            "approval_of_roll": rule.approval_of_roll,
            "proxies_count": rule.proxies_count,
        }
        with self.db.transaction() as s:
            row = s.scalar(select(QuorumRuleSetting).where(*_rule_key(group_id, name)))
            if expected is not UNCHECKED:
                if expected is None:
                    if row is not None:
                        raise StaleRecordError()
                elif row is None:
                    raise NotFoundError("의결 기준을 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
                elif _rule_of(row) != expected:
                    raise StaleRecordError()
            if row is None:
                s.add(QuorumRuleSetting(group_id=group_id, name=name, **values))
                _flush_new(s)
            elif (
                _rowcount(s.execute(update(QuorumRuleSetting).where(*_rule_unchanged(row)).values(**values)))
                != 1
            ):
                raise StaleRecordError()

    def quorum_text(self, data: MeetingData, rules: dict[str, QuorumRule] | None = None) -> str:
        rules = rules if rules is not None else self.rules(data.group_id)
        return quorum(data.turnout(), quorum_rule(data, rules)).text

    def outcome(
        self, data: MeetingData, resolution: ResolutionData, rules: dict[str, QuorumRule] | None = None
    ) -> Outcome:
        """가결/부결 by the rule, or as overridden (with its reason). Pass `rules` to reuse one read."""
        rules = rules if rules is not None else self.rules(data.group_id)
        votes = Votes(resolution.yes or 0, resolution.no or 0, resolution.abstain or 0)
        rule = resolution_rule(resolution, rules) or DEFAULT_RULE
        computed = resolution_outcome(data.turnout(), votes, rule)
        if resolution.result_override:
            return Outcome(resolution.result_override == PASSED, f"직접 지정: {resolution.override_reason}")
        return computed

    # --- action items --------------------------------------------------------------------
    def open_actions(self, group_id: int | None, before: dt.datetime) -> list[OpenAction]:
        """Open action items of the group's meetings before `before`: they come up again until closed."""
        with self.db.reading() as s:
            stmt = (
                select(ActionItem, Meeting.title, Meeting.starts_at)
                .join(Meeting, Meeting.id == ActionItem.meeting_id)
                .where(ActionItem.status == ACTION_OPEN, Meeting.starts_at < before)
                .order_by(Meeting.starts_at, ActionItem.id)
            )
            stmt = stmt.where(
                Meeting.group_id.is_(None) if group_id is None else Meeting.group_id == group_id
            )
            return [
                OpenAction(a.id, title, starts.date(), a.what, a.owner, a.due_on)
                for a, title, starts in s.execute(stmt)
            ]

    def close_action(self, action_id: int, closed_on: dt.date) -> None:
        with self.db.transaction() as s:
            action = s.get(ActionItem, action_id)
            if action is None:
                raise NotFoundError("후속조치를 찾을 수 없습니다.")
            action.status, action.closed_on = ACTION_DONE, closed_on

    # --- attendance rates ----------------------------------------------------------------
    def attendance_rates(self, group_id: int | None, start: dt.date, end: dt.date) -> list[AttendanceRate]:
        """Per member company: meetings attended (참석, 대리참석, 위임) of those it was on the roll for."""
        with self.db.reading() as s:
            attended = func.sum(case((MeetingAttendance.status.in_((*PRESENT, PROXY)), 1), else_=0))
            stmt = (
                select(MeetingAttendance.company, attended, func.count())
                .join(Meeting, Meeting.id == MeetingAttendance.meeting_id)
                .where(Meeting.starts_at >= dt.datetime.combine(start, dt.time()))
                .where(Meeting.starts_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
                .group_by(MeetingAttendance.member_id, MeetingAttendance.company)
                .order_by(MeetingAttendance.company)
            )
            if group_id is not None:
                stmt = stmt.where(Meeting.group_id.in_(descendant_group_ids(s, group_id)))
            return [AttendanceRate(company, int(n or 0), total) for company, n, total in s.execute(stmt)]

    # --- text blocks ---------------------------------------------------------------------
    def text_blocks(self) -> list[tuple[str, str]]:
        with self.db.reading() as s:
            return [(b.name, b.body) for b in s.scalars(select(TextBlock).order_by(TextBlock.name))]

    def save_text_block(
        self,
        name: str,
        body: str,
        old_name: str | None = None,
        *,
        expected_body: str | None | _Unchecked = UNCHECKED,
    ) -> None:
        """Add or change a sentence; with `old_name`, the one of that name is renamed to `name`.

        `expected_body` is the text of the sentence (`old_name`, else `name`) as the user saw it, or
        None when they saw none (adding one): when another PC added, changed, renamed or removed it
        meanwhile the save is refused (StaleRecordError; NotFoundError when it is gone) instead of
        overwriting or re-creating it. Left out, nothing is compared."""
        name, body = name.strip(), body.strip()
        if not name or not body:
            raise FieldErrors({"text_block": "문구의 이름과 내용을 입력해 주십시오."})
        if len(name) > 100:
            raise FieldErrors({"text_block": "문구 이름은 100자를 넘을 수 없습니다."})
        with self.db.transaction() as s:
            block = s.scalar(select(TextBlock).where(TextBlock.name == (old_name or name)))
            if expected_body is not UNCHECKED:
                if expected_body is None:
                    if block is not None:
                        raise StaleRecordError()
                elif block is None:
                    raise NotFoundError(_text_block_gone(old_name or name))
                elif block.body != expected_body:
                    raise StaleRecordError()
            if old_name and old_name != name and s.scalar(select(TextBlock.id).where(TextBlock.name == name)):
                raise FieldErrors({"text_block": f"'{name}' 문구가 이미 있습니다. 다른 이름을 써 주십시오."})
            if block is None:
                s.add(TextBlock(name=name, body=body))
                _flush_new(s)
                return
            # The name and text read above in the WHERE clause: a change committed in between
            # (another PC, PostgreSQL) leaves no row to update instead of being overwritten.
            unchanged = (TextBlock.id == block.id, TextBlock.name == block.name, TextBlock.body == block.body)
            try:
                changed = _rowcount(
                    s.execute(update(TextBlock).where(*unchanged).values(name=name, body=body))
                )
            except IntegrityError as exc:  # another PC took the new name meanwhile
                raise StaleRecordError() from exc
            if changed != 1:
                raise StaleRecordError()

    def delete_text_block(self, name: str, *, expected_body: str | None = None) -> None:
        """Remove a sentence. With `expected_body` (its text as the user saw it), refuse when another
        PC changed it meanwhile (StaleRecordError) or it is gone (NotFoundError)."""
        with self.db.transaction() as s:
            if expected_body is None:
                s.execute(delete(TextBlock).where(TextBlock.name == name))
                return
            current = s.scalar(select(TextBlock.body).where(TextBlock.name == name))
            if current is None:
                raise NotFoundError(_text_block_gone(name))
            if current != expected_body:
                raise StaleRecordError()
            unchanged = (TextBlock.name == name, TextBlock.body == expected_body)
            if _rowcount(s.execute(delete(TextBlock).where(*unchanged))) != 1:
                raise StaleRecordError()

    # --- documents -----------------------------------------------------------------------
    def minutes_document(self, meeting_id: int) -> minutes_pdf.MinutesDocument:
        detail = self.get(meeting_id)
        data = detail.data
        with self.db.reading() as s:
            paths = group_paths(s)
        organisation = paths.get(data.group_id, "").split(" > ")[-1] if data.group_id else ""
        companies = {a.member_id: a.company for a in data.attendance}
        attendees = [
            minutes_pdf.Attendee(
                a.company,
                a.person,
                a.status,
                a.note or (f"위임: {companies.get(a.proxy_member_id, '')}" if a.status == PROXY else ""),
            )
            for a in data.attendance
        ] + [minutes_pdf.Attendee(g.organisation or g.name, g.name, "내빈", g.role) for g in data.guests]
        rules = self.rules(data.group_id)
        resolutions = []
        for number, r in enumerate(data.resolutions, start=1):
            outcome = self.outcome(data, r, rules)
            resolutions.append(
                minutes_pdf.Resolution(
                    number, r.title, r.yes, r.no, r.abstain, outcome.result, outcome.detail
                )
            )
        turnout = data.turnout()
        return minutes_pdf.MinutesDocument(
            organisation=organisation,
            title=data.title,
            kind=data.kind,
            starts_at=data.starts_at,
            place=data.place,
            chair=data.chair,
            secretary=data.secretary,
            quorum_text=self.quorum_text(data, rules),
            enrolled=turnout.enrolled,
            present=turnout.present + turnout.proxies,
            attendees=attendees,
            agenda=[minutes_pdf.AgendaItem(a.title, a.discussion) for a in data.agenda],
            resolutions=resolutions,
            actions=[minutes_pdf.ActionItem(a.what, a.owner, a.due_on, a.status) for a in data.actions],
            opening=data.opening,
            closing=data.closing,
        )

    def write_minutes(self, meeting_id: int, path: str) -> None:
        minutes_pdf.write_minutes(path, self.minutes_document(meeting_id))

    def minutes_pdf(self, meeting_id: int) -> bytes:
        """The 회의록 PDF in memory (print preview and printing)."""
        return minutes_pdf.minutes_bytes(self.minutes_document(meeting_id))

    def write_signin_sheet(self, meeting_id: int, path: str) -> None:
        doc = self.minutes_document(meeting_id)
        minutes_pdf.write_signin_sheet(path, doc, _signin_rows(doc))

    def signin_sheet_pdf(self, meeting_id: int) -> bytes:
        doc = self.minutes_document(meeting_id)
        return minutes_pdf.signin_sheet_bytes(doc, _signin_rows(doc))


def _signin_rows(doc: minutes_pdf.MinutesDocument) -> list[minutes_pdf.Attendee]:
    # Members sign their own names; guests (listed after them) are known by name already.
    return [minutes_pdf.Attendee(a.name, a.person if a.status == "내빈" else "") for a in doc.attendees]


def _rowcount(result: Result[Any]) -> int:
    """The rows an UPDATE or DELETE statement matched."""
    return cast(CursorResult[Any], result).rowcount


def _flush_new(s: Session) -> None:
    """Insert now: a row of the same name another PC added meanwhile is a stale view, not a crash."""
    try:
        s.flush()
    except IntegrityError as exc:
        raise StaleRecordError() from exc


def _rule_key(group_id: int | None, name: str) -> tuple[ColumnElement[bool], ...]:
    owner = (
        QuorumRuleSetting.group_id.is_(None) if group_id is None else QuorumRuleSetting.group_id == group_id
    )
    return (owner, QuorumRuleSetting.name == name)


def _rule_of(row: QuorumRuleSetting) -> QuorumRule:
    return QuorumRule(
        row.name,
        Threshold(row.attendance_num, row.attendance_den, row.attendance_strict),
        Threshold(row.approval_num, row.approval_den, row.approval_strict),
        row.approval_of_roll,
        row.proxies_count,
    )


def _rule_unchanged(row: QuorumRuleSetting) -> tuple[ColumnElement[bool], ...]:
    """WHERE conditions: the rule row still holds the values read into `row`. A change committed in
    between (another PC, PostgreSQL) then leaves no row to update or delete instead of being lost."""
    columns = (
        "attendance_num",
        "attendance_den",
        "attendance_strict",
        "approval_num",
        "approval_den",
        "approval_strict",
        "approval_of_roll",
        "proxies_count",
    )
    return (
        QuorumRuleSetting.id == row.id,
        *(getattr(QuorumRuleSetting, column) == getattr(row, column) for column in columns),
    )


def _text_block_gone(name: str) -> str:
    return f"'{name}' 문구를 찾을 수 없습니다. 다른 사용자가 이름을 바꾸었거나 삭제했을 수 있습니다."


def _search_doc(data: MeetingData) -> str:
    parts = [data.kind, data.title, data.place, data.chair, data.secretary, data.opening, data.closing]
    parts += [f"{a.company} {a.person} {a.note}" for a in data.attendance]
    parts += [f"{g.name} {g.organisation} {g.role}" for g in data.guests]
    parts += [f"{a.title} {a.discussion}" for a in data.agenda]
    parts += [f"{r.title} {r.override_reason}" for r in data.resolutions]
    parts += [f"{a.what} {a.owner}" for a in data.actions]
    return " ".join(p for p in parts if p.strip()).lower()


def _to_data(meeting: Meeting) -> MeetingData:
    return MeetingData(
        kind=meeting.kind.name,
        title=meeting.title,
        starts_at=meeting.starts_at,
        group_id=meeting.group_id,
        place=meeting.place,
        chair=meeting.chair,
        secretary=meeting.secretary,
        notice_on=meeting.notice_on,
        opening=meeting.opening,
        closing=meeting.closing,
        attendance=[
            AttendanceData(a.member_id, a.company, a.status, a.person, a.proxy_member_id, a.note)
            for a in meeting.attendance
        ],
        guests=[GuestData(g.name, g.organisation, g.role) for g in meeting.guests],
        agenda=[AgendaData(a.title, a.discussion) for a in meeting.agenda],
        resolutions=[
            ResolutionData(
                r.title, r.yes, r.no, r.abstain, r.rule, r.result_override, r.override_reason, r.rule_code
            )
            for r in meeting.resolutions
        ],
        actions=[ActionData(a.what, a.owner, a.due_on, a.status, a.closed_on) for a in meeting.actions],
        quorum_rule_code=meeting.quorum_rule_code,
    )

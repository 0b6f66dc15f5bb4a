"""The global search (통합 검색, Ctrl+K): one typed text over member companies, their contacts, the
minutes, consortium projects, the certificate register and — only while the records are unlocked —
mediation cases, answered as groups of hits by kind.

Each group asks the database with the conditions its own tab uses, so a hit here is a row there:
members through member_query (the FTS and word-piece indexes on SQLite, pg_trgm on PostgreSQL),
meetings and projects through their search documents, certificates through the register filter's
columns (and a whole verification code), cases through DisputeService.search. Each group is counted
in the database and only its first `limit` hits are read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from collabdesk.db.engine import Database
from collabdesk.db.models import CertificateEntry, Contact, Group, Meeting, MeetingKind, Member, Project
from collabdesk.domain import STATUS_ACTIVE, STATUS_ALL
from collabdesk.formatting import iso_date
from collabdesk.services.annual_types import (
    TARGET_CERTIFICATE,
    TARGET_DISPUTE,
    TARGET_MEETING,
    TARGET_MEMBER,
    TARGET_PROJECT,
)
from collabdesk.services.certificate_chain import CODE_LENGTH, ISSUE, REVOKE, normalize_code
from collabdesk.services.certificate_records import (
    entry_status,
    readable,
    register_word,
)
from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.dispute_stats import DisputeFilter, DisputeRow
from collabdesk.services.disputes import DisputeService
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import MemberService

GROUP_MEMBER, GROUP_CONTACT, GROUP_MEETING = "member", "contact", "meeting"
GROUP_PROJECT, GROUP_CERTIFICATE, GROUP_DISPUTE = "project", "certificate", "dispute"
# The groups in the order they are shown, with their Korean labels.
GROUP_LABELS: dict[str, str] = {
    GROUP_MEMBER: "회원사",
    GROUP_CONTACT: "담당자",
    GROUP_MEETING: "회의록",
    GROUP_PROJECT: "협업 컨소시엄",
    GROUP_CERTIFICATE: "증명서",
    GROUP_DISPUTE: "분쟁조정",
}
DEFAULT_LIMIT = 20
SEPARATOR = " · "
# A phone number typed with or without dashes is compared by its digits from this many on.
MIN_PHONE_DIGITS = 3
_PHONE_LIKE = re.compile(r"[0-9()+\-.]+")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # TARGET_* (a contact's hit is its member's: TARGET_MEMBER)
    record_id: int  # member id, meeting id, project id, register entry seq or case id
    title: str
    detail: str  # one short line


@dataclass(frozen=True)
class SearchGroup:
    key: str  # GROUP_*
    label: str  # 회원사, 담당자, 회의록 …
    hits: list[SearchHit]
    total: int  # every match; `hits` holds the first `limit`


def _words(text: str) -> list[str]:
    return text.lower().split()


def _line(*parts: str) -> str:
    return SEPARATOR.join(part for part in parts if part)


class GlobalSearch:
    def __init__(self, db: Database):
        self.db = db
        self.members = MemberService(db)
        self.disputes = DisputeService(db)

    def search(
        self, text: str, access: DisputeAccess | None = None, limit: int = DEFAULT_LIMIT
    ) -> list[SearchGroup]:
        """The groups with hits, in GROUP_LABELS order; [] for empty text. Mediation cases only when
        `access` unlocks the records: locked (or None) there is no such group at all, not even a count."""
        if not text.strip():
            return []
        limit = max(limit, 0)
        groups: list[SearchGroup | None] = [self._members(text, limit)]
        with self.db.reading() as s:
            groups += [
                self._contacts(s, text, limit),
                self._meetings(s, text, limit),
                self._projects(s, text, limit),
                self._certificates(s, text, limit),
            ]
        if access is not None and access.unlocked:
            groups.append(self._disputes(text, access, limit))
        return [group for group in groups if group is not None and group.hits]

    # --- the groups ------------------------------------------------------------------------------
    def _members(self, text: str, limit: int) -> SearchGroup:
        # The member tab's own filter (withdrawn members too: they are still on file).
        flt = MemberFilter(text=text, status=STATUS_ALL)
        total = self.members.count(flt)
        rows = self.members.page(flt, 0, limit, total=total) if total and limit else []
        hits = [
            SearchHit(
                TARGET_MEMBER,
                row.id,
                row.name,
                _line(
                    row.industry,
                    f"대표 {row.ceo}" if row.ceo else "",
                    row.brn,
                    row.status if row.status != STATUS_ACTIVE else "",
                ),
            )
            for row in rows
        ]
        return SearchGroup(GROUP_MEMBER, GROUP_LABELS[GROUP_MEMBER], hits, total)

    @staticmethod
    def _contacts(s: Session, text: str, limit: int) -> SearchGroup:
        conditions: list[ColumnElement[bool]] = []
        for word in _words(text):
            alternatives = [
                func.lower(column).contains(word, autoescape=True)
                for column in (Contact.name, Contact.position, Contact.email, Contact.phone)
            ]
            digits = re.sub(r"\D", "", word)
            if len(digits) >= MIN_PHONE_DIGITS and _PHONE_LIKE.fullmatch(word):
                # 010-1234-5678, 01012345678 and 1234-5678 all find the same phone.
                alternatives.append(func.replace(Contact.phone, "-", "").contains(digits, autoescape=True))
            conditions.append(or_(*alternatives))
        where = and_(*conditions)
        total = s.scalar(select(func.count(Contact.id)).where(where)) or 0
        rows = (
            s.execute(
                select(
                    Contact.member_id,
                    Contact.name,
                    Contact.position,
                    Contact.phone,
                    Contact.email,
                    Member.name,
                )
                .join(Member, Member.id == Contact.member_id)
                .where(where)
                .order_by(Contact.name, Member.sort_name, Contact.id)
                .limit(limit)
            ).all()
            if total and limit
            else []
        )
        hits = [
            SearchHit(
                TARGET_MEMBER,
                member_id,
                f"{name} {position}".strip(),
                _line(phone, email) + f" — {company}" if phone or email else company,
            )
            for member_id, name, position, phone, email, company in rows
        ]
        return SearchGroup(GROUP_CONTACT, GROUP_LABELS[GROUP_CONTACT], hits, total)

    @staticmethod
    def _meetings(s: Session, text: str, limit: int) -> SearchGroup:
        # As MeetingService.search: every word somewhere in the minutes.
        where = and_(*(Meeting.search_doc.contains(word, autoescape=True) for word in _words(text)))
        total = s.scalar(select(func.count(Meeting.id)).where(where)) or 0
        if not (total and limit):
            return SearchGroup(GROUP_MEETING, GROUP_LABELS[GROUP_MEETING], [], total)
        rows = s.execute(
            select(Meeting.id, Meeting.title, Meeting.starts_at, MeetingKind.name, Group.name)
            .join(MeetingKind, MeetingKind.id == Meeting.kind_id)
            .outerjoin(Group, Group.id == Meeting.group_id)
            .where(where)
            .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
            .limit(limit)
        ).all()
        hits = [
            SearchHit(TARGET_MEETING, meeting_id, title, _line(iso_date(starts_at.date()), kind, group or ""))
            for meeting_id, title, starts_at, kind, group in rows
        ]
        return SearchGroup(GROUP_MEETING, GROUP_LABELS[GROUP_MEETING], hits, total)

    @staticmethod
    def _projects(s: Session, text: str, limit: int) -> SearchGroup:
        # As ProjectService.search: every word in the project's search document.
        where = and_(*(Project.search_doc.contains(word, autoescape=True) for word in _words(text)))
        total = s.scalar(select(func.count(Project.id)).where(where)) or 0
        rows = (
            s.execute(
                select(Project.id, Project.name, Project.stage, Project.lead_name, Project.status)
                .where(where)
                # Newest first; a project without a 시작일 last (PostgreSQL would put NULL first).
                .order_by(Project.start_on.desc().nulls_last(), Project.id.desc())
                .limit(limit)
            ).all()
            if total and limit
            else []
        )
        hits = [
            SearchHit(TARGET_PROJECT, project_id, name, _line(stage, f"주관 {lead}" if lead else "", status))
            for project_id, name, stage, lead, status in rows
        ]
        return SearchGroup(GROUP_PROJECT, GROUP_LABELS[GROUP_PROJECT], hits, total)

    @staticmethod
    def _certificates(s: Session, text: str, limit: int) -> SearchGroup:
        issue, revoke, replacement = (aliased(CertificateEntry) for _ in range(3))
        where = and_(issue.entry_type == ISSUE, *_register_text(issue, text.split()))
        total = s.scalar(select(func.count()).select_from(issue).where(where)) or 0
        if not (total and limit):
            return SearchGroup(GROUP_CERTIFICATE, GROUP_LABELS[GROUP_CERTIFICATE], [], total)
        status = entry_status(revoke, replacement)
        stmt = (
            select(issue.seq, issue.number, issue.kind_name, issue.company, status)
            .outerjoin(revoke, (revoke.revokes == issue.number) & (revoke.entry_type == REVOKE))
            .outerjoin(
                replacement, (replacement.replaces == issue.number) & (replacement.entry_type == ISSUE)
            )
            .where(where)
            .order_by(issue.seq.desc())
            .limit(limit)
        )
        with readable():
            rows = s.execute(stmt).all()
        hits = [
            SearchHit(TARGET_CERTIFICATE, seq, number or "", _line(kind, company, state))
            for seq, number, kind, company, state in rows
        ]
        return SearchGroup(GROUP_CERTIFICATE, GROUP_LABELS[GROUP_CERTIFICATE], hits, total)

    def _disputes(self, text: str, access: DisputeAccess, limit: int) -> SearchGroup | None:
        rows = self.disputes.search(DisputeFilter(text=text), access)
        if any(row.locked for row in rows):
            return None  # the password changed since the access was opened: locked after all
        hits = [SearchHit(TARGET_DISPUTE, row.id, row.number, _case_line(row)) for row in rows[:limit]]
        return SearchGroup(GROUP_DISPUTE, GROUP_LABELS[GROUP_DISPUTE], hits, len(rows))


def _register_text(issue: type[CertificateEntry], words: Sequence[str]) -> list[ColumnElement[bool]]:
    """The register filter's text condition (certificate_records.register_word), and a whole
    verification code as printed (XXXX-XXXX) or typed without its dash."""
    conditions: list[ColumnElement[bool]] = []
    for word in words:
        condition = register_word(issue, word)
        code = normalize_code(word)
        if len(code) == CODE_LENGTH and code.isalnum():
            condition = or_(condition, issue.verification_code == code)
        conditions.append(condition)
    return conditions


def _case_line(row: DisputeRow) -> str:
    parties = " ↔ ".join(side for side in (row.applicants, row.respondents) if side)
    return _line(row.dispute_type, parties, row.status)

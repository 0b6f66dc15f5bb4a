"""The member filter (search text, 업종, group, 상태, 회원구분) as SQL conditions run in the database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, select, text
from sqlalchemy.orm import Session

from collabdesk.db.models import Group, Member, group_members
from collabdesk.validation.member import STATUS_ACTIVE, STATUS_DORMANT, STATUS_LEFT

# Status filter values besides the three states themselves.
STATUS_CURRENT = "재적"  # 활동 and 휴면: everyone who has not left
STATUS_ALL = "전체"
STATUS_FILTERS = (STATUS_CURRENT, STATUS_ACTIVE, STATUS_DORMANT, STATUS_LEFT, STATUS_ALL)

# FTS5's trigram tokenizer needs at least three characters to use its index.
TRIGRAM = 3


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    industry_id: int | None = None
    group_id: int | None = None  # members of this group or of any group below it
    status: str = STATUS_ALL
    member_class_id: int | None = None


def search_terms(query: str) -> list[str]:
    return [term for term in query.lower().split() if term]


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def descendant_group_ids(session: Session, group_id: int) -> list[int]:
    """The group and every group nested below it."""
    rows = session.execute(select(Group.id, Group.parent_id)).all()
    children: dict[int | None, list[int]] = {}
    for gid, parent in rows:
        children.setdefault(parent, []).append(gid)
    found, stack = [], [group_id]
    while stack:
        gid = stack.pop()
        found.append(gid)
        stack.extend(children.get(gid, []))
    return found


def filter_conditions(session: Session, flt: MemberFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    dialect = session.get_bind().dialect.name
    terms = search_terms(flt.text)
    long_terms = [t for t in terms if len(t) >= TRIGRAM] if dialect == "sqlite" else []
    if long_terms:
        match = " AND ".join(_fts_phrase(t) for t in long_terms)
        conditions.append(
            Member.id.in_(
                select(text("rowid")).select_from(text("member_fts")).where(text("member_fts MATCH :fts"))
            ).params(fts=match)
        )
    for term in terms:
        if term not in long_terms:
            conditions.append(Member.search_doc.like(f"%{_escape_like(term)}%", escape="\\"))
    if flt.industry_id is not None:
        conditions.append(Member.industry_id == flt.industry_id)
    if flt.member_class_id is not None:
        conditions.append(Member.member_class_id == flt.member_class_id)
    if flt.status == STATUS_CURRENT:
        conditions.append(Member.status != STATUS_LEFT)
    elif flt.status in (STATUS_ACTIVE, STATUS_DORMANT, STATUS_LEFT):
        conditions.append(Member.status == flt.status)
    if flt.group_id is not None:
        ids = descendant_group_ids(session, flt.group_id)
        conditions.append(
            Member.id.in_(select(group_members.c.member_id).where(group_members.c.group_id.in_(ids)))
        )
    return conditions


def where_clause(session: Session, flt: MemberFilter) -> ColumnElement[bool]:
    return and_(True, *filter_conditions(session, flt))

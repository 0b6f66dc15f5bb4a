"""The member filter (search text, 업종, group, 상태, 회원구분) as SQL conditions run in the database."""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, literal_column, select, text
from sqlalchemy.orm import Session

from collabdesk.db.models import Group, Member, group_members
from collabdesk.domain import (
    STATUS_ACTIVE,
    STATUS_ALL,
    STATUS_CURRENT,
    STATUS_DORMANT,
    STATUS_FILTERS,
    STATUS_LEFT,
)

__all__ = ["STATUS_ALL", "STATUS_CURRENT", "STATUS_FILTERS", "MemberFilter", "where_clause"]

# FTS5's trigram tokenizer needs at least three characters to use its index; shorter terms use the
# index of word pieces (search_grams) when they are letters and digits only.
TRIGRAM = 3
WORD = re.compile(r"[^\W_]+")


def search_grams(doc: str) -> str:
    """Each word's two-character pieces and its last character: '한빛정밀' → '한빛 빛정 정밀 밀'.

    A two-character term is then one piece, and a one-character term the prefix of one."""
    return " ".join(map(_word_grams, WORD.findall(doc)))


@functools.lru_cache(maxsize=1 << 16)
def _word_grams(word: str) -> str:
    # Words repeat a great deal (place names, 업종, 전문역량), so a bulk import computes most once.
    return " ".join([*map(operator.add, word, word[1:]), word[-1]])


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


def group_children(session: Session) -> dict[int | None, list[int]]:
    """Each group's direct sub-groups (None: the top-level groups)."""
    children: dict[int | None, list[int]] = {}
    for gid, parent in session.execute(select(Group.id, Group.parent_id)):
        children.setdefault(parent, []).append(gid)
    return children


def descendant_group_ids(
    session: Session, group_id: int, children: dict[int | None, list[int]] | None = None
) -> list[int]:
    """The group and every group nested below it (pass `children` to reuse one read of the tree)."""
    if children is None:
        children = group_children(session)
    found, stack = [], [group_id]
    while stack:
        gid = stack.pop()
        found.append(gid)
        stack.extend(children.get(gid, []))
    return found


def _fts_ids(table: str, match: str) -> Select[tuple[int]]:
    # A parameter name of its own per index: both MATCH conditions can be in one query.
    param = f"{table}_match"
    return (
        select(literal_column("rowid"))
        .select_from(text(table))
        .where(text(f"{table} MATCH :{param}").bindparams(**{param: match}))
    )


def filter_conditions(
    session: Session, flt: MemberFilter, order_scan: bool = False
) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions. `order_scan` (SQLite, many matches) keeps the planner walking
    the 회사명 index in order instead of sorting every match, so the first page comes at once."""
    conditions: list[ColumnElement[bool]] = []
    sqlite = session.get_bind().dialect.name == "sqlite"
    member_id: ColumnElement[int] = (Member.id + 0) if (sqlite and order_scan) else Member.id
    terms = search_terms(flt.text)
    long_terms = [t for t in terms if len(t) >= TRIGRAM] if sqlite else []
    short_terms = [t for t in terms if len(t) < TRIGRAM and WORD.fullmatch(t)] if sqlite else []
    if long_terms:
        conditions.append(
            member_id.in_(_fts_ids("member_fts", " AND ".join(_fts_phrase(t) for t in long_terms)))
        )
    if short_terms:
        match = " AND ".join(_fts_phrase(t) if len(t) == 2 else _fts_phrase(t) + "*" for t in short_terms)
        conditions.append(member_id.in_(_fts_ids("member_grams", match)))
    for term in terms:
        if term not in long_terms and term not in short_terms:
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


def where_clause(session: Session, flt: MemberFilter, order_scan: bool = False) -> ColumnElement[bool]:
    return and_(True, *filter_conditions(session, flt, order_scan))

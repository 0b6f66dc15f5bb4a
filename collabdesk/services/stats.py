"""Statistics of the members matching a filter: counts, 매출액 and 종업원수, by 업종 and by group."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from collabdesk.db.engine import Database
from collabdesk.db.models import Industry, Member, group_members
from collabdesk.services.groups import group_paths, tree_order
from collabdesk.services.member_query import (
    MemberFilter,
    descendant_group_ids,
    group_children,
    where_clause,
)

NO_INDUSTRY = "(업종 미지정)"


@dataclass(frozen=True)
class StatLine:
    label: str
    count: int
    sales: int
    employees: int


@dataclass(frozen=True)
class MemberStats:
    total: StatLine
    by_industry: list[StatLine]
    by_group: list[StatLine]


def industry_lines(s: Session, where: ColumnElement[bool]) -> list[StatLine]:
    """The members matching `where` by 업종: every 업종 of the list in its order, with zero where no
    member matches, then NO_INDUSTRY when some member has none. Two queries, whatever the count."""
    industry_rows = s.execute(
        select(
            Industry.name,
            Industry.sort_order,
            func.count(Member.id),
            func.coalesce(func.sum(Member.sales), 0),
            func.coalesce(func.sum(Member.employees), 0),
        )
        .select_from(Member)
        .outerjoin(Industry, Industry.id == Member.industry_id)
        .where(where)
        .group_by(Industry.id, Industry.name, Industry.sort_order)
    ).all()
    listed = {name: order for name, order in s.execute(select(Industry.name, Industry.sort_order))}
    found = {r[0]: r for r in industry_rows}
    by_industry = [
        StatLine(name, *(int(v) for v in found[name][2:])) if name in found else StatLine(name, 0, 0, 0)
        for name in sorted(listed, key=lambda n: listed[n])
    ]
    if None in found:
        by_industry.append(StatLine(NO_INDUSTRY, *(int(v) for v in found[None][2:])))
    return by_industry


class StatsService:
    def __init__(self, db: Database):
        self.db = db

    def members(self, flt: MemberFilter, with_groups: bool = True) -> MemberStats:
        with self.db.reading() as s:
            where = where_clause(s, flt)
            sums = (
                func.count(Member.id),
                func.coalesce(func.sum(Member.sales), 0),
                func.coalesce(func.sum(Member.employees), 0),
            )
            count, sales, employees = s.execute(select(*sums).where(where)).one()
            total = StatLine("합계", count, int(sales), int(employees))
            by_industry = industry_lines(s, where)

            by_group: list[StatLine] = []
            if with_groups:
                paths = group_paths(s)
                children = group_children(s)
                direct = {
                    gid: (c, sa, em)
                    for gid, c, sa, em in s.execute(
                        select(group_members.c.group_id, *sums)
                        .join(Member, Member.id == group_members.c.member_id)
                        .where(where)
                        .group_by(group_members.c.group_id)
                    )
                }
                for group, _depth in tree_order(s):  # the order of the group tree
                    gid = group.id
                    if children.get(gid):
                        # A parent counts each member of its whole subtree once.
                        subtree = descendant_group_ids(s, gid, children)
                        members_below = select(group_members.c.member_id).where(
                            group_members.c.group_id.in_(subtree)
                        )
                        c, sa, em = s.execute(select(*sums).where(where, Member.id.in_(members_below))).one()
                    else:
                        c, sa, em = direct.get(gid, (0, 0, 0))
                    by_group.append(StatLine(paths[gid], int(c), int(sa), int(em)))
            return MemberStats(total, by_industry, by_group)

    def industries(self, flt: MemberFilter) -> list[StatLine]:
        """One line per 업종 and a final 합계 line (the `stats industries` command)."""
        stats = self.members(flt, with_groups=False)
        return [*stats.by_industry, replace(stats.total, label="합계")]

"""Groups (연합회 → 지역 → 단위교류회, 분과, 클러스터): a tree that members belong to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Result, delete, func, select, update
from sqlalchemy.orm import Session

from collabdesk.db.engine import Database
from collabdesk.db.models import Group, group_members
from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError, UserError

GROUP_KINDS = ("연합회", "지역", "단위교류회", "분과", "클러스터", "협업그룹", "기타")
PATH_SEPARATOR = " > "


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    kind: str
    parent_id: int | None
    path: str
    depth: int
    member_count: int  # direct members of this group


def group_paths(s: Session) -> dict[int, str]:
    """Every group's full name, e.g. "한국이업종교류연합회 > 경기지역 > 기계협업그룹"."""
    rows = {
        gid: (name, parent) for gid, name, parent in s.execute(select(Group.id, Group.name, Group.parent_id))
    }
    paths: dict[int, str] = {}

    def path(gid: int) -> str:
        if gid not in paths:
            name, parent = rows[gid]
            paths[gid] = name if parent is None else path(parent) + PATH_SEPARATOR + name
        return paths[gid]

    for gid in rows:
        path(gid)
    return paths


def tree_order(s: Session) -> list[tuple[Group, int]]:
    """Every group with its depth, parents before children, siblings by sort order and name."""
    children: dict[int | None, list[Group]] = {}
    for g in s.scalars(select(Group).order_by(Group.sort_order, Group.name)):
        children.setdefault(g.parent_id, []).append(g)
    result: list[tuple[Group, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for g in children.get(parent, []):
            result.append((g, depth))
            walk(g.id, depth + 1)

    walk(None, 0)
    return result


class GroupService:
    def __init__(self, db: Database):
        self.db = db

    def tree(self) -> list[GroupInfo]:
        """All groups, parents before children, siblings by sort order and name."""
        with self.db.reading() as s:
            counts = dict(
                s.execute(
                    select(group_members.c.group_id, func.count()).group_by(group_members.c.group_id)
                ).all()
            )
            paths = group_paths(s)
            return [
                GroupInfo(g.id, g.name, g.kind, g.parent_id, paths[g.id], depth, counts.get(g.id, 0))
                for g, depth in tree_order(s)
            ]

    def create(self, name: str, kind: str = "", parent_id: int | None = None) -> int:
        name = self._check_name(name)
        with self.db.transaction() as s:
            if parent_id is not None and s.get(Group, parent_id) is None:
                raise NotFoundError("상위 그룹을 찾을 수 없습니다.")
            self._check_unique(s, name, parent_id, None)
            order = s.scalar(select(func.coalesce(func.max(Group.sort_order), -1) + 1)) or 0
            group = Group(name=name, kind=kind.strip(), parent_id=parent_id, sort_order=order, note="")
            s.add(group)
            s.flush()
            return group.id

    def update(
        self,
        group_id: int,
        name: str,
        kind: str,
        parent_id: int | None,
        *,
        expected: GroupInfo | None = None,
    ) -> None:
        """Rename, re-kind or move a group. With `expected` (the group as the user saw it), refuse
        with StaleRecordError when another PC changed its name, kind or place meanwhile."""
        name = self._check_name(name)
        with self.db.transaction() as s:
            group = self._current(s, group_id, expected)
            if parent_id is not None and parent_id != group.parent_id:
                # Moves wait for one another (PostgreSQL; SQLite writes one at a time anyway), so two
                # PCs moving two groups each under the other cannot both pass the check below.
                s.execute(select(Group.id).order_by(Group.id).with_for_update())
            if parent_id is not None:
                if s.get(Group, parent_id) is None:
                    raise NotFoundError("상위 그룹을 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
                ancestor: int | None = parent_id
                while ancestor is not None:
                    if ancestor == group_id:
                        raise UserError("그룹을 자기 자신이나 하위 그룹 아래로 옮길 수 없습니다.")
                    ancestor = s.scalar(select(Group.parent_id).where(Group.id == ancestor))
            self._check_unique(s, name, parent_id, group_id)
            # The values read above go in the WHERE clause: a change committed in between (another
            # PC, PostgreSQL) leaves no row to update instead of being overwritten.
            changed = _rowcount(
                s.execute(
                    update(Group)
                    .where(Group.id == group_id, *_unchanged(group.name, group.kind, group.parent_id))
                    .values(name=name, kind=kind.strip(), parent_id=parent_id)
                )
            )
            if changed != 1:
                raise StaleRecordError()

    def delete(self, group_id: int, *, expected: GroupInfo | None = None) -> None:
        """Remove a group without sub-groups; its members stay, only the membership goes. With
        `expected`, refuse when another PC changed the group meanwhile."""
        with self.db.transaction() as s:
            group = self._current(s, group_id, expected)
            if s.scalar(select(func.count()).where(Group.parent_id == group_id)):
                raise UserError(
                    f"'{group.name}' 그룹에 하위 그룹이 있어 삭제할 수 없습니다. 하위 그룹을 먼저 옮기거나 삭제해 주십시오."
                )
            s.execute(delete(group_members).where(group_members.c.group_id == group_id))
            gone = _rowcount(
                s.execute(
                    delete(Group).where(
                        Group.id == group_id, *_unchanged(group.name, group.kind, group.parent_id)
                    )
                )
            )
            if gone != 1:
                raise StaleRecordError()

    @staticmethod
    def _current(s: Session, group_id: int, expected: GroupInfo | None) -> Group:
        """The group as saved now; StaleRecordError when it is no longer what `expected` shows."""
        group = s.get(Group, group_id)
        if group is None:
            raise NotFoundError("그룹을 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
        if expected is not None and (group.name, group.kind, group.parent_id) != (
            expected.name,
            expected.kind,
            expected.parent_id,
        ):
            raise StaleRecordError()
        return group

    def find_by_path(self, path: str) -> int | None:
        with self.db.reading() as s:
            for gid, p in group_paths(s).items():
                if p == path.strip():
                    return gid
        return None

    @staticmethod
    def _check_name(name: str) -> str:
        name = name.strip()
        if not name:
            raise FieldErrors({"name": "그룹 이름을 입력해 주십시오."})
        if len(name) > 100:
            raise FieldErrors({"name": "그룹 이름은 100자를 넘을 수 없습니다."})
        if PATH_SEPARATOR.strip() in name:
            raise FieldErrors({"name": "그룹 이름에 '>' 기호는 쓸 수 없습니다."})
        return name

    @staticmethod
    def _check_unique(s: Session, name: str, parent_id: int | None, own_id: int | None) -> None:
        stmt = select(Group.id).where(Group.name == name)
        stmt = stmt.where(Group.parent_id.is_(None) if parent_id is None else Group.parent_id == parent_id)
        other = s.scalar(stmt)
        if other is not None and other != own_id:
            raise FieldErrors({"name": f"같은 위치에 '{name}' 그룹이 이미 있습니다."})


def _unchanged(name: str, kind: str, parent_id: int | None) -> tuple[ColumnElement[bool], ...]:
    """WHERE conditions: the group still has the name, kind and parent read earlier."""
    parent = Group.parent_id.is_(None) if parent_id is None else Group.parent_id == parent_id
    return (Group.name == name, Group.kind == kind, parent)


def _rowcount(result: Result[Any]) -> int:
    """The rows an UPDATE or DELETE statement matched."""
    return cast(CursorResult[Any], result).rowcount

"""The federation's editable lists: 업종, 회원구분, 회의 종류, 과제 종류 and 역할."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Result, delete, func, select, update
from sqlalchemy.orm import InstrumentedAttribute

from collabdesk.db.engine import Database
from collabdesk.db.models import (
    Industry,
    Meeting,
    MeetingKind,
    Member,
    MemberClass,
    Project,
    ProjectKind,
    ProjectRole,
)
from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError, UserError


@dataclass(frozen=True)
class CatalogItem:
    id: int
    name: str
    in_use: int  # records that carry it (members, or meetings for 회의 종류)


class CatalogService:
    """One editable list; `industries(db)`, `member_classes(db)` and `meeting_kinds(db)` make the
    others the app has. `usage` is the column of the records that point at an item, and `used_by`
    names those records in the refusal to delete one still in use; a list whose records keep the
    name itself (the roles of an agreement) has no usage and any item can go."""

    def __init__(
        self,
        db: Database,
        model: type[Industry] | type[MemberClass] | type[MeetingKind] | type[ProjectKind] | type[ProjectRole],
        label: str,
        usage: InstrumentedAttribute[int | None] | InstrumentedAttribute[int] | None,
        used_by: str = "회원사",
        used_unit: str = "곳",
    ):
        self.db = db
        self.model = model
        self.label = label
        self._column = usage
        self._used_by, self._used_unit = used_by, used_unit

    def items(self) -> list[CatalogItem]:
        with self.db.reading() as s:
            counts = (
                dict(s.execute(select(self._column, func.count()).group_by(self._column)).all())
                if self._column is not None
                else {}
            )
            rows = s.execute(
                select(self.model.id, self.model.name).order_by(self.model.sort_order, self.model.id)
            )
            return [CatalogItem(id_, name, counts.get(id_, 0)) for id_, name in rows]

    def names(self) -> list[str]:
        return [item.name for item in self.items()]

    def add(self, name: str) -> int:
        name = self._check(name)
        with self.db.transaction() as s:
            self._check_unique(s, name, None)
            order = s.scalar(select(func.coalesce(func.max(self.model.sort_order), -1) + 1)) or 0
            item = self.model(name=name, sort_order=order)
            s.add(item)
            s.flush()
            return item.id

    def rename(self, item_id: int, name: str, *, expected_name: str | None = None) -> None:
        """With `expected_name` (the name the user saw), refuse with StaleRecordError when another
        PC renamed the item meanwhile."""
        name = self._check(name)
        with self.db.transaction() as s:
            current = self._current_name(s, item_id, expected_name)
            self._check_unique(s, name, item_id)
            # The name read above in the WHERE clause: a rename committed in between (another PC,
            # PostgreSQL) leaves no row to update instead of being overwritten.
            changed = _rowcount(
                s.execute(
                    update(self.model)
                    .where(self.model.id == item_id, self.model.name == current)
                    .values(name=name)
                )
            )
            if changed != 1:
                raise StaleRecordError()

    def move(self, item_id: int, step: int, *, expected: Sequence[CatalogItem] | None = None) -> None:
        """Move an item up (-1) or down (+1) in the list. With `expected` (the list as the user saw
        it), refuse with StaleRecordError when another PC added, removed, renamed or reordered items
        meanwhile: the neighbour it would swap with may not be the one on the screen."""
        with self.db.transaction() as s:
            # Locked (PostgreSQL) so that two moves, or a move and a rename, wait for each other.
            items = list(
                s.scalars(select(self.model).order_by(self.model.sort_order, self.model.id).with_for_update())
            )
            index = next((i for i, it in enumerate(items) if it.id == item_id), None)
            if index is None:
                raise NotFoundError(self._gone())
            if expected is not None and [(it.id, it.name) for it in items] != [
                (it.id, it.name) for it in expected
            ]:
                raise StaleRecordError()
            target = index + step
            if 0 <= target < len(items):
                items[index], items[target] = items[target], items[index]
            for order, item in enumerate(items):
                item.sort_order = order

    def remove(self, item_id: int, *, expected_name: str | None = None) -> None:
        """With `expected_name` (the name the user saw), refuse with StaleRecordError when another
        PC renamed the item meanwhile."""
        with self.db.transaction() as s:
            current = self._current_name(s, item_id, expected_name)
            used = (
                s.scalar(select(func.count()).where(self._column == item_id)) or 0
                if self._column is not None
                else 0
            )
            if used:
                raise UserError(
                    f"'{current}' {self.label}을(를) 쓰는 {self._used_by}가 {used}{self._used_unit} 있어 "
                    f"삭제할 수 없습니다. {self._used_by}의 값을 먼저 바꿔 주십시오."
                )
            gone = _rowcount(
                s.execute(delete(self.model).where(self.model.id == item_id, self.model.name == current))
            )
            if gone != 1:
                raise StaleRecordError()

    def _current_name(self, s, item_id: int, expected_name: str | None) -> str:  # type: ignore[no-untyped-def]
        """The item's name as saved now; StaleRecordError when it is not `expected_name`."""
        current = s.scalar(select(self.model.name).where(self.model.id == item_id))
        if current is None:
            raise NotFoundError(self._gone())
        if expected_name is not None and current != expected_name:
            raise StaleRecordError()
        return str(current)

    def _gone(self) -> str:
        return f"{self.label} 항목을 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다."

    def _check(self, name: str) -> str:
        name = name.strip()
        if not name:
            raise FieldErrors({"name": f"{self.label} 이름을 입력해 주십시오."})
        if len(name) > 50:
            raise FieldErrors({"name": f"{self.label} 이름은 50자를 넘을 수 없습니다."})
        return name

    def _check_unique(self, s, name: str, own_id: int | None) -> None:  # type: ignore[no-untyped-def]
        other = s.scalar(select(self.model.id).where(self.model.name == name))
        if other is not None and other != own_id:
            raise FieldErrors({"name": f"'{name}' {self.label}이(가) 이미 있습니다."})


def _rowcount(result: Result[Any]) -> int:
    """The rows an UPDATE or DELETE statement matched."""
    return cast(CursorResult[Any], result).rowcount


def industries(db: Database) -> CatalogService:
    return CatalogService(db, Industry, "업종", Member.industry_id)


def member_classes(db: Database) -> CatalogService:
    return CatalogService(db, MemberClass, "회원구분", Member.member_class_id)


def meeting_kinds(db: Database) -> CatalogService:
    return CatalogService(db, MeetingKind, "회의 종류", Meeting.kind_id, "회의", "건")


def project_kinds(db: Database) -> CatalogService:
    return CatalogService(db, ProjectKind, "과제 종류", Project.kind_id, "과제", "건")


def project_roles(db: Database) -> CatalogService:
    return CatalogService(db, ProjectRole, "역할", None)

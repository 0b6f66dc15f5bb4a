"""Finished roster imports: the list of batches, and undoing one as a whole.

Undo removes the members a batch created and puts the members it changed back to their earlier
fields, in one transaction. It refuses, changing nothing, when a member was edited (or a changed
member deleted) after the import: undoing would silently throw that later work away.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from collabdesk.db import audit
from collabdesk.db.backup import BEFORE_UNDO, backup_before
from collabdesk.db.engine import Database
from collabdesk.db.models import (
    Base,
    Group,
    ImportBatch,
    ImportBatchItem,
    Industry,
    Member,
    MemberClass,
    group_members,
)
from collabdesk.errors import FieldErrors, NotFoundError, UserError
from collabdesk.services.members import MemberService
from collabdesk.validation.member import validate_member

SHOWN_NAMES = 5


@dataclass(frozen=True)
class BatchInfo:
    id: int
    created_at: dt.datetime
    file_name: str
    sheet_name: str
    on_duplicate: str
    created: int
    updated: int
    skipped: int
    rejected: int
    undone_at: dt.datetime | None


@dataclass(frozen=True)
class UndoResult:
    removed: int
    restored: int


def _current_members(s: Session, ids: list[int]) -> dict[int, tuple[int, str]]:
    """id → (version, 사업자등록번호) of the members that still exist."""
    found: dict[int, tuple[int, str]] = {}
    for start in range(0, len(ids), 500):
        stmt = select(Member.id, Member.version, Member.brn).where(Member.id.in_(ids[start : start + 500]))
        found.update((member_id, (version, brn)) for member_id, version, brn in s.execute(stmt))
    return found


def _used_elsewhere(s: Session, member_ids: list[int]) -> set[int]:
    """The members among `member_ids` that other records refer to (a meeting's roll, a project,
    a certificate …): every foreign key to members except those of the member's own parts
    (contacts, tags, groups), which are deleted with it."""
    used: set[int] = set()
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != "members" or (fk.ondelete or "").upper() == "CASCADE":
                continue
            column = fk.parent
            for start in range(0, len(member_ids), 500):
                chunk = member_ids[start : start + 500]
                used.update(s.scalars(select(column).where(column.in_(chunk)).distinct()))
    return used


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:SHOWN_NAMES])
    return shown + (f" 외 {len(names) - SHOWN_NAMES}곳" if len(names) > SHOWN_NAMES else "")


class BatchService:
    def __init__(self, db: Database):
        self.db = db
        self.members = MemberService(db)

    def batches(self) -> list[BatchInfo]:
        with self.db.reading() as s:
            batches = s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
            return [
                BatchInfo(
                    b.id,
                    b.created_at,
                    b.file_name,
                    b.sheet_name,
                    b.on_duplicate,
                    b.created_count,
                    b.updated_count,
                    b.skipped_count,
                    b.rejected_count,
                    b.undone_at,
                )
                for b in batches
            ]

    def undo(self, batch_id: int) -> UndoResult:
        with self.db.reading() as s:
            _undoable(s, batch_id)  # said before a backup is made for nothing
        backup_before(self.db, BEFORE_UNDO)
        with self.db.transaction() as s:
            audit.set_context(s, f"가져오기 {batch_id}번 되돌리기")
            batch = _undoable(s, batch_id)  # again: another PC may have undone it meanwhile
            items = list(s.scalars(select(ImportBatchItem).where(ImportBatchItem.batch_id == batch_id)))
            current = _current_members(s, [item.member_id for item in items])

            def present(item: ImportBatchItem) -> bool:
                # Same id and number: SQLite may have given a deleted member's id to a later one.
                found = current.get(item.member_id)
                return found is not None and found[1] == item.brn

            edited = [
                item.name
                for item in items
                if (present(item) and current[item.member_id][0] != item.version_after)
                or (item.action == "updated" and not present(item))
            ]
            if edited:
                raise UserError(
                    f"가져오기 {batch_id}번 뒤에 수정되거나 삭제된 회원사가 있어 되돌리지 않았습니다: {_names(edited)}. "
                    "이 회원사들의 나중 수정 내용이 사라지지 않도록 직접 확인해 주십시오."
                )
            created = [i.member_id for i in items if i.action == "created" and present(i)]
            used = _used_elsewhere(s, created)
            if used:
                names = [item.name for item in items if item.member_id in used and item.action == "created"]
                raise UserError(
                    f"가져오기 {batch_id}번으로 추가된 회원사 중 회의, 협업 과제 등에 쓰인 곳이 있어 되돌리지 않았습니다: "
                    f"{_names(names)}. 그 기록이 사라지지 않도록 직접 확인해 주십시오."
                )
            for start in range(0, len(created), 500):
                s.execute(delete(Member).where(Member.id.in_(created[start : start + 500])))
            updated = [i for i in items if i.action == "updated" and i.before is not None]
            restore = []
            for item in updated:
                try:
                    data = validate_member(json.loads(item.before or "{}"))
                except FieldErrors as exc:
                    raise UserError(f"{item.name}: 가져오기 전 내용으로 되돌릴 수 없습니다. {exc}") from exc
                restore.append((item.member_id, data, current[item.member_id][0]))
            self.members.update_many(restore)
            # A member put back as an earlier import left it: that import can now be undone in turn.
            restored = _current_members(s, [item.member_id for item in updated])
            for item in updated:
                s.execute(
                    update(ImportBatchItem)
                    .where(
                        ImportBatchItem.member_id == item.member_id,
                        ImportBatchItem.brn == item.brn,
                        ImportBatchItem.batch_id != batch_id,
                        ImportBatchItem.version_after == item.version_before,
                    )
                    .values(version_after=restored[item.member_id][0])
                )
            self._remove_unused_catalog(s, json.loads(batch.created_catalog or "{}"))
            batch.undone_at = dt.datetime.now()
            return UndoResult(removed=len(created), restored=len(restore))

    @staticmethod
    def _remove_unused_catalog(s: Session, created: dict[str, list[list[Any]]]) -> None:
        """업종, 회원구분 and groups the import added go too, unless something uses them by now.

        Each is known by id and name, so an entry made later under a reused id is never touched."""
        for key, model, column in (
            ("industry", Industry, Member.industry_id),
            ("member_class", MemberClass, Member.member_class_id),
        ):
            for item_id, name in created.get(key, []):
                if not s.scalar(select(exists().where(column == item_id))):
                    s.execute(delete(model).where(model.id == item_id, model.name == name))
        # Deepest first: a group the import made under another one it made.
        for group_id, name in reversed(created.get("group", [])):
            used = s.scalar(select(exists().where(group_members.c.group_id == group_id))) or s.scalar(
                select(exists().where(Group.parent_id == group_id))
            )
            if not used:
                s.execute(delete(Group).where(Group.id == group_id, Group.name == name))


def _undoable(s: Session, batch_id: int) -> ImportBatch:
    batch = s.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(f"가져오기 기록 {batch_id}번이 없습니다.")
    if batch.undone_at is not None:
        raise UserError(f"가져오기 {batch_id}번은 이미 되돌렸습니다({batch.undone_at:%Y-%m-%d %H:%M}).")
    return batch

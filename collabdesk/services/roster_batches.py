"""Finished roster imports: the list of batches, and undoing one as a whole.

Undo removes the members a batch created and puts the members it changed back to their earlier
fields, in one transaction. It refuses, changing nothing, when a member was edited (or a changed
member deleted) after the import: undoing would silently throw that later work away.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, exists, select

from collabdesk.db.engine import Database
from collabdesk.db.models import (
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
        with self.db.transaction() as s:
            batch = s.get(ImportBatch, batch_id)
            if batch is None:
                raise NotFoundError(f"가져오기 기록 {batch_id}번이 없습니다.")
            if batch.undone_at is not None:
                raise UserError(
                    f"가져오기 {batch_id}번은 이미 되돌렸습니다({batch.undone_at:%Y-%m-%d %H:%M})."
                )
            items = list(s.scalars(select(ImportBatchItem).where(ImportBatchItem.batch_id == batch_id)))
            ids = [item.member_id for item in items]
            versions: dict[int, int] = {}
            for start in range(0, len(ids), 500):
                stmt = select(Member.id, Member.version).where(Member.id.in_(ids[start : start + 500]))
                versions.update(s.execute(stmt).all())
            edited = [
                item.name
                for item in items
                if (item.member_id in versions and versions[item.member_id] != item.version_after)
                or (item.action == "updated" and item.member_id not in versions)
            ]
            if edited:
                raise UserError(
                    f"가져오기 {batch_id}번 뒤에 수정되거나 삭제된 회원사가 있어 되돌리지 않았습니다: {_names(edited)}. "
                    "이 회원사들의 나중 수정 내용이 사라지지 않도록 직접 확인해 주십시오."
                )
            created = [i.member_id for i in items if i.action == "created" and i.member_id in versions]
            for start in range(0, len(created), 500):
                s.execute(delete(Member).where(Member.id.in_(created[start : start + 500])))
            restore = []
            for item in items:
                if item.action == "updated" and item.before is not None:
                    try:
                        data = validate_member(json.loads(item.before))
                    except FieldErrors as exc:
                        raise UserError(
                            f"{item.name}: 가져오기 전 내용으로 되돌릴 수 없습니다. {exc}"
                        ) from exc
                    restore.append((item.member_id, data, versions[item.member_id]))
            self.members.update_many(restore)
            self._remove_unused_catalog(s, json.loads(batch.created_catalog or "{}"))
            batch.undone_at = dt.datetime.now()
            return UndoResult(removed=len(created), restored=len(restore))

    @staticmethod
    def _remove_unused_catalog(s, created: dict[str, list[int]]) -> None:  # type: ignore[no-untyped-def]
        """업종, 회원구분 and groups the import added go too, unless something uses them by now."""
        for model, column in ((Industry, Member.industry_id), (MemberClass, Member.member_class_id)):
            key = "industry" if model is Industry else "member_class"
            for item_id in created.get(key, []):
                if not s.scalar(select(exists().where(column == item_id))):
                    s.execute(delete(model).where(model.id == item_id))
        # Deepest first: a group the import made under another one it made.
        for group_id in reversed(created.get("group", [])):
            used = s.scalar(select(exists().where(group_members.c.group_id == group_id))) or s.scalar(
                select(exists().where(Group.parent_id == group_id))
            )
            if not used:
                s.execute(delete(Group).where(Group.id == group_id))

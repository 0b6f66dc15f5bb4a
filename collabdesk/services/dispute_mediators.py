"""The managed list of mediators (조정위원) cases are assigned from. The names are not confidential,
but how many cases each has served on is: it is counted only for an access that unlocks the dispute
records. A mediator who has served on a case is kept (made inactive), not deleted."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from collabdesk.db.engine import Database
from collabdesk.db.models import Mediator, dispute_case_mediators
from collabdesk.errors import NotFoundError, StaleRecordError, UserError
from collabdesk.services.dispute_access import DisputeAccess, DisputeGate
from collabdesk.validation.dispute import MediatorData, validate_mediator

_GONE = "조정위원을 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다."


@dataclass(frozen=True)
class MediatorRow:
    id: int
    name: str
    affiliation: str
    phone: str
    active: bool
    version: int
    cases: int | None  # cases the mediator is assigned to; None without an unlocked access

    @property
    def label(self) -> str:
        """'홍길동 (경기테크노파크 본부장)', as the 조정조서 names a mediator."""
        return mediator_label(self.name, self.affiliation)


def mediator_label(name: str, affiliation: str) -> str:
    return f"{name} ({affiliation})" if affiliation else name


class MediatorService:
    def __init__(self, db: Database):
        self.db = db

    def items(self, active_only: bool = False, access: DisputeAccess | None = None) -> list[MediatorRow]:
        """The mediators; with an `access` that unlocks the dispute records, how many cases each has."""
        with self.db.reading() as s:
            counted = DisputeGate.is_open(s, access)
            counts: dict[int, int] = (
                dict(
                    s.execute(
                        select(dispute_case_mediators.c.mediator_id, func.count()).group_by(
                            dispute_case_mediators.c.mediator_id
                        )
                    ).all()
                )
                if counted
                else {}
            )
            stmt = select(Mediator).order_by(Mediator.sort_order, Mediator.id)
            if active_only:
                stmt = stmt.where(Mediator.active.is_(True))
            return [
                MediatorRow(
                    m.id,
                    m.name,
                    m.affiliation,
                    m.phone,
                    m.active,
                    m.version,
                    counts.get(m.id, 0) if counted else None,
                )
                for m in s.scalars(stmt)
            ]

    def get(self, mediator_id: int, access: DisputeAccess | None = None) -> MediatorRow:
        found = next((m for m in self.items(access=access) if m.id == mediator_id), None)
        if found is None:
            raise NotFoundError(_GONE)
        return found

    def add(self, data: MediatorData) -> int:
        data = validate_mediator(data)
        with self.db.transaction() as s:
            order = s.scalar(select(func.coalesce(func.max(Mediator.sort_order), -1) + 1)) or 0
            mediator = Mediator(
                name=data.name,
                affiliation=data.affiliation,
                phone=data.phone,
                active=data.active,
                sort_order=order,
                version=1,
            )
            s.add(mediator)
            s.flush()
            return mediator.id

    def update(self, mediator_id: int, data: MediatorData, expected_version: int) -> None:
        data = validate_mediator(data)
        try:
            with self.db.transaction() as s:
                mediator = s.get(Mediator, mediator_id)
                if mediator is None:
                    raise NotFoundError(_GONE)
                if mediator.version != expected_version:
                    raise StaleRecordError()
                mediator.name, mediator.affiliation = data.name, data.affiliation
                mediator.phone, mediator.active = data.phone, data.active
        except StaleDataError as exc:
            raise StaleRecordError() from exc

    def remove(self, mediator_id: int, access: DisputeAccess | None = None) -> None:
        """Delete a mediator no case names; one who served is made inactive instead (the refusal says
        on how many cases only with an unlocked `access`)."""
        with self.db.transaction() as s:
            mediator = s.get(Mediator, mediator_id)
            if mediator is None:
                raise NotFoundError(_GONE)
            used = s.scalar(select(func.count()).where(dispute_case_mediators.c.mediator_id == mediator_id))
            if used:
                cases = f"분쟁조정 사건 {used}건에" if DisputeGate.is_open(s, access) else "분쟁조정 사건에"
                raise UserError(
                    f"{mediator.name} 조정위원은 {cases} 지정되어 있어 삭제할 수 없습니다. "
                    "대신 '사용 안 함'으로 바꿔 주십시오."
                )
            s.delete(mediator)

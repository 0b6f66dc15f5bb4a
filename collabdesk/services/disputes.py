"""Dispute and mediation cases (분쟁조정): numbering, parties, the status workflow, the processing
deadline and its extensions, mediation sessions, the outcome (and the agreement version made from
it), the list and statistics, and the 조정조서 record. No Qt here.

Confidentiality: every call that reads or changes a case's texts takes a DisputeAccess from
`access(password)` (see dispute_access); reading a case, printing its record and unlocking are
written to the case's history, and the audit log keeps which fields changed, not their values.

Numbers (2026-조정-001) are a sequence per year of receipt, taken inside the creating transaction
(max + 1); cases are never deleted, so a number is never given twice. Two PCs on one PostgreSQL
database are serialised by a transaction-level advisory lock, and a unique-key conflict retries.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from collabdesk.db.engine import Database
from collabdesk.db.models import (
    Agreement,
    DisputeCase,
    DisputeExtension,
    DisputeSession,
    DisputeStatusChange,
    DisputeType,
)
from collabdesk.documents.mediation_pdf import (
    MediationRecord,
    mediation_record_pdf_bytes,
    write_mediation_record,
)
from collabdesk.errors import (
    ConflictError,
    FieldErrors,
    NotFoundError,
    StaleRecordError,
    StorageError,
    UserError,
)
from collabdesk.services.catalogs import CatalogItem, CatalogService
from collabdesk.services.certificate_templates import IssuerService
from collabdesk.services.dispute_access import VIEW, DisputeAccess, DisputeGate, log_case_event
from collabdesk.services.dispute_detail import (
    DisputeDetail,
    ExtensionLine,
    PartyLine,
    SessionLine,
    StatusStep,
    detail_of,
)
from collabdesk.services.dispute_fields import apply_mediators, apply_parties, apply_project, index_case
from collabdesk.services.dispute_record import build_record
from collabdesk.services.dispute_stats import (
    DisputeFilter,
    DisputeRow,
    DisputeStats,
    case_stats,
    search_cases,
)
from collabdesk.services.dispute_workflow import (
    RECEIVED,
    SETTLED,
    check_transition,
    is_closed,
)
from collabdesk.services.projects import ProjectService
from collabdesk.validation.dispute import (
    DisputeData,
    SessionData,
    check_extension,
    validate_dispute,
    validate_session,
)
from collabdesk.validation.project import AgreementData

# Importers find the case view's types here too.
__all__ = [
    "DisputeDetail",
    "DisputeFilter",
    "DisputeRow",
    "DisputeService",
    "DisputeStats",
    "ExtensionLine",
    "PartyLine",
    "SessionLine",
    "StatusStep",
    "case_number",
    "dispute_types",
]

_GONE = "분쟁조정 사건을 찾을 수 없습니다."
_ATTEMPTS = 3
_LOCK_KEY = 0x0D15_9073  # pg_advisory_xact_lock key of the case numbering
RECORD_CONTEXT = "조정조서 출력"
# The note of an agreement version made from an outcome: neutral, since anyone sees agreements.
OUTCOME_NOTE = "조정 결과에 따른 변경"


def dispute_types(db: Database, access: DisputeAccess | None = None) -> DisputeTypeCatalog:
    """The editable list of dispute types (역할분담, 수익·과실배분, 납기 …); how many cases carry each
    only with an `access` that unlocks the records."""
    return DisputeTypeCatalog(db, access)


class DisputeTypeCatalog(CatalogService):
    """How many cases are of a type says something about the cases: without an unlocked access the
    items count 0 and a refused removal does not say how many cases use the type."""

    def __init__(self, db: Database, access: DisputeAccess | None = None):
        super().__init__(db, cast(Any, DisputeType), "분쟁 유형", DisputeCase.type_id, "조정 사례", "건")
        self.access = access

    def items(self) -> list[CatalogItem]:
        with self.db.reading() as s:
            found = super().items()
            if DisputeGate.is_open(s, self.access):
                return found
        return [replace(item, in_use=0) for item in found]

    def remove(self, item_id: int, *, expected_name: str | None = None) -> None:
        with self.db.transaction() as s:
            if not DisputeGate.is_open(s, self.access) and s.scalar(
                select(func.count()).where(DisputeCase.type_id == item_id)
            ):
                raise UserError("분쟁조정 사건이 쓰고 있는 분쟁 유형이라 삭제할 수 없습니다.")
            super().remove(item_id, expected_name=expected_name)


def case_number(year: int, seq: int) -> str:
    return f"{year}-조정-{seq:03d}"


def _require_open(case: DisputeCase, what: str) -> None:
    if is_closed(case.status):
        raise UserError(
            f"종결된 사건({case.status})에는 {what} 수 없습니다. 필요하면 먼저 사유를 적어 다시 진행으로 바꾸십시오."
        )


class DisputeService:
    def __init__(self, db: Database):
        self.db = db
        self.gate = DisputeGate(db)

    # --- the password ------------------------------------------------------------------------------
    def has_password(self) -> bool:
        return self.gate.has_password()

    def access(self, password: str | None, case_id: int | None = None) -> DisputeAccess:
        return self.gate.access(password, case_id)

    def set_password(self, new: str, current: str | None = None) -> None:
        self.gate.set_password(new, current)

    def remove_password(self, current: str) -> None:
        self.gate.remove_password(current)

    # --- lists -------------------------------------------------------------------------------------
    def types(self) -> list[str]:
        with self.db.reading() as s:
            return list(s.scalars(select(DisputeType.name).order_by(DisputeType.sort_order, DisputeType.id)))

    def years(self) -> list[int]:
        """Years with cases received, newest first (for the year filter)."""
        with self.db.reading() as s:
            first, last = s.execute(select(func.min(DisputeCase.year), func.max(DisputeCase.year))).one()
        if first is None:
            return []
        return list(range(max(last, dt.date.today().year), first - 1, -1))

    def search(
        self,
        flt: DisputeFilter = DisputeFilter(),  # noqa: B008
        access: DisputeAccess | None = None,
        today: dt.date | None = None,
    ) -> list[DisputeRow]:
        """The case list; numbers, statuses and dates only unless `access` unlocks the records."""
        with self.db.reading() as s:
            return search_cases(s, flt, self.gate.is_open(s, access), today or dt.date.today())

    def stats(
        self, year: int | None = None, access: DisputeAccess | None = None, today: dt.date | None = None
    ) -> DisputeStats:
        with self.db.reading() as s:
            return case_stats(s, year, self.gate.is_open(s, access), today or dt.date.today())

    def find(self, number: str) -> int:
        """The id of the case with that number (numbers are not confidential)."""
        with self.db.reading() as s:
            found = s.scalar(select(DisputeCase.id).where(DisputeCase.number == number.strip()))
        if found is None:
            raise NotFoundError(f"분쟁조정 사건 '{number.strip()}'을(를) 찾을 수 없습니다.")
        return int(found)

    # --- one case ----------------------------------------------------------------------------------
    def create(self, data: DisputeData, access: DisputeAccess | None, today: dt.date | None = None) -> int:
        """A new case in 접수, numbered in the year of its receipt; returns its id."""
        today = today or dt.date.today()
        for attempt in range(_ATTEMPTS):
            try:
                with self.db.transaction() as s:
                    self.gate.require(s, access)
                    types = self._types(s)
                    validate_dispute(data, list(types), today)
                    if s.get_bind().dialect.name == "postgresql":
                        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
                    year = data.received_on.year
                    seq = (
                        s.scalar(select(func.max(DisputeCase.seq)).where(DisputeCase.year == year)) or 0
                    ) + 1
                    case = DisputeCase(
                        number=case_number(year, seq),
                        year=year,
                        seq=seq,
                        status=RECEIVED,
                        outcome_text="",
                        version=1,
                    )
                    self._apply(s, case, data, types)
                    case.status_changes = [
                        DisputeStatusChange(
                            changed_on=data.received_on, from_status="", to_status=RECEIVED, note="접수"
                        )
                    ]
                    index_case(case)
                    s.add(case)
                    s.flush()
                    return case.id
            except ConflictError:
                if attempt + 1 < _ATTEMPTS:
                    continue  # another PC took the number meanwhile
                raise
        raise AssertionError("unreachable")

    def _viewing(self) -> AbstractContextManager[Session]:
        """A read that is written to the case's history — except in a window that may only read
        (another CollabDesk writes the file), where reading must still work."""
        return self.db.reading() if self.db.read_only_note else self.db.transaction()

    def get(self, case_id: int, access: DisputeAccess | None, today: dt.date | None = None) -> DisputeDetail:
        """The whole case; the read is written to the case's history."""
        today = today or dt.date.today()
        with self._viewing() as s:
            self.gate.require(s, access)
            case = self._case(s, case_id, load=True)
            if not self.db.read_only_note:
                log_case_event(s, VIEW, case)
            return detail_of(s, case, today)

    def update(
        self,
        case_id: int,
        data: DisputeData,
        expected_version: int,
        access: DisputeAccess | None,
        today: dt.date | None = None,
    ) -> None:
        """Change the case's fields (not its status: change_status; not its number, ever)."""
        today = today or dt.date.today()
        with self._changing(case_id, expected_version, access) as (s, case):
            types = self._types(s)
            validate_dispute(data, list(types), today)
            later = [c.changed_on for c in case.status_changes if c.from_status]
            later += [e.extended_on for e in case.extensions] + [x.held_on for x in case.sessions]
            if later and data.received_on > min(later):
                raise FieldErrors(
                    {"received_on": f"접수일이 이미 기록된 진행 날짜({min(later):%Y-%m-%d})보다 늦습니다."}
                )
            if data.received_on.year != case.year:  # the number carries the year of receipt
                raise FieldErrors(
                    {
                        "received_on": f"사건번호 {case.number}에 접수 연도({case.year}년)가 들어 있어 접수일을 "
                        f"{data.received_on.year}년으로 바꿀 수 없습니다. 잘못 접수한 사건이면 취하나 각하로 "
                        "종결하고 새로 접수하십시오."
                    }
                )
            if case.outcome_agreement_id is not None and data.project_id != case.project_id:
                raise FieldErrors(
                    {
                        "project": f"이 사건의 조정 결과로 '{case.project_name}' 과제의 협약 버전을 이미 "
                        "만들었으므로 관련 과제를 바꿀 수 없습니다."
                    }
                )
            self._apply(s, case, data, types)
            for change in case.status_changes:
                if not change.from_status:
                    change.changed_on = data.received_on

    def change_status(
        self,
        case_id: int,
        status: str,
        on: dt.date,
        note: str,
        expected_version: int,
        access: DisputeAccess | None,
        *,
        outcome_text: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        """One step of the workflow, dated and with a note (a reopening's reason). `outcome_text`
        sets the agreed terms in the same step (조정성립 needs them)."""
        today = today or dt.date.today()
        with self._changing(case_id, expected_version, access) as (s, case):
            if outcome_text is not None:
                case.outcome_text = outcome_text.strip()
            last = case.status_changes[-1].changed_on if case.status_changes else None
            events = [x.held_on for x in case.sessions] + [e.extended_on for e in case.extensions]
            check_transition(
                case.status,
                status,
                on,
                note,
                received_on=case.received_on,
                last_change_on=last,
                today=today,
                outcome_text=case.outcome_text,
                last_event_on=max(events, default=None),
            )
            case.status_changes.append(
                DisputeStatusChange(
                    changed_on=on, from_status=case.status, to_status=status, note=note.strip()
                )
            )
            case.status = status
            case.closed_on = on if is_closed(status) else None

    def set_outcome(
        self, case_id: int, outcome_text: str, expected_version: int, access: DisputeAccess | None
    ) -> None:
        """The agreed terms (조정 내용)."""
        with self._changing(case_id, expected_version, access) as (_s, case):
            if case.status == SETTLED and not outcome_text.strip():
                raise FieldErrors({"outcome_text": "조정성립한 사건의 조정 내용은 비울 수 없습니다."})
            case.outcome_text = outcome_text.strip()

    def extend_deadline(
        self,
        case_id: int,
        on: dt.date,
        days: int,
        reason: str,
        expected_version: int,
        access: DisputeAccess | None,
        today: dt.date | None = None,
    ) -> None:
        """Add days to the processing period, with the reason (kept as its own row)."""
        today = today or dt.date.today()
        check_extension(days, reason)
        with self._changing(case_id, expected_version, access) as (_s, case):
            if is_closed(case.status):
                raise UserError(f"종결된 사건({case.status})의 처리 기한은 연장할 수 없습니다.")
            if on < case.received_on or on > today:
                raise FieldErrors({"extended_on": "연장일은 접수일과 오늘 사이여야 합니다."})
            case.extensions.append(DisputeExtension(extended_on=on, days=days, reason=reason.strip()))

    # --- sessions ----------------------------------------------------------------------------------
    def save_session(
        self,
        case_id: int,
        data: SessionData,
        access: DisputeAccess | None,
        session_id: int | None = None,
        expected_version: int | None = None,
        today: dt.date | None = None,
    ) -> int:
        """Add a session (조정기일), or change one, on an open case; returns its id."""
        with self._changing(case_id, expected_version, access) as (s, case):
            _require_open(case, "조정기일을 넣거나 고칠")
            clean = validate_session(data, case.received_on, today)
            if session_id is None:
                session = DisputeSession()
                case.sessions.append(session)
            else:
                found = next((x for x in case.sessions if x.id == session_id), None)
                if found is None:
                    raise NotFoundError("조정기일을 찾을 수 없습니다. 다른 사용자가 삭제했을 수 있습니다.")
                session = found
            session.held_on, session.place, session.attendees = clean.held_on, clean.place, clean.attendees
            session.summary, session.next_steps = clean.summary, clean.next_steps
            s.flush()
            return session.id

    def delete_session(
        self, case_id: int, session_id: int, access: DisputeAccess | None, expected_version: int | None = None
    ) -> None:
        with self._changing(case_id, expected_version, access) as (_s, case):
            found = next((x for x in case.sessions if x.id == session_id), None)
            if found is None:
                raise NotFoundError("조정기일을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
            _require_open(case, "조정기일을 삭제할")
            case.sessions.remove(found)

    # --- the outcome as a new agreement version -----------------------------------------------------
    def create_agreement_from_outcome(
        self,
        case_id: int,
        data: AgreementData,
        access: DisputeAccess | None,
        expected_version: int | None = None,
        expected_project_version: int | None = None,
    ) -> int:
        """Save `data` as the next agreement version of the case's project (the project service checks
        it, and with `expected_project_version` refuses when the project changed since the dialog read
        it), and link it to the case. Returns the version's number.

        The agreement is an ordinary project record that anyone sees: its note may not name the case
        (an empty one becomes OUTCOME_NOTE); only the case keeps the link (outcome_agreement_id)."""
        with self._changing(case_id, expected_version, access) as (s, case):
            if case.status != SETTLED:
                raise UserError(
                    f"{case.number}은(는) {SETTLED} 상태가 아니라({case.status}) 조정 결과로 협약 버전을 "
                    "만들 수 없습니다."
                )
            if case.project_id is None:
                raise UserError(
                    f"{case.number}은(는) 관련 과제가 없는 사건이라 협약 버전을 만들 수 없습니다."
                )
            if not case.outcome_text.strip():
                raise FieldErrors({"outcome_text": "협약 버전을 만들기 전에 조정 내용을 적어 주십시오."})
            if case.outcome_agreement_id is not None:
                made = s.get(Agreement, case.outcome_agreement_id)
                raise UserError(
                    f"{case.number}의 조정 결과로 이미 협약 제{made.number if made else '?'}차를 만들었습니다."
                )
            if case.number in data.note:
                raise FieldErrors(
                    {"note": "협약은 조정 암호 없이도 보이므로 비고에 사건번호를 적을 수 없습니다."}
                )
            number = ProjectService(self.db).add_agreement(
                case.project_id,
                AgreementData(data.agreed_on, data.parties, data.note.strip() or OUTCOME_NOTE),
                expected_project_version,
            )
            case.outcome_agreement_id = s.scalar(
                select(Agreement.id).where(
                    Agreement.project_id == case.project_id, Agreement.number == number
                )
            )
            return number

    # --- the 조정조서 ---------------------------------------------------------------------------------
    def record(
        self, case: int | str, access: DisputeAccess | None, printed_on: dt.date | None = None
    ) -> MediationRecord:
        """The 조정조서 of a case (by id or number) as the documents layer prints it; written to the
        case's history as a read."""
        case_id = self.find(case) if isinstance(case, str) else case
        organisation = IssuerService(self.db).get().organisation
        with self._viewing() as s:
            self.gate.require(s, access)
            found = self._case(s, case_id, load=True)
            if not self.db.read_only_note:
                log_case_event(s, VIEW, found, RECORD_CONTEXT)
            return build_record(found, organisation, printed_on or dt.date.today())

    def record_pdf(
        self, case: int | str, access: DisputeAccess | None, printed_on: dt.date | None = None
    ) -> bytes:
        return mediation_record_pdf_bytes(self.record(case, access, printed_on))

    def write_record(
        self,
        case: int | str,
        out: str | os.PathLike[str] | BinaryIO,
        access: DisputeAccess | None,
        printed_on: dt.date | None = None,
    ) -> None:
        if isinstance(out, str | os.PathLike):
            path = Path(out)
            if path.suffix.lower() != ".pdf":
                raise UserError(f"{path.name}: 조정조서는 PDF(.pdf) 파일로만 저장할 수 있습니다.")
            write_mediation_record(self.record(case, access, printed_on), path)
        else:
            write_mediation_record(self.record(case, access, printed_on), out)

    # --- helpers -----------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _changing(
        self, case_id: int, expected_version: int | None, access: DisputeAccess | None
    ) -> Iterator[tuple[Session, DisputeCase]]:
        """One change of a case in one transaction: the access checked, the version compared (None:
        not compared), and the case's search document and version renewed at the end (a change of
        a session or an extension counts as a change of the case)."""
        try:
            with self.db.transaction() as s:
                self.gate.require(s, access)
                case = self._case(s, case_id, load=True)
                if expected_version is not None and case.version != expected_version:
                    raise StaleRecordError()
                with s.no_autoflush:  # the case's row is written once, below
                    yield s, case
                case.updated_at = dt.datetime.now()
                index_case(case)
                s.flush()  # one UPDATE of the case: its version goes up by one
        except StorageError as exc:
            if isinstance(exc.__cause__, StaleDataError):  # another PC saved between read and write
                raise StaleRecordError() from exc
            raise

    @staticmethod
    def _types(s: Session) -> dict[str, int]:
        return dict(
            s.execute(
                select(DisputeType.name, DisputeType.id).order_by(DisputeType.sort_order, DisputeType.id)
            ).all()
        )

    @staticmethod
    def _case(s: Session, case_id: int, load: bool = False) -> DisputeCase:
        options = (
            [
                selectinload(DisputeCase.parties),
                selectinload(DisputeCase.mediators),
                selectinload(DisputeCase.sessions),
                selectinload(DisputeCase.status_changes),
                selectinload(DisputeCase.extensions),
                selectinload(DisputeCase.dispute_type),
            ]
            if load
            else []
        )
        case = s.get(DisputeCase, case_id, options=options)
        if case is None:
            raise NotFoundError(_GONE)
        return case

    @staticmethod
    def _apply(s: Session, case: DisputeCase, data: DisputeData, types: dict[str, int]) -> None:
        case.received_on = data.received_on
        case.dispute_type = s.get_one(DisputeType, types[data.dispute_type])
        case.claim_summary = data.claim_summary.strip()
        case.amount = data.amount
        case.target_days = data.target_days
        apply_project(s, case, data)
        apply_parties(s, case, data.parties)
        apply_mediators(s, case, data.mediator_ids)
        case.updated_at = dt.datetime.now()

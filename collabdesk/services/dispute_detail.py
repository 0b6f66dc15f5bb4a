"""A dispute case as the case view reads it: the form's data, the parties, sessions, status steps
and extensions, the deadline and its flag, and the steps the workflow allows next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from collabdesk.db.models import Agreement, DisputeCase
from collabdesk.services.dispute_mediators import mediator_label
from collabdesk.services.dispute_workflow import allowed_next, days_left, deadline, deadline_flag
from collabdesk.validation.dispute import DisputeData, PartyInput


@dataclass(frozen=True)
class PartyLine:
    side: str
    name: str
    member_id: int | None
    representative: str
    address: str


@dataclass(frozen=True)
class SessionLine:
    id: int
    held_on: dt.date
    place: str
    attendees: str
    summary: str
    next_steps: str


@dataclass(frozen=True)
class StatusStep:
    changed_on: dt.date
    from_status: str  # "" for the receipt
    to_status: str
    note: str


@dataclass(frozen=True)
class ExtensionLine:
    extended_on: dt.date
    days: int
    reason: str


@dataclass(frozen=True)
class DisputeDetail:
    id: int
    number: str
    version: int
    data: DisputeData  # as the case form edits it
    status: str
    closed_on: dt.date | None
    outcome_text: str
    project_name: str  # kept if the project was deleted
    agreement_number: int | None  # the version in force the dispute is about
    outcome_agreement_number: int | None  # the version made from the outcome
    parties: list[PartyLine]
    mediators: list[str]  # '홍길동 (경기테크노파크 본부장)'
    sessions: list[SessionLine]
    steps: list[StatusStep]
    extensions: list[ExtensionLine]
    deadline: dt.date
    flag: str  # 기한 지남 / 기한 임박 / ""
    days_left: int
    next_statuses: tuple[str, ...]


def detail_of(s: Session, case: DisputeCase, today: dt.date) -> DisputeDetail:
    """`case` with its children loaded."""
    due = deadline(case.received_on, case.target_days, sum(e.days for e in case.extensions))
    made = s.get(Agreement, case.outcome_agreement_id) if case.outcome_agreement_id is not None else None
    data = DisputeData(
        received_on=case.received_on,
        dispute_type=case.dispute_type.name,
        parties=[PartyInput(p.side, p.name, p.member_id, p.representative, p.address) for p in case.parties],
        claim_summary=case.claim_summary,
        amount=case.amount,
        project_id=case.project_id,
        agreement_number=case.agreement_number if case.project_id is not None else None,
        mediator_ids=[m.id for m in case.mediators],
        target_days=case.target_days,
    )
    return DisputeDetail(
        id=case.id,
        number=case.number,
        version=case.version,
        data=data,
        status=case.status,
        closed_on=case.closed_on,
        outcome_text=case.outcome_text,
        project_name=case.project_name,
        agreement_number=case.agreement_number,
        outcome_agreement_number=made.number if made is not None else None,
        parties=[PartyLine(p.side, p.name, p.member_id, p.representative, p.address) for p in case.parties],
        mediators=[mediator_label(m.name, m.affiliation) for m in case.mediators],
        sessions=[
            SessionLine(x.id, x.held_on, x.place, x.attendees, x.summary, x.next_steps) for x in case.sessions
        ],
        steps=[StatusStep(c.changed_on, c.from_status, c.to_status, c.note) for c in case.status_changes],
        extensions=[ExtensionLine(e.extended_on, e.days, e.reason) for e in case.extensions],
        deadline=due,
        flag=deadline_flag(case.status, due, today),
        days_left=days_left(due, today),
        next_statuses=allowed_next(case.status),
    )

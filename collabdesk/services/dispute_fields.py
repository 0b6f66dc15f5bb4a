"""Putting a case's form (DisputeData) into its rows: the related project and the agreement version in
force, the parties (member companies read from the directory), the mediators; and the case's search
document. Used inside the service's transactions only."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.db.models import Agreement, DisputeCase, DisputeParty, Mediator, Member, Project
from collabdesk.errors import FieldErrors
from collabdesk.validation.dispute import DisputeData, PartyInput, check_sides


def project_text(name: str, agreement_number: int | None) -> str:
    """'과제명 (협약 제3차)', or the name alone, or "" when the case has no project."""
    if not name:
        return ""
    return f"{name} (협약 제{agreement_number}차)" if agreement_number else name


def apply_project(s: Session, case: DisputeCase, data: DisputeData) -> None:
    """The related project and the agreement version: the one chosen (it must be the project's), or
    the one in force on the receipt date (the newest agreed on or before it; none before the first)."""
    if data.project_id is None:
        if case.project_id is not None:  # unlinked by the user; a deleted project's name stays
            case.project_id, case.project_name = None, ""
            case.agreement_id, case.agreement_number = None, None
        return
    project = s.get(Project, data.project_id)
    if project is None:
        raise FieldErrors({"project": "관련 과제: 삭제되었거나 없는 과제입니다."})
    versions = list(
        s.execute(
            select(Agreement.id, Agreement.number, Agreement.agreed_on)
            .where(Agreement.project_id == project.id)
            .order_by(Agreement.number)
        )
    )
    chosen: tuple[int, int] | None = None
    if data.agreement_number is not None:
        found = [(v.id, v.number) for v in versions if v.number == data.agreement_number]
        if not found:
            raise FieldErrors(
                {
                    "agreement": f"협약 제{data.agreement_number}차는 '{project.name}' 과제의 협약 버전이 아닙니다."
                }
            )
        chosen = found[0]
    else:
        in_force = [(v.id, v.number) for v in versions if v.agreed_on <= data.received_on]
        chosen = in_force[-1] if in_force else None
    case.project_id, case.project_name = project.id, project.name
    case.agreement_id, case.agreement_number = chosen if chosen is not None else (None, None)


def apply_parties(s: Session, case: DisputeCase, parties: Sequence[PartyInput]) -> None:
    """The parties as saved: a member company's name, 대표자 and address come from the directory
    (a 대표자 or address typed in the form wins); the lines are replaced only when they changed."""
    ids = [p.member_id for p in parties if p.member_id is not None]
    members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(ids)))} if ids else {}
    lines: list[tuple[str, int | None, str, str, str]] = []
    for party in parties:
        if party.member_id is not None:
            member = members.get(party.member_id)
            if member is None:
                raise FieldErrors({"parties": f"{party.name or '당사자'}: 삭제되었거나 없는 회원사입니다."})
            lines.append(
                (
                    party.side,
                    member.id,
                    member.name,
                    party.representative.strip() or member.ceo,
                    party.address.strip() or member.address,
                )
            )
        else:
            lines.append(
                (party.side, None, party.name.strip(), party.representative.strip(), party.address.strip())
            )
    check_sides([(side, member_id, name) for side, member_id, name, _rep, _addr in lines])
    current = [(p.side, p.member_id, p.name, p.representative, p.address) for p in case.parties]
    if current == lines:
        return
    case.parties.clear()
    case.parties.extend(
        DisputeParty(
            side=side, member_id=member_id, name=name, representative=rep, address=addr, sort_order=n
        )
        for n, (side, member_id, name, rep, addr) in enumerate(lines)
    )


def apply_mediators(s: Session, case: DisputeCase, mediator_ids: Sequence[int]) -> None:
    """The case's mediators; one no longer active may stay on a case but not be newly assigned."""
    found = (
        {m.id: m for m in s.scalars(select(Mediator).where(Mediator.id.in_(mediator_ids)))}
        if mediator_ids
        else {}
    )
    missing = [i for i in mediator_ids if i not in found]
    if missing:
        raise FieldErrors({"mediators": "조정위원 중 삭제되었거나 없는 사람이 있습니다."})
    current = {m.id for m in case.mediators} if case.id is not None else set()
    inactive = [found[i].name for i in mediator_ids if not found[i].active and i not in current]
    if inactive:
        raise FieldErrors({"mediators": f"{inactive[0]}: 지금은 활동하지 않는 조정위원입니다."})
    chosen = [found[i] for i in mediator_ids]
    if [m.id for m in case.mediators] != [m.id for m in chosen]:
        case.mediators = chosen


def index_case(case: DisputeCase) -> None:
    """The lower-cased text an unlocked search looks in: number, type, project, parties, claim,
    outcome, sessions and status notes. Never logged (the audit log skips search_doc)."""
    parts = [
        case.number,
        case.dispute_type.name if case.dispute_type is not None else "",
        case.project_name,
        *(p.name for p in case.parties),
        case.claim_summary,
        case.outcome_text,
        *(text for x in case.sessions for text in (x.place, x.attendees, x.summary, x.next_steps)),
        *(c.note for c in case.status_changes if c.from_status),
        *(e.reason for e in case.extensions),
    ]
    case.search_doc = " ".join(p for p in parts if p).lower()

"""The 조정조서 of a case as the documents layer prints it (collabdesk.documents.mediation_pdf)."""

from __future__ import annotations

import datetime as dt

from collabdesk.db.models import DisputeCase
from collabdesk.documents.mediation_pdf import MediationRecord, RecordParty, RecordSession
from collabdesk.formatting import money
from collabdesk.services.dispute_fields import project_text
from collabdesk.services.dispute_mediators import mediator_label
from collabdesk.validation.dispute import APPLICANT, RESPONDENT


def build_record(case: DisputeCase, organisation: str, printed_on: dt.date) -> MediationRecord:
    """`case` with its parties, mediators and sessions loaded; `organisation` is the secretariat's
    (the certificate issuer settings')."""

    def parties(side: str) -> list[RecordParty]:
        return [
            RecordParty(p.side, p.name, p.representative, p.address) for p in case.parties if p.side == side
        ]

    return MediationRecord(
        case_number=case.number,
        organisation=organisation,
        received_on=case.received_on,
        dispute_type=case.dispute_type.name,
        project=project_text(case.project_name, case.agreement_number),
        claim_summary=case.claim_summary,
        amount=money(case.amount),
        applicants=parties(APPLICANT),
        respondents=parties(RESPONDENT),
        mediators=[mediator_label(m.name, m.affiliation) for m in case.mediators],
        sessions=[
            RecordSession(x.held_on, x.place, x.attendees, x.summary, x.next_steps) for x in case.sessions
        ],
        status=case.status,
        closed_on=case.closed_on,
        outcome_text=case.outcome_text,
        printed_on=printed_on,
    )

"""Checks a dispute case as typed: its receipt date, type, parties (신청인 and 피신청인), amount and
processing period; a mediation session (조정기일); a mediator (조정위원). No Qt, no SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from collabdesk.errors import FieldErrors
from collabdesk.validation.korean import ValidationError, normalize_phone
from collabdesk.validation.member import sort_name

APPLICANT, RESPONDENT = "신청인", "피신청인"
SIDES = (APPLICANT, RESPONDENT)
# 하도급분쟁조정협의회 and other public mediation bodies work to a 60-day processing period.
DEFAULT_TARGET_DAYS = 60
MAX_TARGET_DAYS = 365
MAX_EXTENSION_DAYS = 365
MAX_SESSION_AHEAD_DAYS = 365  # a session is planned at most this far ahead


@dataclass
class PartyInput:
    """A party as entered: a member company (member_id; its name, 대표자 and address are read from
    the directory when saved) or an outside party named by hand."""

    side: str
    name: str = ""
    member_id: int | None = None
    representative: str = ""
    address: str = ""


@dataclass
class DisputeData:
    received_on: dt.date
    dispute_type: str
    parties: list[PartyInput]
    claim_summary: str = ""
    amount: int | None = None  # 원
    project_id: int | None = None
    # A version of the project's agreement; None: the version in force on the receipt date.
    agreement_number: int | None = None
    mediator_ids: list[int] = field(default_factory=list)
    target_days: int = DEFAULT_TARGET_DAYS


@dataclass
class SessionData:
    held_on: dt.date
    place: str = ""
    attendees: str = ""
    summary: str = ""
    next_steps: str = ""


@dataclass
class MediatorData:
    name: str
    affiliation: str = ""  # 소속·직위, e.g. 경기테크노파크 본부장
    phone: str = ""
    active: bool = True


def _too_long(text: str, limit: int) -> bool:
    return len(text.strip()) > limit


def validate_dispute(data: DisputeData, types: Sequence[str], today: dt.date) -> None:
    """Everything that needs no database beyond the list of types."""
    errors: dict[str, str] = {}
    if not isinstance(data.received_on, dt.date):
        errors["received_on"] = "접수일을 입력해 주십시오."
    elif data.received_on > today:
        errors["received_on"] = f"접수일({data.received_on:%Y-%m-%d})이 오늘보다 늦습니다."
    if data.dispute_type not in types:
        errors["dispute_type"] = f"분쟁 유형: {', '.join(types)} 중에서 골라 주십시오."
    if data.amount is not None and data.amount < 0:
        errors["amount"] = "분쟁 금액은 0보다 작을 수 없습니다."
    if not 1 <= data.target_days <= MAX_TARGET_DAYS:
        errors["target_days"] = f"처리 기간은 1일에서 {MAX_TARGET_DAYS}일 사이여야 합니다."
    if data.agreement_number is not None and data.project_id is None:
        errors["agreement"] = "협약 버전을 고르려면 관련 과제를 먼저 골라 주십시오."
    if len(set(data.mediator_ids)) != len(data.mediator_ids):
        errors["mediators"] = "같은 조정위원이 두 번 들어 있습니다."
    problem = _parties_problem(data.parties)
    if problem:
        errors["parties"] = problem
    if errors:
        raise FieldErrors(errors)


def _parties_problem(parties: Sequence[PartyInput]) -> str:
    for number, party in enumerate(parties, start=1):
        label = party.name.strip() or f"{number}번째 당사자"
        if party.side not in SIDES:
            return f"{label}: 구분은 {APPLICANT} 또는 {RESPONDENT}여야 합니다."
        if party.member_id is None and not party.name.strip():
            return f"{number}번째 당사자: 회원사를 고르거나 이름을 입력해 주십시오."
        if _too_long(party.name, 200):
            return f"{label}: 이름은 200자를 넘을 수 없습니다."
        if _too_long(party.representative, 100):
            return f"{label}: 대표자는 100자를 넘을 수 없습니다."
        if _too_long(party.address, 300):
            return f"{label}: 주소는 300자를 넘을 수 없습니다."
    for side in SIDES:
        if not any(p.side == side for p in parties):
            return f"{side}을(를) 한 곳 이상 넣어 주십시오."
    return ""


def party_keys(member_id: int | None, name: str) -> set[str]:
    """What makes two party lines the same company: the member, or the name without its legal form
    ((주), 주식회사 …) and spaces."""
    keys = {"=" + sort_name(name).replace(" ", "")}
    if member_id is not None:
        keys.add(f"#{member_id}")
    return keys


def check_sides(parties: Sequence[tuple[str, int | None, str]]) -> None:
    """(side, member id, name as saved): no company twice, and none on both sides."""
    seen: dict[str, str] = {}
    for side, member_id, name in parties:
        keys = party_keys(member_id, name)
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier == side:
            raise FieldErrors({"parties": f"{name}이(가) {side}에 두 번 들어 있습니다."})
        if earlier is not None:
            raise FieldErrors({"parties": f"{name}이(가) {APPLICANT}과 {RESPONDENT} 양쪽에 들어 있습니다."})
        seen.update(dict.fromkeys(keys, side))


def validate_session(data: SessionData, received_on: dt.date, today: dt.date | None = None) -> SessionData:
    """The session with its texts trimmed; a date before the receipt, or more than a year ahead of
    `today`, is refused."""
    if not isinstance(data.held_on, dt.date):
        raise FieldErrors({"held_on": "조정기일 날짜를 입력해 주십시오."})
    if data.held_on < received_on:
        raise FieldErrors(
            {"held_on": f"조정기일({data.held_on:%Y-%m-%d})이 접수일({received_on:%Y-%m-%d})보다 빠릅니다."}
        )
    today = today or dt.date.today()
    if (data.held_on - today).days > MAX_SESSION_AHEAD_DAYS:
        raise FieldErrors(
            {
                "held_on": f"조정기일({data.held_on:%Y-%m-%d})은 오늘부터 {MAX_SESSION_AHEAD_DAYS}일 안이어야 "
                "합니다. 날짜를 확인해 주십시오."
            }
        )
    if _too_long(data.place, 200):
        raise FieldErrors({"place": "장소는 200자를 넘을 수 없습니다."})
    return SessionData(
        data.held_on,
        data.place.strip(),
        data.attendees.strip(),
        data.summary.strip(),
        data.next_steps.strip(),
    )


def validate_mediator(data: MediatorData) -> MediatorData:
    """The mediator with a trimmed name and the phone number written as 031-336-3133."""
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = "조정위원 성명을 입력해 주십시오."
    elif _too_long(data.name, 100):
        errors["name"] = "성명은 100자를 넘을 수 없습니다."
    if _too_long(data.affiliation, 200):
        errors["affiliation"] = "소속·직위는 200자를 넘을 수 없습니다."
    phone = ""
    try:
        phone = normalize_phone(data.phone)
    except ValidationError as exc:
        errors["phone"] = str(exc)
    if errors:
        raise FieldErrors(errors)
    return replace(data, name=data.name.strip(), affiliation=data.affiliation.strip(), phone=phone)


def check_extension(days: int, reason: str) -> None:
    if not 1 <= days <= MAX_EXTENSION_DAYS:
        raise FieldErrors({"days": f"연장 일수는 1일에서 {MAX_EXTENSION_DAYS}일 사이여야 합니다."})
    if not reason.strip():
        raise FieldErrors({"reason": "처리 기한을 연장하는 사유를 적어 주십시오."})

"""Checks a consortium project as typed: its dates and stage, an agreement version's participants,
roles and shares (the 100% rule), milestones and outcomes. No Qt, no SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from collabdesk.errors import FieldErrors

STAGES = ("기획", "개발", "생산", "판매·마케팅")
PROJECT_STATUSES = ("진행", "완료", "중단", "보류")
RUNNING = PROJECT_STATUSES[0]  # only a running project has overdue milestones
PARTNER_KINDS = ("회원사", "대학", "연구기관", "기타")
MEMBER_PARTNER = "회원사"
OUTCOME_KINDS = (
    "매출",
    "수출 계약",
    "특허 출원",
    "특허 등록",
    "신제품 출시",
    "공동 브랜드",
    "투자 유치",
    "기타",
)
CURRENCIES = ("KRW", "USD", "EUR", "JPY", "CNY")
HUNDRED = Decimal(100)


@dataclass
class ProjectData:
    name: str
    kind: str
    item: str = ""
    group_id: int | None = None
    lead_member_id: int | None = None
    start_on: dt.date | None = None
    end_on: dt.date | None = None
    status: str = "진행"
    support_program: str = ""
    support_agency: str = ""
    support_amount: int | None = None
    note: str = ""


@dataclass
class PartyData:
    """A participant of an agreement version: a member company (member_id) or an outside partner."""

    name: str
    roles: list[str] = field(default_factory=list)
    share: Decimal | None = None  # percent; None when the agreement sets no shares
    member_id: int | None = None
    partner_kind: str = MEMBER_PARTNER


@dataclass
class AgreementData:
    agreed_on: dt.date
    parties: list[PartyData]
    note: str = ""


@dataclass
class MilestoneData:
    title: str
    due_on: dt.date | None = None
    done_on: dt.date | None = None


@dataclass
class OutcomeData:
    kind: str
    occurred_on: dt.date
    amount: Decimal | None = None
    currency: str = "KRW"
    description: str = ""
    member_ids: list[int] = field(default_factory=list)


def parse_share(text: str) -> Decimal | None:
    """'33.34', '33.34%', ' 50 ' → Decimal; '' → None. At most two decimals, 0 to 100."""
    cleaned = text.strip().removesuffix("%").strip().replace(",", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise FieldErrors({"share": f"지분 '{text.strip()}'은(는) 숫자가 아닙니다. 예: 33.5"}) from None
    return _check_share(value, text.strip())


def _check_share(value: Decimal, shown: str) -> Decimal:
    if not value.is_finite() or value < 0 or value > HUNDRED:
        raise FieldErrors({"share": f"지분 '{shown}'은(는) 0에서 100 사이여야 합니다."})
    if value != value.quantize(Decimal("0.01")):
        raise FieldErrors({"share": f"지분 '{shown}'은(는) 소수점 둘째 자리까지만 적을 수 있습니다."})
    return value.quantize(Decimal("0.01"))


def format_share(value: Decimal | None) -> str:
    """50 → '50', 33.50 → '33.5', 33.33 → '33.33'."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def validate_project(data: ProjectData, kinds: list[str]) -> None:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = "과제명을 입력해 주십시오."
    elif len(data.name) > 200:
        errors["name"] = "과제명은 200자를 넘을 수 없습니다."
    if len(data.item) > 300:
        errors["item"] = "사업 아이템은 300자를 넘을 수 없습니다."
    if data.kind not in kinds:
        errors["kind"] = f"과제 종류: {', '.join(kinds)} 중에서 골라 주십시오."
    if data.status not in PROJECT_STATUSES:
        errors["status"] = f"상태: {', '.join(PROJECT_STATUSES)} 중 하나여야 합니다."
    if data.start_on and data.end_on and data.end_on < data.start_on:
        errors["end_on"] = "종료일이 시작일보다 빠릅니다."
    if data.support_amount is not None and data.support_amount < 0:
        errors["support_amount"] = "지원 금액은 0보다 작을 수 없습니다."
    if errors:
        raise FieldErrors(errors)


def validate_agreement(data: AgreementData, roles: list[str]) -> None:
    """Participants, roles and shares of one agreement version; `roles` is the editable role list.

    Shares are all set or all left empty; when set they total exactly 100, and the message says
    by how much they are off."""
    if not data.parties:
        raise FieldErrors({"parties": "참여 기업을 한 곳 이상 넣어 주십시오."})
    seen_members: set[int] = set()
    seen_names: set[str] = set()
    for number, party in enumerate(data.parties, start=1):
        label = party.name.strip() or f"{number}번째 참여 기업"
        if not party.name.strip():
            raise FieldErrors({"parties": f"{number}번째 참여 기업: 이름을 입력해 주십시오."})
        if party.partner_kind not in PARTNER_KINDS:
            raise FieldErrors({"parties": f"{label}: 구분은 {', '.join(PARTNER_KINDS)} 중 하나입니다."})
        if party.partner_kind == MEMBER_PARTNER and party.member_id is None:
            raise FieldErrors({"parties": f"{label}: 회원사 명부에서 고른 회사여야 합니다."})
        key = party.name.strip()
        if (party.member_id is not None and party.member_id in seen_members) or key in seen_names:
            raise FieldErrors({"parties": f"{label}이(가) 두 번 들어 있습니다."})
        if party.member_id is not None:
            seen_members.add(party.member_id)
        seen_names.add(key)
        if not party.roles:
            raise FieldErrors({"parties": f"{label}: 역할을 하나 이상 골라 주십시오."})
        unknown = [role for role in party.roles if role not in roles]
        if unknown:
            raise FieldErrors({"parties": f"{label}: 역할 '{unknown[0]}'이(가) 역할 목록에 없습니다."})
        if len(set(party.roles)) != len(party.roles):
            raise FieldErrors({"parties": f"{label}: 같은 역할이 두 번 있습니다."})
        if party.share is not None:
            _check_share(party.share, format_share(party.share))
    shares = [party.share for party in data.parties]
    if all(share is None for share in shares):
        return
    missing = [p.name for p in data.parties if p.share is None]
    if missing:
        raise FieldErrors(
            {"shares": f"지분을 정할 때는 모든 참여 기업의 지분을 적어 주십시오: {', '.join(missing)}"}
        )
    total = sum(shares, Decimal(0))  # type: ignore[arg-type]
    if total != HUNDRED:
        gap = abs(total - HUNDRED)
        side = "적습니다" if total < HUNDRED else "많습니다"
        raise FieldErrors(
            {"shares": f"지분 합계가 {format_share(total)}%로 100%보다 {format_share(gap)}%p {side}."}
        )


def validate_milestone(data: MilestoneData) -> None:
    if not data.title.strip():
        raise FieldErrors({"milestone": "마일스톤 내용을 입력해 주십시오."})
    if len(data.title) > 200:
        raise FieldErrors({"milestone": "마일스톤 내용은 200자를 넘을 수 없습니다."})


def validate_outcome(data: OutcomeData) -> None:
    if data.kind not in OUTCOME_KINDS:
        raise FieldErrors({"outcome": f"성과 종류: {', '.join(OUTCOME_KINDS)} 중에서 골라 주십시오."})
    if data.currency not in CURRENCIES:
        raise FieldErrors({"outcome": f"통화: {', '.join(CURRENCIES)} 중 하나여야 합니다."})
    if data.amount is not None and data.amount < 0:
        raise FieldErrors({"outcome": "성과 금액은 0보다 작을 수 없습니다."})

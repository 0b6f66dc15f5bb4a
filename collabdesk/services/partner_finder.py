"""Partner finder: member companies that could take a role a consortium still needs, ranked by their
전문역량 tags, their 업종 and the roles they held in earlier projects, each with the reason shown
("금형 역량 · 과거 금형 역할 2건"). The matching runs in the database. No Qt here."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import distinct, func, or_, select

from collabdesk.db.engine import Database
from collabdesk.db.models import Agreement, AgreementParty, AgreementRole, Industry, Member, Tag, member_tags
from collabdesk.domain import STATUS_LEFT
from collabdesk.validation.project import AgreementData, PartyData

# Words that show a competence for a role in tags and 업종 names, beyond the role's own name.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "R&D": ("R&D", "연구", "개발"),  # not 기술: 기술영업 is selling
    "설계": ("설계", "CAD", "엔지니어링"),
    "디자인": ("디자인", "design"),
    "금형": ("금형",),
    "사출": ("사출", "플라스틱", "성형"),
    "생산·제조": ("생산", "제조", "가공", "조립"),
    "판매·마케팅": ("판매", "마케팅", "영업", "유통"),
    "유통·물류": ("유통", "물류", "운송"),
    "구매": ("구매", "조달"),
}
# What a match weighs: a stated competence most, then experience in the role, then the 업종.
TAG_WEIGHT, PAST_ROLE_WEIGHT, INDUSTRY_WEIGHT = 3, 2, 1


@dataclass(frozen=True)
class Suggestion:
    member_id: int
    name: str
    score: int
    reason: str  # "금형 역량 · 과거 금형 역할 2건 · 업종 기계·금속"


def role_words(role: str) -> tuple[str, ...]:
    return ROLE_WORDS.get(role) or tuple(w for w in re.split(r"[·/,\s]+", role) if w)


class PartnerFinder:
    def __init__(self, db: Database):
        self.db = db

    def suggest(self, role: str, exclude: set[int] | None = None, limit: int = 10) -> list[Suggestion]:
        """Member companies (not left, not in `exclude`) fit for `role`, best first."""
        words = role_words(role)
        if not words:
            return []
        exclude = exclude or set()
        with self.db.reading() as s:
            # Driven from the few matching tags, roles and 업종, never from every member: a
            # federation has thousands. Members who left are taken out afterwards.
            left = select(Member.id).where(Member.status == STATUS_LEFT)
            tag_hits: dict[int, list[str]] = {}
            tag_match = or_(*(func.lower(Tag.name).contains(w.lower(), autoescape=True) for w in words))
            for member_id, tag in s.execute(
                select(member_tags.c.member_id, Tag.name)
                .join(Tag, Tag.id == member_tags.c.tag_id)
                .where(member_tags.c.tag_id.in_(select(Tag.id).where(tag_match)))
                .where(member_tags.c.member_id.not_in(left))
                .order_by(Tag.name)
            ):
                tag_hits.setdefault(member_id, []).append(tag)
            past = dict(
                s.execute(
                    select(AgreementParty.member_id, func.count(distinct(Agreement.project_id)))
                    .join(Agreement, Agreement.id == AgreementParty.agreement_id)
                    .join(AgreementRole, AgreementRole.party_id == AgreementParty.id)
                    .where(AgreementRole.role == role, AgreementParty.member_id.is_not(None))
                    .where(AgreementParty.member_id.not_in(left))
                    .group_by(AgreementParty.member_id)
                ).all()
            )
            industry_match = or_(
                *(func.lower(Industry.name).contains(w.lower(), autoescape=True) for w in words)
            )
            industries = dict(
                s.execute(
                    select(Member.id, Industry.name)
                    .join(Industry, Industry.id == Member.industry_id)
                    .where(Member.industry_id.in_(select(Industry.id).where(industry_match)))
                    .where(Member.status != STATUS_LEFT)
                ).all()
            )
            candidates = (set(tag_hits) | set(past) | set(industries)) - exclude
            names = dict(s.execute(select(Member.id, Member.name).where(Member.id.in_(candidates))).all())
        found = []
        for member_id in candidates:
            tags, projects, industry = (
                tag_hits.get(member_id, []),
                past.get(member_id, 0),
                industries.get(member_id),
            )
            reasons = []
            if tags:
                reasons.append(f"{role} 역량({', '.join(tags[:2])})")
            if projects:
                reasons.append(f"과거 {role} 역할 {projects}건")
            if industry:
                reasons.append(f"업종 {industry}")
            score = TAG_WEIGHT * bool(tags) + PAST_ROLE_WEIGHT * projects + INDUSTRY_WEIGHT * bool(industry)
            found.append(Suggestion(member_id, names[member_id], score, " · ".join(reasons)))
        found.sort(key=lambda x: (-x.score, x.name))
        return found[:limit]


def with_party(agreement: AgreementData, suggestion: Suggestion, role: str) -> AgreementData:
    """The agreement with the suggested company added in `role`, as the start of a new version.

    Where the agreement sets shares the newcomer starts at 0%, so the total stays 100% until the
    partners agree how to split it; where it sets none, neither does the newcomer."""
    shares_set = any(p.share is not None for p in agreement.parties)
    newcomer = PartyData(suggestion.name, [role], Decimal(0) if shares_set else None, suggestion.member_id)
    parties = [replace(p, roles=list(p.roles)) for p in agreement.parties]
    return replace(agreement, parties=[*parties, newcomer])

"""What changed between two versions of a consortium agreement, for whom. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from collabdesk.validation.project import AgreementData, PartyData, format_share

JOINED, LEFT, CHANGED = "참여", "제외", "변경"


@dataclass(frozen=True)
class PartyChange:
    name: str
    change: str  # 참여 (new in the later version), 제외 (gone from it) or 변경
    roles_added: tuple[str, ...] = ()
    roles_removed: tuple[str, ...] = ()
    share_before: Decimal | None = None
    share_after: Decimal | None = None

    @property
    def text(self) -> str:
        """'(주)한빛정밀: 역할 +금형 −사출, 지분 40% → 35%'."""
        parts = []
        if self.change == JOINED:
            parts.append("새로 참여")
        elif self.change == LEFT:
            parts.append("참여 종료")
        if self.roles_added or self.roles_removed:
            roles = [f"+{r}" for r in self.roles_added] + [f"−{r}" for r in self.roles_removed]
            parts.append("역할 " + " ".join(roles))
        if self.share_before != self.share_after:
            before = f"{format_share(self.share_before)}%" if self.share_before is not None else "없음"
            after = f"{format_share(self.share_after)}%" if self.share_after is not None else "없음"
            parts.append(f"지분 {before} → {after}")
        return f"{self.name}: " + ", ".join(parts)


def _key(party: PartyData) -> tuple[str, object]:
    # A member company is the same participant under a new name; an outside partner by its name.
    return ("member", party.member_id) if party.member_id is not None else ("name", party.name.strip())


def compare(before: AgreementData, after: AgreementData) -> list[PartyChange]:
    """Every participant whose part changed from `before` to `after`, in the order of `after`, then
    those who left, in the order of `before`."""
    old = {_key(p): p for p in before.parties}
    new = {_key(p): p for p in after.parties}
    changes = []
    for key, party in new.items():
        previous = old.get(key)
        if previous is None:
            changes.append(PartyChange(party.name, JOINED, tuple(party.roles), (), None, party.share))
            continue
        added = tuple(r for r in party.roles if r not in previous.roles)
        removed = tuple(r for r in previous.roles if r not in party.roles)
        if added or removed or previous.share != party.share:
            changes.append(PartyChange(party.name, CHANGED, added, removed, previous.share, party.share))
    for key, party in old.items():
        if key not in new:
            changes.append(PartyChange(party.name, LEFT, (), tuple(party.roles), party.share, None))
    return changes

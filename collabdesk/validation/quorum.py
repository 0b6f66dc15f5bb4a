"""Quorum (성원) and resolution results (가결/부결) from attendance and a group's rule. No Qt, no SQL.

민법 제75조: unless the articles say otherwise, a resolution of a 사단법인's general meeting needs
more than half of the members present (재적 과반수 출석) and more than half of those present in
favour (출석 과반수 찬성). Some kinds of resolution need more, such as two thirds of all members for a
change of the articles (정관 변경, 민법 제42조); a rule holds one such pair of thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass

from collabdesk.errors import FieldErrors


@dataclass(frozen=True)
class Threshold:
    """A share a count must reach: 과반수 (more than 1/2), 3분의 2 이상 (at least 2/3) …"""

    numerator: int
    denominator: int
    strict: bool  # True: more than the share (초과, 과반수); False: at least the share (이상)

    def met(self, count: int, base: int) -> bool:
        reached, share = count * self.denominator, base * self.numerator
        return reached > share if self.strict else reached >= share

    def needed(self, base: int) -> int:
        """The smallest count that meets the threshold for `base`."""
        least = base * self.numerator // self.denominator
        return least + 1 if self.strict or least * self.denominator < base * self.numerator else least

    @property
    def label(self) -> str:
        if (self.numerator, self.denominator, self.strict) == (1, 2, True):
            return "과반수"
        return f"{self.denominator}분의 {self.numerator} {'초과' if self.strict else '이상'}"


MAJORITY = Threshold(1, 2, strict=True)
TWO_THIRDS = Threshold(2, 3, strict=False)


@dataclass(frozen=True)
class QuorumRule:
    """What one kind of resolution of a group needs."""

    name: str = "일반 의결"
    attendance: Threshold = MAJORITY  # of the members on the roll (재적)
    approval: Threshold = MAJORITY  # of those counted present (출석), or of the roll
    approval_of_roll: bool = False  # e.g. 재적 3분의 2 이상 찬성
    proxies_count: bool = True  # 위임 (a proxy given) counts as present, as most 정관 allow

    @property
    def description(self) -> str:
        base = "재적" if self.approval_of_roll else "출석"
        return f"재적 {self.attendance.label} 출석, {base} {self.approval.label} 찬성"


def _threshold_code(threshold: Threshold) -> str:
    return f"{threshold.numerator}/{threshold.denominator}{'>' if threshold.strict else '='}"


def _threshold_from(code: str) -> Threshold:
    share, strict = code[:-1], code[-1]
    numerator, denominator = share.split("/")
    if strict not in "<>=" or not 0 < int(numerator) <= int(denominator):
        raise ValueError(code)
    return Threshold(int(numerator), int(denominator), strict == ">")


def rule_code(rule: QuorumRule) -> str:
    """The rule's thresholds in a short text ("1/2> 2/3= 출석 위임포함"), kept with each resolution
    and meeting so that its result stays as decided when the group's rule is changed later."""
    return " ".join(
        (
            _threshold_code(rule.attendance),
            _threshold_code(rule.approval),
            "재적" if rule.approval_of_roll else "출석",
            "위임포함" if rule.proxies_count else "위임제외",
        )
    )


def rule_from_code(name: str, code: str) -> QuorumRule | None:
    """The rule `rule_code` wrote, or None for an empty or unreadable code."""
    try:
        attendance, approval, base, proxies = code.split()
        return QuorumRule(
            name,
            _threshold_from(attendance),
            _threshold_from(approval),
            base == "재적",
            proxies == "위임포함",
        )
    except ValueError:
        return None


DEFAULT_RULE = QuorumRule()  # 민법 제75조
# 민법 제42조: the articles change with the consent of two thirds of all members (총사원), unless the
# articles say otherwise; a group whose 정관 asks 3분의 2 of those present sets its own rule.
ARTICLES_CHANGE_RULE = QuorumRule("정관 변경", MAJORITY, TWO_THIRDS, approval_of_roll=True)


@dataclass(frozen=True)
class Turnout:
    """Attendance counts of one meeting."""

    enrolled: int  # 재적
    present: int  # 참석 and 대리참석
    proxies: int = 0  # 위임

    def counted(self, rule: QuorumRule) -> int:
        return self.present + (self.proxies if rule.proxies_count else 0)


@dataclass(frozen=True)
class QuorumState:
    met: bool
    counted: int
    needed: int
    text: str  # "재적 34 · 출석 21 · 위임 3 → 성원"


def check_turnout(turnout: Turnout) -> None:
    """Counts that cannot happen: negative, or more attending than are on the roll."""
    if min(turnout.enrolled, turnout.present, turnout.proxies) < 0:
        raise FieldErrors({"attendance": "인원은 0보다 작을 수 없습니다."})
    if turnout.present + turnout.proxies > turnout.enrolled:
        raise FieldErrors(
            {
                "attendance": f"출석 {turnout.present}명과 위임 {turnout.proxies}명을 합하면 "
                f"재적 {turnout.enrolled}명보다 많습니다."
            }
        )


def quorum(turnout: Turnout, rule: QuorumRule = DEFAULT_RULE) -> QuorumState:
    check_turnout(turnout)
    counted = turnout.counted(rule)
    needed = rule.attendance.needed(turnout.enrolled)
    met = turnout.enrolled > 0 and rule.attendance.met(counted, turnout.enrolled)
    parts = [f"재적 {turnout.enrolled}", f"출석 {turnout.present}"]
    if turnout.proxies:
        parts.append(f"위임 {turnout.proxies}")
    verdict = "성원" if met else f"성원 미달 ({needed}명 필요)"
    return QuorumState(met, counted, needed, " · ".join(parts) + f" → {verdict}")


@dataclass(frozen=True)
class Votes:
    yes: int
    no: int
    abstain: int = 0


@dataclass(frozen=True)
class Outcome:
    passed: bool
    detail: str  # "찬성 15 / 출석 21, 과반수 11 필요"

    @property
    def result(self) -> str:
        return "가결" if self.passed else "부결"

    @property
    def text(self) -> str:  # "가결 (찬성 15 / 출석 21, 과반수 11 필요)"
        return f"{self.result} ({self.detail})"


def resolution_outcome(turnout: Turnout, votes: Votes, rule: QuorumRule = DEFAULT_RULE) -> Outcome:
    """가결 or 부결 from the votes, the turnout and the rule; impossible counts are refused."""
    state = quorum(turnout, rule)
    if min(votes.yes, votes.no, votes.abstain) < 0:
        raise FieldErrors({"votes": "찬성·반대·기권 수는 0보다 작을 수 없습니다."})
    cast = votes.yes + votes.no + votes.abstain
    if cast > state.counted:
        raise FieldErrors(
            {"votes": f"찬성·반대·기권을 합한 {cast}표가 출석({state.counted}명)보다 많습니다."}
        )
    if not state.met:
        return Outcome(False, f"성원 미달: {state.counted}명 출석, {state.needed}명 필요")
    base = turnout.enrolled if rule.approval_of_roll else state.counted
    needed = rule.approval.needed(base)
    base_name = "재적" if rule.approval_of_roll else "출석"
    detail = f"찬성 {votes.yes} / {base_name} {base}, {rule.approval.label} {needed} 필요"
    if rule.approval.met(votes.yes, base):
        return Outcome(True, detail)
    return Outcome(False, detail)

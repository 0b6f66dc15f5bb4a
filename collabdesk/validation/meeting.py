"""Checks a meeting as typed: its dates, the attendance, the votes. No Qt, no SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from collabdesk.errors import FieldErrors
from collabdesk.validation.quorum import (
    DEFAULT_RULE,
    QuorumRule,
    Turnout,
    Votes,
    resolution_outcome,
    rule_from_code,
)

ATTENDED, ABSENT, PROXY, DEPUTY = "참석", "불참", "위임", "대리참석"
ATTENDANCE_STATUSES = (ATTENDED, ABSENT, PROXY, DEPUTY)
PRESENT = (ATTENDED, DEPUTY)
ACTION_OPEN, ACTION_DONE = "진행", "완료"
ACTION_STATUSES = (ACTION_OPEN, ACTION_DONE)
PASSED, REJECTED = "가결", "부결"
GENERAL_MEETINGS = ("정기총회", "임시총회")
NOTICE_DAYS = 7  # a 총회 is called at least a week ahead (민법 제71조)
DEFAULT_RULE_NAME = "일반 의결"


@dataclass
class AttendanceData:
    member_id: int | None
    company: str
    status: str = ABSENT
    person: str = ""
    proxy_member_id: int | None = None  # 위임: the member company that holds the proxy
    note: str = ""


@dataclass
class GuestData:
    name: str
    organisation: str = ""
    role: str = ""


@dataclass
class AgendaData:
    title: str
    discussion: str = ""


@dataclass
class ResolutionData:
    title: str
    yes: int | None
    no: int | None
    abstain: int | None = 0
    rule: str = DEFAULT_RULE_NAME
    result_override: str | None = None  # 가결 or 부결, against what the rule computes
    override_reason: str = ""
    rule_code: str = ""  # the rule's thresholds when it was decided; "" takes the rule in force


@dataclass
class ActionData:
    what: str
    owner: str = ""
    due_on: dt.date | None = None
    status: str = ACTION_OPEN
    closed_on: dt.date | None = None


@dataclass
class MeetingData:
    kind: str
    title: str
    starts_at: dt.datetime
    group_id: int | None = None
    place: str = ""
    chair: str = ""
    secretary: str = ""
    notice_on: dt.date | None = None
    opening: str = ""
    closing: str = ""
    attendance: list[AttendanceData] = field(default_factory=list)
    guests: list[GuestData] = field(default_factory=list)
    agenda: list[AgendaData] = field(default_factory=list)
    resolutions: list[ResolutionData] = field(default_factory=list)
    actions: list[ActionData] = field(default_factory=list)
    quorum_rule_code: str = ""  # the quorum rule's thresholds when saved; "" takes the rule in force

    def turnout(self) -> Turnout:
        present = sum(1 for a in self.attendance if a.status in PRESENT)
        proxies = sum(1 for a in self.attendance if a.status == PROXY)
        return Turnout(len(self.attendance), present, proxies)


def resolution_rule(resolution: ResolutionData, rules: dict[str, QuorumRule]) -> QuorumRule | None:
    """The rule a resolution is judged by: the one it was decided by, when saved with it, so that a
    later change of the group's rules leaves past results as they were; otherwise the rule in force."""
    if resolution.rule_code:
        kept = rule_from_code(resolution.rule, resolution.rule_code)
        if kept is not None:
            return kept
    return rules.get(resolution.rule)


def quorum_rule(data: MeetingData, rules: dict[str, QuorumRule]) -> QuorumRule:
    """The rule of the meeting's 성원: as saved with the meeting, or the group's 일반 의결 in force."""
    if data.quorum_rule_code:
        kept = rule_from_code(DEFAULT_RULE_NAME, data.quorum_rule_code)
        if kept is not None:
            return kept
    return rules.get(DEFAULT_RULE_NAME, DEFAULT_RULE)


def is_general_meeting(kind: str) -> bool:
    """정기총회, 임시총회 and any kind the federation named with 총회 (the kinds are an editable list)."""
    return kind in GENERAL_MEETINGS or "총회" in kind


def notice_warning(data: MeetingData) -> str:
    """A 총회 called less than a week ahead: said, not refused (the articles may allow it)."""
    if not is_general_meeting(data.kind) or data.notice_on is None:
        return ""
    days = (data.starts_at.date() - data.notice_on).days
    if 0 <= days < NOTICE_DAYS:  # a notice after the meeting is refused by validate_meeting instead
        return (
            f"총회 소집 통지가 회의 {days}일 전에 되었습니다. 통지는 보통 {NOTICE_DAYS}일 전까지 해야 합니다."
        )
    return ""


def validate_meeting(data: MeetingData, kinds: list[str], rules: dict[str, QuorumRule]) -> None:
    """Raise FieldErrors naming every problem in Korean; `rules` maps a rule name to the group's rule."""
    errors: dict[str, str] = {}
    if data.kind not in kinds:
        errors["kind"] = f"회의 종류: {', '.join(kinds)} 중에서 골라 주십시오."
    if not data.title.strip():
        errors["title"] = "회의명을 입력해 주십시오."
    elif len(data.title) > 200:
        errors["title"] = "회의명은 200자를 넘을 수 없습니다."
    if data.notice_on is not None and data.notice_on > data.starts_at.date():
        errors["notice_on"] = "소집 통지일: 회의 날짜보다 늦을 수 없습니다."
    _check_attendance(data, errors)
    if "attendance" not in errors:
        _check_resolutions(data, rules, errors)
    for number, action in enumerate(data.actions, start=1):
        if not action.what.strip():
            errors.setdefault("actions", f"후속조치 {number}번째 줄: 내용을 입력해 주십시오.")
        elif action.status not in ACTION_STATUSES:
            errors.setdefault("actions", f"후속조치 {number}번째 줄: 상태는 진행 또는 완료입니다.")
    for number, item in enumerate(data.agenda, start=1):
        if not item.title.strip():
            errors.setdefault("agenda", f"안건 {number}번째 줄: 안건명을 입력해 주십시오.")
    for number, guest in enumerate(data.guests, start=1):
        if not guest.name.strip():
            errors.setdefault("guests", f"내빈 {number}번째 줄: 이름을 입력해 주십시오.")
    if errors:
        raise FieldErrors(errors)


def _check_attendance(data: MeetingData, errors: dict[str, str]) -> None:
    by_member = {a.member_id: a for a in data.attendance if a.member_id is not None}
    if len(by_member) != sum(1 for a in data.attendance if a.member_id is not None):
        errors["attendance"] = "참석 명단에 같은 회원사가 두 번 있습니다."
        return
    for row in data.attendance:
        if row.status not in ATTENDANCE_STATUSES:
            errors["attendance"] = f"{row.company}: 참석, 불참, 위임, 대리참석 중 하나여야 합니다."
            return
        if row.status == PROXY:
            holder = by_member.get(row.proxy_member_id) if row.proxy_member_id is not None else None
            if holder is None or holder is row:
                errors["attendance"] = f"{row.company}: 위임을 받은 회원사를 참석 명단에서 골라 주십시오."
                return
            if holder.status not in PRESENT:
                errors["attendance"] = (
                    f"{row.company}: 위임을 받은 {holder.company}이(가) {holder.status}이라 위임할 수 없습니다."
                )
                return
        elif row.proxy_member_id is not None:
            errors["attendance"] = f"{row.company}: 위임일 때만 위임받은 회원사를 적습니다."
            return


def _check_resolutions(data: MeetingData, rules: dict[str, QuorumRule], errors: dict[str, str]) -> None:
    turnout = data.turnout()
    for number, resolution in enumerate(data.resolutions, start=1):
        label = f"제{number}호 의안"
        if not resolution.title.strip():
            errors["resolutions"] = f"{label}: 의안명을 입력해 주십시오."
            return
        if resolution.yes is None or resolution.no is None:
            errors["resolutions"] = f"{label}: 찬성과 반대 수를 입력해 주십시오."
            return
        rule = resolution_rule(resolution, rules)
        if rule is None:
            errors["resolutions"] = f"{label}: 의결 기준 '{resolution.rule}'이(가) 없습니다."
            return
        if resolution.result_override not in (None, PASSED, REJECTED):
            errors["resolutions"] = f"{label}: 결과는 가결 또는 부결입니다."
            return
        if resolution.result_override and not resolution.override_reason.strip():
            errors["resolutions"] = f"{label}: 결과를 직접 정할 때는 그 이유를 적어 주십시오."
            return
        votes = Votes(resolution.yes, resolution.no, resolution.abstain or 0)
        try:
            resolution_outcome(turnout, votes, rule)
        except FieldErrors as exc:
            errors["resolutions"] = f"{label}: " + " ".join(exc.errors.values())
            return

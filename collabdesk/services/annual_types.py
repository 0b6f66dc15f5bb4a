"""The figures of one year (the 현황 tab and the annual report) and the reminders, as plain values.

Shared by the services that compute them, the dashboard that shows them and the report writers
(PDF, xlsx) that print them; nothing here touches the database or Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from collabdesk.services.stats import StatLine


@dataclass(frozen=True)
class CountLine:
    label: str
    count: int


@dataclass(frozen=True)
class MemberFigures:
    # Members on the roll at the end of the year (for the current year: today).
    total: int
    sales: int  # 원, the current 매출액 of those members (no history is kept)
    employees: int
    by_industry: list[StatLine]  # every 업종 of the list, zero lines included, then (업종 미지정)
    joined: int  # joined during the year
    left: int  # left during the year


@dataclass(frozen=True)
class MeetingKindLine:
    kind: str  # 정기회의, 총회, 세미나 …
    count: int
    average_attendance: float | None  # companies present (or by proxy) per meeting; None: no roll kept
    attendance_rate: float | None  # 0..1 of the roll; None: no roll kept


@dataclass(frozen=True)
class MeetingFigures:
    total: int
    by_kind: list[MeetingKindLine]  # every kind of the list, zero lines included
    per_month: list[int]  # 12 counts, January first
    average_attendance: float | None
    attendance_rate: float | None


@dataclass(frozen=True)
class OutcomeLine:
    kind: str  # 신기술 개발, 특허 출원, 수출 계약 … (validation.project.OUTCOME_KINDS first)
    count: int
    amounts: dict[str, Decimal] = field(default_factory=dict)  # currency → sum; empty: none given


@dataclass(frozen=True)
class ProjectFigures:
    active: int  # running at some time during the year
    started: int  # start_on within the year
    finished: int  # end_on within the year
    by_stage: list[CountLine]  # of the active projects, their stage now, in STAGES order
    outcomes: list[OutcomeLine]  # outcomes that occurred in the year
    outcomes_per_year: list[tuple[int, int]]  # (year, outcomes) for the five years up to the year


@dataclass(frozen=True)
class CertificateFigures:
    issued: int  # issue entries dated in the year (reissues included)
    revoked: int  # revocations dated in the year
    by_kind: list[tuple[str, int, int]]  # (kind name, issued, revoked), kinds with any entry


@dataclass(frozen=True)
class DisputeFigures:
    # Numbers only: nothing that tells what a case is about (the figures show while locked).
    received: int  # received during the year
    closed: int  # closed during the year
    by_result: list[CountLine]  # closed during the year, by closing status (CLOSED_STATUSES order)
    open_now: int  # open today, whatever the year
    overdue_now: int  # open today and past the deadline
    median_days_to_close: float | None  # of the cases closed during the year
    # True when a group was asked for while the records were locked: which cases concern a group
    # tells who is party to them, so the figures are then those of the whole federation.
    whole_federation: bool = False


@dataclass(frozen=True)
class AnnualFigures:
    year: int
    group_id: int | None
    group_label: str  # "전체" or the group's path ("연합회 > 1그룹")
    as_of: dt.date  # the day the figures were read
    members: MemberFigures
    meetings: MeetingFigures
    projects: ProjectFigures
    certificates: CertificateFigures
    disputes: DisputeFigures
    # The day the figures stand for (the 기준일): December 31, or `as_of` for the current year. Left
    # out (figures made by hand), it is worked out from `year` and `as_of` by year_end().
    base_date: dt.date = dt.date.min

    def __post_init__(self) -> None:
        if self.base_date == dt.date.min:
            object.__setattr__(self, "base_date", year_end(self.year, self.as_of))


def year_end(year: int, today: dt.date) -> dt.date:
    """The last day a year's figures count: December 31, or today for the current year."""
    return today if year == today.year else dt.date(year, 12, 31)


# What a reminder points at; MainWindow.open_record(kind, record_id) opens it in its tab.
TARGET_MEMBER = "member"
TARGET_MEETING = "meeting"
TARGET_PROJECT = "project"
TARGET_CERTIFICATE = "certificate"  # record_id: the register entry's seq
TARGET_DISPUTE = "dispute"
TARGET_BACKUPS = "backups"  # record_id 0: the backup dialog
TARGET_MISSING = "missing"  # record_id 0: the list of members with missing data (field in `field`)

SEVERITY_OVERDUE = "overdue"
SEVERITY_SOON = "soon"
SEVERITY_INFO = "info"


@dataclass(frozen=True)
class Reminder:
    kind: str  # 실행 과제, 마일스톤, 분쟁조정 기한, 회원 정보, 백업 (Korean label of the group)
    severity: str  # SEVERITY_*
    text: str  # one Korean line, e.g. "2026-조정-003 처리 기한 지남 (2026. 11. 20.)"
    due_on: dt.date | None
    target: str  # TARGET_*
    record_id: int
    field: str = ""  # for TARGET_MISSING: which field is missing


@dataclass(frozen=True)
class Reminders:
    items: list[Reminder]
    # kind → how many more of that kind were not listed (lists are capped).
    more: dict[str, int] = field(default_factory=dict)
    # True when a group was asked for while the dispute records were locked: the dispute deadlines
    # listed are then those of the whole federation (see DisputeFigures.whole_federation).
    disputes_whole_federation: bool = False

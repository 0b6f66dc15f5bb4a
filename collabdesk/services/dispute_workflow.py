"""The rules of a mediation case that need no database: its statuses and the steps between them, the
dates a step may carry, and the processing deadline (처리 기한) with its flags. "Today" is always a
parameter, so that the rules are tested on fixed dates."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable

from collabdesk.errors import FieldErrors

RECEIVED, IN_PROGRESS = "접수", "조정진행"
SETTLED, FAILED, WITHDRAWN, DISMISSED, SUSPENDED = "조정성립", "조정불성립", "취하", "각하", "중단"
OPEN_STATUSES = (RECEIVED, IN_PROGRESS)
CLOSED_STATUSES = (SETTLED, FAILED, WITHDRAWN, DISMISSED, SUSPENDED)
STATUSES = OPEN_STATUSES + CLOSED_STATUSES
# List filters besides the statuses themselves.
OPEN_FILTER, CLOSED_FILTER = "미종결", "종결"
STATUS_FILTERS = (OPEN_FILTER, CLOSED_FILTER, *STATUSES)

OVERDUE, DUE_SOON = "기한 지남", "기한 임박"
DUE_SOON_DAYS = 7  # an open case with this many days left, or fewer, stands out


def is_closed(status: str) -> bool:
    return status in CLOSED_STATUSES


def allowed_next(status: str) -> tuple[str, ...]:
    """접수 → 조정진행; 접수 or 조정진행 → a closing status; a closed case → 조정진행 (with a reason)."""
    if status == RECEIVED:
        return (IN_PROGRESS, *CLOSED_STATUSES)
    if status == IN_PROGRESS:
        return CLOSED_STATUSES
    if is_closed(status):
        return (IN_PROGRESS,)
    return ()


def is_reopening(current: str, target: str) -> bool:
    return is_closed(current) and target == IN_PROGRESS


def check_transition(
    current: str,
    target: str,
    on: dt.date,
    note: str,
    *,
    received_on: dt.date,
    last_change_on: dt.date | None,
    today: dt.date,
    outcome_text: str,
    last_event_on: dt.date | None = None,
) -> None:
    """Refuse a step the workflow does not allow, a date out of order, a missing note (a reopening's
    reason), or 조정성립 without the agreed terms. `last_event_on` is the latest session or extension
    date: a case is not closed before it."""
    if target not in STATUSES:
        raise FieldErrors({"status": f"알 수 없는 상태입니다: '{target}'. 상태: {', '.join(STATUSES)}"})
    allowed = allowed_next(current)
    if target not in allowed:
        choices = f" 바꿀 수 있는 상태: {', '.join(allowed)}." if allowed else ""
        raise FieldErrors({"status": f"'{current}' 상태에서 '{target}'(으)로 바꿀 수 없습니다.{choices}"})
    if not isinstance(on, dt.date):
        raise FieldErrors({"changed_on": "상태를 바꾼 날짜를 입력해 주십시오."})
    if on < received_on:
        raise FieldErrors(
            {"changed_on": f"변경일({on:%Y-%m-%d})이 접수일({received_on:%Y-%m-%d})보다 빠릅니다."}
        )
    if on > today:
        raise FieldErrors({"changed_on": f"변경일({on:%Y-%m-%d})이 오늘보다 늦습니다."})
    if last_change_on is not None and on < last_change_on:
        raise FieldErrors(
            {
                "changed_on": f"변경일({on:%Y-%m-%d})이 앞선 상태 변경일({last_change_on:%Y-%m-%d})보다 "
                "빠릅니다."
            }
        )
    if is_closed(target) and last_event_on is not None and on < last_event_on:
        raise FieldErrors(
            {
                "changed_on": f"종결일({on:%Y-%m-%d})이 이미 기록된 조정기일·기한 연장일({last_event_on:%Y-%m-%d})보다 "
                "빠릅니다."
            }
        )
    if not note.strip():
        if is_reopening(current, target):
            raise FieldErrors({"note": "종결된 사건을 다시 진행하려면 그 사유를 적어 주십시오."})
        raise FieldErrors({"note": "상태를 바꾸는 사유나 경위를 적어 주십시오."})
    if target == SETTLED and not outcome_text.strip():
        raise FieldErrors({"outcome_text": "조정성립으로 종결하려면 조정 내용(합의한 내용)을 적어 주십시오."})


# --- the deadline ----------------------------------------------------------------------------------
def deadline(received_on: dt.date, target_days: int, extension_days: int = 0) -> dt.date:
    """The processing deadline: the receipt date plus the target period plus every extension."""
    return received_on + dt.timedelta(days=target_days + extension_days)


def days_left(due: dt.date, today: dt.date) -> int:
    """Days until the deadline; 0 on the day itself, negative once past."""
    return (due - today).days


def deadline_flag(status: str, due: dt.date, today: dt.date) -> str:
    """기한 지남 for an open case past its deadline, 기한 임박 for one with 7 days or fewer left,
    "" otherwise; a closed case never stands out."""
    if is_closed(status):
        return ""
    left = days_left(due, today)
    if left < 0:
        return OVERDUE
    if left <= DUE_SOON_DAYS:
        return DUE_SOON
    return ""


def median_days(spans: Iterable[tuple[dt.date, dt.date]]) -> float | None:
    """The median of the days from receipt to close over (received_on, closed_on) pairs."""
    days = [(closed - received).days for received, closed in spans]
    return float(statistics.median(days)) if days else None

"""How numbers and dates read to a Korean office user (shared by screens, CLI and documents).

Rounding is half up everywhere (1,426.5억 → 1,427억, 12.25 → 12.3), as people round and as Excel
shows a number cell, never to the even neighbour as Python's round() and format() do; so a sum
reads the same on the 현황 tab, in the PDF and in the workbook."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

NO_VALUE = "—"  # a figure that cannot be given (no roll kept, nothing to divide by)


def thousands(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def korean_amount(won: int) -> str:
    """A sum of money the way people say it: 142650000000 → '1,426억 5,000만원'."""
    if won == 0:
        return "0원"
    sign = "-" if won < 0 else ""
    won = abs(won)
    parts = []
    for unit, name in ((10**12, "조"), (10**8, "억"), (10**4, "만")):
        amount, won = divmod(won, unit)
        if amount:
            parts.append(f"{amount:,}{name}")
    if won:
        parts.append(f"{won:,}")
    return sign + " ".join(parts) + "원"


def compact_amount(won: int) -> str:
    """A short money figure for tight columns: 27950000000 → '279.5억', 50000000 → '5,000만'."""
    if abs(won) >= 10**8:
        text = f"{won / 10**8:,.1f}".removesuffix(".0")
        return f"{text}억"
    if abs(won) >= 10**4:
        return f"{won // 10**4:,}만"
    return f"{won:,}"


def iso_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def figure(amount: Decimal | int) -> str:
    """``1,200,000``; cents only when there are any (``1,200.50``)."""
    value = Decimal(amount)
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


def money(amount: Decimal | int | None, currency: str = "KRW") -> str:
    """``350,000,000원`` for won, ``USD 1,200,000`` for other currencies; "" for no amount."""
    if amount is None:
        return ""
    return f"{figure(amount)}원" if currency == "KRW" else f"{currency} {figure(amount)}"


def round_half_up(value: int, step: int) -> int:
    """`value` rounded to a multiple of `step` (> 0), halves away from zero: (1_250, 100) → 1_300,
    (-1_250, 100) → -1_300."""
    units = (2 * abs(value) + step) // (2 * step)
    return units * step * (-1 if value < 0 else 1)


def rounded_won(won: int) -> str:
    """A sum of money as people round it, half up: to 억 from 10억 on, to 만 from 10만 on, else exact.
    4_123_456_789_000 → '4조 1,235억원', 1_000_250_000_000 → '1조 3억원', 5_259_510_000 → '53억원',
    352_600_000 → '3억 5,260만원', 98_765 → '9만 8,765원'."""
    step = 10**8 if abs(won) >= 10**9 else 10**4 if abs(won) >= 10**5 else 1
    return korean_amount(round_half_up(won, step))


_UNITS = ((10**12, "조", "억"), (10**8, "억", "만"), (10**4, "만", ""))


def approximate(value: int, unit: str) -> str:
    """A large count the way it is said aloud, to two or three figures, half up: 14_321 with "명" →
    "1만 4천명", 1_234_567 → "123만명", 4_100_000_000_000 with "원" → "4조 1천억원"; below 10,000
    exact ("784명")."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    if value < 10**4:
        return f"{sign}{value:,}{unit}"
    base, name, lower = next(step for step in _UNITS if value >= step[0])
    if value < 100 * base:
        # One decimal, said as thousands of the next unit down: 4.1조 → 4조 1천억.
        major, minor = divmod(round_half_up(value, base // 10) // (base // 10), 10)
        return f"{sign}{major:,}{name}{f' {minor}천{lower}' if minor else ''}{unit}"
    rounded = round_half_up(value, base) // base
    if rounded >= 10**4 and name != "조":  # 9,999.6만 is said 1억
        return sign + approximate(rounded * base, unit)
    return f"{sign}{rounded:,}{name}{unit}"


def _tenths(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):,}"


def one_decimal(value: float | None, unit: str = "") -> str:
    """12.25 → '12.3' (with `unit`: '12.3개사'), 1234.0 → '1,234.0'; None → '—'."""
    if value is None:
        return NO_VALUE
    # The shortest text of the float (12.25, not 12.2499…): the digits a person would round.
    return _tenths(Decimal(repr(float(value)))) + unit


def rate(value: float | None) -> str:
    """A share of one as a percentage to one decimal: 0.785 → '78.5%', 0.0625 → '6.3%'; None → '—'."""
    if value is None:
        return NO_VALUE
    return _tenths(Decimal(repr(float(value))) * 100) + "%"


def percent(part: int, whole: int) -> str:
    """`part` of `whole` as a percentage to one decimal: (1, 16) → '6.3%'; '—' when `whole` is 0."""
    if not whole:
        return NO_VALUE
    return _tenths(Decimal(part) * 100 / Decimal(whole)) + "%"

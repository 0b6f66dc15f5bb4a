"""How numbers and dates read to a Korean office user (shared by screens, CLI and documents)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


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

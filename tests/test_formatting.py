"""How numbers read (collabdesk.formatting): one half-up rounding for sums of money, spoken counts,
percentages, rates and one-decimal figures, shared by the 현황 tab, the PDF and the workbook."""

from __future__ import annotations

import pytest

from collabdesk.formatting import (
    NO_VALUE,
    approximate,
    one_decimal,
    percent,
    rate,
    round_half_up,
    rounded_won,
)


@pytest.mark.parametrize(
    ("value", "step", "rounded"),
    [
        (1_250, 100, 1_300),
        (1_249, 100, 1_200),
        (1_350, 100, 1_400),  # not to the even hundred
        (-1_250, 100, -1_300),
        (0, 10**8, 0),
        (7, 1, 7),
        (1_000_250_000_000, 10**8, 1_000_300_000_000),
    ],
)
def test_round_half_up(value: int, step: int, rounded: int) -> None:
    assert round_half_up(value, step) == rounded


@pytest.mark.parametrize(
    ("won", "said"),
    [
        (1_000_250_000_000, "1조 3억원"),  # half an 억: up, not to the even 2억
        (1_000_249_999_999, "1조 2억원"),
        (4_123_456_789_000, "4조 1,235억원"),
        (4_123_000_000_000, "4조 1,230억원"),
        (27_950_000_000, "280억원"),
        (5_259_510_000, "53억원"),
        (142_650_000_000, "1,427억원"),
        (999_950_000, "9억 9,995만원"),  # below 10억: to 만
        (352_600_000, "3억 5,260만원"),
        (123_455_000, "1억 2,346만원"),
        (98_765, "9만 8,765원"),  # below 10만: exact
        (0, "0원"),
        (-1_000_250_000_000, "-1조 3억원"),
    ],
)
def test_rounded_won(won: int, said: str) -> None:
    assert rounded_won(won) == said


@pytest.mark.parametrize(
    ("value", "unit", "said"),
    [
        (0, "원", "0원"),
        (784, "명", "784명"),
        (9_999, "명", "9,999명"),
        (14_321, "명", "1만 4천명"),
        (14_500, "명", "1만 5천명"),  # half up
        (10_000, "명", "1만명"),
        (123_456, "명", "12만 3천명"),
        (1_234_567, "명", "123만명"),
        (99_996_000, "원", "1억원"),
        (142_650_000_000, "원", "1,427억원"),
        (27_950_000_000, "원", "280억원"),
        (350_000_000, "원", "3억 5천만원"),
        (4_150_000_000_000, "원", "4조 2천억원"),  # exactly half: up, whatever a float makes of 4.15
        (4_123_000_000_000, "원", "4조 1천억원"),
        (4_000_000_000_000, "원", "4조원"),
        (123_000_000_000_000, "원", "123조원"),
        (-14_321, "명", "-1만 4천명"),
    ],
)
def test_approximate(value: int, unit: str, said: str) -> None:
    assert approximate(value, unit) == said


def test_percent_rate_and_one_decimal_round_half_up() -> None:
    assert percent(210, 784) == "26.8%"
    assert percent(1, 16) == "6.3%"  # 6.25: Python's format gives 6.2
    assert percent(1, 8) == "12.5%" and percent(784, 784) == "100.0%" and percent(0, 5) == "0.0%"
    assert percent(3, 0) == NO_VALUE == "—"
    assert rate(0.0625) == "6.3%" and rate(0.785) == "78.5%" and rate(8 / 11) == "72.7%"
    assert rate(1.0) == "100.0%" and rate(None) == NO_VALUE
    assert one_decimal(12.25) == "12.3" and one_decimal(12.25, "개사") == "12.3개사"
    assert one_decimal(45.5, "일") == "45.5일" and one_decimal(2.0) == "2.0"
    assert one_decimal(1234.05) == "1,234.1" and one_decimal(None, "일") == NO_VALUE
    assert one_decimal(2 / 3) == "0.7"

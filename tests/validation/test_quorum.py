"""Quorum and resolution rules (민법 제75조 by default, stricter rules for 정관 변경)."""

from __future__ import annotations

import re

import pytest

from collabdesk.errors import FieldErrors
from collabdesk.validation.quorum import (
    ARTICLES_CHANGE_RULE,
    DEFAULT_RULE,
    MAJORITY,
    TWO_THIRDS,
    QuorumRule,
    Threshold,
    Turnout,
    Votes,
    quorum,
    resolution_outcome,
)


@pytest.mark.parametrize(
    ("threshold", "base", "needed"),
    [(MAJORITY, 34, 18), (MAJORITY, 35, 18), (MAJORITY, 1, 1), (TWO_THIRDS, 30, 20), (TWO_THIRDS, 31, 21),
     (Threshold(1, 2, strict=False), 34, 17), (Threshold(3, 4, strict=False), 10, 8)],
)  # fmt: skip
def test_thresholds_need_the_smallest_count_that_meets_them(
    threshold: Threshold, base: int, needed: int
) -> None:
    assert threshold.needed(base) == needed
    assert threshold.met(needed, base)
    assert not threshold.met(needed - 1, base)


def test_labels() -> None:
    assert MAJORITY.label == "과반수"
    assert TWO_THIRDS.label == "3분의 2 이상"
    assert DEFAULT_RULE.description == "재적 과반수 출석, 출석 과반수 찬성"
    assert ARTICLES_CHANGE_RULE.description == "재적 과반수 출석, 재적 3분의 2 이상 찬성"  # 민법 제42조


def test_quorum_counts_proxies_as_present_by_default() -> None:
    assert quorum(Turnout(34, 21, 3)).text == "재적 34 · 출석 21 · 위임 3 → 성원"
    assert quorum(Turnout(34, 15, 3)).met  # 18 counted: more than 17
    short = quorum(Turnout(34, 15, 2))
    assert (short.met, short.counted, short.needed) == (False, 17, 18)
    assert short.text == "재적 34 · 출석 15 · 위임 2 → 성원 미달 (18명 필요)"
    assert not quorum(Turnout(34, 15, 3), QuorumRule(proxies_count=False)).met
    assert not quorum(Turnout(0, 0)).met


def test_resolutions_pass_by_the_rule() -> None:
    turnout = Turnout(34, 21)
    assert resolution_outcome(turnout, Votes(11, 9, 1)).text == "가결 (찬성 11 / 출석 21, 과반수 11 필요)"
    assert not resolution_outcome(turnout, Votes(10, 10, 1)).passed  # a tie is not a majority
    articles = Turnout(30, 21)
    assert resolution_outcome(articles, Votes(20, 1), ARTICLES_CHANGE_RULE).passed  # 20 of 30 members
    assert not resolution_outcome(articles, Votes(19, 2), ARTICLES_CHANGE_RULE).passed  # 19 of 21 present
    of_roll = QuorumRule("해산", MAJORITY, TWO_THIRDS, approval_of_roll=True)
    assert not resolution_outcome(Turnout(30, 20), Votes(19, 1), of_roll).passed  # 20 of 30 needed
    assert resolution_outcome(Turnout(30, 20), Votes(20, 0), of_roll).text == (
        "가결 (찬성 20 / 재적 30, 3분의 2 이상 20 필요)"
    )


def test_without_quorum_nothing_passes() -> None:
    outcome = resolution_outcome(Turnout(34, 10), Votes(10, 0))
    assert outcome == resolution_outcome(Turnout(34, 10), Votes(10, 0))
    assert (outcome.passed, outcome.text) == (False, "부결 (성원 미달: 10명 출석, 18명 필요)")


@pytest.mark.parametrize(
    ("turnout", "votes", "message"),
    [
        (Turnout(10, 9, 2), Votes(1, 0), "재적 10명보다 많습니다"),
        (Turnout(10, -1), Votes(0, 0), "0보다 작을 수 없습니다"),
        (Turnout(10, 6), Votes(5, 2), "7표가 출석(6명)보다 많습니다"),
        (Turnout(10, 6), Votes(-1, 2), "0보다 작을 수 없습니다"),
    ],
)
def test_impossible_counts_are_refused(turnout: Turnout, votes: Votes, message: str) -> None:
    with pytest.raises(FieldErrors, match=re.escape(message)):
        resolution_outcome(turnout, votes)

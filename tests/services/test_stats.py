"""StatsService against data made through the public services: totals, by 업종, by group."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.stats import NO_INDUSTRY, StatLine

ALL = MemberFilter()
FED, REGION, MACHINE, ELECTRIC, SEOUL = (
    "연합회",
    "연합회 > 경기지역",
    "연합회 > 경기지역 > 기계그룹",
    "연합회 > 경기지역 > 전자그룹",
    "서울연합회",
)


def brn(serial: int) -> str:
    """A valid 사업자등록번호 (check digit computed here, independently of the code under test)."""
    head = f"{300 + serial:03d}87{serial:04d}"
    digits = [int(c) for c in head]
    total = sum(d * w for d, w in zip(digits, (1, 3, 7, 1, 3, 7, 1, 3, 5), strict=True)) + digits[8] * 5 // 10
    return f"{head[:3]}-{head[3:5]}-{head[5:]}{(10 - total % 10) % 10}"


def lines(stat_lines: list[StatLine]) -> dict[str, tuple[int, int, int]]:
    return {line.label: (line.count, line.sales, line.employees) for line in stat_lines}


@pytest.fixture
def known(services: Services) -> dict[str, int]:
    """Five members with known figures in a small group tree; returns the group ids by path."""
    g = services.groups
    fed = g.create("연합회", "연합회")
    region = g.create("경기지역", "지역", fed)
    machine = g.create("기계그룹", "협업그룹", region)
    electric = g.create("전자그룹", "협업그룹", region)
    seoul = g.create("서울연합회", "연합회")

    def add(serial: int, **fields: Any) -> None:
        services.members.create({"name": f"회사{serial}", "brn": brn(serial), **fields})

    # In both groups under 경기지역: a parent must count it once.
    add(1, industry="기계·금속", sales=100, employees=10, group_ids=[machine, electric])
    add(2, industry="기계·금속", sales=200, employees=20, group_ids=[machine], member_class="준회원")
    add(3, industry="전기·전자", sales=50, employees=5, group_ids=[electric], status="휴면")
    # No 업종, no 매출액: a line of its own, and a sum that treats the missing value as 0.
    add(4, sales=None, employees=7, group_ids=[seoul], status="탈퇴", left_on=dt.date(2023, 12, 31))
    # A member directly in a parent group and in no leaf.
    add(5, industry="전기·전자", sales=1000, employees=None, group_ids=[region])
    return {FED: fed, REGION: region, MACHINE: machine, ELECTRIC: electric, SEOUL: seoul}


def test_totals(services: Services, known: dict[str, int]) -> None:
    stats = services.stats.members(ALL)
    assert stats.total == StatLine("합계", 5, 1350, 42)


def test_by_industry_in_list_order_with_zero_lines(services: Services, known: dict[str, int]) -> None:
    by_industry = services.stats.members(ALL).by_industry
    assert [(line.label, line.count, line.sales, line.employees) for line in by_industry] == [
        ("전기·전자", 2, 1050, 5),
        ("기계·금속", 2, 300, 30),
        ("섬유·화공", 0, 0, 0),
        ("기타", 0, 0, 0),
        (NO_INDUSTRY, 1, 0, 7),
    ]
    assert NO_INDUSTRY == "(업종 미지정)"


def test_by_industry_follows_the_list_order(services: Services, known: dict[str, int]) -> None:
    ids = {item.name: item.id for item in services.industries.items()}
    services.industries.move(ids["기타"], -1)
    services.industries.add("바이오")
    labels = [line.label for line in services.stats.members(ALL).by_industry]
    assert labels == ["전기·전자", "기계·금속", "기타", "섬유·화공", "바이오", NO_INDUSTRY]


def test_no_unassigned_line_when_every_member_has_an_industry(services: Services) -> None:
    services.members.create({"name": "가", "brn": brn(1), "industry": "기타", "sales": 5})
    by_industry = lines(services.stats.members(ALL).by_industry)
    assert NO_INDUSTRY not in by_industry
    assert by_industry == {
        "전기·전자": (0, 0, 0),
        "기계·금속": (0, 0, 0),
        "섬유·화공": (0, 0, 0),
        "기타": (1, 5, 0),
    }


def test_by_group_counts_each_member_of_a_subtree_once(services: Services, known: dict[str, int]) -> None:
    by_group = services.stats.members(ALL).by_group
    assert [line.label for line in by_group] == [group.path for group in services.groups.tree()]
    assert set(known) == {line.label for line in by_group}
    assert lines(by_group) == {
        FED: (4, 1350, 35),  # 회사1 (in two groups below) counted once, 회사2, 회사3, 회사5
        REGION: (4, 1350, 35),
        MACHINE: (2, 300, 30),
        ELECTRIC: (2, 150, 15),
        SEOUL: (1, 0, 7),
    }


def test_by_group_lists_empty_groups(services: Services, known: dict[str, int]) -> None:
    services.groups.create("빈분과", "분과", known[MACHINE])
    services.groups.create("빈연합회", "연합회")
    by_group = lines(services.stats.members(ALL).by_group)
    assert by_group["연합회 > 경기지역 > 기계그룹 > 빈분과"] == (0, 0, 0)
    assert by_group["빈연합회"] == (0, 0, 0)
    # 기계그룹 is a parent now, and still counts its own members.
    assert by_group[MACHINE] == (2, 300, 30)


def test_without_groups(services: Services, known: dict[str, int]) -> None:
    stats = services.stats.members(ALL, with_groups=False)
    assert stats.by_group == []
    assert stats.total.count == 5


def test_industries_ends_with_a_total_line(services: Services, known: dict[str, int]) -> None:
    result = services.stats.industries(ALL)
    *body, total = result
    assert total.label == "합계"
    assert [line.label for line in body] == ["전기·전자", "기계·금속", "섬유·화공", "기타", NO_INDUSTRY]
    assert total.count == sum(line.count for line in body) == 5
    assert total.sales == sum(line.sales for line in body) == 1350
    assert total.employees == sum(line.employees for line in body) == 42


@pytest.mark.parametrize(
    ("flt", "total", "industry", "groups"),
    [
        pytest.param(
            MemberFilter(status="재적"),
            (4, 1350, 35),
            {"전기·전자": (2, 1050, 5), "기계·금속": (2, 300, 30), "섬유·화공": (0, 0, 0), "기타": (0, 0, 0)},
            {FED: (4, 1350, 35), MACHINE: (2, 300, 30), SEOUL: (0, 0, 0)},
            id="current",
        ),
        pytest.param(
            MemberFilter(status="휴면"),
            (1, 50, 5),
            {"전기·전자": (1, 50, 5), "기계·금속": (0, 0, 0)},
            {FED: (1, 50, 5), ELECTRIC: (1, 50, 5), MACHINE: (0, 0, 0)},
            id="dormant",
        ),
        pytest.param(
            MemberFilter(status="탈퇴"),
            (1, 0, 7),
            {NO_INDUSTRY: (1, 0, 7), "전기·전자": (0, 0, 0)},
            {SEOUL: (1, 0, 7), FED: (0, 0, 0)},
            id="left",
        ),
        pytest.param(
            MemberFilter(text="회사1"),
            (1, 100, 10),
            {"기계·금속": (1, 100, 10), "전기·전자": (0, 0, 0)},
            {FED: (1, 100, 10), MACHINE: (1, 100, 10), ELECTRIC: (1, 100, 10), SEOUL: (0, 0, 0)},
            id="text",
        ),
    ],
)
def test_filters_apply_to_stats(
    services: Services,
    known: dict[str, int],
    flt: MemberFilter,
    total: tuple[int, int, int],
    industry: dict[str, tuple[int, int, int]],
    groups: dict[str, tuple[int, int, int]],
) -> None:
    stats = services.stats.members(flt)
    assert (stats.total.count, stats.total.sales, stats.total.employees) == total
    by_industry = lines(stats.by_industry)
    for label, expected in industry.items():
        assert by_industry[label] == expected, label
    if NO_INDUSTRY not in industry:
        assert NO_INDUSTRY not in by_industry
    by_group = lines(stats.by_group)
    for label, expected in groups.items():
        assert by_group[label] == expected, label
    assert stats.total.count == services.members.count(flt)


def test_filter_by_industry_and_class(services: Services, known: dict[str, int]) -> None:
    metal = next(i.id for i in services.industries.items() if i.name == "기계·금속")
    associate = next(i.id for i in services.member_classes.items() if i.name == "준회원")
    stats = services.stats.members(MemberFilter(industry_id=metal))
    assert stats.total == StatLine("합계", 2, 300, 30)
    assert lines(stats.by_industry)["전기·전자"] == (0, 0, 0)
    stats = services.stats.members(MemberFilter(member_class_id=associate))
    assert stats.total == StatLine("합계", 1, 200, 20)
    assert lines(stats.by_group)[ELECTRIC] == (0, 0, 0)


def test_filter_by_group(services: Services, known: dict[str, int]) -> None:
    stats = services.stats.members(MemberFilter(group_id=known[ELECTRIC]))
    assert stats.total == StatLine("합계", 2, 150, 15)
    assert lines(stats.by_industry)["기계·금속"] == (1, 100, 10)
    assert lines(stats.by_industry)["전기·전자"] == (1, 50, 5)
    by_group = lines(stats.by_group)
    assert by_group[ELECTRIC] == (2, 150, 15)
    assert by_group[MACHINE] == (1, 100, 10)  # 회사1 is in both
    assert by_group[SEOUL] == (0, 0, 0)

    stats = services.stats.members(MemberFilter(group_id=known[FED]))
    assert stats.total == StatLine("합계", 4, 1350, 35)


def test_stats_follow_changes(services: Services, known: dict[str, int]) -> None:
    member_id = services.members.find_by_brn(brn(5))
    assert member_id is not None
    detail = services.members.get(member_id)
    services.members.update(
        member_id,
        {"name": "회사5", "brn": brn(5), "industry": "기타", "sales": 10, "employees": 1},
        detail.version,
    )
    stats = services.stats.members(ALL)
    assert stats.total == StatLine("합계", 5, 360, 43)
    assert lines(stats.by_industry)["기타"] == (1, 10, 1)
    assert lines(stats.by_group)[REGION] == (3, 350, 35)
    services.members.delete(member_id)
    assert services.stats.members(ALL).total == StatLine("합계", 4, 350, 42)


def test_empty_database(services: Services) -> None:
    stats = services.stats.members(ALL)
    assert stats.total == StatLine("합계", 0, 0, 0)
    assert [line.label for line in stats.by_industry] == ["전기·전자", "기계·금속", "섬유·화공", "기타"]
    assert all(line.count == 0 for line in stats.by_industry)
    assert stats.by_group == []
    assert services.stats.industries(ALL)[-1] == StatLine("합계", 0, 0, 0)


def test_large_amounts_are_summed_exactly(services: Services) -> None:
    services.members.create({"name": "큰회사", "brn": brn(1), "sales": 9 * 10**15, "industry": "기타"})
    services.members.create({"name": "큰회사2", "brn": brn(2), "sales": 9 * 10**15 + 1, "industry": "기타"})
    stats = services.stats.members(ALL)
    assert stats.total.sales == 18 * 10**15 + 1
    assert lines(stats.by_industry)["기타"] == (2, 18 * 10**15 + 1, 0)


def test_by_group_keeps_the_order_of_the_group_tree(services: Services) -> None:
    top = services.groups.create("연합회", "연합회")
    for number in (1, 2, 10):
        services.groups.create(f"제{number}교류회", "단위교류회", top)
    labels = [line.label for line in services.stats.members(ALL).by_group]
    assert labels == ["연합회", "연합회 > 제1교류회", "연합회 > 제2교류회", "연합회 > 제10교류회"]

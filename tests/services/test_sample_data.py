"""The sample data: a dozen valid, searchable members in a small group tree; never over real data."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from collabdesk.errors import UserError
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import member_to_raw
from collabdesk.services.sample_data import fill_sample_data, is_empty, make_brn
from collabdesk.validation.korean import is_valid_brn
from collabdesk.validation.member import validate_member

ALL = MemberFilter()
PHONE = re.compile(r"^0\d{1,3}-\d{3,4}-\d{4}$")
GROUP_PATH = "한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹"


def snapshot(services: Services) -> tuple[object, ...]:
    """Everything a user could see of the database through the services."""
    return (
        services.members.count(ALL),
        services.members.page(ALL, limit=1000),
        [services.members.get(row.id) for row in services.members.page(ALL, limit=1000)],
        services.groups.tree(),
        services.industries.items(),
        services.member_classes.items(),
    )


def test_fills_an_empty_database(services: Services) -> None:
    assert is_empty(services.db)
    added = fill_sample_data(services.db)
    assert 10 <= added <= 15
    assert services.members.count(ALL) == added
    assert not is_empty(services.db)


def test_sample_members_are_valid(sample_services: Services) -> None:
    services = sample_services
    rows = services.members.page(ALL, limit=1000)
    assert len(rows) >= 10
    brns = [row.brn for row in rows]
    assert len(set(brns)) == len(brns)
    assert len({row.name for row in rows}) == len(rows)
    industries = set(services.industries.names())
    classes = set(services.member_classes.names())
    for row in rows:
        data = services.members.get(row.id).data
        assert is_valid_brn(data.brn), data.brn
        assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", data.brn)
        assert PHONE.match(data.phone), data.phone
        assert data.ceo and data.address and data.postcode
        assert data.industry in industries
        assert data.member_class in classes
        assert data.status == "활동"
        assert data.tags
        assert data.founded_on is not None and data.joined_on is not None
        assert data.founded_on < data.joined_on <= dt.date.today()
        assert data.sales and data.sales > 0
        assert data.employees and data.employees > 0
        assert data.contacts, data.name
        for contact in data.contacts:
            assert contact.name
            assert PHONE.match(contact.phone), contact.phone
            assert "@" in contact.email
        # Every sample member passes the same validation a person's input does, unchanged.
        checked = validate_member(member_to_raw(data))
        assert checked == data


def test_sample_groups(sample_services: Services) -> None:
    services = sample_services
    tree = services.groups.tree()
    paths = [g.path for g in tree]
    assert paths[:3] == ["한국이업종교류연합회", "한국이업종교류연합회 > 경기지역연합회", GROUP_PATH]
    committees = [g for g in tree if g.path.startswith(GROUP_PATH + " > ")]
    assert {g.name for g in committees} == {"R&D분과", "생산분과", "마케팅분과"}
    assert all(g.kind == "분과" and g.depth == 3 for g in committees)
    total = services.members.count(ALL)
    # Every member is in the 협업그룹 and in exactly one 분과.
    group_id = services.groups.find_by_path(GROUP_PATH)
    assert {g.id: g.member_count for g in tree}[group_id] == total
    assert sum(g.member_count for g in committees) == total
    for row in services.members.page(ALL, limit=1000):
        group_ids = services.members.get(row.id).data.group_ids
        assert group_id in group_ids
        assert len(group_ids) == 2
    assert (
        services.members.count(MemberFilter(group_id=services.groups.find_by_path("한국이업종교류연합회")))
        == total
    )


def test_sample_data_is_searchable_and_has_stats(sample_services: Services) -> None:
    services = sample_services
    assert services.members.count(MemberFilter(text="한빛정밀")) == 1
    assert services.members.count(MemberFilter(text="금형")) >= 2
    assert services.members.count(MemberFilter(text="cnc")) == 1
    stats = services.stats.members(ALL)
    assert stats.total.count == services.members.count(ALL)
    assert sum(line.count for line in stats.by_industry) == stats.total.count
    assert all(line.count > 0 for line in stats.by_industry)  # every default 업종 is used


def test_refuses_a_database_that_has_members(sample_services: Services) -> None:
    services = sample_services
    before = snapshot(services)
    with pytest.raises(UserError) as err:
        fill_sample_data(services.db)
    assert "이미 회원사가 있어" in str(err.value)
    assert snapshot(services) == before


def test_refuses_a_database_with_one_real_member(services: Services) -> None:
    services.members.create({"name": "실제회원사", "brn": make_brn(1, 86)})
    before = snapshot(services)
    with pytest.raises(UserError):
        fill_sample_data(services.db)
    assert snapshot(services) == before
    assert services.groups.tree() == []


@pytest.mark.parametrize("serial", [0, 1, 37, 799, 800, 2100, 9999, 12345])
def test_make_brn_has_a_valid_check_digit(serial: int) -> None:
    number = make_brn(serial)
    assert re.fullmatch(r"\d{3}-81-\d{5}", number)
    assert is_valid_brn(number)


def test_sample_data_is_one_transaction(services, monkeypatch) -> None:
    """A failure half-way leaves no groups behind: the whole fill is one action."""
    from collabdesk.services import sample_data
    from collabdesk.services.members import MemberService

    def broken(self, records):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(MemberService, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        sample_data.fill_sample_data(services.db)
    assert services.groups.tree() == []

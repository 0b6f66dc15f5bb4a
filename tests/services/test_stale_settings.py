"""Two PCs on one database: groups, the editable lists, quorum rules and text blocks compare what the
user saw with what is saved, so a save or delete of a stale view is refused and changes nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from collabdesk.db.engine import Database
from collabdesk.errors import NotFoundError, StaleRecordError, UserError
from collabdesk.services.catalogs import CatalogService
from collabdesk.services.container import Services
from collabdesk.services.groups import GroupInfo
from collabdesk.validation.quorum import MAJORITY, TWO_THIRDS, QuorumRule, Threshold

CATALOGS = ("industries", "member_classes", "meeting_kinds", "project_kinds", "project_roles")


@pytest.fixture
def other_pc(db: Database) -> Iterator[Services]:
    """The same database opened a second time, with its own engine and connections: another PC."""
    other = Database.open(db.url)
    try:
        yield Services.for_database(other)
    finally:
        other.dispose()


@pytest.fixture(params=CATALOGS)
def lists(
    request: pytest.FixtureRequest, services: Services, other_pc: Services
) -> tuple[CatalogService, CatalogService]:
    """One editable list as this PC and as the other PC see it."""
    return getattr(services, request.param), getattr(other_pc, request.param)


# --- groups ------------------------------------------------------------------------------------


@pytest.fixture
def groups(services: Services) -> dict[str, int]:
    fed = services.groups.create("한국이업종교류연합회", "연합회")
    return {
        "fed": fed,
        "gyeonggi": services.groups.create("경기지역연합회", "지역", fed),
        "seoul": services.groups.create("서울지역연합회", "지역", fed),
    }


def group(services: Services, group_id: int) -> GroupInfo:
    return next(g for g in services.groups.tree() if g.id == group_id)


def test_a_group_renamed_on_another_pc_is_not_renamed_over(
    services: Services, other_pc: Services, groups: dict[str, int]
) -> None:
    seen = group(services, groups["gyeonggi"])
    other_pc.groups.update(seen.id, "경기남부연합회", seen.kind, seen.parent_id, expected=seen)
    with pytest.raises(StaleRecordError, match="다른 사용자가 먼저 수정했습니다"):
        services.groups.update(seen.id, "경기도연합회", "지역", seen.parent_id, expected=seen)
    assert group(services, seen.id).name == "경기남부연합회"
    # Seen afresh, the same change goes through.
    fresh = group(services, seen.id)
    services.groups.update(seen.id, "경기도연합회", "지역", seen.parent_id, expected=fresh)
    assert group(other_pc, seen.id).name == "경기도연합회"


def test_a_group_changed_on_another_pc_is_not_moved(
    services: Services, other_pc: Services, groups: dict[str, int]
) -> None:
    seen = group(services, groups["seoul"])
    other_pc.groups.update(seen.id, seen.name, "단위교류회", seen.parent_id)  # only the kind changes
    with pytest.raises(StaleRecordError):
        services.groups.update(seen.id, seen.name, seen.kind, groups["gyeonggi"], expected=seen)
    now = group(services, seen.id)
    assert (now.kind, now.parent_id) == ("단위교류회", groups["fed"])


def test_a_group_moved_on_another_pc_is_not_renamed_back_where_it_was(
    services: Services, other_pc: Services, groups: dict[str, int]
) -> None:
    seen = group(services, groups["seoul"])
    other_pc.groups.update(seen.id, seen.name, seen.kind, groups["gyeonggi"])
    with pytest.raises(StaleRecordError):
        services.groups.update(seen.id, "서울연합회", seen.kind, seen.parent_id, expected=seen)
    now = group(services, seen.id)
    assert (now.name, now.parent_id) == ("서울지역연합회", groups["gyeonggi"])


def test_a_changed_group_is_not_deleted(
    services: Services, other_pc: Services, groups: dict[str, int]
) -> None:
    seen = group(services, groups["seoul"])
    other_pc.groups.update(seen.id, "서울연합회", seen.kind, seen.parent_id)
    with pytest.raises(StaleRecordError):
        services.groups.delete(seen.id, expected=seen)
    assert group(services, seen.id).name == "서울연합회"
    services.groups.delete(seen.id, expected=group(services, seen.id))
    assert seen.id not in {g.id for g in other_pc.groups.tree()}


def test_a_group_deleted_on_another_pc_is_neither_changed_nor_made_again(
    services: Services, other_pc: Services, groups: dict[str, int]
) -> None:
    seen = group(services, groups["seoul"])
    before = len(services.groups.tree())
    other_pc.groups.delete(seen.id, expected=seen)
    with pytest.raises(NotFoundError, match="그룹을 찾을 수 없습니다"):
        services.groups.update(seen.id, "서울연합회", seen.kind, seen.parent_id, expected=seen)
    with pytest.raises(NotFoundError, match="그룹을 찾을 수 없습니다"):
        services.groups.delete(seen.id, expected=seen)
    assert len(services.groups.tree()) == before - 1


def test_groups_without_an_expectation_are_saved_as_before(
    services: Services, groups: dict[str, int]
) -> None:
    services.groups.update(groups["seoul"], "서울연합회", "지역", groups["fed"])
    services.groups.delete(groups["seoul"])
    assert [g.name for g in services.groups.tree()] == ["한국이업종교류연합회", "경기지역연합회"]


# --- the editable lists ------------------------------------------------------------------------


def test_an_item_renamed_on_another_pc_is_not_renamed_over(
    lists: tuple[CatalogService, CatalogService],
) -> None:
    here, there = lists
    item_id = here.add("처음 이름")
    there.rename(item_id, "다른 PC의 이름", expected_name="처음 이름")
    with pytest.raises(StaleRecordError):
        here.rename(item_id, "이 PC의 이름", expected_name="처음 이름")
    assert "다른 PC의 이름" in here.names() and "이 PC의 이름" not in here.names()
    here.rename(item_id, "이 PC의 이름", expected_name="다른 PC의 이름")
    assert "이 PC의 이름" in there.names()


def test_a_renamed_item_is_not_removed(lists: tuple[CatalogService, CatalogService]) -> None:
    here, there = lists
    item_id = here.add("처음 이름")
    there.rename(item_id, "다른 PC의 이름")
    with pytest.raises(StaleRecordError):
        here.remove(item_id, expected_name="처음 이름")
    assert "다른 PC의 이름" in here.names()
    here.remove(item_id, expected_name="다른 PC의 이름")
    assert "다른 PC의 이름" not in there.names()


def test_an_item_removed_on_another_pc_is_not_made_again(
    lists: tuple[CatalogService, CatalogService],
) -> None:
    here, there = lists
    item_id = here.add("처음 이름")
    before = here.names()
    there.remove(item_id, expected_name="처음 이름")
    for change in (
        lambda: here.rename(item_id, "이 PC의 이름", expected_name="처음 이름"),
        lambda: here.remove(item_id, expected_name="처음 이름"),
        lambda: here.move(item_id, -1, expected=here.items()),
    ):
        with pytest.raises(NotFoundError, match="항목을 찾을 수 없습니다"):
            change()
    assert here.names() == [name for name in before if name != "처음 이름"]


def test_a_list_changed_on_another_pc_is_not_reordered(lists: tuple[CatalogService, CatalogService]) -> None:
    here, there = lists
    seen = here.items()
    last = seen[-1]
    there.add("새 항목")  # the list this PC shows is no longer the list
    with pytest.raises(StaleRecordError):
        here.move(last.id, -1, expected=seen)
    assert here.names() == [item.name for item in seen] + ["새 항목"]
    fresh = here.items()
    here.move(last.id, -1, expected=fresh)
    assert there.names()[-3:] == [last.name, seen[-2].name, "새 항목"]


def test_lists_without_an_expectation_are_saved_as_before(services: Services) -> None:
    item_id = services.industries.add("금형")
    services.industries.rename(item_id, "금형·주조")
    services.industries.move(item_id, -1)
    assert services.industries.names()[-2:] == ["금형·주조", "기타"]
    services.industries.remove(item_id)
    assert "금형·주조" not in services.industries.names()


# --- quorum rules ------------------------------------------------------------------------------

ELECTION = QuorumRule("임원 선출", MAJORITY, MAJORITY)


@pytest.mark.parametrize("scope", ["federation", "group"])
def test_a_rule_changed_on_another_pc_is_not_overwritten(
    services: Services, other_pc: Services, groups: dict[str, int], scope: str
) -> None:
    group_id = None if scope == "federation" else groups["gyeonggi"]
    services.meetings.set_rule(group_id, ELECTION, expected=None)
    theirs = QuorumRule("임원 선출", TWO_THIRDS, MAJORITY)
    other_pc.meetings.set_rule(group_id, theirs, expected=ELECTION)
    ours = QuorumRule("임원 선출", MAJORITY, TWO_THIRDS, approval_of_roll=True)
    with pytest.raises(StaleRecordError):
        services.meetings.set_rule(group_id, ours, expected=ELECTION)
    with pytest.raises(StaleRecordError):
        services.meetings.delete_rule(group_id, "임원 선출", expected=ELECTION)
    assert services.meetings.rules(group_id)["임원 선출"] == theirs
    services.meetings.set_rule(group_id, ours, expected=theirs)
    assert other_pc.meetings.rules(group_id)["임원 선출"] == ours
    services.meetings.delete_rule(group_id, "임원 선출", expected=ours)
    assert "임원 선출" not in other_pc.meetings.rules(group_id)


def test_a_rule_added_on_another_pc_meanwhile_is_not_overwritten(
    services: Services, other_pc: Services, groups: dict[str, int]
) -> None:
    group_id = groups["gyeonggi"]
    # Both PCs showed the federation's 일반 의결 for this group; the other one gave it its own first.
    theirs = QuorumRule("일반 의결", Threshold(1, 2, strict=False), MAJORITY)
    other_pc.meetings.set_rule(group_id, theirs, expected=None)
    with pytest.raises(StaleRecordError):
        services.meetings.set_rule(group_id, QuorumRule("일반 의결", TWO_THIRDS, MAJORITY), expected=None)
    assert services.meetings.rules(group_id)["일반 의결"] == theirs
    assert services.meetings.rules(None)["일반 의결"] == QuorumRule()  # the federation's is untouched


def test_a_rule_removed_on_another_pc_is_not_made_again(
    services: Services, other_pc: Services, groups: dict[str, int]
) -> None:
    group_id = groups["gyeonggi"]
    services.meetings.set_rule(group_id, ELECTION)
    other_pc.meetings.delete_rule(group_id, "임원 선출", expected=ELECTION)
    with pytest.raises(NotFoundError, match="의결 기준을 찾을 수 없습니다"):
        services.meetings.set_rule(group_id, QuorumRule("임원 선출", TWO_THIRDS, MAJORITY), expected=ELECTION)
    with pytest.raises(NotFoundError, match="의결 기준을 찾을 수 없습니다"):
        services.meetings.delete_rule(group_id, "임원 선출", expected=ELECTION)
    assert "임원 선출" not in services.meetings.rules(group_id)


def test_rules_without_an_expectation_are_saved_as_before(services: Services) -> None:
    services.meetings.set_rule(None, ELECTION)
    services.meetings.set_rule(None, QuorumRule("임원 선출", TWO_THIRDS, MAJORITY))
    assert services.meetings.rules(None)["임원 선출"].attendance == TWO_THIRDS
    services.meetings.delete_rule(None, "임원 선출")
    assert "임원 선출" not in services.meetings.rules(None)


# --- text blocks -------------------------------------------------------------------------------

OPENING = "재적 과반수가 출석하여 성원됨."


def own_blocks(services: Services) -> dict[str, str]:
    """The text blocks apart from those a new database comes with."""
    return {name: body for name, body in services.meetings.text_blocks() if name.startswith("성원")}


def test_a_text_block_changed_on_another_pc_is_not_overwritten(
    services: Services, other_pc: Services
) -> None:
    meetings = services.meetings
    meetings.save_text_block("성원", OPENING, expected_body=None)
    other_pc.meetings.save_text_block("성원", "다른 PC의 문구.", "성원", expected_body=OPENING)
    with pytest.raises(StaleRecordError):
        meetings.save_text_block("성원", "이 PC의 문구.", "성원", expected_body=OPENING)
    with pytest.raises(StaleRecordError):  # nor renamed
        meetings.save_text_block("성원 보고", OPENING, "성원", expected_body=OPENING)
    with pytest.raises(StaleRecordError):
        meetings.delete_text_block("성원", expected_body=OPENING)
    assert own_blocks(services) == {"성원": "다른 PC의 문구."}
    meetings.save_text_block("성원 보고", "이 PC의 문구.", "성원", expected_body="다른 PC의 문구.")
    assert own_blocks(other_pc) == {"성원 보고": "이 PC의 문구."}


def test_a_text_block_added_on_another_pc_meanwhile_is_not_overwritten(
    services: Services, other_pc: Services
) -> None:
    other_pc.meetings.save_text_block("성원", "다른 PC의 문구.", expected_body=None)
    with pytest.raises(StaleRecordError):
        services.meetings.save_text_block("성원", OPENING, expected_body=None)
    assert own_blocks(services) == {"성원": "다른 PC의 문구."}


def test_a_text_block_renamed_or_removed_on_another_pc_is_not_made_again(
    services: Services, other_pc: Services
) -> None:
    meetings = services.meetings
    meetings.save_text_block("성원", OPENING)
    other_pc.meetings.save_text_block("성원 보고", OPENING, "성원", expected_body=OPENING)
    with pytest.raises(NotFoundError, match="'성원' 문구를 찾을 수 없습니다"):
        meetings.save_text_block("성원", "이 PC의 문구.", "성원", expected_body=OPENING)
    with pytest.raises(NotFoundError, match="'성원' 문구를 찾을 수 없습니다"):
        meetings.delete_text_block("성원", expected_body=OPENING)
    other_pc.meetings.delete_text_block("성원 보고", expected_body=OPENING)
    with pytest.raises(NotFoundError):
        meetings.save_text_block("성원 보고", "이 PC의 문구.", "성원 보고", expected_body=OPENING)
    assert own_blocks(services) == {}


def test_text_blocks_without_an_expectation_are_saved_as_before(services: Services) -> None:
    meetings = services.meetings
    meetings.save_text_block("성원", OPENING)
    meetings.save_text_block("성원", "고친 문구.")  # the same name again: changed
    meetings.save_text_block("성원 보고", "고친 문구.", old_name="성원")
    assert own_blocks(services) == {"성원 보고": "고친 문구."}
    meetings.delete_text_block("성원 보고")
    meetings.delete_text_block("없는 문구")  # nothing to do, nothing said
    assert own_blocks(services) == {}


# --- a change committed between the check and the write ----------------------------------------
# On SQLite a write transaction holds the file from its first statement, so nothing can come in
# between; on PostgreSQL another PC can commit after the row was read. The old values in the WHERE
# clause of the write catch that.


@pytest.fixture
def postgresql_only(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("SQLite lets no other writer in during a write transaction")


@pytest.mark.usefixtures("postgresql_only")
def test_a_group_renamed_between_the_check_and_the_write_is_kept(
    services: Services, other_pc: Services, groups: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = group(services, groups["seoul"])
    check_unique = type(services.groups)._check_unique

    def other_pc_renames_meanwhile(s, name, parent_id, own_id):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(type(services.groups), "_check_unique", staticmethod(check_unique))
        other_pc.groups.update(seen.id, "다른 PC의 이름", seen.kind, seen.parent_id)
        check_unique(s, name, parent_id, own_id)

    monkeypatch.setattr(type(services.groups), "_check_unique", staticmethod(other_pc_renames_meanwhile))
    with pytest.raises(StaleRecordError):
        services.groups.update(seen.id, "이 PC의 이름", seen.kind, seen.parent_id, expected=seen)
    assert group(services, seen.id).name == "다른 PC의 이름"


@pytest.mark.usefixtures("postgresql_only")
def test_an_item_renamed_between_the_check_and_the_write_is_kept(
    services: Services, other_pc: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = services.industries.add("처음 이름")
    check_unique = CatalogService._check_unique

    def other_pc_renames_meanwhile(self, s, name, own_id):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(CatalogService, "_check_unique", check_unique)
        other_pc.industries.rename(item_id, "다른 PC의 이름")
        check_unique(self, s, name, own_id)

    monkeypatch.setattr(CatalogService, "_check_unique", other_pc_renames_meanwhile)
    with pytest.raises(StaleRecordError):
        services.industries.rename(item_id, "이 PC의 이름", expected_name="처음 이름")
    assert "다른 PC의 이름" in services.industries.names()


@pytest.mark.usefixtures("postgresql_only")
def test_two_pcs_moving_two_groups_each_under_the_other_make_no_loop(
    services: Services, other_pc: Services, groups: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """This PC moves 경기 under 서울 while the other moves 서울 under 경기: one of them must be told."""
    gyeonggi, seoul, fed = groups["gyeonggi"], groups["seoul"], groups["fed"]
    check_unique = type(services.groups)._check_unique
    outcome: list[BaseException | None] = []
    movers: list[threading.Thread] = []

    def other_pc_moves() -> None:
        try:
            other_pc.groups.update(seoul, "서울지역연합회", "지역", gyeonggi)
            outcome.append(None)
        except BaseException as exc:  # looked at below
            outcome.append(exc)

    def meanwhile(s, name, parent_id, own_id):  # type: ignore[no-untyped-def]
        # This PC has checked its move and not committed yet; the other PC starts its own now and
        # must wait for this one instead of checking against the tree as it was.
        monkeypatch.setattr(type(services.groups), "_check_unique", staticmethod(check_unique))
        mover = threading.Thread(target=other_pc_moves)
        movers.append(mover)
        mover.start()
        waiting = text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
        with services.db.engine.connect() as watch:
            while mover.is_alive() and not watch.execute(waiting).scalar():
                watch.rollback()
        check_unique(s, name, parent_id, own_id)

    monkeypatch.setattr(type(services.groups), "_check_unique", staticmethod(meanwhile))
    services.groups.update(gyeonggi, "경기지역연합회", "지역", seoul)
    movers[0].join()
    assert len(outcome) == 1 and isinstance(outcome[0], UserError)
    assert "하위 그룹 아래로 옮길 수 없습니다" in str(outcome[0])
    parents = {g.id: g.parent_id for g in services.groups.tree()}
    assert (parents[gyeonggi], parents[seoul]) == (seoul, fed)

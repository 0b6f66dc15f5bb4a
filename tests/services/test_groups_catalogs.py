"""GroupService (the group tree) and CatalogService (업종 and 회원구분 lists)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from collabdesk.errors import FieldErrors, NotFoundError, UserError
from collabdesk.services.catalogs import CatalogService
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter


def brn(serial: int) -> str:
    """A valid 사업자등록번호 (check digit computed here, independently of the code under test)."""
    head = f"{200 + serial:03d}86{serial:04d}"
    digits = [int(c) for c in head]
    total = sum(d * w for d, w in zip(digits, (1, 3, 7, 1, 3, 7, 1, 3, 5), strict=True)) + digits[8] * 5 // 10
    return f"{head[:3]}-{head[3:5]}-{head[5:]}{(10 - total % 10) % 10}"


def member(serial: int, **fields: Any) -> dict[str, Any]:
    return {"name": f"회원사{serial}", "brn": brn(serial), "joined_on": dt.date(2020, 1, 1), **fields}


def tree_paths(services: Services) -> list[str]:
    return [g.path for g in services.groups.tree()]


def group_state(services: Services) -> list[tuple[int, str, str, int | None, str, int, int]]:
    return [
        (g.id, g.name, g.kind, g.parent_id, g.path, g.depth, g.member_count) for g in services.groups.tree()
    ]


# --- group tree ------------------------------------------------------------------------------


@pytest.fixture
def tree(services: Services) -> dict[str, int]:
    g = services.groups
    fed = g.create("한국이업종교류연합회", "연합회")
    gyeonggi = g.create("경기지역연합회", "지역", fed)
    seoul = g.create("서울지역연합회", "지역", fed)
    machine = g.create("경기기계협업그룹", "협업그룹", gyeonggi)
    rnd = g.create("R&D분과", "분과", machine)
    production = g.create("생산분과", "분과", machine)
    gangnam = g.create("강남교류회", "단위교류회", seoul)
    cluster = g.create("바이오클러스터", "클러스터")
    return {
        "fed": fed,
        "gyeonggi": gyeonggi,
        "seoul": seoul,
        "machine": machine,
        "rnd": rnd,
        "production": production,
        "gangnam": gangnam,
        "cluster": cluster,
    }


def test_tree_order_paths_and_depth(services: Services, tree: dict[str, int]) -> None:
    infos = services.groups.tree()
    assert [(g.path, g.depth) for g in infos] == [
        ("한국이업종교류연합회", 0),
        ("한국이업종교류연합회 > 경기지역연합회", 1),
        ("한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹", 2),
        ("한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹 > R&D분과", 3),
        ("한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹 > 생산분과", 3),
        ("한국이업종교류연합회 > 서울지역연합회", 1),
        ("한국이업종교류연합회 > 서울지역연합회 > 강남교류회", 2),
        ("바이오클러스터", 0),
    ]
    by_id = {g.id: g for g in infos}
    assert by_id[tree["machine"]].parent_id == tree["gyeonggi"]
    assert by_id[tree["fed"]].parent_id is None
    assert by_id[tree["rnd"]].name == "R&D분과"
    assert by_id[tree["rnd"]].kind == "분과"
    assert by_id[tree["cluster"]].kind == "클러스터"
    # Every child comes after its parent.
    position = {g.id: n for n, g in enumerate(infos)}
    for g in infos:
        if g.parent_id is not None:
            assert position[g.parent_id] < position[g.id]
            assert by_id[g.parent_id].depth == g.depth - 1


def test_find_by_path(services: Services, tree: dict[str, int]) -> None:
    find = services.groups.find_by_path
    assert find("한국이업종교류연합회 > 경기지역연합회 > 경기기계협업그룹 > 생산분과") == tree["production"]
    assert find("  바이오클러스터 ") == tree["cluster"]
    assert find("생산분과") is None
    assert find("없는 그룹") is None


def test_member_count_is_direct_members(services: Services, tree: dict[str, int]) -> None:
    services.members.create(member(1, group_ids=[tree["rnd"], tree["production"]]))
    services.members.create(member(2, group_ids=[tree["rnd"]]))
    counts = {g.id: g.member_count for g in services.groups.tree()}
    assert counts[tree["rnd"]] == 2
    assert counts[tree["production"]] == 1
    assert counts[tree["machine"]] == 0
    assert counts[tree["fed"]] == 0


def test_same_name_under_different_parents_is_allowed(services: Services, tree: dict[str, int]) -> None:
    a = services.groups.create("생산분과", "분과", tree["gangnam"])
    assert a != tree["production"]
    assert "한국이업종교류연합회 > 서울지역연합회 > 강남교류회 > 생산분과" in tree_paths(services)


@pytest.mark.parametrize("parent", ["machine", None])
def test_duplicate_name_under_one_parent_is_refused(
    services: Services, tree: dict[str, int], parent: str | None
) -> None:
    parent_id = tree[parent] if parent else None
    name = "생산분과" if parent else "바이오클러스터"
    before = group_state(services)
    with pytest.raises(FieldErrors) as err:
        services.groups.create(f"  {name} ", "분과", parent_id)
    assert set(err.value.errors) == {"name"}
    assert name in err.value.errors["name"]
    assert "이미 있습니다" in err.value.errors["name"]
    assert group_state(services) == before


def test_renaming_onto_a_sibling_is_refused(services: Services, tree: dict[str, int]) -> None:
    before = group_state(services)
    with pytest.raises(FieldErrors) as err:
        services.groups.update(tree["rnd"], "생산분과", "분과", tree["machine"])
    assert "생산분과" in err.value.errors["name"]
    assert group_state(services) == before


def test_moving_into_a_parent_with_a_same_named_child_is_refused(
    services: Services, tree: dict[str, int]
) -> None:
    twin = services.groups.create("생산분과", "분과", tree["gangnam"])
    before = group_state(services)
    with pytest.raises(FieldErrors):
        services.groups.update(twin, "생산분과", "분과", tree["machine"])
    assert group_state(services) == before


@pytest.mark.parametrize(
    "name", ["", "   ", "가" * 101, "경기 > 기계"], ids=["empty", "blank", "too-long", "separator"]
)
def test_bad_group_name_is_refused(services: Services, name: str) -> None:
    with pytest.raises(FieldErrors) as err:
        services.groups.create(name)
    assert "그룹 이름" in err.value.errors["name"]
    assert services.groups.tree() == []


def test_create_under_missing_parent_is_refused(services: Services) -> None:
    with pytest.raises(NotFoundError) as err:
        services.groups.create("생산분과", "분과", 999)
    assert "상위 그룹" in str(err.value)
    assert services.groups.tree() == []


def test_rename_and_move_a_group_with_its_subtree(services: Services, tree: dict[str, int]) -> None:
    services.groups.update(tree["machine"], "경기기계그룹", "협업그룹", tree["seoul"])
    paths = tree_paths(services)
    assert "한국이업종교류연합회 > 서울지역연합회 > 경기기계그룹" in paths
    assert "한국이업종교류연합회 > 서울지역연합회 > 경기기계그룹 > 생산분과" in paths
    assert not any("경기기계협업그룹" in p for p in paths)
    depth = {g.id: g.depth for g in services.groups.tree()}
    assert depth[tree["production"]] == 3

    # Up to the top level.
    services.groups.update(tree["production"], "생산분과", "분과", None)
    info = {g.id: g for g in services.groups.tree()}[tree["production"]]
    assert (info.parent_id, info.path, info.depth) == (None, "생산분과", 0)


@pytest.mark.parametrize("target", ["machine", "rnd", "production", "gyeonggi"])
def test_moving_a_group_under_itself_or_its_descendant_is_refused(
    services: Services, tree: dict[str, int], target: str
) -> None:
    before = group_state(services)
    moved = tree["gyeonggi"]
    with pytest.raises(UserError) as err:
        services.groups.update(moved, "경기지역연합회", "지역", tree[target])
    assert "하위 그룹" in str(err.value)
    assert group_state(services) == before


def test_moving_under_a_missing_parent_is_refused(services: Services, tree: dict[str, int]) -> None:
    before = group_state(services)
    with pytest.raises(NotFoundError) as err:
        services.groups.update(tree["rnd"], "R&D분과", "분과", 999)
    assert "상위 그룹" in str(err.value)
    assert group_state(services) == before


def test_update_missing_group_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.groups.update(999, "이름", "", None)
    with pytest.raises(NotFoundError):
        services.groups.delete(999)


def test_deleting_a_group_with_children_is_refused(services: Services, tree: dict[str, int]) -> None:
    services.members.create(member(1, group_ids=[tree["machine"]]))
    before = group_state(services)
    with pytest.raises(UserError) as err:
        services.groups.delete(tree["machine"])
    assert "경기기계협업그룹" in str(err.value)
    assert "하위 그룹" in str(err.value)
    assert group_state(services) == before


def test_deleting_a_group_keeps_its_members(services: Services, tree: dict[str, int]) -> None:
    a = services.members.create(member(1, group_ids=[tree["rnd"], tree["production"]]))
    b = services.members.create(member(2, group_ids=[tree["rnd"]]))

    services.groups.delete(tree["rnd"])

    assert tree["rnd"] not in {g.id for g in services.groups.tree()}
    assert services.members.count(MemberFilter()) == 2
    assert services.members.get(a).data.group_ids == [tree["production"]]
    assert services.members.get(b).data.group_ids == []
    assert services.members.count(MemberFilter(group_id=tree["machine"])) == 1
    # The member can still be saved (its group list no longer names the deleted group).
    detail = services.members.get(b)
    services.members.update(b, {**member(2), "name": "회원사2(수정)"}, detail.version)
    assert services.members.get(b).data.name == "회원사2(수정)"


def test_leaf_groups_can_be_deleted_bottom_up(services: Services, tree: dict[str, int]) -> None:
    for key in ("rnd", "production", "machine", "gangnam", "seoul", "gyeonggi", "fed", "cluster"):
        services.groups.delete(tree[key])
    assert services.groups.tree() == []


# --- 업종 and 회원구분 lists -----------------------------------------------------------------

CATALOGS = {
    "industries": ("업종", ["전기·전자", "기계·금속", "섬유·화공", "기타"]),
    "member_classes": ("회원구분", ["정회원", "준회원", "특별회원"]),
}
MEMBER_FIELD = {"industries": "industry", "member_classes": "member_class"}


@pytest.fixture(params=sorted(CATALOGS))
def catalog_name(request: pytest.FixtureRequest) -> str:
    return request.param


def catalog(services: Services, name: str) -> CatalogService:
    return getattr(services, name)


def test_default_lists(services: Services) -> None:
    assert services.industries.names() == ["전기·전자", "기계·금속", "섬유·화공", "기타"]
    assert services.member_classes.names() == ["정회원", "준회원", "특별회원"]
    assert services.industries.label == "업종"
    assert services.member_classes.label == "회원구분"
    assert all(item.in_use == 0 for item in services.industries.items())


def test_add_appends_to_the_list(services: Services, catalog_name: str) -> None:
    cat = catalog(services, catalog_name)
    defaults = CATALOGS[catalog_name][1]
    new_id = cat.add("  신규항목 ")
    assert cat.names() == [*defaults, "신규항목"]
    assert cat.items()[-1].id == new_id
    second = cat.add("두번째")
    assert cat.names() == [*defaults, "신규항목", "두번째"]
    assert second != new_id


def test_new_item_can_be_used_by_members(services: Services, catalog_name: str) -> None:
    cat = catalog(services, catalog_name)
    cat.add("신규항목")
    field = MEMBER_FIELD[catalog_name]
    member_id = services.members.create(member(1, **{field: "신규항목"}))
    assert getattr(services.members.get(member_id).data, field) == "신규항목"
    assert {i.name: i.in_use for i in cat.items()}["신규항목"] == 1


def test_duplicate_name_is_refused(services: Services, catalog_name: str) -> None:
    cat = catalog(services, catalog_name)
    label, defaults = CATALOGS[catalog_name]
    before = cat.items()
    with pytest.raises(FieldErrors) as err:
        cat.add(f" {defaults[0]} ")
    assert set(err.value.errors) == {"name"}
    assert defaults[0] in err.value.errors["name"]
    assert label in err.value.errors["name"]
    with pytest.raises(FieldErrors):
        cat.rename(before[1].id, defaults[0])
    assert cat.items() == before


@pytest.mark.parametrize("name", ["", "   ", "가" * 51], ids=["empty", "blank", "too-long"])
def test_bad_name_is_refused(services: Services, catalog_name: str, name: str) -> None:
    cat = catalog(services, catalog_name)
    label = CATALOGS[catalog_name][0]
    before = cat.items()
    with pytest.raises(FieldErrors) as err:
        cat.add(name)
    assert label in err.value.errors["name"]
    with pytest.raises(FieldErrors):
        cat.rename(before[0].id, name)
    assert cat.items() == before


def test_rename_is_seen_by_members(services: Services, catalog_name: str) -> None:
    cat = catalog(services, catalog_name)
    field = MEMBER_FIELD[catalog_name]
    first = cat.items()[0]
    member_id = services.members.create(member(1, **{field: first.name}))

    cat.rename(first.id, "새 이름")
    cat.rename(first.id, "새 이름")  # keeping one's own name is fine

    assert cat.names()[0] == "새 이름"
    assert getattr(services.members.get(member_id).data, field) == "새 이름"
    assert first.name not in cat.names()
    # The old name is no longer accepted on a member.
    with pytest.raises(FieldErrors) as err:
        services.members.create(member(2, **{field: first.name}))
    assert first.name in err.value.errors[field]


def test_move_up_and_down(services: Services) -> None:
    cat = services.industries
    ids = {item.name: item.id for item in cat.items()}
    cat.move(ids["기타"], -1)
    assert cat.names() == ["전기·전자", "기계·금속", "기타", "섬유·화공"]
    cat.move(ids["전기·전자"], +1)
    assert cat.names() == ["기계·금속", "전기·전자", "기타", "섬유·화공"]
    # Moving past either end changes nothing.
    cat.move(ids["기계·금속"], -1)
    cat.move(ids["섬유·화공"], +1)
    assert cat.names() == ["기계·금속", "전기·전자", "기타", "섬유·화공"]
    # A new item still goes to the end.
    cat.add("바이오")
    assert cat.names()[-1] == "바이오"


def test_move_member_classes(services: Services) -> None:
    cat = services.member_classes
    ids = {item.name: item.id for item in cat.items()}
    cat.move(ids["특별회원"], -1)
    assert cat.names() == ["정회원", "특별회원", "준회원"]


def test_remove_unused_item(services: Services, catalog_name: str) -> None:
    cat = catalog(services, catalog_name)
    defaults = CATALOGS[catalog_name][1]
    last = cat.items()[-1]
    cat.remove(last.id)
    assert cat.names() == defaults[:-1]
    with pytest.raises(NotFoundError):
        cat.remove(last.id)
    with pytest.raises(NotFoundError):
        cat.rename(last.id, "다시")
    with pytest.raises(NotFoundError):
        cat.move(last.id, 1)


def test_removing_an_item_in_use_is_refused(services: Services, catalog_name: str) -> None:
    cat = catalog(services, catalog_name)
    label = CATALOGS[catalog_name][0]
    field = MEMBER_FIELD[catalog_name]
    used = cat.items()[1]
    services.members.create(member(1, **{field: used.name}))
    services.members.create(member(2, **{field: used.name}, status="탈퇴", left_on=dt.date(2024, 1, 1)))
    before = cat.items()
    assert {i.name: i.in_use for i in before}[used.name] == 2

    with pytest.raises(UserError) as err:
        cat.remove(used.id)
    message = str(err.value)
    assert used.name in message
    assert label in message
    assert "2곳" in message
    assert "삭제할 수 없습니다" in message
    assert cat.items() == before

    # Once no member uses it any more, it can go.
    for member_id in [r.id for r in services.members.page(MemberFilter())]:
        services.members.delete(member_id)
    cat.remove(used.id)
    assert used.name not in cat.names()

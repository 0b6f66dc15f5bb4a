"""Roster import: header search, column mapping, normalisation, preview, one-batch writing, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from collabdesk.db.models import Group, ImportBatch, Industry, Member
from collabdesk.errors import Cancelled, FieldErrors, UserError
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.roster_import import (
    ERROR,
    IGNORED,
    NEW,
    ON_UPDATE,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    read_roster,
)
from collabdesk.services.roster_mapping import (
    Profile,
    apply_profile,
    auto_mapping,
    normalize_header,
    profile_from_mapping,
)
from collabdesk.services.sample_data import make_brn

TODAY = dt.date(2026, 11, 24)
HEADER = ["No.", "업체명", "대표자명", "사업자번호", "업종구분", "소재지", "TEL", "E-mail", "설립일자", "매출액(원)",
          "근로자수", "가입일자", "주요제품", "교류회"]  # fmt: skip
B1, B2, B3, B4 = (make_brn(n) for n in (1, 2, 3, 4))


def digits(brn: str) -> str:
    return brn.replace("-", "")


def office_roster(make_xlsx: Any) -> Path:
    """A roster as an office keeps it: a merged title, a date line, a blank row, then the header."""
    rows: list[list[Any]] = [
        ["2026년 회원 명부"],
        ["기준일: 2026. 10. 31."],
        [],
        HEADER,
        [1, " (주)한빛정밀 ", "김영수", B1, "기계·금속", "경기도 화성시 산단로 1", "0313363133", "info@hanbit.kr",
         dt.datetime(2019, 6, 1), 1_234_000_000, 29, "2020.03.02", "CNC 정밀가공, 금형", "제1교류회"],
        [2, "주식회사 대성금형", "이정훈", B2.replace("-", " "), "기계금속", "인천광역시 남동구", 313363134, "", "2019/6/1", "1,500,000,000원", "41명",
         "2021-01-15", "사출금형", "제2교류회"],
        [],
        [3, "㈜세림오토메이션", "박성민", int(digits(B3)), "전기·전자", "경기도 시흥시", "02 555 1234", "",
         "2019.06.01", None, None, None, None, None],
        [4, "잘못된번호", "최다은", B4[:-1] + str((int(B4[-1]) + 1) % 10), "기타", "", "", "메일주소", "2019.13.45"],
        [5, "한빛정밀(주)", "김영수", B1, "기계·금속"],
        [],
        ["합계", None, None, None, None, None, None, None, None, 2_734_000_000, 70],
        ["※ 매출액은 2025년 결산 기준입니다."],
    ]  # fmt: skip
    return make_xlsx(rows, merge=["A1:N1"])


def plan_of(services: Services, path: Path, on_duplicate: str = "skip") -> ImportPlan:
    source = read_roster(path)
    return services.roster_import.plan(source, auto_mapping(source.header.texts), on_duplicate, TODAY)


def by_row(plan: ImportPlan) -> dict[int, Any]:
    return {row.excel_row: row for row in plan.rows}


def member_count(services: Services) -> int:
    return services.members.count(MemberFilter())


# --- header and mapping ------------------------------------------------------------------------
def test_header_is_found_below_title_rows(make_xlsx: Any) -> None:
    source = read_roster(office_roster(make_xlsx))
    assert source.header.row_number == 4
    assert source.sheet == "명부"
    assert source.rows[0][0] == 5


def test_header_variants_map_to_fields() -> None:
    mapping = auto_mapping(HEADER)
    assert [mapping.get(i) for i in range(len(HEADER))] == [
        None, "name", "ceo", "brn", "industry", "address", "phone", "email", "founded_on", "sales",
        "employees", "joined_on", "tags", "groups",
    ]  # fmt: skip
    others = ["회사명", "기업명", "상호", "법인명", "대표", "사업자등록번호", "업종", "주소", "사업장주소", "전화",
              "전화번호", "이메일", "설립일", "매출액", "종업원수", "직원수", "가입일", "전문역량", "핵심역량", "소속그룹"]  # fmt: skip
    keys = [auto_mapping([h]).get(0) for h in others]
    assert keys == ["name", "name", "name", "name", "ceo", "brn", "industry", "address", "address", "phone",
                    "phone", "email", "founded_on", "sales", "employees", "employees", "joined_on", "tags", "tags",
                    "groups"]  # fmt: skip
    assert normalize_header(" 사업자 번호 ") == "사업자번호"
    assert normalize_header("매출액 (원)") == "매출액"


def test_a_field_takes_only_its_first_column() -> None:
    assert auto_mapping(["회사명", "상호", "사업자번호"]) == {0: "name", 2: "brn"}


def test_mapping_must_name_company_and_number(services: Services, make_xlsx: Any) -> None:
    source = read_roster(make_xlsx([["회사명", "사업자번호", "대표자"], ["가", B1, "나"]]))
    with pytest.raises(FieldErrors) as info:
        services.roster_import.plan(source, {0: "name", 2: "ceo"})
    assert "사업자등록번호" in info.value.errors["brn"]
    with pytest.raises(FieldErrors) as info:
        services.roster_import.plan(source, {0: "name", 1: "brn", 2: "name"})
    assert "회사명" in info.value.errors["mapping"]


def test_profiles_are_saved_and_reapplied_to_moved_columns(services: Services) -> None:
    header = ["업체", "비고란", "사업자번호"]
    mapping = {0: "name", 1: "note", 2: "brn"}
    services.roster_profiles.save(profile_from_mapping("○○시청 양식", header, mapping))
    assert services.roster_profiles.names() == ["○○시청 양식"]
    profile = services.roster_profiles.get("○○시청 양식")
    assert isinstance(profile, Profile)
    # Next month the columns moved and one was added.
    assert apply_profile(profile, ["사업자번호", "대표자", "업체", "비고란"]) == {
        0: "brn",
        1: "ceo",
        2: "name",
        3: "note",
    }
    services.roster_profiles.save(profile_from_mapping("○○시청 양식", header, {0: "name", 2: "brn"}))
    # 비고란 is remembered as "do not import", so automatic mapping does not take it back.
    assert services.roster_profiles.get("○○시청 양식").headers == {
        "업체": "name",
        "비고란": "",
        "사업자번호": "brn",
    }  # type: ignore[union-attr]
    with pytest.raises(FieldErrors):
        services.roster_profiles.save(Profile("  ", {}))
    services.roster_profiles.delete("○○시청 양식")
    assert services.roster_profiles.names() == []


# --- preview -----------------------------------------------------------------------------------
def test_preview_normalises_and_classifies_every_row(services: Services, make_xlsx: Any) -> None:
    plan = plan_of(services, office_roster(make_xlsx))
    rows = by_row(plan)
    assert sorted(rows) == [5, 6, 8, 9, 10, 12, 13]  # blank rows 7 and 11 are not listed

    hanbit = rows[5]
    assert hanbit.status == NEW
    assert hanbit.data.name == "(주)한빛정밀"
    assert hanbit.data.phone == "031-336-3133"
    assert hanbit.data.founded_on == dt.date(2019, 6, 1)
    assert hanbit.data.joined_on == dt.date(2020, 3, 2)
    assert hanbit.data.sales == 1_234_000_000 and hanbit.data.employees == 29
    assert hanbit.data.tags == ["CNC 정밀가공", "금형"]
    assert hanbit.group_paths == ["제1교류회"]

    daesung = rows[6]
    assert daesung.status == NEW
    assert daesung.data.brn == B2  # typed with spaces
    assert daesung.data.industry == "기계·금속"  # '기계금속' is the registered '기계·금속'
    assert daesung.data.phone == "031-336-3134"  # a number cell that lost its leading zero
    assert daesung.data.founded_on == dt.date(2019, 6, 1)
    assert daesung.data.joined_on == dt.date(2021, 1, 15)
    assert daesung.data.sales == 1_500_000_000 and daesung.data.employees == 41

    serim = rows[8]
    assert serim.status == NEW and serim.data.brn == B3  # a number cell
    assert serim.data.phone == "02-555-1234"

    bad = rows[9]
    assert bad.status == ERROR
    assert bad.data is None
    lines = plan.error_lines()
    line = next(line for line in lines if line.startswith("행 9:"))
    assert "사업자번호(D열): " in line and "검증번호" in line
    assert "E-mail(H열): " in line
    assert "설립일자(I열): " in line

    twice = rows[10]
    assert twice.status == ERROR
    assert twice.message == "사업자번호(D열): 5행과 사업자등록번호가 같습니다. 한 행만 남겨 주십시오."

    assert rows[12].status == IGNORED and "합계" in rows[12].note
    assert rows[13].status == IGNORED and "안내" in rows[13].note
    assert (plan.count(NEW), plan.count(ERROR), plan.count(IGNORED)) == (3, 2, 2)
    assert plan.new_groups == ["제1교류회", "제2교류회"]
    assert plan.new_industries == []
    assert member_count(services) == 0  # planning writes nothing


def test_similar_names_are_hinted(services: Services, make_xlsx: Any) -> None:
    services.members.create({"name": "(주)한빛정밀", "brn": B1})
    path = make_xlsx([["회사명", "사업자번호"], ["한빛정밀 주식회사", B2], ["㈜ 대성", B3], ["대성(주)", B4]])
    rows = by_row(plan_of(services, path))
    assert rows[2].status == NEW
    assert rows[2].hint == f"이름이 비슷한 기존 회원사: (주)한빛정밀 ({B1})"
    assert rows[3].hint == ""
    assert rows[4].hint == "이름이 비슷한 3행: ㈜ 대성"


def test_existing_members_are_skipped_or_updated_never_duplicated(services: Services, make_xlsx: Any) -> None:
    services.members.create({"name": "(주)한빛정밀", "brn": B1, "phone": "031-111-2222", "ceo": "김영수"})
    services.members.create({"name": "대성금형", "brn": B2, "ceo": "이정훈"})
    path = make_xlsx(
        [
            ["회사명", "사업자번호", "대표자", "전화"],
            ["(주)한빛정밀", B1, "김영수", "031-999-8888"],
            ["대성금형", B2, "이정훈"],
        ]
    )
    rows = by_row(plan_of(services, path))
    assert rows[2].status == SKIP and "전화" in rows[2].note
    assert rows[3].status == UNCHANGED  # the empty 전화 cell keeps nothing to change

    result = services.roster_import.run(
        read_roster(path), auto_mapping(["회사명", "사업자번호", "대표자", "전화"])
    )
    assert (result.created, result.updated, result.skipped, result.rejected) == (0, 0, 2, 0)
    assert result.batch_id is None
    assert services.members.get(services.members.find_by_brn(B1)).data.phone == "031-111-2222"  # type: ignore[arg-type]

    rows = by_row(plan_of(services, path, ON_UPDATE))
    assert rows[2].status == UPDATE and rows[2].note == "변경: 전화 031-111-2222 → 031-999-8888"
    result = services.roster_import.run(
        read_roster(path), auto_mapping(["회사명", "사업자번호", "대표자", "전화"]), ON_UPDATE
    )
    assert (result.created, result.updated, result.skipped) == (0, 1, 1)
    assert services.members.get(services.members.find_by_brn(B1)).data.phone == "031-999-8888"  # type: ignore[arg-type]
    assert member_count(services) == 2


def test_an_update_keeps_fields_the_file_leaves_empty_and_contacts(
    services: Services, make_xlsx: Any
) -> None:
    member_id = services.members.create(
        {
            "name": "한빛",
            "brn": B1,
            "address": "경기도 화성시",
            "contacts": [{"name": "김담당", "phone": "010-1234-5678"}],
        }
    )
    path = make_xlsx([["회사명", "사업자번호", "주소", "대표자"], ["한빛", B1, None, "박대표"]])
    services.roster_import.run(read_roster(path), {0: "name", 1: "brn", 2: "address", 3: "ceo"}, ON_UPDATE)
    data = services.members.get(member_id).data
    assert (data.ceo, data.address) == ("박대표", "경기도 화성시")
    assert [c.name for c in data.contacts] == ["김담당"]


# --- writing -----------------------------------------------------------------------------------
def test_import_writes_good_rows_as_one_batch(services: Services, make_xlsx: Any) -> None:
    path = office_roster(make_xlsx)
    result = services.roster_import.run(
        read_roster(path), auto_mapping(read_roster(path).header.texts), today=TODAY
    )
    assert (result.created, result.updated, result.skipped, result.rejected) == (3, 0, 0, 2)
    assert member_count(services) == 3
    hanbit = services.members.get(services.members.find_by_brn(B1))  # type: ignore[arg-type]
    assert hanbit.data.tags == ["CNC 정밀가공", "금형"]
    groups = services.groups.tree()
    assert sorted(g.name for g in groups) == ["제1교류회", "제2교류회"]
    assert (
        services.members.count(MemberFilter(group_id=next(g.id for g in groups if g.name == "제1교류회")))
        == 1
    )
    assert services.members.count(MemberFilter(text="한빛")) == 1  # the search index knows the new members
    assert services.members.count(MemberFilter(text="cnc 정밀")) == 1
    [batch] = services.roster_batches.batches()
    assert (batch.id, batch.file_name, batch.sheet_name) == (result.batch_id, "roster.xlsx", "명부")
    assert (batch.created, batch.updated, batch.skipped, batch.rejected) == (3, 0, 0, 2)


def test_unknown_industries_and_nested_groups_are_created(services: Services, make_xlsx: Any) -> None:
    path = make_xlsx(
        [["회사명", "사업자번호", "업종", "소속그룹"], ["가", B1, "로봇", "연합회 > 제9교류회; 청년분과"]]
    )
    plan = plan_of(services, path)
    assert plan.new_industries == ["로봇"]
    assert plan.new_groups == ["연합회 > 제9교류회", "청년분과"]
    services.roster_import.run(read_roster(path), auto_mapping(["회사명", "사업자번호", "업종", "소속그룹"]))
    assert "로봇" in services.industries.names()
    assert services.groups.find_by_path("연합회 > 제9교류회") is not None
    detail = services.members.get(services.members.find_by_brn(B1))  # type: ignore[arg-type]
    assert detail.data.industry == "로봇" and len(detail.data.group_ids) == 2


def test_an_ambiguous_group_name_is_an_error(services: Services, make_xlsx: Any) -> None:
    north = services.groups.create("북부")
    south = services.groups.create("남부")
    services.groups.create("제1교류회", "", north)
    services.groups.create("제1교류회", "", south)
    rows = by_row(plan_of(services, make_xlsx([["회사명", "사업자번호", "교류회"], ["가", B1, "제1교류회"]])))
    assert rows[2].status == ERROR
    assert "교류회(C열): '제1교류회' 그룹이 여러 개입니다" in rows[2].message


def test_cancel_leaves_nothing_written(services: Services, make_xlsx: Any) -> None:
    rows: list[list[Any]] = [["회사명", "사업자번호"]] + [[f"회사{n}", make_brn(n)] for n in range(2500)]
    source = read_roster(make_xlsx(rows))
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 2000  # 취소 after the first chunk was written

    with pytest.raises(Cancelled):
        services.roster_import.run(source, {0: "name", 1: "brn"}, progress=progress)
    assert 2000 in seen
    assert member_count(services) == 0
    assert services.roster_batches.batches() == []


def test_a_failure_halfway_leaves_nothing_written(
    services: Services, make_xlsx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.members.create({"name": "기존", "brn": B1})
    source = read_roster(
        make_xlsx([["회사명", "사업자번호", "대표자"], ["새회사", B2, "가"], ["기존", B1, "나"]])
    )

    def broken(*_args: Any) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(services.roster_import.members, "update_many", broken)
    with pytest.raises(RuntimeError):
        services.roster_import.run(source, {0: "name", 1: "brn", 2: "ceo"}, ON_UPDATE)
    assert member_count(services) == 1
    assert services.roster_batches.batches() == []
    with services.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Group)) == 0


# --- undo --------------------------------------------------------------------------------------
def test_undo_removes_created_and_restores_updated_members(services: Services, make_xlsx: Any) -> None:
    kept = services.members.create(
        {"name": "기존회사", "brn": B1, "ceo": "원래대표", "phone": "031-111-2222"}
    )
    industries_before = services.industries.names()
    path = make_xlsx(
        [
            ["회사명", "사업자번호", "대표자", "업종", "교류회"],
            ["기존회사", B1, "새대표", None, None],
            ["신규회사", B2, "가", "로봇", "새교류회"],
        ]
    )
    result = services.roster_import.run(
        read_roster(path), auto_mapping(["회사명", "사업자번호", "대표자", "업종", "교류회"]), ON_UPDATE
    )
    assert (result.created, result.updated) == (1, 1)
    assert services.members.get(kept).data.ceo == "새대표"

    undone = services.roster_batches.undo(result.batch_id)  # type: ignore[arg-type]
    assert (undone.removed, undone.restored) == (1, 1)
    restored = services.members.get(kept).data
    assert (restored.ceo, restored.phone) == ("원래대표", "031-111-2222")
    assert services.members.find_by_brn(B2) is None
    assert services.members.count(MemberFilter(text="신규회사")) == 0  # gone from the search index too
    assert services.industries.names() == industries_before  # '로봇' was added by the import only
    assert services.groups.tree() == []
    [batch] = services.roster_batches.batches()
    assert batch.undone_at is not None
    with pytest.raises(UserError, match="이미 되돌렸습니다"):
        services.roster_batches.undo(batch.id)
    if services.db.is_sqlite:  # the file was backed up before the import and before the undo
        from collabdesk.db.backup import list_backups

        reasons = sorted(b.reason for b in list_backups())
        assert reasons == ["before-import", "before-undo"]
        assert len(list_backups()) == 2


def test_undo_refuses_when_a_member_was_edited_after_the_import(services: Services, make_xlsx: Any) -> None:
    path = make_xlsx([["회사명", "사업자번호"], ["가나", B1], ["다라", B2]])
    result = services.roster_import.run(read_roster(path), {0: "name", 1: "brn"})
    member_id = services.members.find_by_brn(B2)
    detail = services.members.get(member_id)  # type: ignore[arg-type]
    raw = {"name": "다라", "brn": B2, "note": "전화로 확인함"}
    services.members.update(member_id, raw, detail.version)  # type: ignore[arg-type]

    with pytest.raises(UserError, match="수정되거나 삭제된 회원사가 있어 되돌리지 않았습니다: 다라"):
        services.roster_batches.undo(result.batch_id)  # type: ignore[arg-type]
    assert member_count(services) == 2
    assert services.roster_batches.batches()[0].undone_at is None


def test_undo_of_an_unknown_batch(services: Services) -> None:
    with pytest.raises(UserError, match="없습니다"):
        services.roster_batches.undo(99)


def test_batches_are_recorded_in_the_database(services: Services, make_xlsx: Any) -> None:
    services.roster_import.run(
        read_roster(make_xlsx([["회사명", "사업자번호"], ["가나", B1]])), {0: "name", 1: "brn"}
    )
    with services.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 1
        assert s.scalar(select(func.count()).select_from(Member)) == 1
        assert s.scalar(select(func.count()).select_from(Industry)) >= 1


def test_an_update_of_many_members_shares_one_new_tag(services: Services, make_xlsx: Any) -> None:
    services.members.create({"name": "가", "brn": B1, "tags": "용접"})
    services.members.create({"name": "나", "brn": B2})
    path = make_xlsx(
        [["회사명", "사업자번호", "주요제품"], ["가", B1, "레이저 가공, 용접"], ["나", B2, "레이저 가공"]]
    )
    result = services.roster_import.run(read_roster(path), {0: "name", 1: "brn", 2: "tags"}, ON_UPDATE)
    assert result.updated == 2
    for brn in (B1, B2):
        assert "레이저 가공" in services.members.get(services.members.find_by_brn(brn)).data.tags  # type: ignore[arg-type]
    assert services.members.count(MemberFilter(text="레이저")) == 2


def test_export_then_import_keeps_text_that_looks_like_a_formula(services: Services, tmp_path: Path) -> None:
    tricky = {"=SUM(A1:A3)": B1, "+82 수출": B2, "-대시상사": B3, "@멘션": B4}
    for name, brn in tricky.items():
        services.members.create({"name": name, "brn": brn, "note": "=1+1", "tags": "@태그, -부품"})
    path = tmp_path / "명부.xlsx"
    assert services.roster_export.export(path) == 4

    from collabdesk.db.engine import Database
    from collabdesk.db.migrate import prepare_database

    other = Database.open(tmp_path / "other.sqlite3")
    try:
        prepare_database(other)
        target = Services.for_database(other)
        source = read_roster(path)
        result = target.roster_import.run(source, auto_mapping(source.header.texts))
        assert (result.created, result.rejected) == (4, 0)
        for name, brn in tricky.items():
            data = target.members.get(target.members.find_by_brn(brn)).data  # type: ignore[arg-type]
            assert (data.name, data.note, sorted(data.tags)) == (name, "=1+1", ["-부품", "@태그"])
    finally:
        other.dispose()


def test_very_long_texts_are_reported_not_cut(services: Services, make_xlsx: Any) -> None:
    path = make_xlsx([["회사명", "사업자번호", "주소"], ["가" * 250, B1, "나" * 40_000]])
    [row] = plan_of(services, path).rows
    assert row.status == ERROR
    assert "회사명(A열): 200자를 넘을 수 없습니다." in row.reasons
    assert "주소(C열): 300자를 넘을 수 없습니다." in row.reasons


def test_undo_leaves_a_member_that_took_over_a_deleted_members_id(services: Services, make_xlsx: Any) -> None:
    result = services.roster_import.run(
        read_roster(make_xlsx([["회사명", "사업자번호"], ["가사", B1], ["나사", B2]])), {0: "name", 1: "brn"}
    )
    imported = services.members.find_by_brn(B2)
    services.members.delete(imported)  # type: ignore[arg-type]
    by_hand = services.members.create({"name": "다사", "brn": B3})
    if services.db.is_sqlite:
        assert by_hand == imported  # SQLite gives the new member the deleted member's id
    undone = services.roster_batches.undo(result.batch_id)  # type: ignore[arg-type]
    assert undone.removed == 1
    assert services.members.get(by_hand).data.name == "다사"
    assert services.members.count(MemberFilter()) == 1


def test_undoing_a_later_import_lets_the_earlier_one_be_undone(services: Services, make_xlsx: Any) -> None:
    first = services.roster_import.run(
        read_roster(make_xlsx([["회사명", "사업자번호", "대표자"], ["가나상사", B1, "김"]], name="a.xlsx")),
        {0: "name", 1: "brn", 2: "ceo"},
    )
    second = services.roster_import.run(
        read_roster(make_xlsx([["회사명", "사업자번호", "대표자"], ["가나상사", B1, "박"]], name="b.xlsx")),
        {0: "name", 1: "brn", 2: "ceo"},
        ON_UPDATE,
    )
    with pytest.raises(UserError, match="수정되거나 삭제된"):
        services.roster_batches.undo(first.batch_id)  # type: ignore[arg-type]
    services.roster_batches.undo(second.batch_id)  # type: ignore[arg-type]
    assert services.members.get(services.members.find_by_brn(B1)).data.ceo == "김"  # type: ignore[arg-type]
    services.roster_batches.undo(first.batch_id)  # type: ignore[arg-type]
    assert services.members.count(MemberFilter()) == 0


def test_group_names_with_commas_and_lists_of_known_groups(services: Services, make_xlsx: Any) -> None:
    services.groups.create("제1교류회")
    services.groups.create("제2교류회")
    services.groups.create("기계, 금속 분과")
    path = make_xlsx(
        [
            ["회사명", "사업자번호", "교류회"],
            ["가", B1, "기계, 금속 분과"],  # one group whose name holds a comma
            ["나", B2, "제1교류회, 제2교류회"],  # two known groups
            ["다", B3, "새 분과, 제1교류회"],  # a new group and a known one
            [
                "라",
                B4,
                '"새, 분과"; 제2교류회',
            ],  # a new name holding a comma, in quotes as the export writes it
        ]
    )
    rows = by_row(plan_of(services, path))
    assert rows[2].group_paths == ["기계, 금속 분과"]
    assert rows[3].group_paths == ["제1교류회", "제2교류회"]
    assert rows[4].group_paths == ["새 분과", "제1교류회"]
    assert rows[5].group_paths == ["새, 분과", "제2교류회"]


def test_a_group_name_with_a_comma_survives_export_and_import(services: Services, tmp_path: Path) -> None:
    odd = services.groups.create('기계, 금속 "A" 분과')
    services.members.create({"name": "가", "brn": B1, "group_ids": [odd]})
    path = tmp_path / "명부.xlsx"
    services.roster_export.export(path)

    from collabdesk.db.engine import Database
    from collabdesk.db.migrate import prepare_database

    other = Database.open(tmp_path / "other.sqlite3")
    try:
        prepare_database(other)
        target = Services.for_database(other)
        source = read_roster(path)
        target.roster_import.run(source, auto_mapping(source.header.texts))
        assert [g.name for g in target.groups.tree()] == ['기계, 금속 "A" 분과']
    finally:
        other.dispose()


def test_an_exact_industry_name_wins_over_a_similar_one(services: Services, make_xlsx: Any) -> None:
    services.industries.add("기계 금속")
    path = make_xlsx(
        [
            ["회사명", "사업자번호", "업종"],
            ["가", B1, "기계 금속"],
            ["나", B2, "기계·금속"],
            ["다", B3, "기계/금속"],
        ]
    )
    plan = plan_of(services, path)
    rows = by_row(plan)
    assert (rows[2].data.industry, rows[3].data.industry) == ("기계 금속", "기계·금속")
    assert rows[4].data.industry in ("기계 금속", "기계·금속")  # a spelling of a registered one
    assert plan.new_industries == []


def test_a_column_chosen_not_to_import_stays_so_in_the_profile() -> None:
    header = ["상호", "사업자번호", "구분", "비고"]
    profile = profile_from_mapping("양식", header, {0: "name", 1: "brn", 3: "note"})
    assert apply_profile(profile, header) == {0: "name", 1: "brn", 3: "note"}  # 구분 is not 회원구분
    assert auto_mapping(header)[2] == "member_class"


@pytest.mark.parametrize(
    ("title", "cell", "expected"),
    [
        ("매출액(백만원)", 1250, 1_250_000_000),
        ("매출액 (단위: 천원)", "1,250,000", 1_250_000_000),
        ("연매출(억원)", 12.5, 1_250_000_000),
        ("매출액(원)", "1,250,000,000원", 1_250_000_000),
    ],
)
def test_amounts_kept_in_larger_units(
    services: Services, make_xlsx: Any, title: str, cell: Any, expected: int
) -> None:
    [row] = plan_of(services, make_xlsx([["회사명", "사업자번호", title], ["가", B1, cell]])).rows
    assert row.data.sales == expected


def test_numbers_excel_made_of_phones_and_dates(services: Services, make_xlsx: Any) -> None:
    path = make_xlsx(
        [
            ["회사명", "사업자번호", "전화", "팩스", "설립일", "가입일"],
            ["가", B1, 15881234, 25551234, 20190601, 43617],  # 1588-1234, 02-555-1234, YYYYMMDD, a serial
            ["나", B2, None, None, dt.time(10, 0)],
        ]
    )
    rows = by_row(plan_of(services, path))
    data = rows[2].data
    assert (data.phone, data.fax) == ("1588-1234", "02-555-1234")
    assert (data.founded_on, data.joined_on) == (dt.date(2019, 6, 1), dt.date(2019, 6, 1))
    assert rows[3].message == "설립일(E열): 날짜 형식이 올바르지 않습니다: 10:00:00"


def test_more_footer_and_note_rows_are_left_out(services: Services, make_xlsx: Any) -> None:
    path = make_xlsx(
        [
            ["회사명", "사업자번호"],
            ["가", B1],
            ["합계(1개사)"],
            ["작성일: 2026. 11. 24."],
            ["기준일 : 10월 말"],
            ["단위: 원"],
        ]
    )
    rows = by_row(plan_of(services, path))
    assert [rows[n].status for n in (3, 4, 5, 6)] == [IGNORED] * 4


def test_a_number_repeated_after_a_row_with_another_error_is_still_reported(
    services: Services, make_xlsx: Any
) -> None:
    path = make_xlsx(
        [["회사명", "사업자번호", "이메일"], ["가", B1, "잘못된 메일"], ["가", B1, "ok@example.kr"]]
    )
    rows = by_row(plan_of(services, path))
    assert rows[2].status == ERROR and "이메일(C열)" in rows[2].message and rows[2].brn == B1
    assert rows[3].status == ERROR
    assert rows[3].message == "사업자번호(B열): 2행과 사업자등록번호가 같습니다. 한 행만 남겨 주십시오."


def test_withdrawal_without_a_date_points_at_the_status_column(services: Services, make_xlsx: Any) -> None:
    [row] = plan_of(services, make_xlsx([["회사명", "사업자번호", "상태"], ["가", B1, "탈퇴"]])).rows
    assert row.message == "상태(C열): 상태가 탈퇴이면 탈퇴일을 입력해 주십시오."


def test_a_header_without_rows_below_is_refused(make_xlsx: Any) -> None:
    with pytest.raises(UserError, match=r"머리글\(2행\) 아래 자료가 없습니다"):
        read_roster(make_xlsx([["회원 명부"], ["회사명", "사업자번호"]]))


def test_an_update_adds_groups_and_tags_and_takes_none_away(services: Services, make_xlsx: Any) -> None:
    committee = services.groups.create("생산분과")
    member_id = services.members.create({"name": "가", "brn": B1, "tags": "용접", "group_ids": [committee]})
    path = make_xlsx([["회사명", "사업자번호", "교류회", "주요제품"], ["가", B1, "제1교류회", "도장"]])
    [row] = plan_of(services, path, ON_UPDATE).rows
    assert row.note == "변경: 전문역량/주요제품 + 도장, 소속그룹 + 제1교류회"
    services.roster_import.run(read_roster(path), {0: "name", 1: "brn", 2: "groups", 3: "tags"}, ON_UPDATE)
    data = services.members.get(member_id).data
    assert sorted(data.tags) == ["도장", "용접"]
    assert len(data.group_ids) == 2 and committee in data.group_ids


def test_rejected_rows_add_no_industries_or_groups(services: Services, make_xlsx: Any) -> None:
    path = make_xlsx(
        [
            ["회사명", "사업자번호", "업종", "교류회"],
            ["가", B1, "로봇", "제1교류회"],
            ["나", "잘못된 번호", "신사업", "제3교류회"],
        ]
    )
    plan = plan_of(services, path)
    assert (plan.new_industries, plan.new_groups) == (["로봇"], ["제1교류회"])
    services.roster_import.run(read_roster(path), auto_mapping(["회사명", "사업자번호", "업종", "교류회"]))
    assert "신사업" not in services.industries.names()
    assert [g.name for g in services.groups.tree()] == ["제1교류회"]


def test_a_second_header_row_under_merged_cells(services: Services, make_xlsx: Any) -> None:
    path = make_xlsx(
        [
            ["No.", "업체명", "사업자번호", "연락처", None],
            [None, None, None, "TEL", "FAX"],
            [1, "가나", B1, "031-336-3133", "031-336-3134"],
        ],
        merge=["D1:E1", "A1:A2", "B1:B2", "C1:C2"],
    )
    source = read_roster(path)
    assert (source.header.row_number, source.header.texts) == (
        1,
        ["No.", "업체명", "사업자번호", "TEL", "FAX"],
    )
    [row] = services.roster_import.plan(source, auto_mapping(source.header.texts)).rows
    assert (row.excel_row, row.data.phone, row.data.fax) == (3, "031-336-3133", "031-336-3134")


def test_undo_refuses_when_an_added_member_is_used_elsewhere(services: Services, make_xlsx: Any) -> None:
    """A member the import added and someone then made a project's lead is not deleted under it."""
    from collabdesk.validation.project import ProjectData

    path = make_xlsx([["회사명", "사업자번호"], ["가나", B1], ["다라", B2]])
    result = services.roster_import.run(read_roster(path), {0: "name", 1: "brn"})
    lead = services.members.find_by_brn(B2)
    project_id = services.projects.create(ProjectData("스마트 공장", "공동기술개발", lead_member_id=lead))

    with pytest.raises(UserError, match="쓰인 곳이 있어 되돌리지 않았습니다: 다라"):
        services.roster_batches.undo(result.batch_id)  # type: ignore[arg-type]
    assert member_count(services) == 2
    assert services.projects.get(project_id).data.lead_member_id == lead
    assert services.roster_batches.batches()[0].undone_at is None

"""MemberService against a real database: saving, validation, locking, search, filters, sorting."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from collabdesk.errors import FieldErrors, NotFoundError, StaleRecordError
from collabdesk.services.container import Services
from collabdesk.services.member_query import STATUS_FILTERS, MemberFilter
from collabdesk.services.members import EXPORT_COLUMNS, SORT_COLUMNS, MemberRow
from collabdesk.validation.member import FIELD_LABELS, ContactData, MemberData, validate_member

ALL = MemberFilter()


def today() -> dt.date:
    """Read at use time: a module-level date goes stale when a run crosses midnight."""
    return dt.date.today()


def valid_brn(first_nine: str) -> str:
    """사업자등록번호 with its check digit, computed here independently of the code under test."""
    weights = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    digits = [int(c) for c in first_nine]
    total = sum(d * w for d, w in zip(digits, weights, strict=True)) + digits[8] * 5 // 10
    check = (10 - total % 10) % 10
    return f"{first_nine[:3]}-{first_nine[3:5]}-{first_nine[5:]}{check}"


def brn(serial: int) -> str:
    """A distinct valid number for each serial below 10000."""
    return valid_brn(f"{120 + serial % 800:03d}81{serial % 10000:04d}")


def valid_crn(first12: str) -> str:
    total = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def bad_check_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def raw_member(serial: int = 1, **fields: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "name": f"테스트기업{serial}",
        "ceo": "홍길동",
        "brn": brn(serial),
        "industry": "기계·금속",
        "member_class": "정회원",
        "postcode": "18622",
        "address": "경기도 화성시 향남읍 제약공단2길 15",
        "phone": "031-336-3133",
        "email": "info@example.kr",
        "founded_on": dt.date(2001, 5, 1),
        "joined_on": dt.date(2015, 4, 1),
        "sales": 1_000_000_000,
        "employees": 30,
    }
    raw.update(fields)
    return raw


def names(rows: list[MemberRow]) -> list[str]:
    return [r.name for r in rows]


def search(services: Services, text: str, **more: Any) -> set[str]:
    flt = MemberFilter(text=text, **more)
    rows = services.members.page(flt, limit=1000)
    assert services.members.count(flt) == len(rows)
    return set(names(rows))


def industry_id(services: Services, name: str) -> int:
    return next(item.id for item in services.industries.items() if item.name == name)


def class_id(services: Services, name: str) -> int:
    return next(item.id for item in services.member_classes.items() if item.name == name)


# --- create / get / update / withdraw / reactivate / delete ------------------------------------


def test_create_and_get_round_trip(services: Services) -> None:
    group = services.groups.create("경기기계협업그룹", "협업그룹")
    crn = valid_crn("110111000000")
    raw = raw_member(
        1,
        crn=crn,
        ksic_code="c29199",
        tags="CNC 정밀가공, 금형; 사출",
        fax="031-336-3134",
        homepage="www.example.kr",
        note="비고 메모",
        group_ids=[group],
        contacts=[
            {"name": "김나래", "position": "과장", "phone": "01023457812", "email": "nrkim@Example.KR"},
            {"name": "", "position": "", "phone": "", "email": ""},  # an empty row is skipped
            {"name": "이준기", "position": "대리", "phone": "02-123-4567"},
        ],
    )
    member_id = services.members.create(raw)

    detail = services.members.get(member_id)
    assert detail.id == member_id
    assert detail.version >= 1
    data = detail.data
    assert data.name == "테스트기업1"
    assert data.brn == brn(1)
    assert data.crn == f"{crn[:6]}-{crn[6:]}"
    assert data.ksic_code == "C29199"
    assert data.industry == "기계·금속"
    assert data.member_class == "정회원"
    assert data.tags == sorted(["CNC 정밀가공", "금형", "사출"])
    assert data.founded_on == dt.date(2001, 5, 1)
    assert data.joined_on == dt.date(2015, 4, 1)
    assert data.left_on is None
    assert data.status == "활동"
    assert data.sales == 1_000_000_000
    assert data.employees == 30
    assert data.note == "비고 메모"
    assert data.group_ids == [group]
    assert data.contacts == [
        ContactData(name="김나래", position="과장", phone="010-2345-7812", email="nrkim@example.kr"),
        ContactData(name="이준기", position="대리", phone="02-123-4567"),
    ]
    # What comes back is exactly what validation produced (tags in name order).
    expected = validate_member(raw)
    expected.tags = sorted(expected.tags)
    assert data == expected
    assert services.members.find_by_brn(brn(1)) == member_id
    assert services.members.find_by_brn(brn(2)) is None


def test_numbers_are_stored_in_canonical_form(services: Services) -> None:
    member_id = services.members.create(
        raw_member(
            1,
            brn=brn(1).replace("-", ""),
            phone="0313363133",
            fax="031 336 3134",
            email="Info@EXAMPLE.Co.KR",
            contacts=[{"name": "박소희", "phone": "010.5551.2345"}],
        )
    )
    data = services.members.get(member_id).data
    assert data.phone == "031-336-3133"
    assert data.fax == "031-336-3134"
    assert data.brn == brn(1)
    assert data.email == "Info@example.co.kr"
    assert data.contacts[0].phone == "010-5551-2345"
    row = services.members.page(ALL)[0]
    assert row.phone == "031-336-3133"
    assert row.brn == brn(1)


def test_minimal_member_has_empty_defaults(services: Services) -> None:
    member_id = services.members.create({"name": "  최소회사  ", "brn": brn(7)})
    data = services.members.get(member_id).data
    assert data == MemberData(name="최소회사", brn=brn(7))
    row = services.members.page(ALL)[0]
    assert (row.industry, row.member_class, row.tags, row.status) == ("", "", "", "활동")


def test_update_changes_fields_and_version(services: Services) -> None:
    member_id = services.members.create(raw_member(1, tags=["금형"], contacts=[{"name": "김나래"}]))
    before = services.members.get(member_id)
    raw = raw_member(
        1,
        name="새이름정밀",
        industry="전기·전자",
        member_class="준회원",
        tags=["센서", "IoT"],
        phone="02-555-1234",
        contacts=[{"name": "이준기", "phone": "01087651234"}, {"name": "김나래"}],
    )
    services.members.update(member_id, raw, before.version)
    after = services.members.get(member_id)
    assert after.version > before.version
    assert after.data.name == "새이름정밀"
    assert after.data.industry == "전기·전자"
    assert after.data.member_class == "준회원"
    assert after.data.tags == ["IoT", "센서"]
    assert after.data.phone == "02-555-1234"
    assert [c.name for c in after.data.contacts] == ["이준기", "김나래"]
    assert after.data.contacts[0].phone == "010-8765-1234"
    assert services.members.count(ALL) == 1


def test_update_can_clear_optional_fields(services: Services) -> None:
    group = services.groups.create("분과")
    member_id = services.members.create(
        raw_member(1, tags=["금형"], group_ids=[group], contacts=[{"name": "김나래"}])
    )
    detail = services.members.get(member_id)
    services.members.update(member_id, {"name": "테스트기업1", "brn": brn(1)}, detail.version)
    data = services.members.get(member_id).data
    assert data == MemberData(name="테스트기업1", brn=brn(1))
    assert services.groups.tree()[0].member_count == 0


def test_withdraw_and_reactivate(services: Services) -> None:
    member_id = services.members.create(raw_member(1, tags=["금형"], contacts=[{"name": "김나래"}]))
    before = services.members.get(member_id)

    services.members.withdraw(member_id, dt.date(2024, 12, 31))
    left = services.members.get(member_id)
    assert left.data.status == "탈퇴"
    assert left.data.left_on == dt.date(2024, 12, 31)
    assert left.version > before.version
    # Everything else stays as it was.
    assert left.data.tags == before.data.tags
    assert left.data.contacts == before.data.contacts
    assert left.data.name == before.data.name
    assert search(services, "", status="탈퇴") == {"테스트기업1"}
    assert search(services, "", status="재적") == set()

    services.members.reactivate(member_id)
    back = services.members.get(member_id)
    assert back.data.status == "활동"
    assert back.data.left_on is None
    assert back.version > left.version
    assert back.data == before.data


def test_withdraw_date_before_joining_is_refused(services: Services) -> None:
    member_id = services.members.create(raw_member(1, joined_on=dt.date(2015, 4, 1)))
    before = services.members.get(member_id)
    with pytest.raises(FieldErrors) as err:
        services.members.withdraw(member_id, dt.date(2015, 3, 31))
    assert set(err.value.errors) == {"left_on"}
    assert "탈퇴일" in err.value.errors["left_on"]
    assert "가입일" in err.value.errors["left_on"]
    assert services.members.get(member_id) == before


def test_withdraw_in_the_future_is_refused(services: Services) -> None:
    member_id = services.members.create(raw_member(1))
    before = services.members.get(member_id)
    with pytest.raises(FieldErrors) as err:
        services.members.withdraw(member_id, today() + dt.timedelta(days=1))
    assert "탈퇴일" in err.value.errors["left_on"]
    assert "미래" in err.value.errors["left_on"]
    assert services.members.get(member_id) == before


def test_delete_removes_member_memberships_and_search_entries(services: Services) -> None:
    group = services.groups.create("생산분과")
    keep = services.members.create(raw_member(1, group_ids=[group], tags=["금형"]))
    gone = services.members.create(
        raw_member(2, name="삭제될회사", group_ids=[group], tags=["금형"], contacts=[{"name": "박소희"}])
    )
    assert services.groups.tree()[0].member_count == 2

    services.members.delete(gone)

    with pytest.raises(NotFoundError) as err:
        services.members.get(gone)
    assert "회원사" in str(err.value)
    assert services.members.count(ALL) == 1
    assert services.groups.tree()[0].member_count == 1
    assert search(services, "삭제될회사") == set()
    assert search(services, "박소희") == set()
    # The tag shared with the remaining member stays on it.
    assert services.members.get(keep).data.tags == ["금형"]
    assert services.members.find_by_brn(brn(2)) is None
    # The number is free again.
    services.members.create(raw_member(3, brn=brn(2)))


def test_missing_member_raises_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.members.get(999)
    with pytest.raises(NotFoundError):
        services.members.delete(999)
    with pytest.raises(NotFoundError):
        services.members.update(999, raw_member(1), 1)
    with pytest.raises(NotFoundError):
        services.members.withdraw(999, dt.date(2024, 1, 1))
    assert services.members.count(ALL) == 0


# --- validation ------------------------------------------------------------------------------

# Parameters are built at import; a week ahead stays in the future even if the run crosses midnight.
FUTURE = today() + dt.timedelta(days=7)

INVALID_FIELDS = [
    pytest.param({"name": "   "}, "name", "회사명", id="name-missing"),
    pytest.param({"name": "가" * 201}, "name", "회사명", id="name-too-long"),
    pytest.param({"brn": ""}, "brn", "사업자등록번호", id="brn-missing"),
    pytest.param({"brn": bad_check_digit(brn(1))}, "brn", "검증번호", id="brn-check-digit"),
    pytest.param({"brn": "123-45-678"}, "brn", "사업자등록번호", id="brn-length"),
    pytest.param({"crn": "110111-1234567"}, "crn", "법인등록번호", id="crn-check-digit"),
    pytest.param({"phone": "12345"}, "phone", "전화", id="phone"),
    pytest.param({"phone": "010-123-4567"}, "phone", "전화", id="phone-010-short"),
    pytest.param({"fax": "팩스없음"}, "fax", "팩스", id="fax"),
    pytest.param({"postcode": "1234"}, "postcode", "우편번호", id="postcode-short"),
    pytest.param({"postcode": "123-456"}, "postcode", "우편번호", id="postcode-old-format"),
    pytest.param({"email": "info@"}, "email", "이메일", id="email"),
    pytest.param({"email": "info..x@example.kr"}, "email", "이메일", id="email-double-dot"),
    pytest.param({"homepage": "not a url"}, "homepage", "홈페이지", id="homepage"),
    pytest.param({"founded_on": "2020-13-45"}, "founded_on", "설립일", id="founded-bad-date"),
    pytest.param({"joined_on": "어제"}, "joined_on", "가입일", id="joined-bad-date"),
    pytest.param({"founded_on": FUTURE}, "founded_on", "미래", id="founded-future"),
    pytest.param({"joined_on": FUTURE}, "joined_on", "미래", id="joined-future"),
    pytest.param({"status": "탈퇴", "left_on": FUTURE}, "left_on", "미래", id="left-future"),
    pytest.param({"status": "탈퇴", "left_on": None}, "left_on", "탈퇴일", id="left-without-date"),
    pytest.param(
        {"status": "탈퇴", "joined_on": dt.date(2020, 1, 1), "left_on": dt.date(2019, 12, 31)},
        "left_on",
        "가입일",
        id="left-before-joined",
    ),
    pytest.param({"left_on": dt.date(2020, 1, 1)}, "left_on", "탈퇴일", id="left-date-while-active"),
    pytest.param({"status": "정지"}, "status", "상태", id="status"),
    pytest.param({"ksic_code": "29-199"}, "ksic_code", "KSIC", id="ksic"),
    pytest.param({"tags": ["가" * 101]}, "tags", "전문역량", id="tag-too-long"),
    pytest.param({"sales": "-100"}, "sales", "매출액", id="sales-negative"),
    pytest.param({"sales": "많음"}, "sales", "매출액", id="sales-text"),
    pytest.param({"employees": 10_000_001}, "employees", "종업원수", id="employees-too-many"),
    pytest.param(
        {"contacts": [{"name": "", "phone": "010-1234-5678"}]}, "contacts", "담당자", id="contact-no-name"
    ),
    pytest.param(
        {"contacts": [{"name": "김나래", "email": "nrkim@"}]}, "contacts", "김나래", id="contact-bad-email"
    ),
    pytest.param({"industry": "우주항공"}, "industry", "우주항공", id="industry-unknown"),
    pytest.param({"member_class": "명예회원"}, "member_class", "명예회원", id="member-class-unknown"),
]


@pytest.mark.parametrize(("change", "key", "needle"), INVALID_FIELDS)
def test_invalid_field_is_reported_on_create(
    services: Services, change: dict[str, Any], key: str, needle: str
) -> None:
    with pytest.raises(FieldErrors) as err:
        services.members.create(raw_member(1, **change))
    errors = err.value.errors
    assert set(errors) == {key}, errors
    message = errors[key]
    assert FIELD_LABELS[key] in message  # the message names the field, in Korean
    assert needle in message
    assert message in str(err.value)
    assert services.members.count(ALL) == 0
    assert services.members.find_by_brn(brn(1)) is None


@pytest.mark.parametrize(("change", "key", "needle"), INVALID_FIELDS)
def test_invalid_field_on_update_changes_nothing(
    services: Services, change: dict[str, Any], key: str, needle: str
) -> None:
    member_id = services.members.create(raw_member(1, tags=["금형"], contacts=[{"name": "박소희"}]))
    before = services.members.get(member_id)
    raw = raw_member(1, name="바뀐이름")
    raw.update(change)
    with pytest.raises(FieldErrors) as err:
        services.members.update(member_id, raw, before.version)
    assert key in err.value.errors
    assert needle in err.value.errors[key]
    assert services.members.get(member_id) == before
    assert search(services, "바뀐이름") == set()


def test_several_errors_are_reported_together(services: Services) -> None:
    with pytest.raises(FieldErrors) as err:
        services.members.create(
            raw_member(1, name="", brn=bad_check_digit(brn(1)), phone="123", email="x@", postcode="1")
        )
    assert set(err.value.errors) == {"name", "brn", "phone", "email", "postcode"}
    text = str(err.value)
    for label in ("회사명", "사업자등록번호", "전화", "이메일", "우편번호"):
        assert label in text
    assert services.members.count(ALL) == 0


def test_unknown_industry_and_class_are_reported_together(services: Services) -> None:
    with pytest.raises(FieldErrors) as err:
        services.members.create(raw_member(1, industry="우주항공", member_class="명예회원"))
    assert set(err.value.errors) == {"industry", "member_class"}
    assert "업종" in err.value.errors["industry"]
    assert "회원구분" in err.value.errors["member_class"]
    assert services.members.count(ALL) == 0


def test_duplicate_brn_names_the_other_company(services: Services) -> None:
    services.members.create(raw_member(1, name="(주)한빛정밀"))
    # The same number typed without dashes is still the same number.
    with pytest.raises(FieldErrors) as err:
        services.members.create(raw_member(2, name="다른회사", brn=brn(1).replace("-", "")))
    assert set(err.value.errors) == {"brn"}
    message = err.value.errors["brn"]
    assert "사업자등록번호" in message
    assert "(주)한빛정밀" in message
    assert services.members.count(ALL) == 1
    assert search(services, "다른회사") == set()


def test_duplicate_brn_on_update_is_refused(services: Services) -> None:
    services.members.create(raw_member(1, name="대성금형"))
    other = services.members.create(raw_member(2, name="세진기공"))
    before = services.members.get(other)
    with pytest.raises(FieldErrors) as err:
        services.members.update(other, raw_member(2, name="세진기공", brn=brn(1)), before.version)
    assert "대성금형" in err.value.errors["brn"]
    assert services.members.get(other) == before
    # Keeping one's own number is of course allowed.
    services.members.update(other, raw_member(2, name="세진기공(주)"), before.version)
    assert services.members.get(other).data.name == "세진기공(주)"


def test_deleted_group_is_refused(services: Services) -> None:
    kept = services.groups.create("생산분과")
    removed = services.groups.create("폐지된분과")
    services.groups.delete(removed)
    with pytest.raises(FieldErrors) as err:
        services.members.create(raw_member(1, group_ids=[kept, removed]))
    assert set(err.value.errors) == {"groups"}
    assert "소속그룹" in err.value.errors["groups"]
    assert services.members.count(ALL) == 0
    assert services.groups.tree()[0].member_count == 0


def test_deleted_group_on_update_changes_nothing(services: Services) -> None:
    kept = services.groups.create("생산분과")
    removed = services.groups.create("폐지된분과")
    member_id = services.members.create(raw_member(1, group_ids=[kept]))
    before = services.members.get(member_id)
    services.groups.delete(removed)
    with pytest.raises(FieldErrors) as err:
        services.members.update(member_id, raw_member(1, group_ids=[removed]), before.version)
    assert "소속그룹" in err.value.errors["groups"]
    assert services.members.get(member_id) == before


# --- optimistic locking ---------------------------------------------------------------------


def test_update_with_old_version_is_stale_and_keeps_newer_data(services: Services) -> None:
    member_id = services.members.create(raw_member(1))
    seen_by_a = services.members.get(member_id)
    seen_by_b = services.members.get(member_id)

    services.members.update(member_id, raw_member(1, name="B가 고친 이름"), seen_by_b.version)
    with pytest.raises(StaleRecordError) as err:
        services.members.update(member_id, raw_member(1, name="A가 고친 이름"), seen_by_a.version)
    assert "다른 사용자" in str(err.value)

    now = services.members.get(member_id)
    assert now.data.name == "B가 고친 이름"
    assert search(services, "a가") == set()
    assert search(services, "b가") == {"B가 고친 이름"}
    # After reloading, A's change goes through.
    services.members.update(member_id, raw_member(1, name="A가 고친 이름"), now.version)
    assert services.members.get(member_id).data.name == "A가 고친 이름"


def test_update_after_delete_is_not_found(services: Services) -> None:
    member_id = services.members.create(raw_member(1))
    detail = services.members.get(member_id)
    services.members.delete(member_id)
    with pytest.raises(NotFoundError):
        services.members.update(member_id, raw_member(1), detail.version)
    assert services.members.count(ALL) == 0


# --- contacts and tags ----------------------------------------------------------------------


def test_tags_are_shared_and_follow_edits(services: Services) -> None:
    a = services.members.create(raw_member(1, name="가회사", tags="금형, 사출\n프레스"))
    b = services.members.create(raw_member(2, name="나회사", tags=["금형", "금형", " 도금 "]))
    assert services.members.get(a).data.tags == ["금형", "사출", "프레스"]
    assert services.members.get(b).data.tags == ["금형", "도금"]

    detail = services.members.get(a)
    services.members.update(a, raw_member(1, name="가회사", tags=["프레스"]), detail.version)
    assert services.members.get(a).data.tags == ["프레스"]
    assert services.members.get(b).data.tags == ["금형", "도금"]
    rows = {r.name: r.tags for r in services.members.page(ALL)}
    assert rows == {"가회사": "프레스", "나회사": "금형, 도금"}
    assert search(services, "금형") == {"나회사"}


def test_contacts_keep_their_order_and_are_replaced_on_update(services: Services) -> None:
    contacts = [
        {
            "name": "김나래",
            "position": "과장",
            "phone": "010-2345-7812",
            "email": "nr@ex.kr",
            "note": "주 담당",
        },
        {"name": "이준기", "position": "대리"},
        {"name": "박소희", "position": "부장", "phone": "031-123-4567 내선 12"},
    ]
    member_id = services.members.create(raw_member(1, contacts=contacts))
    detail = services.members.get(member_id)
    assert [c.name for c in detail.data.contacts] == ["김나래", "이준기", "박소희"]
    assert detail.data.contacts[0] == ContactData("김나래", "과장", "010-2345-7812", "nr@ex.kr", "주 담당")
    assert detail.data.contacts[2].phone == "031-123-4567 내선 12"

    services.members.update(
        member_id, raw_member(1, contacts=[contacts[2], {"name": "최민호"}]), detail.version
    )
    after = services.members.get(member_id).data.contacts
    assert [c.name for c in after] == ["박소희", "최민호"]
    assert search(services, "김나래") == set()
    assert search(services, "최민호") == {"테스트기업1"}


# --- search ---------------------------------------------------------------------------------


@pytest.fixture
def directory(services: Services) -> Services:
    """Three companies with distinctive text in every searchable field."""
    services.members.create(
        {
            "name": "(주)한빛정밀",
            "ceo": "김영수",
            "brn": "135-81-21348",
            "industry": "기계·금속",
            "tags": ["CNC 정밀가공", "금형"],
            "address": "경기도 화성시 향남읍 제약공단2길 15",
            "phone": "031-336-3133",
            "contacts": [{"name": "박소희", "phone": "010-5551-2345", "email": "shpark@hanbit.example.kr"}],
        }
    )
    services.members.create(
        {
            "name": "대성기계(주)",
            "ceo": "이정훈",
            "brn": brn(2),
            "industry": "기계·금속",
            "tags": ["사출금형", "프레스"],
            "address": "경기도 안산시 단원구 산단로 112",
            "phone": "031-491-7722",
            "contacts": [{"name": "최민호", "phone": "010-8765-1234", "email": "mhchoi@daesung.example.kr"}],
        }
    )
    services.members.create(
        {
            "name": "나래센서",
            "ceo": "정다은",
            "brn": brn(3),
            "industry": "전기·전자",
            "tags": ["압력센서", "IoT 모듈"],
            "address": "서울특별시 금천구 가산디지털1로 168",
            "phone": "02-2108-8190",
            "contacts": [{"name": "윤서연", "phone": "010-3333-4444", "email": "sy.yoon@narae.example.kr"}],
        }
    )
    return services


HANBIT, DAESUNG, NARAE = "(주)한빛정밀", "대성기계(주)", "나래센서"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # 회사명: 1, 2, 3 and more characters
        pytest.param("빛", {HANBIT}, id="name-1-char"),
        pytest.param("밀", {HANBIT}, id="name-1-char-last-of-word"),
        pytest.param("훈", {DAESUNG}, id="ceo-1-char"),
        pytest.param("한빛", {HANBIT}, id="name-2-chars"),
        pytest.param("한빛정", {HANBIT}, id="name-3-chars"),
        pytest.param("한빛정밀", {HANBIT}, id="name-4-chars"),
        pytest.param("(주)한빛", {HANBIT}, id="name-with-parentheses"),
        pytest.param("(주)", {HANBIT, DAESUNG}, id="corporation-mark"),
        pytest.param("센서", {NARAE}, id="name-and-tag"),
        # 대표자
        pytest.param("김영수", {HANBIT}, id="ceo"),
        pytest.param("정훈", {DAESUNG}, id="ceo-2-chars"),
        # 사업자등록번호 with and without dashes, whole and partial
        pytest.param("135-81-21348", {HANBIT}, id="brn-dashes"),
        pytest.param("1358121348", {HANBIT}, id="brn-digits"),
        pytest.param("8121348", {HANBIT}, id="brn-partial-digits"),
        pytest.param(brn(2), {DAESUNG}, id="brn-dashes-2"),
        pytest.param(brn(3).replace("-", ""), {NARAE}, id="brn-digits-3"),
        # 전문역량 tags
        pytest.param("정밀가공", {HANBIT}, id="tag"),
        pytest.param("cnc", {HANBIT}, id="tag-lowercase"),
        pytest.param("CNC", {HANBIT}, id="tag-uppercase"),
        pytest.param("iot", {NARAE}, id="tag-ascii-3"),
        pytest.param("금형", {HANBIT, DAESUNG}, id="tag-2-chars"),
        pytest.param("사출금형", {DAESUNG}, id="tag-4-chars"),
        pytest.param("프레스", {DAESUNG}, id="tag-3-chars"),
        # 주소
        pytest.param("화성시", {HANBIT}, id="address-3-chars"),
        pytest.param("경기도", {HANBIT, DAESUNG}, id="address-province"),
        pytest.param("가산디지털1로", {NARAE}, id="address-road"),
        pytest.param("서울", {NARAE}, id="address-2-chars"),
        # 전화
        pytest.param("031-336-3133", {HANBIT}, id="phone"),
        pytest.param("02-2108", {NARAE}, id="phone-partial"),
        # 담당자 name / phone / email
        pytest.param("박소희", {HANBIT}, id="contact-name"),
        pytest.param("민호", {DAESUNG}, id="contact-name-2-chars"),
        pytest.param("010-3333-4444", {NARAE}, id="contact-phone"),
        pytest.param("8765-1234", {DAESUNG}, id="contact-phone-partial"),
        pytest.param("shpark@hanbit.example.kr", {HANBIT}, id="contact-email"),
        pytest.param("SY.YOON", {NARAE}, id="contact-email-uppercase"),
        pytest.param("daesung", {DAESUNG}, id="contact-email-domain"),
        pytest.param("example", {HANBIT, DAESUNG, NARAE}, id="common-text"),
        # several words: every word must match (AND), short and long words mixed
        pytest.param("경기도 금형", {HANBIT, DAESUNG}, id="two-words"),
        pytest.param("경기도 정밀", {HANBIT}, id="long-and-short"),
        pytest.param("안산 사출", {DAESUNG}, id="two-short-words"),
        pytest.param("경기 화성시 cnc", {HANBIT}, id="three-words"),
        pytest.param("  한빛   김영수  ", {HANBIT}, id="extra-spaces"),
        pytest.param("경기도 센서", set(), id="words-in-different-members"),
        pytest.param("김영수 최민호", set(), id="two-contacts-of-different-members"),
        # nothing and everything
        pytest.param("없는회사", set(), id="no-match-long"),
        pytest.param("굿", set(), id="no-match-1-char"),
        pytest.param("%", set(), id="percent-is-literal"),
        pytest.param("_", set(), id="underscore-is-literal"),
        pytest.param('"', set(), id="double-quote"),
        pytest.param('"한빛"', set(), id="quoted-word-is-literal"),
        pytest.param("", {HANBIT, DAESUNG, NARAE}, id="empty"),
        pytest.param("   ", {HANBIT, DAESUNG, NARAE}, id="blank"),
    ],
)
def test_search(directory: Services, query: str, expected: set[str]) -> None:
    assert search(directory, query) == expected


def test_search_follows_edits(directory: Services) -> None:
    services = directory
    member_id = services.members.find_by_brn("135-81-21348")
    assert member_id is not None
    detail = services.members.get(member_id)
    raw = {
        "name": "새빛테크",
        "ceo": "김영수",
        "brn": "135-81-21348",
        "tags": ["레이저 가공"],
        "address": "충청남도 천안시 서북구",
        "contacts": [{"name": "오승우", "email": "swoh@saebit.example.kr"}],
    }
    services.members.update(member_id, raw, detail.version)

    for gone in ("한빛정밀", "한빛", "빛정", "정밀가공", "cnc", "화성시", "박소희", "shpark", "031-336"):
        assert search(services, gone) == set(), gone
    for found in ("새빛테크", "새빛", "레이저", "천안시", "오승우", "swoh", "saebit", "빛"):
        assert search(services, found) == {"새빛테크"}, found
    # 금형 is now only on the other company.
    assert search(services, "금형") == {DAESUNG}


def test_search_follows_deletes(directory: Services) -> None:
    services = directory
    narae = services.members.find_by_brn(brn(3))
    assert narae is not None
    services.members.delete(narae)
    for gone in ("나래센서", "압력센서", "나래", "압력", "센", "윤서연", "서연"):
        assert search(services, gone) == set(), gone
    # A new member (SQLite may hand out the freed row id again) must not inherit the old text.
    services.members.create({"name": "푸른바다식품", "brn": brn(4), "tags": ["수산가공"]})
    for gone in ("나래센서", "압력센서", "나래", "압력", "센", "윤서연", "서연"):
        assert search(services, gone) == set(), gone
    assert search(services, "푸른바다") == {"푸른바다식품"}
    assert search(services, "바다") == {"푸른바다식품"}
    assert search(services, "푸") == {"푸른바다식품"}
    assert search(services, "example") == {HANBIT, DAESUNG}


def test_search_combines_with_other_filters(directory: Services) -> None:
    services = directory
    metal = industry_id(services, "기계·금속")
    assert search(services, "금형", industry_id=metal) == {HANBIT, DAESUNG}
    assert search(services, "센서", industry_id=metal) == set()
    assert search(services, "example", industry_id=industry_id(services, "전기·전자")) == {NARAE}


def test_bulk_created_members_are_searchable(services: Services) -> None:
    services.members.bulk_create(
        [
            MemberData(name="바른전자", brn=brn(11), tags=["PCB 조립"]),
            MemberData(
                name="고운섬유",
                brn=brn(12),
                contacts=[ContactData(name="한지민", email="jm@goun.example.kr")],
            ),
        ]
    )
    assert search(services, "바른전자") == {"바른전자"}
    assert search(services, "pcb") == {"바른전자"}
    assert search(services, "한지민") == {"고운섬유"}
    assert search(services, "goun") == {"고운섬유"}
    assert search(services, brn(12).replace("-", "")) == {"고운섬유"}


# --- filters --------------------------------------------------------------------------------


@pytest.fixture
def filtered(services: Services) -> dict[str, int]:
    """Members across industries, classes, states and a nested group tree; returns group ids."""
    g = services.groups
    federation = g.create("연합회", "연합회")
    region = g.create("경기지역", "지역", federation)
    cluster = g.create("기계그룹", "협업그룹", region)
    committee = g.create("생산분과", "분과", cluster)
    other_root = g.create("서울연합회", "연합회")
    members = services.members
    members.create(raw_member(1, name="가", industry="기계·금속", group_ids=[committee, cluster]))
    members.create(raw_member(2, name="나", industry="기계·금속", member_class="준회원", group_ids=[region]))
    members.create(raw_member(3, name="다", industry="전기·전자", status="휴면", group_ids=[committee]))
    members.create(
        raw_member(
            4,
            name="라",
            industry="전기·전자",
            member_class="특별회원",
            status="탈퇴",
            left_on=dt.date(2023, 6, 30),
            group_ids=[other_root],
        )
    )
    members.create(raw_member(5, name="마", industry=None, member_class=None))
    return {
        "federation": federation,
        "region": region,
        "cluster": cluster,
        "committee": committee,
        "other_root": other_root,
    }


def test_filter_by_industry(services: Services, filtered: dict[str, int]) -> None:
    assert search(services, "", industry_id=industry_id(services, "기계·금속")) == {"가", "나"}
    assert search(services, "", industry_id=industry_id(services, "전기·전자")) == {"다", "라"}
    assert search(services, "", industry_id=industry_id(services, "섬유·화공")) == set()


def test_filter_by_member_class(services: Services, filtered: dict[str, int]) -> None:
    assert search(services, "", member_class_id=class_id(services, "정회원")) == {"가", "다"}
    assert search(services, "", member_class_id=class_id(services, "준회원")) == {"나"}
    assert search(services, "", member_class_id=class_id(services, "특별회원")) == {"라"}


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ("federation", {"가", "나", "다"}),  # everything below, nested three levels deep
        ("region", {"가", "나", "다"}),
        ("cluster", {"가", "다"}),
        ("committee", {"가", "다"}),
        ("other_root", {"라"}),
    ],
)
def test_filter_by_group_includes_sub_groups(
    services: Services, filtered: dict[str, int], group: str, expected: set[str]
) -> None:
    # 가 belongs to two groups of the subtree and is still counted once.
    assert search(services, "", group_id=filtered[group]) == expected


def test_filter_by_empty_group(services: Services, filtered: dict[str, int]) -> None:
    empty = services.groups.create("빈분과", "분과", filtered["cluster"])
    assert search(services, "", group_id=empty) == set()


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("재적", {"가", "나", "다", "마"}),  # 활동 + 휴면
        ("활동", {"가", "나", "마"}),
        ("휴면", {"다"}),
        ("탈퇴", {"라"}),
        ("전체", {"가", "나", "다", "라", "마"}),
    ],
)
def test_filter_by_status(
    services: Services, filtered: dict[str, int], status: str, expected: set[str]
) -> None:
    assert status in STATUS_FILTERS
    assert search(services, "", status=status) == expected


def test_every_status_filter_is_covered() -> None:
    assert set(STATUS_FILTERS) == {"재적", "활동", "휴면", "탈퇴", "전체"}


def test_filters_combine(services: Services, filtered: dict[str, int]) -> None:
    assert search(
        services,
        "",
        group_id=filtered["federation"],
        status="재적",
        industry_id=industry_id(services, "기계·금속"),
    ) == {"가", "나"}
    assert search(
        services, "", group_id=filtered["federation"], member_class_id=class_id(services, "준회원")
    ) == {"나"}
    assert search(services, "", group_id=filtered["cluster"], status="활동") == {"가"}


# --- sorting and paging ---------------------------------------------------------------------

INDUSTRY_ORDER = ["전기·전자", "기계·금속", "섬유·화공", "기타"]
CLASS_ORDER = ["정회원", "준회원", "특별회원"]

SORT_DATA = [
    # name, ceo, industry, class, status, phone, address, joined, sales, employees
    ("가람", "하영", "기타", "준회원", "휴면", "031-111-2222", "서울 종로구", (2016, 1, 1), 500, 10),
    ("나무", "가은", "전기·전자", "정회원", "활동", "02-555-1234", "경기 화성시", (2015, 4, 1), 900, 50),
    ("다솜", "라희", "기계·금속", "특별회원", "탈퇴", "051-222-3333", "부산 해운대구", (2019, 7, 1), 100, 10),
    ("라온", "나리", "기계·금속", "정회원", "활동", "02-123-4567", "경기 수원시", (2015, 4, 1), 900, 70),
    ("마루", "다인", "섬유·화공", "준회원", "휴면", "031-999-0000", "인천 남동구", (2021, 3, 2), 300, 20),
    ("바다", "마음", "전기·전자", "정회원", "활동", "061-777-8888", "광주 북구", (2018, 11, 5), 700, 20),
    ("사랑", "바른", "기계·금속", "준회원", "활동", "032-444-5555", "경기 부천시", (2016, 1, 1), 300, 40),
]


@pytest.fixture
def sortable(services: Services) -> dict[str, dict[str, Any]]:
    """Members whose every sortable value is set; returns what each sort key sees, by name."""
    seen: dict[str, dict[str, Any]] = {}
    for n, (name, ceo, industry, cls, status, phone, address, joined, sales, staff) in enumerate(SORT_DATA):
        number = brn(100 + (n * 37) % 11)
        left = dt.date(2024, 1, 31) if status == "탈퇴" else None
        services.members.create(
            {
                "name": name,
                "ceo": ceo,
                "brn": number,
                "industry": industry,
                "member_class": cls,
                "status": status,
                "left_on": left,
                "phone": phone,
                "address": address,
                "joined_on": dt.date(*joined),
                "sales": sales,
                "employees": staff,
            }
        )
        seen[name] = {
            "name": name,
            "ceo": ceo,
            "brn": number,
            "industry": INDUSTRY_ORDER.index(industry),
            "member_class": CLASS_ORDER.index(cls),
            "status": status,
            "phone": phone,
            "address": address,
            "joined_on": dt.date(*joined),
            "sales": sales,
            "employees": staff,
        }
    return seen


def expected_order(seen: dict[str, dict[str, Any]], key: str, descending: bool) -> list[str]:
    by_name = sorted(seen)  # ties are broken by 회사명, ascending either way
    return sorted(by_name, key=lambda name: seen[name][key], reverse=descending)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("key", sorted(SORT_COLUMNS))
def test_sort_by_every_column(
    services: Services, sortable: dict[str, dict[str, Any]], key: str, descending: bool
) -> None:
    rows = services.members.page(ALL, sort=key, descending=descending)
    assert names(rows) == expected_order(sortable, key, descending)


def test_sort_keys_cover_the_table_columns() -> None:
    assert set(SORT_COLUMNS) == {
        "name",
        "ceo",
        "brn",
        "industry",
        "member_class",
        "status",
        "phone",
        "address",
        "joined_on",
        "sales",
        "employees",
    }


def test_unknown_sort_key_falls_back_to_name(services: Services, sortable: dict[str, dict[str, Any]]) -> None:
    assert names(services.members.page(ALL, sort="no_such_column")) == sorted(sortable)


def test_sort_data_has_ties_so_the_tie_break_is_tested(sortable: dict[str, dict[str, Any]]) -> None:
    for key in ("industry", "member_class", "status", "joined_on", "sales", "employees"):
        values = [v[key] for v in sortable.values()]
        assert len(set(values)) < len(values), key


@pytest.mark.parametrize(("key", "descending"), [("name", False), ("sales", True), ("industry", False)])
@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_pages_add_up_to_the_whole_list(
    services: Services, sortable: dict[str, dict[str, Any]], key: str, descending: bool, limit: int
) -> None:
    whole = services.members.page(ALL, sort=key, descending=descending, limit=1000)
    total = services.members.count(ALL)
    assert total == len(whole) == len(sortable)
    pages = []
    for offset in range(0, total, limit):
        page = services.members.page(ALL, offset=offset, limit=limit, sort=key, descending=descending)
        assert len(page) == min(limit, total - offset)
        pages.extend(page)
    assert pages == whole
    assert services.members.page(ALL, offset=total, limit=limit, sort=key) == []


def test_paging_a_filtered_list(services: Services, sortable: dict[str, dict[str, Any]]) -> None:
    flt = MemberFilter(status="재적")
    expected = sorted(n for n, v in sortable.items() if v["status"] != "탈퇴")
    assert services.members.count(flt) == len(expected)
    first = services.members.page(flt, offset=0, limit=4)
    second = services.members.page(flt, offset=4, limit=4)
    assert names(first) + names(second) == expected


def test_page_rows_carry_display_values(services: Services) -> None:
    group = services.groups.create("분과")
    services.members.create(
        raw_member(1, name="한빛정밀", tags=["금형", "CNC"], group_ids=[group], status="휴면")
    )
    (row,) = services.members.page(ALL)
    assert row.name == "한빛정밀"
    assert row.ceo == "홍길동"
    assert row.brn == brn(1)
    assert row.industry == "기계·금속"
    assert row.member_class == "정회원"
    assert row.status == "휴면"
    assert row.phone == "031-336-3133"
    assert row.address.startswith("경기도 화성시")
    assert row.tags == "CNC, 금형"
    assert row.joined_on == dt.date(2015, 4, 1)
    assert row.sales == 1_000_000_000
    assert row.employees == 30


# --- export and bulk create -----------------------------------------------------------------


def test_export_records(services: Services) -> None:
    root = services.groups.create("연합회")
    committee = services.groups.create("생산분과", "분과", root)
    other = services.groups.create("마케팅분과", "분과", root)
    services.members.create(
        raw_member(1, name="하늘기계", tags=["프레스", "금형"], group_ids=[committee, other])
    )
    services.members.create(raw_member(2, name="가나상사", industry=None, member_class=None))
    services.members.create(
        raw_member(3, name="마중물", status="탈퇴", left_on=dt.date(2024, 2, 29), note="폐업")
    )

    records = list(services.members.export_records())
    keys = [key for key, _ in EXPORT_COLUMNS]
    assert all(list(record) == keys for record in records)
    assert [r["name"] for r in records] == ["가나상사", "마중물", "하늘기계"]

    by_name = {r["name"]: r for r in records}
    sky = by_name["하늘기계"]
    assert sky["brn"] == brn(1)
    assert sky["industry"] == "기계·금속"
    assert sky["member_class"] == "정회원"
    assert sky["tags"] == "금형, 프레스"
    assert sky["groups"] == "연합회 > 마케팅분과; 연합회 > 생산분과"
    assert sky["joined_on"] == dt.date(2015, 4, 1)
    assert sky["left_on"] is None
    assert sky["sales"] == 1_000_000_000
    assert sky["status"] == "활동"
    assert by_name["가나상사"]["industry"] == ""
    assert by_name["가나상사"]["member_class"] == ""
    assert by_name["가나상사"]["tags"] == ""
    assert by_name["가나상사"]["groups"] == ""
    assert by_name["마중물"]["left_on"] == dt.date(2024, 2, 29)
    assert by_name["마중물"]["note"] == "폐업"

    current = list(services.members.export_records(MemberFilter(status="재적")))
    assert [r["name"] for r in current] == ["가나상사", "하늘기계"]
    assert list(services.members.export_records(MemberFilter(text="없는회사"))) == []


def test_export_many_records_stays_sorted(services: Services) -> None:
    records = [MemberData(name=f"회사{n:04d}", brn=brn(n)) for n in range(1200, 0, -1)]
    services.members.bulk_create(records)
    exported = [r["name"] for r in services.members.export_records()]
    assert exported == sorted(r.name for r in records)


def test_bulk_create_round_trip(services: Services) -> None:
    group = services.groups.create("생산분과")
    records = [
        MemberData(
            name="바른전자",
            brn=brn(21),
            ceo="서준호",
            industry="전기·전자",
            member_class="정회원",
            tags=["PCB 조립", "SMT"],
            phone="031-423-6650",
            founded_on=dt.date(2010, 6, 21),
            joined_on=dt.date(2017, 2, 1),
            sales=8_800_000_000,
            employees=46,
            contacts=[ContactData(name="김나래", position="과장", phone="010-2345-7812")],
            group_ids=[group],
        ),
        MemberData(name="고운섬유", brn=brn(22), industry="섬유·화공", status="휴면"),
    ]
    ids = services.members.bulk_create(records)
    assert len(ids) == 2
    assert services.members.count(ALL) == 2
    for member_id, record in zip(ids, records, strict=True):
        assert services.members.get(member_id).data == record
    assert services.groups.tree()[0].member_count == 1
    # Tags created by bulk_create are reused by later saves.
    services.members.create(raw_member(23, tags=["SMT"]))
    assert search(services, "smt") == {"바른전자", "테스트기업23"}


def test_bulk_create_with_unknown_industry_inserts_nothing(services: Services) -> None:
    records = [
        MemberData(name="정상회사", brn=brn(31)),
        MemberData(name="이상회사", brn=brn(32), industry="우주"),
    ]
    with pytest.raises(FieldErrors) as err:
        services.members.bulk_create(records)
    assert "업종" in err.value.errors["industry"]
    assert services.members.count(ALL) == 0


def test_bulk_create_nothing(services: Services) -> None:
    assert services.members.bulk_create([]) == []
    assert services.members.count(ALL) == 0


def test_a_tag_may_contain_a_middle_dot_and_staff_may_be_written_with_myeong(services: Services) -> None:
    member_id = services.members.create(
        {"name": "(주)설계랩", "brn": "123-45-67800", "tags": "설계·해석, 금형", "employees": "29명"}
    )
    data = services.members.get(member_id).data
    assert sorted(data.tags) == ["금형", "설계·해석"]
    assert data.employees == 29
    with pytest.raises(FieldErrors) as caught:
        services.members.create({"name": "(주)다른", "brn": "135-81-21348", "employees": "스물아홉"})
    assert caught.value.errors["employees"].startswith("종업원수:")
    assert "금액" not in caught.value.errors["employees"]

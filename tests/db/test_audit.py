"""The audit log as stored: what a change writes, in which transaction, by whom, and that the log
refuses to be rewritten — on SQLite and, with COLLABDESK_TEST_PG_URL, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from typing import Any

import pytest
from sqlalchemy import func, select, text, update

from collabdesk.db import audit
from collabdesk.db.engine import Database
from collabdesk.db.models import AuditEntry, Base, Member
from collabdesk.errors import FieldErrors, StorageError
from collabdesk.services.container import Services
from collabdesk.services.sample_data import make_brn
from collabdesk.validation.meeting import ATTENDED
from collabdesk.validation.member import ContactData, validate_member


def entries(db: Database, **where: Any) -> list[Any]:
    """The log's rows (plain rows: they outlive the reading session), oldest first."""
    table = AuditEntry.__table__
    with db.reading() as s:
        stmt = select(*table.c).filter_by(**where).order_by(table.c.id)
        return list(s.execute(stmt))


def changes(entry: Any) -> dict[str, Any]:
    return json.loads(entry.changes)


def count(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def test_every_table_is_audited_or_left_out_on_purpose() -> None:
    audited = {cls.__table__.name for cls in audit.AUDITED}  # type: ignore[attr-defined]
    left_out = {key if isinstance(key, str) else key.__table__.name for key in audit.NOT_AUDITED}
    assert audited.isdisjoint(left_out)
    assert set(Base.metadata.tables) == audited | left_out


def test_member_create_update_delete_write_one_entry_each(services: Services) -> None:
    db = services.db
    member_id = services.members.create(
        {
            "name": "(주)한빛정밀",
            "brn": make_brn(1),
            "ceo": "김영수",
            "industry": "기계·금속",
            "sales": 1_200_000_000,
            "founded_on": dt.date(2001, 3, 4),
            "tags": ["CNC 정밀가공", "금형"],
        }
    )
    [created] = entries(db, table_name="members")
    assert (created.action, created.record_id, created.record_label) == ("create", member_id, "(주)한빛정밀")
    assert (created.parent_table, created.parent_id) == (None, None)
    values = changes(created)
    assert values["ceo"] == "김영수"
    assert values["industry_id"] == "기계·금속"  # the name, not the id
    assert values["founded_on"] == "2001-03-04"
    assert values["sales"] == 1_200_000_000
    assert values["tags"] == ["CNC 정밀가공", "금형"]
    # Search documents, bookkeeping columns and empty fields are left out.
    assert not {"search_doc", "search_grams", "sort_name", "updated_at", "version", "fax", "id"} & set(values)

    detail = services.members.get(member_id)
    raw = {**created_raw(detail.data), "ceo": "이정훈", "tags": ["CNC 정밀가공", "사출"]}
    services.members.update(member_id, raw, detail.version)
    updated = entries(db, table_name="members", action="update")
    assert [changes(e) for e in updated] == [
        {"ceo": ["김영수", "이정훈"], "tags": [["CNC 정밀가공", "금형"], ["CNC 정밀가공", "사출"]]}
    ]

    # A save that changes nothing writes nothing.
    detail = services.members.get(member_id)
    services.members.update(member_id, created_raw(detail.data), detail.version)
    assert len(entries(db, table_name="members")) == 2

    services.members.delete(member_id)
    [deleted] = entries(db, table_name="members", action="delete")
    assert deleted.record_label == "(주)한빛정밀"
    assert changes(deleted)["ceo"] == "이정훈"
    assert changes(deleted)["tags"] == ["CNC 정밀가공", "사출"]


def created_raw(data: Any) -> dict[str, Any]:
    from collabdesk.services.members import member_to_raw

    return member_to_raw(data)


def test_contacts_are_logged_under_their_member(services: Services) -> None:
    db = services.db
    member_id = services.members.create(
        {
            "name": "나래센서",
            "brn": make_brn(2),
            "contacts": [
                {"name": "윤서연", "position": "과장", "phone": "010-3333-4444"},
                {"name": "박철수"},
            ],
        }
    )
    created = entries(db, table_name="contacts")
    assert sorted(e.record_label for e in created) == ["박철수", "윤서연"]
    assert {(e.action, e.parent_table, e.parent_id) for e in created} == {("create", "members", member_id)}

    # The service replaces every contact on a save: only the real change is logged.
    detail = services.members.get(member_id)
    raw = created_raw(detail.data)
    raw["contacts"][0]["phone"] = "010-9999-0000"
    raw["contacts"] = [raw["contacts"][0], {"name": "최다은"}]  # 박철수 leaves, 최다은 arrives
    services.members.update(member_id, raw, detail.version)
    later = entries(db, table_name="contacts")[len(created) :]
    assert sorted((e.action, e.record_label, e.changes) for e in later) == [
        ("create", "최다은", '{"name":"최다은"}'),
        ("delete", "박철수", '{"name":"박철수"}'),
        ("update", "윤서연", '{"phone":["010-3333-4444","010-9999-0000"]}'),
    ]
    assert {(e.parent_table, e.parent_id) for e in later} == {("members", member_id)}
    assert not entries(db, table_name="members", action="update")

    # Deleting the member: one entry stands for its contacts too.
    services.members.delete(member_id)
    assert len(entries(db, table_name="contacts")) == len(created) + 3


def test_a_rolled_back_transaction_leaves_no_audit_rows(services: Services) -> None:
    db = services.db
    services.members.create({"name": "기존회사", "brn": make_brn(1)})
    before = count(db)

    with pytest.raises(RuntimeError), db.transaction():
        services.members.create({"name": "새회사", "brn": make_brn(2), "contacts": [{"name": "홍길동"}]})
        services.groups.create("경기기계협업그룹")
        raise RuntimeError("halfway")
    with pytest.raises(FieldErrors):  # a duplicate 사업자등록번호 fails the whole call
        services.members.create({"name": "중복회사", "brn": make_brn(1)})
    with pytest.raises(StorageError), db.transaction() as s:  # fails at the database
        services.members.create({"name": "또다른회사", "brn": make_brn(3)})
        s.execute(text("INSERT INTO group_members (group_id, member_id) VALUES (999, 999)"))

    assert count(db) == before
    assert services.members.find_by_brn(make_brn(2)) is None


def test_one_transaction_of_several_calls_is_one_net_change(services: Services) -> None:
    db = services.db
    with db.transaction():
        member_id = services.members.create({"name": "가나정밀", "brn": make_brn(1), "ceo": "가"})
        detail = services.members.get(member_id)
        services.members.update(member_id, {**created_raw(detail.data), "ceo": "나"}, detail.version)
        gone = services.members.create({"name": "임시회사", "brn": make_brn(2)})
        services.members.delete(gone)
    [created] = entries(db)
    assert (created.action, created.record_id) == ("create", member_id)
    assert changes(created)["ceo"] == "나"


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET user_name = 'someone'", "DELETE FROM audit_log"])
def test_the_log_is_append_only(services: Services, statement: str) -> None:
    db = services.db
    services.members.create({"name": "한빛정밀", "brn": make_brn(1)})
    before = [(e.id, e.user_name, e.changes) for e in entries(db)]
    assert before

    with pytest.raises(StorageError), db.transaction() as s:
        s.execute(text(statement))
    # Not through the application either: a plain connection is refused the same way.
    with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
        conn.exec_driver_sql(statement)

    assert [(e.id, e.user_name, e.changes) for e in entries(db)] == before
    # Adding stays possible.
    services.groups.create("경기기계협업그룹")
    assert len(entries(db)) == len(before) + 1


def test_a_row_cannot_be_replaced_on_sqlite(services: Services) -> None:
    """INSERT OR REPLACE would delete the old row without the DELETE trigger firing."""
    if not services.db.is_sqlite:
        pytest.skip("INSERT OR REPLACE is SQLite's")
    services.members.create({"name": "한빛정밀", "brn": make_brn(1)})
    [before] = [(e.id, e.user_name, e.changes) for e in entries(services.db)]
    with pytest.raises(Exception, match="append-only"), services.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO audit_log (id, at, user_name, action, table_name, record_id, record_label, "
            f"changes) VALUES ({before[0]}, '2026-01-01', 'someone', 'update', 'members', 1, 'x', '{{}}')"
        )
    assert [(e.id, e.user_name, e.changes) for e in entries(services.db)] == [before]


def test_truncate_is_refused_on_postgresql(services: Services) -> None:
    if services.db.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE")
    services.members.create({"name": "한빛정밀", "brn": make_brn(1)})
    with pytest.raises(Exception, match="append-only"), services.db.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE audit_log")
    assert count(services.db) == 1


def test_the_user_name_is_recorded(services: Services) -> None:
    services.members.create({"name": "한빛정밀", "brn": make_brn(1)})
    [entry] = entries(services.db)
    if services.db.is_sqlite:
        try:
            expected = getpass.getuser()
        except Exception:
            expected = "unknown"
    else:
        with services.db.engine.connect() as conn:
            expected = conn.exec_driver_sql("SELECT current_user").scalar()
    assert entry.user_name == expected
    assert entry.at is not None
    assert abs(entry.at - dt.datetime.now()) < dt.timedelta(minutes=5)


def test_a_bulk_insert_logs_one_entry_per_member_in_the_same_transaction(services: Services) -> None:
    db = services.db
    group = services.groups.create("제1교류회")
    records = [
        validate_member(
            {
                "name": f"벌크기업{n}",
                "brn": make_brn(n),
                "industry": "기계·금속",
                "tags": ["금형", f"태그{n % 3}"],
                "group_ids": [group],
                "employees": n,
            }
        )
        for n in range(1, 51)
    ]
    records[0].contacts = [ContactData(name="담당자일", phone="010-1111-2222")]
    ids = services.members.bulk_create(records)

    created = entries(db, table_name="members")
    assert [e.record_id for e in created] == ids
    assert [e.record_label for e in created] == [r.name for r in records]
    first = changes(created[0])
    assert first["industry_id"] == "기계·금속"
    assert first["tags"] == ["금형", "태그1"]
    assert first["groups"] == ["제1교류회"]
    assert first["employees"] == 1
    [contact] = entries(db, table_name="contacts")
    assert (contact.record_label, contact.parent_table, contact.parent_id) == ("담당자일", "members", ids[0])
    with db.reading() as s:
        assert s.scalar(select(Member.name).where(Member.id == ids[7])) == "벌크기업8"
        actual_contact = s.execute(text("SELECT id, member_id FROM contacts")).one()
    assert (contact.record_id, contact.parent_id) == tuple(actual_contact)

    # A bulk insert that is rolled back leaves no entries either.
    before = count(db)
    more = [validate_member({"name": "롤백기업", "brn": make_brn(90)})]
    with pytest.raises(RuntimeError), db.transaction():
        services.members.bulk_create(more)
        raise RuntimeError("cancelled")
    assert count(db) == before


def test_update_statements_are_logged_with_old_and_new_values(services: Services) -> None:
    db = services.db
    member_id = services.members.create({"name": "한빛정밀", "brn": make_brn(1), "ceo": "김영수"})
    with db.transaction() as s:
        s.execute(update(Member).where(Member.id == member_id).values(ceo="이정훈", phone="031-336-3133"))
    [entry] = entries(db, action="update")
    assert (entry.record_id, entry.record_label) == (member_id, "한빛정밀")
    assert changes(entry) == {"ceo": ["김영수", "이정훈"], "phone": ["", "031-336-3133"]}


def test_a_meetings_roll_is_logged_under_the_meeting_and_deleted_with_it(services: Services) -> None:
    db = services.db
    group = services.groups.create("경기기계협업그룹")
    for n, name in enumerate(["가나정밀", "다라금형", "마바전자"], start=1):
        services.members.create({"name": name, "brn": make_brn(n), "group_ids": [group]})
    data = services.meetings.new_meeting("정기회의", group, dt.datetime(2026, 11, 24, 14), "11월 정기회의")
    for row in data.attendance:
        row.status = ATTENDED
    meeting_id = services.meetings.create(data)
    roll = entries(db, table_name="meeting_attendance")
    assert len(roll) == 3
    assert {(e.parent_table, e.parent_id) for e in roll} == {("meetings", meeting_id)}
    [meeting] = entries(db, table_name="meetings")
    assert meeting.record_label == "2026-11-24 11월 정기회의"

    services.meetings.delete(meeting_id)
    [deleted] = entries(db, table_name="meetings", action="delete")
    assert deleted.record_label == "2026-11-24 11월 정기회의"
    assert not entries(db, table_name="meeting_attendance", action="delete")

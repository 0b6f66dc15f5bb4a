"""Two PCs saving at the same moment on PostgreSQL: the save that loses gets the same answer as a
stale version seen earlier (다른 사용자가 먼저 수정했습니다), or a plain message for a duplicate
value — never the generic storage error."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from collabdesk.db.models import Member
from collabdesk.errors import StaleRecordError, StorageError, UserError
from collabdesk.services.container import Services
from collabdesk.services.sample_data import make_brn


def other_pc(services: Services, sql: str, **params: object) -> None:
    """A statement committed on a separate connection, as another PC would."""
    with services.db.engine.connect() as conn, conn.begin():
        conn.execute(text(sql), params)


def test_a_save_overtaken_at_commit_is_a_stale_record(services: Services) -> None:
    if services.db.is_sqlite:
        pytest.skip("SQLite lets one writer in at a time; the overtaking needs a server")
    member_id = services.members.create({"name": "한빛정밀", "brn": make_brn(1), "ceo": "김"})
    with pytest.raises(StaleRecordError), services.db.transaction() as s:
        member = s.get(Member, member_id)
        assert member is not None and member.version == 1
        other_pc(services, "UPDATE members SET ceo = '이', version = version + 1 WHERE id = :i", i=member_id)
        member.ceo = "박"  # flushed at commit: UPDATE … WHERE version = 1 finds nothing
    assert services.members.get(member_id).data.ceo == "이"


def test_a_duplicate_value_at_the_database_is_said_plainly(services: Services) -> None:
    """What a second PC meets when another saved the same 사업자등록번호 after its own check."""
    services.members.create({"name": "한빛정밀", "brn": make_brn(1)})
    with pytest.raises(UserError, match="방금 저장되었습니다") as raised, services.db.transaction() as s:
        s.add(Member(name="대성금형", brn=make_brn(2), sort_name="대성금형"))
        s.flush()
        s.execute(text("UPDATE members SET brn = :b WHERE name = '대성금형'"), {"b": make_brn(1)})
    assert not isinstance(raised.value, StorageError)


def test_other_integrity_failures_stay_storage_errors(services: Services) -> None:
    with pytest.raises(StorageError), services.db.transaction() as s:
        s.execute(text("INSERT INTO group_members (group_id, member_id) VALUES (999, 999)"))


def test_a_failed_statement_leaves_its_values_out_of_the_log(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    """The log file in the data folder must not hold what a failed statement carried (a mediation
    claim, a member's details)."""
    services.members.create({"name": "한빛정밀", "brn": make_brn(1)})
    secret = "극비청구내용XYZZY"
    with pytest.raises(UserError), services.db.transaction() as s:
        s.execute(
            text("INSERT INTO members (name, brn, sort_name, note, version) VALUES (:n, :b, :n, :note, 1)"),
            {"n": "대성금형", "b": make_brn(1), "note": secret},
        )
    assert "members" in caplog.text  # the failure itself is logged …
    assert secret not in caplog.text  # … without the values

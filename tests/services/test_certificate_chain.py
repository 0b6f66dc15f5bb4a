"""The register's hash chain: intact on the sample register, and the first entry changed, removed or
inserted with plain SQL (past the triggers, as an outside tool would) is named — on SQLite and, with
COLLABDESK_TEST_PG_URL, on PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from collabdesk.db.models import CertificateEntry
from collabdesk.services.certificate_chain import (
    ALTERED,
    GENESIS,
    INSERTED,
    REMOVED,
    check_entries,
    entry_hash,
    number_key,
    register_rows,
    sha256_text,
)
from collabdesk.services.container import Services

TABLE = CertificateEntry.__table__


def entries(services: Services) -> list[dict[str, Any]]:
    with services.db.engine.connect() as conn:
        return [dict(row) for row in register_rows(conn)]


def without_guards(conn: Connection) -> None:
    """What someone with a database tool would do first: take the append-only triggers away."""
    if conn.dialect.name == "sqlite":
        for event in ("update", "delete", "replace"):
            conn.exec_driver_sql(f"DROP TRIGGER certificate_entries_no_{event}")
    else:
        conn.exec_driver_sql("ALTER TABLE certificate_entries DISABLE TRIGGER USER")


def test_the_sample_register_is_intact(sample_services: Services) -> None:
    report = sample_services.certificates.check_chain()
    rows = entries(sample_services)
    assert report.ok and report.protected and report.problem is None
    assert report.count == len(rows) == 9
    assert (report.last_seq, report.last_hash) == (9, rows[-1]["entry_hash"])
    assert rows[0]["prev_hash"] == GENESIS
    assert all(b["prev_hash"] == a["entry_hash"] for a, b in zip(rows, rows[1:], strict=False))
    assert [r["entry_type"] for r in rows].count("revoke") == 1
    assert "9개 항목의 연결이 온전합니다" in report.message


def test_the_triggers_refuse_update_and_delete(sample_services: Services) -> None:
    before = entries(sample_services)
    for statement in (
        "UPDATE certificate_entries SET company = '위조' WHERE seq = 2",
        "DELETE FROM certificate_entries WHERE seq = 2",
    ):
        with pytest.raises(DBAPIError, match="append-only"), sample_services.db.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    if sample_services.db.dialect == "sqlite":
        with pytest.raises(DBAPIError, match="append-only"), sample_services.db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO certificate_entries SELECT * FROM certificate_entries WHERE seq = 2"
            )
    else:
        with pytest.raises(DBAPIError, match="append-only"), sample_services.db.engine.begin() as conn:
            conn.exec_driver_sql("TRUNCATE certificate_entries")
    assert entries(sample_services) == before


def test_a_row_edited_with_plain_sql_is_named(sample_services: Services) -> None:
    certs = sample_services.certificates
    with sample_services.db.engine.begin() as conn:
        without_guards(conn)
        conn.execute(text("UPDATE certificate_entries SET company = '(주)위조상사' WHERE seq = 3"))
    report = certs.check_chain()
    assert not report.ok and not report.protected
    assert (report.bad_seq, report.bad_number, report.problem) == (3, "제 2026-0002 호", ALTERED)
    assert report.message == "발급대장 3번 항목(제 2026-0002 호 발급)이 프로그램 밖에서 바뀌었습니다."
    assert report.count == 3 and report.last_seq == 2
    assert certs.chain_note(report).startswith("발급대장 검사: 이상 있음 — 발급대장 3번 항목")


def test_changed_content_is_named(sample_services: Services) -> None:
    with sample_services.db.engine.begin() as conn:
        without_guards(conn)
        conn.execute(
            text(
                "UPDATE certificate_entries SET content = replace(content, '동아유압', '동아유압공업') WHERE seq = 1"
            )
        )
    report = sample_services.certificates.check_chain()
    assert (report.bad_seq, report.bad_number, report.problem) == (1, "제 2025-0001 호", ALTERED)
    assert "인증서 내용이 바뀌었습니다" in report.message


def test_a_deleted_row_is_named(sample_services: Services) -> None:
    with sample_services.db.engine.begin() as conn:
        without_guards(conn)
        conn.execute(text("DELETE FROM certificate_entries WHERE seq = 7"))
    report = sample_services.certificates.check_chain()
    assert (report.bad_seq, report.bad_number, report.problem) == (7, None, REMOVED)
    assert report.message.startswith("발급대장 7번 항목이 지워졌습니다 (그 다음 항목: 8번")


def test_a_row_rewritten_with_its_hash_recomputed_is_named(sample_services: Services) -> None:
    """Someone who knows the hash and recomputes the changed entry's own: the next entry no longer
    points at it."""
    row = entries(sample_services)[3]  # seq 4
    row["company"] = "(주)위조상사"
    new_hash = entry_hash(row, row["prev_hash"])
    with sample_services.db.engine.begin() as conn:
        without_guards(conn)
        conn.execute(
            text("UPDATE certificate_entries SET company = :c, entry_hash = :h WHERE seq = 4"),
            {"c": row["company"], "h": new_hash},
        )
    report = sample_services.certificates.check_chain()
    assert (report.bad_seq, report.problem) == (4, ALTERED)
    assert "다음 5번 항목이 가리키는 검사값과 다릅니다" in report.message


def test_rows_inserted_outside_the_program_are_named(sample_services: Services) -> None:
    rows = entries(sample_services)
    forged = dict(rows[1], seq=len(rows) + 1, number="제 2026-9999 호", company="(주)위조상사")
    forged["content"], forged["content_hash"] = "", ""
    forged["number_seq"] = 9999
    forged["number_key"] = number_key(forged["number"])
    forged["prev_hash"] = rows[0]["entry_hash"]  # not the newest entry's hash
    forged["entry_hash"] = entry_hash(forged, forged["prev_hash"])
    with sample_services.db.engine.begin() as conn:
        conn.execute(TABLE.insert().values(**forged))
    report = sample_services.certificates.check_chain()
    assert (report.bad_seq, report.bad_number, report.problem) == (10, "제 2026-9999 호", INSERTED)

    # One that is chained correctly but under a seq the program would not give (a gap before it).
    with sample_services.db.engine.begin() as conn:
        without_guards(conn)
        conn.execute(text("DELETE FROM certificate_entries WHERE seq = 10"))
        forged.update(seq=15, prev_hash=rows[-1]["entry_hash"])
        forged["entry_hash"] = entry_hash(forged, forged["prev_hash"])
        conn.execute(TABLE.insert().values(**forged))
    report = sample_services.certificates.check_chain()
    assert (report.bad_seq, report.problem) == (15, INSERTED)
    assert "(10번이어야 합니다)" in report.message


def test_an_empty_register_is_intact() -> None:
    report = check_entries([], protected=True)
    assert report.ok and report.count == 0 and report.last_hash == GENESIS and report.last_seq is None
    assert sha256_text("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

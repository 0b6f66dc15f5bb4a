# ruff: noqa: F811  (the `world` fixture, imported, is each test's parameter)
"""The register's review findings: numbers compared by their key (spaces, dashes), the newest entries
anchored outside the register, unreadable values, a gap named before a changed row, no number taken
for a PDF that cannot be saved, the retry on a unique clash, verify and reprint that check the row
— on SQLite and, with COLLABDESK_TEST_PG_URL, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Connection, select, text
from test_certificates import (
    ISSUED_ON,
    World,
    world,  # noqa: F401  (the fixture)
)

from collabdesk.db import register_anchor
from collabdesk.db.backup import create_backup, finish_restore, restore_backup
from collabdesk.db.migrate import _alembic_config
from collabdesk.db.models import CertificateEntry, Industry
from collabdesk.errors import ConflictError, FieldErrors, NotFoundError, UserError
from collabdesk.services import certificates as certificates_module
from collabdesk.services.certificate_chain import (
    ALTERED,
    REMOVED,
    UNPROTECTED,
    entry_hash,
    guards_in_place,
    number_key,
    register_rows,
)
from collabdesk.services.certificate_templates import KindData, with_particle
from collabdesk.services.certificates import TAMPERED, VALID, PdfNotSaved
from collabdesk.services.container import Services

TABLE = CertificateEntry.__table__


def entries(services: Services) -> list[dict[str, Any]]:
    with services.db.engine.connect() as conn:
        return [dict(row) for row in register_rows(conn)]


def without_guards(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for event in ("update", "delete", "replace"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS certificate_entries_no_{event}")
    else:
        conn.exec_driver_sql("ALTER TABLE certificate_entries DISABLE TRIGGER USER")


def bypassing_guards(conn: Connection) -> None:
    """Past the triggers without removing them: PostgreSQL's replica role skips them for the session
    (a superuser can); SQLite has no such thing, so there they are dropped."""
    if conn.dialect.name == "sqlite":
        without_guards(conn)
    else:
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")


def rehash(conn: Connection, seq: int, **changes: Any) -> None:
    """Change one entry and recompute its own hash, as someone who knows the recipe would."""
    row = dict(conn.execute(select(TABLE).where(TABLE.c.seq == seq)).mappings().one())
    row.update(changes)
    row["entry_hash"] = entry_hash(row, row["prev_hash"])
    conn.execute(
        TABLE.update().where(TABLE.c.seq == seq).values(**{k: row[k] for k in (*changes, "entry_hash")})
    )


def anchors_file() -> dict[str, Any]:
    path = register_anchor.anchors_path()
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


# --- P1-1: one typed number names one certificate ----------------------------------------------------
def test_number_key_unifies_spaces_dashes_and_unicode_form() -> None:
    key = number_key("제 2026-0001 호")
    assert key == "제2026-0001호"
    for typed in ("제2026-0001호", "제 2026–0001 호", "제\u30002026－0001\u3000호", "제 2026—0001 호\u200b"):
        assert number_key(typed) == key
    assert number_key("제 2026-0001 호") != number_key("제 2026-0010 호")


def test_numbers_typed_with_other_spaces_or_dashes_are_found(world: World) -> None:
    certs = world.certs
    issued = certs.issue(world.members["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON, render=False)
    assert issued.number == "제 2026-회원-0001 호"
    for typed in ("제2026-회원-0001호", "제 2026–회원–0001 호", "제\u30002026—회원—0001\u3000호"):
        assert certs.verify(typed, issued.code).outcome == VALID
        assert certs.status(typed).number == issued.number
    with world.services.db.reading() as s:
        assert s.scalar(select(CertificateEntry.number_key)) == "제2026-회원-0001호"


def test_a_kind_whose_numbers_differ_only_in_spaces_or_dashes_is_refused(world: World) -> None:
    kinds = world.certs.kinds
    statement = "위 기업은 {회사명}으로서 행사에 참가하였음을 확인합니다."
    for fmt in ("제{year}-회원-{seq:04d}호", "제 {year}–회원–{seq:04d} 호", "제 {year}-회원-{seq:05d} 호"):
        with pytest.raises(FieldErrors) as err:
            kinds.add(KindData("참가확인서", "참가확인서", statement, number_format=fmt))
        assert "'회원확인서'와 같습니다" in err.value.errors["number_format"]
    kinds.add(KindData("참가확인서", "참가확인서", statement, number_format="제 {year}-참가-{seq:04d} 호"))


def test_find_issue_refuses_a_number_that_names_two_certificates(world: World) -> None:
    """Entries from before migration 0011 may collide on the key (the later got '<key>#<seq>'):
    typed exactly, each is found; typed otherwise, nothing is guessed, nothing revoked."""
    certs = world.certs
    first = certs.issue(world.members["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON, render=False)
    rows = entries(world.services)
    legacy = dict(
        rows[-1], seq=rows[-1]["seq"] + 1, number="제2026-회원-0001호", verification_code="ABCDEFGH"
    )
    legacy["number_seq"], legacy["kind_id"] = 1, world.cooperation
    legacy["number_key"] = "제2026-회원-0001호#2"
    legacy["prev_hash"] = rows[-1]["entry_hash"]
    legacy["entry_hash"] = entry_hash(legacy, legacy["prev_hash"])
    with world.services.db.engine.begin() as conn:
        conn.execute(TABLE.insert().values(**legacy))
    assert certs.verify("제 2026-회원-0001 호", first.code).outcome == VALID
    assert certs.verify("제2026-회원-0001호", "ABCD-EFGH").outcome == VALID
    with pytest.raises(UserError, match="띄어쓰기나 줄표만 다른 번호의 증명서가 2개"):
        certs.verify("제 2026–회원–0001 호", first.code)
    before = world.count()
    with pytest.raises(UserError, match="2개"):
        certs.revoke("제 2026–회원–0001 호", "착오")
    assert world.count() == before
    with pytest.raises(NotFoundError):
        certs.status("제 2026-회원-0002 호")


def test_migration_0011_backfills_keys_past_the_guards_and_keeps_them(world: World) -> None:
    certs, db = world.certs, world.services.db
    certs.issue(world.members["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON, render=False)
    certs.issue(world.members["대성금형(주)"], world.membership, issue_date=ISSUED_ON, render=False)
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(db, conn), "0010")
    with db.engine.begin() as conn:
        # An entry of a kind whose format differed only in spaces, written by the old program.
        rows = [
            dict(r) for r in conn.execute(text("SELECT * FROM certificate_entries ORDER BY seq")).mappings()
        ]
        for row in rows:
            row["created_at"] = dt.datetime.fromisoformat(str(row["created_at"])).replace(microsecond=0)
            row["issue_date"] = dt.date.fromisoformat(str(row["issue_date"]))
        legacy = dict(rows[-1], seq=3, number="제2026-회원-0001호", number_seq=1, kind_id=world.cooperation)
        legacy["prev_hash"] = rows[-1]["entry_hash"]
        legacy["entry_hash"] = entry_hash(legacy, legacy["prev_hash"])
        legacy.pop("number_key", None)
        columns = ", ".join(legacy)
        conn.execute(
            text(
                f"INSERT INTO certificate_entries ({columns}) VALUES ({', '.join(':' + k for k in legacy)})"
            ),
            legacy,
        )
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(db, conn), "head")
    with db.reading() as s:
        keys = dict(s.execute(select(CertificateEntry.seq, CertificateEntry.number_key)).all())
        assert guards_in_place(s.connection())
    assert keys == {1: "제2026-회원-0001호", 2: "제2026-회원-0002호", 3: "제2026-회원-0001호#3"}
    assert certs.check_chain().ok
    # The guards are back: an update is refused.
    with pytest.raises(Exception), db.engine.begin() as conn:  # noqa: B017 - the driver's own error
        conn.execute(text("UPDATE certificate_entries SET company = 'x' WHERE seq = 1"))


# --- P1-2: the newest entries removed --------------------------------------------------------------
def test_removing_the_newest_entries_is_seen_by_either_anchor(sample_services: Services) -> None:
    certs = sample_services.certificates
    report = certs.check_chain()
    assert report.ok and report.last_seq == 9
    identity = register_anchor.database_identity(sample_services.db.url)
    assert anchors_file()[identity] == {"seq": 9, "entry_hash": report.last_hash}
    with sample_services.db.engine.begin() as conn:
        bypassing_guards(conn)
        conn.execute(text("DELETE FROM certificate_entries WHERE seq > 7"))
    report = certs.check_chain()
    assert (report.ok, report.problem, report.bad_seq) == (False, REMOVED, 8)
    assert "마지막 항목(7번 이후)이 지워졌습니다" in report.message
    # Without this PC's record (another PC checks), the audit log's anchor still says so.
    register_anchor.anchors_path().unlink()
    report = certs.check_chain()
    assert not report.ok and "마지막 항목(7번 이후)이 지워졌습니다" in report.message
    assert "변경 이력" in report.message
    assert not register_anchor.anchors_path().exists()  # a failed check does not move the anchor


def test_an_anchor_hash_that_differs_names_that_entry(sample_services: Services) -> None:
    certs = sample_services.certificates
    assert certs.check_chain().ok
    with sample_services.db.engine.begin() as conn:
        without_guards(conn)
        rehash(conn, 9, company="(주)위조상사")
    report = certs.check_chain()
    assert (report.ok, report.bad_seq, report.problem) == (False, 9, ALTERED)


def test_the_guards_taken_away_is_tampering(sample_services: Services) -> None:
    with sample_services.db.engine.begin() as conn:
        without_guards(conn)
    report = sample_services.certificates.check_chain()
    assert not report.ok and not report.protected and report.problem == UNPROTECTED
    assert "온전합니다" not in report.message and "트리거" in report.message


def test_issuing_and_revoking_move_both_anchors(world: World) -> None:
    certs = world.certs
    issued = certs.issue(world.members["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON, render=False)
    identity = register_anchor.database_identity(world.services.db.url)
    assert anchors_file()[identity]["seq"] == 1
    certs.revoke(issued.number, "착오", ISSUED_ON)
    assert anchors_file()[identity]["seq"] == 2
    with world.services.db.reading() as s:
        logged = s.execute(
            text(
                "SELECT record_id, changes FROM audit_log WHERE table_name = 'certificate_entries' ORDER BY id"
            )
        ).all()
    last = entries(world.services)[-1]
    assert [r.record_id for r in logged] == [1, 2]
    assert json.loads(logged[-1].changes) == {"entry_hash": last["entry_hash"]}


def test_restoring_an_older_backup_is_not_tampering(world: World) -> None:
    db = world.services.db
    if db.sqlite_path is None:
        pytest.skip("backups are of SQLite files")
    certs = world.certs
    certs.issue(world.members["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON, render=False)
    backup = create_backup(db, "manual").path
    certs.issue(world.members["대성금형(주)"], world.membership, issue_date=ISSUED_ON, render=False)
    assert certs.check_chain().last_seq == 2
    restore_backup(db, backup)
    finish_restore(db, backup)
    report = certs.check_chain()
    assert report.ok and report.last_seq == 1


# --- P1-3 and P2-4: what the check reads -------------------------------------------------------------
def test_an_unreadable_date_is_named_and_nothing_crashes(sample_services: Services) -> None:
    services = sample_services
    if services.db.dialect != "sqlite":
        pytest.skip("PostgreSQL's date column cannot hold 'garbage'")
    number = entries(services)[2]["number"]
    with services.db.engine.begin() as conn:
        without_guards(conn)
        conn.execute(text("UPDATE certificate_entries SET issue_date = 'garbage' WHERE seq = 3"))
    report = services.certificates.check_chain()
    assert (report.ok, report.bad_seq, report.problem) == (False, 3, ALTERED)
    assert "읽을 수 없는" in report.message
    for call in (
        lambda: services.certificates.register(),
        lambda: services.certificates.verify(number, "XXXX-XXXX"),
        lambda: services.certificates.pages([number]),
    ):
        with pytest.raises(UserError, match="발급대장이 바뀌었습니다"):
            call()


def test_a_first_entry_that_follows_nothing_says_entries_were_removed(sample_services: Services) -> None:
    with sample_services.db.engine.begin() as conn:
        without_guards(conn)
        rehash(conn, 1, prev_hash="f" * 64)
    report = sample_services.certificates.check_chain()
    assert (report.ok, report.bad_seq, report.problem) == (False, 1, REMOVED)
    assert "앞의 항목이 지워졌습니다" in report.message


def test_a_gap_is_named_before_the_changed_row_after_it(sample_services: Services) -> None:
    with sample_services.db.engine.begin() as conn:
        without_guards(conn)
        conn.execute(text("DELETE FROM certificate_entries WHERE seq = 4"))
        conn.execute(text("UPDATE certificate_entries SET company = '(주)위조상사' WHERE seq = 5"))
    report = sample_services.certificates.check_chain()
    assert (report.bad_seq, report.problem) == (4, REMOVED)
    assert "4번 항목이 지워졌습니다" in report.message


# --- P2-5: no number for a PDF that cannot be saved -------------------------------------------------
def test_a_folder_or_read_only_file_as_out_takes_no_number(world: World, tmp_path: Path) -> None:
    member = world.members["(주)한빛정밀"]
    folder = tmp_path / "폴더.pdf"
    folder.mkdir()
    with pytest.raises(UserError, match="폴더입니다"):
        world.certs.issue(member, world.membership, issue_date=ISSUED_ON, out=folder)
    locked = tmp_path / "잠김.pdf"
    locked.write_bytes(b"old")
    locked.chmod(0o444)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("root writes read-only files")
        with pytest.raises(UserError, match="쓸 수 없는 파일"):
            world.certs.issue(member, world.membership, issue_date=ISSUED_ON, out=locked)
    finally:
        locked.chmod(0o644)
    assert world.count() == 0


def test_a_pdf_that_fails_after_the_commit_still_tells_what_was_issued(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(certificates_module.os, "replace", refuse)
    with pytest.raises(PdfNotSaved, match="certificate print") as err:
        world.certs.issue(
            world.members["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON, out=tmp_path / "a.pdf"
        )
    assert [c.number for c in err.value.result.issued] == ["제 2026-회원-0001 호"]
    assert world.count() == 1 and not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*tmp"))


# --- P2-6: a unique clash is retried ----------------------------------------------------------------
def test_a_unique_clash_is_a_conflict_and_the_issue_is_retried(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = world.services.db
    with (
        pytest.raises(ConflictError, match="같은 값을 가진 기록이 방금 저장되었습니다"),
        db.transaction() as s,
    ):
        s.add(Industry(name="기타", sort_order=99))
        s.flush()
    real = certificates_module.CertificateService._record
    calls: list[int] = []

    def clash_once(self: Any, s: Any, *args: Any) -> Any:
        made = real(self, s, *args)
        calls.append(1)
        if len(calls) == 1:  # another PC saved the same unique value meanwhile
            s.add(Industry(name="기타", sort_order=99))
            s.flush()
        return made

    monkeypatch.setattr(certificates_module.CertificateService, "_record", clash_once)
    issued = world.certs.issue(
        world.members["(주)한빛정밀"], world.membership, issue_date=ISSUED_ON, render=False
    )
    assert len(calls) == 2 and issued.number == "제 2026-회원-0001 호" and world.count() == 1


# --- P2-9: verify and reprint check the row ----------------------------------------------------------
def test_verify_and_reprint_refuse_a_changed_row(world: World) -> None:
    certs = world.certs
    member = world.members["(주)한빛정밀"]
    one = certs.issue(member, world.membership, issue_date=ISSUED_ON, render=False)
    two = certs.issue(member, world.membership, issue_date=ISSUED_ON, render=False)
    certs.revoke(two.number, "착오", ISSUED_ON)
    with world.services.db.engine.begin() as conn:
        without_guards(conn)
        conn.execute(text("UPDATE certificate_entries SET company = '(주)위조상사' WHERE seq = 1"))
        conn.execute(text("UPDATE certificate_entries SET reason = '다른 사유' WHERE seq = 3"))
    for issued in (one, two):
        result = certs.verify(issued.number, issued.code)
        assert result.outcome == TAMPERED and result.certificate is None
        assert "발급대장이 바뀌었습니다 — 대장 검사를 하십시오" in result.message
        with pytest.raises(UserError, match="다시 인쇄하지 않습니다"):
            certs.pages([issued.number])


# --- P3: particles ---------------------------------------------------------------------------------
def test_particles_fit_the_number() -> None:
    assert with_particle("제 2026-0006 호", "은") == "제 2026-0006 호는"
    assert with_particle("제 2026-0006 호", "으로") == "제 2026-0006 호로"
    assert with_particle("'회원확인서'", "과") == "'회원확인서'와"
    assert with_particle("제 2026-0006 號", "을") == "제 2026-0006 號을(를)"

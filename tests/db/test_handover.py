"""The handover package: a zip made on the old PC and placed on the new one, checked file by file."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from collabdesk.db.backup import BEFORE_HANDOVER, create_backup, list_backups, record_counts
from collabdesk.db.engine import Database
from collabdesk.db.handover import (
    DATABASE_ENTRY,
    MANIFEST,
    default_extra_files,
    export_handover,
    import_handover,
    read_manifest,
)
from collabdesk.db.migrate import HEAD_REVISION, prepare_database
from collabdesk.errors import UserError
from collabdesk.services.sample_data import fill_sample_data

HANGUL = re.compile(r"[가-힣]")
SEAL = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
LOGO = b"\x89PNG\r\n\x1a\nlogo" * 100


@pytest.fixture
def old_pc(db_path: Path, data_dir: Path) -> Iterator[Database]:
    """The old PC: the sample database, a seal image and an asset in its data folder."""
    db = Database.open(db_path)
    prepare_database(db)
    fill_sample_data(db)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "seal.png").write_bytes(SEAL)
    (data_dir / "assets" / "logos").mkdir(parents=True)
    (data_dir / "assets" / "logos" / "로고.png").write_bytes(LOGO)
    yield db
    db.dispose()


@pytest.fixture
def new_pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Call it to move to the new PC (its own, empty data folder); returns that folder."""

    def move() -> Path:
        folder = tmp_path / "new-pc"
        monkeypatch.setenv("COLLABDESK_DATA_DIR", str(folder))
        return folder

    return move


def rewrite_zip(
    source: Path, target: Path, change: dict[str, bytes | None], add: dict[str, bytes] | None = None
) -> None:
    """Copy a zip, replacing (bytes) or dropping (None) some entries and adding others."""
    add = add or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    new.writestr(info.filename, change[info.filename])
            else:
                new.writestr(info, old.read(info))
        for name, data in add.items():
            new.writestr(zipfile.ZipInfo(name), data)


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")} if folder.exists() else set()


def test_round_trip_to_a_new_pc(old_pc: Database, data_dir: Path, tmp_path: Path, new_pc: Any) -> None:
    zip_path = tmp_path / "인수인계.zip"
    extra = [data_dir / "seal.png", data_dir / "assets" / "logos" / "로고.png"]
    manifest = export_handover(old_pc, zip_path, extra)

    assert manifest.schema_revision == HEAD_REVISION
    assert [f.name for f in manifest.files] == [
        DATABASE_ENTRY,
        "files/seal.png",
        "files/assets/logos/로고.png",
    ]
    assert manifest.files[1].sha256 == hashlib.sha256(SEAL).hexdigest()
    assert manifest.files[1].size == len(SEAL)
    with zipfile.ZipFile(zip_path) as archive:
        stored = json.loads(archive.read(MANIFEST))
        assert stored["app_version"] and stored["created"]
        assert sorted(archive.namelist()) == sorted([MANIFEST, *(f.name for f in manifest.files)])
    assert not list(tmp_path.glob(".*.part"))

    new = new_pc()
    target = new / "collabdesk.sqlite3"
    placed = import_handover(zip_path, target)
    assert placed == manifest
    assert (new / "seal.png").read_bytes() == SEAL
    assert (new / "assets" / "logos" / "로고.png").read_bytes() == LOGO
    db = Database.open(target, must_exist=True)
    try:
        assert prepare_database(db) is None  # already at the newest schema
        assert record_counts(db) == record_counts(old_pc)
    finally:
        db.dispose()
    assert list_backups() == []  # nothing was there to back up
    assert not [p for p in files_under(new) if ".part" in p or "handover" in p]


def test_default_files_are_the_seal_and_assets(old_pc: Database, data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "notes.txt").write_text("아님", encoding="utf-8")
    assert default_extra_files() == [data_dir / "seal.png", data_dir / "assets" / "logos" / "로고.png"]
    manifest = export_handover(old_pc, tmp_path / "h.zip")
    assert [f.name for f in manifest.files][1:] == ["files/seal.png", "files/assets/logos/로고.png"]


def test_a_changed_file_is_refused_by_name_and_nothing_is_written(
    old_pc: Database, tmp_path: Path, new_pc: Any
) -> None:
    good = tmp_path / "good.zip"
    export_handover(old_pc, good)
    tampered = tmp_path / "tampered.zip"
    rewrite_zip(good, tampered, {"files/seal.png": SEAL[:-1] + b"\x00"})  # same size, other bytes

    new = new_pc()
    target = new / "collabdesk.sqlite3"
    with pytest.raises(UserError) as raised:
        import_handover(tampered, target)
    message = str(raised.value)
    assert "files/seal.png" in message and "SHA-256" in message and "아무것도 바꾸지 않았습니다" in message
    assert files_under(new) == set()  # no database, no seal, no backup folder

    shorter = tmp_path / "shorter.zip"
    rewrite_zip(good, shorter, {DATABASE_ENTRY: b"SQLite format 3\x00"})
    with pytest.raises(UserError, match=re.escape(DATABASE_ENTRY)):
        import_handover(shorter, target)
    missing = tmp_path / "missing.zip"
    rewrite_zip(good, missing, {"files/seal.png": None})
    with pytest.raises(UserError, match="files/seal.png"):
        import_handover(missing, target)
    assert files_under(new) == set()


def test_a_corrupt_zip_is_refused(old_pc: Database, tmp_path: Path, new_pc: Any) -> None:
    good = tmp_path / "good.zip"
    export_handover(old_pc, good)
    data = bytearray(good.read_bytes())
    # Damage the compressed database in the middle of the archive (not the directory at the end).
    middle = len(data) // 3
    data[middle : middle + 64] = b"\x00" * 64
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bytes(data))
    new = new_pc()
    with pytest.raises(UserError) as raised:
        import_handover(broken, new / "collabdesk.sqlite3")
    assert DATABASE_ENTRY in str(raised.value)

    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[:1000])
    with pytest.raises(UserError, match="zip 파일이 아니거나 손상"):
        import_handover(truncated, new / "collabdesk.sqlite3")
    with pytest.raises(UserError, match="manifest"):
        bare = tmp_path / "bare.zip"
        with zipfile.ZipFile(bare, "w") as archive:
            archive.writestr("database/collabdesk.sqlite3", b"")
        read_manifest(bare)
    assert files_under(new) == set()


@pytest.mark.parametrize(
    "evil",
    [
        "files/../../evil.txt",
        "../evil.txt",
        "/tmp/evil.txt",
        "files/..\\..\\evil.txt",
        "C:/evil.txt",
        "files/a/C:/Windows/evil.dll",  # a drive further down the path (Windows joins it as C:Windows…)
        "files/C:evil.png",
        "files/assets/con.txt",  # a Windows device name
        "files/assets/evil. ",
        "files/collabdesk.sqlite3",  # not a seal or an asset: would replace the data folder's database
        "files/settings.json",
        "files/backups/collabdesk-20261129-000000-manual.sqlite3",
    ],
)
def test_zip_slip_is_refused(old_pc: Database, tmp_path: Path, new_pc: Any, evil: str) -> None:
    good = tmp_path / "good.zip"
    manifest = export_handover(old_pc, good)
    payload = b"overwritten"
    entries = [
        {"name": f.name, "sha256": f.sha256, "size": f.size} for f in manifest.files
    ]  # listed with a correct checksum, so only the path can stop it
    entries.append({"name": evil, "sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)})
    text = json.dumps({**json.loads(manifest.to_json()), "files": entries})
    evil_zip = tmp_path / "evil.zip"
    rewrite_zip(good, evil_zip, {MANIFEST: text.encode()}, add={evil: payload})

    new = new_pc()
    with pytest.raises(UserError) as raised:
        import_handover(evil_zip, new / "collabdesk.sqlite3")
    assert "허용되지 않는 경로" in str(raised.value) and HANGUL.search(str(raised.value))
    assert files_under(new) == set()
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_an_existing_database_is_backed_up_before_it_is_replaced(
    old_pc: Database, tmp_path: Path, new_pc: Any
) -> None:
    zip_path = tmp_path / "h.zip"
    export_handover(old_pc, zip_path)
    new = new_pc()
    target = new / "collabdesk.sqlite3"
    existing = Database.open(target)
    prepare_database(existing)  # the new PC was started once: an empty database
    existing.dispose()

    import_handover(zip_path, target)
    backups = list_backups()
    assert [b.reason for b in backups] == [BEFORE_HANDOVER]
    assert record_counts(backups[0].path) == {
        "members": 0,
        "meetings": 0,
        "projects": 0,
        "cases": 0,
        "certificates": 0,
    }
    assert record_counts(target)["members"] == 12


def test_a_database_from_a_newer_version_is_refused(old_pc: Database, tmp_path: Path, new_pc: Any) -> None:
    newer = create_backup(old_pc, "manual", tmp_path / "b").path
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    good = tmp_path / "good.zip"
    manifest = export_handover(old_pc, good)
    data = newer.read_bytes()
    entries = [
        {"name": f.name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        if f.name == DATABASE_ENTRY
        else {"name": f.name, "sha256": f.sha256, "size": f.size}
        for f in manifest.files
    ]
    text = json.dumps({**json.loads(manifest.to_json()), "files": entries})
    from_future = tmp_path / "future.zip"
    rewrite_zip(good, from_future, {MANIFEST: text.encode(), DATABASE_ENTRY: data})

    new = new_pc()
    with pytest.raises(UserError, match="더 새로운 버전"):
        import_handover(from_future, new / "collabdesk.sqlite3")
    assert files_under(new) == set()


def test_export_from_postgresql_says_why_not(tmp_path: Path) -> None:
    db = Database("postgresql+psycopg://collabdesk@127.0.0.1:1/never_connected")
    try:
        with pytest.raises(UserError, match="pg_dump"):
            export_handover(db, tmp_path / "h.zip", [])
    finally:
        db.dispose()
    assert not (tmp_path / "h.zip").exists()

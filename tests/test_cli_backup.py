"""`collabdesk backup …` and `collabdesk handover …` on real SQLite files."""

from __future__ import annotations

import io
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from collabdesk.cli import main
from collabdesk.db.backup import backup_folder, list_backups, record_counts

pytestmark = pytest.mark.usefixtures("fresh_logging")

HANGUL = re.compile(r"[가-힣]")
BACKUP_NAME = re.compile(
    r"collabdesk-\d{8}-\d{6}-(manual|before-restore|before-import|before-handover)(-\d+)?\.sqlite3"
)


def one_korean_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert HANGUL.search(lines[0]) and "Traceback" not in text
    return lines[0]


def members_in(path: Path) -> int:
    return record_counts(path)["members"]


def delete_members(path: Path, keep: int) -> None:
    """Another program (or a mistake) removes members: the change a restore should undo."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM members WHERE id > ?", (keep,))
    conn.close()


def answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_create_and_list(
    sample_db: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(sample_db), "backup", "create"]) == 0
    out = capsys.readouterr().out
    # Not the default database: its backups have their own subfolder of the backup folder.
    own_folder = backup_folder(database=sample_db)
    assert own_folder.parent == data_dir / "backups" and own_folder.name.startswith("sample-")
    assert "백업을 만들고 검사했습니다" in out and str(own_folder) in out

    assert main(["--db", str(sample_db), "backup", "create", "--to", str(tmp_path / "usb")]) == 0
    capsys.readouterr()
    assert len(list_backups(tmp_path / "usb")) == 1

    assert main(["backup", "list"]) == 0  # the default database has none
    assert "직접 만듦" not in capsys.readouterr().out
    assert main(["--db", str(sample_db), "backup", "list"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split() == ["만든", "때", "종류", "크기", "파일"]
    assert len(lines) == 3 and "직접 만듦" in lines[2] and BACKUP_NAME.search(lines[2])
    assert str(own_folder) in captured.err


def test_create_for_a_missing_database_creates_nothing(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite3"
    assert main(["--db", str(missing), "backup", "create"]) == 2
    one_korean_line(capsys.readouterr().err)
    assert not missing.exists()
    assert list_backups(database=missing) == []


def test_restore_asks_with_the_counts_and_no_changes_nothing(
    sample_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(sample_db), "backup", "create"]) == 0
    capsys.readouterr()
    saved = list_backups(database=sample_db)[0].path
    delete_members(sample_db, keep=9)

    answer(monkeypatch, "n\n")
    assert main(["--db", str(sample_db), "backup", "restore", str(saved)]) == 2
    captured = capsys.readouterr()
    rows = {line.split()[0]: line.split()[1:] for line in captured.out.splitlines() if line.strip()}
    assert rows["회원사"] == ["9", "12"]
    assert rows["회의"] == ["13", "13"]
    assert rows["협업"] == ["과제", "3", "3"]
    assert "[y/N]" in captured.out
    assert "하지 않았습니다. 아무것도 바꾸지 않았습니다" in one_korean_line(captured.err)
    assert members_in(sample_db) == 9
    assert [b.path for b in list_backups(database=sample_db)] == [saved]

    answer(monkeypatch, "")  # end of input: no
    assert main(["--db", str(sample_db), "backup", "restore", str(saved)]) == 2
    capsys.readouterr()

    answer(monkeypatch, "y\n")
    assert main(["--db", str(sample_db), "backup", "restore", saved.name]) == 0  # a bare name from the list
    out = capsys.readouterr().out
    assert "백업으로 복원했습니다" in out and "복원 전 데이터베이스를 백업했습니다" in out
    assert members_in(sample_db) == 12
    before = [b for b in list_backups(database=sample_db) if b.reason == "before-restore"]
    assert len(before) == 1 and members_in(before[0].path) == 9


def test_restore_yes_does_not_ask(
    sample_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(sample_db), "backup", "create"]) == 0
    saved = list_backups(database=sample_db)[0].path
    delete_members(sample_db, keep=3)
    answer(monkeypatch, "")  # would say no if it asked
    capsys.readouterr()
    assert main(["--db", str(sample_db), "backup", "restore", str(saved), "--yes"]) == 0
    assert "[y/N]" not in capsys.readouterr().out
    assert members_in(sample_db) == 12


def test_restore_of_a_newer_or_foreign_file_is_refused(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(sample_db), "backup", "create", "--to", str(tmp_path / "b")]) == 0
    capsys.readouterr()
    newer = list_backups(tmp_path / "b")[0].path
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert main(["--db", str(sample_db), "backup", "restore", str(newer), "--yes"]) == 2
    assert "더 새로운 버전" in one_korean_line(capsys.readouterr().err)

    text = tmp_path / "memo.txt"
    text.write_text("메모", encoding="utf-8")
    assert main(["--db", str(sample_db), "backup", "restore", str(text), "--yes"]) == 2
    one_korean_line(capsys.readouterr().err)
    assert main(["--db", str(sample_db), "backup", "restore", str(tmp_path / "none.sqlite3"), "--yes"]) == 2
    assert "없습니다" in one_korean_line(capsys.readouterr().err)
    assert list_backups(database=sample_db) == []  # refused before the current database was backed up


def test_a_damaged_database_is_restored_from_the_command_line(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(sample_db), "backup", "create"]) == 0
    saved = list_backups(database=sample_db)[0].path
    data = bytearray(sample_db.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\xff" * 8192
    sample_db.write_bytes(bytes(data))
    capsys.readouterr()

    assert main(["--db", str(sample_db), "backup", "create"]) == 2
    assert "손상" in one_korean_line(capsys.readouterr().err)

    assert main(["--db", str(sample_db), "backup", "restore", str(saved), "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(sample_db), "members", "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2 + 12


def test_postgresql_gets_the_server_administrator_message(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://collabdesk@127.0.0.1:1/never_connected"
    for args in (
        ["backup", "create"],
        ["backup", "list"],  # not this PC's SQLite backups, as if they were the server's
        ["handover", "export", "h.zip"],
        ["backup", "restore", "x", "--yes"],
    ):
        assert main(["--db", url, *args]) == 2
        line = one_korean_line(capsys.readouterr().err)
        assert "pg_dump" in line and "서버 관리자" in line
    assert main(["--db", url, "handover", "import", "h.zip"]) == 2
    one_korean_line(capsys.readouterr().err)


def test_handover_export_and_import(
    sample_db: Path,
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (data_dir / "seal.png").write_bytes(b"\x89PNG seal")
    zip_path = tmp_path / "옮기기.zip"
    assert main(["--db", str(sample_db), "handover", "export", str(zip_path)]) == 0
    assert "인수인계 파일을 저장했습니다" in capsys.readouterr().out
    assert zip_path.is_file()

    new_pc = tmp_path / "new-pc"
    monkeypatch.setenv("COLLABDESK_DATA_DIR", str(new_pc))
    target = tmp_path / "새 PC" / "회원.sqlite3"
    assert main(["handover", "import", str(zip_path), "--db", str(target)]) == 0
    assert "인수인계 파일을 가져왔습니다" in capsys.readouterr().out
    assert members_in(target) == 12
    assert (new_pc / "seal.png").read_bytes() == b"\x89PNG seal"

    # Without --db: the default database of the new PC; a second import backs the first one up.
    assert main(["handover", "import", str(zip_path)]) == 0
    capsys.readouterr()
    # A database that holds data is replaced only when the user says so.
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["handover", "import", str(zip_path)]) == 2
    out, err = capsys.readouterr()
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert rows["회원사"] == ["12", "12"]  # now, and in the package (its manifest counts)
    assert "아무것도 바꾸지 않았습니다" in err
    assert list_backups() == []
    assert main(["handover", "import", str(zip_path), "--yes"]) == 0
    capsys.readouterr()
    assert members_in(new_pc / "collabdesk.sqlite3") == 12
    assert [b.reason for b in list_backups()] == ["before-handover"]

    broken = tmp_path / "broken.zip"
    broken.write_bytes(zip_path.read_bytes()[:-200])
    assert main(["handover", "import", str(broken)]) == 2
    assert "아무것도 바꾸지 않았습니다" in one_korean_line(capsys.readouterr().err)


def test_restore_prompt_in_a_real_process(sample_db: Path, data_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "COLLABDESK_DB"}
    env.update(COLLABDESK_DATA_DIR=str(data_dir), PYTHONIOENCODING="utf-8")

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "collabdesk", "--db", str(sample_db), *args],
            input=stdin,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )

    made = run("backup", "create")
    assert made.returncode == 0, made.stderr
    saved = list_backups(database=sample_db)[0].path
    delete_members(sample_db, keep=5)
    refused = run("backup", "restore", str(saved), stdin="아니요\n")
    assert refused.returncode == 2 and members_in(sample_db) == 5
    agreed = run("backup", "restore", str(saved), stdin="y\n")
    assert agreed.returncode == 0, agreed.stderr
    assert members_in(sample_db) == 12
    listed = run("backup", "list")
    assert "복원 전" in listed.stdout and "직접 만듦" in listed.stdout

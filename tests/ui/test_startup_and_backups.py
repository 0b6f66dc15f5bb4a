"""Opening the database from the window: a second CollabDesk on the same file, a damaged file with
a good backup to fall back on, and the 백업과 복원 dialog, all on real SQLite files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from collabdesk.db import backup, instance_lock
from collabdesk.services.container import open_services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.sample_data import fill_sample_data
from collabdesk.ui import backup_dialog, startup
from collabdesk.ui.backup_dialog import BackupDialog
from collabdesk.ui.tasks import BackgroundTask


def sample_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    services = open_services(str(path))
    try:
        fill_sample_data(services.db)
    finally:
        services.db.dispose()
    return path


def member_count(opened: startup.Opened) -> int:
    return opened.services.members.count(MemberFilter())


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The start-up questions answered without boxes; records what was asked."""
    asked: dict[str, Any] = {"read_only": None, "restore": None, "questions": []}

    def read_only(parent: Any, path: Path, holder: str) -> bool:
        asked["questions"].append(("read_only", str(path), holder))
        return bool(asked["read_only"])

    def restore(parent: Any, problem: str, label: str) -> bool:
        asked["questions"].append(("restore", problem, label))
        return bool(asked["restore"])

    monkeypatch.setattr(startup, "ask_read_only", read_only)
    monkeypatch.setattr(startup, "ask_restore", restore)
    return asked


def test_a_second_collabdesk_on_the_same_file_may_only_read(
    qtbot, tmp_path: Path, answers: dict[str, Any], messages
) -> None:  # type: ignore[no-untyped-def]
    database = sample_file(tmp_path / "명부.sqlite3")
    first = startup.open_for_gui(str(database))
    assert first is not None and first.lock is not None and not first.read_only
    try:
        answers["read_only"] = False
        assert startup.open_for_gui(str(database)) is None  # 끝내기
        assert answers["questions"][-1][0] == "read_only" and "pid" in answers["questions"][-1][2]
        answers["read_only"] = True
        second = startup.open_for_gui(str(database))
        assert second is not None and second.read_only and second.lock is None
        try:
            assert member_count(second) == 12
            with pytest.raises(
                Exception, match="다른 CollabDesk가 이 데이터베이스를 쓰고 있어 저장할 수 없습니다"
            ):
                second.services.members.delete(second.services.members.page(MemberFilter())[0].id)
        finally:
            second.close()
    finally:
        first.close()
    again = startup.open_for_gui(str(database))  # the first one closed: writable again, no question
    assert again is not None and again.lock is not None
    again.close()
    assert len(answers["questions"]) == 2


def test_read_only_works_in_a_folder_with_odd_characters(
    qtbot, tmp_path: Path, answers: dict[str, Any]
) -> None:  # type: ignore[no-untyped-def]
    database = sample_file(tmp_path / "2024#1 자료 100%" / "명부.sqlite3")
    first = startup.open_for_gui(str(database))
    assert first is not None
    try:
        answers["read_only"] = True
        second = startup.open_for_gui(str(database))
        assert second is not None and second.read_only
        try:
            assert second.services.db.sqlite_path == database and member_count(second) == 12
        finally:
            second.close()
    finally:
        first.close()


def test_a_damaged_file_offers_the_newest_good_backup(
    qtbot, tmp_path: Path, answers: dict[str, Any], data_dir: Path, messages
) -> None:  # type: ignore[no-untyped-def]
    database = sample_file(tmp_path / "명부.sqlite3")
    opened = startup.open_for_gui(str(database))
    assert opened is not None
    good = backup.create_backup(opened.services.db, backup.MANUAL)
    opened.close()
    data = bytearray(database.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xff" * 8192
    database.write_bytes(bytes(data))

    answers["restore"] = False
    assert startup.open_for_gui(str(database)) is None  # 끝내기: the file is left as it is
    kind, problem, label = answers["questions"][-1]
    assert kind == "restore" and "손상" in problem and good.path.name in label
    assert database.read_bytes() == bytes(data)

    answers["restore"] = True
    restored = startup.open_for_gui(str(database))
    assert restored is not None
    try:
        assert member_count(restored) == 12
        assert backup.quick_check(restored.services.db) is None
    finally:
        restored.close()
    damaged = [p for p in backup.backup_folder(database=database).iterdir() if "damaged" in p.name]
    assert len(damaged) == 1 and damaged[0].read_bytes() == bytes(data)  # kept, not deleted
    said = messages.information[-1][2]  # what happened is said, and where the damaged file is
    assert "백업으로 복원했습니다" in said and str(damaged[0]) in said


def test_a_file_whose_first_bytes_are_gone_is_still_offered_a_backup(
    qtbot, tmp_path: Path, answers: dict[str, Any], messages
) -> None:  # type: ignore[no-untyped-def]
    database = sample_file(tmp_path / "명부.sqlite3")
    opened = startup.open_for_gui(str(database))
    assert opened is not None
    backup.create_backup(opened.services.db, backup.MANUAL)
    opened.close()
    data = bytearray(database.read_bytes())
    data[:8192] = bytes(8192)
    database.write_bytes(bytes(data))
    answers["restore"] = True
    restored = startup.open_for_gui(str(database))
    assert restored is not None and answers["questions"][-1][0] == "restore"
    try:
        assert member_count(restored) == 12
    finally:
        restored.close()


def test_a_damaged_file_without_a_backup_is_said_and_left_alone(
    qtbot, tmp_path: Path, answers: dict[str, Any], messages
) -> None:  # type: ignore[no-untyped-def]
    database = sample_file(tmp_path / "명부.sqlite3")
    data = bytearray(database.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\xff" * 8192
    database.write_bytes(bytes(data))
    assert startup.open_for_gui(str(database)) is None
    assert "복원할 정상 백업이 없습니다" in messages.critical[-1][2]
    assert database.read_bytes() == bytes(data) and answers["questions"] == []
    assert not instance_lock.is_locked(database)  # the lock went with the refusal


def test_the_cli_does_not_write_under_a_running_window(tmp_path: Path, make_xlsx) -> None:  # type: ignore[no-untyped-def]
    database = sample_file(tmp_path / "명부.sqlite3")
    roster = make_xlsx([["회사명", "사업자등록번호"], ["새회사", "220-81-62517"]])
    opened = startup.open_for_gui(str(database))
    assert opened is not None
    try:
        for command in (["roster", "import", str(roster)], ["sample-data"], ["members", "list"]):
            result = subprocess.run(
                [sys.executable, "-m", "collabdesk", "--db", str(database), *command],
                capture_output=True,
                text=True,
                timeout=120,
            )
            if command[0] == "members":
                assert result.returncode == 0  # reading is fine
            else:
                assert result.returncode == 2 and "다른 CollabDesk" in result.stderr, command
        assert member_count(opened) == 12
    finally:
        opened.close()


def test_the_cli_refuses_to_restore_under_a_running_window(tmp_path: Path) -> None:
    database = sample_file(tmp_path / "명부.sqlite3")
    opened = startup.open_for_gui(str(database))
    assert opened is not None
    made = backup.create_backup(opened.services.db, backup.MANUAL)
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "collabdesk",
                "--db",
                str(database),
                "backup",
                "restore",
                str(made.path),
                "--yes",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        opened.close()
    assert result.returncode == 2
    assert "다른 CollabDesk" in result.stderr


# --- the 백업과 복원 dialog ----------------------------------------------------------------------
def test_backup_now_and_restore_after_seeing_the_counts(qtbot, tmp_path: Path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    database = sample_file(tmp_path / "명부.sqlite3")
    opened = startup.open_for_gui(str(database))
    assert opened is not None
    services = opened.services
    try:
        dialog = BackupDialog(services.db)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 0
        dialog.create_now()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
        assert dialog.table.item(0, 1).text() == "직접 만듦"
        for member in services.members.page(MemberFilter())[:3]:
            services.members.delete(member.id)
        asked: list[str] = []

        def answer(parent: Any, title: str, text: str, destructive: bool = True) -> bool:
            asked.append(text)
            return True

        monkeypatch.setattr(backup_dialog, "confirm", answer)
        dialog.table.selectRow(0)
        dialog.restore_selected()
        qtbot.waitUntil(lambda: dialog.restored, timeout=20_000)
        assert "회원사: 9 → 12" in asked[0]
        assert services.members.count(MemberFilter()) == 12
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5_000)  # + before-restore
        assert {dialog.table.item(r, 1).text() for r in range(2)} == {"직접 만듦", "복원 전"}
        assert BackgroundTask.wait_for_all()
    finally:
        opened.close()


def test_the_daily_backup_runs_quietly_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    database = sample_file(tmp_path / "명부.sqlite3")
    opened = startup.open_for_gui(str(database))
    assert opened is not None
    said: list[str] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        backup_dialog.start_daily_backup(parent, opened.services.db, said.append)
        qtbot.waitUntil(lambda: len(said) == 1, timeout=20_000)
        assert said[0].startswith("오늘 백업을 만들었습니다")
        backup_dialog.start_daily_backup(parent, opened.services.db, said.append)
        assert BackgroundTask.wait_for_all()
        qtbot.wait(50)
        assert len(said) == 1 and len(backup.list_backups(database=database)) == 1  # not due again today
    finally:
        opened.close()


def test_messages_are_plain_boxes(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The real questions are QMessageBoxes with the safe answer as default (끝내기)."""
    seen: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append((box.text(), box.defaultButton().text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert startup.ask_read_only(None, Path("/tmp/x.sqlite3"), "kim@PC pid 1") is False
    assert startup.ask_restore(None, "손상", "직접 만듦 · 2026-11-29") is False
    assert [default for _text, default in seen] == ["끝내기", "끝내기"]
    assert "kim@PC pid 1" in seen[0][0]


def test_handover_export_and_import_from_the_dialog(qtbot, tmp_path: Path, monkeypatch, messages) -> None:  # type: ignore[no-untyped-def]
    database = sample_file(tmp_path / "명부.sqlite3")
    opened = startup.open_for_gui(str(database))
    assert opened is not None
    services = opened.services
    package = tmp_path / "인수인계.zip"
    try:
        dialog = BackupDialog(services.db)
        qtbot.addWidget(dialog)
        monkeypatch.setattr(backup_dialog, "ask_save_path", lambda *args: package)
        dialog.export_handover()
        qtbot.waitUntil(lambda: len(messages.information) == 1, timeout=20_000)
        assert package.exists() and "인수인계 파일을 저장했습니다" in messages.information[0][2]
        for member in services.members.page(MemberFilter())[:5]:
            services.members.delete(member.id)
        monkeypatch.setattr(backup_dialog, "ask_open_path", lambda *args: package)
        asked: list[str] = []
        monkeypatch.setattr(
            backup_dialog, "confirm", lambda _parent, _title, text, **kw: asked.append(text) or True
        )
        dialog.import_handover()
        qtbot.waitUntil(lambda: dialog.restored, timeout=20_000)
        assert services.members.count(MemberFilter()) == 12  # the package's 12, not the 7 left
        assert "회원사: 7 → 12" in asked[0]  # the user saw what the package holds before agreeing
        kept = {b.reason for b in backup.list_backups(database=database)}
        assert "before-handover" in kept  # what was there is kept
        assert BackgroundTask.wait_for_all()
    finally:
        opened.close()


def test_backup_labels_are_translatable_and_match_the_storage_layer() -> None:
    assert backup_dialog.REASON_TEXTS == backup.REASON_LABELS
    assert {key: label for key, label, _tables in backup.COUNT_KINDS} == backup_dialog.KIND_TEXTS


def test_a_damaged_database_is_never_offered_another_databases_backup(
    qtbot, tmp_path: Path, answers: dict[str, Any], messages
) -> None:  # type: ignore[no-untyped-def]
    first = sample_file(tmp_path / "가" / "명부.sqlite3")
    second = sample_file(tmp_path / "나" / "명부.sqlite3")
    opened = startup.open_for_gui(str(first))
    assert opened is not None
    backup.create_backup(opened.services.db, backup.MANUAL)  # only the first one has a backup
    opened.close()
    data = bytearray(second.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\xff" * 8192
    second.write_bytes(bytes(data))
    assert startup.open_for_gui(str(second)) is None
    assert not answers["questions"]  # no restore offered: the good backup belongs to 가/명부.sqlite3
    assert "정상 백업이 없습니다" in messages.critical[-1][2]
    assert second.read_bytes() == bytes(data)


def test_the_cli_does_not_migrate_a_file_another_collabdesk_has_open(tmp_path: Path) -> None:
    """Reading under a running window is fine; bringing an older file up to date is a write."""
    from collabdesk.db import instance_lock
    from collabdesk.db.engine import Database
    from collabdesk.db.migrate import current_revision, upgrade

    database = tmp_path / "예전.sqlite3"
    db = Database.open(str(database))
    upgrade(db, "0006")  # as an older CollabDesk left it
    db.dispose()
    lock = instance_lock.acquire(database)  # that older CollabDesk still has it open
    assert lock is not None
    try:
        result = subprocess.run(
            [sys.executable, "-m", "collabdesk", "--db", str(database), "members", "list"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        lock.release()
    assert result.returncode == 2 and "다른 CollabDesk" in result.stderr
    db = Database.open(str(database))
    try:
        assert current_revision(db) == "0006"
    finally:
        db.dispose()


def test_the_backup_dialog_on_a_server_database_offers_nothing_of_this_pc(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL: the server's administrator backs it up; this PC's own SQLite backups are not shown."""
    from collabdesk.db.engine import Database

    local = sample_file(data_dir / "collabdesk.sqlite3")
    opened = startup.open_for_gui(str(local))
    assert opened is not None
    backup.create_backup(opened.services.db, backup.MANUAL)  # a backup of this PC's file exists
    opened.close()
    server = Database.open("postgresql+psycopg://collabdesk@127.0.0.1:1/never_connected")
    try:
        dialog = BackupDialog(server)
        qtbot.addWidget(dialog)
        assert dialog.table.isHidden() and dialog.table.rowCount() == 0
        assert not any(
            b.isEnabled()
            for b in (dialog.create_button, dialog.restore_button, dialog.export_button, dialog.import_button)
        )
        assert "pg_dump" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    finally:
        server.dispose()

"""One writer per SQLite file: the lock beside the database, across processes and after a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from collabdesk.db import instance_lock

HOLD = """
import sys, time
from pathlib import Path
from collabdesk.db import instance_lock
lock = instance_lock.acquire(Path(sys.argv[1]))
print("held" if lock else "refused", flush=True)
time.sleep(60)
"""


def hold_in_another_process(database: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_second_lock_on_the_same_file_is_refused_until_released(tmp_path: Path) -> None:
    database = tmp_path / "회원명부.sqlite3"
    first = instance_lock.acquire(database)
    assert first is not None and first.held
    assert instance_lock.acquire(database) is None  # also within one process
    assert "pid" in instance_lock.holder(database)
    first.release()
    assert not first.held
    again = instance_lock.acquire(database)
    assert again is not None
    again.release()


def test_another_process_holding_it_is_seen_and_a_kill_frees_it(tmp_path: Path) -> None:
    database = tmp_path / "shared.sqlite3"
    process = hold_in_another_process(database)
    try:
        assert instance_lock.is_locked(database)
        assert instance_lock.acquire(database) is None
        assert f"pid {process.pid}" in instance_lock.holder(database)
    finally:
        if sys.platform == "win32":
            process.kill()
        else:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    deadline = time.monotonic() + 5
    while instance_lock.is_locked(database) and time.monotonic() < deadline:
        time.sleep(0.05)
    lock = instance_lock.acquire(database)  # the system freed the lock of the killed process
    assert lock is not None
    lock.release()


@pytest.mark.parametrize("name", ["a.sqlite3", "폴더 이름/데이터.sqlite3"])
def test_lock_file_sits_beside_the_database(tmp_path: Path, name: str) -> None:
    database = tmp_path / name
    lock = instance_lock.acquire(database)
    assert lock is not None
    assert lock.path == database.with_name(database.name + ".lock") and lock.path.exists()
    lock.release()

"""Crash safety (issue 8): a CollabDesk process killed in the middle of a large roster import, and a
disk that fills up during one, leave the database intact — with the whole batch or none of it.

Real SQLite files and real child processes, no mocks. A roster of 20,000 new companies is imported
into a copy of the sample database by `python -m collabdesk roster import` (or, where the kill point
comes from the import's own progress, by a short script calling the same service).

Kill points are taken from what the child is observed doing, never from a delay: the size of its
-wal file (compared with how much a complete import grows the database) or a progress line it
prints. Afterwards each test asserts the all-or-nothing property, not which side the kill landed on:
every table holds exactly the rows it held before, or exactly those of a complete import.

The full disk is made without root by the child's file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored so
that a write beyond it fails with EFBIG like a full disk). The limit is per file: set a little above
the database's size, the before-import backup (a copy of the same size) is written, and the
import's -wal then outgrows it; set below it, the backup itself cannot be written and the import
must not start. Where mounting is allowed (root), a small tmpfs gives a real ENOSPC as well.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from collabdesk.cli import EXIT_USAGE
from collabdesk.db.backup import BEFORE_IMPORT, integrity_problem, list_backups, quick_check, record_counts
from collabdesk.db.engine import Database, describe_storage_error
from collabdesk.db.migrate import prepare_database
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.roster_import import read_roster
from collabdesk.services.roster_mapping import auto_mapping
from collabdesk.services.sample_data import fill_sample_data, make_brn

ROOT = Path(__file__).resolve().parents[1]
ROWS = 20_000
HEADER = ["업체명", "대표자명", "사업자번호", "업종구분", "주요제품", "소재지", "TEL", "교류회"]
# A guard against a hung child only; no assertion depends on how long anything takes.
HANG_GUARD_S = 120
HANGUL = re.compile(r"[가-힣]")
DISK_FULL_MESSAGE = describe_storage_error(sqlite3.OperationalError("database or disk is full"))

# The same import as `collabdesk roster import`, with a progress callback that prints each step.
# "hold" stops at the kill point inside the import's transaction, "hold-committed" right after the
# commit with the database still open, until the parent kills it.
PROGRESS_CHILD = """
import sys

from collabdesk.services.container import open_services
from collabdesk.services.roster_import import read_roster
from collabdesk.services.roster_mapping import auto_mapping

database, roster, mode, fraction = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
services = open_services(database, must_exist=True)
source = read_roster(roster)


def progress(done, total):
    print(f"progress {done} {total}", flush=True)
    if mode == "hold" and total and done >= fraction * total:
        sys.stdin.readline()  # the parent never answers: it kills this process here
    return True


result = services.roster_import.run(source, auto_mapping(source.header.texts), progress=progress)
print(f"imported {result.created}", flush=True)
if mode == "hold-committed":
    sys.stdin.readline()  # committed, the database still open: killed here
"""

# `python -m collabdesk …` with every file it writes limited to LIMIT bytes: python -c LIMITED LIMIT ARGS…
LIMITED_CLI = """
import resource, runpy, signal, sys

limit = int(sys.argv.pop(1))
# A write beyond the limit then fails with EFBIG, as on a full disk, instead of ending the process.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.argv[0] = "collabdesk"
runpy.run_module("collabdesk", run_name="__main__", alter_sys=True)
"""


def company(n: int) -> str:
    return f"(주)무결성{n:05d}정밀"


def search_key(n: int) -> str:
    """A search text that finds exactly the n-th company of the roster."""
    return f"무결성{n:05d}"


def write_roster(path: Path) -> None:
    """ROWS new companies (BRNs of kinds 84 and 85, unlike the sample data's 81) below a title row."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("회원명부")
    ws.append(["2026년 회원 명부"])
    ws.append([])
    ws.append(HEADER)
    for n in range(ROWS):
        ws.append(
            [
                company(n),
                "김영수",
                make_brn(n % 10_000, kind=84 + n // 10_000),
                ("기계·금속", "전기·전자", "섬유·화공")[n % 3],
                "CNC 정밀가공, 금형" if n % 2 else "PLC 제어",
                f"경기도 화성시 산단로 {n + 1}",
                f"031-{200 + n % 700}-{1000 + n % 9000}",
                f"제{n % 5 + 1}교류회",  # groups the import creates
            ]
        )
    wb.save(path)


# --- what a database holds ---------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    rows: dict[str, int]  # rows per table; the search indexes' own tables are checked separately
    members: str  # sha256 of every member's BRN and name

    @property
    def member_count(self) -> int:
        return self.rows["members"]


def read_state(path: Path) -> State:
    conn = sqlite3.connect(path)
    try:
        tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        virtual = [name for name, sql in tables if sql.upper().startswith("CREATE VIRTUAL TABLE")]
        plain = [
            name
            for name, _sql in tables
            if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)
        ]
        rows = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in plain}
        digest = hashlib.sha256()
        for brn, name in conn.execute("SELECT brn, name FROM members ORDER BY brn"):
            digest.update(f"{brn}\t{name}\n".encode())
        return State(rows, digest.hexdigest())
    finally:
        conn.close()


def dump_digest(path: Path) -> str:
    """sha256 of the whole database as SQL text: equal only when every row of every table is."""
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode())
        return digest.hexdigest()
    finally:
        conn.close()


def triggers(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        conn.close()


def assert_sound(path: Path) -> None:
    """integrity_check, foreign keys, and both search indexes checked against the members table."""
    conn = sqlite3.connect(path)  # the first connection after a crash recovers from the -wal
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for index in ("member_fts", "member_grams"):
            # rank 1: compare the index with its content table (raises SQLITE_CORRUPT_VTAB if they differ)
            conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()


def search_count(services: Services, text: str) -> int:
    return services.members.count(MemberFilter(text=text))


# --- fixtures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Base:
    roster: Path
    database: Path  # the sample database, closed cleanly: no -wal beside it
    state: State
    dump: str
    size: int
    triggers: set[str]
    sample_name: str
    sample_hits: int


@dataclass(frozen=True)
class Complete:
    state: State  # after the whole roster was imported
    growth: int  # bytes the database grew by


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "collabdesk", *args]


def run_child(command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=HANG_GUARD_S, check=False
    )


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    folder = tmp_path_factory.mktemp("crash-base")
    roster = folder / "roster.xlsx"
    write_roster(roster)
    path = folder / "sample.sqlite3"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COLLABDESK_DATA_DIR", str(folder / "data"))
        db = Database.open(path)
        try:
            prepare_database(db)
            fill_sample_data(db)
            with db.reading() as s:
                sample_name = s.execute(text("SELECT name FROM members ORDER BY id LIMIT 1")).scalar_one()
            sample_hits = search_count(Services.for_database(db), sample_name)
        finally:
            db.dispose()
    assert not path.with_name(path.name + "-wal").exists()
    state = read_state(path)
    assert state.member_count > 0 and sample_hits >= 1
    return Base(
        roster, path, state, dump_digest(path), path.stat().st_size, triggers(path), sample_name, sample_hits
    )


@pytest.fixture(scope="module")
def complete(base: Base, tmp_path_factory: pytest.TempPathFactory) -> Complete:
    """The same import, left to finish: what 'the whole batch' looks like and how far the -wal grows."""
    folder = tmp_path_factory.mktemp("crash-complete")
    path = folder / "complete.sqlite3"
    shutil.copyfile(base.database, path)
    env = {**os.environ, "COLLABDESK_DATA_DIR": str(folder / "data")}
    done = run_child(cli("--db", str(path), "roster", "import", str(base.roster)), env)
    assert done.returncode == 0, done.stderr
    assert f"imported={ROWS} updated=0 skipped=0 rejected=0" in done.stdout
    state = read_state(path)
    assert state.member_count == base.state.member_count + ROWS
    return Complete(state, path.stat().st_size - base.size)


@pytest.fixture
def work_db(base: Base, tmp_path: Path) -> Path:
    path = tmp_path / "collabdesk.sqlite3"
    shutil.copyfile(base.database, path)
    return path


# --- SIGKILL in the middle of an import ----------------------------------------------------------


def kill_when_wal_reaches(command: list[str], wal: Path, threshold: int, log: Path) -> None:
    """Start `command`; SIGKILL it as soon as its -wal file holds `threshold` bytes."""
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        guard = time.monotonic() + HANG_GUARD_S
        while proc.poll() is None and time.monotonic() < guard:
            with contextlib.suppress(FileNotFoundError):
                if wal.stat().st_size >= threshold:
                    proc.send_signal(signal.SIGKILL)
                    break
            time.sleep(0.001)
        proc.wait(timeout=HANG_GUARD_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, (
        f"the import ended (exit {proc.returncode}) before its -wal reached {threshold} bytes:\n"
        + log.read_text(encoding="utf-8")
    )


def kill_at_line(command: list[str], wanted: Callable[[str], bool], log: Path) -> str:
    """Start `command` (PROGRESS_CHILD); SIGKILL it when it prints a line `wanted` accepts."""
    with open(log, "w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True
        )
    reported = ""
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if wanted(line):
                proc.send_signal(signal.SIGKILL)
                reported = line.strip()
                break
        proc.wait(timeout=HANG_GUARD_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL, (
        f"the import ended (exit {proc.returncode}) before the kill point:\n"
        + log.read_text(encoding="utf-8")
    )
    return reported


def progress_reached(fraction: float) -> Callable[[str], bool]:
    def reached(line: str) -> bool:
        words = line.split()
        return words[0] == "progress" and int(words[2]) > 0 and int(words[1]) >= fraction * int(words[2])

    return reached


KILL_POINTS = [
    # (how the kill point is found, fraction) — "wal": the -wal holds that fraction of what a complete
    # import grows the database by (at 100% the commit is being written or checkpointed); "progress":
    # the import reported that fraction of the rows written. Both race the child, as a real crash
    # does. "hold" stops the child inside the transaction at that point and "hold-committed" just
    # after its commit, so one kill certainly lands mid-write and one after, whatever the machine.
    pytest.param("wal", 0.05, id="wal-5%"),
    pytest.param("wal", 0.4, id="wal-40%"),
    pytest.param("wal", 1.0, id="wal-100%"),
    pytest.param("progress", 1.0, id="progress-100%"),
    pytest.param("hold", 0.5, id="held-at-50%"),
    pytest.param("hold-committed", 1.0, id="held-after-commit"),
]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on Windows")
@pytest.mark.parametrize(("how", "fraction"), KILL_POINTS)
def test_sigkill_during_import_keeps_all_or_nothing(
    how: str, fraction: float, base: Base, complete: Complete, work_db: Path, tmp_path: Path
) -> None:
    wal = work_db.with_name(work_db.name + "-wal")
    log = tmp_path / "child.log"
    if how == "wal":
        threshold = max(1, int(fraction * complete.growth))
        command = cli("--db", str(work_db), "roster", "import", str(base.roster))
        kill_when_wal_reaches(command, wal, threshold, log)
        point = f"-wal ≥ {threshold:,} B"
    else:
        command = [sys.executable, "-c", PROGRESS_CHILD, str(work_db), str(base.roster), how, str(fraction)]
        committed = how == "hold-committed"
        wanted = (lambda line: line.startswith("imported")) if committed else progress_reached(fraction)
        point = kill_at_line(command, wanted, log)
    wal_at_kill = wal.stat().st_size if wal.exists() else 0

    # Plain SQLite first, as any tool would open the file: recovery, then every check.
    assert_sound(work_db)
    assert triggers(work_db) == base.triggers  # the import lifts the index triggers inside its transaction
    after = read_state(work_db)
    assert after in (base.state, complete.state), (
        f"partial import: {after.member_count} members (before {base.state.member_count}, "
        f"complete {complete.state.member_count}); rows per table {after.rows}"
    )
    landed = after == complete.state
    if how == "hold":
        assert not landed and wal_at_kill > 0  # killed with uncommitted pages in the -wal
    if how == "hold-committed":
        assert landed  # a commit that returned survives the process being killed
    print(
        f"\n[{how} {fraction:.0%}] killed at {point}; -wal {wal_at_kill:,} B; members "
        f"{base.state.member_count} → {after.member_count} ({'whole batch' if landed else 'none'})"
    )

    # The before-import backup the killed process made is complete and checked.
    backups = list_backups(database=work_db)
    assert [b.reason for b in backups] == [BEFORE_IMPORT]
    assert integrity_problem(backups[0].path) is None
    assert record_counts(backups[0].path)["members"] == base.state.member_count

    # CollabDesk opens it as at start, and its search agrees with the members table.
    db = Database.open(work_db, must_exist=True)
    try:
        assert quick_check(db) is None
        assert prepare_database(db) is None  # current schema: no migration, no repair
        services = Services.for_database(db)
        assert services.members.count(MemberFilter()) == after.member_count
        assert search_count(services, base.sample_name) == base.sample_hits
        for n in (0, ROWS // 2, ROWS - 1):
            assert search_count(services, search_key(n)) == (1 if landed else 0), company(n)

        # And it goes on working: the same file imported again leaves every row there exactly once.
        source = read_roster(base.roster)
        result = services.roster_import.run(source, auto_mapping(source.header.texts))
        assert (result.created, result.skipped, result.rejected) == ((0, ROWS, 0) if landed else (ROWS, 0, 0))
        assert services.members.count(MemberFilter()) == base.state.member_count + ROWS
        for n in (0, ROWS // 2, ROWS - 1):
            assert search_count(services, search_key(n)) == 1, company(n)
    finally:
        db.dispose()
    assert_sound(work_db)


# --- a full disk during an import ----------------------------------------------------------------


def assert_unchanged(path: Path, base: Base) -> None:
    assert_sound(path)
    assert read_state(path) == base.state  # members' count and names/BRNs, every table's rows
    assert dump_digest(path) == base.dump  # and every value of every row
    db = Database.open(path, must_exist=True)
    try:
        assert quick_check(db) is None
        assert prepare_database(db) is None
        assert Services.for_database(db).members.count(MemberFilter()) == base.state.member_count
    finally:
        db.dispose()


def clean_message(done: subprocess.CompletedProcess[str]) -> str:
    """The one line a user sees on failure; fails on a traceback or the unexpected-failure text."""
    assert done.returncode == EXIT_USAGE, (done.returncode, done.stderr)
    assert "imported=" not in done.stdout
    lines = done.stderr.strip().splitlines()
    assert "Traceback" not in done.stderr and len(lines) == 1, done.stderr
    message = lines[0]
    assert message.startswith("collabdesk: ") and HANGUL.search(message), message
    assert "예상하지 못한 오류" not in message
    return message.removeprefix("collabdesk: ")


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("where", ["import", "backup"])
def test_file_size_limit_during_import_keeps_data(
    where: str, base: Base, work_db: Path, data_dir: Path
) -> None:
    # "import": every file may grow to the database's size and 256 KiB more, so the before-import
    # backup (a copy of the same size) is written and the import's -wal hits the limit.
    # "backup": half the database's size, so the backup itself cannot be written.
    limit = base.size + 256 * 1024 if where == "import" else base.size // 2
    command = [sys.executable, "-c", LIMITED_CLI, str(limit)]
    done = run_child(command + ["--db", str(work_db), "roster", "import", str(base.roster)])
    message = clean_message(done)
    print(f"\n[file size limit {limit:,} B, {where}] exit {done.returncode}: {message}")

    assert_unchanged(work_db, base)
    backups = list_backups(database=work_db)
    if where == "import":
        log_text = (data_dir / "logs" / "collabdesk.log").read_text(encoding="utf-8")
        # SQLite reports EFBIG as "disk I/O error", ENOSPC as "database or disk is full".
        assert "disk I/O error" in log_text or "database or disk is full" in log_text
        assert [b.reason for b in backups] == [BEFORE_IMPORT]
        assert integrity_problem(backups[0].path) is None
        assert record_counts(backups[0].path)["members"] == base.state.member_count
    else:
        assert "백업" in message
        assert backups == []
        left = [p for p in (data_dir / "backups").rglob("*") if p.is_file()]
        assert left == []  # no half-written copy left behind


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: int) -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@pytest.mark.skipif(sys.platform != "linux", reason="tmpfs is Linux")
@pytest.mark.parametrize("layout", ["database", "everything"])
def test_full_tmpfs_during_import_keeps_data(layout: str, base: Base, tmp_path: Path) -> None:
    # "database": only the database file lies on the small disk; the data folder (backups, log) elsewhere.
    # "everything": the data folder too, as by default: the backup fits, the import's -wal does not.
    size = base.size + 512 * 1024 if layout == "database" else 2 * base.size + 1024 * 1024
    with small_tmpfs(tmp_path / "small", size) as disk:
        path = disk / "collabdesk.sqlite3"
        shutil.copyfile(base.database, path)
        data = disk / "data" if layout == "everything" else tmp_path / "data"
        env = {**os.environ, "COLLABDESK_DATA_DIR": str(data)}
        done = run_child(cli("--db", str(path), "roster", "import", str(base.roster)), env)
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        print(f"\n[tmpfs {size:,} B, {layout}] exit {done.returncode}: {last}")
        assert done.returncode == EXIT_USAGE, done.stderr
        assert last == f"collabdesk: {DISK_FULL_MESSAGE}"
        assert_unchanged(path, base)
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("COLLABDESK_DATA_DIR", str(data))
            backups = list_backups(database=path)
        assert [b.reason for b in backups] == [BEFORE_IMPORT]
        assert record_counts(backups[0].path)["members"] == base.state.member_count
        # With the log on the full disk too, logging the failure fails; that must stay quiet.
        assert "--- Logging error ---" not in done.stderr
        clean_message(done)

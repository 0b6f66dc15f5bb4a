"""The command line, run as a real process (and in-process where that is faster), on real SQLite files."""

from __future__ import annotations

import csv
import io
import os
import re
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from collabdesk.cli import main
from collabdesk.domain import STATUS_ALL, STATUS_LEFT
from collabdesk.services.container import open_services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import EXPORT_COLUMNS
from collabdesk.validation.member import sort_name

pytestmark = pytest.mark.usefixtures("fresh_logging")

HANGUL = re.compile(r"[가-힣]")
INDUSTRIES = ["전기·전자", "기계·금속", "섬유·화공", "기타"]
STATS_HEADER = ["업종", "회원사수", "매출액합계", "종업원수합계"]
SAMPLE_TOTAL = ["합계", "12", "142650000000", "757"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def run_cli(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python -m collabdesk ARGS` in a child process with the test's data folder."""
    child_env = {k: v for k, v in os.environ.items() if k != "COLLABDESK_DB"}
    child_env.update(COLLABDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    child_env.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "collabdesk", *args],
        env=child_env,
        capture_output=True,
        timeout=120,
    )
    # Decode explicitly: the CLI must write UTF-8 whatever the test runner's locale is.
    result.stdout = result.stdout.decode("utf-8")
    result.stderr = result.stderr.decode("utf-8")
    return result


def assert_korean_one_liner(stderr: str) -> None:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert HANGUL.search(lines[0]), stderr


def parse_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cell_starts(line: str) -> list[int]:
    """Screen columns where the cells of a table line start (cells may hold single spaces)."""
    return [display_width(line[: m.start()]) for m in re.finditer(r"\S+(?: \S+)*", line)]


# --- version and sample data (real processes) ----------------------------------------------------
def test_version(data_dir: Path) -> None:
    result = run_cli(data_dir, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "CollabDesk 0.1.0"


def test_sample_data_fills_a_new_database_once(data_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    first = run_cli(data_dir, "--db", str(db), "sample-data")
    assert first.returncode == 0, first.stderr
    assert "샘플 회원사 12곳" in first.stdout
    assert str(db) in first.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 12

    second = run_cli(data_dir, "--db", str(db), "sample-data")
    assert second.returncode == 2
    assert second.stdout == ""
    assert_korean_one_liner(second.stderr)
    assert "이미 회원사가 있어" in second.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 12


def test_default_database_lives_in_the_data_folder(data_dir: Path) -> None:
    result = run_cli(data_dir, "sample-data")
    assert result.returncode == 0, result.stderr
    assert (data_dir / "collabdesk.sqlite3").is_file()


# --- members list ----------------------------------------------------------------------------
def test_members_csv_has_korean_header_and_the_database_order(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(sample_db), "members", "list", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    rows = parse_csv(captured.out)
    header, data = rows[0], rows[1:]
    assert header == [label for _, label in EXPORT_COLUMNS]
    assert len(data) == 12
    assert all(len(row) == len(header) for row in data)

    col = {label: i for i, label in enumerate(header)}
    names = [row[col["회사명"]] for row in data]
    assert names[0] == "(주)그린코팅"
    assert names == sorted(names, key=lambda n: (sort_name(n), n))
    services = open_services(str(sample_db))
    try:
        in_db = [r.name for r in services.members.page(MemberFilter(status=STATUS_ALL), limit=100)]
    finally:
        services.db.dispose()
    assert names == in_db

    hanbit = data[names.index("(주)한빛정밀")]
    assert hanbit[col["가입일"]] == "2015-04-01"
    assert hanbit[col["설립일"]] == "1998-03-02"
    assert hanbit[col["매출액"]] == "18400000000"
    assert hanbit[col["종업원수"]] == "96"
    assert hanbit[col["사업자등록번호"]] == "600-81-21008"
    assert hanbit[col["탈퇴일"]] == ""
    # Only the member's own fields: no database ids anywhere.
    assert not any(label.lower() in ("id", "번호", "버전") for label in header)
    with sqlite3.connect(sample_db) as conn:
        ids = {str(i) for (i,) in conn.execute("SELECT id FROM members")}
    for i, label in enumerate(header):
        assert {row[i] for row in data} != ids, f"{label} looks like the internal ids"
    for row in data:
        assert re.fullmatch(r"\d+", row[col["매출액"]]), row[col["매출액"]]  # no separators
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[col["가입일"]])


def test_members_search_filters(sample_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_db), "members", "list", "--search", "금형", "--format", "csv"]) == 0
    rows = parse_csv(capsys.readouterr().out)
    assert [row[0] for row in rows[1:]] == ["대성금형(주)", "(주)한빛정밀"]

    assert (
        main(["--db", str(sample_db), "members", "list", "--search", "없는회사이름", "--format", "csv"]) == 0
    )
    rows = parse_csv(capsys.readouterr().out)
    assert rows == [[label for _, label in EXPORT_COLUMNS]]


def test_members_status_filter(sample_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    services = open_services(str(sample_db))
    try:
        member_id = next(
            r.id for r in services.members.page(MemberFilter(status=STATUS_ALL)) if r.name == "(주)한솔테크"
        )
        services.members.withdraw(member_id, dt.date(2024, 12, 31))
    finally:
        services.db.dispose()

    assert main(["--db", str(sample_db), "members", "list", "--status", STATUS_LEFT, "--format", "csv"]) == 0
    rows = parse_csv(capsys.readouterr().out)
    assert len(rows) == 2
    left = dict(zip(rows[0], rows[1], strict=True))
    assert left["회사명"] == "(주)한솔테크"
    assert left["상태"] == "탈퇴"
    assert left["탈퇴일"] == "2024-12-31"

    # The default for members list is 전체; 재적 leaves the withdrawn member out.
    assert main(["--db", str(sample_db), "members", "list", "--format", "csv"]) == 0
    assert len(parse_csv(capsys.readouterr().out)) == 13
    assert main(["--db", str(sample_db), "members", "list", "--status", "재적", "--format", "csv"]) == 0
    names = [row[0] for row in parse_csv(capsys.readouterr().out)[1:]]
    assert len(names) == 11 and "(주)한솔테크" not in names

    # stats industries defaults to 재적: the withdrawn member no longer counts.
    assert main(["--db", str(sample_db), "stats", "industries", "--format", "csv"]) == 0
    total = parse_csv(capsys.readouterr().out)[-1]
    assert total == ["합계", "11", str(142_650_000_000 - 4_700_000_000), str(757 - 22)]
    assert main(["--db", str(sample_db), "stats", "industries", "--status", "탈퇴", "--format", "csv"]) == 0
    rows = parse_csv(capsys.readouterr().out)
    assert rows[-1] == ["합계", "1", "4700000000", "22"]
    assert dict((r[0], r[1]) for r in rows[1:-1])["기계·금속"] == "1"


def test_members_table_is_aligned_korean_text(sample_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_db), "members", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, rule, body = lines[0], lines[1], lines[2:]
    assert header.split() == ["회사명", "대표자", "사업자등록번호", "업종", "상태", "전화", "주소"]
    assert set(rule) == {"-", " "}
    assert len(body) == 12
    assert body[0].startswith("(주)그린코팅")

    # Every column starts at the same screen position (Hangul counts double) in every line.
    rule_starts = [m.start() for m in re.finditer(r"-+", rule)]
    assert len(rule_starts) == 7
    for line in [header, *body]:
        assert cell_starts(line) == rule_starts, line


# --- stats industries ----------------------------------------------------------------------------
def test_stats_industries_csv_sums(sample_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_db), "stats", "industries", "--format", "csv"]) == 0
    rows = parse_csv(capsys.readouterr().out)
    assert rows[0] == STATS_HEADER
    body, total = rows[1:-1], rows[-1]
    assert [r[0] for r in body] == INDUSTRIES
    assert total == SAMPLE_TOTAL
    for column in (1, 2, 3):
        assert sum(int(r[column]) for r in body) == int(total[column])
    assert all(re.fullmatch(r"\d+", cell) for r in rows[1:] for cell in r[1:])


def test_stats_industries_table_groups_digits(sample_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_db), "stats", "industries"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == STATS_HEADER
    assert lines[-1].split() == ["합계", "12", "142,650,000,000", "757"]
    # Numbers are right-aligned: every line ends at the same screen column.
    assert len({display_width(line) for line in [lines[0], *lines[2:]]}) == 1


# --- bad usage and unusable input -----------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["members", "lst"],
        ["--bogus"],
        ["members", "list", "--colour"],
        ["members", "list", "--status", "없는상태"],
        ["stats"],
        ["screenshot"],
    ],
)
def test_bad_usage_exits_2_in_korean(data_dir: Path, args: list[str]) -> None:
    result = run_cli(data_dir, *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert_korean_one_liner(result.stderr)
    assert "사용법이 올바르지 않습니다" in result.stderr
    assert not (data_dir / "collabdesk.sqlite3").exists()


def test_bad_usage_in_process_raises_system_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["members", "lst"])
    assert exit_info.value.code == 2
    assert "사용법이 올바르지 않습니다" in capsys.readouterr().err


def test_garbage_file_is_refused_and_left_alone(data_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "명부.sqlite3"
    garbage = bytes(range(256)) * 64 + "이건 데이터베이스가 아닙니다".encode()
    db.write_bytes(garbage)
    for args in (["members", "list"], ["stats", "industries"], ["sample-data"]):
        result = run_cli(data_dir, "--db", str(db), *args)
        assert result.returncode == 2, result.stderr
        assert_korean_one_liner(result.stderr)
        assert "CollabDesk 데이터베이스가 아닙니다" in result.stderr
        assert db.read_bytes() == garbage
    # No -wal or -shm; only the lock a writing command (sample-data) takes while it runs.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "명부.sqlite3", "명부.sqlite3.lock"]


def test_text_file_is_refused_and_left_alone(data_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("회원사 메모\n", encoding="utf-8")
    result = run_cli(data_dir, "--db", str(db), "members", "list")
    assert result.returncode == 2
    assert_korean_one_liner(result.stderr)
    assert db.read_text(encoding="utf-8") == "회원사 메모\n"


def test_database_from_a_newer_version_is_refused_unchanged(data_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite3"
    assert run_cli(data_dir, "--db", str(db), "sample-data").returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.close()
    before = db.read_bytes()

    result = run_cli(data_dir, "--db", str(db), "members", "list", "--format", "csv")
    assert result.returncode == 2
    assert result.stdout == ""
    assert_korean_one_liner(result.stderr)
    assert "새로운 버전" in result.stderr
    assert "9999" in result.stderr
    assert db.read_bytes() == before
    backups = data_dir / "backups"
    assert not backups.exists() or not any(backups.iterdir())  # refused before any backup


# --- unexpected failures ------------------------------------------------------------------------
def test_unexpected_failure_exits_1_and_logs_the_traceback(
    sample_db: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from collabdesk.services.stats import StatsService

    def broken(self, flt):  # type: ignore[no-untyped-def]
        raise RuntimeError("통계 계산 중 고장 (test)")

    monkeypatch.setattr(StatsService, "industries", broken)
    assert main(["--db", str(sample_db), "stats", "industries"]) == 1
    captured = capsys.readouterr()
    log_file = data_dir / "logs" / "collabdesk.log"
    assert captured.out == ""
    assert "Traceback" not in captured.err
    assert captured.err.strip().splitlines() == [
        f"collabdesk: 예상하지 못한 오류가 발생했습니다. 자세한 내용: {log_file}"
    ]
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: 통계 계산 중 고장 (test)" in logged
    assert "in broken" in logged


# --- screenshot, database selection, Korean paths ---------------------------------------------------
@pytest.mark.parametrize("tab", ["members", "meetings"])
def test_screenshot_writes_a_real_png(
    data_dir: Path, sample_db: Path, tmp_path: Path, qapp, tab: str
) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "그림" / f"{tab}.png"
    result = run_cli(data_dir, "--db", str(sample_db), "screenshot", "--out", str(out), "--tab", tab)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert str(out) in result.stdout
    assert out.read_bytes()[:8] == PNG_SIGNATURE
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 1000
    assert image.height() >= 600


def test_collabdesk_db_env_selects_the_database(data_dir: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "env" / "chosen.sqlite3"
    env = {"COLLABDESK_DB": str(chosen)}
    assert run_cli(data_dir, "sample-data", env=env).returncode == 0
    assert chosen.is_file()
    assert not (data_dir / "collabdesk.sqlite3").exists()

    listed = run_cli(data_dir, "members", "list", "--format", "csv", env=env)
    assert listed.returncode == 0, listed.stderr
    assert len(parse_csv(listed.stdout)) == 13

    # --db wins over the environment; a list command never creates a database it cannot find.
    other = tmp_path / "other.sqlite3"
    missing = run_cli(data_dir, "--db", str(other), "members", "list", "--format", "csv", env=env)
    assert missing.returncode == 2
    assert "데이터베이스 파일이 없습니다" in missing.stderr and "Traceback" not in missing.stderr
    assert not other.exists()
    assert run_cli(data_dir, "--db", str(other), "sample-data", env=env).returncode == 0
    assert other.is_file() and chosen.is_file()


@pytest.mark.parametrize("url", ["nosuch://host/db", "mysql://user@host/db"])
def test_unknown_database_scheme_is_bad_input(data_dir: Path, url: str) -> None:
    result = run_cli(data_dir, "--db", url, "members", "list")
    assert result.returncode == 2
    assert "데이터베이스 주소를 이해할 수 없습니다" in result.stderr
    assert "Traceback" not in result.stderr


def test_csv_from_a_database_in_a_korean_folder(data_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "사무국 자료" / "명부.sqlite3"
    filled = run_cli(data_dir, "--db", str(db), "sample-data")
    assert filled.returncode == 0, filled.stderr
    assert str(db) in filled.stdout
    assert db.is_file()

    result = run_cli(data_dir, "--db", str(db), "members", "list", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = parse_csv(result.stdout)
    assert rows[0] == [label for _, label in EXPORT_COLUMNS]
    assert len(rows) == 13
    assert rows[1][0] == "(주)그린코팅"

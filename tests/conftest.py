"""Shared fixtures: an offscreen Qt platform, a private data folder and a fresh database per test."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set once, before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COLLABDESK_LANGUAGE", "ko")

from collabdesk.cli import main  # noqa: E402
from collabdesk.db.engine import Database  # noqa: E402
from collabdesk.db.migrate import prepare_database  # noqa: E402
from collabdesk.services.container import Services  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder (logs, backups, default database)."""
    path = tmp_path / "data"
    monkeypatch.setenv("COLLABDESK_DATA_DIR", str(path))
    monkeypatch.delenv("COLLABDESK_DB", raising=False)
    return path


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    """The default database of the test's data folder (its backups sit in the backup folder itself)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return data_dir / "collabdesk.sqlite3"


# With COLLABDESK_TEST_PG_URL set (an SQLAlchemy URL of a PostgreSQL database whose user may create
# databases, e.g. postgresql+psycopg://postgres@127.0.0.1:54329/collabdesk_ci, as .ci/run sets it),
# every test using `db`, `services` or `sample_services` runs twice: test_x[sqlite], test_x[postgresql].
PG_URL_ENV = "COLLABDESK_TEST_PG_URL"
PG_ADMIN_URL = os.environ.get(PG_URL_ENV, "")
DB_BACKENDS = ["sqlite", "postgresql"] if PG_ADMIN_URL else ["sqlite"]


@contextlib.contextmanager
def fresh_postgres_database(admin_url: str) -> Iterator[str]:
    """An empty PostgreSQL database (UTF-8) for one test, dropped afterwards; yields its URL."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from collabdesk.db.engine import resolve_url

    admin_url = resolve_url(admin_url)
    name = f"cd_test_{secrets.token_hex(8)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
        try:
            yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    finally:
        admin.dispose()


@pytest.fixture(params=DB_BACKENDS)
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """A migrated, empty database: an SQLite file, or a fresh PostgreSQL database."""
    if request.param == "postgresql":
        with fresh_postgres_database(PG_ADMIN_URL) as url:
            database = Database.open(url)
            try:
                prepare_database(database)
                yield database
            finally:
                _finish_background_work()
                database.dispose()
        return
    database = Database.open(db_path)
    prepare_database(database)
    yield database
    _finish_background_work()
    database.dispose()


def _finish_background_work() -> None:
    """No widget's background work may still use a database the test is about to close."""
    tasks = sys.modules.get("collabdesk.ui.tasks")
    if tasks is not None:
        assert tasks.BackgroundTask.wait_for_all(10_000), "background work did not finish"


@pytest.fixture
def services(db: Database) -> Services:
    return Services.for_database(db)


@pytest.fixture
def sample_services(services: Services) -> Services:
    from collabdesk.services.sample_data import fill_sample_data

    fill_sample_data(services.db)
    return services


@pytest.fixture
def make_xlsx(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Writes a roster with openpyxl: make_xlsx(rows, name=…, sheet=…, merge=["A1:F1"]) → path.

    `rows` are lists of cell values from column A; None leaves a cell empty."""
    from openpyxl import Workbook

    def make(rows: list[list[object]], name: str = "roster.xlsx", sheet: str = "명부", merge: list[str] = ()):  # type: ignore[assignment]
        wb = Workbook()
        ws = wb.active
        ws.title = sheet
        for row in rows:
            ws.append(row)
        for cells in merge:
            ws.merge_cells(cells)
        path = tmp_path / name
        wb.save(path)
        return path

    return make


@pytest.fixture
def fresh_logging() -> Iterator[None]:
    """Each in-process main() call logs into its own test's data folder; no file handler outlives the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def sample_db(tmp_path: Path, capsys: pytest.CaptureFixture[str], fresh_logging: None) -> Path:
    """An SQLite file holding the sample 협업그룹, filled through the CLI in-process."""
    path = tmp_path / "sample.sqlite3"
    assert main(["--db", str(path), "sample-data"]) == 0
    assert "12곳" in capsys.readouterr().out
    return path


@pytest.fixture
def pdf_text():  # type: ignore[no-untyped-def]
    """pdf_text(path) → the PDF's text as pdftotext reads it, runs of white space made one space.

    Skips the test where poppler-utils is not installed (.ci/run installs it)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) missing")

    def read(path: Path) -> str:
        out = subprocess.run(
            ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
        )
        return " ".join(out.stdout.split())

    return read

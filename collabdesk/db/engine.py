"""Engine, sessions and the translation of storage failures into Korean messages."""

from __future__ import annotations

import contextlib
import contextvars
import logging
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from collabdesk.db import audit
from collabdesk.errors import ConflictError, StaleRecordError, StorageError, UserError
from collabdesk.paths import default_database_path

log = logging.getLogger(__name__)

DB_ENV = "COLLABDESK_DB"
# Execution option marking the connections of write transactions (see _sqlite_on_begin).
_WRITE_OPTION = "collabdesk_write"


def resolve_url(path_or_url: str | os.PathLike[str] | None = None) -> str:
    """A `--db` argument, COLLABDESK_DB, or the default file, as an SQLAlchemy URL."""
    value = str(path_or_url) if path_or_url else os.environ.get(DB_ENV, "")
    if not value:
        value = str(default_database_path())
    if "://" in value:
        url = make_url(value)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_file(url: str) -> Path | None:
    """The SQLite file an SQLAlchemy URL names (a plain path or an SQLite URI such as
    file:/path/db?mode=ro); None for PostgreSQL and in-memory databases."""
    if not url.startswith("sqlite"):
        return None
    parsed = make_url(url)
    database = parsed.database
    if not database or database == ":memory:":
        return None
    if str(parsed.query.get("uri", "")).lower() in ("true", "1") and database.startswith("file:"):
        # An SQLite URI filename (file:/path/db?mode=ro), not a file literally named "file:…".
        path = urllib.parse.unquote(urllib.parse.urlsplit(database).path)
        return Path(path) if path and path != ":memory:" else None
    return Path(database)


def describe_storage_error(exc: BaseException) -> str:
    """A Korean sentence for a database failure a user can act on."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    if "locked" in text or "busy" in text:
        return "다른 프로그램이 데이터베이스를 사용 중입니다. 잠시 후 다시 시도해 주십시오."
    if "readonly" in text or "read-only" in text or "read only" in text:
        return "데이터베이스 파일이 읽기 전용이라 저장할 수 없습니다. 파일 권한을 확인해 주십시오."
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return "디스크 공간이 부족하여 저장하지 못했습니다. 공간을 확보한 뒤 다시 시도해 주십시오."
    if "disk i/o error" in text or "file too large" in text:
        return (
            "디스크에 쓰지 못했습니다. 저장 장치에 문제가 있거나 파일 크기 한도(예: USB의 FAT32 4GB)에 "
            "닿았을 수 있습니다. 저장한 자료는 그대로입니다."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (
            "데이터베이스 파일이 손상되었거나 CollabDesk 데이터베이스가 아닙니다. 백업에서 복원해 주십시오."
        )
    if "unable to open" in text:
        return "데이터베이스 파일을 열 수 없습니다. 경로와 권한을 확인해 주십시오."
    if "connection" in text or "could not connect" in text or "password authentication" in text:
        return "데이터베이스 서버에 연결할 수 없습니다. 주소와 계정을 확인해 주십시오."
    return "데이터베이스 작업 중 오류가 발생했습니다. 자세한 내용은 로그 파일을 확인해 주십시오."


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Autocommit at the driver level, so SQLAlchemy's own BEGIN below is the only transaction.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    tables = {row[0] for row in cur.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    # Switching to WAL rewrites the file header: only for a new or a CollabDesk database, so that
    # a foreign file opened by mistake is refused (prepare_database) without being changed.
    if not tables or "alembic_version" in tables:
        mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":
            log.warning("WAL journal mode not available (got %s)", mode[0])
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_on_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # A write transaction takes the write lock at once, so busy_timeout waits for another writer;
    # a deferred BEGIN that reads first fails at its first write without waiting at all.
    immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _is_unique_violation(exc: IntegrityError) -> bool:
    """A duplicate key (PostgreSQL SQLSTATE 23505, SQLite's UNIQUE constraint), not a foreign key or a check."""
    if getattr(exc.orig, "sqlstate", None) == "23505":
        return True
    return "UNIQUE constraint failed" in str(exc.orig)


class Database:
    """One database (SQLite file or PostgreSQL server) and its session factory."""

    def __init__(self, url: str):
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        # hide_parameters: a failed statement's values (a mediation claim, a member's details) must
        # not reach the log file in the data folder with the error.
        if self.is_sqlite:
            self.engine: Engine = create_engine(url, connect_args={"timeout": 5}, hide_parameters=True)
            event.listen(self.engine, "connect", _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        else:
            self.engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        # Set when the file was opened read-only on purpose: said instead of "check the permissions".
        self.read_only_note: str | None = None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # The session of the transaction open in this thread (or context), for service calls to join.
        self._current: contextvars.ContextVar[Session | None] = contextvars.ContextVar(
            f"collabdesk_session_{id(self)}", default=None
        )
        self._write_sessions = sessionmaker(
            self.engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )
        # Every change made through either factory is logged in the audit history (db/audit.py).
        audit.install(self._sessions)
        audit.install(self._write_sessions)

    @classmethod
    def open(cls, path_or_url: str | os.PathLike[str] | None = None, must_exist: bool = False) -> Database:
        """The database at a path or URL; `must_exist` refuses to create a missing SQLite file."""
        try:
            url = resolve_url(path_or_url)
            if make_url(url).get_backend_name() not in ("sqlite", "postgresql"):
                raise ValueError(f"unsupported database {url!r}")  # MySQL and others: said, not crashed on
            database = cls(url)
        except (ArgumentError, NoSuchModuleError, ValueError, ImportError) as exc:
            raise StorageError(
                f"데이터베이스 주소를 이해할 수 없습니다: {path_or_url}. SQLite 파일 경로나 postgresql://… 주소를 쓰십시오."
            ) from exc
        path = database.sqlite_path
        if path is not None and not path.exists():
            if must_exist:
                database.dispose()
                raise StorageError(f"데이터베이스 파일이 없습니다: {path}")
            path.parent.mkdir(parents=True, exist_ok=True)
        return database

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_name(self) -> str:
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all.

        Service calls made inside an open transaction of this database (same thread) join it, so
        a larger action built from several service calls is still one transaction."""
        outer = self._current.get()
        if outer is not None:
            yield outer
            return
        try:
            with self._write_sessions() as session, session.begin():
                token = self._current.set(session)
                try:
                    yield session
                finally:
                    self._current.reset(token)
        except UserError:
            raise
        except StaleDataError as exc:
            # Another PC's save committed while this one was under way (PostgreSQL): the version
            # check at flush found nothing to update. The same answer as a stale version seen earlier.
            raise StaleRecordError() from exc
        except IntegrityError as exc:
            if not _is_unique_violation(exc):
                log.exception("database failure")
                raise StorageError(describe_storage_error(exc)) from exc
            # A unique value another PC saved between this one's check and its write.
            log.warning("unique violation at commit: %s", exc)
            raise ConflictError(
                "같은 값을 가진 기록이 방금 저장되었습니다. 다른 사용자가 같은 기록을 먼저 저장했을 수 있습니다. "
                "다시 불러온 뒤 확인해 주십시오. 아무것도 저장하지 않았습니다."
            ) from exc
        except (OperationalError, DBAPIError) as exc:
            if self.read_only_note and "readonly" in str(exc).lower():
                raise StorageError(self.read_only_note) from exc
            log.exception("database failure")
            raise StorageError(describe_storage_error(exc)) from exc
        except SQLAlchemyError as exc:
            log.exception("database failure")
            raise StorageError(describe_storage_error(exc)) from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end); inside a transaction, that one."""
        outer = self._current.get()
        if outer is not None:
            yield outer
            return
        try:
            with self._sessions() as session:
                yield session
                session.rollback()
        except UserError:
            raise
        except SQLAlchemyError as exc:
            log.exception("database failure")
            raise StorageError(describe_storage_error(exc)) from exc

    def dispose(self) -> None:
        self.engine.dispose()

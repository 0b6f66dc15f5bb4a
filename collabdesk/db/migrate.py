"""Bring a database to the current schema: back it up first, refuse one from a newer CollabDesk."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from collabdesk.db.engine import Database, describe_storage_error
from collabdesk.errors import StorageError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision this version knows; a test keeps it equal to Alembic's head, so that a
# start-up with an up-to-date database needs no Alembic import at all.
HEAD_REVISION = "0011"


def current_revision(db: Database) -> str | None:
    """The stored schema revision, or None for a new, empty database."""
    try:
        with db.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                if inspect(conn).get_table_names():
                    raise StorageError(
                        "CollabDesk 데이터베이스가 아닌 파일입니다. 다른 파일을 선택해 주십시오."
                    )
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as exc:
        raise StorageError(describe_storage_error(exc)) from exc


def _alembic_config(db: Database, connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def backup_sqlite(db: Database) -> Path | None:
    """A checked backup of the SQLite file before its schema changes (none for a new file or
    PostgreSQL). A backup that cannot be made or fails its check raises: no migration then."""
    from collabdesk.db.backup import BEFORE_MIGRATION, create_backup

    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    return create_backup(db, BEFORE_MIGRATION, note=HEAD_REVISION).path


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(db, conn), revision)


def prepare_database(db: Database) -> Path | None:
    """Create or migrate the schema. Returns the path of a backup made before migrating, if any."""
    revision = current_revision(db)
    if revision == HEAD_REVISION:
        return None
    if revision is not None and revision not in known_revisions():
        raise StorageError(
            f"이 데이터베이스는 더 새로운 버전의 CollabDesk에서 만들어졌습니다(스키마 {revision}). "
            "CollabDesk를 최신 버전으로 업데이트한 뒤 여십시오. 데이터베이스는 변경하지 않았습니다."
        )
    backup = backup_sqlite(db) if revision is not None else None
    try:
        upgrade(db)
    except SQLAlchemyError as exc:
        log.exception("migration failed")
        raise StorageError(describe_storage_error(exc)) from exc
    return backup

"""This PC's anchor of the certificate register (발급대장): the newest entry it saw, kept outside
the database so that removing the newest entries — which the hash chain alone cannot show — is
noticed by `collabdesk certificate check` (collabdesk.services.certificate_chain).

`certificate_anchors.json` in the data folder maps a database's identity (the resolved SQLite
path, or the PostgreSQL URL without its password) to {"seq": n, "entry_hash": "..."}; it is written
after each append and each clean check, and forgotten for a database restored from a backup (whose
register is legitimately shorter). A missing or unreadable file means "no anchor", never a failure.
In the storage layer because the backup module resets it; no Qt here.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from sqlalchemy.engine import make_url

from collabdesk.paths import data_dir
from collabdesk.settings_store import write_json_file

log = logging.getLogger(__name__)

FILE_NAME = "certificate_anchors.json"
_lock = threading.Lock()


def anchors_path() -> Path:
    return data_dir() / FILE_NAME


def database_identity(url: str) -> str:
    """The same database gives the same text on this PC whatever the spelling of its URL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if not database or database == ":memory:":
            return f"sqlite:{database or ':memory:'}"
        return "sqlite:" + str(Path(database).expanduser().resolve())
    plain = parsed.set(drivername=parsed.get_backend_name(), password=None)
    return plain.render_as_string(hide_password=False)


def _load() -> dict[str, dict[str, object]]:
    try:
        data = json.loads(anchors_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("certificate anchors %s are unreadable; ignored", anchors_path(), exc_info=True)
        return {}
    return data if isinstance(data, dict) else {}


def read_anchor(identity: str) -> tuple[int, str] | None:
    """(seq, entry_hash) of the newest register entry this PC saw in that database, or None."""
    return _anchor_in(_load(), identity)


def _anchor_in(data: dict[str, dict[str, object]], identity: str) -> tuple[int, str] | None:
    entry = data.get(identity)
    if not isinstance(entry, dict):
        return None
    seq, digest = entry.get("seq"), entry.get("entry_hash")
    if isinstance(seq, int) and seq > 0 and isinstance(digest, str):
        return seq, digest
    return None


def write_anchor(identity: str, seq: int | None, entry_hash: str | None) -> None:
    """Remember the newest entry (None: forget the database). Never lowers a higher anchor — only
    forgetting does (after a restore). A file that cannot be written is logged, not raised: the
    certificate is already issued by then."""
    with _lock:
        data = _load()
        if seq is None or entry_hash is None:
            if data.pop(identity, None) is None:
                return
        else:
            known = _anchor_in(data, identity)
            if known is not None and known[0] > seq:
                return
            data[identity] = {"seq": seq, "entry_hash": entry_hash}
        path = anchors_path()
        try:
            write_json_file(path, data)
        except OSError:
            log.warning("could not write certificate anchors %s", path, exc_info=True)


def forget_anchor(url: str) -> None:
    """After a restore: the restored register may be shorter than the one this PC last saw."""
    write_anchor(database_identity(url), None, None)

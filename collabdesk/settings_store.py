"""Settings that code below the UI needs (the backup folder), in `settings.json` in the data folder.

The GUI keeps its own preferences (window sizes, language) in QSettings' INI file; that needs Qt,
so the few settings the command line and the storage layer share live here instead, readable
without it. A missing or unreadable file means "all defaults", never a failure.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from collabdesk.errors import StorageError
from collabdesk.paths import data_dir

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
BACKUP_FOLDER = "backup_folder"


def settings_path() -> Path:
    return data_dir() / FILE_NAME


def load() -> dict[str, Any]:
    path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("settings file %s is unreadable; using defaults", path, exc_info=True)
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def set_value(key: str, value: Any) -> None:
    """Store one setting (None removes it); the file is replaced whole, never half-written."""
    data = load()
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value
    path = settings_path()
    try:
        write_json_file(path, data)
    except OSError as exc:
        raise StorageError(f"설정 파일을 저장하지 못했습니다: {path} ({exc.strerror or exc})") from exc


def write_json_file(path: Path, data: dict[str, Any]) -> None:
    """Replace a small JSON file whole (a temporary file synced, then renamed over it), so that a
    crash or a full disk never leaves it half-written. Raises OSError."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def backup_folder() -> Path | None:
    """The folder the user chose for backups (another disk, a USB stick), or None for the default."""
    value = get(BACKUP_FOLDER)
    return Path(value) if isinstance(value, str) and value.strip() else None


def set_backup_folder(folder: str | os.PathLike[str] | None) -> None:
    """Choose the backup folder; None goes back to the default (`backups` in the data folder)."""
    set_value(BACKUP_FOLDER, str(Path(folder).expanduser().resolve()) if folder else None)

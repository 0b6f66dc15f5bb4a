"""Where CollabDesk finds its bundled resources and keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CollabDesk"


def resource_root() -> Path:
    """The `resources/` folder, in a source checkout and in a PyInstaller bundle alike."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder; COLLABDESK_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("COLLABDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "collabdesk.sqlite3"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path

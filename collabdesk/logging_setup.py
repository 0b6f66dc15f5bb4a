"""File logging in the data directory: tracebacks go here, never to the user."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from collabdesk.paths import log_dir

_configured = False


def configure_logging() -> Path:
    global _configured
    path = log_dir() / "collabdesk.log"
    if not _configured:
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _configured = True
    return path

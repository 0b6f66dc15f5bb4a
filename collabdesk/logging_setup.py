"""File logging in the data directory: tracebacks go here, never to the user."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from collabdesk.paths import log_dir

_handler: RotatingFileHandler | None = None


def configure_logging() -> Path:
    """Log to `<data dir>/logs/collabdesk.log`; called again with another data dir, move there."""
    global _handler
    path = log_dir() / "collabdesk.log"
    root = logging.getLogger()
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    # A log that cannot be written (a full disk) must not print a traceback, with the data in it,
    # where the user sees it; the Korean message that follows says what happened.
    logging.raiseExceptions = False
    root.setLevel(logging.INFO)
    return path

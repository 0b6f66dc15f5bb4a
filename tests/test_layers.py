"""Layering: everything below the user interface must import without Qt.

The services, database and validation code are shared by the GUI, the command line, benchmarks
and tests; pulling PySide6 into them would make all of those need a display stack and slow every
start-up. In a fresh interpreter this imports every module of collabdesk except the UI layer
(collabdesk.ui*, collabdesk.app, collabdesk.cli, collabdesk.__main__) and the Alembic scripts,
then fails if any PySide6 or shiboken6 module got loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Not walked into and not imported. collabdesk.__main__ would start the program;
# collabdesk.db.migrations only runs inside Alembic.
SKIPPED = (
    "collabdesk.ui",
    "collabdesk.app",
    "collabdesk.cli",
    "collabdesk.__main__",
    "collabdesk.db.migrations",
)

# Runs in the child. pkgutil.walk_packages itself imports every package it descends into (including
# collabdesk.ui), so the walk recurses with pkgutil.iter_modules and never enters a skipped package.
CHILD = r"""
import importlib, json, pkgutil, sys

skipped = tuple(json.loads(sys.argv[1]))
extra = json.loads(sys.argv[2])

def is_skipped(name):
    return any(name == s or name.startswith(s + ".") for s in skipped)

def walk(package):
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if is_skipped(info.name):
            continue
        module = importlib.import_module(info.name)
        yield info.name
        if info.ispkg:
            yield from walk(module)

import collabdesk
imported = ["collabdesk", *walk(collabdesk)]
for name in extra:
    importlib.import_module(name)
    imported.append(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def import_non_ui_modules(extra: list[str] | None = None) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(SKIPPED), json.dumps(extra or [])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"importing the non-UI modules failed:\n{result.stderr}"
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_non_ui_modules_do_not_import_qt() -> None:
    report = import_non_ui_modules()

    imported = report["imported"]
    # The walk really covered the layers below the UI, and skipped the UI itself.
    for expected in (
        "collabdesk.db.engine",
        "collabdesk.db.migrate",
        "collabdesk.db.models",
        "collabdesk.services.members",
        "collabdesk.services.container",
        "collabdesk.validation.korean",
    ):
        assert expected in imported
    assert not [m for m in imported if any(m == s or m.startswith(s + ".") for s in SKIPPED)]

    assert report["qt"] == [], (
        "modules outside collabdesk.ui/app/cli import Qt; keep PySide6 in the UI layer. Loaded: "
        + ", ".join(report["qt"])
    )


def test_the_check_notices_qt() -> None:
    # The same child run, plus one module that loads Qt, must report it (guards against a check
    # that can never fail, e.g. a wrong prefix).
    report = import_non_ui_modules(["PySide6.QtCore"])
    assert "PySide6.QtCore" in report["qt"]
    assert "shiboken6" in report["qt"]

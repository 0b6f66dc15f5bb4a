"""UI fixtures: QSettings kept in the test's own data folder, as `collabdesk.app.make_application` sets it up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from collabdesk.paths import APP_NAME


@pytest.fixture(autouse=True)
def isolated_settings(data_dir: Path) -> Path:
    """Every UI test reads and writes `<data_dir>/CollabDesk/CollabDesk.ini`, never the user's settings.

    Mirrors make_application(): INI format, user scope under the data folder, CollabDesk names."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir))
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    return data_dir / APP_NAME / f"{APP_NAME}.ini"

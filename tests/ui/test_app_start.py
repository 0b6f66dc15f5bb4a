"""Starting the GUI: refusing unusable databases with a Korean dialog, the main window, settings."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

import collabdesk.app as app_module
from collabdesk.services.container import Services, open_services
from collabdesk.services.sample_data import fill_sample_data
from collabdesk.ui.look import chosen_language
from collabdesk.ui.main_window import MainWindow, SettingsDialog

HANGUL = re.compile(r"[가-힣]")


@pytest.fixture
def critical_calls(messages) -> list[tuple]:  # type: ignore[no-untyped-def]
    """QMessageBox.critical (as collabdesk.app calls it) as (parent, title, text), recorded instead of blocking."""
    return messages.critical


def sample_file(path: Path) -> Path:
    services = open_services(str(path))
    try:
        fill_sample_data(services.db)
    finally:
        services.db.dispose()
    return path


# --- refusing a database ------------------------------------------------------------------------
def test_garbage_file_is_explained_and_left_alone(qtbot, tmp_path: Path, critical_calls: list) -> None:
    db = tmp_path / "회원명부.sqlite3"
    garbage = b"\x00\xffNOT SQLITE" * 500
    db.write_bytes(garbage)

    assert app_module.open_or_explain(str(db)) is None

    assert len(critical_calls) == 1
    parent, title, text = critical_calls[0]
    assert parent is None
    assert title == "데이터베이스를 열 수 없습니다"
    assert HANGUL.search(text)
    assert "CollabDesk 데이터베이스가 아닙니다" in text
    assert "Traceback" not in text
    assert db.read_bytes() == garbage
    # Nothing but the lock that keeps a second CollabDesk from writing the same file.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == [
        "회원명부.sqlite3",
        "회원명부.sqlite3.lock",
    ]


def test_newer_schema_is_explained_and_left_alone(qtbot, tmp_path: Path, critical_calls: list) -> None:
    db = sample_file(tmp_path / "newer.sqlite3")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.close()
    before = db.read_bytes()

    assert app_module.open_or_explain(str(db)) is None

    assert len(critical_calls) == 1
    _parent, title, text = critical_calls[0]
    assert title == "데이터베이스를 열 수 없습니다"
    assert "새로운 버전" in text
    assert db.read_bytes() == before


def test_unknown_database_address_is_explained(qtbot, critical_calls: list) -> None:
    assert app_module.open_or_explain("nosuchdriver://host/db") is None
    assert len(critical_calls) == 1
    assert "데이터베이스 주소를 이해할 수 없습니다" in critical_calls[0][2]


def test_unexpected_open_failure_shows_the_generic_message(
    qtbot, tmp_path: Path, critical_calls: list, caplog: pytest.LogCaptureFixture, monkeypatch
) -> None:
    import collabdesk.services.container as container

    def broken(_db):  # type: ignore[no-untyped-def]
        raise RuntimeError("schema step exploded")

    monkeypatch.setattr(container, "prepare_database", broken)
    assert app_module.open_or_explain(str(tmp_path / "new.sqlite3")) is None
    assert len(critical_calls) == 1
    assert critical_calls[0][2] == "예상하지 못한 오류가 발생했습니다. 로그 파일을 확인해 주십시오."
    assert any(r.message == "could not open the database" and r.exc_info for r in caplog.records)


def test_good_database_opens_without_a_dialog(qtbot, tmp_path: Path, critical_calls: list) -> None:
    opened = app_module.open_or_explain(str(sample_file(tmp_path / "ok.sqlite3")))
    try:
        assert isinstance(opened.services, Services) and not opened.read_only
        assert opened.services.db.sqlite_path == tmp_path / "ok.sqlite3"
        assert opened.lock is not None and opened.lock.held
    finally:
        opened.close()
    assert critical_calls == []


# --- the main window ---------------------------------------------------------------------------
@pytest.fixture
def main_window(qtbot, sample_services: Services) -> MainWindow:
    window = MainWindow(sample_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Let the background work (the dashboard's figures, the member statistics) finish before the
    # window (and the database) go away.
    qtbot.waitUntil(window.dashboard_tab.figures_current, timeout=5000)
    window.select_tab("members")
    qtbot.waitUntil(window.members_tab.stats_current, timeout=5000)
    return window


def test_main_window_shows_the_tabs_and_database(main_window: MainWindow, sample_services) -> None:
    assert main_window.tabs.count() == 6
    assert main_window.tabs.tabText(0) == "현황"
    assert main_window.tabs.widget(0) is main_window.dashboard_tab
    assert main_window.tabs.tabText(1) == "회원사 명부"
    assert main_window.tabs.widget(1) is main_window.members_tab
    assert main_window.tabs.tabText(2) == "회의록"
    assert main_window.tabs.widget(2) is main_window.meetings_tab
    assert main_window.meetings_tab.model.rowCount() == 13
    assert main_window.tabs.tabText(3) == "협업 컨소시엄"
    assert main_window.tabs.widget(3) is main_window.projects_tab
    assert main_window.projects_tab.model.rowCount() == 3
    assert main_window.tabs.tabText(4) == "증명서"
    assert main_window.tabs.widget(4) is main_window.certificates_tab
    assert main_window.tabs.tabText(5) == "분쟁조정"
    assert main_window.tabs.widget(5) is main_window.disputes_tab
    assert main_window.disputes_tab.model.rowCount() == 2  # the sample sets no password: open
    assert main_window.members_tab.model.rowCount() == 12
    message = main_window.statusBar().currentMessage()
    assert sample_services.db.display_name in message
    assert message.startswith("데이터베이스: ")

    main_window.select_tab("meetings")
    assert main_window.tabs.currentWidget() is main_window.meetings_tab
    main_window.select_tab("disputes")
    assert main_window.tabs.currentWidget() is main_window.disputes_tab
    main_window.select_tab("members")
    assert main_window.tabs.currentWidget() is main_window.members_tab
    main_window.select_tab("dashboard")
    assert main_window.tabs.currentWidget() is main_window.dashboard_tab
    with pytest.raises(ValueError):
        main_window.select_tab("no-such-tab")


def test_window_without_services_shows_a_placeholder(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.members_tab is None and window.dashboard_tab is None
    assert window.tabs.tabText(0) == "현황"
    assert "데이터베이스를 여는 중" in window.tabs.widget(0).text()
    window.fill_sample()  # nothing to fill yet: must not fail


def test_closing_remembers_the_geometry(
    qtbot, main_window: MainWindow, sample_services: Services, isolated_settings: Path
) -> None:
    assert QSettings().value("main/geometry") is None
    # The offscreen screen is 800x800 and the window needs ~810 pixels of width, so restoreGeometry()
    # clamps the width to the screen; the height shows that the saved geometry came back.
    main_window.resize(900, 517)
    qtbot.waitUntil(lambda: main_window.size().toTuple() == (900, 517))
    assert main_window.close()

    settings = QSettings()
    assert settings.value("main/geometry") is not None
    assert settings.value("members/header") is not None
    settings.sync()
    assert isolated_settings.is_file()
    assert "geometry" in isolated_settings.read_text(encoding="utf-8")

    again = MainWindow(sample_services)
    qtbot.addWidget(again)
    again.show()  # opens on the dashboard, which reads its figures in the background
    qtbot.waitUntil(again.dashboard_tab.figures_current, timeout=5000)
    assert again.height() == 517  # not the first-start default of 1280x800
    assert again.width() < 1280


def test_settings_location_matches_make_application(data_dir: Path, isolated_settings: Path) -> None:
    """The tests' QSettings file is where the real program keeps it."""
    code = (
        "from PySide6.QtCore import QSettings\n"
        "from collabdesk.app import make_application\n"
        "app = make_application()\n"
        "s = QSettings()\n"
        "s.setValue('probe', 'from-app')\n"
        "s.sync()\n"
        "print(s.fileName())\n"
    )
    env = dict(os.environ, COLLABDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == isolated_settings
    assert QSettings().value("probe") == "from-app"


# --- language ---------------------------------------------------------------------------------
def test_settings_dialog_saves_the_language(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ko"  # COLLABDESK_LANGUAGE=ko in the tests
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["ko", "en"]

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QSettings().value("language") == "en"

    monkeypatch.delenv("COLLABDESK_LANGUAGE")
    assert chosen_language() == "en"  # the saved setting, once no environment override is set
    reopened = SettingsDialog()
    qtbot.addWidget(reopened)
    assert reopened.language.currentData() == "en"


def test_settings_dialog_cancel_keeps_the_language(qtbot) -> None:
    QSettings().setValue("language", "ko")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reject()
    assert QSettings().value("language") == "ko"


def test_chosen_language_environment_and_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLABDESK_LANGUAGE", "en")
    assert chosen_language() == "en"
    monkeypatch.setenv("COLLABDESK_LANGUAGE", "fr")
    assert chosen_language() == "ko"
    monkeypatch.delenv("COLLABDESK_LANGUAGE")
    assert chosen_language() == "ko"  # nothing saved yet
    QSettings().setValue("language", "klingon")
    assert chosen_language() == "ko"
    QSettings().setValue("language", "en")
    monkeypatch.setenv("COLLABDESK_LANGUAGE", "ko")
    assert chosen_language() == "ko"  # the environment wins over the setting


# --- run_gui, as the start-up benchmark drives it ----------------------------------------------------
@pytest.mark.parametrize(
    "command",
    [
        ["-m", "collabdesk", "--db"],
        ["-c", "import sys; from collabdesk.app import run_gui; sys.exit(run_gui(sys.argv[1]))"],
    ],
    ids=["cli", "run_gui"],
)
def test_run_gui_reports_first_paint_and_dashboard_figures(
    data_dir: Path, tmp_path: Path, command: list[str]
) -> None:
    db = sample_file(tmp_path / "start.sqlite3")
    env = dict(
        os.environ,
        COLLABDESK_DATA_DIR=str(data_dir),
        QT_QPA_PLATFORM="offscreen",
        COLLABDESK_EXIT_AFTER_FIRST_PAINT="1",
    )
    env.pop("COLLABDESK_DB", None)
    result = subprocess.run(
        [sys.executable, *command, str(db)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    times = {}
    for line in result.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        times[name] = float(stamp)
    assert set(times) == {"first-paint", "dashboard-painted"}
    assert times["first-paint"] <= times["dashboard-painted"]

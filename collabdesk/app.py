"""Starting the GUI: Qt application, fonts, language, database, main window."""

from __future__ import annotations

import logging
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from collabdesk import __version__
from collabdesk.errors import UserError
from collabdesk.paths import APP_NAME, data_dir, resource_path

if TYPE_CHECKING:
    from collabdesk.services.container import Services
    from collabdesk.ui.startup import Opened

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with CollabDesk's names, font and language (once per process)."""
    from collabdesk.ui.look import chosen_language, install_translators, register_fonts

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Settings live as an INI file in the data folder: one place to back up or hand over.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir()))
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    # Title bar and taskbar icon. Qt's Windows plugin would only use an .exe icon resource named
    # IDI_ICON1, which a PyInstaller-built CollabDesk.exe does not have.
    icon = resource_path("collabdesk.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts(app)
    install_translators(app, chosen_language())
    return app


def open_or_explain(db_arg: str | None, parent: QWidget | None = None) -> Opened | None:
    """Open the database (locked for this program, checked, migrated); on failure show the Korean
    reason in a dialog and return None."""
    from collabdesk.ui.startup import open_for_gui

    try:
        return open_for_gui(db_arg, parent)
    except UserError as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("app", "데이터베이스를 열 수 없습니다"), str(exc)
        )
    except Exception:
        log.exception("could not open the database")
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("app", "데이터베이스를 열 수 없습니다"),
            QCoreApplication.translate(
                "app", "예상하지 못한 오류가 발생했습니다. 로그 파일을 확인해 주십시오."
            ),
        )
    return None


def build_main_window(services: Services | None = None):  # type: ignore[no-untyped-def]
    from collabdesk.ui.main_window import MainWindow

    return MainWindow(services)


def _preload_storage() -> None:
    # SQLAlchemy takes ~0.2 s to import; doing it while Qt builds and paints the window overlaps
    # the two. The import lock makes the later import in load() wait for this one to finish.
    import collabdesk.services.container  # noqa: F401
    import collabdesk.ui.dashboard.tab  # noqa: F401
    import collabdesk.ui.members.tab  # noqa: F401


def run_gui(db_arg: str | None = None) -> int:
    """Paint the window first, then open the database from the event loop and fill the tabs."""
    threading.Thread(target=_preload_storage, name="preload", daemon=True).start()
    from collabdesk.ui.main_window import excepthook_for

    app = make_application()
    window = build_main_window()
    sys.excepthook = excepthook_for(lambda: window)
    window.show()
    opened: list[Opened] = []
    failed: list[int] = []

    def load() -> None:
        result = open_or_explain(db_arg, window)
        if result is None:
            failed.append(2)
            window.close()
            app.quit()
            return
        opened.append(result)
        window.attach(result.services, read_only=result.read_only)
        if not result.read_only:
            window.start_daily_backup()

    window.first_painted.connect(load, Qt.ConnectionType.SingleShotConnection)
    code = app.exec()
    from collabdesk.ui.tasks import BackgroundTask

    BackgroundTask.wait_for_all()
    for result in opened:
        result.close()
    return failed[0] if failed else code


def screenshot(db_arg: str | None, out: Path, tab: str) -> None:
    """Render the main window offscreen to a PNG (README pictures, visual checks)."""
    from collabdesk.services.container import open_services

    app = make_application()
    services = open_services(db_arg)
    try:
        window = build_main_window(services)
        window.resize(1400, 860)
        window.select_tab(tab)
        window.show()
        # Let the background statistics arrive before taking the picture.
        deadline = time.monotonic() + 10
        while tab == "members" and time.monotonic() < deadline and not window.members_tab.stats_current():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        # And the dashboard's figures and reminders, read in the background once it is shown.
        dashboard = window.dashboard_tab
        while tab == "dashboard" and time.monotonic() < deadline and not dashboard.figures_current():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        if tab == "meetings" and window.meetings_tab is not None and window.meetings_tab.model.rowCount():
            window.meetings_tab.table.selectRow(0)  # the newest meeting, with its summary beside it
        if tab == "projects" and window.projects_tab is not None:
            # A project with its participants and shares beside the list: the one with most partners.
            rows = window.projects_tab.model.rows
            if rows:
                window.projects_tab.select_project(max(rows, key=lambda r: r.parties).id)
        if tab == "certificates" and window.certificates_tab is not None:
            # A certificate with a story beside the list: a reissued one if there is one.
            certificates = window.certificates_tab.model.rows
            if certificates:
                chosen = next((r for r in certificates if r.replaced_by), certificates[-1])
                window.certificates_tab.select_seq(chosen.seq)
        if tab == "disputes" and window.disputes_tab is not None:
            # A case under way, with its sessions beside the list (opened only when unlocked).
            from collabdesk.ui.disputes.detail import SESSIONS

            cases = window.disputes_tab.model.rows
            if cases:
                chosen_case = next((r for r in cases if not r.closed_on), cases[0])
                window.disputes_tab.select_case(chosen_case.id)
                window.disputes_tab.detail.pages.setCurrentIndex(SESSIONS)
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise UserError(f"스크린샷을 저장할 수 없습니다: {out}")
        window.close()
    finally:
        services.db.dispose()

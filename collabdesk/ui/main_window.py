"""The main window: one tab per area of work, menus, and the remembered layout."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk import __version__
from collabdesk.ui.look import LANGUAGES, chosen_language
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.ui.widgets import add_ok_cancel

if TYPE_CHECKING:
    from collabdesk.services.container import Services
    from collabdesk.services.dispute_access import DisputeAccess
    from collabdesk.ui.certificates.tab import CertificatesTab
    from collabdesk.ui.dashboard.tab import DashboardTab
    from collabdesk.ui.disputes.tab import DisputesTab
    from collabdesk.ui.global_search import GlobalSearchDialog
    from collabdesk.ui.meetings.tab import MeetingsTab
    from collabdesk.ui.members.tab import MembersTab
    from collabdesk.ui.projects.tab import ProjectsTab
    from collabdesk.ui.roster.batches_dialog import BatchesDialog
    from collabdesk.ui.roster.import_wizard import ImportWizard

# Short English ids of the tabs, used by `collabdesk screenshot --tab`.
TAB_IDS = ("dashboard", "members", "meetings", "projects", "certificates", "disputes")
# Set by the start-up benchmark: print the times of the first paint and of the dashboard's first
# figures painted, then quit.
EXIT_AFTER_PAINT_ENV = "COLLABDESK_EXIT_AFTER_FIRST_PAINT"


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("설정"))
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(chosen_language()), 0))
        form = QFormLayout()
        form.addRow(self.tr("화면 언어"), self.language)
        note = QLabel(self.tr("언어 변경은 프로그램을 다시 시작하면 적용됩니다."))
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        add_ok_cancel(self, layout)

    def accept(self) -> None:
        QSettings().setValue("language", self.language.currentData())
        super().accept()


class MainWindow(QMainWindow):
    """Shown at once; the tabs arrive with `attach(services)` once the database is open, so the
    window paints before the storage layer is even imported."""

    first_painted = Signal()

    def __init__(self, services: Services | None = None):
        super().__init__()
        self.services: Services | None = None
        self.read_only = False
        self.members_tab: MembersTab | None = None
        self.meetings_tab: MeetingsTab | None = None
        self.projects_tab: ProjectsTab | None = None
        self.certificates_tab: CertificatesTab | None = None
        self.disputes_tab: DisputesTab | None = None
        self.dashboard_tab: DashboardTab | None = None
        self.search_dialog: GlobalSearchDialog | None = None
        self._painted = False
        self.roster_actions: list[QAction] = []
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("CollabDesk — 협업그룹 사무국"))
        self.tabs = QTabWidget(objectName="main_tabs")
        placeholder = QLabel(self.tr("데이터베이스를 여는 중…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.tabs.addTab(placeholder, self.tr("현황"))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.resize(1280, 800)
        geometry = QSettings().value("main/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        if services is not None:
            self.attach(services)

    def attach(self, services: Services, read_only: bool = False) -> None:
        from collabdesk.ui.certificates.tab import CertificatesTab
        from collabdesk.ui.dashboard.tab import DashboardTab
        from collabdesk.ui.disputes.tab import DisputesTab
        from collabdesk.ui.meetings.tab import MeetingsTab
        from collabdesk.ui.members.tab import MembersTab
        from collabdesk.ui.projects.tab import ProjectsTab

        self.services = services
        # The mediation figures are a group's only while the disputes tab is unlocked: its access.
        self.dashboard_tab = DashboardTab(services, access_provider=self._dispute_access)
        if os.environ.get(EXIT_AFTER_PAINT_ENV):
            self.dashboard_tab.figures_shown.connect(self._report_figures_painted)
            self.dashboard_tab.read_failed.connect(self._report_figures_failed)
        # A reminder on the dashboard opens its record in that record's tab, "…외 N건" the tab.
        self.dashboard_tab.open_requested.connect(self.open_record)
        self.dashboard_tab.reminders_requested.connect(self.show_reminders_of)
        self.dashboard_tab.member_edit_requested.connect(self.edit_member)
        self.members_tab = MembersTab(services)
        old = self.tabs.widget(0)
        self.tabs.removeTab(0)
        old.deleteLater()
        self.tabs.insertTab(0, self.dashboard_tab, self.tr("현황"))
        self.tabs.insertTab(1, self.members_tab, self.tr("회원사 명부"))
        self.meetings_tab = MeetingsTab(services)
        self.tabs.addTab(self.meetings_tab, self.tr("회의록"))
        # Groups edited in the member tab are groups the meetings filter and roll must know.
        self.members_tab.members_changed.connect(self.meetings_tab.reload_lists)
        self.projects_tab = ProjectsTab(services)
        self.tabs.addTab(self.projects_tab, self.tr("협업 컨소시엄"))
        self.members_tab.members_changed.connect(self.projects_tab.reload_lists)
        # And the dashboard's figures (read when it is next shown) and its open missing-data lists.
        self.members_tab.members_changed.connect(self.dashboard_tab.refresh)
        self.certificates_tab = CertificatesTab(services)
        self.tabs.addTab(self.certificates_tab, self.tr("증명서"))
        self.projects_tab.certificates_requested.connect(self.issue_project_certificates)
        self.disputes_tab = DisputesTab(services)
        self.tabs.addTab(self.disputes_tab, self.tr("분쟁조정"))
        # An agreement version made from a mediation outcome is a new version of that project.
        self.disputes_tab.agreements_changed.connect(lambda _project, tab=self.projects_tab: tab.refresh())
        # Locking or unlocking changes what the dashboard may count for a group. Connected after the
        # tab's own slots, so the dashboard reads with the access they have just set.
        dashboard = self.dashboard_tab
        for lock_changed in (
            self.disputes_tab.lock_bar.unlock_requested,
            self.disputes_tab.lock_bar.lock_requested,
            self.disputes_tab.password_action.triggered,
        ):
            lock_changed.connect(dashboard.refresh)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.setCurrentIndex(0)
        self.read_only = read_only
        self.certificates_tab.set_read_only(read_only)
        self.disputes_tab.set_read_only(read_only)
        self.verify_action.setEnabled(True)
        if read_only:
            self.setWindowTitle(self.windowTitle() + self.tr(" (읽기 전용)"))
            self.statusBar().showMessage(
                self.tr(
                    "읽기 전용: 다른 CollabDesk가 이 데이터베이스를 쓰고 있어 볼 수만 있습니다. {0}"
                ).format(services.db.display_name)
            )
        else:
            self.statusBar().showMessage(self.tr("데이터베이스: {0}").format(services.db.display_name))
        self.backup_action.setEnabled(not read_only)
        self.history_action.setEnabled(True)
        self.search_action.setEnabled(True)
        for action in self.roster_actions:
            action.setEnabled(True)
        if read_only:
            self.roster_actions[0].setEnabled(False)  # 명부 가져오기 would only be refused

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("파일(&F)"))
        for text, shortcut, slot in (
            (self.tr("명부 가져오기…"), "Ctrl+I", self.import_roster),
            (self.tr("명부 내보내기…"), "Ctrl+E", self.export_roster),
            (self.tr("가져오기 양식 저장…"), "", self.save_roster_template),
            (self.tr("가져오기 기록…"), "", self.show_import_batches),
        ):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
            self.roster_actions.append(action)
            action.setEnabled(False)  # until the database is open
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("백업과 복원…"), self)
        self.backup_action.triggered.connect(self.show_backups)
        self.backup_action.setEnabled(False)  # until the database is open
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        sample = QAction(self.tr("샘플 데이터 채우기…"), self)
        sample.triggered.connect(self.fill_sample)
        file_menu.addAction(sample)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("끝내기"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        tools = self.menuBar().addMenu(self.tr("도구(&T)"))
        self.search_action = QAction(self.tr("통합 검색…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.setToolTip(self.tr("회원사, 담당자, 회의록, 과제, 증명서를 한 번에 찾습니다"))
        self.search_action.triggered.connect(self.show_global_search)
        self.search_action.setEnabled(False)  # until the database is open
        tools.addAction(self.search_action)
        tools.addSeparator()
        self.history_action = QAction(self.tr("최근 변경 이력…"), self)
        self.history_action.triggered.connect(self.show_history)
        self.history_action.setEnabled(False)  # until the database is open
        tools.addAction(self.history_action)
        self.verify_action = QAction(self.tr("증명서 확인…"), self)
        self.verify_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.verify_action.setToolTip(self.tr("번호와 확인코드로 증명서가 진짜인지 확인합니다"))
        self.verify_action.triggered.connect(self.verify_certificate)
        self.verify_action.setEnabled(False)  # until the database is open
        tools.addAction(self.verify_action)
        settings = QAction(self.tr("설정…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(lambda: SettingsDialog(self).exec())
        tools.addAction(settings)

        help_menu = self.menuBar().addMenu(self.tr("도움말(&H)"))
        about = QAction(self.tr("CollabDesk 정보"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def start_daily_backup(self) -> None:
        from collabdesk.ui.backup_dialog import start_daily_backup

        if self.services is not None:
            start_daily_backup(
                self, self.services.db, lambda text: self.statusBar().showMessage(text, 15_000)
            )

    def show_backups(self) -> None:
        from collabdesk.ui.backup_dialog import BackupDialog

        if self.services is None:
            return
        dialog = BackupDialog(self.services.db, self)
        dialog.exec()
        if dialog.restored:
            self.refresh_all()

    def show_history(self) -> None:
        from collabdesk.ui.history_panel import HistoryDialog

        if self.services is not None:
            HistoryDialog(self.services.history, self).exec()

    def refresh_all(self) -> None:
        """Everything read again (after a restore replaced the database)."""
        self.members_changed()  # the dashboard too
        for tab in (
            self.meetings_tab,
            self.projects_tab,
            self.certificates_tab,
            self.disputes_tab,
        ):
            if tab is not None:
                tab.refresh()

    def verify_certificate(self) -> None:
        """도구 → 증명서 확인…: from any tab."""
        if self.certificates_tab is not None:
            self.certificates_tab.verify()

    def issue_project_certificates(self, project_id: int) -> None:
        """참여 기업 인증서 발급… in the project tab: the certificates tab, with the batch for that project."""
        if self.certificates_tab is None:
            return
        self.select_tab("certificates")
        if self.read_only:
            QMessageBox.information(
                self, self.tr("증명서"), self.tr("읽기 전용으로 열어 증명서를 발급할 수 없습니다.")
            )
            return
        self.certificates_tab.issue_batch(project_id)

    def show_global_search(self) -> GlobalSearchDialog | None:
        """도구 → 통합 검색… (Ctrl+K): the search over every tab; the hit chosen opens in its tab.
        Mediation cases are searched only while the disputes tab is unlocked."""
        from collabdesk.ui.global_search import GlobalSearchDialog

        if self.services is None or self.disputes_tab is None:
            return None
        if self.search_dialog is not None:
            self.search_dialog.raise_()
            self.search_dialog.activateWindow()
            return self.search_dialog
        disputes = self.disputes_tab
        dialog = GlobalSearchDialog(self.services, lambda: disputes.access, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_record)
        dialog.tab_search_requested.connect(self.search_in_tab)
        dialog.finished.connect(self._search_closed)
        self.search_dialog = dialog
        dialog.open()
        return dialog

    def _search_closed(self) -> None:
        self.search_dialog = None

    def _dispute_access(self) -> DisputeAccess | None:
        return self.disputes_tab.access if self.disputes_tab is not None else None

    def open_record(self, kind: str, record_id: int) -> bool:
        """Show a record in its tab and select it (kind: a TARGET_* of services.annual_types), clearing
        that tab's filters when they hide it. False, said in the status bar, when it is gone."""
        from collabdesk.services import annual_types as target

        if kind == target.TARGET_BACKUPS:
            self.show_backups()
            return True
        found, table = False, None
        if kind == target.TARGET_MEMBER and self.members_tab is not None:
            self.tabs.setCurrentWidget(self.members_tab)
            found = self.members_tab.select_member(record_id)
            table = self.members_tab.table
        elif kind == target.TARGET_MEETING and self.meetings_tab is not None:
            self.tabs.setCurrentWidget(self.meetings_tab)
            found = self.meetings_tab.reveal_meeting(record_id)
            table = self.meetings_tab.table
        elif kind == target.TARGET_PROJECT and self.projects_tab is not None:
            self.tabs.setCurrentWidget(self.projects_tab)
            found = self.projects_tab.reveal_project(record_id)
            table = self.projects_tab.table
        elif kind == target.TARGET_CERTIFICATE and self.certificates_tab is not None:
            self.tabs.setCurrentWidget(self.certificates_tab)
            found = self.certificates_tab.reveal_seq(record_id)
            table = self.certificates_tab.table
        elif kind == target.TARGET_DISPUTE and self.disputes_tab is not None:
            self.tabs.setCurrentWidget(self.disputes_tab)
            found = self.disputes_tab.reveal_case(record_id)
            table = self.disputes_tab.table
        if not found:
            self.statusBar().showMessage(self.tr("찾는 기록이 없습니다 (삭제되었을 수 있습니다)"), 15_000)
            return False
        if table is not None:
            table.setFocus()  # Enter then opens the record, as in the list
        return True

    def edit_member(self, member_id: int) -> bool:
        """A member of the dashboard's missing-data lists: shown in the member tab, with its editor
        (회원사 정보 수정) open. False, said in the status bar, when it is gone."""
        from collabdesk.services.annual_types import TARGET_MEMBER

        if self.members_tab is None or not self.open_record(TARGET_MEMBER, member_id):
            return False
        self.members_tab.edit_selected()
        return True

    def show_reminders_of(self, kind: str) -> None:
        """A kind's "…외 N건" on the dashboard: the tab that lists them all (none of these tabs has a
        filter for late items; their lists mark them in red)."""
        from collabdesk.services import reminders

        if kind == reminders.KIND_BACKUP:
            self.show_backups()
            return
        tabs = {
            reminders.KIND_ACTIONS: "meetings",
            reminders.KIND_MILESTONES: "projects",
            reminders.KIND_DISPUTES: "disputes",
            reminders.KIND_MEMBERS: "members",
        }
        if kind in tabs and self.services is not None:
            self.select_tab(tabs[kind])

    def search_in_tab(self, key: str, text: str) -> None:
        """'…외 N건 — 해당 탭에서 보기' of the global search: that tab, searching the same text."""
        tabs: dict[str, MembersTab | MeetingsTab | ProjectsTab | CertificatesTab | DisputesTab | None] = {
            "member": self.members_tab,
            "contact": self.members_tab,
            "meeting": self.meetings_tab,
            "project": self.projects_tab,
            "certificate": self.certificates_tab,
            "dispute": self.disputes_tab,
        }
        tab = tabs.get(key)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.search_for(text)
            tab.search.setFocus()

    def select_tab(self, tab_id: str) -> None:
        self.tabs.setCurrentIndex(TAB_IDS.index(tab_id))

    def fill_sample(self) -> None:
        from collabdesk.services.sample_data import fill_sample_data

        if self.services is None or self.members_tab is None:
            return
        services, tab = self.services, self.members_tab

        def done(count: object) -> None:
            tab.reload_lists()
            tab.apply_filter()
            if self.meetings_tab is not None:
                self.meetings_tab.refresh()
            if self.projects_tab is not None:
                self.projects_tab.refresh()
            if self.certificates_tab is not None:
                self.certificates_tab.refresh()
            if self.disputes_tab is not None:
                self.disputes_tab.refresh()
            if self.dashboard_tab is not None:
                self.dashboard_tab.refresh()
            QMessageBox.information(
                self, self.tr("샘플 데이터"), self.tr("샘플 회원사 {0}곳을 추가했습니다.").format(count)
            )

        BackgroundTask(
            self,
            self.tr("샘플 데이터를 채우는 중…"),
            lambda _progress: fill_sample_data(services.db),
            done,
        ).start()

    def members_changed(self) -> None:
        """After a roster import or its undo: every list of members, and the dashboard's figures."""
        if self.dashboard_tab is not None:
            self.dashboard_tab.refresh()  # reads now only if shown, else when next shown
        if self.members_tab is not None:
            self.members_tab.reload_lists()
            self.members_tab.apply_filter()
        if self.meetings_tab is not None:
            self.meetings_tab.reload_lists()
        if self.projects_tab is not None:
            self.projects_tab.reload_lists()

    def _tab_shown(self, index: int) -> None:
        # The figures of the dashboard change with whatever was done in the other tabs.
        if self.dashboard_tab is not None and self.tabs.widget(index) is self.dashboard_tab:
            self.dashboard_tab.refresh()
        # Groups may have been edited in the member tab (groups dialog) since the lists were read.
        if self.meetings_tab is not None and self.tabs.widget(index) is self.meetings_tab:
            self.meetings_tab.reload_lists()
        if self.projects_tab is not None and self.tabs.widget(index) is self.projects_tab:
            self.projects_tab.reload_lists()
        if self.certificates_tab is not None and self.tabs.widget(index) is self.certificates_tab:
            self.certificates_tab.reload_lists()
        if self.disputes_tab is not None and self.tabs.widget(index) is self.disputes_tab:
            self.disputes_tab.reload_lists()

    def import_roster(self) -> ImportWizard | None:
        from collabdesk.ui.roster.import_wizard import ImportWizard

        if self.services is None:
            return None
        wizard = ImportWizard(self.services, self)
        wizard.imported.connect(lambda _result: self.members_changed())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def export_roster(self) -> None:
        from collabdesk.ui.roster.export import export_members

        if self.services is not None and self.members_tab is not None:
            export_members(self, self.services, self.members_tab.current_filter())

    def save_roster_template(self) -> None:
        from collabdesk.ui.roster.export import save_template

        if self.services is not None:
            save_template(self, self.services)

    def show_import_batches(self) -> BatchesDialog | None:
        from collabdesk.ui.roster.batches_dialog import BatchesDialog

        if self.services is None:
            return None
        dialog = BatchesDialog(self.services, self)
        dialog.members_changed.connect(self.members_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("CollabDesk 정보"),
            self.tr(
                "CollabDesk {0}\n중소기업 협업그룹 사무국을 위한 오프라인 프로그램\n\n데이터베이스: {1}\n"
                "글꼴: 나눔고딕 (SIL Open Font License 1.1)"
            ).format(__version__, self.services.db.display_name if self.services else "-"),
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if os.environ.get(EXIT_AFTER_PAINT_ENV):
                print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.first_painted.emit)

    def _report_figures_painted(self) -> None:
        print(f"dashboard-painted {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    def _report_figures_failed(self, message: str) -> None:
        # The benchmark waits for this process: it must end, and say why, when no figures will come.
        print(f"dashboard-failed {time.time():.6f} {message}", flush=True)
        QTimer.singleShot(0, lambda: QApplication.exit(1))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        if self.dashboard_tab is not None:
            self.dashboard_tab.save_layout()
        if self.members_tab is not None:
            self.members_tab.save_layout()
        if self.meetings_tab is not None:
            self.meetings_tab.save_layout()
        if self.projects_tab is not None:
            self.projects_tab.save_layout()
        if self.certificates_tab is not None:
            self.certificates_tab.save_layout()
        if self.disputes_tab is not None:
            self.disputes_tab.save_layout()
        super().closeEvent(event)


def excepthook_for(window_getter):  # type: ignore[no-untyped-def]
    """Unexpected errors in slots: log them and say so in Korean instead of crashing silently."""

    def hook(kind, value, tb):  # type: ignore[no-untyped-def]
        from collabdesk.ui.errors import show_error

        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        show_error(window_getter(), value.with_traceback(tb))

    return hook

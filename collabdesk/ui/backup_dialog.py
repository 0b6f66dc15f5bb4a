"""백업과 복원: the backups made so far, a backup on demand, the folder they go to, and restoring one
after seeing how many records of each kind it holds beside the current database. All file work
runs off the UI thread; the current database is backed up before it is replaced."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.ui.errors import confirm, show_error
from collabdesk.ui.files import ask_open_path, ask_save_path
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from collabdesk.db.backup import BackupInfo
    from collabdesk.db.engine import Database

log = logging.getLogger(__name__)

# The Korean labels of collabdesk.db.backup (which has no Qt), marked here for translation; a test
# keeps the two in step.
REASON_TEXTS = {
    "daily": QT_TRANSLATE_NOOP("backup", "매일 자동"),
    "manual": QT_TRANSLATE_NOOP("backup", "직접 만듦"),
    "before-migration": QT_TRANSLATE_NOOP("backup", "구조 변경 전"),
    "before-import": QT_TRANSLATE_NOOP("backup", "가져오기 전"),
    "before-undo": QT_TRANSLATE_NOOP("backup", "되돌리기 전"),
    "before-restore": QT_TRANSLATE_NOOP("backup", "복원 전"),
    "before-handover": QT_TRANSLATE_NOOP("backup", "인수인계 가져오기 전"),
    "damaged": QT_TRANSLATE_NOOP("backup", "손상된 파일 보관"),
}
KIND_TEXTS = {
    "members": QT_TRANSLATE_NOOP("backup", "회원사"),
    "meetings": QT_TRANSLATE_NOOP("backup", "회의"),
    "projects": QT_TRANSLATE_NOOP("backup", "협업 과제"),
    "cases": QT_TRANSLATE_NOOP("backup", "분쟁·사건"),
    "certificates": QT_TRANSLATE_NOOP("backup", "증명서"),
}


def reason_text(reason: str) -> str:
    """Why a backup was made, in the UI's language."""
    return QCoreApplication.translate("backup", REASON_TEXTS.get(reason, reason))


def kind_text(kind: str, korean: str) -> str:
    return QCoreApplication.translate("backup", KIND_TEXTS[kind]) if kind in KIND_TEXTS else korean


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


def start_daily_backup(parent: QWidget, db: Database, said: Callable[[str], None]) -> BackgroundTask | None:
    """Once a day at start, quietly: a failure is logged and said in the status bar, never a box."""
    from collabdesk.db import backup

    if not db.is_sqlite:
        return None

    def done(info: BackupInfo | None) -> None:
        if info is not None:
            said(QCoreApplication.translate("backup", "오늘 백업을 만들었습니다: {0}").format(info.path))

    def failed(exc: BaseException) -> None:
        log.error("daily backup failed", exc_info=exc)
        said(QCoreApplication.translate("backup", "오늘 백업을 만들지 못했습니다: {0}").format(exc))

    return BackgroundTask(
        parent,
        "",
        lambda _progress: backup.daily_backup_if_due(db),
        done,
        show_progress=False,
        on_error=failed,
    ).start()


class BackupDialog(QDialog):
    """`restored` is True once a backup replaced the database (the window then reads everything again)."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("백업과 복원"))
        self.db = db
        self.restored = False
        self._backups: list[BackupInfo] = []
        self.folder_label = QLabel(objectName="backup_folder", wordWrap=True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3, objectName="backup_list")
        self.table.setHorizontalHeaderLabels([self.tr("만든 때"), self.tr("종류"), self.tr("크기")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.create_button = QPushButton(self.tr("지금 백업"), objectName="backup_now")
        self.restore_button = QPushButton(self.tr("이 백업으로 복원…"), objectName="backup_restore")
        self.folder_button = QPushButton(self.tr("백업 폴더 바꾸기…"), objectName="backup_choose_folder")
        self.open_button = QPushButton(self.tr("폴더 열기"), objectName="backup_open_folder")
        self.export_button = QPushButton(self.tr("인수인계 파일 만들기…"), objectName="handover_export")
        self.export_button.setToolTip(
            self.tr("새 PC로 옮길 때: 데이터베이스와 직인 이미지 등을 검사값과 함께 zip 하나로 저장합니다")
        )
        self.import_button = QPushButton(self.tr("인수인계 파일 가져오기…"), objectName="handover_import")
        self.import_button.setToolTip(
            self.tr("다른 PC에서 만든 인수인계 파일로 이 데이터베이스를 바꿉니다 (지금 것은 먼저 백업합니다)")
        )
        close = QPushButton(self.tr("닫기"))
        self.create_button.clicked.connect(self.create_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.choose_folder)
        self.open_button.clicked.connect(self.open_folder)
        self.export_button.clicked.connect(self.export_handover)
        self.import_button.clicked.connect(self.import_handover)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.restore_button, self.folder_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        handover = QHBoxLayout()
        handover.addWidget(QLabel(self.tr("새 PC로 옮기기:")))
        handover.addWidget(self.export_button)
        handover.addWidget(self.import_button)
        handover.addStretch(1)
        note = QLabel(
            self.tr(
                "프로그램을 시작할 때 하루 한 번, 명부 가져오기·되돌리기와 프로그램 업데이트 전에 자동으로 백업합니다. "
                "자동 백업은 최근 7일, 4주, 12달치를 남기고, 직접 만든 백업은 지우지 않습니다."
            ),
            wordWrap=True,
        )
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(handover)
        layout.addLayout(buttons)
        self.resize(620, 460)
        if not db.is_sqlite:
            self._on_a_server(note)
            return
        self.reload()

    def _on_a_server(self, note: QLabel) -> None:
        """A PostgreSQL database is backed up on its server: nothing here applies to it (the backups
        of this PC's own SQLite file must not look like backups of the server's database)."""
        self.folder_label.setText(self.tr("데이터베이스: {0}").format(self.db.display_name))
        note.setText(
            self.tr(
                "여러 PC가 함께 쓰는 PostgreSQL 서버의 데이터베이스입니다. CollabDesk는 이 데이터베이스를 "
                "백업하거나 복원하지 않습니다. 서버 관리자가 서버에서 pg_dump로 백업하고, 복원도 서버 관리자가 합니다."
            )
        )
        note.setStyleSheet("")
        self.table.hide()
        for button in (
            self.create_button,
            self.restore_button,
            self.folder_button,
            self.open_button,
            self.export_button,
            self.import_button,
        ):
            button.setEnabled(False)

    def reload(self) -> None:
        from collabdesk.db import backup

        try:
            folder = backup.backup_folder(database=self.db.sqlite_path)
            self._backups = backup.list_backups(folder)
        except Exception as exc:  # noqa: BLE001 - an unreadable folder is said, not raised
            show_error(self, exc)
            self._backups = []
            folder = None
        self.folder_label.setText(self.tr("백업 폴더: {0}").format(folder) if folder else "")
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            for column, text in enumerate(
                (f"{info.created:%Y-%m-%d %H:%M:%S}", reason_text(info.reason), _size(info.size))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if self._backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self._backups))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def create_now(self) -> BackgroundTask:
        from collabdesk.db import backup

        def done(info: BackupInfo) -> None:
            self.reload()
            QMessageBox.information(
                self, self.tr("백업"), self.tr("백업을 만들고 검사했습니다.\n{0}").format(info.path)
            )

        return BackgroundTask(
            self,
            self.tr("백업하는 중…"),
            lambda _progress: backup.create_backup(self.db, backup.MANUAL),
            done,
        ).start()

    def restore_selected(self) -> BackgroundTask | None:
        from collabdesk.db import backup

        chosen = self.selected()
        if chosen is None:
            return None

        def preview(_progress: object) -> tuple[dict[str, int], dict[str, int]]:
            # Checking a large backup takes a while: off the UI thread, like the restore itself.
            backup.verify_backup(chosen.path)
            return backup.record_counts(self.db), backup.record_counts(chosen.path)

        def previewed(counts: tuple[dict[str, int], dict[str, int]]) -> None:
            question = self.tr(
                "{0} 백업({1})으로 데이터베이스를 되돌리시겠습니까?\n\n{2}\n\n"
                "지금 데이터베이스는 먼저 백업해 두므로 다시 되돌릴 수 있습니다."
            ).format(
                reason_text(chosen.reason),
                f"{chosen.created:%Y-%m-%d %H:%M}",
                self._count_lines(self.tr("종류: 지금 → 백업"), *counts),
            )
            if confirm(self, self.tr("백업으로 복원"), question):
                self._restore(chosen)

        return BackgroundTask(
            self,
            self.tr("백업을 검사하는 중…"),
            preview,
            previewed,
            on_error=lambda exc: show_error(self, exc, self.tr("복원할 수 없습니다")),
        ).start()

    @staticmethod
    def _count_lines(heading: str, now: dict[str, int], then: dict[str, int]) -> str:
        """'회원사: 9 → 12' per record kind either side has ('-' where a side has no such table)."""
        from collabdesk.db import backup

        def shown(counts: dict[str, int], kind: str) -> str:
            return f"{counts[kind]:,}" if kind in counts else "-"

        lines = [heading]
        for kind, label, _tables in backup.COUNT_KINDS:
            if kind in now or kind in then:
                lines.append(f"{kind_text(kind, label)}: {shown(now, kind)} → {shown(then, kind)}")
        return "\n".join(lines)

    def _restore(self, chosen: BackupInfo) -> BackgroundTask:
        from collabdesk.db import backup

        def work(_progress: object) -> Any:
            before = backup.restore_backup(self.db, chosen.path)
            self.restored = True  # the file is replaced: the window must read it again, whatever follows
            backup.finish_restore(self.db, chosen.path)  # an older backup is brought up to this version
            return before

        def done(before: BackupInfo | None) -> None:
            self.restored = True
            self.reload()
            kept = self.tr("\n복원 전 데이터베이스: {0}").format(before.path) if before else ""
            QMessageBox.information(self, self.tr("복원"), self.tr("백업으로 복원했습니다.") + kept)

        return BackgroundTask(self, self.tr("복원하는 중…"), work, done).start()

    def export_handover(self) -> BackgroundTask | None:
        from collabdesk.db import handover

        path = ask_save_path(
            self,
            self.tr("인수인계 파일 저장"),
            f"CollabDesk_인수인계_{dt.date.today():%Y%m%d}.zip",
            self.tr("zip 파일 (*.zip)"),
            ".zip",
        )
        if path is None:
            return None

        def done(manifest: handover.Manifest) -> None:
            QMessageBox.information(
                self,
                self.tr("인수인계 파일"),
                self.tr("인수인계 파일을 저장했습니다 (파일 {0}개, 검사값 포함).\n{1}").format(
                    len(manifest.files), path
                ),
            )

        return BackgroundTask(
            self,
            self.tr("인수인계 파일을 만드는 중…"),
            lambda _progress: handover.export_handover(self.db, path),
            done,
        ).start()

    def import_handover(self) -> BackgroundTask | None:
        from collabdesk.db import handover

        path = ask_open_path(self, self.tr("인수인계 파일 고르기"), self.tr("zip 파일 (*.zip)"))
        live = self.db.sqlite_path
        if path is None or live is None:
            return None

        def check(_progress: object) -> tuple[handover.Manifest, dict[str, int]]:
            # Every file of the package is checked against its manifest: off the UI thread.
            from collabdesk.db import backup

            return handover.read_manifest(path), backup.record_counts(self.db)

        def checked(result: tuple[handover.Manifest, dict[str, int]]) -> None:
            manifest, now = result
            question = self.tr(
                "인수인계 파일({0}, CollabDesk {1})로 지금 데이터베이스를 바꾸시겠습니까?\n\n{2}\n\n"
                "지금 데이터베이스는 먼저 백업해 두므로 '백업과 복원'에서 다시 되돌릴 수 있습니다."
            ).format(
                manifest.created[:16].replace("T", " "),
                manifest.app_version,
                self._count_lines(self.tr("종류: 지금 → 인수인계 파일"), now, manifest.counts),
            )
            if confirm(self, self.tr("인수인계 파일 가져오기"), question):
                self._import_handover(path, live)

        return BackgroundTask(
            self,
            self.tr("인수인계 파일을 검사하는 중…"),
            check,
            checked,
            on_error=lambda exc: show_error(self, exc, self.tr("가져올 수 없습니다")),
        ).start()

    def _import_handover(self, path: Path, live: Path) -> BackgroundTask:
        from collabdesk.db import backup, handover

        def work(_progress: object) -> Any:
            self.db.dispose()
            try:
                handover.import_handover(path, live)
                self.restored = True
            finally:
                self.db.dispose()
            backup.finish_restore(self.db, path, handover=True)

        def done(_result: object) -> None:
            self.restored = True
            self.reload()
            QMessageBox.information(self, self.tr("인수인계 파일"), self.tr("인수인계 파일을 가져왔습니다."))

        return BackgroundTask(self, self.tr("인수인계 파일을 가져오는 중…"), work, done).start()

    def choose_folder(self) -> None:
        from collabdesk import settings_store
        from collabdesk.db import backup

        current = str(backup.backup_folder())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("백업 폴더 고르기"), current)
        if not chosen:
            return
        try:
            settings_store.set_backup_folder(Path(chosen))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.reload()

    def open_folder(self) -> None:
        from collabdesk.db import backup

        folder = backup.backup_folder(database=self.db.sqlite_path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

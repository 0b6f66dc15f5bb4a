"""What the 분쟁조정 tab does with the case it shows: new case, edit, status step, deadline extension,
sessions, outcome and the agreement version made from it, the 조정조서 and the statistics. Each change
is one service call with the case's version and the tab's access; a change made on another PC
meanwhile is offered to be read again, and afterwards the tab shows the case as it now is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from collabdesk.services.container import Services
from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.dispute_detail import DisputeDetail
from collabdesk.ui.catalog_dialog import run_checked
from collabdesk.ui.errors import confirm
from collabdesk.ui.files import ask_save_path
from collabdesk.ui.pdf_actions import SAVE, safe_file_name, save_file, show_pdf
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.ui.widgets import run_service_action
from collabdesk.validation.dispute import SessionData


class CaseHost(Protocol):
    """The tab, as the actions see it."""

    services: Services
    read_only: bool
    access: DisputeAccess | None

    def shown_case(self) -> DisputeDetail | None: ...

    def case_changed(self, case_id: int | None) -> DisputeDetail | None:
        """Read the list and the case again, the case selected; returns it as now shown."""
        ...

    def agreement_made(self, project_id: int) -> None: ...

    def show_session(self, session_id: int) -> None: ...


class CaseActions(QObject):
    def __init__(self, host: CaseHost, parent: QWidget):
        super().__init__(parent)
        self.host = host
        self.widget = parent

    # --- helpers -------------------------------------------------------------------------
    def _case(self, writing: bool = True) -> DisputeDetail | None:
        detail = self.host.shown_case()
        if detail is None or (writing and self.host.read_only):
            return None
        return detail

    def _tracking(self, detail: DisputeDetail) -> tuple[list[int], Callable[[bool], DisputeDetail | None]]:
        """The version a dialog's change compares, kept up to date when the case is read again after
        another PC changed it (so that the user's second 확인 saves knowingly over that change)."""
        version = [detail.version]

        def refresh(_keep: bool) -> DisputeDetail | None:
            shown = self.host.case_changed(detail.id)
            if shown is not None and shown.id == detail.id:
                version[0] = shown.version
            return shown

        return version, refresh

    def _run(self, dialog: QDialog, case_id: int | None) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.host.case_changed(case_id)
        return True

    # --- the case ------------------------------------------------------------------------
    def new_case(self) -> bool:
        if self.host.read_only:
            return False
        from collabdesk.ui.disputes.case_dialog import CaseDialog

        opened: list[CaseDialog] = []
        if not run_service_action(
            self.widget,
            lambda: opened.append(CaseDialog(self.host.services, self.host.access, None, self.widget)),
        ):
            return False
        dialog = opened[0]
        return (
            dialog.exec() == QDialog.DialogCode.Accepted
            and self.host.case_changed(dialog.saved_id) is not None
        )

    def edit_case(self) -> bool:
        detail = self._case()
        if detail is None:
            return False
        from collabdesk.ui.disputes.case_dialog import CaseDialog

        opened: list[CaseDialog] = []
        if not run_service_action(
            self.widget,
            lambda: opened.append(CaseDialog(self.host.services, self.host.access, detail, self.widget)),
        ):
            return False
        return self._run(opened[0], detail.id)

    def change_status(self) -> bool:
        detail = self._case()
        if detail is None:
            return False
        from collabdesk.ui.disputes.status_dialog import StatusDialog

        disputes, access = self.host.services.disputes, self.host.access
        version, refresh = self._tracking(detail)

        def save(status: str, on: dt.date, note: str, outcome: str | None) -> None:
            disputes.change_status(detail.id, status, on, note, version[0], access, outcome_text=outcome)

        return self._run(StatusDialog(detail, save, refresh, self.widget), detail.id)

    def extend_deadline(self) -> bool:
        detail = self._case()
        if detail is None:
            return False
        from collabdesk.ui.disputes.deadline_dialog import ExtensionDialog

        disputes, access = self.host.services.disputes, self.host.access
        version, refresh = self._tracking(detail)

        def save(on: dt.date, days: int, reason: str) -> None:
            disputes.extend_deadline(detail.id, on, days, reason, version[0], access)

        return self._run(ExtensionDialog(detail, save, refresh, self.widget), detail.id)

    # --- sessions ------------------------------------------------------------------------
    def save_session(self, session_id: int | None = None) -> bool:
        detail = self._case()
        if detail is None:
            return False
        start = next((x for x in detail.sessions if x.id == session_id), None)
        if session_id is not None and start is None:
            return False
        from collabdesk.ui.disputes.session_dialog import SessionDialog

        disputes, access = self.host.services.disputes, self.host.access
        version, refresh = self._tracking(detail)

        saved: list[int] = []

        def save(data: SessionData) -> None:
            saved.append(disputes.save_session(detail.id, data, access, session_id, version[0]))

        if not self._run(SessionDialog(detail.number, save, refresh, start, self.widget), detail.id):
            return False
        self.host.show_session(saved[-1])
        return True

    def delete_session(self, session_id: int) -> bool:
        detail = self._case()
        session = next((x for x in detail.sessions if x.id == session_id), None) if detail else None
        if detail is None or session is None:
            return False
        question = self.tr("{0}의 조정기일({1})을 삭제하시겠습니까?").format(
            detail.number, session.held_on.isoformat()
        )
        if not confirm(self.widget, self.tr("조정기일 삭제"), question):
            return False
        disputes, access = self.host.services.disputes, self.host.access
        version, refresh = self._tracking(detail)
        done = run_checked(
            self.widget,
            lambda: disputes.delete_session(detail.id, session_id, access, version[0]),
            refresh,
            self.tr("삭제할 수 없습니다"),
        )
        if done:
            self.host.case_changed(detail.id)
        return done

    # --- the outcome ---------------------------------------------------------------------
    def edit_outcome(self) -> bool:
        detail = self._case()
        if detail is None:
            return False
        from collabdesk.ui.disputes.outcome_dialog import OutcomeDialog

        disputes, access = self.host.services.disputes, self.host.access
        version, refresh = self._tracking(detail)

        def save(text: str) -> None:
            disputes.set_outcome(detail.id, text, version[0], access)

        return self._run(OutcomeDialog(detail, save, refresh, self.widget), detail.id)

    def make_agreement(self) -> bool:
        """협약 버전 만들기…: the project's agreement dialog, saved through the disputes service."""
        detail = self._case()
        if detail is None or detail.data.project_id is None:
            return False
        from collabdesk.ui.disputes.outcome_dialog import OutcomeAgreementDialog

        project_id = detail.data.project_id
        _version, refresh = self._tracking(detail)
        opened: list[OutcomeAgreementDialog] = []
        if not run_service_action(
            self.widget,
            lambda: opened.append(
                OutcomeAgreementDialog(self.host.services, detail, self.host.access, refresh, self.widget)
            ),
        ):
            return False
        if not self._run(opened[0], detail.id):
            return False
        self.host.agreement_made(project_id)
        return True

    # --- documents -----------------------------------------------------------------------
    def record(self, how: str) -> BackgroundTask | None:
        """The 조정조서: preview (Ctrl+P), print or save as PDF, made in the background."""
        detail = self._case(writing=False)
        if detail is None:
            return None
        disputes, access, case_id = self.host.services.disputes, self.host.access, detail.id
        name = self.tr("조정조서")
        if how == SAVE:
            path = ask_save_path(
                self.widget,
                self.tr("조정조서 PDF로 저장"),
                safe_file_name(detail.number, name, fallback="조정조서"),
                self.tr("PDF 문서 (*.pdf)"),
                ".pdf",
            )
            if path is None:
                return None
            return save_file(
                self.widget,
                lambda: disputes.write_record(case_id, path, access),
                path,
                name,
                self.tr("조정조서 PDF를 저장하는 중…"),
            )
        return show_pdf(
            self.widget,
            lambda: disputes.record_pdf(case_id, access),
            self.tr("조정조서 - {0}").format(detail.number),
            how,
            self.tr("조정조서 PDF를 만드는 중…"),
        )

    def show_stats(self, year: int | None) -> QDialog:
        from collabdesk.ui.disputes.stats_dialog import StatsDialog

        dialog = StatsDialog(self.host.services.disputes, self.host.access, year, self.widget)
        dialog.exec()
        return dialog

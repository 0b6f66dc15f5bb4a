"""조정 결과: the agreed terms of a case (조정 내용), and the new agreement version of the related
consortium project written from them — the project's agreement dialog, started from the current
version with the outcome shown above it, whose 저장 goes through the disputes service so that the
version is linked to the case. The version's note stays neutral (조정 결과에 따른 변경): agreements are
seen by anyone who opens the project, so it never names the case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from collabdesk.errors import NotFoundError, StaleRecordError, UserError
from collabdesk.services.container import Services
from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.dispute_detail import DisputeDetail
from collabdesk.services.dispute_workflow import SETTLED
from collabdesk.ui.disputes.case_dialog import qdate
from collabdesk.ui.disputes.checked_dialog import CheckedDialog, Refresh
from collabdesk.ui.errors import ask_reload, show_error
from collabdesk.ui.projects.agreement_dialog import GEOMETRY_KEY, AgreementDialog

HINT_STYLE = "color: #555;"


class OutcomeDialog(CheckedDialog):
    """`save(outcome_text)`."""

    def __init__(
        self,
        detail: DisputeDetail,
        save: Callable[[str], object],
        refresh: Refresh,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, refresh, parent)
        self.setWindowTitle(self.tr("조정 결과 - {0}").format(detail.number))
        self.setObjectName("dispute_outcome_dialog")
        intro = QLabel(
            self.tr("당사자가 합의한 조정 내용을 항목별로 적습니다. 조정조서에 그대로 인쇄됩니다."),
            wordWrap=True,
        )
        intro.setStyleSheet(HINT_STYLE)
        self.text_edit = QPlainTextEdit(detail.outcome_text, objectName="outcome_text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            self.tr("예: 1. 피신청인은 신청인에게 28,000,000원을 2025년 12월 15일까지 지급한다.")
        )
        self.body.addWidget(intro)
        self.body.addWidget(self.text_edit, 1)
        self._finish()
        self.resize(620, 380)

    def values(self) -> tuple[str]:
        return (self.text_edit.toPlainText(),)


class OutcomeAgreementDialog(AgreementDialog):
    """The project's next agreement version, written from the case's outcome and linked to the case."""

    def __init__(
        self,
        services: Services,
        detail: DisputeDetail,
        access: DisputeAccess | None,
        refresh: Callable[[bool], DisputeDetail | None],
        parent: QWidget | None = None,
    ):
        assert detail.data.project_id is not None
        super().__init__(services, detail.data.project_id, 0, None, parent)
        self.setObjectName("outcome_agreement_dialog")
        self.case = detail
        self.case_version = detail.version
        self.access = access
        self._refresh_case = refresh
        self.setWindowTitle(self.tr("조정 결과로 새 협약 버전 - {0}").format(detail.number))
        outcome = QPlainTextEdit(detail.outcome_text, objectName="outcome_terms")
        outcome.setReadOnly(True)
        outcome.setMaximumHeight(110)
        box = QGroupBox(self.tr("조정 내용 ({0})").format(detail.number))
        QVBoxLayout(box).addWidget(outcome)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, box)
        self.note_edit.setText(self.tr("조정 결과에 따른 변경"))
        self.date_edit.setDate(qdate(self._agreed_on(services, detail)))
        self.hint.setText(
            self.hint.text()
            + " "
            + self.tr("저장하면 이 버전이 사건 {0}의 조정 결과로 연결됩니다.").format(detail.number)
        )
        self._initial = self._snapshot()  # the prefilled note and date are no unsaved work

    @staticmethod
    def _agreed_on(services: Services, detail: DisputeDetail) -> dt.date:
        """The settlement day when the case was settled after the current version, else today."""
        if detail.status != SETTLED or detail.closed_on is None or detail.data.project_id is None:
            return dt.date.today()
        versions = services.projects.get(detail.data.project_id).versions
        if versions and versions[-1].agreed_on > detail.closed_on:
            return dt.date.today()
        return detail.closed_on

    def _reread_case(self, keep: bool) -> None:
        shown = self._refresh_case(keep)
        if shown is not None and shown.id == self.case.id:
            self.case_version = shown.version

    def accept(self) -> None:
        """저장: against the case version and the project version this dialog started from. When
        another PC changed either meanwhile, ask_reload: reloaded, the dialog starts again from the
        project's agreement as now saved (the case read again too); kept, what was typed stays, and
        저장 saves it over a changed case (a changed project is still refused: its newer version must
        be seen first)."""
        self.table.setFocus()  # a share still being typed is what gets saved
        try:
            number = self.services.disputes.create_agreement_from_outcome(
                self.case.id,
                self.collect(),
                self.access,
                self.case_version,
                expected_project_version=self.expected_version,
            )
        except StaleRecordError as exc:
            reload = ask_reload(self, exc)
            self._reread_case(not reload)
            if reload:
                self._reload()
                self.note_edit.setText(self.tr("조정 결과에 따른 변경"))
                self.date_edit.setDate(qdate(self._agreed_on(self.services, self.case)))
                self._initial = self._snapshot()
            return
        except NotFoundError as exc:
            show_error(self, exc, self.tr("저장할 수 없습니다"))
            self._reread_case(False)
            QDialog.reject(self)
            return
        except UserError as exc:
            show_error(self, exc, self.tr("저장할 수 없습니다"))
            return
        self.saved_number = number
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        QDialog.accept(self)

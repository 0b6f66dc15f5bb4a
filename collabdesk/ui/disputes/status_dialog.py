"""상태 변경: the next step of a case's workflow — only the steps the workflow allows from where the
case stands are offered — dated (today by default) and with a note. Reopening a closed case asks its
reason; closing as 조정성립 asks the agreed terms in the same step. The service decides; a refusal is
said and the dialog stays open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QPlainTextEdit, QWidget

from collabdesk.services.dispute_detail import DisputeDetail
from collabdesk.services.dispute_workflow import DISMISSED, SETTLED, WITHDRAWN, is_closed, is_reopening
from collabdesk.ui.disputes.case_dialog import qdate
from collabdesk.ui.disputes.checked_dialog import CheckedDialog, Refresh

HINT_STYLE = "color: #555;"


class StatusDialog(CheckedDialog):
    """`save(status, on, note, outcome_text)`; outcome_text is None unless closing as 조정성립."""

    def __init__(
        self,
        detail: DisputeDetail,
        save: Callable[[str, dt.date, str, str | None], object],
        refresh: Refresh,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, refresh, parent)
        self.setWindowTitle(self.tr("상태 변경 - {0}").format(detail.number))
        self.setObjectName("dispute_status_dialog")
        self.detail = detail
        heading = QLabel(
            self.tr("{0}: 지금 상태는 '{1}'입니다.").format(detail.number, detail.status), wordWrap=True
        )
        heading.setStyleSheet("font-weight: bold;")
        self.status_combo = QComboBox(objectName="dispute_next_status")
        self.status_combo.addItems(detail.next_statuses)
        self.date_edit = QDateEdit(
            qdate(dt.date.today()), objectName="dispute_status_date", calendarPopup=True
        )
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.note_label = QLabel()
        self.note_edit = QPlainTextEdit(objectName="dispute_status_note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        self.note_label.setBuddy(self.note_edit)
        self.outcome_label = QLabel(self.tr("조정 내용\n(합의한 내용)"))
        self.outcome_edit = QPlainTextEdit(detail.outcome_text, objectName="dispute_status_outcome")
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_label.setBuddy(self.outcome_edit)
        self.hint = QLabel(objectName="dispute_status_hint", wordWrap=True)
        self.hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("바꿀 상태(&S)"), self.status_combo)
        form.addRow(self.tr("날짜"), self.date_edit)
        form.addRow(self.note_label, self.note_edit)
        form.addRow(self.outcome_label, self.outcome_edit)
        self.body.addWidget(heading)
        self.body.addLayout(form)
        self.body.addWidget(self.hint)
        self._finish()
        self.status_combo.currentTextChanged.connect(self._status_chosen)
        self._status_chosen(self.status_combo.currentText())
        self.resize(520, 0)

    def _status_chosen(self, status: str) -> None:
        reopening = is_reopening(self.detail.status, status)
        self.note_label.setText(self.tr("다시 진행하는 사유(&N)") if reopening else self.tr("경위·비고(&N)"))
        self.note_edit.setPlaceholderText(
            self.tr("예: 피신청인이 새 증빙을 제출하여 조정을 다시 진행함")
            if reopening
            else self.tr("예: 조정위원 배정, 제1차 조정기일 지정")
        )
        settling = status == SETTLED
        self.outcome_label.setVisible(settling)
        self.outcome_edit.setVisible(settling)
        if reopening:
            hint = self.tr("종결된 사건을 다시 진행하려면 그 사유를 꼭 적어야 합니다.")
        elif settling:
            hint = self.tr("조정성립으로 종결하려면 당사자가 합의한 조정 내용을 함께 적어야 합니다.")
        elif status in (WITHDRAWN, DISMISSED):
            hint = self.tr("사건은 지우지 않습니다. 잘못 접수한 사건도 취하나 각하로 종결해 둡니다.")
        elif is_closed(status):
            hint = self.tr("종결한 사건은 사유를 적고 다시 진행할 수 있습니다.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.adjustSize()

    def values(self) -> tuple[str, dt.date, str, str | None]:
        status = self.status_combo.currentText()
        on: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        outcome = self.outcome_edit.toPlainText() if status == SETTLED else None
        return status, on, self.note_edit.toPlainText(), outcome

"""기한 연장: days added to a case's processing period, with the day and the reason (both recorded;
the service refuses a closed case, a missing reason or an impossible number of days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from collabdesk.services.dispute_detail import DisputeDetail
from collabdesk.ui.disputes.case_dialog import qdate
from collabdesk.ui.disputes.checked_dialog import CheckedDialog, Refresh
from collabdesk.validation.dispute import MAX_EXTENSION_DAYS

DEFAULT_DAYS = 30


class ExtensionDialog(CheckedDialog):
    """`save(on, days, reason)`."""

    def __init__(
        self,
        detail: DisputeDetail,
        save: Callable[[dt.date, int, str], object],
        refresh: Refresh,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, refresh, parent)
        self.setWindowTitle(self.tr("처리 기한 연장 - {0}").format(detail.number))
        self.setObjectName("dispute_extension_dialog")
        self.deadline = detail.deadline
        self.date_edit = QDateEdit(qdate(dt.date.today()), objectName="extension_date", calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.days_spin = QSpinBox(objectName="extension_days")
        self.days_spin.setRange(1, MAX_EXTENSION_DAYS)
        self.days_spin.setValue(DEFAULT_DAYS)
        self.days_spin.setSuffix(self.tr("일"))
        self.reason_edit = QLineEdit(objectName="extension_reason")
        self.reason_edit.setPlaceholderText(self.tr("예: 당사자 합의로 보완 자료 제출 기간 연장"))
        self.reason_edit.setMinimumWidth(320)
        self.result_label = QLabel(objectName="extension_result")
        self.days_spin.valueChanged.connect(self._show_result)
        form = QFormLayout()
        form.addRow(self.tr("연장일"), self.date_edit)
        form.addRow(self.tr("연장 일수(&D)"), self.days_spin)
        form.addRow(self.tr("사유(&R)"), self.reason_edit)
        form.addRow(self.tr("처리 기한"), self.result_label)
        self.body.addLayout(form)
        self._finish()
        self._show_result()
        self.reason_edit.setFocus()

    def _show_result(self) -> None:
        after = self.deadline + dt.timedelta(days=self.days_spin.value())
        self.result_label.setText(self.tr("{0} → {1}").format(self.deadline.isoformat(), after.isoformat()))

    def values(self) -> tuple[dt.date, int, str]:
        on: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return on, self.days_spin.value(), self.reason_edit.text()

"""조정기일: one mediation session of a case — its date, place, who attended, what happened and what
is to be done next. Added or changed with the case's version compared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from collabdesk.services.dispute_detail import SessionLine
from collabdesk.ui.disputes.case_dialog import qdate
from collabdesk.ui.disputes.checked_dialog import CheckedDialog, Refresh
from collabdesk.validation.dispute import SessionData


class SessionDialog(CheckedDialog):
    """`save(data)` with the SessionData typed; `start` is the session being changed (None: a new one)."""

    def __init__(
        self,
        number: str,
        save: Callable[[SessionData], object],
        refresh: Refresh,
        start: SessionLine | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, refresh, parent)
        self.setWindowTitle(
            self.tr("조정기일 추가 - {0}").format(number)
            if start is None
            else self.tr("조정기일 수정 - {0}").format(number)
        )
        self.setObjectName("dispute_session_dialog")
        held_on = start.held_on if start is not None else dt.date.today()
        self.date_edit = QDateEdit(qdate(held_on), objectName="session_date", calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.place_edit = QLineEdit(start.place if start else "", objectName="session_place")
        self.place_edit.setPlaceholderText(self.tr("예: 경기중소기업지원센터 3층 회의실"))
        self.attendees_edit = QLineEdit(start.attendees if start else "", objectName="session_attendees")
        self.attendees_edit.setPlaceholderText(
            self.tr("예: 신청인 서준호 대표, 피신청인 강태식 대표, 조정위원 박정호")
        )
        self.summary_edit = QPlainTextEdit(start.summary if start else "", objectName="session_summary")
        self.summary_edit.setTabChangesFocus(True)
        self.next_edit = QPlainTextEdit(start.next_steps if start else "", objectName="session_next")
        self.next_edit.setTabChangesFocus(True)
        self.next_edit.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("날짜(&D)"), self.date_edit)
        form.addRow(self.tr("장소"), self.place_edit)
        form.addRow(self.tr("참석자"), self.attendees_edit)
        form.addRow(self.tr("진행 내용"), self.summary_edit)
        form.addRow(self.tr("다음 할 일"), self.next_edit)
        self.body.addLayout(form)
        self._finish()
        self.resize(600, 420)

    def data(self) -> SessionData:
        held_on: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return SessionData(
            held_on,
            self.place_edit.text(),
            self.attendees_edit.text(),
            self.summary_edit.toPlainText(),
            self.next_edit.toPlainText(),
        )

    def values(self) -> tuple[SessionData]:
        return (self.data(),)

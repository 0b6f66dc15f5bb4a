"""A date that may be left empty (a project's end, a milestone not done yet): a check box that says
whether there is a date, beside a calendar date edit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None, object_name: str = ""):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.check = QCheckBox(label, objectName=f"{object_name}_set" if object_name else "")
        self.edit = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _date: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def date(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[no-any-return]

    def set_date(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

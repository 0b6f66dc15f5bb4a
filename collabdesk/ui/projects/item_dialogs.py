"""The small forms of a project's detail: a milestone (what, due, done), an outcome (kind, date,
amount and currency, the participants it belongs to) and the stage the project has reached."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import FieldErrors, UserError
from collabdesk.ui.date_field import OptionalDateEdit
from collabdesk.ui.errors import show_error
from collabdesk.ui.widgets import add_ok_cancel
from collabdesk.validation.project import (
    CURRENCIES,
    OUTCOME_KINDS,
    STAGES,
    MilestoneData,
    OutcomeData,
    validate_milestone,
    validate_outcome,
)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def parse_money(text: str) -> Decimal | None:
    """'10,000,000' → Decimal; '' → None; anything else raises FieldErrors naming what was typed."""
    cleaned = text.replace(",", "").replace("원", "").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise FieldErrors({"outcome": f"금액 '{text.strip()}'은(는) 숫자가 아닙니다. 예: 10,000,000"})
    if value != value.quantize(Decimal("0.01")):
        raise FieldErrors(
            {"outcome": f"금액 '{text.strip()}'은(는) 소수점 둘째 자리까지만 적을 수 있습니다."}
        )
    return value


class MilestoneDialog(QDialog):
    """Saves nothing itself: `data()` is what the form says once accepted (checked on 확인)."""

    def __init__(self, start: MilestoneData | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("milestone_dialog")
        self.setWindowTitle(self.tr("마일스톤") if start else self.tr("마일스톤 추가"))
        start = start or MilestoneData("", dt.date.today() + dt.timedelta(days=30))
        self.title_edit = QLineEdit(start.title, objectName="milestone_title")
        self.title_edit.setPlaceholderText(self.tr("예: 시제품 1차 완성"))
        self.due_edit = OptionalDateEdit(self.tr("정함"), object_name="milestone_due")
        self.due_edit.set_date(start.due_on)
        self.done_edit = OptionalDateEdit(self.tr("완료"), object_name="milestone_done")
        self.done_edit.set_date(start.done_on)
        form = QFormLayout()
        form.addRow(self.tr("내용(&T)"), self.title_edit)
        form.addRow(self.tr("예정일"), self.due_edit)
        form.addRow(self.tr("완료일"), self.done_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        add_ok_cancel(self, layout)
        self.resize(440, 0)

    def data(self) -> MilestoneData:
        return MilestoneData(self.title_edit.text().strip(), self.due_edit.date(), self.done_edit.date())

    def accept(self) -> None:
        try:
            validate_milestone(self.data())
        except UserError as exc:
            show_error(self, exc, self.tr("저장할 수 없습니다"))
            return
        super().accept()


class OutcomeDialog(QDialog):
    """An outcome of the project; the participants to tick are the current agreement's companies."""

    def __init__(self, members: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outcome_dialog")
        self.setWindowTitle(self.tr("성과 추가"))
        self.kind_combo = QComboBox(objectName="outcome_kind")
        self.kind_combo.addItems(OUTCOME_KINDS)
        self.date_edit = QDateEdit(_qdate(dt.date.today()), objectName="outcome_date", calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.amount_edit = QLineEdit(objectName="outcome_amount")
        self.amount_edit.setPlaceholderText(self.tr("예: 10,000,000 (없으면 비워 둡니다)"))
        self.currency_combo = QComboBox(objectName="outcome_currency")
        self.currency_combo.addItems(CURRENCIES)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_combo)
        self.description_edit = QLineEdit(objectName="outcome_description")
        self.description_edit.setPlaceholderText(self.tr("예: 미국 A사와 3년 공급 계약"))
        self.members_list = QListWidget(objectName="outcome_members")
        for member_id, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members_list.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("종류(&K)"), self.kind_combo)
        form.addRow(self.tr("날짜"), self.date_edit)
        form.addRow(self.tr("금액"), amount_row)
        form.addRow(self.tr("내용"), self.description_edit)
        form.addRow(self.tr("참여 기업"), self.members_list)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        add_ok_cancel(self, layout)
        self.resize(480, 400)

    def data(self) -> OutcomeData:
        ticked = [
            self.members_list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.members_list.count())
            if self.members_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        return OutcomeData(
            kind=self.kind_combo.currentText(),
            occurred_on=self.date_edit.date().toPython(),  # type: ignore[arg-type]
            amount=parse_money(self.amount_edit.text()),
            currency=self.currency_combo.currentText(),
            description=self.description_edit.text().strip(),
            member_ids=ticked,
        )

    def accept(self) -> None:
        try:
            validate_outcome(self.data())
        except UserError as exc:
            show_error(self, exc, self.tr("저장할 수 없습니다"))
            return
        super().accept()


class StageDialog(QDialog):
    """The stage the project reached and on which day (기획 → 개발 → 생산 → 판매·마케팅).

    The next stage is offered, dated today; a stage already reached shows the day it was recorded,
    so going back to it keeps that day unless it is changed on purpose."""

    def __init__(self, current: str, reached: dict[str, dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stage_dialog")
        self.setWindowTitle(self.tr("단계 변경"))
        self._reached = reached
        self.stage_combo = QComboBox(objectName="stage_choice")
        self.stage_combo.addItems(STAGES)
        self.date_edit = QDateEdit(_qdate(dt.date.today()), objectName="stage_date", calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.stage_combo.currentTextChanged.connect(self._stage_chosen)
        following = STAGES.index(current) + 1 if current in STAGES else 0
        self.stage_combo.setCurrentIndex(min(following, len(STAGES) - 1))
        self._stage_chosen(self.stage_combo.currentText())
        form = QFormLayout()
        form.addRow(self.tr("단계"), self.stage_combo)
        form.addRow(self.tr("도달한 날"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        add_ok_cancel(self, layout)

    def _stage_chosen(self, stage: str) -> None:
        self.date_edit.setDate(_qdate(self._reached.get(stage, dt.date.today())))

    def choice(self) -> tuple[str, dt.date]:
        return self.stage_combo.currentText(), self.date_edit.date().toPython()  # type: ignore[return-value]

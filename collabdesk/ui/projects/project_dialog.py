"""과제 등록·수정: the project itself (name, business item, kind, group, 주관기업, dates, status and the
support received). Participants and shares are agreement versions, edited in their own dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import FieldErrors, StaleRecordError, UserError
from collabdesk.services.container import Services
from collabdesk.ui.date_field import OptionalDateEdit
from collabdesk.ui.errors import ask_reload, confirm, show_error
from collabdesk.ui.member_picker import pick_member
from collabdesk.ui.widgets import add_ok_cancel
from collabdesk.validation.project import PROJECT_STATUSES, ProjectData

GEOMETRY_KEY = "project_dialog/geometry"
ERROR_STYLE = "color: #b00020;"


def parse_amount(text: str) -> int | None:
    """'150,000,000' or '1억5천' is not guessed at: digits with optional commas and 원, else ValueError."""
    cleaned = text.replace(",", "").replace("원", "").strip()
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValueError(text)
    return int(cleaned)


class ProjectDialog(QDialog):
    def __init__(
        self,
        services: Services,
        project_id: int | None,
        parent: QWidget | None = None,
        group_id: int | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("project_dialog")
        self.services = services
        self.project_id = project_id
        self.saved_id: int | None = None
        self._version = 0
        self._lead: tuple[int, str] | None = None
        kinds = services.projects.kinds()
        if project_id is None:
            data = ProjectData("", kinds[0] if kinds else "", group_id=group_id)
            lead_name = ""
        else:
            detail = services.projects.get(project_id)
            data, self._version, lead_name = detail.data, detail.version, detail.lead_name
        self.setWindowTitle(
            self.tr("새 과제") if project_id is None else self.tr("과제 수정 - {0}").format(data.name)
        )
        self._build(kinds)
        self._load(data, lead_name)
        self._initial = self._snapshot()
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(620, 560)

    def _build(self, kinds: list[str]) -> None:
        self.name_edit = QLineEdit(objectName="project_name")
        self.name_edit.setPlaceholderText(self.tr("예: 스마트 공작기계 공동개발"))
        self.item_edit = QLineEdit(objectName="project_item")
        self.item_edit.setPlaceholderText(self.tr("예: IoT 센서를 단 소형 CNC 선반"))
        self.kind_combo = QComboBox(objectName="project_kind")
        self.kind_combo.addItems(kinds)
        self.group_combo = QComboBox(objectName="project_group")
        self.group_combo.addItem(self.tr("(없음)"), None)
        for group in self.services.groups.tree():
            self.group_combo.addItem("  " * group.depth + group.name, group.id)
        self.lead_label = QLabel(objectName="project_lead")
        choose = QPushButton(self.tr("고르기…"), objectName="choose_lead")
        choose.clicked.connect(self._choose_lead)
        clear = QPushButton(self.tr("지우기"), objectName="clear_lead")
        clear.clicked.connect(lambda: self._set_lead(None))
        lead_row = QHBoxLayout()
        lead_row.addWidget(self.lead_label, 1)
        lead_row.addWidget(choose)
        lead_row.addWidget(clear)
        self.start_edit = OptionalDateEdit(self.tr("시작"), object_name="project_start")
        self.end_edit = OptionalDateEdit(self.tr("종료"), object_name="project_end")
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(self.end_edit)
        self.status_combo = QComboBox(objectName="project_status")
        self.status_combo.addItems(PROJECT_STATUSES)
        self.program_edit = QLineEdit(objectName="support_program")
        self.program_edit.setPlaceholderText(self.tr("예: 중소기업 협업 R&D 지원사업"))
        self.agency_edit = QLineEdit(objectName="support_agency")
        self.agency_edit.setPlaceholderText(self.tr("예: 중소벤처기업부"))
        self.amount_edit = QLineEdit(objectName="support_amount")
        self.amount_edit.setPlaceholderText(self.tr("원 단위 숫자, 예: 150,000,000"))
        self.note_edit = QPlainTextEdit(objectName="project_note")
        self.note_edit.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(self.tr("과제명(&N)"), self.name_edit)
        form.addRow(self.tr("사업 아이템"), self.item_edit)
        form.addRow(self.tr("종류"), self.kind_combo)
        form.addRow(self.tr("그룹"), self.group_combo)
        form.addRow(self.tr("주관기업"), lead_row)
        form.addRow(self.tr("기간"), dates)
        form.addRow(self.tr("상태"), self.status_combo)
        form.addRow(self.tr("지원 사업"), self.program_edit)
        form.addRow(self.tr("지원 기관"), self.agency_edit)
        form.addRow(self.tr("지원 금액(원)"), self.amount_edit)
        form.addRow(self.tr("비고"), self.note_edit)
        self.error_label = QLabel(objectName="project_error", wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        add_ok_cancel(self, layout, self.tr("저장"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)

    def _load(self, data: ProjectData, lead_name: str) -> None:
        self.name_edit.setText(data.name)
        self.item_edit.setText(data.item)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findText(data.kind), 0))
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(data.group_id), 0))
        self._set_lead((data.lead_member_id, lead_name) if data.lead_member_id is not None else None)
        if data.lead_member_id is None and lead_name:
            self.lead_label.setText(lead_name)  # the lead left the directory; the name stays
        self.start_edit.set_date(data.start_on)
        self.end_edit.set_date(data.end_on)
        self.status_combo.setCurrentIndex(max(self.status_combo.findText(data.status), 0))
        self.program_edit.setText(data.support_program)
        self.agency_edit.setText(data.support_agency)
        self.amount_edit.setText(f"{data.support_amount:,}" if data.support_amount is not None else "")
        self.note_edit.setPlainText(data.note)

    def _set_lead(self, lead: tuple[int, str] | None) -> None:
        self._lead = lead
        self.lead_label.setText(lead[1] if lead else self.tr("(지정 안 함)"))

    def _choose_lead(self) -> None:
        chosen = pick_member(self.services.members, self, title=self.tr("주관기업 선택"))
        if chosen is not None:
            self._set_lead(chosen)

    def data(self) -> ProjectData:
        """What the form says; a support amount that is not a number raises FieldErrors."""
        try:
            amount = parse_amount(self.amount_edit.text())
        except ValueError:
            raise FieldErrors(
                {"support_amount": self.tr("지원 금액은 원 단위 숫자로 입력해 주십시오 (예: 150,000,000).")}
            ) from None
        return ProjectData(
            name=self.name_edit.text().strip(),
            kind=self.kind_combo.currentText(),
            item=self.item_edit.text().strip(),
            group_id=self.group_combo.currentData(),
            lead_member_id=self._lead[0] if self._lead else None,
            start_on=self.start_edit.date(),
            end_on=self.end_edit.date(),
            status=self.status_combo.currentText(),
            support_program=self.program_edit.text().strip(),
            support_agency=self.agency_edit.text().strip(),
            support_amount=amount,
            note=self.note_edit.toPlainText().strip(),
        )

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.name_edit.text(),
            self.item_edit.text(),
            self.kind_combo.currentText(),
            self.group_combo.currentData(),
            self._lead,
            self.start_edit.date(),
            self.end_edit.date(),
            self.status_combo.currentText(),
            self.program_edit.text(),
            self.agency_edit.text(),
            self.amount_edit.text(),
            self.note_edit.toPlainText(),
        )

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    def accept(self) -> None:
        projects = self.services.projects
        try:
            data = self.data()
            if self.project_id is None:
                self.saved_id = projects.create(data)
            else:
                projects.update(self.project_id, data, self._version)
                self.saved_id = self.project_id
        except FieldErrors as exc:
            self.error_label.setText(str(exc))
            QMessageBox.warning(self, self.tr("저장할 수 없습니다"), str(exc))
            return
        except StaleRecordError as exc:
            self._stale(exc)
            return
        except UserError as exc:
            show_error(self, exc, self.tr("저장할 수 없습니다"))
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().accept()

    def _stale(self, exc: StaleRecordError) -> None:
        if ask_reload(self, exc) and self.project_id is not None:
            detail = self.services.projects.get(self.project_id)
            self._version = detail.version
            self._load(detail.data, detail.lead_name)
            self._initial = self._snapshot()

    def reject(self) -> None:
        if self.has_changes() and not confirm(
            self, self.tr("변경 내용 버리기"), self.tr("저장하지 않은 변경 내용을 버리시겠습니까?")
        ):
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().reject()

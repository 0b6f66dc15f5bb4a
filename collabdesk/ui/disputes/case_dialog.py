"""새 사건·사건 수정: a dispute case as received — the date, the parties (member companies from the
directory or outside parties by name, each 신청인 or 피신청인), the related project and the agreement
version in force, the type, the amount in dispute, the mediators, the claim and the processing period.

The status, sessions and outcome have their own dialogs. The service checks everything and numbers
a new case; nothing is saved until it is right. A case changed on another PC meanwhile is offered to
be read again (ask_reload)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import FieldErrors, StaleRecordError, UserError
from collabdesk.formatting import thousands
from collabdesk.services.container import Services
from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.dispute_detail import DisputeDetail
from collabdesk.services.dispute_mediators import MediatorRow
from collabdesk.ui.errors import ask_reload, confirm, show_error
from collabdesk.ui.member_picker import pick_member
from collabdesk.ui.projects.project_dialog import parse_amount
from collabdesk.ui.widgets import add_ok_cancel
from collabdesk.validation.dispute import (
    APPLICANT,
    DEFAULT_TARGET_DAYS,
    MAX_TARGET_DAYS,
    RESPONDENT,
    SIDES,
    DisputeData,
    PartyInput,
)

GEOMETRY_KEY = "dispute_case_dialog/geometry"
ERROR_STYLE = "color: #b00020;"
SIDE, NAME, REPRESENTATIVE, ADDRESS = range(4)


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class CaseDialog(QDialog):
    """A new case (`detail` None) or the case `detail` shows; `saved_id` is set once saved."""

    def __init__(
        self,
        services: Services,
        access: DisputeAccess | None,
        detail: DisputeDetail | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("dispute_case_dialog")
        self.services = services
        self.access = access
        self.case_id = detail.id if detail is not None else None
        self.saved_id: int | None = None
        self._version = detail.version if detail is not None else 0
        self._types = services.disputes.types()
        self._mediators = services.mediators.items()
        self._projects = [(row.id, row.name) for row in services.projects.search()]
        self.setWindowTitle(
            self.tr("새 분쟁조정 사건")
            if detail is None
            else self.tr("사건 수정 - {0}").format(detail.number)
        )
        self._build()
        if detail is None:
            self._load(DisputeData(dt.date.today(), self._types[0] if self._types else "", []))
        else:
            self._load(detail.data)
            if detail.outcome_agreement_number is not None:  # the service refuses a change too
                self.project_combo.setEnabled(False)
                self.project_combo.setToolTip(
                    self.tr("이 사건의 조정 결과로 협약 버전을 만들었으므로 관련 과제를 바꿀 수 없습니다")
                )
        self._initial = self._snapshot()
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(780, 720)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.received_edit = QDateEdit(objectName="dispute_received", calendarPopup=True)
        self.received_edit.setDisplayFormat("yyyy-MM-dd")
        self.type_combo = QComboBox(objectName="dispute_type")
        self.type_combo.addItems(self._types)
        self.target_spin = QSpinBox(objectName="dispute_target_days")
        self.target_spin.setRange(1, MAX_TARGET_DAYS)
        self.target_spin.setSuffix(self.tr("일"))
        self.target_spin.setToolTip(
            self.tr("접수일부터 처리 기한까지의 날 수. 공공 조정기구는 대개 60일입니다.")
        )
        top = QHBoxLayout()
        for n, (text, field) in enumerate(
            (
                (self.tr("접수일(&D)"), self.received_edit),
                (self.tr("유형(&T)"), self.type_combo),
                (self.tr("처리 기간"), self.target_spin),
            )
        ):
            if n:
                top.addSpacing(16)
            label = QLabel(text)
            label.setBuddy(field)
            top.addWidget(label)
            top.addWidget(field, 1 if field is self.type_combo else 0)

        self.parties = QTableWidget(0, 4, objectName="dispute_party_table")
        self.parties.setHorizontalHeaderLabels(
            [self.tr("구분"), self.tr("당사자"), self.tr("대표자"), self.tr("주소")]
        )
        self.parties.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parties.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parties.verticalHeader().hide()
        self.parties.verticalHeader().setDefaultSectionSize(28)
        header = self.parties.horizontalHeader()
        self.parties.setColumnWidth(SIDE, 100)
        self.parties.setColumnWidth(NAME, 190)
        self.parties.setColumnWidth(REPRESENTATIVE, 90)
        header.setSectionResizeMode(ADDRESS, QHeaderView.ResizeMode.Stretch)
        add_member = QPushButton(self.tr("회원사 추가…"), objectName="add_member_party")
        add_member.setToolTip(
            self.tr("회원사 명부에서 고릅니다. 대표자와 주소는 비워 두면 명부의 것을 씁니다.")
        )
        add_member.clicked.connect(self.add_member)
        add_outside = QPushButton(self.tr("외부 당사자 추가"), objectName="add_outside_party")
        add_outside.setToolTip(self.tr("회원사가 아닌 회사나 사람. 이름을 표에 입력합니다."))
        add_outside.clicked.connect(self.add_outside)
        remove = QPushButton(self.tr("빼기"), objectName="remove_party")
        remove.clicked.connect(self.remove_party)
        side_buttons = QVBoxLayout()
        for button in (add_member, add_outside, remove):
            button.setAutoDefault(False)
            side_buttons.addWidget(button)
        side_buttons.addStretch(1)
        parties_row = QHBoxLayout()
        parties_row.addWidget(self.parties, 1)
        parties_row.addLayout(side_buttons)
        parties_box = QGroupBox(self.tr("당사자 (신청인과 피신청인이 한 곳 이상씩)"))
        parties_box.setLayout(parties_row)

        self.project_combo = QComboBox(objectName="dispute_project")
        self.project_combo.addItem(self.tr("(없음)"), None)
        for project_id, name in self._projects:
            self.project_combo.addItem(name, project_id)
        self.project_combo.setMinimumContentsLength(20)
        self.agreement_combo = QComboBox(objectName="dispute_agreement")
        self.agreement_combo.setMinimumContentsLength(16)
        self.project_combo.currentIndexChanged.connect(lambda _n: self._fill_versions(None))
        project_row = QHBoxLayout()
        project_row.addWidget(self.project_combo, 3)
        project_row.addWidget(QLabel(self.tr("협약")))
        project_row.addWidget(self.agreement_combo, 2)
        self.amount_edit = QLineEdit(objectName="dispute_amount")
        self.amount_edit.setPlaceholderText(self.tr("원 단위 숫자, 예: 35,000,000 (없으면 비워 둡니다)"))
        self.mediator_list = QListWidget(objectName="dispute_mediators")
        self.mediator_list.setMaximumHeight(96)
        self.claim_edit = QPlainTextEdit(objectName="dispute_claim_edit")
        self.claim_edit.setTabChangesFocus(True)
        self.claim_edit.setPlaceholderText(self.tr("신청인이 무엇을 구하는지, 그 이유를 적습니다"))

        form = QFormLayout()
        form.addRow(self.tr("관련 과제"), project_row)
        form.addRow(self.tr("분쟁 금액(원)"), self.amount_edit)
        form.addRow(self.tr("조정위원"), self.mediator_list)
        form.addRow(self.tr("신청 내용"), self.claim_edit)
        self.error_label = QLabel(objectName="dispute_case_error", wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(parties_box, 2)
        layout.addLayout(form, 3)
        layout.addWidget(self.error_label)
        add_ok_cancel(self, layout, self.tr("저장"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)

    def _fill_mediators(self, chosen: list[int]) -> None:
        """Active mediators to tick; one no longer active stays listed while the case names them."""
        self.mediator_list.clear()
        shown: list[MediatorRow] = [m for m in self._mediators if m.active or m.id in chosen]
        for mediator in shown:
            text = mediator.label if mediator.active else self.tr("{0} (활동 안 함)").format(mediator.label)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, mediator.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if mediator.id in chosen else Qt.CheckState.Unchecked)
            self.mediator_list.addItem(item)
        if not shown:
            item = QListWidgetItem(self.tr("(조정위원 목록이 비어 있습니다 — 설정 → 조정위원 관리)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.mediator_list.addItem(item)

    def _fill_versions(self, chosen: int | None) -> None:
        """The project's agreement versions; the first entry lets the service take the one in force."""
        self.agreement_combo.clear()
        project_id = self.project_combo.currentData()
        self.agreement_combo.addItem(self.tr("접수일에 유효한 협약"), None)
        self.agreement_combo.setItemData(
            0,
            self.tr("접수일 당시 효력이 있던 버전을 저장할 때 찾아 연결합니다"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.agreement_combo.setEnabled(project_id is not None)
        if project_id is None:
            return
        try:
            versions = self.services.projects.get(project_id).versions
        except UserError as exc:
            show_error(self, exc)
            return
        for version in versions:
            self.agreement_combo.addItem(
                self.tr("제{0}차 ({1})").format(version.number, version.agreed_on.isoformat()), version.number
            )
        self.agreement_combo.setCurrentIndex(max(self.agreement_combo.findData(chosen), 0))

    def _load(self, data: DisputeData) -> None:
        self.received_edit.setDate(qdate(data.received_on))
        if data.dispute_type and self.type_combo.findText(data.dispute_type) < 0:
            self.type_combo.addItem(data.dispute_type)  # renamed or removed meanwhile: kept visible
        self.type_combo.setCurrentIndex(max(self.type_combo.findText(data.dispute_type), 0))
        self.target_spin.setValue(data.target_days or DEFAULT_TARGET_DAYS)
        self.parties.setRowCount(0)
        for party in data.parties:
            self._add_row(party)
        self.project_combo.blockSignals(True)
        self.project_combo.setCurrentIndex(max(self.project_combo.findData(data.project_id), 0))
        self.project_combo.blockSignals(False)
        self._fill_versions(data.agreement_number)
        self.amount_edit.setText(thousands(data.amount))
        self._fill_mediators(list(data.mediator_ids))
        self.claim_edit.setPlainText(data.claim_summary)
        self.error_label.clear()

    # --- parties -------------------------------------------------------------------------
    def _add_row(self, party: PartyInput) -> int:
        row = self.parties.rowCount()
        self.parties.insertRow(row)
        side = QComboBox(objectName=f"party_side_{row}")
        side.addItems(SIDES)
        side.setCurrentIndex(max(side.findText(party.side), 0))
        self.parties.setCellWidget(row, SIDE, side)
        name = QTableWidgetItem(party.name)
        name.setData(Qt.ItemDataRole.UserRole, party.member_id)
        if party.member_id is not None:
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setToolTip(self.tr("회원사 명부의 회사입니다"))
        self.parties.setItem(row, NAME, name)
        self.parties.setItem(row, REPRESENTATIVE, QTableWidgetItem(party.representative))
        self.parties.setItem(row, ADDRESS, QTableWidgetItem(party.address))
        self.parties.selectRow(row)
        return row

    def _next_side(self) -> str:
        """신청인 until there is one, then 피신청인."""
        return RESPONDENT if any(p.side == APPLICANT for p in self.party_inputs()) else APPLICANT

    def add_member(self) -> None:
        taken = {p.member_id for p in self.party_inputs() if p.member_id is not None}
        chosen = pick_member(
            self.services.members, self, exclude=taken, title=self.tr("당사자로 넣을 회원사")
        )
        if chosen is not None:
            member_id, name = chosen
            self._add_row(PartyInput(self._next_side(), name, member_id))

    def add_outside(self) -> None:
        row = self._add_row(PartyInput(self._next_side()))
        self.parties.setCurrentCell(row, NAME)
        if self.parties.isVisible():
            self.parties.editItem(self.parties.item(row, NAME))

    def remove_party(self) -> None:
        rows = self.parties.selectionModel().selectedRows()
        if rows:
            self.parties.removeRow(rows[0].row())

    def party_inputs(self) -> list[PartyInput]:
        parties: list[PartyInput] = []
        for row in range(self.parties.rowCount()):
            side = self.parties.cellWidget(row, SIDE)
            name = self.parties.item(row, NAME)
            cells = [self.parties.item(row, column) for column in (REPRESENTATIVE, ADDRESS)]
            parties.append(
                PartyInput(
                    side.currentText() if isinstance(side, QComboBox) else APPLICANT,
                    name.text().strip() if name else "",
                    name.data(Qt.ItemDataRole.UserRole) if name else None,
                    *(cell.text().strip() if cell else "" for cell in cells),
                )
            )
        return parties

    # --- saving --------------------------------------------------------------------------
    def data(self) -> DisputeData:
        """What the form says; an amount that is not a number raises FieldErrors."""
        try:
            amount = parse_amount(self.amount_edit.text())
        except ValueError:
            raise FieldErrors(
                {"amount": self.tr("분쟁 금액은 원 단위 숫자로 입력해 주십시오 (예: 35,000,000).")}
            ) from None
        mediators = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.mediator_list.item(n) for n in range(self.mediator_list.count()))
            if item is not None
            and item.checkState() == Qt.CheckState.Checked
            and item.data(Qt.ItemDataRole.UserRole) is not None
        ]
        received: dt.date = self.received_edit.date().toPython()  # type: ignore[assignment]
        return DisputeData(
            received_on=received,
            dispute_type=self.type_combo.currentText(),
            parties=self.party_inputs(),
            claim_summary=self.claim_edit.toPlainText().strip(),
            amount=amount,
            project_id=self.project_combo.currentData(),
            agreement_number=self.agreement_combo.currentData(),
            mediator_ids=mediators,
            target_days=self.target_spin.value(),
        )

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.received_edit.date(),
            self.type_combo.currentText(),
            self.target_spin.value(),
            [tuple(vars(p).values()) for p in self.party_inputs()],
            self.project_combo.currentData(),
            self.agreement_combo.currentData(),
            self.amount_edit.text(),
            [
                self.mediator_list.item(n).checkState() == Qt.CheckState.Checked
                for n in range(self.mediator_list.count())
            ],
            self.claim_edit.toPlainText(),
        )

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    def accept(self) -> None:
        self.parties.setFocus()  # a cell still being typed in is committed first
        disputes = self.services.disputes
        try:
            data = self.data()
            if self.case_id is None:
                self.saved_id = disputes.create(data, self.access)
            else:
                disputes.update(self.case_id, data, self._version, self.access)
                self.saved_id = self.case_id
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
        """Another PC saved the case first: read it again if the user wants (a view, logged)."""
        if not ask_reload(self, exc) or self.case_id is None:
            return
        try:
            detail = self.services.disputes.get(self.case_id, self.access)
        except UserError as error:
            show_error(self, error)
            return
        self._version = detail.version
        self._mediators = self.services.mediators.items()
        self._load(detail.data)
        self._initial = self._snapshot()

    def reject(self) -> None:
        if self.has_changes() and not confirm(
            self, self.tr("변경 내용 버리기"), self.tr("저장하지 않은 내용을 버리시겠습니까?")
        ):
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().reject()

"""회의 기록: one meeting in one dialog, saved in one transaction.

Four pages: 기본 정보 (kind, title, group, time, place, 의장, 서기, notice, opening and closing words),
출석 (the roll from the member directory, guests, and the quorum line as it changes), 안건·의결
(agenda items with their discussion, resolutions whose 가결/부결 follows the votes and the group's
rule), and 후속조치 (the group's open action items from earlier meetings, and this meeting's own).
The dialog only gathers what was typed; the meeting service checks it and says in Korean what is
wrong, and nothing is saved until it is right.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import FieldErrors, StaleRecordError, UserError
from collabdesk.services.container import Services
from collabdesk.services.meetings import OpenAction
from collabdesk.ui.errors import ask_reload, confirm, show_error
from collabdesk.ui.meetings.attendance import AttendanceModel, set_up_roll_view
from collabdesk.ui.meetings.items import (
    ActionsTable,
    AgendaEditor,
    CarriedActionsTable,
    GuestsTable,
    ResolutionsTable,
)
from collabdesk.ui.meetings.text_blocks import text_block_button
from collabdesk.ui.widgets import add_ok_cancel
from collabdesk.validation.meeting import (
    ABSENT,
    ATTENDED,
    DEPUTY,
    AttendanceData,
    MeetingData,
    notice_warning,
    quorum_rule,
)
from collabdesk.validation.quorum import QuorumRule, quorum

GEOMETRY_KEY = "meeting_dialog/geometry"
DEFAULT_KIND = "정기회의"
DEFAULT_START = QTime(14, 0)
BASIC, ATTENDANCE, AGENDA, ACTIONS = range(4)
# Which page holds the field a service message names.
PAGE_OF_FIELD = {
    "kind": BASIC,
    "title": BASIC,
    "group": BASIC,
    "notice_on": BASIC,
    "starts_at": BASIC,
    "attendance": ATTENDANCE,
    "guests": ATTENDANCE,
    "agenda": AGENDA,
    "resolutions": AGENDA,
    "actions": ACTIONS,
}
OK_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"
WARN_STYLE = "color: #b00020;"


class MeetingDialog(QDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int | None,
        parent: QWidget | None = None,
        group_id: int | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("meeting_dialog")
        self.services = services
        self.meetings = services.meetings
        self.meeting_id = meeting_id
        self.saved_id: int | None = None
        self._version = 0
        self._auto_title = meeting_id is None
        self._rules: dict[str, QuorumRule] = {}
        self._quorum_code = ""  # the 성원 rule the meeting was saved with (see MeetingData)
        self._carried: list[OpenAction] = []
        kinds = services.meeting_kinds.names()
        self._groups = services.groups.tree()
        if meeting_id is None:
            data = self._new_data(kinds, group_id)
        else:
            detail = self.meetings.get(meeting_id)
            data, self._version = detail.data, detail.version
        self.setWindowTitle(
            self.tr("새 회의") if meeting_id is None else self.tr("회의 기록 - {0}").format(data.title)
        )
        self._build(kinds)
        self._load(data)
        self._initial = self._snapshot()
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1120, 760)

    # --- building ------------------------------------------------------------------------
    def _new_data(self, kinds: list[str], group_id: int | None) -> MeetingData:
        kind = DEFAULT_KIND if DEFAULT_KIND in kinds else (kinds[0] if kinds else "")
        starts = dt.datetime.combine(dt.date.today(), dt.time(DEFAULT_START.hour(), DEFAULT_START.minute()))
        data = self.meetings.new_meeting(kind, group_id, starts)
        # Where, and who chairs and writes: most often as at the group's last meeting.
        earlier = self.meetings.search(group_id) if group_id is not None else []
        if earlier:
            last = self.meetings.get(earlier[0].id).data
            data.place, data.chair, data.secretary = last.place, last.chair, last.secretary
        return data

    def _build(self, kinds: list[str]) -> None:
        self.pages = QTabWidget(objectName="meeting_pages")
        self.pages.addTab(self._basic_page(kinds), self.tr("기본 정보"))
        self.pages.addTab(self._attendance_page(), self.tr("출석"))
        self.pages.addTab(self._agenda_page(), self.tr("안건·의결"))
        self.pages.addTab(self._actions_page(), self.tr("후속조치"))
        if self.meeting_id is not None:
            from collabdesk.ui.history_panel import add_history_page

            self.history_panel = add_history_page(
                self.pages, self.services.history, "meetings", self.meeting_id
            )
        self.quorum_label = QLabel(objectName="quorum_label")
        self.error_label = QLabel(objectName="meeting_error", wordWrap=True)
        self.error_label.setStyleSheet(WARN_STYLE)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        status = QHBoxLayout()
        status.addWidget(self.quorum_label)
        status.addStretch(1)
        layout.addLayout(status)
        layout.addWidget(self.error_label)
        self.save_button, _cancel = add_ok_cancel(self, layout, self.tr("저장"))
        self.save_button.setObjectName("save_meeting")
        self.save_button.setToolTip(self.tr("저장합니다 (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        for number in range(4):
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self, lambda n=number: self.pages.setCurrentIndex(n))

    def _basic_page(self, kinds: list[str]) -> QWidget:
        page = QWidget()
        self.kind_edit = QComboBox(objectName="meeting_kind")
        self.kind_edit.addItems(kinds)
        self.title_edit = QLineEdit(objectName="meeting_title")
        self.title_edit.textEdited.connect(self._title_typed)
        self.group_edit = QComboBox(objectName="meeting_group")
        self.group_edit.addItem(self.tr("(그룹 없음: 연합회 전체)"), None)
        for group in self._groups:
            self.group_edit.addItem("  " * group.depth + group.name, group.id)
        self.starts_edit = QDateTimeEdit(objectName="meeting_starts", calendarPopup=True)
        self.starts_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place_edit = QLineEdit(objectName="meeting_place")
        self.chair_edit = QLineEdit(objectName="meeting_chair")
        self.secretary_edit = QLineEdit(objectName="meeting_secretary")
        self.notice_check = QCheckBox(self.tr("소집 통지일"), objectName="meeting_notice_check")
        self.notice_edit = QDateEdit(objectName="meeting_notice", calendarPopup=True)
        self.notice_edit.setDisplayFormat("yyyy-MM-dd")
        self.notice_warning = QLabel(objectName="notice_warning", wordWrap=True)
        self.notice_warning.setStyleSheet(WARN_STYLE)
        notice = QHBoxLayout()
        notice.addWidget(self.notice_edit)
        notice.addWidget(self.notice_warning, 1)
        self.opening_edit = QPlainTextEdit(objectName="meeting_opening")
        self.closing_edit = QPlainTextEdit(objectName="meeting_closing")
        for edit in (self.opening_edit, self.closing_edit):
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr("예: 의장이 성원을 확인하고 개회를 선언함."))
        form = QFormLayout()
        form.addRow(self.tr("회의 종류"), self.kind_edit)
        form.addRow(self.tr("회의명"), self.title_edit)
        form.addRow(self.tr("그룹"), self.group_edit)
        form.addRow(self.tr("일시"), self.starts_edit)
        form.addRow(self.tr("장소"), self.place_edit)
        form.addRow(self.tr("의장"), self.chair_edit)
        form.addRow(self.tr("서기"), self.secretary_edit)
        form.addRow(self.notice_check, notice)
        form.addRow(self._with_blocks(self.tr("개회"), self.opening_edit), self.opening_edit)
        form.addRow(self._with_blocks(self.tr("폐회"), self.closing_edit), self.closing_edit)
        page.setLayout(form)

        self.kind_edit.currentIndexChanged.connect(self._basics_changed)
        self.starts_edit.dateTimeChanged.connect(self._starts_changed)
        self.notice_check.toggled.connect(self.notice_edit.setEnabled)
        self.notice_check.toggled.connect(self._basics_changed)
        self.notice_edit.dateChanged.connect(self._basics_changed)
        self.group_edit.currentIndexChanged.connect(self._group_changed)
        return page

    def _with_blocks(self, label: str, edit: QPlainTextEdit) -> QWidget:
        """A form label with a 문구 button under it that inserts a saved sentence into `edit`."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(label))
        column.addWidget(text_block_button(self.meetings, edit, box))
        column.addStretch(1)
        return box

    def _attendance_page(self) -> QWidget:
        page = QWidget()
        self.roll_model = AttendanceModel(self)
        self.roll_view = QTableView(objectName="roll_table")
        self.roll_view.setModel(self.roll_model)
        self.roll_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roll_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.roll_view.setAlternatingRowColors(True)
        self.roll_view.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate((200, 80, 130, 180)):
            self.roll_view.setColumnWidth(column, width)
        self.roll_view.horizontalHeader().setStretchLastSection(True)
        set_up_roll_view(self.roll_view, self.roll_model)
        self.roll_model.changed.connect(self._attendance_changed)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("선택한 회원사:")))
        for text, status, name in (
            (self.tr("참석"), ATTENDED, "mark_attended"),
            (self.tr("불참"), ABSENT, "mark_absent"),
            (self.tr("대리참석"), DEPUTY, "mark_deputy"),
        ):
            button = QPushButton(text, objectName=name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=status: self.mark_selected(s))
            buttons.addWidget(button)
        hint = QLabel(self.tr("위임은 상태 칸에서 고르고, 위임받은 회원사를 지정합니다."))
        hint.setStyleSheet("color: #555;")
        buttons.addWidget(hint, 1)
        refresh = QPushButton(self.tr("명단 다시 맞추기"), objectName="refresh_roll")
        refresh.setAutoDefault(False)
        refresh.setToolTip(
            self.tr("그룹에 새로 들어온 회원사를 명단에 더합니다. 적어 둔 출석은 그대로입니다.")
        )
        refresh.clicked.connect(self.refresh_roll)
        buttons.addWidget(refresh)

        roll_box = QWidget()
        roll_layout = QVBoxLayout(roll_box)
        roll_layout.setContentsMargins(0, 0, 0, 0)
        roll_layout.addLayout(buttons)
        roll_layout.addWidget(self.roll_view, 1)

        self.guests = GuestsTable()
        guests_box = QGroupBox(self.tr("내빈 (회원사가 아닌 참석자: 강사, 협력기관 등)"))
        QVBoxLayout(guests_box).addWidget(self.guests)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(roll_box)
        splitter.addWidget(guests_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _agenda_page(self) -> QWidget:
        self.agenda = AgendaEditor(self.meetings)
        self.resolutions = ResolutionsTable(self._outcome_text)
        return _stacked(
            (self.tr("안건과 논의 내용"), [self.agenda]),
            (self.tr("의결사항 (제1호 의안부터 차례로)"), [self.resolutions]),
        )

    def _actions_page(self) -> QWidget:
        self.carried = CarriedActionsTable()
        hint = QLabel(
            self.tr(
                "이번 회의에서 끝났다고 보고된 조치는 상태를 '완료'로 바꾸십시오. 이 회의를 저장할 때 "
                "회의 날짜로 완료 처리됩니다."
            ),
            wordWrap=True,
        )
        hint.setStyleSheet("color: #555;")
        self.actions = ActionsTable()
        return _stacked(
            (self.tr("지난 회의에서 넘어온 미완료 후속조치"), [self.carried, hint]),
            (self.tr("이번 회의의 후속조치"), [self.actions]),
        )

    # --- loading -------------------------------------------------------------------------
    def _load(self, data: MeetingData) -> None:
        # Filling these in is not an edit: no title, carried-item or warning updates until done.
        quiet = (self.kind_edit, self.group_edit, self.starts_edit, self.notice_check, self.notice_edit)
        for widget in quiet:
            widget.blockSignals(True)
        if self.kind_edit.findText(data.kind) < 0:
            self.kind_edit.addItem(data.kind)  # a kind renamed or removed since; keep what was recorded
        self.kind_edit.setCurrentText(data.kind)
        self.group_edit.setCurrentIndex(max(self.group_edit.findData(data.group_id), 0))
        self.starts_edit.setDateTime(QDateTime(data.starts_at))
        self.notice_check.setChecked(data.notice_on is not None)
        self.notice_edit.setEnabled(data.notice_on is not None)
        notice = data.notice_on or (data.starts_at.date() - dt.timedelta(days=7))
        self.notice_edit.setDate(QDate(notice))
        for widget in quiet:
            widget.blockSignals(False)
        self._group_id = data.group_id
        self._quorum_code = data.quorum_rule_code
        self.title_edit.setText(data.title)
        self.place_edit.setText(data.place)
        self.chair_edit.setText(data.chair)
        self.secretary_edit.setText(data.secretary)
        self.opening_edit.setPlainText(data.opening)
        self.closing_edit.setPlainText(data.closing)
        self._rules = self.meetings.rules(data.group_id)
        self.resolutions.set_rules(list(self._rules))
        self.guests.set_rows(data.guests)
        self.agenda.set_items(data.agenda)
        self.resolutions.set_rows(data.resolutions)
        self.actions.set_rows(data.actions)
        self.roll_model.set_rows([AttendanceData(**vars(a)) for a in data.attendance])
        self.carried.set_actions([], set())  # a reload starts with nothing marked done
        self._load_carried()
        if self._auto_title:
            self._fill_title()
        self._basics_changed()

    def _load_carried(self) -> None:
        """The group's action items still open before this meeting's time, keeping what was marked
        done here; read again whenever the date or the group changes."""
        done = self.carried.done_ids()
        self._carried = self.meetings.open_actions(self._group_id, self._starts_at())
        self.carried.set_actions(self._carried, done)
        self.pages.setTabText(
            ACTIONS,
            self.tr("후속조치 (미완료 {0})").format(len(self._carried))
            if self._carried
            else self.tr("후속조치"),
        )

    # --- reacting ------------------------------------------------------------------------
    def _starts_at(self) -> dt.datetime:
        return self.starts_edit.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[union-attr]

    def _title_typed(self, _text: str) -> None:
        self._auto_title = False

    def _fill_title(self) -> None:
        starts = self._starts_at()
        self.title_edit.setText(
            self.tr("{0}년 {1}월 {2}").format(starts.year, starts.month, self.kind_edit.currentText())
        )

    def _starts_changed(self) -> None:
        self._basics_changed()
        self._load_carried()

    def _basics_changed(self) -> None:
        if self._auto_title:
            self._fill_title()
        probe = MeetingData(
            self.kind_edit.currentText(),
            "",
            self._starts_at(),
            notice_on=self.notice_edit.date().toPython() if self.notice_check.isChecked() else None,  # type: ignore[arg-type]
        )
        self.notice_warning.setText(notice_warning(probe))

    def _group_changed(self) -> None:
        new_group = self.group_edit.currentData()
        if new_group == self._group_id:
            return
        touched = any(row.status != ABSENT or row.person or row.note for row in self.roll_model.rows)
        if touched and not confirm(
            self,
            self.tr("그룹 변경"),
            self.tr(
                "참석 명단을 새 그룹의 회원사로 바꿉니다. 지금 적어 둔 출석은 지워집니다. 계속하시겠습니까?"
            ),
        ):
            self.group_edit.blockSignals(True)
            self.group_edit.setCurrentIndex(max(self.group_edit.findData(self._group_id), 0))
            self.group_edit.blockSignals(False)
            return
        self._group_id = new_group
        self._quorum_code = ""  # another group: its own rule in force
        self._rules = self.meetings.rules(new_group)
        self.resolutions.set_rules(list(self._rules))
        self.roll_model.set_rows(self.meetings.roll(new_group))
        self._load_carried()

    def refresh_roll(self) -> None:
        """Add the group's members who are not on the roll yet (joined since the meeting was set up)."""
        known = {row.member_id for row in self.roll_model.rows}
        added = [row for row in self.meetings.roll(self._group_id) if row.member_id not in known]
        self.roll_model.add_rows(added)
        QMessageBox.information(
            self,
            self.tr("명단 다시 맞추기"),
            self.tr("회원사 {0}곳을 명단에 더했습니다.").format(len(added))
            if added
            else self.tr("명단이 이미 그룹의 회원사와 같습니다."),
        )

    def mark_selected(self, status: str) -> None:
        rows = sorted({index.row() for index in self.roll_view.selectionModel().selectedRows()})
        self.roll_model.set_status(rows, status)

    def _turnout_data(self) -> MeetingData:
        return MeetingData(
            self.kind_edit.currentText(),
            "",
            self._starts_at(),
            attendance=self.roll_model.rows,
            quorum_rule_code=self._quorum_code,
        )

    def _attendance_changed(self) -> None:
        data = self._turnout_data()
        turnout = data.turnout()
        if turnout.proxies:
            label = self.tr("출석 ({0}/{1}, 위임 {2})").format(
                turnout.present, turnout.enrolled, turnout.proxies
            )
        else:
            label = self.tr("출석 ({0}/{1})").format(turnout.present, turnout.enrolled)
        self.pages.setTabText(ATTENDANCE, label)
        try:
            state = quorum(turnout, quorum_rule(data, self._rules))
        except UserError as exc:
            self.quorum_label.setText(str(exc))
            self.quorum_label.setStyleSheet(BAD_STYLE)
        else:
            self.quorum_label.setText(
                state.text if turnout.enrolled else self.tr("참석 명단이 비어 있습니다.")
            )
            self.quorum_label.setStyleSheet(OK_STYLE if state.met else BAD_STYLE)
        self.resolutions.refresh_results()

    def _outcome_text(self, resolution) -> tuple[str, bool | None]:  # type: ignore[no-untyped-def]
        """The result column of a resolution: ("가결 (찬성 15 / 출석 21 …)", passed) or why not known."""
        if resolution.yes is None or resolution.no is None:
            return self.tr("찬성·반대 수를 입력하십시오"), None
        try:
            outcome = self.meetings.outcome(self._turnout_data(), resolution, self._rules)
        except UserError as exc:
            return str(exc), None
        return outcome.text, outcome.passed

    # --- saving --------------------------------------------------------------------------
    def collect(self) -> MeetingData:
        """What the dialog shows, as the service takes it; a cell that cannot be read raises FieldErrors."""
        errors: dict[str, str] = {}
        parts: dict[str, object] = {}
        for key, read in (
            ("guests", self.guests.rows),
            ("agenda", self.agenda.items),
            ("resolutions", self.resolutions.rows),
            ("actions", self.actions.rows),
        ):
            try:
                parts[key] = read()
            except FieldErrors as exc:
                errors.update(exc.errors)
        if errors:
            raise FieldErrors(errors)
        return MeetingData(
            kind=self.kind_edit.currentText(),
            title=self.title_edit.text(),
            starts_at=self._starts_at(),
            group_id=self.group_edit.currentData(),
            place=self.place_edit.text(),
            chair=self.chair_edit.text(),
            secretary=self.secretary_edit.text(),
            notice_on=self.notice_edit.date().toPython() if self.notice_check.isChecked() else None,  # type: ignore[arg-type]
            opening=self.opening_edit.toPlainText(),
            closing=self.closing_edit.toPlainText(),
            attendance=[AttendanceData(**vars(a)) for a in self.roll_model.rows],
            guests=parts["guests"],  # type: ignore[arg-type]
            agenda=parts["agenda"],  # type: ignore[arg-type]
            resolutions=parts["resolutions"],  # type: ignore[arg-type]
            actions=parts["actions"],  # type: ignore[arg-type]
            quorum_rule_code=self._quorum_code,
        )

    def _snapshot(self) -> object:
        done = self.carried.done_ids()
        try:
            return self.collect(), done
        except FieldErrors as exc:
            return exc.errors, done

    def accept(self) -> None:
        self.error_label.hide()
        try:
            data = self.collect()
            done = sorted(self.carried.done_ids())
            if self.meeting_id is None:
                self.saved_id = self.meetings.create(data, close_actions=done)
            else:
                self.meetings.update(self.meeting_id, data, self._version, close_actions=done)
                self.saved_id = self.meeting_id
        except FieldErrors as exc:
            self._show_errors(exc)
            return
        except StaleRecordError as exc:
            self._stale(exc)
            return
        except UserError as exc:
            show_error(self, exc, self.tr("저장할 수 없습니다"))
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().accept()

    def _show_errors(self, exc: FieldErrors) -> None:
        first = next(iter(exc.errors))
        self.pages.setCurrentIndex(PAGE_OF_FIELD.get(first, BASIC))
        self.error_label.setText(str(exc))
        self.error_label.show()
        if first == "title":
            self.title_edit.setFocus()
        QMessageBox.warning(self, self.tr("저장할 수 없습니다"), str(exc))

    def _stale(self, exc: StaleRecordError) -> None:
        if ask_reload(self, exc) and self.meeting_id is not None:
            detail = self.meetings.get(self.meeting_id)
            self._version = detail.version
            self._load(detail.data)
            self._initial = self._snapshot()

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    def reject(self) -> None:
        if self.has_changes() and not confirm(
            self,
            self.tr("저장하지 않음"),
            self.tr("저장하지 않은 내용이 있습니다. 저장하지 않고 닫으시겠습니까?"),
        ):
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().reject()


def _stacked(*boxes: tuple[str, list[QWidget]]) -> QWidget:
    """A page of titled boxes one above the other, their heights shared by a splitter."""
    page = QWidget()
    splitter = QSplitter(Qt.Orientation.Vertical)
    for title, widgets in boxes:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        splitter.addWidget(box)
    QVBoxLayout(page).addWidget(splitter)
    return page

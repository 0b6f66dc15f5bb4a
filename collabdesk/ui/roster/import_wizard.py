"""명부 가져오기: file and sheet → column mapping → preview of every row → import → result.

Reading the file, checking the rows and importing run off the UI thread with progress and 취소;
nothing is written before the user presses 가져오기 on the preview, and then everything is written
as one batch that 가져오기 기록 can undo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from collabdesk.documents.xlsx_reader import XlsxFile, column_letter
from collabdesk.errors import UserError
from collabdesk.services.container import Services
from collabdesk.services.roster_import import (
    ERROR,
    IGNORED,
    NEW,
    ON_SKIP,
    ON_UPDATE,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    ImportResult,
    RosterSource,
    read_roster,
    with_header_row,
)
from collabdesk.services.roster_mapping import (
    FIELD_KEYS,
    amount_unit,
    apply_profile,
    auto_mapping,
    check_mapping,
    profile_from_mapping,
)
from collabdesk.ui.errors import confirm, show_error
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.roster.export import save_template
from collabdesk.ui.roster.files import ask_open_xlsx, ask_save_xlsx, remember_folder
from collabdesk.ui.roster.plan_model import STATUS_TEXT, PlanTableModel
from collabdesk.ui.tasks import BackgroundTask, Progress

GEOMETRY_KEY = "roster/wizard_geometry"
_NAVIGATION = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.CancelButton,
)
PROFILE_KEY = "roster/last_profile"
SAMPLE_VALUES = 3
TYPING_PAUSE_MS = 400

FIELD_TEXT = {
    "name": QT_TRANSLATE_NOOP("MappingPage", "회사명"),
    "ceo": QT_TRANSLATE_NOOP("MappingPage", "대표자"),
    "brn": QT_TRANSLATE_NOOP("MappingPage", "사업자등록번호"),
    "crn": QT_TRANSLATE_NOOP("MappingPage", "법인등록번호"),
    "industry": QT_TRANSLATE_NOOP("MappingPage", "업종"),
    "ksic_code": QT_TRANSLATE_NOOP("MappingPage", "KSIC 코드"),
    "tags": QT_TRANSLATE_NOOP("MappingPage", "전문역량/주요제품"),
    "postcode": QT_TRANSLATE_NOOP("MappingPage", "우편번호"),
    "address": QT_TRANSLATE_NOOP("MappingPage", "주소"),
    "phone": QT_TRANSLATE_NOOP("MappingPage", "전화"),
    "fax": QT_TRANSLATE_NOOP("MappingPage", "팩스"),
    "email": QT_TRANSLATE_NOOP("MappingPage", "이메일"),
    "homepage": QT_TRANSLATE_NOOP("MappingPage", "홈페이지"),
    "founded_on": QT_TRANSLATE_NOOP("MappingPage", "설립일"),
    "sales": QT_TRANSLATE_NOOP("MappingPage", "매출액"),
    "employees": QT_TRANSLATE_NOOP("MappingPage", "종업원수"),
    "joined_on": QT_TRANSLATE_NOOP("MappingPage", "가입일"),
    "left_on": QT_TRANSLATE_NOOP("MappingPage", "탈퇴일"),
    "member_class": QT_TRANSLATE_NOOP("MappingPage", "회원구분"),
    "status": QT_TRANSLATE_NOOP("MappingPage", "상태"),
    "groups": QT_TRANSLATE_NOOP("MappingPage", "소속그룹"),
    "note": QT_TRANSLATE_NOOP("MappingPage", "비고"),
}


class _Page(QWizardPage):
    """A page whose 다음 first runs work in the background and moves on when it succeeds."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.owner = wizard
        self._passed = False
        self._busy = False

    def run_then_next(
        self, title: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None]
    ) -> bool:
        if self._passed:
            self._passed = False
            return True
        if self._busy:  # 다음 pressed again while the work runs
            return False
        buttons = [self.owner.button(b) for b in _NAVIGATION]
        was_enabled = [button.isEnabled() for button in buttons]

        def settle() -> None:
            self._busy = False
            for button, enabled in zip(buttons, was_enabled, strict=True):
                button.setEnabled(enabled)

        def done(result: Any) -> None:
            settle()
            if self.owner.currentPage() is not self:
                return  # the wizard moved another way meanwhile: this answer is stale
            on_done(result)
            self._passed = True
            self.owner.next()

        self._busy = True
        # No going back or forth while the work runs: its answer belongs to this page as it is now.
        for button in buttons:
            button.setEnabled(False)
        task = BackgroundTask(self.owner, title, work, done)
        task.failed.connect(lambda _exc: settle())
        task.start()
        return False


class FilePage(_Page):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("명부 파일 고르기"))
        self.setSubTitle(
            self.tr(
                "엑셀(.xlsx) 명부 파일과 시트를 고르십시오. 위쪽의 제목 행과 빈 행은 자동으로 건너뜁니다."
            )
        )
        self.path = QLineEdit(objectName="roster_path")
        self.path.setPlaceholderText(self.tr("파일을 고르거나 경로를 붙여 넣으십시오"))
        browse = QPushButton(self.tr("찾아보기…"), objectName="browse")
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox(objectName="roster_sheet")
        self.problem = QLabel(objectName="file_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b71c1c;")
        template = QPushButton(self.tr("빈 양식 저장…"), objectName="save_template")
        template.setToolTip(self.tr("머리글과 예시 한 줄, 업종 목록이 든 가져오기 양식을 저장합니다."))
        template.clicked.connect(self.save_template)

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("파일"), row)
        form.addRow(self.tr("시트"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)
        # A typed or pasted path is looked at once typing pauses; Enter looks at once.
        self._typed = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typed.timeout.connect(self.load_sheets)
        self.path.textEdited.connect(lambda _text: self._typed.start())
        self.path.returnPressed.connect(self.load_sheets)
        self.setAcceptDrops(True)
        self.sheet.currentIndexChanged.connect(self.completeChanged)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.set_path(path)

    def browse(self) -> None:
        path = ask_open_xlsx(self)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path | str) -> None:
        self.path.setText(str(path))
        self.load_sheets()

    def load_sheets(self) -> None:
        """List the sheets (the workbook's table of contents only; the rows are read on 다음)."""
        self._typed.stop()
        self.sheet.clear()
        self.problem.clear()
        text = self.path.text().strip()
        if text:
            try:
                with XlsxFile(Path(text)) as book:
                    names = [s.name for s in book.sheets if not s.hidden]
                self.sheet.addItems(names)
                remember_folder(text)
            except UserError as exc:
                self.problem.setText(str(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.sheet.count() > 0

    def validatePage(self) -> bool:  # noqa: N802
        path, sheet = Path(self.path.text().strip()), self.sheet.currentText()
        return self.run_then_next(
            self.tr("명부 파일을 읽는 중…"),
            lambda progress: read_roster(path, sheet, progress),
            self.owner.set_source,
        )

    def save_template(self) -> None:
        save_template(self, self.owner.services)


class MappingPage(_Page):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("열 지정"))
        self.setSubTitle(
            self.tr(
                "파일의 각 열을 어느 항목으로 가져올지 확인하십시오. 자주 쓰는 지정은 이름을 붙여 저장해 두면 다음에 그대로 씁니다."
            )
        )
        self.header_info = QLabel(objectName="header_info")
        # The header row is found automatically; a roster with an unusual top can name it here.
        self.header_row = QSpinBox(objectName="header_row")
        self.header_row.setKeyboardTracking(False)
        self.header_row.valueChanged.connect(self.choose_header_row)
        self.profile = QComboBox(objectName="profile")
        self.profile.activated.connect(self.apply_selected_profile)
        save = QPushButton(self.tr("지정 저장…"), objectName="save_profile")
        save.clicked.connect(self.save_profile)
        self.remove = QPushButton(self.tr("지정 삭제"), objectName="delete_profile")
        self.remove.clicked.connect(self.delete_profile)
        profiles = QHBoxLayout()
        profiles.addWidget(QLabel(self.tr("저장된 열 지정")))
        profiles.addWidget(self.profile, 1)
        profiles.addWidget(save)
        profiles.addWidget(self.remove)

        self.table = QTableWidget(0, 4, objectName="mapping_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("열"), self.tr("파일의 열 제목"), self.tr("첫 자료"), self.tr("가져올 항목")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(3, 190)

        self.skip = QRadioButton(self.tr("건너뛰기 (등록된 내용을 그대로 둠)"), objectName="skip_existing")
        self.update_existing = QRadioButton(
            self.tr("파일 내용으로 수정 (빈 칸은 지우지 않음)"), objectName="update_existing"
        )
        self.skip.setChecked(True)
        self._policy = QButtonGroup(self)
        self._policy.addButton(self.skip)
        self._policy.addButton(self.update_existing)
        policy = QHBoxLayout()
        policy.addWidget(QLabel(self.tr("이미 등록된 사업자등록번호:")))
        policy.addWidget(self.skip)
        policy.addWidget(self.update_existing)
        policy.addStretch(1)

        self.unit_note = QLabel(objectName="unit_note", wordWrap=True)
        self.unit_note.setStyleSheet("color: #0d47a1;")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header_info, 1)
        top.addWidget(QLabel(self.tr("머리글 행")))
        top.addWidget(self.header_row)
        layout.addLayout(top)
        layout.addLayout(profiles)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unit_note)
        layout.addLayout(policy)
        self._combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        source = self.owner.source
        assert source is not None
        self.header_row.blockSignals(True)
        self.header_row.setRange(source.all_rows[0][0], source.all_rows[-1][0])
        self.header_row.setValue(source.header.row_number)
        self.header_row.blockSignals(False)
        self._fill_profiles()
        last = str(QSettings().value(PROFILE_KEY, "") or "")
        if last and last in self.owner.services.roster_profiles.names():
            self.profile.setCurrentIndex(self.profile.findText(last))
        self._show_source()

    def _show_source(self) -> None:
        source = self.owner.source
        assert source is not None
        self.header_info.setText(
            self.tr("'{0}' 시트 · 머리글 {1}행 · 그 아래 {2}행").format(
                source.sheet, source.header.row_number, len(source.rows)
            )
        )
        name = self.profile.currentData()
        profile = self.owner.services.roster_profiles.get(name) if name else None
        header = source.header.texts
        self._fill_table(source, apply_profile(profile, header) if profile else auto_mapping(header))

    def choose_header_row(self, number: int) -> None:
        source = self.owner.source
        assert source is not None
        try:
            self.owner.source = with_header_row(source, number)
        except UserError as exc:
            self.header_info.setText(str(exc))
            return
        self._show_source()

    def _fill_profiles(self) -> None:
        self.profile.clear()
        self.profile.addItem(self.tr("(자동 지정)"), "")
        for name in self.owner.services.roster_profiles.names():
            self.profile.addItem(name, name)
        self.remove.setEnabled(self.profile.count() > 1)

    def _fill_table(self, source: RosterSource, mapping: dict[int, str]) -> None:
        header = source.header.texts
        width = max([len(header)] + [len(values) for _n, values in source.rows[:50]])
        self.table.setRowCount(width)
        self._combos = []
        for column in range(width):
            samples = [
                _shown(values[column])
                for _n, values in source.rows
                if column < len(values) and values[column] not in (None, "")
            ][:SAMPLE_VALUES]
            title = header[column] if column < len(header) else ""
            self.table.setItem(column, 0, QTableWidgetItem(column_letter(column)))
            self.table.setItem(column, 1, QTableWidgetItem(title))
            self.table.setItem(column, 2, QTableWidgetItem(" / ".join(samples)))
            combo = QComboBox(objectName=f"field_{column}")
            combo.addItem(self.tr("(가져오지 않음)"), "")
            for key in FIELD_KEYS:
                combo.addItem(self.tr(FIELD_TEXT[key]), key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column, "")), 0))
            combo.currentIndexChanged.connect(self._show_unit)
            self.table.setCellWidget(column, 3, combo)
            self._combos.append(combo)
        self._show_unit()

    def _show_unit(self) -> None:
        """Say so when 매출액 is kept in 천원, 백만원 …: the amounts are multiplied on import."""
        source = self.owner.source
        header = source.header.texts if source is not None else []
        texts = []
        for column, key in self.mapping().items():
            unit = amount_unit(header[column]) if key == "sales" and column < len(header) else 1
            if unit != 1:
                texts.append(
                    self.tr("'{0}' 열의 금액에 {1:,}을 곱해 원 단위로 저장합니다.").format(
                        header[column], unit
                    )
                )
        self.unit_note.setText(" ".join(texts))
        self.unit_note.setVisible(bool(texts))

    def mapping(self) -> dict[int, str]:
        return {
            column: combo.currentData() for column, combo in enumerate(self._combos) if combo.currentData()
        }

    def set_field(self, column: int, key: str) -> None:
        combo = self._combos[column]
        combo.setCurrentIndex(max(combo.findData(key), 0))

    @property
    def on_duplicate(self) -> str:
        return ON_UPDATE if self.update_existing.isChecked() else ON_SKIP

    def apply_selected_profile(self) -> None:
        source = self.owner.source
        assert source is not None
        name = self.profile.currentData()
        profile = self.owner.services.roster_profiles.get(name) if name else None
        mapping = (
            apply_profile(profile, source.header.texts) if profile else auto_mapping(source.header.texts)
        )
        for column in range(len(self._combos)):
            self.set_field(column, mapping.get(column, ""))
        QSettings().setValue(PROFILE_KEY, name or "")

    def save_profile(self) -> None:
        source = self.owner.source
        assert source is not None
        current = self.profile.currentData() or ""
        name, ok = QInputDialog.getText(
            self, self.tr("열 지정 저장"), self.tr("이 열 지정의 이름 (예: 시청 제출 양식)"), text=current
        )
        if not ok:
            return
        if name.strip() in self.owner.services.roster_profiles.names() and not confirm(
            self,
            self.tr("열 지정 저장"),
            self.tr("'{0}' 지정을 지금 내용으로 바꿀까요?").format(name.strip()),
            False,
        ):
            return
        try:
            self.owner.services.roster_profiles.save(
                profile_from_mapping(name, source.header.texts, self.mapping())
            )
        except UserError as exc:
            show_error(self, exc)
            return
        self._fill_profiles()
        self.profile.setCurrentIndex(self.profile.findText(name.strip()))
        QSettings().setValue(PROFILE_KEY, name.strip())

    def delete_profile(self) -> None:
        name = self.profile.currentData()
        if not name:
            return
        if confirm(self, self.tr("열 지정 삭제"), self.tr("'{0}' 지정을 삭제할까요?").format(name)):
            self.owner.services.roster_profiles.delete(name)
            self._fill_profiles()
            QSettings().setValue(PROFILE_KEY, "")

    def validatePage(self) -> bool:  # noqa: N802
        mapping, on_duplicate = self.mapping(), self.on_duplicate
        try:
            check_mapping(mapping)
        except UserError as exc:
            show_error(self, exc, self.tr("열 지정"))
            return False
        source, importer = self.owner.source, self.owner.services.roster_import
        assert source is not None
        self.owner.mapping, self.owner.on_duplicate = mapping, on_duplicate
        return self.run_then_next(
            self.tr("행을 검사하는 중…"),
            lambda progress: importer.plan(source, mapping, on_duplicate, progress=progress),
            self.owner.set_plan,
        )


class PreviewPage(_Page):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("미리 보기"))
        self.setSubTitle(
            self.tr(
                "각 행을 어떻게 가져올지 확인하십시오. 오류 행은 가져오지 않으며, 따로 저장해 고친 뒤 다시 가져올 수 있습니다."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("가져오기"))
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.catalog = QLabel(objectName="new_catalog", wordWrap=True)
        self.catalog.setStyleSheet("color: #0d47a1;")
        self.status = QComboBox(objectName="status_filter")
        self.status.addItem(self.tr("모든 행"), None)
        for status in (ERROR, NEW, UPDATE, SKIP, UNCHANGED, IGNORED):
            self.status.addItem(QCoreApplication.translate("PlanTableModel", STATUS_TEXT[status]), status)
        self.status.currentIndexChanged.connect(lambda _i: self.model.show_status(self.status.currentData()))
        self.save_rejected = QPushButton(self.tr("오류 행 저장…"), objectName="save_rejected")
        self.save_rejected.clicked.connect(self.owner.save_rejected)
        self.model = PlanTableModel(self)
        self.view = QTableView(objectName="plan_table")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((50, 60, 160, 110, 0, 160)):
            if width:
                self.view.setColumnWidth(column, width)
        # The 내용 column is cut to fit; the selected row's whole message reads here.
        self.detail = QLabel(objectName="row_detail", wordWrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self.detail.clear)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("보기")))
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.save_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.catalog)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)

    def _show_detail(self, current: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        row = self.model.row_at(current.row())
        parts = [self.tr("{0}행").format(row.excel_row), row.message, row.hint]
        self.detail.setText(" · ".join(p for p in parts if p))

    def initializePage(self) -> None:  # noqa: N802
        plan = self.owner.plan
        assert plan is not None
        self.model.set_rows(plan.rows)
        counts = [
            self.tr("신규 {0}").format(plan.count(NEW)),
            self.tr("변경 {0}").format(plan.count(UPDATE)),
            self.tr("동일 {0}").format(plan.count(UNCHANGED)),
            self.tr("건너뜀 {0}").format(plan.count(SKIP)),
            self.tr("오류 {0}").format(plan.count(ERROR)),
            self.tr("제외 {0}").format(plan.count(IGNORED)),
        ]
        text = " · ".join(counts)
        if not self.importable() and plan.count(UNCHANGED) + plan.count(SKIP):
            text += "\n" + self.tr("가져올 행이 없습니다. 파일의 회원사는 이미 등록되어 있습니다.")
        elif not self.importable():
            text += "\n" + self.tr("가져올 행이 없습니다. 열 지정이나 파일을 확인하십시오.")
        self.summary.setText(text)
        added = []
        if plan.new_industries:
            added.append(self.tr("업종 {0}").format(", ".join(plan.new_industries)))
        if plan.new_classes:
            added.append(self.tr("회원구분 {0}").format(", ".join(plan.new_classes)))
        if plan.new_groups:
            added.append(self.tr("그룹 {0}").format(", ".join(plan.new_groups)))
        self.catalog.setText(self.tr("새로 추가될 목록: {0}").format(" / ".join(added)) if added else "")
        self.catalog.setVisible(bool(added))
        self.save_rejected.setEnabled(plan.count(ERROR) > 0)
        if plan.count(ERROR):
            self.status.setCurrentIndex(self.status.findData(ERROR))
        else:
            self.status.setCurrentIndex(0)

    def importable(self) -> bool:
        plan = self.owner.plan
        return plan is not None and (plan.count(NEW) + plan.count(UPDATE)) > 0

    def isComplete(self) -> bool:  # noqa: N802
        return self.importable()

    def validatePage(self) -> bool:  # noqa: N802
        source, importer = self.owner.source, self.owner.services.roster_import
        mapping, on_duplicate = self.owner.mapping, self.owner.on_duplicate
        assert source is not None
        return self.run_then_next(
            self.tr("가져오는 중…"),
            lambda progress: importer.run(source, mapping, on_duplicate, progress),
            self.owner.set_result,
        )


class DonePage(_Page):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("가져오기 완료"))
        self.result_text = QLabel(objectName="result", wordWrap=True)
        save = QPushButton(self.tr("오류 행 저장…"), objectName="save_rejected_done")
        save.clicked.connect(self.owner.save_rejected)
        self.save = save
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_text)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        result = self.owner.result
        assert result is not None
        lines = [
            self.tr("추가 {0}곳 · 수정 {1}곳 · 건너뜀 {2}곳 · 오류 {3}행").format(
                result.created, result.updated, result.skipped, result.rejected
            )
        ]
        if result.batch_id is not None:
            lines.append(
                self.tr(
                    "가져오기 기록 {0}번으로 저장했습니다. 잘못 가져왔다면 [파일 → 가져오기 기록]에서 통째로 되돌릴 수 있습니다."
                ).format(result.batch_id)
            )
        self.result_text.setText("\n\n".join(lines))
        self.save.setVisible(result.rejected > 0)


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult, once members were written

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("명부 가져오기"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("다음 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 이전"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("취소"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("닫기"))
        self.services = services
        self.source: RosterSource | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.mapping: dict[int, str] = {}
        self.on_duplicate = ON_SKIP
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)
        self.resize(1000, 660)
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)

    def set_source(self, source: RosterSource) -> None:
        self.source = source

    def set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan

    def set_result(self, result: ImportResult) -> None:
        self.result = result
        self.plan = result.plan
        if result.batch_id is not None:
            self.imported.emit(result)

    def save_rejected(self) -> None:
        plan = self.plan
        if plan is None or not plan.rejected():
            return
        stem = plan.source.path.stem
        path = ask_save_xlsx(self, self.tr("오류 행 저장"), self.tr("{0}_오류행.xlsx").format(stem))
        if path is None:
            return
        exporter = self.services.roster_export
        BackgroundTask(
            self,
            self.tr("오류 행을 저장하는 중…"),
            lambda _progress: exporter.rejected(path, plan),
            lambda count: QMessageBox.information(
                self,
                self.tr("오류 행 저장"),
                self.tr("오류 행 {0}개를 저장했습니다. 고친 뒤 다시 가져오십시오.\n{1}").format(count, path),
            ),
        ).start()

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)


def _dropped_file(mime: QMimeData) -> Path | None:
    """The one local file dropped, if it is one."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        return Path(urls[0].toLocalFile())
    return None


def _shown(value: Any) -> str:
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)

"""The 협업 컨소시엄 tab: projects filtered by group, kind, stage, status and year (in the database),
the selected project's detail beside the list, and from there its agreement versions, milestones,
outcomes, the partner finder and the printed 컨소시엄 현황."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.container import Services
from collabdesk.services.projects import ProjectFilter, ProjectRow
from collabdesk.ui.errors import confirm
from collabdesk.ui.files import ask_save_path
from collabdesk.ui.list_tab import (
    clear_filters,
    restore_layout,
    reveal_record,
    save_layout,
    search_only,
    select_record,
    selected_record,
    set_up_list_view,
)
from collabdesk.ui.pdf_actions import PREVIEW, PRINT, SAVE, safe_file_name, save_file, show_pdf
from collabdesk.ui.projects.detail import ProjectDetailView
from collabdesk.ui.projects.list_model import NAME, ProjectListModel
from collabdesk.ui.widgets import run_service_action, table_key
from collabdesk.validation.project import PROJECT_STATUSES, STAGES

SEARCH_DELAY_MS = 200


class ProjectsTab(QWidget):
    certificates_requested = Signal(int)  # 참여 기업 인증서 발급 for that project (the main window opens it)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("projects_tab")
        self.services = services
        self.model = ProjectListModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        self.reload_lists()
        self.apply_filter()
        self._restore_layout()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(objectName="project_search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("과제명, 사업 아이템, 참여 기업으로 찾기 (Ctrl+F)"))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.group_filter = QComboBox(objectName="project_group_filter")
        self.group_filter.setMinimumContentsLength(12)
        self.kind_filter = QComboBox(objectName="project_kind_filter")
        self.stage_filter = QComboBox(objectName="project_stage_filter")
        self.status_filter = QComboBox(objectName="project_status_filter")
        self.year_filter = QComboBox(objectName="project_year_filter")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("그룹"), self.group_filter),
            (self.tr("종류"), self.kind_filter),
            (self.tr("단계"), self.stage_filter),
            (self.tr("상태"), self.status_filter),
            (self.tr("연도"), self.year_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1 if combo is self.group_filter else 0)
            combo.currentIndexChanged.connect(self.apply_filter)

        self.add_button = QPushButton(self.tr("새 과제"), objectName="add_project")
        self.add_button.setToolTip(self.tr("새 컨소시엄 과제를 등록합니다 (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("수정"), objectName="edit_project")
        self.edit_button.setToolTip(self.tr("선택한 과제의 기본 정보를 고칩니다 (Enter)"))
        self.delete_button = QPushButton(self.tr("삭제"), objectName="delete_project")
        self.delete_button.setToolTip(self.tr("선택한 과제를 삭제합니다 (Delete)"))
        self.stage_button = QPushButton(self.tr("단계 변경…"), objectName="change_stage")
        self.partner_button = QPushButton(self.tr("협력사 찾기…"), objectName="find_partners")
        self.partner_button.setToolTip(
            self.tr("필요한 역할에 맞는 회원사를 전문역량, 업종, 과거 역할로 찾습니다")
        )
        self.print_button = QPushButton(self.tr("컨소시엄 현황 인쇄·PDF"), objectName="print_project")
        self.print_button.setToolTip(self.tr("미리 보기에서 인쇄합니다 (Ctrl+P)"))
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.tr("미리 보기·인쇄…"), lambda: self._report(PREVIEW))
        print_menu.addAction(self.tr("인쇄…"), lambda: self._report(PRINT))
        print_menu.addAction(self.tr("PDF로 저장…"), lambda: self._report(SAVE))
        self.print_button.setMenu(print_menu)
        self.summary_button = QPushButton(self.tr("연도별 성과 요약…"), objectName="outcome_summary")
        self.more_button = QPushButton(self.tr("설정"), objectName="project_settings")
        more = QMenu(self.more_button)
        more.addAction(self.tr("과제 종류 관리…"), self.manage_kinds)
        more.addAction(self.tr("역할 목록 관리…"), self.manage_roles)
        self.more_button.setMenu(more)
        self.add_button.clicked.connect(self.add_project)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.stage_button.clicked.connect(self.change_stage)
        self.partner_button.clicked.connect(self.find_partners)
        self.summary_button.clicked.connect(self.show_summary)
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.stage_button,
            self.partner_button,
            self.print_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.result_label = QLabel(objectName="project_count")
        actions.addWidget(self.result_label)
        actions.addStretch(1)
        actions.addWidget(self.summary_button)
        actions.addWidget(self.more_button)

        self.table = QTableView(objectName="project_table")
        self.table.setModel(self.model)
        set_up_list_view(self.table, (220, 85, 105, 105, 75, 45, 140, 50, 40), NAME)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        self.detail = ProjectDetailView(self.services)
        self.detail.changed.connect(self._detail_changed)
        self.detail.new_version_requested.connect(self.new_agreement_version)
        self.detail.compare_requested.connect(self.compare_versions)
        self.detail.certificates_requested.connect(self.issue_certificates)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([860, 540])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_project)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self._report(PREVIEW))
        table_key(self.table, Qt.Key.Key_Delete, self.delete_selected)
        table_key(self.table, Qt.Key.Key_Return, self.edit_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.setTabOrder(self.search, self.table)

    def _restore_layout(self) -> None:
        restore_layout("projects", self.table, self.splitter)

    def save_layout(self) -> None:
        save_layout("projects", self.table, self.splitter)

    # --- filters -------------------------------------------------------------------------
    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.group_filter, self.kind_filter, self.stage_filter, self.status_filter, self.year_filter)

    def reload_lists(self) -> None:
        """Refill the filter lists (after groups, kinds or projects changed), keeping the choices."""
        current = tuple(combo.currentData() for combo in self._combos())
        for combo in self._combos():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("전체"), None)
        for group in self.services.groups.tree():
            self.group_filter.addItem("  " * group.depth + group.name, group.id)
            self.group_filter.setItemData(
                self.group_filter.count() - 1, group.path, Qt.ItemDataRole.ToolTipRole
            )
        for kind in self.services.projects.kinds():
            self.kind_filter.addItem(kind, kind)
        for stage in STAGES:
            self.stage_filter.addItem(stage, stage)
        for status in PROJECT_STATUSES:
            self.status_filter.addItem(status, status)
        for year in self.services.projects.years():
            self.year_filter.addItem(self.tr("{0}년").format(year), year)
        for combo, value in zip(self._combos(), current, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        if tuple(combo.currentData() for combo in self._combos()) != current:
            self.apply_filter()  # a chosen entry is gone: show what the filter now says

    def current_filter(self) -> ProjectFilter:
        return ProjectFilter(
            group_id=self.group_filter.currentData(),
            kind=self.kind_filter.currentData(),
            stage=self.stage_filter.currentData(),
            status=self.status_filter.currentData(),
            year=self.year_filter.currentData(),
            text=self.search.text(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        rows: list[list[ProjectRow]] = []
        flt = self.current_filter()
        if not run_service_action(self, lambda: rows.append(self.services.projects.search(flt))):
            return
        selected = self.selected_project_id()
        self.model.set_rows(rows[0])
        late = sum(1 for r in rows[0] if r.overdue)
        text = self.tr("과제 {0}건").format(len(rows[0]))
        self.result_label.setText(text + self.tr(" · 지연 {0}건").format(late) if late else text)
        if selected is not None:
            self.select_project(selected)

    def refresh(self) -> None:
        """F5: read again what other PCs on a shared database may have changed."""
        self.reload_lists()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- selection -----------------------------------------------------------------------
    def selected_project(self) -> ProjectRow | None:
        return selected_record(self.table, self.model)  # type: ignore[no-any-return]

    def selected_project_id(self) -> int | None:
        row = self.selected_project()
        return row.id if row else None

    def select_project(self, project_id: int) -> bool:
        return select_record(self.table, self.model, project_id)

    def reveal_project(self, project_id: int) -> bool:
        """Select a project read afresh, clearing the filters when they hide it; False when it is gone."""
        return reveal_record(self.select_project, self._clear_filters, self.apply_filter, project_id)

    def search_for(self, text: str) -> None:
        """Every project the text finds, whatever the other filters said."""
        search_only(self.search, self._clear_filters, self.apply_filter, text)

    def _clear_filters(self) -> None:
        clear_filters(self.search, self._combos())

    def _selection_changed(self) -> None:
        row = self.selected_project()
        for button in (
            self.edit_button,
            self.delete_button,
            self.stage_button,
            self.partner_button,
            self.print_button,
        ):
            button.setEnabled(row is not None)
        if row is None:
            self.detail.show_project(
                None,
                self.tr("과제를 고르면 여기에 참여자, 협약 이력, 마일스톤, 성과가 보입니다.")
                if self.model.rowCount()
                else self.tr("찾은 과제가 없습니다. '새 과제'로 등록을 시작하십시오."),
            )
            return
        try:
            self.detail.show_project(self.services.projects.get(row.id))
        except NotFoundError:
            # Deleted on another PC meanwhile: read the list again (the row goes, so no loop).
            QTimer.singleShot(0, self.apply_filter)
        except UserError as exc:
            # Said in the pane, not in a box: selecting the row again must not ask again.
            self.detail.show_project(None, str(exc))

    def _detail_changed(self) -> None:
        """A milestone, outcome or agreement version was saved: the row's counts change too (reading
        the list again selects the project again, which shows it afresh)."""
        self.apply_filter()

    # --- the project ---------------------------------------------------------------------
    def add_project(self) -> None:
        from collabdesk.ui.projects.project_dialog import ProjectDialog

        opened: list[ProjectDialog] = []
        group = self.group_filter.currentData()
        if not run_service_action(
            self, lambda: opened.append(ProjectDialog(self.services, None, self, group))
        ):
            return
        if opened[0].exec():
            self._after_change(opened[0].saved_id)

    def edit_selected(self) -> None:
        project_id = self.selected_project_id()
        if project_id is None:
            return
        from collabdesk.ui.projects.project_dialog import ProjectDialog

        opened: list[ProjectDialog] = []
        if not run_service_action(
            self, lambda: opened.append(ProjectDialog(self.services, project_id, self))
        ):
            self.apply_filter()
            return
        if opened[0].exec():
            self._after_change(project_id)

    def delete_selected(self) -> None:
        row = self.selected_project()
        if row is None:
            return
        question = self.tr(
            "'{0}' 과제를 삭제하시겠습니까?\n협약 이력, 마일스톤, 성과도 함께 삭제되며 되돌릴 수 없습니다."
        ).format(row.name)
        if not confirm(self, self.tr("과제 삭제"), question):
            return
        run_service_action(self, lambda: self.services.projects.delete(row.id))
        self._after_change()

    def change_stage(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        from collabdesk.ui.projects.item_dialogs import StageDialog

        dialog = StageDialog(detail.stage, detail.stages, self)
        if not dialog.exec():
            return
        stage, reached_on = dialog.choice()
        if stage == detail.stage and reached_on == detail.stages.get(stage):
            return  # nothing changed
        question = ""
        if stage in STAGES and detail.stage in STAGES and STAGES.index(stage) < STAGES.index(detail.stage):
            question = self.tr(
                "'{0}' 단계로 되돌리면 그 뒤 단계에 기록된 날짜가 지워집니다. 계속하시겠습니까?"
            ).format(stage)
        elif stage in detail.stages and detail.stages[stage] != reached_on:
            question = self.tr("'{0}' 단계에 도달한 날을 {1}에서 {2}(으)로 바꾸시겠습니까?").format(
                stage, detail.stages[stage].isoformat(), reached_on.isoformat()
            )
        if question and not confirm(self, self.tr("단계 변경"), question):
            return
        if run_service_action(self, lambda: self.services.projects.set_stage(detail.id, stage, reached_on)):
            self._after_change(detail.id)

    def _after_change(self, select_id: int | None = None) -> None:
        self.reload_lists()
        self.apply_filter()
        if select_id is not None and not self.select_project(select_id):
            # Saved outside the current filter: show it anyway rather than let it seem lost.
            clear_filters(self.search, self._combos())
            self.apply_filter()
            self.select_project(select_id)

    # --- agreements and partners ---------------------------------------------------------
    def new_agreement_version(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        from collabdesk.ui.projects.agreement_dialog import AgreementDialog

        opened: list[QDialog] = []
        if not run_service_action(
            self,
            lambda: opened.append(AgreementDialog(self.services, detail.id, detail.version, parent=self)),
        ):
            return
        if opened[0].exec():
            self._after_change(detail.id)

    def compare_versions(self, before: int, after: int) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        from collabdesk.ui.projects.compare_dialog import CompareDialog

        opened: list[QDialog] = []
        if run_service_action(
            self,
            lambda: opened.append(
                CompareDialog(self.services, detail.id, detail.versions, before, after, parent=self)
            ),
        ):
            opened[0].exec()

    def issue_certificates(self) -> None:
        detail = self.detail.detail
        if detail is not None:
            self.certificates_requested.emit(detail.id)

    def find_partners(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        from collabdesk.ui.projects.partner_dialog import PartnerDialog

        opened: list[QDialog] = []
        if not run_service_action(
            self, lambda: opened.append(PartnerDialog(self.services, detail.id, detail.version, parent=self))
        ):
            return
        if opened[0].exec():
            self._after_change(detail.id)

    # --- printing ------------------------------------------------------------------------
    def _report(self, how: str) -> None:
        row = self.selected_project()
        if row is None:
            return
        reports = self.services.project_reports
        name = self.tr("컨소시엄 현황")
        if how == SAVE:
            path = ask_save_path(
                self,
                self.tr("컨소시엄 현황 PDF로 저장"),
                safe_file_name(row.name, "컨소시엄현황", fallback="과제"),
                self.tr("PDF 문서 (*.pdf)"),
                ".pdf",
            )
            if path is not None:
                save_file(
                    self,
                    lambda: reports.write_report(row.id, path),
                    path,
                    name,
                    self.tr("컨소시엄 현황 PDF를 저장하는 중…"),
                )
            return
        show_pdf(
            self,
            lambda: reports.report_pdf(row.id),
            f"{name} - {row.name}",
            how,
            self.tr("컨소시엄 현황 PDF를 만드는 중…"),
        )

    def show_summary(self) -> None:
        from collabdesk.ui.projects.summary_dialog import OutcomeSummaryDialog

        OutcomeSummaryDialog(
            self.services, self.year_filter.currentData(), self.group_filter.currentData(), self
        ).exec()

    # --- lists ---------------------------------------------------------------------------
    def manage_kinds(self) -> None:
        from collabdesk.ui.catalog_dialog import CatalogDialog

        CatalogDialog(
            self.services.project_kinds, self.tr("과제 종류 관리"), self, self.tr("{0} ({1}건)")
        ).exec()
        self.refresh()

    def manage_roles(self) -> None:
        from collabdesk.ui.catalog_dialog import CatalogDialog

        CatalogDialog(
            self.services.project_roles,
            self.tr("역할 목록 관리"),
            self,
            "{0}",  # roles are kept by name in the agreements, so no count of uses
        ).exec()
        self._selection_changed()

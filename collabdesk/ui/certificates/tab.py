"""The 증명서 tab: the register (발급대장) filtered by year, kind, status and words (in the database), the
selected certificate beside it, and from here issuing (one member, or a project's participants in a
batch), reprinting, revoking and reissuing, verifying a number and code, checking the register's chain,
exporting the register, and the certificate settings (issuer and seal, kinds).

Delete does nothing here on purpose: revoking is done with its own button, after a reason and a
question, because it cannot be taken back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
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

from collabdesk.documents.certificate_register import RegisterRow
from collabdesk.services.certificate_chain import ChainReport
from collabdesk.services.certificates import (
    STATUS_REPLACED,
    STATUS_REVOKED,
    STATUS_VALID,
    IssueResult,
    RegisterFilter,
)
from collabdesk.services.container import Services
from collabdesk.ui.certificates.detail import CertificateDetailView
from collabdesk.ui.certificates.issued_panel import IssuedDialog, certificate_file_name, save_certificates
from collabdesk.ui.certificates.register_actions import PDF, XLSX, check_register, export_register
from collabdesk.ui.certificates.register_model import PROJECT, RegisterModel
from collabdesk.ui.errors import confirm
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
from collabdesk.ui.pdf_actions import PREVIEW, PRINT, show_pdf
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.ui.widgets import run_service_action

SEARCH_DELAY_MS = 200


class CertificatesTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("certificates_tab")
        self.services = services
        self.certificates = services.certificates
        self.read_only = False
        self.model = RegisterModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        self.reload_lists()
        self.apply_filter()
        self._restore_layout()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(objectName="certificate_search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("번호, 회사, 사업자등록번호, 과제, 역할로 찾기 (Ctrl+F)"))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.year_filter = QComboBox(objectName="certificate_year_filter")
        self.kind_filter = QComboBox(objectName="certificate_kind_filter")
        self.kind_filter.setMinimumContentsLength(8)
        self.status_filter = QComboBox(objectName="certificate_status_filter")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("연도"), self.year_filter),
            (self.tr("종류"), self.kind_filter),
            (self.tr("상태"), self.status_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.apply_filter)

        self.issue_button = QPushButton(self.tr("발급…"), objectName="issue_certificate")
        self.issue_button.setToolTip(self.tr("회원사 한 곳에 증명서를 발급합니다 (Ctrl+N)"))
        self.batch_button = QPushButton(self.tr("과제 참여 기업 일괄 발급…"), objectName="issue_batch")
        self.batch_button.setToolTip(self.tr("협업 과제의 현재 협약에 참여한 회원사 모두에게 발급합니다"))
        self.verify_button = QPushButton(self.tr("증명서 확인…"), objectName="verify_certificate")
        self.verify_button.setToolTip(self.tr("번호와 확인코드로 진짜인지, 취소·재발급되었는지 확인합니다"))
        self.check_button = QPushButton(self.tr("대장 검사"), objectName="check_register")
        self.check_button.setToolTip(
            self.tr("발급대장이 프로그램 밖에서 바뀌거나 지워지지 않았는지 검사합니다")
        )
        self.export_button = QPushButton(self.tr("대장 내보내기"), objectName="export_register")
        self.export_button.setToolTip(self.tr("지금 목록의 발급대장을 엑셀이나 PDF로 저장하거나 인쇄합니다"))
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("엑셀로 저장…"), lambda: self.export(XLSX))
        export_menu.addAction(self.tr("PDF로 저장…"), lambda: self.export(PDF))
        export_menu.addAction(self.tr("미리 보기·인쇄…"), lambda: self.export(PREVIEW))
        self.export_button.setMenu(export_menu)
        self.settings_button = QPushButton(self.tr("설정"), objectName="certificate_settings")
        settings_menu = QMenu(self.settings_button)
        self.issuer_action = settings_menu.addAction(self.tr("발급기관·직인…"), self.edit_issuer)
        self.kinds_action = settings_menu.addAction(self.tr("증명서 종류…"), self.edit_kinds)
        self.settings_button.setMenu(settings_menu)
        self.issue_button.clicked.connect(lambda: self.issue())
        self.batch_button.clicked.connect(lambda: self.issue_batch())
        self.verify_button.clicked.connect(lambda: self.verify())
        self.check_button.clicked.connect(lambda: self.check_chain())
        actions = QHBoxLayout()
        for button in (
            self.issue_button,
            self.batch_button,
            self.verify_button,
            self.check_button,
            self.export_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.result_label = QLabel(objectName="certificate_count")
        actions.addWidget(self.result_label)
        actions.addStretch(1)
        actions.addWidget(self.settings_button)

        self.table = QTableView(objectName="certificate_table")
        self.table.setModel(self.model)
        set_up_list_view(self.table, (165, 85, 140, 200, 85, 150, 70), PROJECT)
        self.table.doubleClicked.connect(lambda _index: self.preview_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.detail = CertificateDetailView()
        self.detail.preview_requested.connect(lambda: self.preview_selected())
        self.detail.save_requested.connect(lambda: self.save_selected())
        self.detail.revoke_requested.connect(lambda: self.revoke_selected())
        self.detail.reissue_requested.connect(lambda: self.reissue_selected())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 380])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.issue())
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.preview_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.setTabOrder(self.search, self.table)

    def _restore_layout(self) -> None:
        restore_layout("certificates", self.table, self.splitter)

    def save_layout(self) -> None:
        save_layout("certificates", self.table, self.splitter)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only window (another CollabDesk has the database) looks and checks, never issues."""
        self.read_only = read_only
        for widget in (self.issue_button, self.batch_button):
            widget.setEnabled(not read_only)
        self.issuer_action.setEnabled(not read_only)
        self.detail.set_read_only(read_only)

    # --- filters -------------------------------------------------------------------------
    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.year_filter, self.kind_filter, self.status_filter)

    def reload_lists(self) -> None:
        """Refill the filter lists (years issued in, kinds), keeping the choices."""
        current = tuple(combo.currentData() for combo in self._combos())
        for combo in self._combos():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("전체"), None)
        try:
            for year in self.certificates.years():
                self.year_filter.addItem(self.tr("{0}년").format(year), year)
            for kind in self.certificates.kinds.items():
                self.kind_filter.addItem(kind.name, kind.name)
        finally:
            for status, label in (
                (STATUS_VALID, self.tr("유효")),
                (STATUS_REVOKED, self.tr("취소")),
                (STATUS_REPLACED, self.tr("재발급됨")),
            ):
                self.status_filter.addItem(label, status)
            for combo, value in zip(self._combos(), current, strict=True):
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.blockSignals(False)
        if tuple(combo.currentData() for combo in self._combos()) != current:
            self.apply_filter()  # a chosen entry is gone: show what the filter now says

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            year=self.year_filter.currentData(),
            kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
            text=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        rows: list[list[RegisterRow]] = []
        flt = self.current_filter()
        if not run_service_action(self, lambda: rows.append(self.certificates.register(flt))):
            return
        selected = self.selected_row()
        self.model.set_rows(rows[0])
        revoked = sum(1 for r in rows[0] if r.status == STATUS_REVOKED)
        text = self.tr("증명서 {0}건").format(len(rows[0]))
        self.result_label.setText(text + self.tr(" · 취소 {0}건").format(revoked) if revoked else text)
        if selected is not None:
            self.select_seq(selected.seq)

    def refresh(self) -> None:
        """F5: read again what other PCs on a shared database may have issued or revoked."""
        self.reload_lists()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- selection -----------------------------------------------------------------------
    def selected_row(self) -> RegisterRow | None:
        return selected_record(self.table, self.model)  # type: ignore[no-any-return]

    def select_seq(self, seq: int) -> bool:
        return select_record(self.table, self.model, seq)

    def reveal_seq(self, seq: int) -> bool:
        """Select a register entry read afresh, clearing the filters when they hide it."""
        return reveal_record(self.select_seq, self._clear_filters, self.apply_filter, seq)

    def search_for(self, text: str) -> None:
        """Every certificate the text finds, in any year, kind and status."""
        search_only(self.search, self._clear_filters, self.apply_filter, text)

    def _clear_filters(self) -> None:
        clear_filters(self.search, self._combos())

    def select_number(self, number: str) -> bool:
        """Select a certificate by its number, clearing the filters when they hide it."""
        row = self.model.row_of_number(number)
        if row < 0:
            clear_filters(self.search, self._combos())
            self.apply_filter()
            row = self.model.row_of_number(number)
        if row < 0:
            return False
        found = self.model.row_at(row)
        return found is not None and self.select_seq(found.seq)

    def _selection_changed(self) -> None:
        row = self.selected_row()
        if row is None:
            self.detail.show_row(
                None,
                self.tr("증명서를 고르면 여기에 상태, 확인코드, 취소·재발급 내역이 보입니다.")
                if self.model.rowCount()
                else self.tr("찾은 증명서가 없습니다. '발급…'으로 증명서를 발급하십시오."),
            )
            return
        self.detail.show_row(row)

    def _after_change(self, number: str | None = None) -> None:
        self.reload_lists()
        self.apply_filter()
        if number is not None:
            self.select_number(number)

    # --- issuing -------------------------------------------------------------------------
    def issue(self, member_id: int | None = None):  # type: ignore[no-untyped-def]
        """발급… (Ctrl+N): the issue dialog, for `member_id` when opened from a member."""
        if self.read_only:
            return None
        from collabdesk.ui.certificates.issue_dialog import IssueDialog

        opened: list[IssueDialog] = []
        if not run_service_action(self, lambda: opened.append(IssueDialog(self.services, self, member_id))):
            return None
        dialog = opened[0]
        dialog.issued.connect(self._issued)
        dialog.exec()
        return dialog

    def issue_batch(self, project_id: int | None = None):  # type: ignore[no-untyped-def]
        """과제 참여 기업 일괄 발급…, for `project_id` when opened from the project tab."""
        if self.read_only:
            return None
        from collabdesk.ui.certificates.batch_dialog import BatchIssueDialog

        opened: list[BatchIssueDialog] = []
        if not run_service_action(
            self, lambda: opened.append(BatchIssueDialog(self.services, self, project_id))
        ):
            return None
        dialog = opened[0]
        dialog.issued.connect(self._issued)
        dialog.exec()
        return dialog

    def _issued(self, result: IssueResult) -> None:
        self._after_change(result.issued[0].number if result.issued else None)

    # --- the selected certificate --------------------------------------------------------
    def preview_selected(self, how: str = PREVIEW) -> BackgroundTask | None:
        """Ctrl+P: the certificate as issued, printed again (a revoked one with its 무효 mark)."""
        row = self.selected_row()
        if row is None:
            return None
        number = row.number
        return show_pdf(
            self,
            lambda: self.certificates.pdf_bytes([number]),
            self.tr("{0} - {1}").format(row.kind, row.number),
            how,
            self.tr("인증서 PDF를 만드는 중…"),
        )

    def print_selected(self) -> BackgroundTask | None:
        return self.preview_selected(PRINT)

    def save_selected(self) -> BackgroundTask | None:
        row = self.selected_row()
        if row is None:
            return None
        return save_certificates(
            self, self.certificates, [row.number], certificate_file_name(row.company, row.kind)
        )

    def revoke_selected(self) -> bool:
        row = self.selected_row()
        if row is None or self.read_only or row.status != STATUS_VALID:
            return False
        from collabdesk.ui.certificates.revoke_dialog import revoke_dialog

        dialog = revoke_dialog(row, self)
        if not dialog.exec():
            return False
        reason, revoked_on = dialog.reason(), dialog.date()
        question = self.tr(
            "{0} ({1})을(를) 취소하시겠습니까?\n사유: {2}\n\n취소는 되돌릴 수 없습니다."
        ).format(row.number, row.company, reason)
        if not confirm(self, self.tr("증명서 취소"), question):
            return False
        done = run_service_action(
            self,
            lambda: self.certificates.revoke(row.number, reason, revoked_on),
            self.tr("취소할 수 없습니다"),
        )
        self._after_change(row.number)
        return done

    def reissue_selected(self) -> BackgroundTask | None:
        row = self.selected_row()
        if row is None or self.read_only or row.status != STATUS_VALID:
            return None
        from collabdesk.ui.certificates.revoke_dialog import reissue_dialog

        dialog = reissue_dialog(row, self)
        if not dialog.exec():
            return None
        reason, issue_date = dialog.reason(), dialog.date()
        question = self.tr(
            "{0} ({1})을(를) 새 번호로 재발급하시겠습니까?\n사유: {2}\n\n이 번호는 효력을 잃으며 되돌릴 수 없습니다."
        ).format(row.number, row.company, reason)
        if not confirm(self, self.tr("증명서 재발급"), question):
            return None
        certificates = self.certificates

        def done(result: IssueResult) -> None:
            [issued] = result.issued
            self._after_change(issued.number)
            # The PDF made when reissuing is what the dialog previews, prints and saves.
            name = certificate_file_name(issued.company, issued.kind)
            IssuedDialog(certificates, [issued], name, self, pdf=result.pdf).exec()

        return BackgroundTask(
            self,
            self.tr("증명서를 재발급하는 중…"),
            lambda _progress: certificates.reissue_result(row.number, reason, issue_date),
            done,
        ).start()

    # --- the register as a whole ---------------------------------------------------------
    def verify(self, number: str = ""):  # type: ignore[no-untyped-def]
        from collabdesk.ui.certificates.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.certificates, self, number)
        dialog.exec()
        return dialog

    def check_chain(self) -> BackgroundTask:
        return check_register(self, self.certificates, self._show_bad_entry)

    def _show_bad_entry(self, report: ChainReport) -> None:
        if report.bad_number:
            self.select_number(report.bad_number)

    def export(self, how: str) -> BackgroundTask | None:
        return export_register(self, self.certificates, self.current_filter(), how)

    # --- settings ------------------------------------------------------------------------
    def edit_issuer(self) -> None:
        from collabdesk.ui.certificates.issuer_dialog import IssuerDialog

        opened: list[IssuerDialog] = []
        if run_service_action(
            self, lambda: opened.append(IssuerDialog(self.certificates.issuer, self, self.read_only))
        ):
            opened[0].exec()

    def edit_kinds(self) -> None:
        from collabdesk.ui.certificates.kinds_dialog import KindsDialog

        opened: list[KindsDialog] = []
        if run_service_action(
            self, lambda: opened.append(KindsDialog(self.certificates, self, self.read_only))
        ):
            opened[0].exec()
        self.refresh()

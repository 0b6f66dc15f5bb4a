"""연도별 협업 성과: the year's figures (projects running, outcomes by kind, amounts by currency) shown
at once, and handed out as a PDF to print or an Excel sheet to work on."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from collabdesk.formatting import money
from collabdesk.services.container import Services
from collabdesk.services.projects import OutcomeSummary
from collabdesk.ui.files import ask_save_path
from collabdesk.ui.pdf_actions import PREVIEW, safe_file_name, save_file, show_pdf
from collabdesk.ui.widgets import run_service_action

FIRST_YEAR = 1990


class OutcomeSummaryDialog(QDialog):
    def __init__(
        self, services: Services, year: int | None, group_id: int | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("outcome_summary_dialog")
        self.setWindowTitle(self.tr("연도별 협업 성과 요약"))
        self.services = services
        self.year_spin = QSpinBox(objectName="summary_year")
        self.year_spin.setRange(FIRST_YEAR, dt.date.today().year + 10)
        self.year_spin.setValue(year or dt.date.today().year)
        self.group_combo = QComboBox(objectName="summary_group")
        self.group_combo.addItem(self.tr("전체"), None)
        for group in services.groups.tree():
            self.group_combo.addItem("  " * group.depth + group.name, group.id)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(group_id), 0))
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("연도")))
        choice.addWidget(self.year_spin)
        choice.addWidget(QLabel(self.tr("그룹")))
        choice.addWidget(self.group_combo, 1)
        self.figures = QTextBrowser(objectName="summary_figures")
        self.preview_button = QPushButton(self.tr("PDF 미리 보기·인쇄…"), objectName="summary_preview")
        self.pdf_button = QPushButton(self.tr("PDF로 저장…"), objectName="summary_pdf")
        self.xlsx_button = QPushButton(self.tr("Excel로 저장…"), objectName="summary_xlsx")
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save(".xlsx"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.figures, 1)
        layout.addLayout(buttons)
        self.year_spin.valueChanged.connect(lambda _year: self.show_figures())
        self.group_combo.currentIndexChanged.connect(lambda _index: self.show_figures())
        self.resize(520, 460)
        self.show_figures()

    def choice(self) -> tuple[int, int | None]:
        return self.year_spin.value(), self.group_combo.currentData()

    def show_figures(self) -> None:
        year, group_id = self.choice()
        found: list[OutcomeSummary] = []
        if run_service_action(
            self, lambda: found.append(self.services.projects.outcome_summary(year, group_id))
        ):
            self.figures.setHtml(self._html(found[0]))

    def _html(self, summary: OutcomeSummary) -> str:
        heading = self.tr("{0}년 협업 성과").format(summary.year)
        running = self.tr("진행된 과제 {0}건").format(summary.projects)
        lines = [f"<h3>{escape(heading)}</h3>", f"<p>{escape(running)}</p>"]
        if not summary.by_kind:
            empty = self.tr("이 해에 기록된 성과가 없습니다.")
            lines.append(f"<p style='color:#666'>{escape(empty)}</p>")
            return "".join(lines)
        headers = (self.tr("성과 종류"), self.tr("건수"), self.tr("금액"))
        lines.append("<table cellspacing=0 cellpadding=4 border=1 style='border-collapse:collapse'><tr>")
        lines += [f"<th>{escape(header)}</th>" for header in headers]
        lines.append("</tr>")
        for kind, count in summary.by_kind.items():
            amounts = ", ".join(
                money(total, currency) for (k, currency), total in summary.amounts.items() if k == kind
            )
            lines.append(
                f"<tr><td>{escape(kind)}</td><td align=right>{count}</td>"
                f"<td align=right>{escape(amounts)}</td></tr>"
            )
        lines.append("</table>")
        return "".join(lines)

    def _title(self) -> str:
        year, _group = self.choice()
        group = self.group_combo.currentText().strip() if self.group_combo.currentData() is not None else ""
        title = self.tr("{0}년 협업 성과").format(year)
        return f"{title} ({group})" if group else title

    def preview(self) -> None:
        year, group_id = self.choice()
        reports = self.services.project_reports
        show_pdf(
            self,
            lambda: reports.summary_pdf(year, group_id),
            self._title(),
            PREVIEW,
            self.tr("성과 요약 PDF를 만드는 중…"),
        )

    def save(self, extension: str) -> None:
        year, group_id = self.choice()
        excel = extension == ".xlsx"
        path = ask_save_path(
            self,
            self.tr("성과 요약 Excel로 저장") if excel else self.tr("성과 요약 PDF로 저장"),
            safe_file_name(self._title(), "성과요약", extension),
            self.tr("Excel 통합 문서 (*.xlsx)") if excel else self.tr("PDF 문서 (*.pdf)"),
            extension,
        )
        if path is None:
            return
        reports = self.services.project_reports
        save_file(
            self,
            lambda: reports.write_summary(year, path, group_id),
            path,
            self.tr("성과 요약"),
            self.tr("성과 요약을 저장하는 중…"),
        )

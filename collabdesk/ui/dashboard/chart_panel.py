"""A chart with its title and a way out: "PNG로 저장…" (a small button and the context menu) renders
it at twice its size on white into a PNG file, with its title and what it shows (year, group, day)
written above it, starting in the folder last used."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from collabdesk.errors import UserError
from collabdesk.ui.dashboard.chart import BarChart
from collabdesk.ui.errors import show_error
from collabdesk.ui.files import ask_save_path

EXPORT_SCALE = 2.0


def file_name(title: str, extension: str) -> str:
    """`title` + `extension` without the characters Windows refuses in names."""
    return " ".join(re.sub(r'[\\/:*?"<>|]+', " ", title).split()) + extension


class ChartPanel(QFrame):
    def __init__(self, title: str, chart: BarChart, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart = chart
        chart.setObjectName(name)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: bold;")
        self.subtitle = ""  # e.g. "2026 R&D분과" — part of the default file name
        self.context = ""  # e.g. "2026년 · 연합회 > R&D분과 · 2026. 11. 30. 기준" — under the title in a PNG
        self.save_button = QToolButton(objectName=f"{name}_save")
        self.save_button.setText(self.tr("PNG로 저장…"))
        self.save_button.setToolTip(self.tr("이 그래프를 그림 파일(PNG)로 저장합니다"))
        self.save_button.setAutoRaise(True)
        self.save_button.clicked.connect(self.export_png)
        chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chart.customContextMenuRequested.connect(self._menu)
        # One menu for every right-click (a new one each time would pile up as children).
        self.menu = QMenu(self)
        self.menu.addAction(self.tr("PNG로 저장…"), self.export_png)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(head)
        layout.addWidget(chart, 1)

    def default_file_name(self) -> str:
        """'업종별 회원사 2026.png'."""
        return file_name(f"{self.title.text()} {self.subtitle}", ".png")

    def _menu(self, point: QPoint) -> None:
        self.menu.popup(self.chart.mapToGlobal(point))

    def export_png(self) -> Path | None:
        path = ask_save_path(
            self,
            self.tr("그래프 저장"),
            self.default_file_name(),
            self.tr("PNG 그림 (*.png)"),
            ".png",
        )
        if path is None:
            return None
        try:
            self.save_png(path)
        except UserError as exc:
            show_error(self, exc, self.tr("그래프 저장"))
            return None
        return path

    def save_png(self, path: Path) -> None:
        image = self.chart.render_image(EXPORT_SCALE, self.title.text(), self.context)
        if not image.save(str(path), "PNG"):
            raise UserError(self.tr("그림 파일을 저장할 수 없습니다: {0}").format(path))

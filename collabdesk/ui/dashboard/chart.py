"""A bar chart painted with QPainter (QtCharts is not part of the program): horizontal bars with
their labels on the left, or vertical bars with their labels below, each with its value written at
its end, a tooltip per bar, and the same picture rendered into an image for saving."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

HORIZONTAL = "horizontal"
VERTICAL = "vertical"

BAR_COLOR = QColor("#3b78c4")
ZERO_COLOR = QColor("#c9d3df")
GRID_COLOR = QColor("#e3e6ea")
AXIS_COLOR = QColor("#b4b9c0")
TEXT_COLOR = QColor("#333333")
MUTED_COLOR = QColor("#8a8f96")
PAD = 8  # around the drawing
GAP = 6  # between a label and its bar, a bar and its value


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    tooltip: str = ""  # shown when the mouse rests on the bar; the label and value by default


def _nice_step(top: float, lines: int = 4) -> float:
    """A round grid step (1, 2, 5 × 10^n) that covers `top` with about `lines` lines."""
    if top <= 0:
        return 1.0
    raw = top / lines
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(float(factor * power), 1.0)
    return float(10 * power)


def _plain(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


class BarChart(QWidget):
    """`set_bars` fills it; `bars()` says what it shows (tests read the values there)."""

    def __init__(self, orientation: str = VERTICAL, parent: QWidget | None = None):
        super().__init__(parent)
        self.orientation = orientation
        self._bars: list[Bar] = []
        self._format: Callable[[float], str] = _plain
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # --- contents ------------------------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar], value_format: Callable[[float], str] | None = None) -> None:
        self._bars = list(bars)
        if value_format is not None:
            self._format = value_format
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def values(self) -> list[tuple[str, float]]:
        return [(bar.label, bar.value) for bar in self._bars]

    def is_empty(self) -> bool:
        return not self._bars or all(bar.value == 0 for bar in self._bars)

    def empty_text(self) -> str:
        return self.tr("자료 없음")

    # --- size ----------------------------------------------------------------------------
    def _row_height(self, metrics: QFontMetrics) -> int:
        return metrics.height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        if self.orientation == HORIZONTAL:
            rows = max(len(self._bars), 3)
            return QSize(380, 2 * PAD + rows * self._row_height(metrics))
        return QSize(380, 200)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        if self.orientation == HORIZONTAL:
            rows = max(len(self._bars), 1)
            return QSize(240, 2 * PAD + rows * self._row_height(metrics))
        return QSize(240, 160)

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self.paint(painter, self.rect())
        finally:
            painter.end()

    def content_height(self) -> int:
        """The height the chart needs: horizontal bars each at the usual row height (a taller widget
        spreads them, a picture does not), vertical bars as tall as they are now."""
        if self.orientation == HORIZONTAL:
            return 2 * PAD + max(len(self._bars), 3 if self.is_empty() else 1) * self._row_height(
                self.fontMetrics()
            )
        return self.height() if self.height() > 1 else self.sizeHint().height()

    def render_image(self, scale: float = 2.0, title: str = "", subtitle: str = "") -> QImage:
        """The chart `scale` times as many pixels, on white (for PNG files): `title` in bold and
        `subtitle` (what the figures are of: year, group, day) above it, as wide as the chart is now
        and as tall as its bars need."""
        width = self.width() if self.width() > 1 else self.sizeHint().width()
        font = self.font()
        title_font = QFont(font)
        title_font.setBold(True)
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_metrics, metrics = QFontMetrics(title_font, self), QFontMetrics(font, self)
        header = 0
        if title:
            header += title_metrics.height()
        if subtitle:
            header += metrics.height() + (2 if title else 0)
        if header:
            header += PAD + GAP  # above the title, between the header and the chart
        chart_height = self.content_height()
        image = QImage(
            round(width * scale), round((header + chart_height) * scale), QImage.Format.Format_ARGB32
        )
        image.setDevicePixelRatio(scale)
        # The image's DPI as the screen's, so the fonts measure the same as on screen.
        dots_per_meter = round(self.logicalDpiX() / 0.0254)
        image.setDotsPerMeterX(dots_per_meter)
        image.setDotsPerMeterY(dots_per_meter)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            y = PAD
            line_width = width - 2 * PAD
            if title:
                painter.setFont(title_font)
                painter.setPen(TEXT_COLOR)
                painter.drawText(
                    QRect(PAD, y, line_width, title_metrics.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, line_width),
                )
                y += title_metrics.height() + 2
            if subtitle:
                painter.setFont(font)
                painter.setPen(MUTED_COLOR)
                painter.drawText(
                    QRect(PAD, y, line_width, metrics.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, line_width),
                )
            painter.setFont(font)
            painter.translate(0, header)
            self.paint(painter, QRect(0, 0, width, chart_height))
        finally:
            painter.end()
        return image

    def paint(self, painter: QPainter, area: QRect) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        inner = area.adjusted(PAD, PAD, -PAD, -PAD)
        if self.is_empty():
            painter.setPen(MUTED_COLOR)
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, self.empty_text())
            return
        if self.orientation == HORIZONTAL:
            self._paint_horizontal(painter, inner)
        else:
            self._paint_vertical(painter, inner)

    def _scale(self) -> tuple[float, float, int]:
        """(grid step, value at the end of the axis, grid lines) for the largest bar."""
        top_value = max(bar.value for bar in self._bars) or 1
        step = _nice_step(top_value)
        scale_top = math.ceil(top_value / step) * step
        return step, scale_top, round(scale_top / step)

    def _row(self, inner: QRect, metrics: QFontMetrics) -> int:
        """Horizontal bars: rows share the height the widget has (a taller chart spreads them),
        up to twice the usual."""
        base = self._row_height(metrics)
        return min(max(inner.height() // len(self._bars), base), 2 * base)

    def _plot(self, inner: QRect, metrics: QFontMetrics) -> QRect:
        """Vertical bars: the area the bars stand in, right of the axis labels, between a line for
        the values above and one for the labels below."""
        step, _top, ticks = self._scale()
        axis_width = max(metrics.horizontalAdvance(_plain(step * t)) for t in range(ticks + 1))
        left = inner.left() + axis_width + GAP
        line = metrics.height()
        return QRect(left, inner.top() + line + 2, inner.right() - left, inner.height() - 2 * line - 6)

    def hit_zones(self, area: QRect, metrics: QFontMetrics) -> list[QRectF]:
        """Per bar, the part of `area` that belongs to it: its row, or its column with its label."""
        inner = area.adjusted(PAD, PAD, -PAD, -PAD)
        if self.is_empty():
            return []
        if self.orientation == HORIZONTAL:
            row = self._row(inner, metrics)
            zones = [
                QRectF(inner.left(), inner.top() + i * row, inner.width(), row)
                for i in range(len(self._bars))
            ]
            return [zone for zone in zones if zone.bottom() <= inner.bottom() + 1]
        plot = self._plot(inner, metrics)
        slot = plot.width() / len(self._bars)
        height = plot.height() + metrics.height() + 4
        return [QRectF(plot.left() + slot * i, plot.top(), slot, height) for i in range(len(self._bars))]

    def _paint_horizontal(self, painter: QPainter, inner: QRect) -> None:
        metrics = painter.fontMetrics()
        row = self._row(inner, metrics)
        thickness = min(row - 8, self._row_height(metrics) + 4)
        # A pixel or two more than measured: elidedText cuts a label that fits exactly.
        label_width = min(
            max(metrics.horizontalAdvance(bar.label) for bar in self._bars) + 3, int(inner.width() * 0.4)
        )
        value_width = max(metrics.horizontalAdvance(self._format(bar.value)) for bar in self._bars)
        left = inner.left() + label_width + GAP
        span = max(inner.right() - left - value_width - GAP, 10)
        _step, scale_top, ticks = self._scale()
        height = min(row * len(self._bars), inner.height())
        # Light vertical grid lines at round values, the axis darker.
        for tick in range(ticks + 1):
            x = left + span * tick / ticks
            painter.setPen(QPen(AXIS_COLOR if tick == 0 else GRID_COLOR, 1))
            painter.drawLine(round(x), inner.top(), round(x), inner.top() + height)
        for index, bar in enumerate(self._bars):
            y = inner.top() + index * row
            if y + row > inner.bottom() + 1:
                break  # no room: the widget's size hint asks for enough
            painter.setPen(TEXT_COLOR)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(
                QRect(inner.left(), y, label_width, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = span * bar.value / scale_top if scale_top else 0
            rect = QRectF(left, y + (row - thickness) / 2, max(length, 0), thickness)
            self._draw_bar(painter, rect, bar)
            painter.setPen(TEXT_COLOR)
            painter.drawText(
                QRect(round(rect.right()) + GAP, y, value_width + GAP, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._format(bar.value),
            )

    def _paint_vertical(self, painter: QPainter, inner: QRect) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        step, scale_top, ticks = self._scale()
        axis_width = max(metrics.horizontalAdvance(_plain(step * t)) for t in range(ticks + 1))
        plot = self._plot(inner, metrics)
        if plot.height() < 10 or plot.width() < 10:
            return
        for tick in range(ticks + 1):
            y = plot.bottom() - plot.height() * tick / ticks
            painter.setPen(QPen(AXIS_COLOR if tick == 0 else GRID_COLOR, 1))
            painter.drawLine(plot.left(), round(y), plot.right(), round(y))
            painter.setPen(MUTED_COLOR)
            painter.drawText(
                QRect(inner.left(), round(y - line / 2), axis_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _plain(step * tick),
            )
        slot = plot.width() / len(self._bars)
        bar_width = max(min(slot * 0.6, 48), 2)
        label_font = painter.font()
        widest = max(metrics.horizontalAdvance(bar.label) for bar in self._bars)
        if widest > slot - 2 and label_font.pointSizeF() > 0:
            # '10월 11월 12월' on a narrow chart: a smaller font before cutting the labels short.
            label_font.setPointSizeF(max(label_font.pointSizeF() * (slot - 2) / widest, 7.0))
        label_metrics = QFontMetrics(label_font, painter.device())
        for index, bar in enumerate(self._bars):
            centre = plot.left() + slot * (index + 0.5)
            length = plot.height() * bar.value / scale_top if scale_top else 0
            rect = QRectF(centre - bar_width / 2, plot.bottom() - length, bar_width, length)
            self._draw_bar(painter, rect, bar)
            text_box = QRect(round(centre - slot / 2), 0, max(round(slot), 1), line)
            if bar.value:
                painter.setPen(TEXT_COLOR)
                painter.drawText(
                    text_box.translated(0, round(rect.top()) - line - 1),
                    Qt.AlignmentFlag.AlignCenter,
                    self._format(bar.value),
                )
            painter.setPen(TEXT_COLOR)
            painter.save()
            painter.setFont(label_font)
            painter.drawText(
                text_box.translated(0, plot.bottom() + 4),
                Qt.AlignmentFlag.AlignCenter,
                label_metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, max(round(slot), 1)),
            )
            painter.restore()

    def _draw_bar(self, painter: QPainter, rect: QRectF, bar: Bar) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_COLOR if bar.value else ZERO_COLOR)
        if rect.width() > 0 and rect.height() > 0:
            painter.drawRect(rect)

    # --- tooltips ------------------------------------------------------------------------
    def bar_at(self, point: QPoint) -> int:
        """The index of the bar painted at `point` (widget coordinates), -1 where there is none."""
        for index, zone in enumerate(self.hit_zones(self.rect(), self.fontMetrics())):
            if zone.contains(point.toPointF()):
                return index
        return -1

    def tooltip_of(self, index: int) -> str:
        bar = self._bars[index]
        return bar.tooltip or f"{bar.label}: {self._format(bar.value)}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_of(index), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

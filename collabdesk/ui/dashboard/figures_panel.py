"""The key figures of the year as cards: a large number, a small caption and one line of detail."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from collabdesk.formatting import korean_amount, thousands
from collabdesk.services.annual_types import AnnualFigures

CARD_MIN_WIDTH = 180  # for choosing the number of columns; a card itself may shrink below it
CARD_IDS = ("members", "sales", "employees", "meetings", "projects", "certificates", "disputes")


def rounded_won(won: int) -> str:
    """A card-sized sum: 4,123,456,789,000 → '4조 1,235억원', 5,259,510,000 → '53억원',
    352,600,000 → '3억 5,260만원'."""
    unit = 10**8 if abs(won) >= 10**9 else 10**4 if abs(won) >= 10**5 else 1
    units, rest = divmod(abs(won), unit)
    units += 2 * rest >= unit  # half up, as people round money (not to the even unit)
    return korean_amount(units * unit * (-1 if won < 0 else 1))


def korean_count(count: int, unit: str) -> str:
    """14,321 → '1만 4,321명' (below 10,000 as usual: '8,200명')."""
    return korean_amount(count).removesuffix("원") + unit


def one_decimal(value: float) -> str:
    return f"{value:,.1f}".removesuffix(".0")


class FigureCard(QFrame):
    def __init__(self, caption: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"card_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#card_{name} {{ background: #f7f9fc; border: 1px solid #dde3ea; border-radius: 6px; }}"
        )
        self.caption = QLabel(caption, objectName=f"card_{name}_caption")
        self.caption.setStyleSheet("color: #5f6670;")
        self.value = QLabel("–", objectName=f"card_{name}_value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #1f3b5c;")
        self.detail = QLabel(objectName=f"card_{name}_detail")
        self.detail.setStyleSheet("color: #444;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_figure(self, value: str, detail: str, tooltip: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(tooltip)


class FiguresPanel(QWidget):
    """Seven cards that flow into as many columns as fit; `painted` once figures were first painted."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard_figures")
        captions = (
            self.tr("회원사"),
            self.tr("매출 합계"),
            self.tr("고용"),
            self.tr("회의·행사"),
            self.tr("협업 과제"),
            self.tr("협업인증서"),
            self.tr("분쟁조정"),
        )
        self.cards = {
            name: FigureCard(caption, name, self) for name, caption in zip(CARD_IDS, captions, strict=True)
        }
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._columns = 0
        self._flow(4)
        self._shown = False
        self._reported = False
        self.installEventFilter(self)

    def card_text(self, name: str) -> tuple[str, str]:
        """(value, detail) of a card, as shown."""
        card = self.cards[name]
        return card.value.text(), card.detail.text()

    def _flow(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(len(self.cards)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        spacing = self._grid.spacing()
        fit = (event.size().width() + spacing) // (CARD_MIN_WIDTH + spacing)
        # 4 + 3 or 7 in a row; 2 columns only on a very narrow window.
        self._flow(7 if fit >= 7 else 4 if fit >= 4 else 2)
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self and event.type() == QEvent.Type.Paint and self._shown and not self._reported:
            self._reported = True
            # After this paint has finished: the figures are on the screen.
            QTimer.singleShot(0, self.painted.emit)
        return super().eventFilter(watched, event)

    def show_placeholder(self) -> None:
        for card in self.cards.values():
            card.set_figure("–", "")

    def show_figures(self, figures: AnnualFigures) -> None:
        members = figures.members
        per_member = members.total or 1
        self.cards["members"].set_figure(
            self.tr("{0}개사").format(thousands(members.total)),
            self.tr("가입 {0} · 탈퇴 {1}").format(thousands(members.joined), thousands(members.left)),
        )
        self.cards["sales"].set_figure(
            rounded_won(members.sales),
            self.tr("회원사 평균 {0}").format(rounded_won(members.sales // per_member))
            if members.total
            else self.tr("회원사 없음"),
            korean_amount(members.sales),
        )
        self.cards["employees"].set_figure(
            korean_count(members.employees, self.tr("명")),
            self.tr("회원사 평균 {0}명").format(one_decimal(members.employees / per_member))
            if members.total
            else self.tr("회원사 없음"),
            self.tr("{0}명").format(thousands(members.employees)),
        )
        meetings = figures.meetings
        if meetings.average_attendance is None:
            attendance = self.tr("출석 기록 없음")
        else:
            attendance = self.tr("평균 출석 {0}개사").format(one_decimal(meetings.average_attendance))
            if meetings.attendance_rate is not None:
                attendance += self.tr(" · 출석률 {0}%").format(round(meetings.attendance_rate * 100))
        self.cards["meetings"].set_figure(self.tr("{0}회").format(thousands(meetings.total)), attendance)
        projects = figures.projects
        outcomes = sum(line.count for line in projects.outcomes)
        self.cards["projects"].set_figure(
            self.tr("{0}건 진행").format(thousands(projects.active)),
            self.tr("시작 {0} · 종료 {1} · 성과 {2}건").format(
                thousands(projects.started), thousands(projects.finished), thousands(outcomes)
            ),
        )
        certificates = figures.certificates
        self.cards["certificates"].set_figure(
            self.tr("{0}건 발급").format(thousands(certificates.issued)),
            self.tr("발급 {0} · 취소 {1}").format(
                thousands(certificates.issued), thousands(certificates.revoked)
            ),
        )
        disputes = figures.disputes
        self.cards["disputes"].set_figure(
            self.tr("{0}건 진행").format(thousands(disputes.open_now)),
            self.tr("기한 지남 {0} · 접수 {1} · 종결 {2}").format(
                thousands(disputes.overdue_now), thousands(disputes.received), thousands(disputes.closed)
            ),
        )
        self.cards["disputes"].value.setStyleSheet(
            "color: #c62828;" if disputes.overdue_now else "color: #1f3b5c;"
        )
        self._shown = True
        self.update()

"""The key figures of the year as cards: a large number, a small caption, a line of detail and, where
the figures are not what was asked for (mediation cases while locked), a caveat."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from collabdesk.formatting import (
    approximate,
    korean_amount,
    one_decimal,
    percent,
    rate,
    rounded_won,
    thousands,
)
from collabdesk.services.annual_types import AnnualFigures
from collabdesk.services.stats import NO_INDUSTRY, StatLine

CARD_MIN_WIDTH = 180  # for choosing the number of columns; a card itself may shrink below it
CARD_IDS = ("members", "sales", "employees", "meetings", "projects", "certificates", "disputes")
NBSP = "\u00a0"
VALUE_COLOUR, ALERT_COLOUR = "#1f3b5c", "#c62828"


def detail_line(*parts: str) -> str:
    """Parts joined with " · ", each kept whole on one line: a narrow card wraps after a " · ", never
    inside a part ("출석률⏎68.0%") nor before the dot."""
    return f"{NBSP}· ".join(part.replace(" ", NBSP) for part in parts if part)


def _largest(lines: list[StatLine], value: str) -> StatLine | None:
    """The 업종 with the largest `value` (sales or employees), none for (업종 미지정) or all zero."""
    named = [line for line in lines if line.label != NO_INDUSTRY and getattr(line, value) > 0]
    return max(named, key=lambda line: getattr(line, value), default=None)


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
        self.note = QLabel(objectName=f"card_{name}_note")  # a caveat under the detail, mostly hidden
        self.note.setStyleSheet("color: #8a5a00;")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_figure(self, value: str, detail: str, tooltip: str = "", note: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.note.setText(note)
        self.note.setVisible(bool(note))
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
        """(value, detail) of a card, as shown (no-break spaces read as spaces)."""
        card = self.cards[name]
        return card.value.text(), card.detail.text().replace(NBSP, " ")

    def card_note(self, name: str) -> str:
        """The caveat shown under a card's detail ("" when none is shown)."""
        card = self.cards[name]
        return card.note.text().replace(NBSP, " ") if not card.note.isHidden() else ""

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
        """Dashes: no figures (a failed read must not leave the last choice's figures standing)."""
        for card in self.cards.values():
            card.set_figure("–", "")
        self.cards["disputes"].value.setStyleSheet(f"color: {VALUE_COLOUR};")

    def _largest_share(self, figures: AnnualFigures, value: str, no_data: str) -> str:
        """The 업종 with the most sales (or employees) and its share: "최대 업종 기계·금속 (48.5%)"."""
        members = figures.members
        if not members.total:
            return self.tr("회원사 없음")
        top = _largest(members.by_industry, value)
        if top is None:
            return no_data
        return self.tr("최대 업종 {0} ({1})").format(
            top.label, percent(getattr(top, value), getattr(members, value))
        )

    def show_figures(self, figures: AnnualFigures) -> None:
        # The wording of collabdesk.formatting, as the annual report prints the same figures.
        members = figures.members
        self.cards["members"].set_figure(
            self.tr("{0}개사").format(thousands(members.total)),
            detail_line(
                self.tr("가입 {0}").format(thousands(members.joined)),
                self.tr("탈퇴 {0}").format(thousands(members.left)),
            ),
        )
        # No average per member: a member without 매출액 or 종업원수 would count as 0. The largest
        # 업종's share instead.
        self.cards["sales"].set_figure(
            rounded_won(members.sales),
            self._largest_share(figures, "sales", self.tr("매출액 자료 없음")),
            korean_amount(members.sales),
        )
        self.cards["employees"].set_figure(
            approximate(members.employees, self.tr("명")),
            self._largest_share(figures, "employees", self.tr("종업원수 자료 없음")),
            self.tr("{0}명").format(thousands(members.employees)),
        )
        meetings = figures.meetings
        if meetings.average_attendance is None:
            attendance = self.tr("출석 기록 없음")
        else:
            attendance = detail_line(
                self.tr("평균 출석 {0}").format(one_decimal(meetings.average_attendance, self.tr("개사"))),
                self.tr("출석률 {0}").format(rate(meetings.attendance_rate))
                if meetings.attendance_rate is not None
                else "",
            )
        self.cards["meetings"].set_figure(self.tr("{0}회").format(thousands(meetings.total)), attendance)
        projects = figures.projects
        outcomes = sum(line.count for line in projects.outcomes)
        self.cards["projects"].set_figure(
            self.tr("{0}건 진행").format(thousands(projects.active)),
            detail_line(
                self.tr("시작 {0}").format(thousands(projects.started)),
                self.tr("종료 {0}").format(thousands(projects.finished)),
                self.tr("성과 {0}건").format(thousands(outcomes)),
            ),
        )
        certificates = figures.certificates
        kinds = [(kind, issued) for kind, issued, _revoked in certificates.by_kind if issued]
        self.cards["certificates"].set_figure(
            self.tr("{0}건 발급").format(thousands(certificates.issued)),
            detail_line(
                self.tr("취소 {0}건").format(thousands(certificates.revoked)),
                # By kind only when there are several: one kind would repeat the number above.
                *(f"{kind} {thousands(issued)}" for kind, issued in kinds if len(kinds) > 1),
            ),
        )
        disputes = figures.disputes
        whole = disputes.whole_federation
        self.cards["disputes"].set_figure(
            self.tr("{0}건 진행").format(thousands(disputes.open_now)),
            detail_line(
                self.tr("기한 지남 {0}").format(thousands(disputes.overdue_now)),
                self.tr("접수 {0}").format(thousands(disputes.received)),
                self.tr("종결 {0}").format(thousands(disputes.closed)),
            ),
            self.tr(
                "조정 암호를 입력하지 않아 분쟁조정은 연합회 전체의 수치입니다. 분쟁조정 탭에서 잠금을 "
                "해제하면 고른 그룹의 사건만 셉니다."
            )
            if whole
            else "",
            self.tr("연합회 전체 수치 — 그룹별은 조정 암호 입력 후") if whole else "",
        )
        self.cards["disputes"].value.setStyleSheet(
            f"color: {ALERT_COLOUR if disputes.overdue_now else VALUE_COLOUR};"
        )
        self._shown = True
        self.update()

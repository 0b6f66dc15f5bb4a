"""의결 기준: the quorum and approval rules a group's resolutions are judged by.

The built-in rules are 민법 제75조's default (일반 의결) and 3분의 2 for 정관 변경. The federation may
set its own, and any group its own over those; the nearest group's rule of a name wins.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.container import Services
from collabdesk.services.meetings import RuleInfo
from collabdesk.ui.catalog_dialog import run_checked
from collabdesk.ui.errors import confirm
from collabdesk.ui.widgets import add_ok_cancel, button_column, run_service_action
from collabdesk.validation.quorum import MAJORITY, TWO_THIRDS, QuorumRule, Threshold

# The shares articles of association ask for, in the words they use.
THRESHOLDS = (MAJORITY, Threshold(1, 2, strict=False), TWO_THIRDS, Threshold(3, 4, strict=False))


def _threshold_combo(current: Threshold) -> QComboBox:
    combo = QComboBox()
    choices = list(THRESHOLDS) if current in THRESHOLDS else [*THRESHOLDS, current]
    for threshold in choices:
        combo.addItem(threshold.label, threshold)
    combo.setCurrentIndex(choices.index(current))
    return combo


class RuleEditDialog(QDialog):
    """One rule's thresholds. `save(rule)` runs on 확인; `refresh(keep)` reloads the list behind it
    when another PC changed or removed the rule first (see run_checked)."""

    def __init__(
        self,
        rule: QuorumRule,
        save: Callable[[QuorumRule], None],
        parent: QWidget | None = None,
        refresh: Callable[[bool], object] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("의결 기준"))
        self._save = save
        self._refresh = refresh or (lambda _keep: None)
        self.name = QLineEdit(rule.name, objectName="rule_name")
        self.attendance = _threshold_combo(rule.attendance)
        self.attendance.setObjectName("rule_attendance")
        self.approval = _threshold_combo(rule.approval)
        self.approval.setObjectName("rule_approval")
        self.base = QComboBox(objectName="rule_base")
        self.base.addItem(self.tr("출석 인원의"), False)
        self.base.addItem(self.tr("재적 인원의"), True)
        self.base.setCurrentIndex(1 if rule.approval_of_roll else 0)
        self.proxies = QCheckBox(self.tr("위임한 회원사도 출석으로 셉니다"), objectName="rule_proxies")
        self.proxies.setChecked(rule.proxies_count)
        approval = QHBoxLayout()
        approval.addWidget(self.base)
        approval.addWidget(self.approval, 1)
        form = QFormLayout()
        form.addRow(self.tr("이름 (의결 종류)"), self.name)
        form.addRow(self.tr("성원 (재적 인원의)"), self.attendance)
        form.addRow(self.tr("가결 (찬성)"), approval)
        form.addRow("", self.proxies)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        add_ok_cancel(self, layout)

    def rule(self) -> QuorumRule:
        return QuorumRule(
            self.name.text().strip(),
            self.attendance.currentData(),
            self.approval.currentData(),
            bool(self.base.currentData()),
            self.proxies.isChecked(),
        )

    def accept(self) -> None:
        if run_checked(self, lambda: self._save(self.rule()), self._refresh, self.windowTitle(), form=self):
            super().accept()


class RulesDialog(QDialog):
    def __init__(self, services: Services, group_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("의결 기준 관리"))
        self.meetings = services.meetings
        self._infos: list[RuleInfo] = []
        self.scope = QComboBox(objectName="rules_scope")
        self.scope.addItem(self.tr("연합회 전체 (모든 그룹의 기본값)"), None)
        for group in services.groups.tree():
            self.scope.addItem("  " * group.depth + group.name, group.id)
        self.scope.setCurrentIndex(max(self.scope.findData(group_id), 0))
        self.scope.currentIndexChanged.connect(self.reload)
        self.tree = QTreeWidget(objectName="rules_list")
        self.tree.setHeaderLabels([self.tr("의결 종류"), self.tr("기준"), self.tr("정한 곳")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 110)
        self.tree.setColumnWidth(1, 330)
        self.tree.itemActivated.connect(lambda _item, _column: self.edit_rule())
        self.add_button = QPushButton(self.tr("추가"))
        self.edit_button = QPushButton(self.tr("이 범위에서 바꾸기"))
        self.remove_button = QPushButton(self.tr("이 범위의 기준 삭제"))
        close = QPushButton(self.tr("닫기"))
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        close.clicked.connect(self.accept)
        self.tree.currentItemChanged.connect(lambda *_args: self._update_buttons())
        side = button_column((self.add_button, self.edit_button), (self.remove_button,), close=close)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addLayout(body, 1)
        self.resize(900, 380)
        self.reload()

    def reload(self) -> None:
        infos: list[list[RuleInfo]] = []
        group = self.scope.currentData()
        if not run_service_action(
            self, lambda: infos.append(self.meetings.rule_infos(group)), catch=Exception
        ):
            return
        self._infos = infos[0]
        self.tree.clear()
        for info in self._infos:
            source = self.tr("기본 (민법 제75조·제42조)") if info.source == "기본" else info.source
            item = QTreeWidgetItem([info.rule.name, info.rule.description, source])
            item.setData(0, Qt.ItemDataRole.UserRole, info.rule.name)
            self.tree.addTopLevelItem(item)
        self._update_buttons()

    def selected(self) -> RuleInfo | None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
        return self._infos[row] if 0 <= row < len(self._infos) else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.edit_button.setEnabled(info is not None)
        self.remove_button.setEnabled(info is not None and info.own)

    def _own_rule(self, name: str) -> QuorumRule | None:
        """The scope's own rule of that name as the list shows it, None when it shows none."""
        return next((i.rule for i in self._infos if i.own and i.rule.name == name.strip()), None)

    def _save(self, rule: QuorumRule) -> None:
        # Compared with the list as shown now (reloaded after a refused save): a rule of this scope
        # added, changed or removed on another PC meanwhile is not overwritten.
        self.meetings.set_rule(self.scope.currentData(), rule, expected=self._own_rule(rule.name))

    def _refresh(self, _keep: bool) -> None:
        self.reload()

    def add_rule(self) -> None:
        if RuleEditDialog(QuorumRule(name=""), self._save, self, self._refresh).exec():
            self.reload()

    def edit_rule(self) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = RuleEditDialog(info.rule, self._save, self, self._refresh)
        dialog.name.setReadOnly(True)  # the name is how resolutions refer to it
        if dialog.exec():
            self.reload()

    def remove_rule(self) -> None:
        info = self.selected()
        if info is None or not info.own:
            return
        if not confirm(
            self,
            self.tr("의결 기준 삭제"),
            self.tr(
                "'{0}' 기준을 이 범위에서 삭제하시겠습니까? 위 단계(또는 기본) 기준이 다시 적용됩니다."
            ).format(info.rule.name),
        ):
            return
        group = self.scope.currentData()
        if run_checked(
            self,
            lambda: self.meetings.delete_rule(group, info.rule.name, expected=info.rule),
            self._refresh,
            self.tr("의결 기준 삭제"),
        ):
            self.reload()

"""Agreement versions through their dialogs: writing a new version (participants, roles, shares and the
100% rule as it is typed), the partner finder taking a company into a new version, and comparing two
versions — driven with qtbot and checked against the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPushButton

from collabdesk.services.container import Services
from collabdesk.services.sample_data import make_brn
from collabdesk.ui.projects import agreement_dialog
from collabdesk.ui.projects.agreement_dialog import KIND, NAME, ROLES, SHARE, AgreementDialog, RolesDialog
from collabdesk.ui.projects.compare_dialog import CompareDialog
from collabdesk.ui.projects.partner_dialog import PartnerDialog
from collabdesk.validation.project import AgreementData, PartyData, ProjectData


def today() -> dt.date:
    """Read at use time: a module-level date goes stale when a run crosses midnight."""
    return dt.date.today()


@pytest.fixture(autouse=True)
def asked_here(monkeypatch: pytest.MonkeyPatch, asked):  # type: ignore[no-untyped-def]
    """`confirm` answered without a box (qtbot's closing of a changed agreement dialog asks)."""
    monkeypatch.setattr(agreement_dialog, "confirm", asked)
    return asked


@pytest.fixture
def firms(services: Services) -> dict[str, int]:
    """Five member companies of one group, with 업종 and 전문역량 tags, made through the services."""
    group = services.groups.create("경기기계협업그룹")
    industries = {item.name: item.id for item in services.industries.items()}
    machine = industries.get("기계·금속") or services.industries.add("기계·금속")
    rows = [
        ("한빛정밀", machine, ["CNC 정밀가공"]),
        ("대성금형", machine, ["사출금형", "프레스금형"]),
        ("미래디자인랩", None, ["제품 디자인"]),
        ("세진기공", machine, ["정밀 금형 수리"]),
        ("태광물류", None, ["물류 대행"]),
    ]
    ids = {
        name: services.members.create(
            {"name": name, "brn": make_brn(n), "group_ids": [group], "industry_id": industry, "tags": tags}
        )
        for n, (name, industry, tags) in enumerate(rows, start=1)
    }
    ids["group"] = group
    return ids


def party(firms: dict[str, int], name: str, roles: list[str], share: str | None) -> PartyData:
    return PartyData(name, roles, Decimal(share) if share is not None else None, firms[name])


@pytest.fixture
def project_id(services: Services, firms: dict[str, int]) -> int:
    """A project whose first agreement has 한빛정밀 (60%) and 대성금형 (40%)."""
    project = services.projects.create(
        ProjectData(
            "스마트 공작기계 공동개발",
            "공동기술개발",
            group_id=firms["group"],
            lead_member_id=firms["한빛정밀"],
            start_on=dt.date(2026, 3, 1),
        )
    )
    services.projects.add_agreement(
        project,
        AgreementData(
            dt.date(2026, 3, 2),
            [party(firms, "한빛정밀", ["R&D"], "60"), party(firms, "대성금형", ["금형"], "40")],
            "최초 협약",
        ),
    )
    return project


class Picks:
    """Stands in for pick_member: hands out the companies queued, recording what was left out."""

    def __init__(self, firms: dict[str, int], *names: str) -> None:
        self.queue = [(firms[name], name) for name in names]
        self.excluded: list[set[int]] = []

    def __call__(self, members, parent=None, exclude=None, title=None):  # type: ignore[no-untyped-def]
        self.excluded.append(set(exclude or ()))
        return self.queue.pop(0) if self.queue else None


class Roles:
    """Stands in for the roles dialog: answers with the roles queued, recording what was ticked before."""

    def __init__(self, *answers: list[str]) -> None:
        self.queue = list(answers)
        self.shown: list[list[str]] = []

    def __call__(self, parent, roles, chosen, title):  # type: ignore[no-untyped-def]
        self.shown.append(list(chosen))
        return self.queue.pop(0) if self.queue else None


def open_dialog(
    qtbot, services: Services, project_id: int, start: AgreementData | None = None
) -> AgreementDialog:  # type: ignore[no-untyped-def]
    dialog = AgreementDialog(services, project_id, services.projects.get(project_id).version, start)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, dialog: QDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def set_share(dialog: AgreementDialog, row: int, text: str) -> None:
    assert dialog.model.setData(dialog.model.index(row, SHARE), text)


def cells(dialog: AgreementDialog, column: int) -> list[str]:
    return [dialog.model.index(row, column).data() for row in range(dialog.model.rowCount())]


# --- a new version -----------------------------------------------------------------------------
def test_members_and_a_university_with_shares_of_100_are_saved_as_version_2(
    qtbot, services: Services, firms: dict[str, int], project_id: int, monkeypatch, type_text
) -> None:  # type: ignore[no-untyped-def]
    picks = Picks(firms, "미래디자인랩", "세진기공")
    roles = Roles(["디자인"], ["금형", "생산·제조"], ["R&D", "설계"])
    monkeypatch.setattr(agreement_dialog, "pick_member", picks)
    monkeypatch.setattr(agreement_dialog, "choose_roles", roles)
    dialog = open_dialog(qtbot, services, project_id)
    assert "제2차 협약" in dialog.heading.text()
    assert cells(dialog, NAME) == ["한빛정밀", "대성금형"]  # the current version's participants
    assert dialog.date_edit.date() == QDate.currentDate() and dialog.note_edit.text() == ""
    assert dialog.note_edit.placeholderText() == "예: 금형 담당 변경, 지분 조정"
    assert dialog.total_label.text() == "지분 합계 100%"

    click(qtbot, dialog, "add_member_party")
    click(qtbot, dialog, "add_member_party")
    # Companies already in the table are not offered again; each newcomer is asked its roles.
    assert picks.excluded == [
        {firms["한빛정밀"], firms["대성금형"]},
        {firms["한빛정밀"], firms["대성금형"], firms["미래디자인랩"]},
    ]
    assert cells(dialog, NAME) == ["한빛정밀", "대성금형", "미래디자인랩", "세진기공"]
    assert cells(dialog, KIND) == ["회원사"] * 4

    click(qtbot, dialog, "add_outside_party")
    editor = dialog.table.findChild(QLineEdit)
    assert editor is not None  # typing the name starts at once
    type_text(editor, "경기대학교 산학협력단")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cells(dialog, NAME)[4] == "경기대학교 산학협력단")
    assert cells(dialog, KIND)[4] == "대학"
    kind = dialog.table.indexWidget(dialog.model.index(4, KIND))  # a combo kept open for outside partners
    assert isinstance(kind, QComboBox) and dialog.table.indexWidget(dialog.model.index(0, KIND)) is None
    kind.setCurrentText("연구기관")
    assert cells(dialog, KIND)[4] == "연구기관"
    kind.setCurrentText("대학")
    assert dialog.model.index(4, NAME).flags() & Qt.ItemFlag.ItemIsEditable
    assert not dialog.model.index(0, NAME).flags() & Qt.ItemFlag.ItemIsEditable
    click(qtbot, dialog, "edit_party_roles")
    assert roles.shown == [[], [], []]
    assert services.projects.get(project_id).versions[-1].number == 1  # Enter in the table saved nothing

    assert dialog.total_label.text() == (
        "지분 합계 100% — 지분을 적지 않은 참여자: 미래디자인랩, 세진기공, 경기대학교 산학협력단"
    )
    for row, share in enumerate(("40", "30", "10", "10", "10%")):
        set_share(dialog, row, share)
    assert dialog.total_label.text() == "지분 합계 100%"
    dialog.date_edit.setDate(QDate(2026, 6, 1))
    type_text(dialog.note_edit, "디자인·금형 보강")
    click(qtbot, dialog, "save_agreement")

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_number == 2
    assert [v.number for v in services.projects.get(project_id).versions] == [1, 2]
    assert services.projects.agreement(project_id, 2) == AgreementData(
        dt.date(2026, 6, 1),
        [
            party(firms, "한빛정밀", ["R&D"], "40"),
            party(firms, "대성금형", ["금형"], "30"),
            party(firms, "미래디자인랩", ["디자인"], "10"),
            party(firms, "세진기공", ["금형", "생산·제조"], "10"),
            PartyData("경기대학교 산학협력단", ["R&D", "설계"], Decimal(10), None, "대학"),
        ],
        "디자인·금형 보강",
    )
    assert services.projects.agreement(project_id, 1).note == "최초 협약"  # the first version stays


def test_shares_short_of_100_are_refused_in_korean_and_nothing_is_saved(
    qtbot, services: Services, project_id: int, messages
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, project_id)
    set_share(dialog, 1, "37.5")
    assert dialog.total_label.text() == "지분 합계 97.5% — 100%보다 2.5%p 적습니다"
    assert "#b00020" in dialog.total_label.styleSheet()
    click(qtbot, dialog, "save_agreement")
    assert messages.texts == ["지분 합계가 97.5%로 100%보다 2.5%p 적습니다."]
    assert dialog.isVisible() and dialog.saved_number is None
    assert [v.number for v in services.projects.get(project_id).versions] == [1]

    set_share(dialog, 1, "45")
    assert dialog.total_label.text() == "지분 합계 105% — 100%보다 5%p 많습니다"
    set_share(dialog, 1, "40")
    assert dialog.total_label.text() == "지분 합계 100%" and dialog.total_label.styleSheet() == ""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_number == 2 and len(messages.texts) == 1


def test_the_share_line_follows_what_is_typed(qtbot, services: Services, project_id: int) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, project_id)
    set_share(dialog, 0, "abc")
    assert dialog.total_label.text() == "한빛정밀: 지분 'abc'은(는) 숫자가 아닙니다. 예: 33.5"
    assert dialog.model.index(0, SHARE).data(Qt.ItemDataRole.ForegroundRole) is not None
    set_share(dialog, 0, "")
    set_share(dialog, 1, " ")
    assert dialog.total_label.text() == "지분 미지정"
    assert dialog.total_label.styleSheet() == ""


def test_rows_are_moved_and_removed_and_an_unsaved_version_is_asked_about(
    qtbot, services: Services, project_id: int, asked_here
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, project_id)
    dialog.reject()  # nothing changed: closes without asking
    assert asked_here.questions == [] and dialog.result() == QDialog.DialogCode.Rejected

    dialog = open_dialog(qtbot, services, project_id)
    dialog.table.selectRow(1)
    click(qtbot, dialog, "party_up")
    assert cells(dialog, NAME) == ["대성금형", "한빛정밀"]
    assert dialog.table.currentIndex().row() == 0
    click(qtbot, dialog, "remove_party")
    assert cells(dialog, NAME) == ["한빛정밀"]
    assert dialog.total_label.text() == "지분 합계 60% — 100%보다 40%p 적습니다"
    asked_here.answer = False
    dialog.reject()
    assert dialog.isVisible() and len(asked_here.questions) == 1
    asked_here.answer = True
    dialog.reject()
    assert not dialog.isVisible()
    assert [v.number for v in services.projects.get(project_id).versions] == [1]


def test_an_outside_partner_keeps_its_kind_combo_when_moved(
    qtbot, services: Services, project_id: int
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, project_id)
    click(qtbot, dialog, "add_outside_party")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)  # leave the name editor
    click(qtbot, dialog, "party_up")
    assert cells(dialog, KIND) == ["회원사", "대학", "회원사"]
    assert isinstance(dialog.table.indexWidget(dialog.model.index(1, KIND)), QComboBox)
    assert dialog.table.indexWidget(dialog.model.index(2, KIND)) is None


# --- partner finder ----------------------------------------------------------------------------
def test_partner_finder_suggests_by_role_and_adds_the_company_at_0_percent(
    qtbot, services: Services, firms: dict[str, int], project_id: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    drafts: list[list[str]] = []

    def save_at_once(dialog: AgreementDialog) -> int:
        # The agreement dialog as opened from the finder, saved without showing it.
        drafts.append([dialog.model.index(row, NAME).data() for row in range(dialog.model.rowCount())])
        drafts.append([dialog.total_label.text(), dialog.note_edit.text()])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AgreementDialog, "exec", save_at_once)
    finder = PartnerDialog(services, project_id, services.projects.get(project_id).version)
    qtbot.addWidget(finder)
    finder.show()
    finder.role_combo.setCurrentText("금형")
    qtbot.waitUntil(lambda: finder.model.rowCount() == 1)
    # 대성금형 has a 금형 tag too, but is in the current agreement already.
    found = finder.model.rows[0]
    assert (found.name, found.reason) == ("세진기공", "금형 역량(정밀 금형 수리)")
    assert finder.model.index(0, 2).data() == found.reason
    assert finder.status.text() == "맞는 회원사 1곳 (점수 높은 순)"

    finder.role_combo.setEditText("우주항공")
    qtbot.waitUntil(lambda: finder.status.text() == "이 역할에 맞는 회원사를 찾지 못했습니다.")
    assert finder.model.rowCount() == 0 and not finder.add_button.isEnabled()

    finder.role_combo.setCurrentText("금형")
    qtbot.waitUntil(lambda: finder.model.rowCount() == 1)
    click(qtbot, finder, "add_partner")
    assert drafts == [
        ["한빛정밀", "대성금형", "세진기공"],
        ["지분 합계 100% — 지분 0%인 참여자: 세진기공", "세진기공 참여 (금형)"],
    ]
    assert finder.result() == QDialog.DialogCode.Accepted and finder.saved_number == 2
    current = services.projects.agreement(project_id)
    assert current.parties[-1] == PartyData("세진기공", ["금형"], Decimal(0), firms["세진기공"])
    assert [p.name for p in current.parties] == ["한빛정밀", "대성금형", "세진기공"]
    assert current.agreed_on == today()


# --- comparing versions ------------------------------------------------------------------------
def test_compare_lists_what_changed_and_shows_both_versions(
    qtbot, services: Services, firms: dict[str, int], project_id: int
) -> None:  # type: ignore[no-untyped-def]
    services.projects.add_agreement(
        project_id,
        AgreementData(
            dt.date(2026, 9, 1),
            [party(firms, "한빛정밀", ["R&D", "생산·제조"], "50"), party(firms, "세진기공", ["금형"], "50")],
            "금형 담당 변경",
        ),
    )
    versions = services.projects.get(project_id).versions
    dialog = CompareDialog(services, project_id, versions)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.before_combo.currentText() == "제1차 (2026. 3. 2.)"
    assert dialog.after_combo.currentText() == "제2차 (2026. 9. 1.)"
    assert dialog.change_texts() == [
        "한빛정밀: 역할 +생산·제조, 지분 60% → 50%",
        "세진기공: 새로 참여, 역할 +금형, 지분 없음 → 50%",
        "대성금형: 참여 종료, 역할 −금형, 지분 40% → 없음",
    ]
    assert dialog.change_texts() == [c.text for c in services.projects.compare(project_id, 1, 2)]
    before = dialog.before_model
    assert [before.index(r, 0).data() for r in range(before.rowCount())] == ["한빛정밀", "대성금형"]
    assert [dialog.after_model.index(0, c).data() for c in range(4)] == [
        "한빛정밀",
        "회원사",
        "R&D, 생산·제조",
        "50",
    ]
    assert dialog.after_title.text() == "제2차 (2026. 9. 1.) · 금형 담당 변경"

    dialog.before_combo.setCurrentIndex(1)  # the same version on both sides: a viewer of it
    assert dialog.change_texts() == ["같은 버전(제2차)을 보고 있습니다. 비교할 다른 버전을 고르십시오."]


def test_compare_says_when_nothing_changed(
    qtbot, services: Services, firms: dict[str, int], project_id: int
) -> None:  # type: ignore[no-untyped-def]
    same = services.projects.agreement(project_id)
    services.projects.add_agreement(
        project_id, AgreementData(dt.date(2026, 5, 1), same.parties, "날짜만 바뀜")
    )
    dialog = CompareDialog(services, project_id, services.projects.get(project_id).versions)
    qtbot.addWidget(dialog)
    assert dialog.change_texts() == ["두 버전의 참여자·역할·지분이 같습니다."]


def test_roles_are_ticked_in_a_small_dialog_opened_from_the_roles_cell(
    qtbot, services: Services, project_id: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    roles = Roles(["R&D", "설계"])
    monkeypatch.setattr(agreement_dialog, "choose_roles", roles)
    dialog = open_dialog(qtbot, services, project_id)
    rect = dialog.table.visualRect(dialog.model.index(0, ROLES))
    # The press first: the view only reports a double click on the item the press was on.
    qtbot.mousePress(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert roles.shown == [["R&D"]]
    assert cells(dialog, ROLES)[0] == "R&D, 설계"

    ticks = RolesDialog(services.projects.roles(), ["금형", "옛 역할"], "대성금형의 역할")
    qtbot.addWidget(ticks)
    texts = {name: box.text() for name, box in ticks.boxes}
    assert texts["R&D"] == "R&&D" and texts["옛 역할"] == "옛 역할 (목록에 없음)"
    next(box for name, box in ticks.boxes if name == "R&D").setChecked(True)
    assert ticks.chosen() == ["R&D", "금형", "옛 역할"]  # in the role list's order


def test_a_version_saved_first_on_another_pc_can_be_reloaded(
    qtbot, services: Services, project_id: int, reload_chosen
) -> None:  # type: ignore[no-untyped-def]
    """Written here after another PC added a version: the refusal offers to start from theirs."""

    from collabdesk.ui.projects import agreement_dialog

    dialog = agreement_dialog.AgreementDialog(services, project_id, 0)
    qtbot.addWidget(dialog)
    theirs = services.projects.agreement(project_id)
    theirs.note = "다른 PC"
    services.projects.add_agreement(project_id, theirs)
    shown = reload_chosen  # 다시 불러오기
    dialog.accept()
    assert shown == ["다른 사용자가 먼저 수정했습니다. 다시 불러온 뒤 수정해 주십시오."]
    assert dialog.saved_number is None and dialog.number == 3
    assert [v.number for v in services.projects.get(project_id).versions] == [1, 2]  # theirs stands
    dialog.accept()  # from the reloaded version it saves
    assert dialog.saved_number == 3

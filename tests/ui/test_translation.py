"""The English translation: every UI string has one, the main window shows it, Korean stays the default.

The source strings are Korean; resources/translations/collabdesk_en.ts holds the English and is kept
up to date with `make update-translations`. The .qm is built from it (`make translations`), never
committed, so these tests compile their own from the committed .ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

import collabdesk.ui.look as look
from collabdesk.paths import resource_path
from collabdesk.services.container import Services
from collabdesk.ui.main_window import TAB_IDS, MainWindow

ROOT = Path(__file__).resolve().parents[2]
COMMITTED_TS = ROOT / "resources" / "translations" / "collabdesk_en.ts"
PLACEHOLDER = re.compile(r"\{\d+\}")


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the environment the tests run in."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} not found next to {sys.executable}; install the project's dev dependencies")
    return found


def run_tool(*args: str) -> None:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, its type attribute: None once finished)."""
    messages: dict[tuple[str, str], tuple[str, str | None]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                messages[(name, message.findtext("source", ""))] = ("", "missing")
                continue
            # A plural (%n) message holds one <numerusform> per plural form instead of text.
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = " | ".join(forms) if forms and all(forms) else (translation.text or "").strip()
            messages[(name, message.findtext("source", ""))] = (text, translation.get("type"))
    return messages


def compile_qm(ts: Path, qm: Path) -> Path:
    qm.parent.mkdir(parents=True, exist_ok=True)
    run_tool(qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm))
    assert qm.is_file()
    return qm


# --- every string has its English ----------------------------------------------------------------
def test_every_ui_string_is_translated(tmp_path: Path) -> None:
    """What lupdate finds in the code now must be in the committed .ts with a finished translation.

    A failure lists the strings to translate: run `make update-translations`, fill them in the .ts."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "collabdesk").rglob("*.py"))
    fresh_ts = tmp_path / "fresh.ts"
    run_tool(
        qt_tool("pyside6-lupdate"),
        "-silent",
        *sources,
        "-source-language",
        "ko",
        "-target-language",
        "en",
        "-no-obsolete",
        "-ts",
        str(fresh_ts),
    )
    found = read_ts(fresh_ts)
    assert len(found) > 100, "lupdate found hardly any strings; did it scan collabdesk/?"
    committed = read_ts(COMMITTED_TS)

    problems = []
    for (context, source), _ in sorted(found.items()):
        translation, kind = committed.get((context, source), ("", "missing"))
        if kind is not None or not translation.strip():
            problems.append(f"[{context}] {source!r}: {kind or 'empty'}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append(f"[{context}] {source!r}: placeholders differ in {translation!r}")
    assert not problems, f"{len(problems)} UI string(s) without a proper English translation:\n" + "\n".join(
        problems
    )


# --- what the main window shows --------------------------------------------------------------------
def shown_texts(window: MainWindow) -> dict[str, object]:
    tab = window.members_tab
    assert tab is not None
    model = tab.model
    return {
        "title": window.windowTitle(),
        "tab": window.tabs.tabText(TAB_IDS.index("members")),
        "menus": [action.text() for action in window.menuBar().actions()],
        "buttons": [
            button.text()
            for button in (
                tab.add_button,
                tab.edit_button,
                tab.withdraw_button,
                tab.reactivate_button,
                tab.delete_button,
                tab.groups_button,
                tab.industries_button,
                tab.classes_button,
            )
        ],
        "header": [
            model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for column in (0, 1, 2, 10)
        ],
        "result": tab.result_label.text(),
        # The panel's fixed captions (the labels filled with figures have object names).
        "stats_labels": sorted(
            label.text() for label in tab.stats_panel.findChildren(QLabel) if not label.objectName()
        ),
        "stats_summary": tab.stats_panel.summary.text().split(" · ")[0],
    }


KOREAN = {
    "title": "CollabDesk — 협업그룹 사무국",
    "tab": "회원사 명부",
    "menus": ["파일(&F)", "도구(&T)", "도움말(&H)"],
    "buttons": [
        "회원사 추가",
        "수정",
        "탈퇴 처리",
        "활동으로 복귀",
        "삭제",
        "그룹 관리",
        "업종 관리",
        "회원구분 관리",
    ],
    "header": ["회사명", "대표자", "사업자등록번호", "매출액(원)"],
    "result": "검색 결과 12개사",
    "stats_labels": sorted(["현재 목록 통계", "업종별", "그룹별"]),
    "stats_summary": "회원사 12개사",
}

ENGLISH = {
    "title": "CollabDesk — Collaboration Group Secretariat",
    "tab": "Member Directory",
    "menus": ["&File", "&Tools", "&Help"],
    "buttons": [
        "Add Member",
        "Edit",
        "Withdraw",
        "Reactivate",
        "Delete",
        "Manage Groups",
        "Manage Industries",
        "Manage Classes",
    ],
    "header": ["Company", "CEO", "Business Reg. No.", "Sales (KRW)"],
    "result": "12 companies found",
    "stats_labels": sorted(["Statistics of the Current List", "By industry", "By group"]),
    "stats_summary": "12 member companies",
}


def open_main_window(qtbot, services: Services) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.members_tab is not None and window.dashboard_tab is not None
    qtbot.waitUntil(window.dashboard_tab.figures_current, timeout=5000)  # the window opens on 현황
    window.select_tab("members")
    qtbot.waitUntil(window.members_tab.stats_current, timeout=5000)
    return window


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """The committed .ts compiled to a .qm and installed for this test only."""
    qm = compile_qm(COMMITTED_TS, tmp_path / "collabdesk_en.qm")
    translator = QTranslator()
    assert translator.load(str(qm)), f"could not load {qm}"
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_ui(qtbot, english: QTranslator, sample_services: Services) -> None:
    window = open_main_window(qtbot, sample_services)

    assert shown_texts(window) == ENGLISH
    assert window.statusBar().currentMessage() == f"Database: {sample_services.db.display_name}"
    menu_items = [a.text() for menu in window.menuBar().actions() for a in menu.menu().actions() if a.text()]
    assert menu_items == [
        "Import roster…",
        "Export roster…",
        "Save import template…",
        "Import history…",
        "Backup and restore…",
        "Fill In Sample Data…",
        "Quit",
        "Global search…",
        "Recent changes…",
        "Verify certificate…",
        "Settings…",
        "About CollabDesk",
    ]


def test_korean_is_the_default(qtbot, sample_services: Services) -> None:
    """Without a translator (COLLABDESK_LANGUAGE=ko in the tests) the same widgets show the Korean source."""
    assert QCoreApplication.translate("MainWindow", "회원사 명부") == "회원사 명부"
    window = open_main_window(qtbot, sample_services)

    assert shown_texts(window) == KOREAN


# --- how the program loads it ------------------------------------------------------------------------
@pytest.fixture
def restore_locale() -> Iterator[None]:
    """install_translators sets the default QLocale; put it back for the tests that follow."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_install_translators_finds_the_built_qm(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_locale: None
) -> None:
    """`make translations` puts the .qm in resources/translations, where install_translators looks.

    Without a built .qm (a fresh checkout), one is built in a temporary resources folder instead."""
    if not resource_path("translations", "collabdesk_en.qm").is_file():
        resources = tmp_path / "resources"
        compile_qm(COMMITTED_TS, resources / "translations" / "collabdesk_en.qm")
        monkeypatch.setattr(look, "resource_path", lambda *parts: resources.joinpath(*parts))

    translators = look.install_translators(qapp, "en")
    try:
        assert any(translator.filePath().endswith("collabdesk_en.qm") for translator in translators), (
            "install_translators did not load collabdesk_en.qm"
        )
        assert QCoreApplication.translate("MainWindow", "회원사 명부") == "Member Directory"
        assert QCoreApplication.translate("MembersTab", "회원사 추가") == "Add Member"
        assert QLocale().language() == QLocale.Language.English
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "회원사 명부") == "회원사 명부"

"""The application's look: the bundled Korean font and the chosen language."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from collabdesk.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"ko": "한국어", "en": "English"}
DEFAULT_FONT_FAMILY = "NanumGothic"


def register_fonts(app: QApplication) -> str:
    """Register every bundled font so Korean renders the same on any PC; returns the UI family."""
    family = ""
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not family and families:
            family = families[0]
    font = QFont(family or DEFAULT_FONT_FAMILY, 10)
    app.setFont(font)
    return family


def chosen_language() -> str:
    """COLLABDESK_LANGUAGE (tests, scripts) or the setting; Korean by default."""
    language = os.environ.get("COLLABDESK_LANGUAGE") or str(QSettings().value("language", "ko"))
    return language if language in LANGUAGES else "ko"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """CollabDesk's own strings (Korean in the source, English from the .qm) and Qt's dialogs."""
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_translator)
    if language != "ko":
        own = QTranslator(app)
        if own.load(str(resource_path("translations", f"collabdesk_{language}.qm"))):
            translators.append(own)
        else:
            log.warning("no translation file for %s; showing Korean", language)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    return translators


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for translation where it is defined; it is translated where it is shown."""
    return text

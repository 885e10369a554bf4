"""Loading the interface language: English, 繁體中文 or 简体中文, from the system locale or the user's choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

# Language codes offered, with their names in their own language (never translated).
LANGUAGES = (("en", "English"), ("zh_TW", "繁體中文"), ("zh_CN", "简体中文"))
SYSTEM_LANGUAGE_LABEL = QT_TRANSLATE_NOOP("Language", "System default")


def resolve_language(choice: str) -> str:
    """Map a stored choice ('' = system) to one of the shipped languages."""
    if choice in {code for code, _ in LANGUAGES}:
        return choice
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        simplified = locale.script() == QLocale.Script.SimplifiedChineseScript or locale.territory() in (
            QLocale.Country.China,
            QLocale.Country.Singapore,
        )
        return "zh_CN" if simplified else "zh_TW"
    return "en"


def _locale_for(language: str) -> QLocale:
    if language in ("zh_TW", "zh_CN"):
        return QLocale(language)
    system = QLocale.system()
    return system if system.language() == QLocale.Language.English else QLocale("en_US")


class Translations:
    """Holds the installed translators so the language can be switched while the app runs."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, choice: str) -> str:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = resolve_language(choice)
        # Weekday and month names (calendar, status bar) come from the default locale: make it speak
        # the interface's language, whatever the system's locale.
        QLocale.setDefault(_locale_for(self.language))
        if self.language != "en":
            ours = QTranslator(app)
            if ours.load(str(TRANSLATIONS / f"eapdesk_{self.language}.qm")):
                app.installTranslator(ours)
                self._installed.append(ours)
            qt = QTranslator(app)
            if qt.load(
                f"qtbase_{self.language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                app.installTranslator(qt)
                self._installed.append(qt)
        return self.language

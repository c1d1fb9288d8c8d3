"""The language of the interface: the system's (default), English or Korean, chosen in View ›
Language and remembered. Qt's own buttons and dialogs follow the same choice (its qtbase
translations), so a Korean window never mixes in English "Save" or "Cancel", and an English one
never Korean ones.

Qt builds every text when a widget is made, so a new choice takes effect when the app starts
again; the menu offers to restart at once (the usual questions about unsaved work come first)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QProcess, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication

from . import dialogs, preferences
from .i18n import tr
from .style import RESOURCES

KEY = "ui/language"
# (choice, its name as its speakers write it; "system" is named in the current language)
CHOICES = (("system", None), ("en", "English"), ("ko", "\ud55c\uad6d\uc5b4"))
OURS = "network_designer"


def chosen() -> str:
    choice = preferences.value(KEY, "system")
    return choice if choice in dict(CHOICES) else "system"


def locale_for(choice: str) -> QLocale:
    if choice == "system":
        return QLocale.system()
    return QLocale(QLocale.Language.Korean if choice == "ko" else QLocale.Language.English)


def lesson_language() -> str:
    """"ko" when the interface speaks Korean (chosen, or the system's language), else "en":
    the language of the lessons' texts, which come in these two."""
    choice = chosen()
    if choice != "system":
        return choice
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def install(app: QApplication, choice: str | None = None) -> QLocale:
    """Load Qt's and our translations for `choice` (default: the remembered one) into `app`,
    replacing any installed before; returns the locale they are for."""
    locale = locale_for(choice or chosen())
    for old in getattr(app, "_translators", []):
        app.removeTranslator(old)
    app._translators = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), (OURS, str(RESOURCES / "translations"))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            app._translators.append(translator)
    QLocale.setDefault(locale)
    return locale


def add_menu(window, view_menu) -> None:
    """View › Language: one checked choice."""
    menu = view_menu.addMenu(tr("&Language"))
    group = QActionGroup(menu)
    current = chosen()
    for choice, name in CHOICES:
        action = QAction(name or tr("System"), menu, checkable=True)
        action.setChecked(choice == current)
        action.setData(choice)
        action.triggered.connect(lambda _=False, c=choice: choose(window, c))
        group.addAction(action)
        menu.addAction(action)
    window.language_menu = menu


def choose(window, choice: str) -> None:
    """Remember `choice`; offer to restart so that it takes effect."""
    if choice == chosen():
        return
    preferences.set_value(KEY, choice)
    if dialogs.confirm(window, tr("Language"),
                       tr("The new language is used from the next start. Restart Network "
                          "Designer now?")):
        restart(window)


def restart(window) -> bool:
    """Close the window (asking about unsaved work as usual) and start the app again on the
    same file; False when the person kept the window open."""
    path = window.document.path
    if not window.close():
        return False
    args = [sys.argv[0]] + ([str(path)] if path else [])
    QProcess.startDetached(sys.executable, args)
    QApplication.instance().quit()
    return True

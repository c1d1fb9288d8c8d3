"""Translation. Every sentence the app shows goes through Qt's translator: QObject classes use
self.tr(), everything else this module's tr(). pyside6-lupdate files bare tr() calls under the
empty context, so that is where tr() looks them up (see resources/translations/README.md)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def unexpected(error: Exception) -> str:
    """An error no sentence of ours explains (a bug, a broken package), in the interface's
    language, with Python's own words for it after."""
    return tr("an unexpected error happened ({0})").format(f"{type(error).__name__}: {error}")

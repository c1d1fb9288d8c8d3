"""Translation. Every sentence the app shows goes through Qt's translator: QObject classes use
self.tr(), everything else this module's tr(). pyside6-lupdate files bare tr() calls under the
empty context, so that is where tr() looks them up (see resources/translations/README.md)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)

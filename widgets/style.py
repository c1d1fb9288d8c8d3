"""Colours, sizes and the application style, in one place."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
EXAMPLES = RESOURCES / "examples"

CATEGORY_COLORS = {
    "Input": "#2e9d5b",
    "Core": "#2f6fd0",
    "Convolution": "#7a4fd0",
    "Pooling": "#a24fbf",
    "Normalization": "#138a8a",
    "Regularization": "#d07a1f",
    "Reshaping": "#6b7785",
    "Merge": "#b8860b",
}

PROBLEM = QColor("#d03b3b")
OK = QColor("#2e9d5b")
SELECTION = QColor("#f0a020")
CANVAS = QColor("#f6f7f9")
GRID = QColor("#dde1e6")
BOX = QColor("#ffffff")
TEXT = QColor("#1f2328")
MUTED = QColor("#5f6b78")
EDGE = QColor("#7b8794")


def category_color(category: str) -> QColor:
    return QColor(CATEGORY_COLORS.get(category, "#6b7785"))


def apply_style(app: QApplication) -> None:
    """Fusion with a light palette (the same on every platform) and the app's style sheet."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#eef0f3"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f6f8"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fd0"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffdf3"))
    palette.setColor(QPalette.ColorRole.ToolTipText, TEXT)
    app.setPalette(palette)
    qss = RESOURCES / "styles" / "app.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))

"""Every question and message box the app shows, in one place (tests replace these)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .i18n import tr

NETWORK_FILTER = "Network Designer files (*.nnd *.json);;All files (*)"
SAVE_FILTER = "Network Designer bundle (*.nnd);;JSON network (*.json)"
IMAGE_FILTER = "PNG image (*.png);;SVG drawing (*.svg)"
EXPORT_FILTERS = {"png": "PNG image (*.png)", "csv": "CSV table (*.csv)",
                  "data": "Tables (*.csv *.npz);;All files (*)"}



def ask_save_changes(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel'."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, tr("Unsaved changes"),
        tr("Save the changes to \u201c{0}\u201d before closing it?").format(name),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(parent, title, text, buttons.Yes | buttons.No,
                                buttons.No) == buttons.Yes


def show_text(parent: QWidget, title: str, html: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, html, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.exec()


def show_error(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def open_path(parent: QWidget, directory: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Open network"), directory,
                                          tr(NETWORK_FILTER))
    return path or None


def save_path(parent: QWidget, suggested: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save network as"), suggested,
                                          tr(SAVE_FILTER))
    return path or None


def image_path(parent: QWidget, suggested: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export canvas as image"), suggested,
                                          tr(IMAGE_FILTER))
    return path or None


def export_path(parent: QWidget, suggested: str = "", kind: str = "png") -> str | None:
    """Where to save a plot's picture ("png") or numbers ("csv"); "data" picks a dataset file
    to open."""
    if kind == "data":
        path, _ = QFileDialog.getOpenFileName(parent, tr("Open a dataset"), suggested,
                                              tr(EXPORT_FILTERS[kind]))
    else:
        path, _ = QFileDialog.getSaveFileName(parent, tr("Export"), suggested,
                                              tr(EXPORT_FILTERS[kind]))
    return path or None

"""Every question and message box the app shows, in one place (tests replace these)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .i18n import tr

# File dialogs' filters, translated where they are used (the patterns stay as they are).
NETWORK_FILTER = QT_TRANSLATE_NOOP(
    "", "Networks and models (*.nnd *.json *.keras *.h5 *.hdf5 *.onnx *.py);;"
    "Network Designer files (*.nnd *.json);;All files (*)")
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "", "Keras and ONNX models (*.keras *.h5 *.hdf5 *.json *.onnx *.py);;"
    "Keras model (*.keras *.h5 *.hdf5);;Keras model JSON (*.json);;"
    "Keras code (*.py);;ONNX model (*.onnx);;All files (*)")
SAVE_FILTER = QT_TRANSLATE_NOOP("", "Network Designer bundle (*.nnd);;JSON network (*.json)")
IMAGE_FILTER = QT_TRANSLATE_NOOP("", "PNG image (*.png);;SVG drawing (*.svg)")
EXPORT_FILTERS = {"png": QT_TRANSLATE_NOOP("", "PNG image (*.png)"),
                  "csv": QT_TRANSLATE_NOOP("", "CSV table (*.csv)"),
                  "data": QT_TRANSLATE_NOOP("", "Tables (*.csv *.npz);;All files (*)")}



def ask_save_changes(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel'."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, tr("Unsaved changes"),
        tr("Save the changes to \u201c{0}\u201d before closing it?").format(name),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")


def ask_restore(parent: QWidget, name: str, saved_at: datetime, original: str | None = None
                ) -> str:
    """After a crash: 'restore' the recovery copy of `name`, 'discard' it, or 'later' (the box
    was closed without an answer: the copy stays and is offered at the next start)."""
    when = QLocale.system().toString(QDateTime.fromSecsSinceEpoch(int(saved_at.timestamp())),
                                     QLocale.FormatType.ShortFormat)
    text = tr("Network Designer did not close properly last time. A recovery copy of "
              "\u201c{0}\u201d was saved at {1}.").format(name, when)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Restore unsaved work?"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("restore_question")
    informative = tr("Restore opens it as an unsaved document; Discard deletes the copy.")
    if original:
        informative = tr("Its file: {0}").format(original) + "\n" + informative
    box.setInformativeText(informative)
    restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "restore" if clicked is restore else "discard" if clicked is discard else "later"


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


def import_path(parent: QWidget, directory: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Import a Keras or ONNX model"), directory,
                                          tr(IMPORT_FILTER))
    return path or None


def model_export_path(parent: QWidget, title: str, suggested: str, file_filter: str
                      ) -> str | None:
    """Where to write an export of the network (ONNX, a script, TorchScript)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


KERAS_CODE_HINT = QT_TRANSLATE_NOOP("", "Paste Keras code as in your notes: Sequential([...]) or "
                                    "model.add(...), or the functional API, with compile() and "
                                    "fit(). It is read, never run.")


def keras_code(parent: QWidget) -> str | None:
    """Keras code typed or pasted by the user, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Paste Keras Code"))
    layout = QVBoxLayout(dialog)
    hint = QLabel(tr(KERAS_CODE_HINT))
    hint.setWordWrap(True)
    editor = QPlainTextEdit()
    editor.setObjectName("keras_code_editor")
    editor.setPlaceholderText("model = keras.Sequential([\n    keras.Input(shape=(2,)),\n"
                              "    layers.Dense(4, activation='tanh'),\n"
                              "    layers.Dense(1, activation='sigmoid'),\n])")
    editor.setMinimumSize(560, 320)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                               QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for widget in (hint, editor, buttons):
        layout.addWidget(widget)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = editor.toPlainText()
    dialog.deleteLater()
    return text if accepted else None

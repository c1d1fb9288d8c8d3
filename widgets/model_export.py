"""File > Export > ONNX, PyTorch script, TorchScript, Keras code: the network as the open
document holds it (with its trained weights), through designer.export's one registry of
formats. A reason that names the layer is shown when something cannot be exported."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from designer.errors import DesignerError
from designer.export.formats import EXPORT_FORMATS, export
from designer.export.naming import file_stem

from . import catalog, dialogs
from .busy import busy
from .i18n import tr

# Keras code is a .py like the PyTorch script: its default name says which is which.
DEFAULT_TAILS = {"keras": "_keras.py"}
# The formats' titles and file filters (designer/export/formats.py), which tr() below
# translates: listed here so that they are in the translation files.
FORMAT_TEXTS = (QT_TRANSLATE_NOOP("", "PyTorch script"), QT_TRANSLATE_NOOP("", "Keras code"),
                QT_TRANSLATE_NOOP("", "ONNX model (*.onnx)"),
                QT_TRANSLATE_NOOP("", "Python script (*.py)"),
                QT_TRANSLATE_NOOP("", "TorchScript (*.pt *.torchscript)"))


class ModelExporter(QObject):
    message = Signal(str)

    def __init__(self, window, document, parent=None):
        super().__init__(parent or window)
        self.window, self.document = window, document

    def suggested_path(self, fmt_name: str) -> str:
        fmt, path = EXPORT_FORMATS.get(fmt_name), self.document.path
        stem = path.stem if path else file_stem(self.document.network)
        name = stem + DEFAULT_TAILS.get(fmt.name, fmt.suffix)
        return str(path.parent / name) if path else name

    def export_as(self, fmt_name: str) -> bool:
        fmt = EXPORT_FORMATS.get(fmt_name)
        title = tr("Export the network as {0}").format(tr(fmt.title))
        path = dialogs.model_export_path(self.window, title, self.suggested_path(fmt_name),
                                         tr(fmt.file_filter))
        if not path:
            return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(fmt.suffix)
        with busy():
            try:
                result = export(self.document.network, path, fmt.name)
            except (DesignerError, OSError) as e:
                dialogs.show_error(self.window, tr("Cannot export"),
                                   tr("The network cannot be exported as {0}: {1}").format(
                                       tr(fmt.title), catalog.message(str(e))))
                return False
        self.message.emit(self.describe(fmt.title, result))
        return True

    @staticmethod
    def describe(title: str, result: dict) -> str:
        text = tr("Exported {0} to {1}").format(tr(title), result["path"])
        if result.get("weights"):
            text += tr(", its trained weights to {0}").format(result["weights"])
        if result.get("max_abs_diff") is not None:
            text += tr(" (checked: largest difference {0:.1e})").format(result["max_abs_diff"])
        return text

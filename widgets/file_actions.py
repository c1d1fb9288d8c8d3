"""New, Open, Open Recent, Open Example, Save, Save As, Revert and Export, with the questions
that protect unsaved work. A file that cannot be read leaves the open document untouched."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from designer.errors import DesignerError, NetworkFileError
from designer.interop import import_network, is_importable
from designer.layout import auto_layout
from designer.network import Network
from designer.serialization import load, save

from . import catalog, dialogs, preferences
from .busy import busy
from .export import export_scene
from .i18n import tr
from .style import EXAMPLES


def examples() -> list[Path]:
    return sorted(EXAMPLES.glob("*.json"))


def place_unplaced(network: Network) -> None:
    """Give layers without a position (hand-written files) one from the auto-layout."""
    graph = network.graph
    if all(layer.position is not None for layer in graph.layers):
        return
    for layer_id, pos in auto_layout(graph).items():
        if graph.layer(layer_id).position is None:
            graph.layer(layer_id).position = pos


class FileController(QObject):
    recentChanged = Signal()
    message = Signal(str)

    def __init__(self, window, document, parent=None):
        super().__init__(parent or window)
        self.window, self.document = window, document
        # Asked before the document closes (e.g. "stop the running trainings?"); each returns
        # False to keep it open.
        self.guards: list = []

    # -- guarding unsaved work -------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to close the document (saved, discarded or unmodified)."""
        if not all(guard() for guard in self.guards):
            return False
        if not self.document.modified:
            return True
        answer = dialogs.ask_save_changes(self.window, self.document.display_name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- opening ---------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.set_network(Network(name=tr("untitled")))
        return True

    def open(self) -> bool:
        if not self.maybe_save():
            return False
        start = str(self.document.path.parent) if self.document.path else ""
        path = dialogs.open_path(self.window, start)
        return bool(path) and self.open_path(path, ask=False)

    def open_path(self, path, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        if is_importable(path):  # Open and drops take Keras and ONNX files too
            return self.import_path(path, ask=False)
        try:
            network = load(path)
        except NetworkFileError as e:
            dialogs.show_error(self.window, tr("Cannot open the file"), catalog.message(str(e)))
            preferences.remove_recent(path)
            self.recentChanged.emit()
            return False
        self.open_network(network, Path(path))
        preferences.add_recent(path)
        self.recentChanged.emit()
        self.message.emit(tr("Opened {0}").format(path))
        return True

    def open_example(self, path, ask: bool = True) -> bool:
        """An example opens as a new, unsaved copy: saving asks where to put it."""
        if ask and not self.maybe_save():
            return False
        try:
            network = load(path)
        except NetworkFileError as e:
            dialogs.show_error(self.window, tr("Cannot open the example"),
                               catalog.message(str(e)))
            return False
        network.source = None
        self.open_network(network, None)
        self.message.emit(tr("Example \u201c{0}\u201d opened").format(network.name))
        return True

    def open_network(self, network: Network, path: Path | None = None,
                     unsaved: bool = False) -> None:
        place_unplaced(network)
        self.document.set_network(network, path, unsaved)

    # -- importing -------------------------------------------------------------------------
    def import_(self) -> bool:
        if not self.maybe_save():
            return False
        start = str(self.document.path.parent) if self.document.path else ""
        path = dialogs.import_path(self.window, start)
        return bool(path) and self.import_path(path, ask=False)

    def import_path(self, path, ask: bool = True) -> bool:
        """A Keras or ONNX model (or Keras code) as a new, unsaved network."""
        if ask and not self.maybe_save():
            return False
        with busy():
            try:
                network = import_network(path)
            except DesignerError as e:
                dialogs.show_error(self.window, tr("Cannot import the file"),
                                   catalog.message(str(e)))
                return False
        self._opened_import(network, Path(path).name)
        return True

    def paste_keras_code(self) -> bool:
        """Keras code typed or pasted into a dialog, read (never run) into a new network."""
        if not self.maybe_save():
            return False
        text = dialogs.keras_code(self.window)
        if not text or not text.strip():
            return False
        with busy():
            try:
                from designer.interop.keras_code import network_from_keras_code

                network = network_from_keras_code(text, tr("the pasted code"))
            except DesignerError as e:
                dialogs.show_error(self.window, tr("Cannot read the Keras code"),
                                   catalog.message(str(e)))
                return False
        self._opened_import(network, tr("the pasted code"))
        return True

    def _opened_import(self, network: Network, what: str) -> None:
        self.open_network(network, None, unsaved=True)
        analysis = network.graph.analysis
        info = network.extra.get("imported_from", {})
        text = tr("Imported {0} ({1}): {2} layers, {3:,} parameters").format(
            what, info.get("format", "?"), len(network.graph), analysis.total)
        if network.weights:
            text += tr(", with its trained weights")
        if info.get("notes"):
            text += tr("; left out: {0}").format("; ".join(map(catalog.message, info["notes"])))
        self.message.emit(text)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        current = self.document.path
        suggested = str(current) if current else f"{self.document.network.name}.nnd"
        path = dialogs.save_path(self.window, suggested)
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() not in (".nnd", ".json"):
            path = path.with_name(path.name + ".nnd")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            save(self.document.network, path)
        except OSError as e:
            dialogs.show_error(self.window, tr("Cannot save"),
                               tr("{0} could not be written: {1}").format(path, e.strerror or e))
            return False
        self.document.mark_saved(path)
        preferences.add_recent(path)
        self.recentChanged.emit()
        self.message.emit(tr("Saved {0}").format(path))
        return True

    def revert(self) -> bool:
        path = self.document.path
        if path is None or not self.document.modified:
            return False
        if not all(guard() for guard in self.guards):  # e.g. "stop the running trainings?"
            return False
        if not dialogs.confirm(self.window, tr("Revert"),
                               tr("Discard your changes and reload \u201c{0}\u201d?").format(
                                   path.name)):
            return False
        return self.open_path(path, ask=False)

    def export_image(self, scene) -> bool:
        stem = self.document.path.stem if self.document.path else self.document.network.name
        path = dialogs.image_path(self.window, f"{stem}.png")
        if not path:
            return False
        try:
            written = export_scene(scene, path)
        except OSError as e:
            dialogs.show_error(self.window, tr("Cannot export"), str(e))
            return False
        self.message.emit(tr("Exported {0}").format(written))
        return True

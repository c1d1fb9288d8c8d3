"""The open document: a designer Network, its file path and its undo stack.

Every edit, of the graph or of the training setup, arrives as a designer command through
`execute`, which applies it (so a refusal becomes a status message, not a half-applied edit)
and pushes an adapter on the QUndoStack.
Views listen to three signals: `graphEvent` for each structural change, `changed` once after
each whole edit (shapes and counts may differ), and `reset` when another network is opened.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from designer.commands import Command
from designer.errors import DesignerError
from designer.graph import GraphEvent, NetworkGraph
from designer.network import Network

from . import catalog
from .undo import UndoAdapter


class Document(QObject):
    graphEvent = Signal(object)  # designer.graph.GraphEvent
    changed = Signal()  # after each command, undo or redo
    reset = Signal()  # a different network is now open
    fileChanged = Signal()  # path, name or modified state
    message = Signal(str)  # a sentence for the status bar (e.g. why an edit was refused)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.network = Network(name=self.tr("untitled"))
        self.path: Path | None = None
        self._results_unsaved = False  # trained weights or history not yet saved
        self.network.graph.subscribe(self._on_graph_event)

    # -- reading ---------------------------------------------------------------------------
    @property
    def graph(self) -> NetworkGraph:
        return self.network.graph

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean() or self._results_unsaved

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.network.name

    # -- editing ---------------------------------------------------------------------------
    def execute(self, command: Command) -> bool:
        """Apply `command` and make it undoable; False (and a message) when it is refused."""
        try:
            command.apply_to(self.network)
        except DesignerError as e:
            self.message.emit(self.tr("Not done: {0}").format(catalog.message(str(e))))
            return False
        self.undo_stack.push(UndoAdapter(self, command, applied=True))
        self.changed.emit()
        return True

    def replay(self, step) -> None:
        """Run an undo or redo step (`step(network)`) and announce the result."""
        step(self.network)
        self.changed.emit()

    # -- whole documents -------------------------------------------------------------------
    def set_network(self, network: Network, path: Path | None = None,
                    unsaved: bool = False) -> None:
        """Show another network; its history starts empty and it counts as unmodified, unless
        it is `unsaved` (an import: closing it asks to save it)."""
        self.graph.unsubscribe(self._on_graph_event)
        self.network, self.path = network, (Path(path) if path else None)
        self._results_unsaved = unsaved
        self.graph.subscribe(self._on_graph_event)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.reset.emit()
        self.changed.emit()
        self.fileChanged.emit()

    def store_results(self, weights: dict | None, history_entry: dict | None) -> None:
        """Keep a finished run in the network: its history entry, and its weights when given.
        Not an undoable edit (the weights are not the user's), but the file needs saving."""
        if weights is not None:
            self.network.weights = weights
        if history_entry is not None:
            history = dict(self.network.history or {})
            history["runs"] = list(history.get("runs", [])) + [history_entry]
            self.network.history = history
        self._results_unsaved = True
        self.fileChanged.emit()

    def update_history_run(self, run_id: str, name: str | None = None,
                           remove: bool = False) -> bool:
        """Rename (or remove) the entry of network.history["runs"] with this id; True when
        there was one. Like store_results, not undoable, but the file needs saving."""
        history = dict(self.network.history or {})
        runs = list(history.get("runs", []))
        index = next((i for i, r in enumerate(runs) if r.get("id") == run_id), None)
        if index is None:
            return False
        if remove:
            del runs[index]
        else:
            runs[index] = {**runs[index], "name": name}
        history["runs"] = runs
        self.network.history = history
        self._results_unsaved = True
        self.fileChanged.emit()
        return True

    def mark_saved(self, path: Path) -> None:
        self.path = Path(path)
        self._results_unsaved = False
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def _on_clean_changed(self, _clean: bool) -> None:
        self.fileChanged.emit()

    def _on_graph_event(self, event: GraphEvent) -> None:
        self.graphEvent.emit(event)

"""Turns gestures on the canvas, palette and inspector into designer commands.

Views emit ids and values; this controller builds the command, lets the document apply it
(a refusal comes back as a sentence for the status bar) and selects what the user just made.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QObject, QPointF, Signal
from PySide6.QtWidgets import QApplication

from designer import commands as cmd
from designer.errors import DesignerError, GraphError
from designer.graph import Layer, check_id
from designer.layers import LAYERS
from designer.layout import auto_layout
from designer.serialization import from_document

from . import catalog
from .i18n import tr

CLIPBOARD_MIME = "application/x-network-designer-layers"
FLOW_STEP = {"down": (0.0, 110.0), "right": (240.0, 0.0)}



class EditorController(QObject):
    message = Signal(str)

    def __init__(self, document, scene, view, parent=None):
        super().__init__(parent)
        self.document, self.scene, self.view = document, scene, view
        self._paste_count = 0
        scene.connectRequested.connect(self.connect_layers)
        scene.moveFinished.connect(self.move_layers)
        view.layerDropped.connect(self.drop_layer)

    @property
    def graph(self):
        return self.document.graph

    def _run(self, command, select=None) -> bool:
        done = self.document.execute(command)
        if done and select is not None:
            self.scene.select_ids(select)
        return done

    # -- creating layers -------------------------------------------------------------------
    def new_layer(self, type_name: str, pos: tuple[float, float]) -> Layer:
        spec = LAYERS.get(type_name)
        x, y = pos
        if self.scene.snap:
            g = self.scene.grid
            x, y = round(x / g) * g, round(y / g) * g
        return Layer.create(spec.name, self.graph.unique_id(spec.id_prefix), (x, y))

    def drop_layer(self, type_name: str, pos: QPointF, edge=None) -> bool:
        """A type dropped on the canvas: a new layer there, inside `edge` if it hit one."""
        layer = self.new_layer(type_name, (pos.x(), pos.y()))
        if edge is not None and tuple(edge) in self.graph.connections:
            if layer.type == "Input":
                self.message.emit(tr("An Input layer cannot sit inside a connection; "
                                     "drop it on an empty spot"))
                return False
            return self._run(cmd.insert_between(self.graph, layer, *edge), [layer.id])
        return self._run(cmd.AddLayer(layer), [layer.id])

    def append_layer(self, type_name: str) -> bool:
        """A new layer after the selected one (or the last one added), connected to it."""
        selected = self.scene.selected_ids()
        src = selected[-1] if selected else self._last_open_end()
        if src is not None:
            base = self.graph.layer(src).position or (0.0, 0.0)
            step = FLOW_STEP[self.scene.flow]
            pos = self._free_spot((base[0] + step[0], base[1] + step[1]))
        else:
            pos = self._free_spot((0.0, 0.0))
        layer = self.new_layer(type_name, pos)
        return self._run(cmd.append_after(self.graph, layer, src), [layer.id])

    def _last_open_end(self) -> str | None:
        for layer_id in reversed(self.graph.ids):
            if not self.graph.outputs_of(layer_id):
                return layer_id
        return None

    def _free_spot(self, pos: tuple[float, float]) -> tuple[float, float]:
        taken = [tuple(layer.position) for layer in self.graph.layers if layer.position]
        x, y = pos
        across = (240.0, 0.0) if self.scene.flow == "down" else (0.0, 110.0)
        for _ in range(50):
            if all(abs(x - tx) >= 200 or abs(y - ty) >= 80 for tx, ty in taken):
                break
            x, y = x + across[0], y + across[1]
        return x, y

    # -- connecting, moving, deleting ------------------------------------------------------
    def connect_layers(self, src: str, dst: str) -> bool:
        problem = self.graph.connection_problem(src, dst)
        if problem:
            self.message.emit(tr("Cannot connect: {0}").format(problem))
            return False
        if self._run(cmd.Connect(src, dst)):
            self.message.emit(tr("Connected {0} \u2192 {1}").format(src, dst))
            return True
        return False

    def move_layers(self, positions: dict) -> bool:
        return self._run(cmd.Move(positions))

    def delete_selected(self) -> bool:
        ids = self.scene.selected_ids()
        edges = [e for e in self.scene.selected_edges() if e[0] not in ids and e[1] not in ids]
        steps = [cmd.Disconnect(*e) for e in edges]
        if ids:
            steps.append(cmd.RemoveLayers(ids))
        if not steps:
            return False
        command = steps[0] if len(steps) == 1 else cmd.Macro(tr("Delete selection"), steps)
        return self._run(command)

    # -- clipboard -------------------------------------------------------------------------
    def _selection_document(self) -> dict | None:
        ids = self.scene.selected_ids()
        if not ids:
            return None
        chosen = set(ids)
        return {"layers": [self.graph.layer(i).config() for i in ids],
                "connections": [[s, d] for s, d in self.graph.connections
                                if s in chosen and d in chosen]}

    def copy_selected(self) -> bool:
        doc = self._selection_document()
        if doc is None:
            return False
        mime = QMimeData()
        text = json.dumps(doc, indent=2)
        mime.setData(CLIPBOARD_MIME, text.encode("utf-8"))
        mime.setText(text)
        QApplication.clipboard().setMimeData(mime)
        self._paste_count = 0
        self.message.emit(tr("Copied {0} layer(s)").format(len(doc["layers"])))
        return True

    def cut_selected(self) -> bool:
        return self.copy_selected() and self.delete_selected()

    def paste(self) -> bool:
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return False
        if mime.hasFormat(CLIPBOARD_MIME):
            text = bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8")
        elif mime.hasText() and mime.text().lstrip().startswith("{"):
            text = mime.text()  # a network's JSON copied from a text editor works too
        else:
            self.message.emit(tr("The clipboard holds no layers"))
            return False
        self._paste_count += 1
        return self._paste_text(text, 40.0 * self._paste_count)

    def duplicate_selected(self) -> bool:
        doc = self._selection_document()
        return doc is not None and self._paste_text(json.dumps(doc), 40.0)

    def _paste_text(self, text: str, offset: float) -> bool:
        try:
            pasted = from_document(json.loads(text), tr("the clipboard")).graph
        except (ValueError, DesignerError) as e:
            self.message.emit(tr("Cannot paste: {0}").format(catalog.message(str(e))))
            return False
        command, mapping = cmd.paste(self.graph, pasted.layers, pasted.connections,
                                     (offset, offset))
        return self._run(command, list(mapping.values()))

    # -- settings, names, layout, selection ------------------------------------------------
    def set_param(self, ids: list[str], name: str, value) -> bool:
        steps = [cmd.SetParam(i, name, value) for i in ids
                 if self.graph.layer(i).params.get(name) != value]
        if not steps:
            return False
        if len(steps) == 1:
            return self._run(steps[0])
        return self._run(cmd.Macro(tr("Set {0} of {1} layers").format(name, len(steps)), steps))

    def rename_problem(self, old: str, new: str) -> str | None:
        if new == old:
            return None
        try:
            check_id(new)
        except GraphError as e:
            return catalog.message(str(e))
        if new in self.graph:
            return tr("a layer named '{0}' already exists").format(new)
        return None

    def rename(self, old: str, new: str) -> bool:
        problem = self.rename_problem(old, new)
        if problem:
            self.message.emit(tr("Cannot rename: {0}").format(problem))
            return False
        return new != old and self._run(cmd.Rename(old, new), [new])

    def auto_layout(self, direction: str) -> bool:
        selected = self.scene.selected_ids()
        self.scene.set_flow(direction)
        positions = auto_layout(self.graph, direction)
        changed = {i: p for i, p in positions.items() if self.graph.layer(i).position != p}
        done = bool(changed) and self._run(cmd.Macro(tr("Auto-layout"), [cmd.Move(changed)]))
        self.scene.select_ids(selected)
        self.view.fit()
        return done

    def select_all(self) -> None:
        self.scene.select_ids(self.graph.ids)

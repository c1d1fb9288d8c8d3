"""The canvas scene: one LayerItem per layer and one EdgeItem per connection, kept in step
with the document's graph. Gestures leave as signals with ids (connect this to that, these
layers moved there); the editor controller turns them into commands."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from designer.graph import GraphEvent

from . import style
from .edges import EdgeItem, PendingEdge
from .i18n import tr
from .items import HEIGHT, WIDTH, LayerItem, PortItem

MARGIN = 600.0



class NetworkScene(QGraphicsScene):
    connectRequested = Signal(str, str)
    moveFinished = Signal(object)  # {layer id: (x, y)} of every layer one drag moved
    selectedIdsChanged = Signal(list)
    hint = Signal(str)  # live feedback while drawing a connection

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.layer_items: dict[str, LayerItem] = {}
        self.edge_items: dict[tuple[str, str], EdgeItem] = {}
        self.flow = "down"
        self.snap = False
        self.grid = 20.0
        self._syncing = False
        self.plain_background = False  # while exporting a picture
        self._moved_edges: set | None = None
        self._pending: tuple[PortItem, PendingEdge, LayerItem | None] | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        document.graphEvent.connect(self._on_graph_event)
        document.changed.connect(self.refresh)
        document.reset.connect(self.rebuild)
        self.selectionChanged.connect(self._on_selection_changed)
        self.rebuild()

    # -- building from the model -----------------------------------------------------------
    def rebuild(self) -> None:
        self._pending = None
        self.clear()
        self.layer_items.clear()
        self.edge_items.clear()
        for layer in self.document.graph.layers:
            self._add_layer_item(layer.id)
        for src, dst in self.document.graph.connections:
            self._add_edge(src, dst)
        self.refresh()

    def _add_layer_item(self, layer_id: str) -> LayerItem:
        layer = self.document.graph.layer(layer_id)
        item = LayerItem(layer.id, layer.type)
        item.set_flow(self.flow)
        self.layer_items[layer.id] = item
        self.addItem(item)
        self._sync_position(item, layer.position)
        return item

    def _add_edge(self, src: str, dst: str) -> None:
        edge = EdgeItem(self.layer_items[src], self.layer_items[dst])
        self.edge_items[(src, dst)] = edge
        edge.src_item.edges.add(edge)
        edge.dst_item.edges.add(edge)
        self.addItem(edge)
        edge.update_path()

    def _remove_edge(self, key: tuple[str, str]) -> None:
        edge = self.edge_items.pop(key, None)
        if edge is not None:
            edge.src_item.edges.discard(edge)
            edge.dst_item.edges.discard(edge)
            self.removeItem(edge)

    def _sync_position(self, item: LayerItem, position) -> None:
        if position is None:  # a layer without a place yet goes below everything else
            bottom = max((i.y() for i in self.layer_items.values()
                          if i is not item and i.model_pos is not None), default=-110.0)
            position = (0.0, bottom + 110.0)
        self._syncing = True
        try:
            item.setPos(QPointF(*position))
        finally:
            self._syncing = False
        item.model_pos = item.pos()

    def _on_graph_event(self, event: GraphEvent) -> None:
        kind, ids = event.kind, event.ids
        if kind == "layer_added":
            self._add_layer_item(ids[0])
        elif kind == "layer_removed":
            item = self.layer_items.pop(ids[0], None)
            if item is not None:
                for edge in list(item.edges):  # its connections went with it
                    self._remove_edge(edge.key)
                self.removeItem(item)
        elif kind == "connected":
            self._add_edge(*ids)
        elif kind == "disconnected":
            self._remove_edge(tuple(ids))
        elif kind == "moved":
            item = self.layer_items.get(ids[0])
            if item is not None:
                self._sync_position(item, self.document.graph.layer(ids[0]).position)
        elif kind == "renamed":
            self._rename(*ids)

    def _rename(self, old: str, new: str) -> None:
        item = self.layer_items.pop(old)
        item.layer_id = new
        self.layer_items[new] = item
        self.edge_items = {edge.key: edge for edge in self.edge_items.values()}
        for edge in item.edges:
            edge.update_tooltip()

    def refresh(self) -> None:
        """Redraw what depends on the whole network: shapes, counts, problems, input order."""
        graph = self.document.graph
        analysis = graph.analysis
        for layer in graph.layers:
            self.layer_items[layer.id].set_content(layer, analysis.layers.get(layer.id))
        inputs: dict[str, list[str]] = {}
        for src, dst in graph.connections:
            inputs.setdefault(dst, []).append(src)
        for (src, dst), edge in self.edge_items.items():
            sources = inputs[dst]
            edge.set_input_index(sources.index(src) if len(sources) > 1 else None)
        rect = self.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.setSceneRect(rect.united(QRectF(-MARGIN, -MARGIN, 2 * MARGIN, 2 * MARGIN)))

    # -- moving ----------------------------------------------------------------------------
    def snapped(self, pos: QPointF, item: LayerItem) -> QPointF:
        if not self.snap or self._syncing:
            return pos
        g = self.grid
        return QPointF(round(pos.x() / g) * g, round(pos.y() / g) * g)

    def layer_item_moved(self, item: LayerItem) -> None:
        if self._moved_edges is not None:  # a drag moves many items: redraw each edge once
            self._moved_edges.update(item.edges)
            return
        for edge in item.edges:
            edge.update_path()

    def mouseMoveEvent(self, event) -> None:
        self._moved_edges = set()
        try:
            super().mouseMoveEvent(event)
        finally:
            edges, self._moved_edges = self._moved_edges, None
        for edge in edges:
            edge.update_path()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        moved = {item.layer_id: (item.x(), item.y()) for item in self.layer_items.values()
                 if item.model_pos is not None and item.pos() != item.model_pos}
        if moved:
            self.moveFinished.emit(moved)

    def set_flow(self, flow: str) -> None:
        self.flow = flow
        for item in self.layer_items.values():
            item.set_flow(flow)
        for edge in self.edge_items.values():
            edge.update_path()

    # -- drawing connections ---------------------------------------------------------------
    def begin_connection(self, port: PortItem, pos: QPointF) -> None:
        pending = PendingEdge(port.scenePos(), port.kind == "out", self.flow)
        pending.set_end(pos)
        self.addItem(pending)
        self._pending = (port, pending, None)
        self.hint.emit(tr("Drop the connection on the layer it should reach"))

    def _ends(self, port: PortItem, target: LayerItem) -> tuple[str, str]:
        start = port.layer_item.layer_id
        return (start, target.layer_id) if port.kind == "out" else (target.layer_id, start)

    def drag_connection(self, pos: QPointF) -> None:
        if self._pending is None:
            return
        port, pending, old_target = self._pending
        pending.set_end(pos)
        target = self.layer_at(pos, exclude=port.layer_item)
        if old_target is not None and old_target is not target:
            old_target.set_target_state(None)
        state = None
        if target is not None:
            src, dst = self._ends(port, target)
            problem = self.document.graph.connection_problem(src, dst)
            state = "bad" if problem else "ok"
            target.set_target_state(state)
            self.hint.emit(tr("Cannot connect: {0}").format(problem) if problem else
                           tr("Release to connect {0} \u2192 {1}").format(src, dst))
        pending.set_state(state)
        self._pending = (port, pending, target)

    def end_connection(self, pos: QPointF) -> None:
        if self._pending is None:
            return
        port, pending, old_target = self._pending
        self._pending = None
        self.removeItem(pending)
        if old_target is not None:
            old_target.set_target_state(None)
        target = self.layer_at(pos, exclude=port.layer_item)
        if target is None:
            self.hint.emit(tr("No connection: release over a layer to connect"))
            return
        self.connectRequested.emit(*self._ends(port, target))

    def layer_at(self, pos: QPointF, exclude: LayerItem | None = None) -> LayerItem | None:
        """The layer under `pos`, counting its ports and a few pixels around it."""
        for item in self.items(QRectF(pos.x() - 6, pos.y() - 6, 12, 12)):
            owner = item.layer_item if isinstance(item, PortItem) else item
            if isinstance(owner, LayerItem) and owner is not exclude:
                return owner
        return None

    def edge_at(self, pos: QPointF) -> EdgeItem | None:
        for item in self.items(QRectF(pos.x() - 4, pos.y() - 4, 8, 8)):
            if isinstance(item, EdgeItem):
                return item
            if isinstance(item, (LayerItem, PortItem)):
                return None  # a layer on top of the connection wins
        return None

    # -- selection -------------------------------------------------------------------------
    def _on_selection_changed(self) -> None:
        self.selectedIdsChanged.emit(self.selected_ids())

    def selected_ids(self) -> list[str]:
        """Selected layers, in the graph's order."""
        chosen = {i.layer_id for i in self.selectedItems() if isinstance(i, LayerItem)}
        return [i for i in self.document.graph.ids if i in chosen]

    def selected_edges(self) -> list[tuple[str, str]]:
        return [i.key for i in self.selectedItems() if isinstance(i, EdgeItem)]

    def select_ids(self, ids) -> None:
        wanted = set(ids)
        self.blockSignals(True)
        try:
            self.clearSelection()
            for layer_id in wanted:
                if layer_id in self.layer_items:
                    self.layer_items[layer_id].setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectedIdsChanged.emit(self.selected_ids())

    def layers_rect(self, ids=None) -> QRectF:
        items = [self.layer_items[i] for i in (ids or self.layer_items) if i in self.layer_items]
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        return rect

    # -- background ------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        if self.plain_background:
            painter.fillRect(rect, QColor("white"))
            return
        painter.fillRect(rect, style.CANVAS)
        scale = painter.worldTransform().m11()
        step = self.grid * (5 if scale < 0.5 else 1)
        if step * scale < 6:
            return
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        lines_minor, lines_major = [], []
        x = left
        while x < rect.right():
            (lines_major if round(x / step) % 5 == 0 else lines_minor).append(
                (QPointF(x, rect.top()), QPointF(x, rect.bottom())))
            x += step
        y = top
        while y < rect.bottom():
            (lines_major if round(y / step) % 5 == 0 else lines_minor).append(
                (QPointF(rect.left(), y), QPointF(rect.right(), y)))
            y += step
        for lines, color in ((lines_minor, QColor("#eceef1")), (lines_major, style.GRID)):
            painter.setPen(QPen(color, 0))
            for a, b in lines:
                painter.drawLine(a, b)


__all__ = ["NetworkScene", "WIDTH", "HEIGHT"]

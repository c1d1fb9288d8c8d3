"""The canvas view: zoom with the wheel, pan with the middle button (or Space + drag),
rubber-band selection, and drops of layer types from the palette."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsView

from .i18n import tr
from .scene import NetworkScene

LAYER_MIME = "application/x-network-designer-layer-type"
MIN_ZOOM, MAX_ZOOM = 0.1, 4.0



class NetworkView(QGraphicsView):
    layerDropped = Signal(str, QPointF, object)  # type name, scene position, edge key or None

    def __init__(self, scene: NetworkScene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAcceptDrops(True)
        self._pan_from: QPointF | None = None
        self._space = False
        self._drop_edge = None
        self._was_empty = not scene.layer_items
        scene.document.changed.connect(self._on_document_changed)

    def _on_document_changed(self) -> None:
        empty = not self.network_scene.layer_items
        if empty or self._was_empty:
            self.viewport().update()  # the hint of an empty canvas appears or goes
        self._was_empty = empty

    @property
    def network_scene(self) -> NetworkScene:
        return self.scene()

    # -- zoom and pan ----------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1) > 1e-6:
            self.scale(factor, factor)
            self.resetCachedContent()

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(1 / 1.25)

    def reset_zoom(self) -> None:
        self.zoom_by(1 / self.zoom())

    def fit(self, rect: QRectF | None = None, min_zoom: float = MIN_ZOOM) -> None:
        """Show every layer (or `rect`), at most at 100 %. With `min_zoom`, a network too big
        to show whole stays readable and shows its beginning (where data enters)."""
        rect = rect if rect is not None else self.network_scene.layers_rect()
        if rect.isEmpty():
            self.reset_zoom()
            self.centerOn(0, 0)
            return
        rect = rect.adjusted(-40, -40, 40, 40)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_by(1.0)  # clamps to the allowed range
        if self.zoom() > 1.0:
            self.reset_zoom()
        if self.zoom() < min_zoom:
            self.zoom_by(min_zoom / self.zoom())
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            if self.network_scene.flow == "down":
                self.centerOn(rect.center().x(), rect.top() + visible.height() / 2)
            else:
                self.centerOn(rect.left() + visible.width() / 2, rect.center().y())
        else:
            self.centerOn(rect.center())
        self.resetCachedContent()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15 ** steps)
        event.accept()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - delta.x()))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    # -- drops from the palette ------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()  # files go on to the main window

    def dragMoveEvent(self, event) -> None:
        if not event.mimeData().hasFormat(LAYER_MIME):
            event.ignore()
            return
        edge = self.network_scene.edge_at(self.mapToScene(event.position().toPoint()))
        self._set_drop_edge(edge)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._set_drop_edge(None)

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        if not mime.hasFormat(LAYER_MIME):
            event.ignore()
            return
        self._set_drop_edge(None)
        type_name = bytes(mime.data(LAYER_MIME).data()).decode("utf-8")
        pos = self.mapToScene(event.position().toPoint())
        edge = self.network_scene.edge_at(pos)
        event.acceptProposedAction()
        self.layerDropped.emit(type_name, QPointF(pos), edge.key if edge else None)

    def _set_drop_edge(self, edge) -> None:
        if edge is not self._drop_edge:
            if self._drop_edge is not None and self._drop_edge.scene() is not None:
                self._drop_edge.set_highlighted(False)
            if edge is not None:
                edge.set_highlighted(True)
            self._drop_edge = edge

    # -- an empty canvas says what to do ---------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.network_scene.layer_items:
            return
        painter.save()
        painter.resetTransform()
        font = QFont(self.font())
        font.setPointSizeF(13)
        painter.setFont(font)
        painter.setPen(QColor("#7b8794"))
        painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, tr(
            "Drag an Input layer here from the palette on the left,\n"
            "then more layers below it, and connect them port to port.\n\n"
            "Or open a ready network: File \u203a Open Example."))
        painter.restore()

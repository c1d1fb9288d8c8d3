"""Connections on the canvas: a curve from an output port to an input port, with an arrow.

An edge can be selected (Delete removes the connection) and lights up while a layer dragged
from the palette hovers it (dropping inserts the layer into the connection)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle

from . import style

ARROW = 8.0


def curve(start: QPointF, end: QPointF, flow: str) -> QPainterPath:
    """A smooth S from start to end that leaves and arrives along the flow direction."""
    path = QPainterPath(start)
    if flow == "down":
        bend = max(30.0, abs(end.y() - start.y()) / 2)
        path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end)
    else:
        bend = max(30.0, abs(end.x() - start.x()) / 2)
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end)
    return path


def arrow_head(end: QPointF, flow: str) -> QPolygonF:
    """A curve from `curve` always arrives along the flow: down, or to the right."""
    if flow == "down":
        return QPolygonF([end, end + QPointF(-ARROW * 0.55, -ARROW),
                          end + QPointF(ARROW * 0.55, -ARROW)])
    return QPolygonF([end, end + QPointF(-ARROW, -ARROW * 0.55),
                      end + QPointF(-ARROW, ARROW * 0.55)])


class EdgeItem(QGraphicsPathItem):
    def __init__(self, src_item, dst_item):
        super().__init__()
        self.src_item, self.dst_item = src_item, dst_item
        self.input_index: int | None = None  # shown when the target has several inputs
        self.highlighted = False
        self.hovered = False
        self._arrow = QPolygonF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(0)
        self.update_path()
        self.update_tooltip()

    @property
    def key(self) -> tuple[str, str]:
        return self.src_item.layer_id, self.dst_item.layer_id

    def update_path(self) -> None:
        flow = self.scene().flow if self.scene() is not None else "down"
        end = self.dst_item.in_anchor()
        self._arrow = arrow_head(end, flow)
        self.setPath(curve(self.src_item.out_anchor(), end, flow))

    def update_tooltip(self) -> None:
        src, dst = self.key
        tip = QCoreApplication.translate("EdgeItem", "{0} \u2192 {1}").format(src, dst)
        if self.input_index is not None:
            tip += QCoreApplication.translate("EdgeItem", " (input {0})").format(
                self.input_index + 1)
        self.setToolTip(tip + QCoreApplication.translate(
            "EdgeItem", "\nClick to select, Delete to remove; drop a layer here to insert it."))

    def set_input_index(self, index: int | None) -> None:
        if index != self.input_index:
            self.input_index = index
            self.update_tooltip()
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-ARROW - 8, -ARROW - 8, ARROW + 8, ARROW + 8)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self.path())

    def hoverEnterEvent(self, event):
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event):
        self.hovered = False
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        color, width = style.EDGE, 1.8
        if selected:
            color, width = style.SELECTION, 3.0
        elif self.highlighted:
            color, width = QColor("#2f6fd0"), 3.5
        elif self.hovered:
            color, width = QColor("#4a5561"), 2.4
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setBrush(color)
        painter.setPen(QPen(color, 1))
        painter.drawPolygon(self._arrow)
        if self.input_index is not None:
            spot = self.path().pointAtPercent(0.82) + QPointF(8, 0)
            painter.setPen(style.MUTED)
            painter.drawText(QRectF(spot.x(), spot.y() - 8, 20, 16),
                             Qt.AlignmentFlag.AlignVCenter, str(self.input_index + 1))


class PendingEdge(QGraphicsPathItem):
    """The dashed line that follows the mouse while a connection is being drawn."""

    def __init__(self, start: QPointF, from_output: bool, flow: str):
        super().__init__()
        self.start, self.from_output, self.flow = start, from_output, flow
        self.setZValue(3)
        self.set_state(None)

    def set_end(self, end: QPointF) -> None:
        a, b = (self.start, end) if self.from_output else (end, self.start)
        self.setPath(curve(a, b, self.flow))

    def set_state(self, state: str | None) -> None:
        color = {"ok": style.OK, "bad": style.PROBLEM}.get(state, QColor("#2f6fd0"))
        self.setPen(QPen(color, 2, Qt.PenStyle.DashLine))

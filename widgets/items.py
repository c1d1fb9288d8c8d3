"""A layer on the canvas: a box with its type, id, key settings and a badge with its output
shape and parameter count; a port to take connections in and one to send them out.

Items only show the model: they learn their content from `set_content` and report gestures to
the scene, which turns them into commands. Their local origin is the box's centre, which is
the layer's `position` in the file."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QStyle

from designer.layers import LAYERS, fmt
from designer.params import named_parts, pair

from . import catalog, concepts, icons, style
from .i18n import tr

WIDTH, HEIGHT = 190.0, 64.0
PORT_RADIUS = 6.0



def _dims(value) -> str:
    if isinstance(value, (list, tuple)):
        return "\u00d7".join(str(v) for v in value)
    return str(value)


def key_settings(type_name: str, params: dict) -> str:
    """The box's second line, e.g. '128 units · relu · he_uniform · dropout 0.1'."""
    spec = LAYERS.get(type_name)
    parts = []
    for key in spec.key_params:
        value = params.get(key, spec.param(key).default)
        try:
            text = _SETTING_TEXTS.get(key, _plain_text)(spec, key, value)
        except (TypeError, ValueError, KeyError, IndexError):
            text = f"{key}?"
        if text is not None:
            parts.append(text)
    return " \u00b7 ".join(parts)


def _count_text(spec, key: str, value) -> str:
    if key == "units":
        return tr("1 unit") if value == 1 else tr("{0} units").format(value)
    return tr("1 filter") if value == 1 else tr("{0} filters").format(value)


def _window_text(spec, key: str, value) -> str:
    h, w = pair(value)
    return f"{h}\u00d7{w}"


def _choice_text(spec, key: str, value) -> str | None:
    """The activation always; an initializer only when it is not the default."""
    name = named_parts(value)[0]
    return name if key == "activation" or name != spec.param(key).default else None


def _dropout_text(spec, key: str, value) -> str | None:
    return tr("dropout {0:g}").format(value) if value else None


def _plain_text(spec, key: str, value) -> str:
    return f"{key} {value}"


_SETTING_TEXTS = {
    "units": _count_text, "filters": _count_text,
    "kernel_size": _window_text, "pool_size": _window_text,
    "activation": _choice_text, "init": _choice_text,
    "dropout": _dropout_text, "rate": _dropout_text,
    "shape": lambda spec, key, value: tr("shape {0}").format(_dims(value)),
    "target_shape": lambda spec, key, value: tr("to {0}").format(_dims(value)),
    "axis": lambda spec, key, value: tr("axis {0}").format(value),
}


def badge_text(info) -> str:
    """The badge: output shape and weights, e.g. '(128,)  ·  16,512 params'."""
    if info is None or info.output_shape is None:
        return tr("shape unknown")
    text = fmt(info.output_shape)
    if info.total:
        if info.trainable == 0:
            text += "  \u00b7  " + tr("{0:,} params, frozen").format(info.total)
        elif info.non_trainable:
            text += "  \u00b7  " + tr("{0:,} params ({1:,} fixed)").format(
                info.total, info.non_trainable)
        else:
            text += "  \u00b7  " + tr("{0:,} params").format(info.total)
    return text


class PortItem(QGraphicsEllipseItem):
    """Where connections start (output) or end (input); drag from one to a layer to connect."""

    def __init__(self, layer_item: "LayerItem", kind: str):
        r = PORT_RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r, layer_item)
        self.layer_item, self.kind = layer_item, kind
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setBrush(QBrush(style.BOX))
        self.setPen(QPen(layer_item.color, 2))
        self.setZValue(2)
        self.setToolTip(tr("Output: drag from here onto another layer to connect them")
                        if kind == "out" else
                        tr("Input: drag from here onto the layer that should feed this one"))

    def hoverEnterEvent(self, event):
        self.setScale(1.5)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event):
        self.setScale(1.0)
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event):
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self.scene().begin_connection(self, event.scenePos())

    def mouseMoveEvent(self, event):
        self.scene().drag_connection(event.scenePos())

    def mouseReleaseEvent(self, event):
        self.scene().end_connection(event.scenePos())


class LayerItem(QGraphicsItem):
    def __init__(self, layer_id: str, type_name: str):
        super().__init__()
        self.layer_id, self.type_name = layer_id, type_name
        spec = LAYERS.get(type_name)
        self.color = style.category_color(spec.category)
        self.model_pos: QPointF | None = None  # the position the model holds, once synced
        self.edges: set = set()  # EdgeItems that start or end here (kept by the scene)
        self._content = ("", "", "", ())
        self.target_state: str | None = None  # "ok" / "bad" while a connection hovers it
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsMovable | flags.ItemIsSelectable
                      | flags.ItemSendsGeometryChanges)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.in_port = PortItem(self, "in") if spec.max_inputs != 0 else None
        self.out_port = PortItem(self, "out")
        self.set_flow("down")

    # -- content ---------------------------------------------------------------------------
    def set_content(self, layer, info) -> None:
        problems = tuple(info.problems) if info is not None else ()
        content = (layer.id, key_settings(layer.type, layer.params), badge_text(info), problems)
        if content == self._content:
            return
        self.layer_id = layer.id
        self._content = content
        tip = concepts.layer_tooltip(layer.type)
        if problems:
            lines = "".join(f"<li>{p}</li>" for p in problems)
            heading = tr("Problems")
            tip = tip.replace("</qt>", f"<br><b style='color:#b42323'>{heading}</b>"
                                       f"<ul>{lines}</ul></qt>")
        self.setToolTip(tip)
        self.update()

    @property
    def problems(self) -> tuple[str, ...]:
        return self._content[3]

    def set_flow(self, flow: str) -> None:
        """Ports on top and bottom for a top-down flow, left and right for left-right."""
        if flow == "down":
            in_pos, out_pos = QPointF(0, -HEIGHT / 2), QPointF(0, HEIGHT / 2)
        else:
            in_pos, out_pos = QPointF(-WIDTH / 2, 0), QPointF(WIDTH / 2, 0)
        if self.in_port:
            self.in_port.setPos(in_pos)
        self.out_port.setPos(out_pos)

    def set_target_state(self, state: str | None) -> None:
        if state != self.target_state:
            self.target_state = state
            self.update()

    # -- geometry and painting -------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(-WIDTH / 2 - 3, -HEIGHT / 2 - 3, WIDTH + 6, HEIGHT + 6)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(-WIDTH / 2, -HEIGHT / 2, WIDTH, HEIGHT)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        bad = bool(self.problems)
        border = style.PROBLEM if bad else self.color
        if self.target_state == "ok":
            border = style.OK
        elif self.target_state == "bad":
            border = style.PROBLEM
        painter.setPen(QPen(style.SELECTION if selected else border, 3 if selected else 1.5))
        painter.setBrush(QColor("#fff6f6") if bad else style.BOX)
        painter.drawRoundedRect(rect, 7, 7)
        self._paint_header(painter, rect)
        self._paint_text(painter, rect, bad)

    def _paint_header(self, painter: QPainter, rect: QRectF) -> None:
        painter.drawPixmap(QPointF(rect.left() + 7, rect.top() + 6), icons.layer_pixmap(
            self.type_name, 18))
        if self.problems:
            painter.drawPixmap(QPointF(rect.right() - 22, rect.top() + 7),
                               icons.problem_pixmap(15))

    def _paint_text(self, painter: QPainter, rect: QRectF, bad: bool) -> None:
        layer_id, settings, badge, problems = self._content
        title_font = QFont(painter.font())
        title_font.setPointSizeF(9.0)
        title_font.setBold(True)
        small = QFont(painter.font())
        small.setPointSizeF(8.0)
        left, right = rect.left() + 31, rect.right() - (26 if bad else 8)
        painter.setFont(title_font)
        painter.setPen(style.TEXT)
        metrics = QFontMetricsF(title_font)
        type_width = metrics.horizontalAdvance(self.type_name)
        painter.drawText(QRectF(left, rect.top() + 5, type_width + 2, 18),
                         Qt.AlignmentFlag.AlignVCenter, self.type_name)
        painter.setFont(small)
        painter.setPen(style.MUTED)
        id_rect = QRectF(left + type_width + 8, rect.top() + 5, right - left - type_width - 8, 18)
        painter.drawText(id_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                         QFontMetricsF(small).elidedText(layer_id, Qt.TextElideMode.ElideMiddle,
                                                         id_rect.width()))
        small_metrics = QFontMetricsF(small)
        line = QRectF(rect.left() + 8, rect.top() + 24, rect.width() - 16, 16)
        if not settings:  # nothing to set: say what the layer does instead
            settings = catalog.designer(LAYERS.get(self.type_name).description)
            small.setItalic(True)
            painter.setFont(small)
            small_metrics = QFontMetricsF(small)
        painter.setPen(style.TEXT if not small.italic() else style.MUTED)
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, small_metrics.elidedText(
            settings, Qt.TextElideMode.ElideRight, line.width()))
        small.setItalic(False)
        painter.setFont(small)
        small_metrics = QFontMetricsF(small)
        badge_rect = QRectF(rect.left() + 6, rect.bottom() - 21, rect.width() - 12, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#fde8e8") if bad else QColor("#eef2f7"))
        painter.drawRoundedRect(badge_rect, 4, 4)
        painter.setPen(style.PROBLEM if bad else style.MUTED)
        text = problems[0] if bad else badge
        painter.drawText(badge_rect.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter,
                         small_metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                  badge_rect.width() - 12))

    # -- interaction -----------------------------------------------------------------------
    def itemChange(self, change, value):
        change_kind = QGraphicsItem.GraphicsItemChange
        scene = self.scene()
        if change == change_kind.ItemPositionChange and scene is not None:
            return scene.snapped(value, self)
        if change == change_kind.ItemPositionHasChanged and scene is not None:
            scene.layer_item_moved(self)
        return super().itemChange(change, value)

    def in_anchor(self) -> QPointF:
        """Where an incoming connection's arrow ends: the edge of the input port."""
        if self.in_port is None:
            return self.scenePos()
        pos = self.in_port.scenePos()
        return pos - (QPointF(0, PORT_RADIUS) if self.in_port.y() < 0 else
                      QPointF(PORT_RADIUS, 0))

    def out_anchor(self) -> QPointF:
        return self.out_port.scenePos()

"""Training on the canvas (optional, Training > Show Gradients on the Canvas): beside every layer
with weights, a small tag with its gradient norm and the spread of its weights for the selected
run, tinted by how large the gradient is compared with the network's largest. Layers whose
gradient vanishes fade out, right where they sit in the network.

The tags are child items of the canvas's layer boxes, so they move and disappear with them;
nothing of the editor changes."""
from __future__ import annotations

import math

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

from ..i18n import tr

STRONG = QColor("#d07a1f")  # the largest gradient in the network
FAINT = QColor("#f1f3f5")  # a gradient 10,000 times smaller


class _Tag(QGraphicsItem):
    def __init__(self, parent):
        super().__init__(parent)
        self.text, self.color = "", FAINT
        self.setZValue(2)
        box = parent.boundingRect()
        self.setPos(box.right() + 6, box.top() + 4)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 112, 34)

    def set(self, text: str, color: QColor) -> None:
        if (text, color.name()) != (self.text, self.color.name()):
            self.text, self.color = text, color
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        painter.setBrush(self.color)
        painter.drawRoundedRect(self.boundingRect(), 5, 5)
        font = QFont(painter.font())
        font.setPointSizeF(8)
        painter.setFont(font)
        painter.setPen(QColor("#1f2328"))
        painter.drawText(self.boundingRect().adjusted(6, 2, -4, -2),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text)


def strength_color(norm: float, largest: float) -> QColor:
    """Orange for the largest gradient, fading to grey-white four decades below it."""
    if not largest or not norm or not math.isfinite(norm):
        return FAINT
    t = max(0.0, min(1.0, 1 + math.log10(norm / largest) / 4))
    return QColor(round(FAINT.red() + (STRONG.red() - FAINT.red()) * t),
                  round(FAINT.green() + (STRONG.green() - FAINT.green()) * t),
                  round(FAINT.blue() + (STRONG.blue() - FAINT.blue()) * t))


class CanvasTint(QObject):
    def __init__(self, scene, session, parent=None):
        super().__init__(parent)
        self.scene, self.session = scene, session
        self.enabled = False
        self.tags: dict[str, _Tag] = {}
        session.changed.connect(self._on_changed)

    def set_enabled(self, on: bool) -> None:
        self.enabled = bool(on)
        self.refresh()

    def _on_changed(self, run, kinds) -> None:
        if self.enabled and set(kinds or ()) & {"snapshot", "selection", "removed"}:
            self.refresh()

    def refresh(self) -> None:
        run = self.session.current
        snap = run.snapshot if (run is not None and self.enabled) else None
        grads = (snap.gradients if snap else None) or {}
        weights = (snap.weights if snap else None) or {}
        largest = max((g for g in grads.values() if g and math.isfinite(g)), default=0.0)
        shown = set()
        for layer_id, item in self.scene.layer_items.items():
            if layer_id not in weights:
                continue
            tag = self.tags.get(layer_id)
            if tag is None or not isValid(tag) or tag.parentItem() is not item:
                tag = self.tags[layer_id] = _Tag(item)
            hist = snap.histogram(layer_id, "weight")
            spread = hist.std if hist else None
            norm = grads.get(layer_id)
            lines = [tr("\u2207 {0:.2g}").format(norm) if norm is not None else "\u2207 \u2013",
                     tr("w \u03c3 {0:.2g}").format(spread) if spread is not None else ""]
            tag.set("\n".join(lines), strength_color(norm or 0.0, largest))
            tag.show()
            shown.add(layer_id)
        for layer_id, tag in list(self.tags.items()):
            if layer_id not in shown:
                if isValid(tag):
                    tag.hide()
                else:
                    del self.tags[layer_id]

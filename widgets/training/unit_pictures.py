"""Hidden units on the canvas (Training > Show Hidden Units on the Canvas, on by default): for a
network with two inputs, beside each hidden layer a small picture per unit of what it outputs
over the input plane for the selected run, orange below 0, white at 0, blue above, as the
TensorFlow Playground draws its neurons. The first layer's units cut the plane with lines; the
next layers combine them.

The pictures are child items of the canvas's layer boxes, so they move and go with them; the
designer side limits how many units are pictured (designer/training/unit_pictures.py)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

from .. import preferences
from . import colors

SIDE = 22  # pixels per picture
GAP = 3
PER_ROW = 8
KEY = "training/unit_pictures"
_LUT = colors.diverging_lut(fade=0.9)


def unit_image(values: np.ndarray, scale: float) -> QImage:
    """One unit's outputs (rows from the plane's bottom) as an image, ±scale at full colour."""
    t = 0.5 + 0.5 * np.clip(values / (scale or 1.0), -1, 1)
    rgb = _LUT[np.round(t[::-1] * (len(_LUT) - 1)).astype(int)]  # top row: the plane's top
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class _Pictures(QGraphicsItem):
    def __init__(self, parent):
        super().__init__(parent)
        self.images: list[QImage] = []
        self.setZValue(2)

    def set(self, pictures: np.ndarray) -> None:
        scale = float(np.max(np.abs(pictures))) if pictures.size else 1.0
        self.prepareGeometryChange()
        self.images = [unit_image(p, scale) for p in pictures]
        box = self.parentItem().boundingRect()
        self.setPos(box.left() - GAP * 2 - self._width(), box.top())
        self.update()

    def _width(self) -> float:
        return min(len(self.images), PER_ROW) * (SIDE + GAP)

    def boundingRect(self) -> QRectF:
        rows = -(-len(self.images) // PER_ROW)
        return QRectF(0, 0, self._width(), rows * (SIDE + GAP))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        for k, image in enumerate(self.images):
            row, col = divmod(k, PER_ROW)
            target = QRectF(col * (SIDE + GAP), row * (SIDE + GAP), SIDE, SIDE)
            painter.drawImage(target, image)
            painter.drawRect(target)


class UnitPictures(QObject):
    def __init__(self, scene, session, parent=None):
        super().__init__(parent)
        self.scene, self.session = scene, session
        self.enabled = preferences.value(KEY, True, bool)
        self.items: dict[str, _Pictures] = {}
        session.changed.connect(self._on_changed)

    def set_enabled(self, on: bool) -> None:
        self.enabled = bool(on)
        preferences.set_value(KEY, self.enabled)
        self.refresh()

    def _on_changed(self, run, kinds) -> None:
        if set(kinds or ()) & {"snapshot", "selection", "removed", "reset"}:
            self.refresh()

    def refresh(self) -> None:
        run = self.session.current
        snap = run.snapshot if (run is not None and self.enabled) else None
        units = (snap.units if snap is not None else None) or {}
        for layer_id, item in self.scene.layer_items.items():
            if layer_id not in units:
                continue
            pictures = self.items.get(layer_id)
            if pictures is None or not isValid(pictures) or pictures.parentItem() is not item:
                pictures = self.items[layer_id] = _Pictures(item)
            pictures.set(np.asarray(units[layer_id]))
            pictures.show()
        for layer_id, pictures in list(self.items.items()):
            if layer_id not in units:
                if isValid(pictures):
                    pictures.hide()
                else:
                    del self.items[layer_id]

    def shown(self) -> dict[str, int]:
        """Layer id -> how many unit pictures it shows (for tests and checks)."""
        return {k: len(v.images) for k, v in self.items.items() if isValid(v) and v.isVisible()}

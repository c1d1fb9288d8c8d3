"""Icons drawn with QPainter: one glyph per layer type on its category's colour, activation
curves drawn from each activation's NumPy reference, and initializer distribution shapes.
Drawing them keeps the look consistent and scales to any screen (no image files to ship)."""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from designer.activations import ACTIVATIONS
from designer.initializers import distribution_for
from designer.layers import LAYERS

from . import style

WHITE = QColor("#ffffff")


def _canvas(w: int, h: int, scale: int = 2) -> QPixmap:
    pixmap = QPixmap(w * scale, h * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def _pen(color: QColor, width: float = 1.6) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _dot(p: QPainter, x: float, y: float, r: float = 1.8, filled: bool = True) -> None:
    p.setBrush(WHITE if filled else Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(x, y), r, r)


def _bell(p: QPainter, x0: float, x1: float, base: float, top: float) -> None:
    path = QPainterPath()
    xs = np.linspace(-2.5, 2.5, 24)
    for i, t in enumerate(xs):
        pt = QPointF(x0 + (t + 2.5) / 5 * (x1 - x0), base - np.exp(-t * t / 2) * (base - top))
        path.moveTo(pt) if i == 0 else path.lineTo(pt)
    p.drawPath(path)


def _glyph(p: QPainter, kind: str) -> None:
    """Draw `kind`'s glyph in white inside a 20x20 box at the origin."""
    p.setPen(_pen(WHITE))
    p.setBrush(Qt.BrushStyle.NoBrush)
    _GLYPHS.get(kind, _box_glyph)(p, kind)


def _input_glyph(p: QPainter, kind: str) -> None:
    p.drawLine(QPointF(10, 2), QPointF(10, 13))
    p.drawLine(QPointF(6, 9), QPointF(10, 13))
    p.drawLine(QPointF(14, 9), QPointF(10, 13))
    p.drawLine(QPointF(4, 17), QPointF(16, 17))


def _dense_glyph(p: QPainter, kind: str) -> None:
    left, right = [(4, y) for y in (4, 10, 16)], [(16, y) for y in (4, 10, 16)]
    p.setPen(_pen(WHITE, 0.8))
    for a in left:
        for b in right:
            p.drawLine(QPointF(*a), QPointF(*b))
    p.setPen(_pen(WHITE))
    for x, y in left + right:
        _dot(p, x, y, 2.0)


def _activation_glyph(p: QPainter, kind: str) -> None:
    p.drawLine(QPointF(2, 14), QPointF(10, 14))
    p.drawLine(QPointF(10, 14), QPointF(18, 4))


def _dropout_glyph(p: QPainter, kind: str) -> None:
    for i, (x, y) in enumerate((x, y) for y in (4, 10, 16) for x in (4, 10, 16)):
        _dot(p, x, y, 2.0, filled=i not in (1, 5, 6))


def _flatten_glyph(p: QPainter, kind: str) -> None:
    p.drawRect(QRectF(2, 2, 8, 8))
    p.drawLine(QPointF(2, 16), QPointF(18, 16))
    p.drawLine(QPointF(12, 6), QPointF(16, 10))


def _reshape_glyph(p: QPainter, kind: str) -> None:
    p.drawRect(QRectF(2, 3, 6, 14))
    p.drawRect(QRectF(11, 7, 7, 7))


def _padding_glyph(p: QPainter, kind: str) -> None:
    p.setPen(_pen(WHITE, 0.8))
    p.drawRect(QRectF(2, 2, 16, 16))
    p.setBrush(WHITE)
    p.drawRect(QRectF(6, 6, 8, 8))


def _conv_glyph(p: QPainter, kind: str) -> None:
    p.setPen(_pen(WHITE, 0.9))
    for k in range(4):
        p.drawLine(QPointF(2 + 5 * k, 2), QPointF(2 + 5 * k, 17))
        p.drawLine(QPointF(2, 2 + 5 * k), QPointF(17, 2 + 5 * k))
    p.setBrush(WHITE)
    p.drawRect(QRectF(7, 7, 5, 5))


def _pool_glyph(p: QPainter, kind: str) -> None:
    p.setPen(_pen(WHITE, 1.0))
    for x in (2, 7):
        for y in (2, 7):
            p.setBrush(WHITE if (kind == "AvgPool2D" or (x, y) == (7, 2)) else
                       Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(x, y, 5, 5))
    p.setBrush(WHITE if kind == "MaxPool2D" else QColor(255, 255, 255, 150))
    p.drawRect(QRectF(13, 13, 5, 5))


def _global_pool_glyph(p: QPainter, kind: str) -> None:
    p.setPen(_pen(WHITE, 1.0))
    p.drawRect(QRectF(2, 2, 10, 10))
    p.drawLine(QPointF(12, 7), QPointF(15, 7))
    p.setBrush(WHITE if kind == "GlobalMaxPool2D" else QColor(255, 255, 255, 150))
    p.drawRect(QRectF(15, 5, 4, 4))


def _norm_glyph(p: QPainter, kind: str) -> None:
    _bell(p, 1, 19, 16, 3)
    if kind == "LayerNorm":
        p.drawLine(QPointF(10, 1), QPointF(10, 18))
    else:
        p.drawLine(QPointF(1, 18), QPointF(19, 18))


def _add_glyph(p: QPainter, kind: str) -> None:
    p.drawEllipse(QPointF(10, 10), 8, 8)
    p.drawLine(QPointF(10, 5), QPointF(10, 15))
    p.drawLine(QPointF(5, 10), QPointF(15, 10))


def _concatenate_glyph(p: QPainter, kind: str) -> None:
    p.drawRect(QRectF(3, 3, 5, 14))
    p.drawRect(QRectF(12, 3, 5, 14))


def _box_glyph(p: QPainter, kind: str) -> None:
    p.drawRect(QRectF(3, 3, 14, 14))


_GLYPHS = {
    "Input": _input_glyph, "Dense": _dense_glyph, "Activation": _activation_glyph,
    "Dropout": _dropout_glyph, "Flatten": _flatten_glyph, "Reshape": _reshape_glyph,
    "ZeroPadding2D": _padding_glyph, "Conv2D": _conv_glyph, "MaxPool2D": _pool_glyph,
    "AvgPool2D": _pool_glyph, "GlobalAvgPool2D": _global_pool_glyph,
    "GlobalMaxPool2D": _global_pool_glyph, "BatchNorm": _norm_glyph, "LayerNorm": _norm_glyph,
    "Add": _add_glyph, "Concatenate": _concatenate_glyph,
}


@lru_cache(maxsize=None)
def layer_pixmap(type_name: str, size: int = 24) -> QPixmap:
    spec = LAYERS.get(type_name)
    pixmap = _canvas(size, size)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.category_color(spec.category))
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
    p.translate(size * 0.1, size * 0.1)
    p.scale(size * 0.8 / 20, size * 0.8 / 20)
    _glyph(p, spec.name)
    p.end()
    return pixmap


@lru_cache(maxsize=None)
def layer_icon(type_name: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(layer_pixmap(type_name, size))
    return icon


@lru_cache(maxsize=None)
def activation_icon(name: str) -> QIcon:
    """The activation's curve over x in [-3, 3], with the axes in grey."""
    w, h = 28, 18
    pixmap = _canvas(w, h)
    xs = np.linspace(-3, 3, 61)
    spec = ACTIVATIONS.get(name)
    if name == "softmax":  # softmax of a vector; show its curve for one score against zeros
        ys = np.exp(xs) / (np.exp(xs) + 2)
    else:
        ys = np.asarray(spec.numpy(xs), dtype=float)
    lo, hi = min(ys.min(), -1.0), max(ys.max(), 1.0)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)

    def to_y(v):
        return h - 2 - (v - lo) / (hi - lo) * (h - 4)

    p.setPen(_pen(QColor("#b8c0c8"), 0.8))
    p.drawLine(QPointF(1, to_y(0)), QPointF(w - 1, to_y(0)))
    p.drawLine(QPointF(w / 2, 1), QPointF(w / 2, h - 1))
    path = QPainterPath()
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        pt = QPointF(1 + (x + 3) / 6 * (w - 2), to_y(y))
        path.moveTo(pt) if i == 0 else path.lineTo(pt)
    p.setPen(_pen(QColor("#2f6fd0"), 1.6))
    p.drawPath(path)
    p.end()
    return QIcon(pixmap)


@lru_cache(maxsize=None)
def initializer_icon(name: str) -> QIcon:
    """The shape of the initial weights' distribution: flat, bell, clipped bell, spike, matrix."""
    kind = distribution_for(name, (16, 16)).kind
    w, h = 28, 18
    pixmap = _canvas(w, h)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor("#7a4fd0")
    p.setPen(_pen(color, 1.4))
    if kind == "uniform":
        p.drawPolyline([QPointF(2, 15), QPointF(7, 15), QPointF(7, 6), QPointF(21, 6),
                        QPointF(21, 15), QPointF(26, 15)])
    elif kind in ("normal", "truncated_normal"):
        if kind == "normal":
            _bell(p, 2, 26, 15, 3)
        else:
            _bell(p, 7, 21, 15, 3)
            p.drawLine(QPointF(7, 15), QPointF(7, 11))
            p.drawLine(QPointF(21, 15), QPointF(21, 11))
    elif kind == "constant":
        p.drawLine(QPointF(2, 15), QPointF(26, 15))
        p.drawLine(QPointF(14, 15), QPointF(14, 2))
    else:
        for i in range(4):
            for j in range(4):
                p.setBrush(color if (i == j or kind == "orthogonal" and (i + j) % 3 == 0)
                           else Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(6 + 4 * i, 1 + 4 * j, 3, 3))
    p.end()
    return QIcon(pixmap)


@lru_cache(maxsize=None)
def problem_pixmap(size: int = 16) -> QPixmap:
    pixmap = _canvas(size, size)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.PROBLEM)
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    p.setPen(_pen(WHITE, size / 8))
    p.drawLine(QPointF(size / 2, size * 0.25), QPointF(size / 2, size * 0.58))
    p.drawPoint(QPointF(size / 2, size * 0.76))
    p.end()
    return pixmap


@lru_cache(maxsize=None)
def ok_pixmap(size: int = 16) -> QPixmap:
    pixmap = _canvas(size, size)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.OK)
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    p.setPen(_pen(WHITE, size / 9))
    p.drawPolyline([QPointF(size * 0.28, size * 0.52), QPointF(size * 0.44, size * 0.68),
                    QPointF(size * 0.74, size * 0.34)])
    p.end()
    return pixmap

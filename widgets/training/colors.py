"""Colours of the training views: classes (the TF Playground's orange and blue first), values
(a diverging scale), one colour per layer, a run's colour dot, and runs coloured by a setting
(a sequential scale for numbers, distinct colours for choices)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

CLASS = ("#f59322", "#0877bd", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
         "#7f7f7f", "#bcbd22", "#17becf")
# 16 layers get colours of their own (a deep stack's gradients side by side), then they repeat
LAYER = ("#2f6fd0", "#d07a1f", "#2e9d5b", "#b8336a", "#7a4fd0", "#138a8a", "#b8860b",
         "#5f6b78", "#d62728", "#8c564b", "#e377c2", "#17becf", "#9a9c1a", "#1f2328",
         "#8fb8de", "#f2a65a")
# A sequential scale, dark violet to orange (plasma without its last, pale yellow, which
# vanishes on the plots' white), and the grey of a run that has no value for the setting.
SCALE = ((13, 8, 135), (106, 0, 168), (177, 42, 144), (225, 100, 98), (252, 166, 54),
         (236, 200, 30))
MISSING = "#a8b0b8"
_LOW, _MID, _HIGH = np.array([245, 147, 34]), np.array([250, 250, 250]), np.array([8, 119, 189])


def class_color(index: int) -> str:
    return CLASS[index % len(CLASS)]


def layer_color(index: int) -> str:
    return LAYER[index % len(LAYER)]


def value_color(t: float) -> QColor:
    """0 -> orange, 0.5 -> white, 1 -> blue (the Playground's output colours)."""
    r, g, b = _diverging(np.clip(np.asarray([t], float), 0, 1))[0]
    return QColor(int(r), int(g), int(b))


def _diverging(t: np.ndarray) -> np.ndarray:
    t = t[:, None]
    low = _LOW + (_MID - _LOW) * np.clip(t * 2, 0, 1)
    high = _MID + (_HIGH - _MID) * np.clip(t * 2 - 1, 0, 1)
    return np.where(t < 0.5, low, high)


def diverging_lut(n: int = 256, fade: float = 0.55) -> np.ndarray:
    """A lookup table (n x 3, uint8) for the boundary heat map, faded towards white so the
    data points stay readable on top of it."""
    rgb = _diverging(np.linspace(0, 1, n))
    rgb = rgb + (255 - rgb) * (1 - fade)
    return rgb.astype(np.uint8)


def classes_lut(n_classes: int, fade: float = 0.55) -> np.ndarray:
    rgb = np.array([QColor(class_color(i)).getRgb()[:3] for i in range(n_classes)], float)
    rgb = rgb + (255 - rgb) * (1 - fade)
    return rgb.astype(np.uint8)


def density_lut(n: int = 256) -> np.ndarray:
    """White to deep blue, for distributions over time."""
    t = np.linspace(0, 1, n)[:, None] ** 0.6
    rgb = np.array([255, 255, 255]) + (np.array([20, 60, 140]) - 255) * t
    return rgb.astype(np.uint8)


def scale_color(t: float) -> str:
    """0 -> dark violet ... 1 -> orange-yellow, as '#rrggbb'."""
    t = min(max(float(t), 0.0), 1.0) * (len(SCALE) - 1)
    k = min(int(t), len(SCALE) - 2)
    low, high = np.array(SCALE[k], float), np.array(SCALE[k + 1], float)
    r, g, b = (low + (high - low) * (t - k)).round().astype(int)
    return f"#{r:02x}{g:02x}{b:02x}"


def swatch(color: str) -> QIcon:
    """A run's colour as a dot, ringed in white so that it shows on a selected row too."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(QPen(QColor("white"), 1.5))
    p.drawEllipse(QRectF(1.5, 1.5, 11, 11))
    p.end()
    icon = QIcon(pixmap)
    # Qt tints an icon's selected look with the highlight colour: a blue run vanished.
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon

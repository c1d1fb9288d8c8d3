"""Pieces of the training form: collapsible sections, an editor for a named choice with its own
settings (optimizer, schedule, loss), a whole number that may be left empty, and a small
curve."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFormLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.params import Param

from .. import catalog
from ..editors import NamedEditor, OptionalNumberEditor, ParamEditor, optional_number_editor
from .plotting import shrinkable


def card_painter(widget: QWidget) -> QPainter:
    """A painter on `widget`, which it has filled white with a thin grey border: the look of
    the form's small previews (a schedule's curve, a dataset)."""
    p = QPainter(widget)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(widget.rect(), QColor("#ffffff"))
    p.setPen(QColor("#dde1e6"))
    p.drawRect(widget.rect().adjusted(0, 0, -1, -1))
    return p


class Section(QWidget):
    """A titled group whose body folds away."""

    def __init__(self, title: str, open_: bool = True, parent=None):
        super().__init__(parent)
        self.header = QToolButton()
        self.header.setObjectName("sectionHeader")
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setChecked(open_)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.header.setAutoRaise(True)
        self.header.toggled.connect(self.set_open)
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(8, 0, 0, 6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        self.body.setVisible(open_)

    def set_open(self, open_: bool) -> None:
        self.header.setChecked(open_)
        self.header.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)


def OptionalIntEditor(param: Param, placeholder: str, parent=None) -> OptionalNumberEditor:
    """A whole number that may be left empty, with its own placeholder (the seed: empty means
    a new one each run); make_editor gives the same editor with the placeholder "none"."""
    return optional_number_editor(param, parent, placeholder)


class ConfigEditor(NamedEditor):
    """A choice from a registry plus the chosen entry's settings: {"name": ..., settings}.

    NamedEditor's combo box and option rows, checked by `validate(config)` (the canonical
    config, or ParamError) instead of a Param; `automatic` adds a first entry meaning "let the
    trainer choose" (the config is then None)."""

    visible_items = 14
    option_indent = 12

    def __init__(self, registry, validate, automatic: str | None = None, tooltip=None,
                 parent=None):
        super().__init__(None, parent, registry=registry, tooltip=tooltip, automatic=automatic)
        self.validate = validate
        shrinkable(self.combo)

    @property
    def config(self) -> dict | None:
        return self.value()

    @property
    def editors(self) -> dict[str, ParamEditor]:
        return self.option_editors

    def set_config(self, config: dict | None) -> None:
        """Show the model's config (never emits)."""
        self.set_value(config)

    def coerce(self, raw):
        return None if raw is None else self.validate(raw)

    def option_label(self, name: str) -> str:
        return catalog.designer(name.replace("_", " "))

    def _on_choice(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name is None:
            self.submit(None)
        elif not self.config or name != self.config["name"]:  # the same entry keeps its settings
            self.submit({"name": name})


class Sparkline(QWidget):
    """A small curve (the planned learning rate) with its first and last values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(54)
        self.setMaximumHeight(64)
        self._xs = self._ys = None  # (not x and y: QWidget's methods)
        self.log = False
        self.caption = ""

    def set_curve(self, x, y, log: bool = False, caption: str = "") -> None:
        self._xs, self._ys = np.asarray(x, float), np.asarray(y, float)
        self.log, self.caption = log, caption
        self.update()

    def paintEvent(self, event) -> None:
        p = card_painter(self)
        if self._xs is not None and len(self._xs) > 1:
            self._draw(p)
        p.end()

    def _draw(self, p: QPainter) -> None:
        y = np.log10(np.maximum(self._ys, 1e-12)) if self.log else self._ys
        lo, hi = float(y.min()), float(y.max())
        if math.isclose(lo, hi):
            lo, hi = lo - 1, hi + 1
        x0, x1 = float(self._xs[0]), float(self._xs[-1]) or 1.0
        left, top, w, h = 6, 16, self.width() - 12, self.height() - 22
        path = QPainterPath()
        for i, (xv, yv) in enumerate(zip(self._xs, y, strict=True)):
            pt = QPointF(left + (xv - x0) / (x1 - x0 or 1) * w, top + (hi - yv) / (hi - lo) * h)
            path.moveTo(pt) if i == 0 else path.lineTo(pt)
        p.setPen(QPen(QColor("#2f6fd0"), 1.6))
        p.drawPath(path)
        p.setPen(QColor("#5f6b78"))
        font = p.font()
        font.setPointSizeF(max(font.pointSizeF() - 1.5, 6))
        p.setFont(font)
        p.drawText(6, 12, self.caption)

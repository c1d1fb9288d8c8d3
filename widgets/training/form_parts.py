"""Pieces of the training form: collapsible sections, an editor for a named choice with its own
settings (optimizer, schedule, loss), a number that may be left empty, and a small curve."""
from __future__ import annotations

import math
import re

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.errors import ParamError
from designer.params import Param

from ..editors import OptionalNumberEditor, ParamEditor, format_number, make_editor
from ..i18n import tr
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
    """A whole number that may be left empty (the seed: empty means a new one each run)."""
    return OptionalNumberEditor(param, parent, placeholder, parse=int, show=str)


class NumberListEditor(ParamEditor):
    """A list of numbers typed as '0.5, 0.75' (schedule milestones, boundaries, values)."""

    def __init__(self, param: Param, parent=None):
        super().__init__(param, parent)
        self.edit = QLineEdit()
        self.edit.editingFinished.connect(self._on_edited)
        self._finish_row(self.edit)

    def input_widget(self):
        return self.edit

    def _show(self, value):
        self.edit.setText(", ".join(format_number(v) for v in (value or [])))

    def submit(self, raw) -> bool:
        if self._updating:
            return False
        if not isinstance(raw, list) or not raw or any(v < 0 for v in raw):
            message = tr("{0} must be numbers of at least 0, separated by commas").format(
                self.param.name)
            self._set_error(message)
            self.refused.emit(message)
            self.set_value(self._value)
            return False
        self._set_error(None)
        self._value = raw
        self.committed.emit(raw)
        return True

    def _on_edited(self):
        parts = [p for p in re.split(r"[,\s;]+", self.edit.text().strip("[]() ")) if p]
        try:
            self.submit([float(p) for p in parts])
        except ValueError:
            self.submit(None)


def editor_for(param: Param) -> ParamEditor:
    if param.kind == "shape":
        return NumberListEditor(param)
    if param.kind == "int" and param.optional:
        return OptionalIntEditor(param, tr("none"))
    return make_editor(param)


class ConfigEditor(QWidget):
    """A choice from a registry plus the chosen entry's settings: {"name": ..., settings}.

    `validate(config)` returns the canonical config or raises ParamError; `automatic` adds a
    first entry meaning "let the trainer choose" (the config is then None)."""

    committed = Signal(object)

    def __init__(self, registry, validate, automatic: str | None = None, tooltip=None,
                 parent=None):
        super().__init__(parent)
        self.registry, self.validate = registry, validate
        self.combo = QComboBox()
        self.combo.setMaxVisibleItems(14)
        shrinkable(self.combo)
        if automatic is not None:
            self.combo.addItem(automatic, None)
        for name in registry:
            self.combo.addItem(name, name)
            if tooltip is not None:
                self.combo.setItemData(self.combo.count() - 1, tooltip(name),
                                       Qt.ItemDataRole.ToolTipRole)
        self._tooltip = tooltip
        self.combo.activated.connect(self._on_choice)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.options = QWidget()
        self.options_form = QFormLayout(self.options)
        self.options_form.setContentsMargins(12, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.options)
        layout.addWidget(self.error)
        self.editors: dict[str, ParamEditor] = {}
        self.config: dict | None = None
        self._name = object()

    def set_config(self, config: dict | None) -> None:
        """Show the model's config (never emits)."""
        self.config = config
        name = config["name"] if config else None
        self.combo.setCurrentIndex(max(0, self.combo.findData(name)))
        if name is not None and self._tooltip is not None:
            self.combo.setToolTip(self._tooltip(name))
        if name != self._name:
            self._build(name)
        for key, editor in self.editors.items():
            editor.set_value(config.get(key, editor.param.default))
        self.error.hide()

    def _build(self, name) -> None:
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.editors = {}
        self._name = name
        params = self.registry.get(name).params if name is not None else ()
        for param in params:
            editor = editor_for(param)
            editor.committed.connect(lambda v, key=param.name: self._on_setting(key, v))
            self.options_form.addRow(param.name.replace("_", " "), editor)
            self.editors[param.name] = editor
        self.options.setVisible(bool(params))

    def _on_choice(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name is None:
            self._commit(None)
        elif not self.config or name != self.config["name"]:
            self._commit({"name": name})

    def _on_setting(self, key: str, value) -> None:
        self._commit({**(self.config or {}), key: value})

    def _commit(self, config) -> None:
        if config is not None:
            try:
                config = self.validate(config)
            except ParamError as e:
                self.error.setText(str(e))
                self.error.show()
                self.set_config(self.config)
                self.error.show()
                return
        self.error.hide()
        self.config = config
        self.committed.emit(config)


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
        for i, (xv, yv) in enumerate(zip(self._xs, y)):
            pt = QPointF(left + (xv - x0) / (x1 - x0 or 1) * w, top + (hi - yv) / (hi - lo) * h)
            path.moveTo(pt) if i == 0 else path.lineTo(pt)
        p.setPen(QPen(QColor("#2f6fd0"), 1.6))
        p.drawPath(path)
        p.setPen(QColor("#5f6b78"))
        font = p.font()
        font.setPointSizeF(max(font.pointSizeF() - 1.5, 6))
        p.setFont(font)
        p.drawText(6, 12, self.caption)

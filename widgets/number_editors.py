"""Editors of numbers: whole numbers and decimals in spin boxes, numbers that may be left
empty, shapes and sizes typed as '28, 28', and lists of decimals typed as '0.5, 0.75'."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QSpinBox

from designer.errors import ParamError
from designer.params import Param

from .i18n import tr
from .param_editor import ParamEditor, format_number

INT_LIMIT = 10 ** 9
FLOAT_LIMIT = 1e12
LOG_STEP = {"l1", "l2", "epsilon"}  # settings whose sensible values span decades

PRESETS = {
    "units": [(v, str(v)) for v in (1, 2, 4, 8, 10, 16, 32, 64, 128, 256, 512, 1024)],
    "filters": [(v, str(v)) for v in (4, 8, 16, 32, 64, 128)],
    "dropout": [(v, f"{v:g}") for v in (0.0, 0.1, 0.2, 0.25, 0.3, 0.5)],
    "rate": [(v, f"{v:g}") for v in (0.1, 0.2, 0.25, 0.3, 0.5)],
    "l1": [(v, f"{v:g}") for v in (0.0, 0.0001, 0.001, 0.01)],
    "l2": [(v, f"{v:g}") for v in (0.0, 0.0001, 0.001, 0.01)],
    "kernel_size": [(v, f"{v}\u00d7{v}") for v in (1, 3, 5, 7)],
    "pool_size": [(v, f"{v}\u00d7{v}") for v in (2, 3)],
}
SHAPE_PRESETS = [  # for an Input's shape: what the built-in data sets and the notes use
    ([2], QT_TRANSLATE_NOOP("", "2: points (XOR, AND, spiral)")),
    ([64], QT_TRANSLATE_NOOP("", "64: 8\u00d78 digits, flattened")),
    ([784], QT_TRANSLATE_NOOP("", "784: 28\u00d728 images, flattened")),
    ([28, 28], QT_TRANSLATE_NOOP("", "28\u00d728: an image (Flatten next)")),
    ([1, 8, 8], QT_TRANSLATE_NOOP("", "1\u00d78\u00d78: digits as an image (for Conv2D)")),
    ([1, 28, 28], QT_TRANSLATE_NOOP("", "1\u00d728\u00d728: an image (for Conv2D)")),
    ([3, 32, 32], QT_TRANSLATE_NOOP("", "3\u00d732\u00d732: a colour image")),
]


class IntSpin(QSpinBox):
    def __init__(self, param: Param):
        super().__init__()
        self.param = param

    def stepBy(self, steps: int) -> None:
        try:
            self.param.coerce(self.value() + steps * self.singleStep())
        except ParamError:
            return  # stepping stops at the edge of the allowed range
        super().stepBy(steps)


class IntEditor(ParamEditor):
    def __init__(self, param: Param, parent=None):
        super().__init__(param, parent)
        self.spin = IntSpin(param)
        # The schema's range is checked by submit(), which can say why a value is refused;
        # the spin box itself would reject out-of-range typing without a word.
        self.spin.setRange(-INT_LIMIT, INT_LIMIT)
        self.spin.setKeyboardTracking(False)
        self.spin.setAccelerated(True)
        self.spin.valueChanged.connect(self.submit)
        self._finish_row(self.spin, PRESETS.get(param.name))

    def input_widget(self):
        return self.spin

    def _show(self, value):
        self.spin.setValue(int(value) if isinstance(value, (int, float)) else 0)


class FloatSpin(QDoubleSpinBox):
    """A spin box that shows 0.001 and 1e-05 as typed, and steps by decades where that fits."""

    def __init__(self, param: Param):
        super().__init__()
        self.param = param
        self.setDecimals(12)
        self.setRange(-FLOAT_LIMIT, FLOAT_LIMIT)
        self.setKeyboardTracking(False)
        self.setSingleStep(0.05 if param.max is not None and param.max <= 1 else 0.1)

    def textFromValue(self, value: float) -> str:
        return format_number(value)

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        try:
            float(text)
            return QValidator.State.Acceptable
        except ValueError:
            if re.fullmatch(r"[-+]?[0-9]*\.?[0-9]*(e[-+]?)?", text.strip().lower()):
                return QValidator.State.Intermediate
            return QValidator.State.Invalid

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if self.param.name in LOG_STEP:
            if value <= 0:
                new = 1e-4 if steps > 0 else 0.0
            else:
                new = value * 10 ** steps
                new = float(f"{new:.3g}") if new >= 1e-8 else 0.0
        else:
            new = round(value + steps * self.singleStep(), 10)
        try:
            self.param.coerce(new)
        except ParamError:
            return  # stepping stops at the edge of the allowed range
        self.setValue(new)


class FloatEditor(ParamEditor):
    def __init__(self, param: Param, parent=None):
        super().__init__(param, parent)
        self.spin = FloatSpin(param)
        self.spin.valueChanged.connect(self.submit)
        self._finish_row(self.spin, PRESETS.get(param.name))

    def input_widget(self):
        return self.spin

    def _show(self, value):
        self.spin.setValue(float(value) if isinstance(value, (int, float)) else 0.0)


class OptionalNumberEditor(ParamEditor):
    """A number that may be left empty: 'no limit' for max_norm, 'a new one each run' for a
    seed. `parse` reads the text (float or int); what it cannot read goes to the schema, whose
    coerce says what is wrong."""

    def __init__(self, param: Param, parent=None, placeholder: str | None = None,
                 parse=float, show=format_number):
        super().__init__(param, parent)
        self.parse, self.format = parse, show
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder or tr("none"))
        self.edit.setClearButtonEnabled(True)
        self.edit.editingFinished.connect(self._on_edited)
        self._finish_row(self.edit)

    def input_widget(self):
        return self.edit

    def _show(self, value):
        self.edit.setText("" if value is None else self.format(value))

    def _on_edited(self):
        text = self.edit.text().strip()
        if not text:
            self.submit(None)
            return
        try:
            self.submit(self.parse(text))
        except ValueError:
            self.submit(text)


class ShapeEditor(ParamEditor):
    """Shapes and sizes typed as numbers: '28, 28', '1x28x28' or '3'."""

    def __init__(self, param: Param, parent=None):
        super().__init__(param, parent)
        self.edit = QLineEdit()
        if param.optional:
            self.edit.setPlaceholderText(tr("empty: same as the window"))
        self.edit.editingFinished.connect(self._on_edited)
        presets = None
        if param.kind == "shape":
            presets = [(v, tr(label)) for v, label in SHAPE_PRESETS]
        self._finish_row(self.edit, presets or PRESETS.get(param.name))

    def input_widget(self):
        return self.edit

    def _show(self, value):
        if value is None:
            self.edit.setText("")
        elif isinstance(value, (list, tuple)):
            self.edit.setText(", ".join(str(v) for v in value))
        else:
            self.edit.setText(str(value))

    def _on_edited(self):
        text = self.edit.text().strip()
        if not text:
            self.submit(None)
            return
        parts = _numbers_in(text, r"[,\s\u00d7xX*]+")
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            self.submit(text)  # coerce explains what is expected
            return
        if self.param.kind in ("size", "padding") and len(numbers) == 1:
            self.submit(numbers[0])
        else:
            self.submit(numbers)


def optional_number_editor(param: Param, parent=None,
                           placeholder: str | None = None) -> OptionalNumberEditor:
    """A whole number or a decimal, by the parameter's kind, that may be left empty."""
    if param.kind == "int":
        return OptionalNumberEditor(param, parent, placeholder, parse=int, show=str)
    return OptionalNumberEditor(param, parent, placeholder)


def _numbers_in(text: str, separators: str) -> list[str]:
    """The numbers of '[0.5, 0.75]' or '1x28x28' as text, brackets and separators dropped."""
    return [p for p in re.split(separators, text.strip().strip("[]() ")) if p]


class NumberListEditor(ParamEditor):
    """A list of numbers typed as '0.5, 0.75' (a schedule's milestones, boundaries, rates);
    what it accepts is the schema's to say (a "numbers" Param)."""

    def __init__(self, param: Param, parent=None):
        super().__init__(param, parent)
        self.edit = QLineEdit()
        self.edit.editingFinished.connect(self._on_edited)
        self._finish_row(self.edit)

    def input_widget(self):
        return self.edit

    def _show(self, value):
        self.edit.setText(", ".join(format_number(v) for v in (value or [])))

    def _on_edited(self):
        try:
            numbers = [float(p) for p in _numbers_in(self.edit.text(), r"[,\s;]+")]
        except ValueError:
            self.submit(self.edit.text())  # coerce explains what is expected
            return
        self.submit(numbers)

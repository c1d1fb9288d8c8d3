"""One editor per parameter kind, built from the parameter's schema (designer.params.Param).

Every editor checks its input with `Param.coerce` before it says anything: a value the schema
refuses never leaves the widget; the editor shows why under the field and returns to the
model's value. `committed` carries canonical values only; `set_value` (from the model) never
echoes back as a commit."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.activations import ACTIVATIONS
from designer.errors import ParamError
from designer.initializers import INITIALIZERS
from designer.params import Param, named_parts

from . import concepts, icons
from .i18n import tr

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



def format_number(value: float) -> str:
    return f"{value:.6g}"


class ParamEditor(QWidget):
    committed = Signal(object)  # a canonical value of the parameter
    refused = Signal(str)  # why the typed value was not taken

    def __init__(self, param: Param, parent=None):
        super().__init__(parent)
        self.param = param
        self._value = param.default
        self._updating = False
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.mixed = QLabel(tr("(differs)"))
        self.mixed.setObjectName("muted")
        self.mixed.setToolTip(tr("The selected layers have different values; a new value "
                                 "applies to all of them."))
        self.mixed.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(self.row)
        box.addWidget(self.error)
        self.setToolTip(concepts.param_tooltip(param))

    # -- to implement ----------------------------------------------------------------------
    def _show(self, value) -> None:
        raise NotImplementedError

    def input_widget(self) -> QWidget:
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------
    def value(self):
        return self._value

    def set_value(self, value) -> None:
        """Show the model's value (never emits `committed`)."""
        self._value = value
        self._updating = True
        try:
            self._show(value)
        finally:
            self._updating = False
        self._set_error(None)

    def set_mixed(self, mixed: bool) -> None:
        self.mixed.setVisible(mixed)

    def submit(self, raw) -> bool:
        """Check `raw` against the schema; commit it or show why not. True when committed."""
        if self._updating:
            return False
        try:
            value = self.param.coerce(raw)
        except ParamError as e:
            self._set_error(str(e))
            self.refused.emit(str(e))
            self._updating = True
            try:
                self._show(self._value)
            finally:
                self._updating = False
            return False
        self._set_error(None)
        self._value = value
        self.committed.emit(value)
        return True

    def _set_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        widget = self.input_widget()
        widget.setProperty("invalid", bool(text))
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _finish_row(self, widget: QWidget, presets=None) -> None:
        self.row.addWidget(widget, 1)
        self.row.addWidget(self.mixed)
        if presets:
            button = QToolButton()
            button.setText("\u25be")
            button.setToolTip(tr("Common values"))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
            menu = QMenu(button)
            for value, label in presets:
                action = QAction(label, menu)
                action.triggered.connect(lambda _=False, v=value: self.submit(v))
                menu.addAction(action)
            button.setMenu(menu)
            self.presets_button = button
            self.row.addWidget(button)


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


class BoolEditor(ParamEditor):
    def __init__(self, param: Param, parent=None):
        super().__init__(param, parent)
        self.check = QCheckBox()
        self.check.toggled.connect(self.submit)
        self._finish_row(self.check)

    def input_widget(self):
        return self.check

    def _show(self, value):
        self.check.setChecked(bool(value))


class ChoiceEditor(ParamEditor):
    def __init__(self, param: Param, parent=None):
        super().__init__(param, parent)
        self.combo = QComboBox()
        for choice in param.choices:
            self.combo.addItem(str(choice), choice)
        self.combo.activated.connect(lambda i: self.submit(self.combo.itemData(i)))
        self._finish_row(self.combo)

    def input_widget(self):
        return self.combo

    def _show(self, value):
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class NamedEditor(ParamEditor):
    """An activation or initializer: a combo box whose entries explain themselves, plus the
    chosen entry's own options (e.g. leaky_relu's alpha)."""

    def __init__(self, param: Param, parent=None):
        super().__init__(param, parent)
        registry = ACTIVATIONS if param.kind == "activation" else INITIALIZERS
        tooltip = concepts.activation_tooltip if param.kind == "activation" else \
            concepts.initializer_tooltip
        icon = icons.activation_icon if param.kind == "activation" else icons.initializer_icon
        self.registry = registry
        self.combo = QComboBox()
        self.combo.setMaxVisibleItems(16)
        for name in registry:
            self.combo.addItem(icon(name), name, name)
            self.combo.setItemData(self.combo.count() - 1, tooltip(name),
                                   Qt.ItemDataRole.ToolTipRole)
        self._tooltip = tooltip
        self.combo.activated.connect(lambda i: self.submit(self.combo.itemData(i)))
        self._finish_row(self.combo)
        self.options = QWidget()
        self.options_form = QFormLayout(self.options)
        self.options_form.setContentsMargins(16, 0, 0, 0)
        self.layout().insertWidget(1, self.options)
        self._option_editors: dict[str, ParamEditor] = {}

    def input_widget(self):
        return self.combo

    def _show(self, value):
        name, options = named_parts(value) if value is not None else ("", {})
        self.combo.setCurrentIndex(max(0, self.combo.findData(name)))
        if name in self.registry:
            self.combo.setToolTip(self._tooltip(name))
            self._build_options(name, options)

    def _build_options(self, name: str, options: dict) -> None:
        spec = self.registry.get(name)
        if [p.name for p in spec.params] != list(self._option_editors) or \
                getattr(self, "_options_of", None) != name:
            while self.options_form.rowCount():
                self.options_form.removeRow(0)
            self._option_editors = {}
            for option in spec.params:
                editor = make_editor(option)
                editor.committed.connect(lambda v, key=option.name: self._on_option(key, v))
                editor.refused.connect(self.refused)
                self.options_form.addRow(option.name, editor)
                self._option_editors[option.name] = editor
            self._options_of = name
        full = {p.name: options.get(p.name, p.default) for p in spec.params}
        for key, editor in self._option_editors.items():
            editor.set_value(full[key])
        self.options.setVisible(bool(spec.params))

    def _on_option(self, key: str, value) -> None:
        name, options = named_parts(self._value)
        self.submit({"name": name, **options, key: value})


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
        parts = [p for p in re.split(r"[,\s\u00d7xX*]+", text.strip("[]() ")) if p]
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            self.submit(text)  # coerce explains what is expected
            return
        if self.param.kind in ("size", "padding") and len(numbers) == 1:
            self.submit(numbers[0])
        else:
            self.submit(numbers)


def make_editor(param: Param, parent=None) -> ParamEditor:
    if param.kind == "int":
        return IntEditor(param, parent)
    if param.kind == "float":
        return OptionalNumberEditor(param, parent) if param.optional else FloatEditor(param,
                                                                                      parent)
    if param.kind == "bool":
        return BoolEditor(param, parent)
    if param.kind == "choice":
        return ChoiceEditor(param, parent)
    if param.kind in ("activation", "initializer"):
        return NamedEditor(param, parent)
    return ShapeEditor(param, parent)


__all__ = ["ParamEditor", "make_editor", "format_number"]

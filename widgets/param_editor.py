"""The base of every parameter editor (designer.params.Param): a row with the input, a
"(differs)" mark for a mixed selection, an optional menu of common values, and an error line.

Every editor checks its input with `coerce` (the parameter's `Param.coerce`) before it says
anything: a value the schema refuses never leaves the widget; the editor shows why under the
field and returns to the model's value. `committed` carries canonical values only; `set_value`
(from the model) never echoes back as a commit."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from designer.errors import ParamError
from designer.params import Param

from . import catalog, concepts
from .i18n import tr


def format_number(value: float) -> str:
    return f"{value:.6g}"


class ParamEditor(QWidget):
    """`param` is the schema; None for an editor that checks values with its own `coerce`."""

    committed = Signal(object)  # a canonical value of the parameter
    refused = Signal(str)  # why the typed value was not taken

    def __init__(self, param: Param | None, parent=None):
        super().__init__(parent)
        self.param = param
        self._value = None if param is None else param.default
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
        if param is not None:
            self.setToolTip(concepts.param_tooltip(param))

    # -- to implement ----------------------------------------------------------------------
    def _show(self, value) -> None:
        raise NotImplementedError

    def input_widget(self) -> QWidget:
        raise NotImplementedError

    def coerce(self, raw):
        """The canonical value of `raw`, or ParamError saying why there is none."""
        return self.param.coerce(raw)

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
            value = self.coerce(raw)
        except ParamError as e:
            why = catalog.message(str(e))  # in the interface's language
            self._set_error(why)
            self.refused.emit(why)
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

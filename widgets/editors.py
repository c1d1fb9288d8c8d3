"""One editor per parameter kind, built from the parameter's schema (designer.params.Param) by
`make_editor`, the one factory: the inspector, the training form and every option row use it.

The base (ParamEditor) is in param_editor.py, the number editors in number_editors.py; here are
the choices: true/false, one of a list, and a name from a registry with its own options."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from designer.activations import ACTIVATIONS
from designer.initializers import INITIALIZERS
from designer.params import Param, named_parts

from . import catalog, concepts, icons
from .number_editors import (
    FloatEditor,
    IntEditor,
    NumberListEditor,
    OptionalNumberEditor,
    ShapeEditor,
    optional_number_editor,
)
from .param_editor import ParamEditor, format_number


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
    """A name from a registry in a combo box whose entries explain themselves, plus the chosen
    entry's own options, each with its editor (leaky_relu's alpha). Values are a name or
    {"name": ..., options}. With no registry given, the parameter's kind names it (an
    activation or an initializer); ConfigEditor (the training form) builds on this one."""

    visible_items = 16
    option_indent = 16

    def __init__(self, param: Param | None, parent=None, registry=None, tooltip=None,
                 icon=None, automatic: str | None = None):
        super().__init__(param, parent)
        if registry is None:
            registry, tooltip, icon = _NAMED_KINDS[param.kind]
        self.registry, self._tooltip = registry, tooltip
        self.combo = QComboBox()
        self.combo.setMaxVisibleItems(self.visible_items)
        if automatic is not None:  # a first entry without a name: "let the trainer choose"
            self.combo.addItem(automatic, None)
        for name in registry:
            self.combo.addItem(name, name)
            if icon is not None:
                self.combo.setItemIcon(self.combo.count() - 1, icon(name))
            if tooltip is not None:
                self.combo.setItemData(self.combo.count() - 1, tooltip(name),
                                       Qt.ItemDataRole.ToolTipRole)
        self.combo.activated.connect(self._on_choice)
        self._finish_row(self.combo)
        self.options = QWidget()
        self.options_form = QFormLayout(self.options)
        self.options_form.setContentsMargins(self.option_indent, 0, 0, 0)
        self.layout().insertWidget(1, self.options)
        self.option_editors: dict[str, ParamEditor] = {}
        self._options_of = object()  # the entry whose options the form shows

    def input_widget(self):
        return self.combo

    def option_label(self, name: str) -> str:
        return catalog.designer(name.replace("_", " "))

    def _show(self, value):
        name, options = named_parts(value) if value is not None else (None, {})
        self.combo.setCurrentIndex(max(0, self.combo.findData(name)))
        known = name is not None and name in self.registry
        if known and self._tooltip is not None:
            self.combo.setToolTip(self._tooltip(name))
        self._build_options(name if known else None)
        for key, editor in self.option_editors.items():
            editor.set_value(options.get(key, editor.param.default))

    def _build_options(self, name: str | None) -> None:
        if name == self._options_of:
            return
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.option_editors, self._options_of = {}, name
        params = self.registry.get(name).params if name is not None else ()
        for option in params:
            editor = make_editor(option)
            editor.committed.connect(lambda v, key=option.name: self._on_option(key, v))
            editor.refused.connect(self.refused)
            self.options_form.addRow(self.option_label(option.name), editor)
            self.option_editors[option.name] = editor
        self.options.setVisible(bool(params))

    def _on_choice(self, index: int) -> None:
        self.submit(self.combo.itemData(index))

    def _on_option(self, key: str, value) -> None:
        name, options = named_parts(self._value)
        self.submit({"name": name, **options, key: value})


_NAMED_KINDS = {
    "activation": (ACTIVATIONS, concepts.activation_tooltip, icons.activation_icon),
    "initializer": (INITIALIZERS, concepts.initializer_tooltip, icons.initializer_icon),
}
_EDITORS = {  # by Param kind; an optional int or float has its own (empty means "none")
    "int": IntEditor, "float": FloatEditor, "bool": BoolEditor, "choice": ChoiceEditor,
    "shape": ShapeEditor, "target_shape": ShapeEditor, "size": ShapeEditor,
    "padding": ShapeEditor, "numbers": NumberListEditor, "activation": NamedEditor,
    "initializer": NamedEditor,
}


def make_editor(param: Param, parent=None) -> ParamEditor:
    """The editor for any parameter, by its kind."""
    if param.optional and param.kind in ("int", "float"):
        return optional_number_editor(param, parent)
    return _EDITORS[param.kind](param, parent)


__all__ = ["ParamEditor", "NamedEditor", "OptionalNumberEditor", "make_editor",
           "optional_number_editor", "format_number"]

"""The inspector: every setting of the selected layer (or of several selected layers of one
type) with the editor its schema calls for, the layer's output shape, parameter count and
problems, and for weight layers a preview of the initial weights."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from designer.layers import LAYERS, fmt

from . import catalog, concepts, icons
from .editors import ParamEditor, make_editor
from .i18n import tr
from .init_preview import InitializerPreview, weight_shape


def _label(text: str = "", name: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class Inspector(QScrollArea):
    message = Signal(str)

    def __init__(self, document, controller, parent=None):
        super().__init__(parent)
        self.document, self.controller = document, controller
        self.ids: list[str] = []
        self.type_name: str | None = None
        self.editors: dict[str, ParamEditor] = {}
        self.preview: InitializerPreview | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        document.changed.connect(self.refresh)
        document.reset.connect(self._on_reset)
        document.graphEvent.connect(self._on_graph_event)
        self.show_layers([])

    # -- which layers ----------------------------------------------------------------------
    def show_layers(self, ids: list[str]) -> None:
        graph = self.document.graph
        ids = [i for i in ids if i in graph]
        types = {graph.layer(i).type for i in ids}
        type_name = types.pop() if len(types) == 1 else None
        if type_name != self.type_name or not ids or self.type_name is None:
            self.type_name = type_name
            self.ids = ids
            self._build(ids, type_name)
        self.ids = ids
        self.refresh()

    def _build(self, ids, type_name) -> None:
        self.editors = {}
        self.preview = None
        page = QWidget()
        self.page_layout = QVBoxLayout(page)
        self.page_layout.setContentsMargins(10, 10, 10, 10)
        self.page_layout.setSpacing(8)
        if type_name is None:
            self._build_placeholder(ids)
        else:
            self._build_editors(type_name)
        self.page_layout.addStretch(1)
        self.setWidget(page)

    def _build_placeholder(self, ids) -> None:
        network = self.document.network
        if ids:
            text = tr("{0} layers of different types are selected. Select layers of one type "
                      "to change their settings together.").format(len(ids))
            self.page_layout.addWidget(_label(text, "muted"))
            return
        # an example's own name and description, in the interface's language
        self.page_layout.addWidget(_label(catalog.translate("examples", network.name),
                                          "inspectorTitle"))
        description = network.extra.get("description")
        if isinstance(description, str):
            self.page_layout.addWidget(_label(catalog.translate("examples", description)))
        self.page_layout.addWidget(_label(tr(
            "Select a layer on the canvas to see and change its settings. Drag from a layer's "
            "bottom port to another layer to connect them; drop a layer from the palette onto "
            "a connection to insert it there."), "muted"))

    def _build_editors(self, type_name: str) -> None:
        spec = LAYERS.get(type_name)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(icons.layer_pixmap(type_name, 28))
        head.addWidget(icon)
        self.title = _label(type_name, "inspectorTitle", wrap=False)
        head.addWidget(self.title, 1)
        self.page_layout.addLayout(head)
        description = _label(catalog.designer(spec.description), "muted")
        description.setToolTip(concepts.layer_tooltip(type_name))
        self.page_layout.addWidget(description)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setToolTip(tr("The layer's id: letters, digits, '_' or '-'. Weights and "
                                     "summaries use it."))
        self.name_edit.editingFinished.connect(self._on_rename)
        self.name_error = _label("", "fieldError")
        self.name_error.hide()
        name_box = QVBoxLayout()
        name_box.setSpacing(2)
        name_box.addWidget(self.name_edit)
        name_box.addWidget(self.name_error)
        form.addRow(tr("Name"), name_box)
        self.output_label = _label()
        form.addRow(tr("Output"), self.output_label)
        self.params_label = _label()
        form.addRow(tr("Parameters"), self.params_label)
        self.page_layout.addLayout(form)

        self.problem_box = QFrame()
        self.problem_box.setObjectName("problemBox")
        box = QVBoxLayout(self.problem_box)
        box.setContentsMargins(8, 6, 8, 6)
        self.problem_label = _label()
        self.problem_label.setStyleSheet("color: #b42323;")
        box.addWidget(self.problem_label)
        self.page_layout.addWidget(self.problem_box)

        if spec.params:
            header = _label(tr("Settings"), wrap=False)
            header.setStyleSheet("font-weight: bold; margin-top: 4px;")
            self.page_layout.addWidget(header)
        settings = QFormLayout()
        settings.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for param in spec.params:
            editor = make_editor(param)
            editor.committed.connect(lambda v, name=param.name: self._on_commit(name, v))
            editor.refused.connect(self.message)
            label = QLabel(catalog.label(param))
            label.setToolTip(concepts.param_tooltip(param))
            settings.addRow(label, editor)
            self.editors[param.name] = editor
            if param.name == "init" and type_name in ("Dense", "Conv2D"):
                self.preview = InitializerPreview()
                settings.addRow("", self.preview)
        self.page_layout.addLayout(settings)

    # -- model -> widgets ------------------------------------------------------------------
    def _on_reset(self) -> None:
        self.show_layers([])

    def _on_graph_event(self, event) -> None:
        if event.kind == "renamed":
            old, new = event.ids
            self.ids = [new if i == old else i for i in self.ids]

    def refresh(self) -> None:
        graph = self.document.graph
        if any(i not in graph for i in self.ids):
            self.show_layers([i for i in self.ids if i in graph])
            return
        if self.type_name is None or not self.ids:
            return
        layers = [graph.layer(i) for i in self.ids]
        analysis = graph.analysis
        first = layers[0]
        multi = len(layers) > 1
        self.name_edit.setEnabled(not multi)
        self.name_edit.setText(tr("{0} layers").format(len(layers)) if multi else first.id)
        self.title.setText(first.type if not multi else
                           tr("{0} \u00d7 {1}").format(len(layers), first.type))
        infos = [analysis.layers.get(layer.id) for layer in layers]
        shapes = {fmt(i.output_shape) if i and i.output_shape is not None else "?"
                  for i in infos}
        self.output_label.setText(", ".join(sorted(shapes)))
        self.params_label.setText(self._count_text(infos))
        problems = [f"{layer.id}: {catalog.message(p)}" if multi else catalog.message(p)
                    for layer, info in zip(layers, infos, strict=True)
                    for p in (info.problems if info else [])]
        self.problem_box.setVisible(bool(problems))
        self.problem_label.setText("\n".join("\u2022 " + p for p in problems))
        spec = LAYERS.get(self.type_name)
        for param in spec.params:
            values = [layer.params.get(param.name, param.default) for layer in layers]
            editor = self.editors[param.name]
            editor.set_value(values[0])
            editor.set_mixed(any(v != values[0] for v in values[1:]))
        if self.preview is not None:
            self._refresh_preview(first)

    @staticmethod
    def _count_text(infos) -> str:
        known = [i for i in infos if i is not None and i.output_shape is not None]
        if not known:
            return "?"
        total = sum(i.total for i in known)
        fixed = sum(i.non_trainable for i in known)
        text = f"{total:,}"
        if fixed:
            text += tr(" ({0:,} not trained)").format(fixed)
        return text

    def _refresh_preview(self, layer) -> None:
        graph = self.document.graph
        sources = graph.inputs_of(layer.id)
        info = graph.analysis.layers.get(sources[0]) if len(sources) == 1 else None
        shape = weight_shape(layer.type, layer.params, info.output_shape if info else None)
        missing = "" if not sources else tr(
            "The initial weights show here once this layer's problems are fixed.")
        init = layer.params.get("init", "glorot_uniform")
        try:
            self.preview.show_for(init, shape, missing)
        except (ValueError, TypeError, KeyError) as e:  # an invalid init is a listed problem
            self.preview.show_for(None, None, str(e))

    # -- widgets -> model ------------------------------------------------------------------
    def _on_commit(self, name: str, value) -> None:
        self.controller.set_param(list(self.ids), name, value)

    def _on_rename(self) -> None:
        if len(self.ids) != 1:
            return
        old, new = self.ids[0], self.name_edit.text().strip()
        problem = self.controller.rename_problem(old, new)
        self.name_error.setText(problem or "")
        self.name_error.setVisible(bool(problem))
        if problem:
            self.message.emit(tr("Cannot rename: {0}").format(problem))
            self.name_edit.setText(old)
            return
        if new != old and self.controller.rename(old, new):
            self.ids = [new]
            self.refresh()

"""The calls of Keras code that build and train models, read without running them:
Sequential([...]) and model.add(...), keras.Model(inputs, outputs), model.compile(...) and
model.fit(...), and the Keras model config (what `model.get_config()` writes) of the result.
Any call is dispatched here first: to a model's method, a layer, or a Keras function.
"""
from __future__ import annotations

import ast

from ..file_messages import keras_code as C
from .keras_code_args import COMPILE_ARGS, FIT_ARGS, MERGE_FUNCTIONS
from .keras_code_calls import LayerCalls
from .keras_code_expr import has_tensor
from .keras_code_values import (
    Layer,
    Model,
    Ref,
    Tensor,
    Unknown,
    keras_family,
    layer_dict,
    not_a_layer,
)

_OBJECT_FAMILIES = ("optimizers", "losses", "regularizers", "initializers", "constraints",
                    "callbacks")


class ModelCalls(LayerCalls):
    """Every call, and the models it builds (`models`, in the order they are made)."""

    def __init__(self, text: str):
        super().__init__(text)
        self.models: list[Model] = []

    def call(self, node: ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute):
            base = self.value(func.value)
            if isinstance(base, Model):
                return self.model_method(base, func.attr, node)
            callee = base.attr(func.attr) if isinstance(base, Ref) else self.unknown(func)
            if isinstance(base, Unknown) and base.detail:
                callee = base
        else:
            callee = self.value(func)
        args = [self.value(a) for a in node.args]
        kwargs = {}
        for kw in node.keywords:
            kwargs[kw.arg or "**"] = self.value(kw.value)
        if isinstance(callee, Layer):
            return self.call_layer(callee, args, kwargs, node)
        if isinstance(callee, Ref):
            family = keras_family(callee.path)
            if family:
                return self.keras_call(family, args, kwargs, node)
            if callee.path in ("tensorflow.random.set_seed", "tensorflow.set_random_seed"):
                return self.set_seed(args, kwargs)
            detail = C.COMES_FROM.format(self.segment(func), callee.path.rsplit(".", 1)[0])
            return self.result(node, args, kwargs, detail)
        if isinstance(callee, Model) and has_tensor(args):
            self.problem(node.lineno, C.MODEL_AS_LAYER.format(self.segment(node), callee.line))
            return Unknown(self.segment(node), node.lineno, reported=True)
        detail = callee.detail if isinstance(callee, Unknown) else ""
        return self.result(node, args, kwargs, detail)

    def keras_call(self, family: tuple[str, str], args, kwargs, node: ast.Call):
        kind, name = family
        if kind == "layers":
            if name == "Input":
                return self.make_input(args, kwargs, node)
            if name in MERGE_FUNCTIONS:
                return self.merge(name, args, kwargs, node)
            if name in ("Lambda", "Layer"):
                what = C.LAMBDA_LAYER if name == "Lambda" else C.BARE_LAYER
                self.problem(node.lineno, what.format(self.segment(node)))
                return Unknown(self.segment(node), node.lineno, reported=True)
            if name[:1].isupper():
                return self.make_layer(name, args, kwargs, node)
        elif kind == "models" and name in ("Sequential", "Model", "Functional"):
            return self.make_model(name, args, kwargs, node)
        elif kind in _OBJECT_FAMILIES:
            return self.make_object(kind, name, args, kwargs, node)
        elif kind == "utils" and name == "set_random_seed":
            return self.set_seed(args, kwargs)
        elif name == "clear_session":  # Keras starts its automatic names afresh
            self.counts.clear()
        return self.result(node, args, kwargs)

    def make_model(self, name: str, args, kwargs, node: ast.Call) -> Model | Unknown:
        line = node.lineno
        if name == "Sequential":
            params = self.params(("layers", "trainable", "name"), name, args, kwargs, line)
        else:
            params = self.params(("inputs", "outputs", "name"), name, args, kwargs, line)
        kind = "Sequential" if name == "Sequential" else "Functional"
        model_name = params.get("name")
        if not isinstance(model_name, str):
            model_name = self.auto_name(kind)
        model = Model(kind, model_name, line)
        if kind == "Sequential":
            layers = params.get("layers") or []
            if isinstance(layers, Unknown):
                if not layers.reported:
                    self.problem(line, C.LAYERS_AT_RUN_TIME.format(layers.text))
                layers = []
            for item in layers if isinstance(layers, (list, tuple)) else [layers]:
                self.add(model, item, line, self.segment(node))
        else:
            if "inputs" not in params or "outputs" not in params:
                self.problem(line, C.SUBCLASSED)
                return Unknown(self.segment(node), line, reported=True)
            model.inputs = self.tensors(params["inputs"], line, "inputs")
            model.outputs = self.tensors(params["outputs"], line, "outputs")
        self.models.append(model)
        return model

    def tensors(self, value, line: int, what: str) -> list[Tensor]:
        items = list(value) if isinstance(value, (list, tuple)) else [value]
        if isinstance(value, dict):
            items = list(value.values())
        good = [t for t in items if isinstance(t, Tensor)]
        for item in items:
            if isinstance(item, Unknown):
                if not item.reported:
                    self.problem(line, C.NOT_LAYER_OUTPUTS.format(what, item.text, item.line))
            elif not isinstance(item, Tensor):
                self.problem(line, C.NOT_TENSORS.format(what))
        if what == "inputs":
            for t in good:
                if t.layer.class_name != "InputLayer":
                    self.problem(line, C.NOT_AN_INPUT.format(t.layer.name))
        return good

    def model_method(self, model: Model, method: str, node: ast.Call):
        args = [self.value(a) for a in node.args]
        kwargs = {kw.arg or "**": self.value(kw.value) for kw in node.keywords}
        line = node.lineno
        if method == "add":
            if model.kind != "Sequential":
                self.problem(line, C.ADD_SEQUENTIAL)
            elif args:
                self.add(model, args[0], line, self.segment(node.args[0]))
        elif method == "pop" and model.kind == "Sequential":
            if model.layers:
                model.layers.pop().owner = None
        elif method == "build" and model.kind == "Sequential":
            shape = args[0] if args else kwargs.get("input_shape")
            batch = self.shape(shape, line, "build's input_shape")
            if batch and model.input is None:
                model.input = self.auto_input(batch, node)
        elif method == "compile":
            model.compile = (line, self.params(COMPILE_ARGS, "compile", args[:2], kwargs, line))
        elif method == "fit":
            model.fit = (line, self.params(FIT_ARGS, "fit", args, kwargs, line))
        return Unknown(self.segment(node), line)

    def add(self, model: Model, item, line: int, text: str) -> None:
        """One element of Sequential([...]) or one model.add(...)."""
        if isinstance(item, Tensor) and item.layer.class_name == "InputLayer":
            item = item.layer
        if not isinstance(item, Layer):
            if not (isinstance(item, Unknown) and item.reported):
                self.problems.append(not_a_layer(item, line, text))
            return
        if item.owner is not None or (item.inbound and item.class_name != "InputLayer"):
            self.problem(line, C.SHARED.format(item.name, item.line))
        elif item.class_name == "InputLayer":
            if model.input is not None or model.layers:
                self.problem(line, C.INPUT_FIRST)
            model.input = item
        else:
            if model.input is None and not model.layers and item.input_shape:
                model.input = self.auto_input(item.input_shape, None, item.line)
            item.owner = model
            model.layers.append(item)

    def auto_input(self, batch_shape: list, node, line: int | None = None) -> Layer:
        """The InputLayer Keras makes for input_shape=... or build(...)."""
        self.made += 1
        name = self.auto_name("InputLayer")
        return Layer("InputLayer", {"name": name, "batch_shape": batch_shape},
                     line or node.lineno, self.made, inbound=[])

    def model_config(self, model: Model) -> dict | None:
        if model.kind == "Sequential":
            if model.input is None:
                self.problem(model.line, C.NO_INPUT_SHAPE)
                return None
            layers = [model.input] + model.layers
            self.unique_names(layers)
            config = {"name": model.name, "layers": [layer_dict(x) for x in layers]}
            return {"module": "keras", "class_name": "Sequential", "config": config,
                    "registered_name": None}
        layers = self.reachable(model)
        self.unique_names(layers)
        return {"module": "keras", "class_name": "Functional", "registered_name": None,
                "config": {"name": model.name, "layers": [_functional_entry(x) for x in layers],
                           "input_layers": [[t.layer.name, 0, 0] for t in model.inputs],
                           "output_layers": [[t.layer.name, 0, 0] for t in model.outputs]}}

    def reachable(self, model: Model) -> list[Layer]:
        """The layers between the model's inputs and outputs, in the order they were made."""
        seen: dict[int, Layer] = {}
        stack = [t.layer for t in model.outputs]
        while stack:
            layer = stack.pop()
            if id(layer) not in seen:
                seen[id(layer)] = layer
                stack.extend(t.layer for t in layer.inbound or ())
        inputs = {id(t.layer) for t in model.inputs}
        for layer in seen.values():
            if layer.class_name == "InputLayer" and id(layer) not in inputs:
                self.problem(model.line, C.INPUT_NOT_LISTED.format(layer.name, layer.line))
        return sorted(seen.values(), key=lambda x: x.order)

    def unique_names(self, layers: list[Layer]) -> None:
        first: dict[str, Layer] = {}
        for layer in layers:
            if layer.name in first:
                self.problem(layer.line, C.SAME_NAME.format(layer.name, first[layer.name].line,
                                                            layer.line))
            first.setdefault(layer.name, layer)


def _functional_entry(layer: Layer) -> dict:
    """A layer of a Functional config, with its inputs in Keras 2's list form."""
    entry = layer_dict(layer)
    entry["name"] = layer.name
    nodes = [[[t.layer.name, 0, 0, {}] for t in layer.inbound]] if layer.inbound else []
    entry["inbound_nodes"] = nodes
    return entry

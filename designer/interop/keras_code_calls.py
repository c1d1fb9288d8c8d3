"""The calls of Keras code that make layers and objects, read without running them: a layer
class called with its arguments (its config, named automatically as Keras names it), Input and
InputLayer in any Keras version's words, a merge function, a layer called on tensors in the
Functional API, and optimizers, losses and other objects with their arguments.
"""
from __future__ import annotations

import ast
import re

from ..file_messages import keras_code as C
from .keras_code_args import (
    INPUT_ARGS,
    LAYER_ALIASES,
    LAYER_ARGS,
    MERGE_FUNCTION_ARGS,
    MERGE_FUNCTIONS,
    OBJECT_ALIASES,
    OBJECT_ARG_ALIASES,
    OBJECT_ARGS,
    OPTIMIZER_ARGS,
)
from .keras_code_expr import Expressions, has_reported, has_tensor, is_int
from .keras_code_values import BAD, KerasObject, Layer, Tensor, Unknown, config_value

_INPUT_KEYS = ("input_shape", "input_dim", "batch_input_shape", "batch_size")


class LayerCalls(Expressions):
    """Calls that make layers and Keras objects; `counts` gives Keras' automatic names (dense,
    dense_1, ...), `made` the creation order of layers."""

    def __init__(self, text: str):
        super().__init__(text)
        self.counts: dict[str, int] = {}
        self.made = 0
        self.seed: int | None = None

    def result(self, node: ast.Call, args, kwargs, detail: str = ""):
        """The result of a call that is no Keras call: unknown, and named if on tensors."""
        values = args + list(kwargs.values())
        if has_tensor(values):
            self.problem(node.lineno, C.TENSOR_OPERATION.format(self.segment(node)))
        reported = has_tensor(values) or has_reported(values)
        return Unknown(self.segment(node), node.lineno, detail, reported=reported)

    def set_seed(self, args, kwargs):
        seed = args[0] if args else kwargs.get("seed")
        if is_int(seed) and seed >= 0:
            self.seed = seed
        return None

    def params(self, names: tuple[str, ...], owner: str, args, kwargs, line: int) -> dict:
        """Arguments by name: positional ones take `names` in order."""
        if len(args) > len(names):
            self.problem(line, C.TOO_MANY_POSITIONAL.format(owner, len(args), len(names)))
        params = dict(zip(names, args, strict=False))  # extra ones were named above
        for key, value in kwargs.items():
            if key == "**":
                self.problem(line, C.UNPACKED.format(owner))
            elif key in params:
                self.problem(line, C.GIVEN_TWICE.format(owner, key))
            else:
                params[key] = value
        return params

    def make_layer(self, name: str, args, kwargs, node: ast.Call) -> Layer:
        cls = LAYER_ALIASES.get(name, name)
        params = self.params(LAYER_ARGS.get(cls, ()), cls, args, kwargs, node.lineno)
        if cls == "InputLayer":
            return self.input_layer(params, node)
        batch_shape = self.input_shape(params, cls, node.lineno)
        layer = self.new_layer(cls, params, node)
        layer.input_shape = batch_shape
        return layer

    def new_layer(self, cls: str, params: dict, node: ast.Call) -> Layer:
        name = params.pop("name", None)
        if name is None:
            name = self.auto_name(cls)
        elif not isinstance(name, str):
            self.problem(node.lineno, C.NAME_NOT_STRING.format(cls))
            name = self.auto_name(cls)
        config = {"name": name}
        for key, raw in params.items():
            value = config_value(raw, node.lineno, f"{cls}'s {key}", self.problems)
            if value is not BAD:
                config[key] = value
        self.made += 1
        return Layer(cls, config, node.lineno, self.made)

    def auto_name(self, cls: str) -> str:
        base = _snake_case(cls)
        n = self.counts.get(base, 0)
        self.counts[base] = n + 1
        return base if n == 0 else f"{base}_{n}"

    def input_shape(self, params: dict, owner: str, line: int) -> list | None:
        """The batch shape a first layer states (input_shape=, input_dim=,
        batch_input_shape=), removed from its arguments."""
        given = {k: params.pop(k) for k in _INPUT_KEYS if k in params}
        shape = None
        if "batch_input_shape" in given:
            shape = self.shape(given["batch_input_shape"], line, f"{owner}'s batch_input_shape")
        elif "input_shape" in given or "input_dim" in given:
            key = "input_shape" if "input_shape" in given else "input_dim"
            dims = self.shape(given[key], line, f"{owner}'s {key}")
            batch = given.get("batch_size")
            shape = None if dims is None else [batch if is_int(batch) else None] + dims
        return shape

    def shape(self, value, line: int, what: str) -> list | None:
        if is_int(value):
            return [value]
        if isinstance(value, (list, tuple)) and all(is_int(d) or d is None for d in value):
            return list(value)
        if config_value(value, line, what, self.problems) is not BAD:
            self.problem(line, C.NOT_A_SHAPE.format(what, value))
        return None

    def make_input(self, args, kwargs, node: ast.Call) -> Tensor | None:
        params = self.params(INPUT_ARGS, "Input", args, kwargs, node.lineno)
        layer = self.input_layer(params, node)
        layer.inbound = []
        return Tensor(layer)

    def input_layer(self, params: dict, node: ast.Call) -> Layer:
        """An InputLayer from Input(...) or InputLayer(...) in any Keras version's words."""
        line = node.lineno
        batch = params.pop("batch_shape", None) or params.pop("batch_input_shape", None)
        shape = params.pop("shape", None) or params.pop("input_shape", None)
        size = params.pop("batch_size", None)
        if batch is not None:
            batch_shape = self.shape(batch, line, C.THE_INPUT_BATCH_SHAPE)
        elif shape is not None:
            dims = self.shape(shape, line, C.THE_INPUT_SHAPE)
            batch_shape = None if dims is None else [size if is_int(size) else None] + dims
        else:
            self.problem(line, C.NO_SHAPE.format(self.segment(node)))
            batch_shape = None
        if "tensor" in params or "input_tensor" in params:
            self.problem(line, C.FROM_TENSOR)
        layer = self.new_layer("InputLayer", params, node)
        layer.config["batch_shape"] = batch_shape
        return layer

    def merge(self, function: str, args, kwargs, node: ast.Call):
        names = MERGE_FUNCTION_ARGS.get(function, ("inputs",))
        params = self.params(names, function, args, kwargs, node.lineno)
        inputs = params.pop("inputs", None)
        layer = self.new_layer(MERGE_FUNCTIONS[function], params, node)
        return self.call_layer(layer, [inputs], {}, node)

    def call_layer(self, layer: Layer, args, kwargs, node: ast.Call):
        """`layer(x)` or `layer([a, b])` in the Functional API: the layer's output."""
        x = args[0] if len(args) == 1 else None
        tensors = [x] if isinstance(x, Tensor) else list(x) if isinstance(
            x, (list, tuple)) else []
        if not tensors or not all(isinstance(t, Tensor) for t in tensors):
            return self.result(node, args, kwargs)  # a layer run on data, not model building
        line = node.lineno
        if layer.inbound is not None or layer.owner is not None:
            self.problem(line, C.SHARED.format(layer.name, layer.line))
            return Unknown(self.segment(node), line, reported=True)
        if kwargs or len(args) != 1:
            self.problem(line, C.CALL_ARGUMENTS.format(self.segment(node)))
        layer.inbound, layer.owner = tensors, "functional"
        return Tensor(layer)

    def make_object(self, family: str, name: str, args, kwargs, node: ast.Call) -> KerasObject:
        cls = OBJECT_ALIASES.get(family, {}).get(name, name)
        signature = _object_signature(family, cls)
        renames = OBJECT_ARG_ALIASES.get(cls, {})
        names = tuple(n for n, _ in signature or ())
        given = dict(zip(names, args, strict=False))  # positional ones fill names in order
        extra = list(args[len(names):]) if signature is not None else list(args)
        for key, value in kwargs.items():
            given[renames.get(key, key)] = value
        if family in OBJECT_ARGS and signature is not None:
            given = {**dict(signature), **given}  # complete, as Keras writes its configs
        return KerasObject(family, cls, given, node.lineno, self.segment(node), extra)


def _object_signature(family: str, cls: str):
    if family in OBJECT_ARGS:
        return OBJECT_ARGS[family].get(cls)
    from .keras_code_args import CALLBACK_ARGS, LOSS_ARGS

    tables = {"optimizers": OPTIMIZER_ARGS, "losses": LOSS_ARGS, "callbacks": CALLBACK_ARGS}
    return tables[family].get(cls)


def _snake_case(name: str) -> str:
    """Keras' automatic name stem: Dense -> dense, MaxPooling2D -> max_pooling2d."""
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()

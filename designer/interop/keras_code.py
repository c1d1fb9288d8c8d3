"""Keras code as the study notes and tutorials write it, read into a Network without running it.

The code is parsed with Python's `ast` and its top-level statements are followed in order:
imports (`tf.keras.`, `keras.`, `from keras.layers import Dense`...), constants
(`num_classes = 10`), `Sequential([...])` and `model.add(...)`, Functional calls
(`x = layers.Dense(64)(x)`, `keras.Model(inputs, outputs)`), then `model.compile(...)` and
`model.fit(...)`, which become the training settings. `keras_config_from_code` turns that into a
Keras model config (what `model.get_config()` would write), which keras_model.py maps to our
layers like any other Keras model.

What cannot be read is named with its line, all at once: a loop, an if, a function or a class
that builds layers, a custom layer, a value only the running code knows (`x_train.shape[1]`),
arithmetic on tensors. Statements that do not touch the model (data loading, plots, prints,
`model.summary()`, `model.evaluate(...)`) pass silently. Nothing is ever executed.
"""
from __future__ import annotations

import ast
import os
import re
from pathlib import Path

from ..network import Network
from .common import MAX_CODE_BYTES, InteropError, check_size, finish_import, refuse
from .keras_code_args import (
    COMPILE_ARGS,
    FIT_ARGS,
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
from .keras_code_expr import Expressions, arith, has_reported, has_tensor, is_int
from .keras_code_training import check_settings, training_settings
from .keras_code_values import (
    BAD,
    KerasObject,
    Layer,
    Model,
    Ref,
    Tensor,
    Unknown,
    config_value,
    keras_family,
    layer_dict,
    not_a_layer,
)

SOURCE_FORMAT = "Keras code"
_AUTO_MODEL_NAME = re.compile(r"(sequential|functional)(_\d+)?")
_COMPOUND = {ast.For: "a for loop", ast.AsyncFor: "a for loop", ast.While: "a while loop",
             ast.If: "an if statement", ast.Try: "a try statement", ast.Match: "a match statement"}
if hasattr(ast, "TryStar"):
    _COMPOUND[ast.TryStar] = "a try statement"
_OBJECT_FAMILIES = ("optimizers", "losses", "regularizers", "initializers", "constraints",
                    "callbacks")
_INPUT_KEYS = ("input_shape", "input_dim", "batch_input_shape", "batch_size")


def keras_config_from_code(text: str, where: str) -> tuple[dict, dict]:
    """(the Keras model config of the model the code builds, our training settings from its
    compile and fit). Raises InteropError naming every line that cannot be read."""
    return _Reader(text, where).read()


def network_from_keras_code(text: str, where: str, name: str | None = None) -> Network:
    """The Network that Keras code builds (pasted or from a file), with its training settings;
    `name` names it unless the model names itself (Sequential(name=...))."""
    from .keras_model import network_from_keras_config

    model_config, training = keras_config_from_code(text, where)
    auto = _AUTO_MODEL_NAME.fullmatch(model_config["config"]["name"])
    network = network_from_keras_config(model_config, where,
                                        name=name if auto and name else None)
    network.training = training or None
    return finish_import(network, where, SOURCE_FORMAT)


def load_keras_code(path: str | os.PathLike) -> Network:
    """A Network from a .py file of Keras code, named after the file unless the model names
    itself."""
    path = Path(path)
    check_size(path, "Keras code file", MAX_CODE_BYTES, expansion=50)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise InteropError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise InteropError(f"{path}: cannot be read ({e.strerror or e})") from None
    return network_from_keras_code(text, str(path), name=path.stem)


class _Reader(Expressions):
    def __init__(self, text: str, where: str):
        super().__init__(text)
        self.where = where
        self.counts: dict[str, int] = {}  # Keras' automatic names: dense, dense_1, ...
        self.models: list[Model] = []
        self.made = 0  # layers made so far (their creation order)
        self.seed: int | None = None

    # -- the whole file ----------------------------------------------------------------------
    def read(self) -> tuple[dict, dict]:
        try:
            tree = ast.parse(self.text)
        except SyntaxError as e:
            raise InteropError(f"{self.where}: line {e.lineno}: {e.msg} (this is not valid "
                               "Python, so it cannot be read)") from None
        except (ValueError, MemoryError, RecursionError) as e:
            raise InteropError(f"{self.where}: cannot be parsed as Python ({e})") from None
        try:
            self.block(tree.body)
            model = self.chosen_model()
            config = self.model_config(model) if model else None
        except RecursionError:
            raise InteropError(f"{self.where}: expressions nested too deeply to read") from None
        training = self.training(model) if model else {}
        refuse(self.where, sorted(self.problems, key=_line_of))
        return config, training

    def chosen_model(self) -> Model | None:
        """The model the code trains last (else compiles, else builds last)."""
        for attr in ("fit", "compile", None):
            found = [m for m in self.models if attr is None or getattr(m, attr)]
            if found:
                return found[-1]
        if not self.problems:
            self.problems.append("no Keras model is built here (Sequential([...]), "
                                 "model.add(...) or keras.Model(inputs, outputs))")
        return None

    def training(self, model: Model) -> dict:
        training = training_settings(model.compile, model.fit, self.problems)
        if self.seed is not None:
            training["seed"] = self.seed
        line = (model.fit or model.compile or (model.line,))[0]
        if not self.problems:
            check_settings(training, line, self.problems)
        return training

    # -- statements --------------------------------------------------------------------------
    def block(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            self.statement(stmt)

    def statement(self, s: ast.stmt) -> None:
        if isinstance(s, (ast.Import, ast.ImportFrom)):
            self.imports(s)
        elif isinstance(s, ast.Assign):
            value = self.value(s.value)
            for target in s.targets:
                self.assign(target, value, s)
        elif isinstance(s, ast.AnnAssign) and s.value is not None:
            self.assign(s.target, self.value(s.value), s)
        elif isinstance(s, ast.AugAssign):
            self.augmented(s)
        elif isinstance(s, ast.Expr):
            self.value(s.value)
        elif isinstance(s, ast.If) and _is_main_guard(s.test):
            self.block(s.body)  # what runs when the file is run as a script
        elif isinstance(s, (ast.With, ast.AsyncWith)):  # e.g. `with strategy.scope():`
            for item in s.items:
                self.value(item.context_expr)
                if item.optional_vars is not None:
                    self.assign(item.optional_vars, self.unknown(item.context_expr), s)
            self.block(s.body)
        elif isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            self.definition(s)
        elif isinstance(s, ast.Delete):
            for target in s.targets:
                if isinstance(target, ast.Name):
                    self.symbols.pop(target.id, None)
        elif type(s) in _COMPOUND:
            self.compound(s, _COMPOUND[type(s)])

    def imports(self, s: ast.Import | ast.ImportFrom) -> None:
        if isinstance(s, ast.Import):
            for alias in s.names:
                if alias.asname:
                    self.symbols[alias.asname] = Ref(alias.name)
                else:
                    root = alias.name.split(".")[0]
                    self.symbols[root] = Ref(root)
            return
        module = "." * s.level + (s.module or "")
        for alias in s.names:
            if alias.name == "*":
                self.star.append(module)
            else:
                self.symbols[alias.asname or alias.name] = Ref(f"{module}.{alias.name}")

    def assign(self, target: ast.expr, value, s: ast.stmt) -> None:
        if isinstance(target, ast.Name):
            self.symbols[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)):
            parts = value if isinstance(value, (list, tuple)) else None
            if parts is None or len(parts) != len(target.elts) or any(
                    isinstance(t, ast.Starred) for t in target.elts):
                parts = [self.unknown(s.value if hasattr(s, "value") else target)] * len(
                    target.elts)
            for t, v in zip(target.elts, parts):
                self.assign(t, v, s)
        elif isinstance(target, ast.Starred):
            self.assign(target.value, self.unknown(target), s)
        else:  # an attribute or an item: of the model, a change we cannot follow
            self.set_attribute(target, value, s)

    def set_attribute(self, target: ast.expr, value, s: ast.stmt) -> None:
        if isinstance(target, ast.Attribute) and target.attr == "trainable":
            owner = self.value(target.value)
            if isinstance(owner, Layer) and isinstance(value, bool):
                owner.config["trainable"] = value
                return
        root = target
        while isinstance(root, (ast.Attribute, ast.Subscript)):
            root = root.value
        bound = self.symbols.get(root.id) if isinstance(root, ast.Name) else None
        if isinstance(bound, (Model, Layer, Tensor)):
            self.problem(s.lineno, f"`{self.segment(target)} = ...` changes the model after "
                         "it is built; that cannot be read")
        elif isinstance(bound, (list, tuple, dict)):  # a constant changed in place
            self.symbols[root.id] = Unknown(root.id, s.lineno,
                                            f"{root.id} is changed at line {s.lineno}")

    def augmented(self, s: ast.AugAssign) -> None:
        if isinstance(s.target, ast.Name):
            current = self.lookup(s.target.id, s.target)
            result = arith(s.op, current, self.value(s.value))
            self.symbols[s.target.id] = self.unknown(s) if result is None else result
        else:
            self.set_attribute(s.target, None, s)

    def definition(self, s) -> None:
        kind = "class" if isinstance(s, ast.ClassDef) else "function"
        doing = self.builds(s)
        if doing and kind == "class":
            self.problem(s.lineno, f"the class {s.name} {doing}: a custom layer or model, "
                         "which cannot be imported")
        elif doing:
            self.problem(s.lineno, f"the function {s.name} {doing}; write the model at the "
                         "top level of the file (the code is read, not run, so functions "
                         "are not followed)")
        self.symbols[s.name] = Unknown(s.name, s.lineno,
                                       f"{s.name} is a {kind} defined at line {s.lineno}")

    def compound(self, s: ast.stmt, kind: str) -> None:
        doing = self.builds(s)
        if doing:
            self.problem(s.lineno, f"{kind} {doing}; write each step out at the top level "
                         "(the code is read, not run)")
        for node in ast.walk(s):  # whatever it sets is known only when it runs
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                self.symbols[node.id] = Unknown(node.id, s.lineno,
                                                f"{node.id} is set inside {kind} at line "
                                                f"{s.lineno}")

    # -- calls -------------------------------------------------------------------------------
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
            detail = f"{self.segment(func)} comes from {callee.path.rsplit('.', 1)[0]}"
            return self.result(node, args, kwargs, detail)
        if isinstance(callee, Model) and has_tensor(args):
            self.problem(node.lineno, f"`{self.segment(node)}` calls a whole model (line "
                         f"{callee.line}) as a layer; models inside models cannot be "
                         "imported")
            return Unknown(self.segment(node), node.lineno, reported=True)
        detail = callee.detail if isinstance(callee, Unknown) else ""
        return self.result(node, args, kwargs, detail)

    def result(self, node: ast.Call, args, kwargs, detail: str = ""):
        """The result of a call that is no Keras call: unknown, and named if on tensors."""
        values = args + list(kwargs.values())
        if has_tensor(values):
            self.problem(node.lineno, f"`{self.segment(node)}` is an operation on tensors, "
                         "not a Keras layer; it cannot be imported")
        reported = has_tensor(values) or has_reported(values)
        return Unknown(self.segment(node), node.lineno, detail, reported=reported)

    def keras_call(self, family: tuple[str, str], args, kwargs, node: ast.Call):
        kind, name = family
        if kind == "layers":
            if name == "Input":
                return self.make_input(args, kwargs, node)
            if name in MERGE_FUNCTIONS:
                return self.merge(name, args, kwargs, node)
            if name in ("Lambda", "Layer"):
                what = "a Lambda layer runs code" if name == "Lambda" else "a bare Layer"
                self.problem(node.lineno, f"{what} (`{self.segment(node)}`); it cannot be "
                             "imported")
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

    def set_seed(self, args, kwargs):
        seed = args[0] if args else kwargs.get("seed")
        if is_int(seed) and seed >= 0:
            self.seed = seed
        return None

    def params(self, names: tuple[str, ...], owner: str, args, kwargs, line: int) -> dict:
        """Arguments by name: positional ones take `names` in order."""
        if len(args) > len(names):
            self.problem(line, f"{owner} is given {len(args)} positional arguments; the "
                         f"meaning of the ones after {len(names)} is not known here, write "
                         "them as name=value")
        params = dict(zip(names, args))
        for key, value in kwargs.items():
            if key == "**":
                self.problem(line, f"{owner}(**...): arguments unpacked from a dict cannot be "
                             "read; write them as name=value")
            elif key in params:
                self.problem(line, f"{owner} is given {key} twice")
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
            self.problem(node.lineno, f"{cls}'s name must be a string")
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
            self.problem(line, f"{what} must be a shape like (28, 28, 1), given {value!r}")
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
            batch_shape = self.shape(batch, line, "the input's batch_shape")
        elif shape is not None:
            dims = self.shape(shape, line, "the input's shape")
            batch_shape = None if dims is None else [size if is_int(size) else None] + dims
        else:
            self.problem(line, f"`{self.segment(node)}` does not say its shape; write "
                         "shape=(...)")
            batch_shape = None
        if "tensor" in params or "input_tensor" in params:
            self.problem(line, "an input made from an existing tensor cannot be imported")
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
            self.problem(line, f"the layer '{layer.name}' (line {layer.line}) is used a "
                         "second time; shared layers cannot be imported")
            return Unknown(self.segment(node), line, reported=True)
        if kwargs or len(args) != 1:
            self.problem(line, f"`{self.segment(node)}`: a layer is called with its inputs "
                         "only here; other call arguments (training=, mask=) cannot be "
                         "imported")
        layer.inbound, layer.owner = tensors, "functional"
        return Tensor(layer)

    def make_object(self, family: str, name: str, args, kwargs, node: ast.Call) -> KerasObject:
        cls = OBJECT_ALIASES.get(family, {}).get(name, name)
        signature = _object_signature(family, cls)
        renames = OBJECT_ARG_ALIASES.get(cls, {})
        names = tuple(n for n, _ in signature or ())
        given = dict(zip(names, args))
        extra = list(args[len(names):]) if signature is not None else list(args)
        for key, value in kwargs.items():
            given[renames.get(key, key)] = value
        if family in OBJECT_ARGS and signature is not None:
            given = {**dict(signature), **given}  # complete, as Keras writes its configs
        return KerasObject(family, cls, given, node.lineno, self.segment(node), extra)

    # -- models ------------------------------------------------------------------------------
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
                    self.problem(line, f"the layers `{layers.text}` are only known when the "
                                 "code runs")
                layers = []
            for item in layers if isinstance(layers, (list, tuple)) else [layers]:
                self.add(model, item, line, self.segment(node))
        else:
            if "inputs" not in params or "outputs" not in params:
                self.problem(line, "a subclassed model or a Model without inputs and "
                             "outputs cannot be imported; write keras.Model(inputs, outputs)")
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
                    self.problem(line, f"the model's {what} `{item.text}` (line {item.line}) "
                                 "are not the output of Keras layers")
            elif not isinstance(item, Tensor):
                self.problem(line, f"the model's {what} must be Keras tensors")
        if what == "inputs":
            for t in good:
                if t.layer.class_name != "InputLayer":
                    self.problem(line, f"the model's input '{t.layer.name}' is not made by "
                                 "keras.Input(...)")
        return good

    def model_method(self, model: Model, method: str, node: ast.Call):
        args = [self.value(a) for a in node.args]
        kwargs = {kw.arg or "**": self.value(kw.value) for kw in node.keywords}
        line = node.lineno
        if method == "add":
            if model.kind != "Sequential":
                self.problem(line, "add() belongs to Sequential models")
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
            self.problem(line, f"the layer '{item.name}' (line {item.line}) is used a second "
                         "time; shared layers cannot be imported")
        elif item.class_name == "InputLayer":
            if model.input is not None or model.layers:
                self.problem(line, "an input can only come first in a Sequential model")
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

    # -- the config --------------------------------------------------------------------------
    def model_config(self, model: Model) -> dict | None:
        if model.kind == "Sequential":
            if model.input is None:
                self.problem(model.line, "the Sequential model never states its input "
                             "shape; give its first layer input_shape=(...) or begin with "
                             "keras.Input(shape=(...))")
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
                self.problem(model.line, f"the model's outputs need the input '{layer.name}' "
                             f"(line {layer.line}), which is not among its inputs")
        return sorted(seen.values(), key=lambda x: x.order)

    def unique_names(self, layers: list[Layer]) -> None:
        first: dict[str, Layer] = {}
        for layer in layers:
            if layer.name in first:
                self.problem(layer.line, f"two layers are named '{layer.name}' (lines "
                             f"{first[layer.name].line} and {layer.line})")
            first.setdefault(layer.name, layer)

def _line_of(problem: str) -> int:
    match = re.match(r"line (\d+)", problem)
    return int(match.group(1)) if match else 0


def _functional_entry(layer: Layer) -> dict:
    """A layer of a Functional config, with its inputs in Keras 2's list form."""
    entry = layer_dict(layer)
    entry["name"] = layer.name
    nodes = [[[t.layer.name, 0, 0, {}] for t in layer.inbound]] if layer.inbound else []
    entry["inbound_nodes"] = nodes
    return entry


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


def _is_main_guard(test: ast.expr) -> bool:
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = (test.left, test.comparators[0])
    return (any(isinstance(x, ast.Name) and x.id == "__name__" for x in sides)
            and any(isinstance(x, ast.Constant) and x.value == "__main__" for x in sides))

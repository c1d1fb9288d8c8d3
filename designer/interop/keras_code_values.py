"""What Keras code's expressions stand for when they are read without running them, and how a
value becomes part of a Keras layer config.

A name bound by an import is a `Ref` (a dotted path); a Keras call makes a `Layer`, a `Tensor`
(a layer's output, in the Functional API), a `Model` or a `KerasObject` (optimizer, loss,
regularizer, initializer, constraint, callback); literals and arithmetic on them stay Python
values. Anything else is `Unknown`: it is only known when the code runs, and it is named, with
its line, only where the model needs it (a layer's argument, compile or fit), so that data
loading and plotting around the model pass silently.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..file_messages import keras_code as C
from ..file_messages import network_files as F
from .keras_code_args import OBJECT_ARGS

# Where Keras lives under its several import paths; what follows is e.g. "layers.Dense".
_PREFIXES = ("tensorflow.python.keras.", "tensorflow.keras.", "tf_keras.", "keras.src.",
             "keras.")
# Names Keras exports at its top level, by the module they belong to.
_TOP = {"Sequential": "models", "Model": "models", "Input": "layers", "InputLayer": "layers"}


@dataclass(eq=False)
class Ref:
    """A name from an import, as its full dotted path ("tensorflow.keras.layers.Dense")."""
    path: str

    def attr(self, name: str) -> "Ref":
        return Ref(f"{self.path}.{name}")


@dataclass(eq=False)
class Unknown:
    """A value only the running code knows. `detail` says what made it when that helps (a
    class or function of the file, another module); `reported` when its line already is."""
    text: str
    line: int
    detail: str = ""
    reported: bool = False


@dataclass(eq=False)
class KerasObject:
    """An optimizer, loss, regularizer, initializer, constraint or callback: its class and
    arguments by name (`extra`: positional arguments whose names are not known here)."""
    family: str
    class_name: str
    args: dict
    line: int
    text: str
    extra: list = field(default_factory=list)


@dataclass(eq=False)
class Layer:
    class_name: str
    config: dict  # name first, then the arguments as Keras config values
    line: int
    order: int  # creation order: Keras' own order for a Functional model's layers
    input_shape: list | None = None  # batch shape from input_shape=/input_dim= (Sequential)
    inbound: list | None = None  # the tensors it was called on (Functional)
    owner: object = None  # the Sequential model that holds it, or "functional"

    @property
    def name(self) -> str:
        return self.config["name"]


@dataclass(eq=False)
class Tensor:
    layer: Layer


@dataclass(eq=False)
class Model:
    kind: str  # "Sequential" or "Functional"
    name: str
    line: int
    layers: list = field(default_factory=list)  # Sequential
    input: Layer | None = None  # Sequential: its InputLayer
    inputs: list = field(default_factory=list)  # Functional: tensors
    outputs: list = field(default_factory=list)
    compile: tuple | None = None  # (line, {argument: value})
    fit: tuple | None = None


BAD = object()  # a value that cannot go into a config (its problem is already recorded)


def keras_family(path: str) -> tuple[str, str] | None:
    """("layers", "Dense") for any spelling of keras.layers.Dense (tf.keras, keras.layers.core,
    tensorflow.python.keras...), ("activations", "relu") for tf.nn.relu; None outside Keras."""
    if path.startswith("tensorflow.nn."):
        return "activations", path.rsplit(".", 1)[1]
    for prefix in _PREFIXES:
        if path.startswith(prefix):
            parts = path[len(prefix):].split(".")
            if len(parts) == 1:
                return _TOP.get(parts[0], ""), parts[0]
            return parts[0], parts[-1]
    return None


def unknown_problem(u: Unknown, line: int, what: str) -> str:
    at = "" if u.line == line else C.AT_LINE.format(u.line)
    detail = C.DETAIL.format(u.detail) if u.detail else ""
    return F.LINE.format(line, C.ONLY_AT_RUN_TIME.format(what, u.text, at, detail))


def not_a_layer(value, line: int, text: str) -> str:
    """Why `value` (found where a layer belongs) is no Keras layer."""
    if isinstance(value, Unknown):
        at = "" if value.line == line else C.AT_LINE.format(value.line)
        if value.detail:
            return F.LINE.format(line, C.NOT_A_LAYER_DETAIL.format(value.text, at, value.detail))
        return F.LINE.format(line, C.NOT_A_LAYER_UNKNOWN.format(value.text, at))
    if isinstance(value, Model):
        return F.LINE.format(line, C.WHOLE_MODEL_AS_LAYER.format(text, value.line))
    return F.LINE.format(line, C.NOT_A_LAYER.format(text))


def layer_dict(layer: Layer) -> dict:
    return {"module": "keras.layers", "class_name": layer.class_name, "config": layer.config,
            "registered_name": None}


def object_dict(obj: KerasObject) -> dict:
    return {"module": f"keras.{obj.family}", "class_name": obj.class_name,
            "config": dict(obj.args), "registered_name": None}


def config_value(value, line: int, what: str, problems: list[str]):
    """`value` as Keras writes it in a layer config (tuples as lists, objects as
    {"class_name", "config"} dicts); BAD, with the reason in `problems`, when it has none."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        items = [config_value(v, line, what, problems) for v in value]
        return BAD if any(v is BAD for v in items) else items
    if isinstance(value, dict):
        items = {k: config_value(v, line, what, problems) for k, v in value.items()}
        return BAD if any(v is BAD for v in items.values()) else items
    return _keras_value(value, line, what, problems)


def _keras_value(value, line: int, what: str, problems: list[str]):
    """A Keras activation, object or unused layer given as an argument, as Keras writes it in
    a config; BAD, with the reason in `problems`, for anything else."""
    if isinstance(value, Ref):
        family = keras_family(value.path)
        if family and family[0] == "activations":
            return family[1]
    elif isinstance(value, KerasObject) and value.family in OBJECT_ARGS:
        if value.extra:
            problems.append(F.LINE.format(line, C.POSITIONAL_OF.format(what, value.class_name)))
            return BAD
        return object_dict(value)
    elif isinstance(value, Layer) and value.owner is None and value.inbound is None:
        value.owner = "argument"
        return layer_dict(value)
    elif isinstance(value, Unknown):
        if not value.reported:
            problems.append(unknown_problem(value, line, what))
        return BAD
    problems.append(F.LINE.format(line, C.CONFIG_CANNOT_HOLD.format(what, _kind(value))))
    return BAD


def plain_value(value, line: int, what: str, problems: list[str]):
    """A literal (number, string, bool, None, list of them) for compile and fit; else BAD."""
    if isinstance(value, (Ref, KerasObject, Layer)):
        problems.append(F.LINE.format(line, C.NOT_PLAIN.format(what, _kind(value))))
        return BAD
    return config_value(value, line, what, problems)


def _kind(value) -> str:
    if isinstance(value, Tensor):
        return C.OUTPUT_OF.format(value.layer.name)
    if isinstance(value, Layer):
        return C.THE_LAYER.format(value.name, value.line)
    if isinstance(value, Model):
        return C.A_MODEL.format(value.line)
    if isinstance(value, KerasObject):
        return C.AN_OBJECT.format(value.class_name, value.line)
    if isinstance(value, Ref):
        return f"`{value.path}`"
    return f"a {type(value).__name__}"

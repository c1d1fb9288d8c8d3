"""Keras' named settings -> ours: activations, initializers, kernel regularizers and the
MaxNorm constraint, given as strings ("he_normal", "l2") or as serialized Keras objects
({"class_name": "HeNormal", "config": {...}}, Keras 2.0's VarianceScaling dicts). Custom
(registered) objects are refused by name: their code is never run."""
from __future__ import annotations

from ..errors import ParamError
from ..file_messages import keras as K
from ..initializers import INITIALIZERS
from .keras_names import (
    INITIALIZER_OPTIONS,
    KERAS_ACTIVATIONS,
    KERAS_INITIALIZER_ALIASES,
    KERAS_INITIALIZER_CLASSES,
    KERAS_REGULARIZER_CLASSES,
    KERAS_REGULARIZER_STRINGS,
    variance_scaling_name,
)


class Unsupported(Exception):
    """Why one Keras layer (or one of its settings) cannot be imported, as a phrase."""


def is_custom(class_name, registered_name, module) -> bool:
    """True for an object Keras does not define itself (a registered or user class)."""
    if isinstance(registered_name, str) and registered_name not in (class_name, ""):
        return True
    return isinstance(module, str) and module.split(".")[0] not in ("keras", "tf_keras",
                                                                    "tensorflow")


def _object(value) -> tuple[str | None, dict]:
    """(class_name, config) of a serialized Keras object, refusing custom ones."""
    if not isinstance(value, dict) or not isinstance(value.get("class_name"), str):
        raise Unsupported(K.NOT_KERAS_OBJECT.format(value))
    cls = value["class_name"]
    if is_custom(cls, value.get("registered_name"), value.get("module")):
        raise Unsupported(K.CUSTOM_OBJECT.format(value.get("registered_name") or cls))
    config = value.get("config")
    return cls, config if isinstance(config, dict) else {}


def activation_value(value, keras2: bool = False):
    """Our activation for a Keras activation setting ('relu', None, a serialized function)."""
    if value is None:
        return "linear"
    if isinstance(value, dict):  # a serialized function: {"class_name": "function", ...}
        if value.get("class_name") != "function" or not isinstance(value.get("config"), str) \
                or is_custom("function", value.get("registered_name"), value.get("module")):
            raise Unsupported(K.CUSTOM_ACTIVATION.format(value.get("registered_name") or value))
        value = value["config"]
    if not isinstance(value, str):
        raise Unsupported(K.ACTIVATION_NOT_NAME.format(value))
    if keras2 and value == "hard_sigmoid":
        raise Unsupported(K.HARD_SIGMOID)
    if value not in KERAS_ACTIVATIONS:
        raise Unsupported(K.NO_SUCH_ACTIVATION.format(value))
    return KERAS_ACTIVATIONS[value]


def initializer_value(value, what: str = "initializer"):
    """Our initializer for a Keras one: a name ('he_normal', 'HeNormal') or a serialized object
    (a class, or Keras 2.0's VarianceScaling dict). None keeps our default."""
    if value is None:
        return None
    if isinstance(value, str):
        cls, config = value, {}
    else:
        cls, config = _object(value)
    if cls in ("VarianceScaling", "variance_scaling"):
        args = (number(config.get("scale", 1.0), "VarianceScaling scale"),
                config.get("mode", "fan_in"), config.get("distribution", "truncated_normal"))
        name = variance_scaling_name(*args)
        if name is None:
            raise Unsupported(K.VARIANCE_SCALING.format(what, *args))
        return name
    name = KERAS_INITIALIZER_CLASSES.get(cls) or KERAS_INITIALIZER_ALIASES.get(cls) or cls
    try:
        spec = INITIALIZERS.get(name)
    except ValueError:
        raise Unsupported(K.NO_SUCH_INITIALIZER.format(what, cls)) from None
    ours = {p.name for p in spec.params}
    options = {INITIALIZER_OPTIONS[k]: v for k, v in config.items()
               if k in INITIALIZER_OPTIONS and INITIALIZER_OPTIONS[k] in ours}
    try:
        options = spec.coerce_options(options, owner=what)
    except ParamError as e:
        raise Unsupported(str(e)) from None
    return {"name": spec.name, **options} if options else spec.name


def regularizer_values(value) -> tuple[float, float]:
    """(l1, l2) of a Keras kernel regularizer ('l2', {"class_name": "L2", ...}, None)."""
    if value is None:
        return 0.0, 0.0
    if isinstance(value, str):
        if value not in KERAS_REGULARIZER_STRINGS:
            raise Unsupported(K.REGULARIZER.format(repr(value)))
        return KERAS_REGULARIZER_STRINGS[value]
    cls, config = _object(value)
    if cls not in KERAS_REGULARIZER_CLASSES:
        raise Unsupported(K.REGULARIZER.format(cls))
    keys, defaults = KERAS_REGULARIZER_CLASSES[cls], KERAS_REGULARIZER_STRINGS[cls]
    l1, l2 = (number(config.get(k, d) or 0.0, f"{cls} {k}") if k in keys else 0.0
              for k, d in zip(("l1", "l2"), defaults, strict=True))
    return l1, l2


def max_norm_value(value, unit_axes: set[int], kernel_rank: int) -> float | None:
    """Our max_norm for a Keras kernel constraint. Ours bounds each unit's incoming weights,
    which is Keras' MaxNorm over `unit_axes` of its kernel (Dense {0}, Conv2D {0, 1, 2})."""
    if value is None:
        return None
    if isinstance(value, str):
        if value not in ("max_norm", "MaxNorm"):
            raise Unsupported(K.CONSTRAINT.format(repr(value)))
        cls, config = "MaxNorm", {}
    else:
        cls, config = _object(value)
    if cls not in ("MaxNorm", "max_norm"):
        raise Unsupported(K.CONSTRAINT.format(cls))
    axis = config.get("axis", 0)
    listed = axis if isinstance(axis, list) else [axis]
    if not all(isinstance(a, int) for a in listed):
        raise Unsupported(K.MAX_NORM_AXIS.format(axis))
    axes = {a % kernel_rank for a in listed}
    if axes != unit_axes:
        raise Unsupported(K.MAX_NORM_AXES.format(
            axis, sorted(unit_axes) if len(unit_axes) > 1 else 0))
    return number(config.get("max_value", 2.0), "MaxNorm max_value")


def number(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Unsupported(K.NOT_A_NUMBER.format(what, value))
    return float(value)

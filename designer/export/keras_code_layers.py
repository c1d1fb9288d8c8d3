"""Our layers as Keras 3 layers, for the Keras code export: each converter turns one layer of
ours into the Keras layers (constructor code) that compute the same thing, with the weights they
take in Keras' order and layouts.

Layouts: Keras images are channels-last, so our (C, H, W) tensors are (H, W, C) there. Every
other tensor keeps our layout: vectors, and (C, L) sequences, whose channel axis stays 1. A
layer Keras builds from several of its own (a PReLU activation, dropout after the activation,
an order-keeping Permute) names the extra ones "<id>_<what>".
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..activations import ACTIVATIONS
from ..conv_geometry import pool_strides, same_padding
from ..file_messages import export as E
from ..initializers import INITIALIZERS
from ..interop import keras_names as K
from ..params import named_parts, padding4, pair
from .onnx_export import ExportError

# (scale, mode) of Keras' VarianceScaling per stem of our names ("he" -> (2.0, "fan_in")).
_SCALING = {stem: key for key, stem in K.VARIANCE_SCALING.items()}


@dataclass
class Step:
    """One Keras layer: its name, constructor code and, when it has weights, how to get them
    (Keras' order and layouts) from a getter of ours ("core.weight" -> array)."""
    name: str
    code: str
    weights: Callable[[Callable[[str], np.ndarray]], list] | None = None
    comment: str = ""


@dataclass
class Spec:
    """What a converter knows of one layer of ours."""
    id: str
    type: str
    p: dict
    ins: list  # input shapes, ours
    out: tuple  # output shape, ours
    names: set  # Keras layer names taken so far

    def extra(self, what: str) -> str:
        name = f"{self.id}_{what}"
        while name in self.names:
            name += "_"
        self.names.add(name)
        return name


# -- small code makers ----------------------------------------------------------------------
def lit(value) -> str:
    """Code for a value: strings in double quotes, numbers and tuples as Python writes them."""
    return json.dumps(value) if isinstance(value, str) else repr(value)


def call_code(cls: str, args=(), kwargs: dict | None = None) -> str:
    parts = list(args) + [f"{k}={v}" for k, v in (kwargs or {}).items()]
    return f"{cls}({', '.join(parts)})"


def _size(value) -> str:
    """3 for a square size, (3, 5) otherwise."""
    h, w = pair(value)
    return lit(h if h == w else (h, w))


def keras_shape(shape) -> tuple:
    """Our shape as Keras holds it: images channels-last, the rest as they are."""
    shape = tuple(shape)
    return shape[1:] + shape[:1] if len(shape) == 3 else shape


def _channel_axis(rank: int) -> int:
    return -1 if rank in (1, 3) else 1


def _reordered(shape) -> bool:
    """Does Keras hold these values in another order than ours? (An image of one channel: no.)"""
    return len(shape) == 3 and shape[0] > 1


# -- activations, initializers, penalties -----------------------------------------------------
def _activation_name(s: Spec, name: str) -> str:
    keras_name = K.ACTIVATION_TO_KERAS.get(name)
    if keras_name is None:
        raise ExportError(E.NO_KERAS_ACTIVATION.format(s.id, lit(name)))
    return keras_name


def _prelu(s: Spec, name: str, key: str, trainable: bool = True) -> Step:
    """One learned slope per channel (per unit for vectors), as ours; ours start at 0.25."""
    rank, channels = len(s.out), s.out[0]
    kw = {"alpha_initializer": "initializers.Constant(0.25)"}
    if rank == 3:
        kw["shared_axes"], shape = "[1, 2]", (1, 1, channels)
    elif rank > 1:
        kw["shared_axes"] = lit(list(range(2, rank + 1)))
        shape = (channels,) + (1,) * (rank - 1)
    else:
        shape = (channels,)
    if not trainable:
        kw["trainable"] = "False"
    kw["name"] = lit(name)
    return Step(name, call_code("layers.PReLU", (), kw), lambda get: [get(key).reshape(shape)])


def _activation_layer(s: Spec, name: str, act: str, options: dict) -> Step:
    if act not in K.ACTIVATION_LAYERS:
        raise ExportError(E.NO_KERAS_ACTIVATION_OPTIONS.format(s.id, lit(act)))
    cls, args = K.ACTIVATION_LAYERS[act]
    full = ACTIVATIONS.get(act).options(options)
    kw = {args[k]: lit(v) for k, v in full.items()} | {"name": lit(name)}
    return Step(name, call_code(f"layers.{cls}", (), kw))


def _initializer(s: Spec, value) -> str:
    name, options = named_parts(value)
    if name == "identity" and s.type == "Conv2D":
        raise ExportError(E.IDENTITY_KERNEL.format(s.id))
    stem, _, kind = name.rpartition("_")
    if kind == "normal" and stem in _SCALING:
        # Keras' GlorotNormal/HeNormal/LecunNormal truncate; ours draw a plain normal.
        scale, mode = _SCALING[stem]
        return f'initializers.VarianceScaling({lit(scale)}, {lit(mode)}, "untruncated_normal")'
    spec = INITIALIZERS.get(name)
    kw = {K.INITIALIZER_OPTIONS[p.name]: lit(options.get(p.name, p.default))
          for p in spec.params}
    return call_code(f"initializers.{K.INITIALIZER_TO_KERAS[name]}", (), kw)


def _regularizer(l1: float, l2: float) -> str | None:
    """Ours and Keras' both add l1 * sum|w| + l2 * sum w^2 to the loss."""
    if l1 and l2:
        return f"regularizers.L1L2(l1={lit(l1)}, l2={lit(l2)})"
    if l1:
        return f"regularizers.L1({lit(l1)})"
    return f"regularizers.L2({lit(l2)})" if l2 else None


# -- converters: one per layer type -----------------------------------------------------------
def _weight_layer(s: Spec, cls: str, args: list, kw: dict, to_keras, unit_axes: str) -> list:
    """Dense and Conv2D: core op -> activation -> dropout, as ours."""
    p = s.p
    tail = _activation_steps(s, kw)
    _weight_options(s, kw, unit_axes)
    kw["name"] = lit(s.id)

    def weights(get):
        return [to_keras(get("core.weight"))] + ([get("core.bias")] if p["use_bias"] else [])

    steps = [Step(s.id, call_code(f"layers.{cls}", args, kw), weights)] + tail
    if p["dropout"] > 0:
        name = s.extra("dropout")
        steps.append(Step(name, f"layers.Dropout({lit(p['dropout'])}, name={lit(name)})"))
    return steps


def _activation_steps(s: Spec, kw: dict) -> list:
    """The layer's activation: Keras' activation argument (set in `kw`) where one says it,
    else the layers after it (PReLU, an activation with options)."""
    act, options = named_parts(s.p["activation"])
    if act == "prelu":
        return [_prelu(s, s.extra("prelu"), "act.weight", s.p["trainable"])]
    if options:
        return [_activation_layer(s, s.extra(act), act, options)]
    if act != "linear":
        kw["activation"] = lit(_activation_name(s, act))
    return []


def _weight_options(s: Spec, kw: dict, unit_axes: str) -> None:
    """Keras' arguments for our bias, initializers, penalties, max_norm and trainable."""
    p = s.p
    if not p["use_bias"]:
        kw["use_bias"] = "False"
    if p["init"] != "glorot_uniform":
        kw["kernel_initializer"] = _initializer(s, p["init"])
    if p["use_bias"] and p["bias_init"] != "zeros":
        kw["bias_initializer"] = _initializer(s, p["bias_init"])
    if reg := _regularizer(p["l1"], p["l2"]):
        kw["kernel_regularizer"] = reg
    if p["max_norm"] is not None:  # ours renorms each output unit's incoming weights
        kw["kernel_constraint"] = f"constraints.MaxNorm({lit(p['max_norm'])}, axis={unit_axes})"
    if not p["trainable"]:
        kw["trainable"] = "False"


def _dense(s: Spec) -> list:
    return _weight_layer(s, "Dense", [str(s.p["units"])], {}, lambda w: w.T, "0")


def _conv(s: Spec) -> list:
    p = s.p
    kw = {"kernel_size": _size(p["kernel_size"])}
    if pair(p["strides"]) != (1, 1):
        kw["strides"] = _size(p["strides"])
    if p["padding"] != "valid":
        kw["padding"] = lit(p["padding"])
    return _weight_layer(s, "Conv2D", [str(p["filters"])], kw,
                         lambda w: w.transpose(2, 3, 1, 0), "[0, 1, 2]")


def _activation(s: Spec) -> list:
    act, options = named_parts(s.p["activation"])
    if act == "prelu":
        return [_prelu(s, s.id, "weight")]
    if options:
        return [_activation_layer(s, s.id, act, options)]
    if act == "softmax" and _channel_axis(len(s.out)) != -1:  # ours: over the channels
        return [Step(s.id, f"layers.Softmax(axis=1, name={lit(s.id)})")]
    return [Step(s.id, f"layers.Activation({lit(_activation_name(s, act))}, name={lit(s.id)})")]


def _to_channels_first(s: Spec, shape) -> list:
    if not _reordered(shape):
        return []
    name = s.extra("channels_first")
    return [Step(name, f"layers.Permute((3, 1, 2), name={lit(name)})",
                 comment="Keras holds images (H, W, C), ours are (C, H, W): channels first "
                         "again keeps our order of values, so the weights after it are ours "
                         "as they are")]


def _flatten(s: Spec) -> list:
    return _to_channels_first(s, s.ins[0]) + [Step(s.id, f"layers.Flatten(name={lit(s.id)})")]


def _reshape(s: Spec) -> list:
    """Ours fills the target in (C, H, W) order; so does Keras, then the image goes
    channels-last (one channel: both layouts are the same)."""
    steps = _to_channels_first(s, s.ins[0])
    target = tuple(s.out) if _reordered(s.out) else keras_shape(s.out)
    steps.append(Step(s.id, f"layers.Reshape({lit(target)}, name={lit(s.id)})"))
    if _reordered(s.out):
        name = s.extra("channels_last")
        steps.append(Step(name, f"layers.Permute((2, 3, 1), name={lit(name)})"))
    return steps


def _pool(s: Spec) -> list:
    cls = "MaxPooling2D" if s.type == "MaxPool2D" else "AveragePooling2D"
    kernel, strides = pair(s.p["pool_size"]), pool_strides(s.p)
    kw = {"pool_size": _size(s.p["pool_size"])}
    if strides != kernel:
        kw["strides"] = _size(list(strides))
    left, right, top, bottom = same_padding(s.ins[0][1:], kernel, strides)
    # Max pooling needs no care there: a repeated edge value never beats the edge itself.
    if s.type == "AvgPool2D" and s.p["padding"] == "same" \
            and (left, top) != (right, bottom) and max(kernel) > 2:
        return _uneven_average(s, kw, kernel, strides, ((top, bottom), (left, right)))
    if s.p["padding"] != "valid":
        kw["padding"] = lit(s.p["padding"])
    kw["name"] = lit(s.id)
    return [Step(s.id, call_code(f"layers.{cls}", (), kw))]


def _uneven_average(s: Spec, kw: dict, kernel, strides, pads) -> list:
    """'same' average pooling with more padding after than before: Keras' torch backend pads
    by repeating the edge and averages the copies; ours (and Keras on TensorFlow) leaves the
    padded cells out. Zero padding, then scaling each window by cells / real cells, is ours on
    every backend."""
    pad, scale = s.extra("pad"), s.extra("scale")
    size = tuple(s.ins[0][1:])
    args = f"{lit(size)}, {lit(kernel)}, {lit(strides)}, {lit(pads)}"
    return [
        Step(pad, f"layers.ZeroPadding2D({lit(pads)}, name={lit(pad)})",
             comment="'same' padding, uneven: zeros, then each average rescaled to its real "
                     "cells (Keras' torch backend would average repeated edge values)"),
        Step(s.id, call_code("layers.AveragePooling2D", (), kw | {"name": lit(s.id)})),
        Step(scale, f"layers.Rescaling(average_scale({args}), name={lit(scale)})"),
    ]


def _zero_padding(s: Spec) -> list:
    """Keras takes ((top, bottom), (left, right)), or a shorter form when it is symmetric."""
    top, bottom, left, right = padding4(s.p["padding"])
    if top == bottom and left == right:
        pads = top if top == left else (top, left)
    else:
        pads = ((top, bottom), (left, right))
    return [Step(s.id, f"layers.ZeroPadding2D({lit(pads)}, name={lit(s.id)})")]


def _global_pool(s: Spec) -> list:
    cls = "GlobalAveragePooling2D" if s.type == "GlobalAvgPool2D" else "GlobalMaxPooling2D"
    return [Step(s.id, f"layers.{cls}(name={lit(s.id)})")]


def _norm_options(s: Spec, kw: dict, momentum: bool) -> dict:
    if momentum and s.p["momentum"] != 0.99:
        kw["momentum"] = lit(s.p["momentum"])
    if s.p["epsilon"] != 1e-3:
        kw["epsilon"] = lit(s.p["epsilon"])
    if not s.p["trainable"]:
        kw["trainable"] = "False"
    kw["name"] = lit(s.id)
    return kw


def _batch_norm(s: Spec) -> list:
    """Our momentum is Keras' (the weight of the old statistic)."""
    axis = _channel_axis(len(s.out))
    kw = _norm_options(s, {} if axis == -1 else {"axis": str(axis)}, True)
    return [Step(s.id, call_code("layers.BatchNormalization", (), kw),
                 lambda get: [get("weight"), get("bias"), get("running_mean"),
                              get("running_var")])]


def _layer_norm(s: Spec) -> list:
    """Ours normalizes each sample over all its values, with one scale and offset per feature
    of a vector or channel of an image: Keras' LayerNormalization for vectors, and for the rest
    GroupNormalization with one group (LayerNormalization over every axis would learn one scale
    per value)."""
    weights = lambda get: [get("weight"), get("bias")]  # noqa: E731
    if len(s.out) == 1:
        return [Step(s.id, call_code("layers.LayerNormalization", (), _norm_options(s, {}, False)),
                     weights)]
    kw = _norm_options(s, {"groups": "1", "axis": str(_channel_axis(len(s.out)))}, False)
    return [Step(s.id, call_code("layers.GroupNormalization", (), kw), weights)]


def _concatenate(s: Spec) -> list:
    rank = len(s.out)
    axis = s.p["axis"] % rank
    keras_axis = (3, 1, 2)[axis] if rank == 3 else axis + 1
    return [Step(s.id, f"layers.Concatenate(axis={keras_axis}, name={lit(s.id)})")]


CONVERTERS = {
    "Dense": _dense, "Conv2D": _conv, "Activation": _activation, "Flatten": _flatten,
    "Reshape": _reshape, "MaxPool2D": _pool, "AvgPool2D": _pool,
    "GlobalAvgPool2D": _global_pool, "GlobalMaxPool2D": _global_pool,
    "ZeroPadding2D": _zero_padding, "BatchNorm": _batch_norm, "LayerNorm": _layer_norm,
    "Concatenate": _concatenate,
    "Dropout": lambda s: [Step(s.id, f"layers.Dropout({lit(s.p['rate'])}, name={lit(s.id)})")],
    "Add": lambda s: [Step(s.id, f"layers.Add(name={lit(s.id)})")],
}


# Helper code a script needs when a converter uses average_scale().
AVERAGE_SCALE = '''

def average_scale(size, pool_size, strides, pads):
    """Window cells / real cells for each output of a zero-padded average pooling, shaped to
    scale its (height, width, channels) output."""
    factors = []
    for n, k, step, (before, after) in zip(size, pool_size, strides, pads):
        starts = np.arange(0, n + before + after - k + 1, step) - before
        factors.append(k / (np.minimum(starts + k, n) - np.maximum(starts, 0)))
    return np.outer(*factors)[:, :, None].astype("float32")
'''

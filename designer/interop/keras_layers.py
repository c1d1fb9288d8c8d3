"""One Keras layer -> one Network Designer layer: its type and parameters, the order in which
it passes its values on, and how its Keras weights become ours.

Shared by the Keras model importer (keras_model) and the Keras code importer (keras_code).
Keras images are channels-last (H, W, C), ours channels-first (C, H, W). A flat vector made
from an image therefore lists its values in another order than Keras' (`Tensor.perm`); the
layers after it (a Dense's kernel rows, a BatchNorm's statistics) are reordered to match, so
an imported network predicts what the Keras model predicts.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..errors import ParamError
from ..layers import LAYERS
from ..layers.conv import same_padding
from ..params import padding4, pair
from .keras_names import KERAS_LAYER_CLASSES, KERAS_LEAKY_RELU_LAYER_SLOPE, KERAS_PART_CLASSES
from .keras_settings import (
    Unsupported,
    activation_value,
    initializer_value,
    is_custom,
    max_norm_value,
    regularizer_values,
)

NESTED_MODELS = ("Sequential", "Functional", "Model")
# What reading a setting of the wrong type raises (a list where Keras writes a number, ...).
MALFORMED = (TypeError, ValueError, AttributeError, IndexError, KeyError)


@dataclass(eq=False)
class Tensor:
    """What flows out of a layer, seen from our side."""
    shape: tuple[int, ...]  # ours, without the batch axis (images channels-first)
    perm: np.ndarray | None = None  # flat vectors only: our value i is Keras' value perm[i]

    @property
    def rank(self) -> int:
        return len(self.shape)

    @property
    def keras_shape(self) -> tuple[int, ...]:
        return (*self.shape[1:], self.shape[0]) if self.rank == 3 else self.shape

    def order(self) -> np.ndarray:
        """Our values in memory order, as indices into Keras' values in memory order."""
        if self.rank == 3:
            return image_order(self.shape)
        return self.perm if self.perm is not None else np.arange(math.prod(self.shape))


def image_order(shape) -> np.ndarray:
    """For a (C, H, W) image: which Keras (H, W, C) value each of ours is, flattened."""
    c, h, w = shape
    return np.arange(h * w * c).reshape(h, w, c).transpose(2, 0, 1).ravel()


def _perm_or_none(order: np.ndarray) -> np.ndarray | None:
    return None if np.array_equal(order, np.arange(order.size)) else order


@dataclass(eq=False)
class Ours:
    """What a Keras layer becomes."""
    type: str
    params: dict
    perm: np.ndarray | None = None  # the order of its output, when that is a flat vector
    # Keras' weight arrays (in Keras' order) -> our state-dict entries, without the layer id.
    weights: Callable[[list[np.ndarray]], dict[str, np.ndarray]] | None = None


def map_layer(class_name: str, config: dict, inputs: list[Tensor] | None = None,
              keras2: bool = False, registered_name: str | None = None,
              module: str | None = None, parts: dict | None = None) -> Ours:
    """Our layer for one Keras layer, or Unsupported naming everything that stands in the way.

    `inputs` are the tensors feeding it (our shapes); the settings that depend on them (a
    Concatenate's axis, a Reshape's order, a Dense's weights) are only checked when given.
    `keras2`: the config was written by Keras 2 (its hard_sigmoid differs from ours).
    `parts`: what keras_model folded into it of the Keras layers our export writes around
    one of ours: "permuted_in" (a Permute((3, 1, 2)) before a Flatten or Reshape),
    "permuted_out" (a Permute((2, 3, 1)) after a Reshape), "pad" and "scale" (the configs of
    the ZeroPadding2D before and the Rescaling after an AveragePooling2D)."""
    if is_custom(class_name, registered_name, module):
        raise Unsupported(f"a custom class ({registered_name or module}); its code is never run")
    if class_name in NESTED_MODELS:
        raise Unsupported("a model nested inside the model; rebuild it as one flat network")
    if class_name == "Lambda":
        raise Unsupported("a Lambda layer holds Python code, which is never run")
    if class_name not in KERAS_LAYER_CLASSES and class_name not in KERAS_PART_CLASSES:
        raise Unsupported(f"Network Designer has no layer like Keras' {class_name}")
    if not isinstance(config, dict):
        raise Unsupported("its config is not an object")
    ctx = _Context(config, inputs, keras2, parts or {})
    try:
        ours = _MAPPERS[class_name](ctx)
    except MALFORMED as e:  # a hand-written or damaged config: say so, never crash
        raise Unsupported(f"a setting holds a value Keras does not write ({e})") from None
    if ctx.why:
        raise Unsupported("; ".join(ctx.why))
    return ours


class _Context:
    """One layer's config, its inputs, and the problems found so far."""

    def __init__(self, config: dict, inputs: list[Tensor] | None, keras2: bool, parts: dict):
        self.config, self.inputs, self.keras2, self.parts = config, inputs, keras2, parts
        self.why: list[str] = []

    def get(self, key, default=None):
        value = self.config.get(key, default)
        return default if value is None else value

    @property
    def input(self) -> Tensor | None:
        return self.inputs[0] if self.inputs else None

    def attempt(self, fn, *args, default=None):
        """fn(*args), or `default` with its reason noted."""
        try:
            return fn(*args)
        except Unsupported as e:
            self.why.append(str(e))
            return default

    def refuse_set(self, *keys: str, why: str) -> None:
        for key in keys:
            if self.config.get(key) not in (None, [], {}):
                self.why.append(f"{key} is set ({why})")

    def channels_last(self) -> None:
        fmt = self.config.get("data_format")
        if fmt not in (None, "channels_last"):
            self.why.append(f"data_format {fmt!r}: only channels_last images are read")


# -- weights --------------------------------------------------------------------------------
def _take(arrays: list[np.ndarray], expected: list[tuple[str, tuple]]) -> list[np.ndarray]:
    """The arrays, checked against the (name, shape) pairs Keras writes for this layer."""
    shapes = [tuple(np.shape(a)) for a in arrays]
    if shapes != [s for _, s in expected]:
        want = ", ".join(f"{n} {s}" for n, s in expected)
        got = ", ".join(map(str, shapes)) or "none"
        raise Unsupported(f"its weights should be {want}, but the file has {got}")
    return [np.asarray(a, dtype=np.float32) for a in arrays]


def _reorder(values: np.ndarray, tensor: Tensor) -> np.ndarray:
    """Per-feature values (statistics, slopes) put in our order of the feature vector."""
    return values[tensor.perm] if tensor.perm is not None else values


def _state(**arrays) -> dict[str, np.ndarray]:
    return {k.replace("__", "."): np.array(v, order="C") for k, v in arrays.items()}


# -- layers ---------------------------------------------------------------------------------
def _input(ctx: _Context) -> Ours:
    shape = ctx.get("batch_shape") or ctx.get("batch_input_shape")
    dims = list(shape[1:]) if isinstance(shape, list) else ctx.get("shape")
    if not isinstance(dims, list) or not all(isinstance(d, int) and d > 0 for d in dims):
        ctx.why.append(f"its shape {dims} must give every size (without the batch)")
        dims = [1]
    if not 1 <= len(dims) <= 3:
        ctx.why.append(f"inputs of shape {tuple(dims)}: ours take vectors, sequences or "
                       "images (height, width, channels)")
    if ctx.get("sparse") or ctx.get("ragged"):
        ctx.why.append("sparse or ragged inputs")
    ours = [dims[2], dims[0], dims[1]] if len(dims) == 3 else dims
    return Ours("Input", {"shape": ours})


def _weight_params(ctx: _Context, unit_axes: set[int], kernel_rank: int) -> dict:
    """The settings Dense and Conv2D share (our WEIGHT_PARAMS)."""
    p = {"activation": ctx.attempt(activation_value, ctx.config.get("activation"), ctx.keras2,
                                   default="linear"),
         "use_bias": bool(ctx.get("use_bias", True)), "trainable": bool(ctx.get("trainable", True))}
    for ours, keras in (("init", "kernel_initializer"), ("bias_init", "bias_initializer")):
        value = ctx.attempt(initializer_value, ctx.config.get(keras), keras)
        if value is not None:
            p[ours] = value
    l1, l2 = ctx.attempt(regularizer_values, ctx.config.get("kernel_regularizer"),
                         default=(0.0, 0.0))
    p.update({k: v for k, v in (("l1", l1), ("l2", l2)) if v})
    norm = ctx.attempt(max_norm_value, ctx.config.get("kernel_constraint"), unit_axes,
                       kernel_rank)
    if norm is not None:
        p["max_norm"] = norm
    ctx.refuse_set("bias_regularizer", "activity_regularizer", "bias_constraint",
                   why="ours has only a kernel penalty and a kernel max_norm")
    ctx.refuse_set("lora_rank", "quantization_config", why="ours are plain float weights")
    return p


def _dense(ctx: _Context) -> Ours:
    units = ctx.get("units")
    params = {"units": units, **_weight_params(ctx, {0}, 2)}
    t, use_bias = ctx.input, params["use_bias"]
    if t is None or t.rank != 1:
        return Ours("Dense", params)  # our shape check names a non-flat input

    def weights(arrays):
        expected = [("kernel", (t.shape[0], units))] + [("bias", (units,))] * use_bias
        kernel, *bias = _take(arrays, expected)
        if t.perm is not None:
            kernel = kernel[t.perm]  # our input i is Keras' input perm[i]
        return _state(core__weight=kernel.T, **({"core__bias": bias[0]} if bias else {}))

    return Ours("Dense", params, weights=weights)


def _size(value):
    """Our size parameter from a Keras int or (h, w) pair."""
    if isinstance(value, list) and len(value) == 2 and value[0] == value[1]:
        return value[0]
    return value


def _conv(ctx: _Context) -> Ours:
    ctx.channels_last()
    if any(d != 1 for d in np.atleast_1d(ctx.get("dilation_rate", 1))):
        ctx.why.append(f"dilation_rate {ctx.get('dilation_rate')} (ours convolve without gaps)")
    if ctx.get("groups", 1) != 1:
        ctx.why.append(f"groups {ctx.get('groups')} (ours connect every input channel)")
    padding = ctx.get("padding", "valid")
    if padding not in ("valid", "same"):
        ctx.why.append(f"padding {padding!r} (ours: valid or same)")
    filters, kernel = ctx.get("filters"), ctx.get("kernel_size", 3)
    params = {"filters": filters, "kernel_size": _size(kernel),
              "strides": _size(ctx.get("strides", 1)), "padding": padding,
              **_weight_params(ctx, {0, 1, 2}, 4)}
    t, use_bias = ctx.input, params["use_bias"]
    if t is None or t.rank != 3:
        return Ours("Conv2D", params)
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel

    def weights(arrays):
        expected = [("kernel", (kh, kw, t.shape[0], filters))] + [("bias", (filters,))] * use_bias
        k, *bias = _take(arrays, expected)
        # (kh, kw, in, out) -> (out, in, kh, kw)
        return _state(core__weight=k.transpose(3, 2, 0, 1),
                      **({"core__bias": bias[0]} if bias else {}))

    return Ours("Conv2D", params, weights=weights)


def _pool(kind: str) -> Callable[[_Context], Ours]:
    def mapper(ctx: _Context) -> Ours:
        ctx.channels_last()
        padding = ctx.get("padding", "valid")
        size = ctx.get("pool_size", 2)
        if "pad" in ctx.parts:  # our export's uneven 'same' average pooling, folded
            _check_same_average(ctx, size, ctx.get("strides", size), padding)
            padding = "same"
        return Ours(kind, {"pool_size": _size(size), "padding": padding,
                           "strides": _size(ctx.config.get("strides"))})

    return mapper


def _check_same_average(ctx: _Context, size, strides, padding) -> None:
    """ZeroPadding2D + AveragePooling2D('valid') + Rescaling is our 'same' average pooling
    (padded cells left out of each average) when the zeros are 'same''s padding and the scale
    is each window's cells / real cells, which is what our Keras export writes."""
    pad, scale = ctx.parts["pad"], ctx.parts["scale"]
    what = "with the ZeroPadding2D before it and the Rescaling after it"
    if padding != "valid" or pad.get("data_format") not in (None, "channels_last") \
            or scale.get("offset") not in (None, 0):
        ctx.why.append(f"{what}, it is 'same' average pooling only with padding 'valid', "
                       "channels_last and no offset")
        return
    t = ctx.input
    if t is None or t.rank != 3:
        return  # our shape check names a non-image input
    kernel, step = pair(size), pair(strides)
    left, right, top, bottom = same_padding(t.shape[1:], kernel, step)
    pads = _zero_pads(pad.get("padding", 1))
    if pads != (top, bottom, left, right):
        ctx.why.append(f"{what}: it pads (top, bottom, left, right) {pads}, where 'same' "
                       f"pads {(top, bottom, left, right)}")
        return
    want = _average_scale(t.shape[1:], kernel, step, ((top, bottom), (left, right)))
    got = _array_value(scale.get("scale"))
    if got is None or got.shape != want.shape or not np.allclose(got, want, rtol=1e-6, atol=0):
        ctx.why.append(f"{what}: its scale is not each window's cells / real cells, so it is "
                       "not 'same' average pooling")


def _average_scale(size, kernel, strides, pads) -> np.ndarray:
    """Window cells / real cells for each output of a zero-padded average pooling, shaped
    (height, width, 1) as the export's average_scale() writes it."""
    factors = []
    for n, k, step, (before, after) in zip(size, kernel, strides, pads):
        starts = np.arange(0, n + before + after - k + 1, step) - before
        factors.append(k / (np.minimum(starts + k, n) - np.maximum(starts, 0)))
    return np.outer(*factors)[:, :, None]


def _array_value(value) -> np.ndarray | None:
    """A number or array from a config: a list, or Keras 3's {"class_name": "__numpy__"}."""
    if isinstance(value, dict) and value.get("class_name") == "__numpy__":
        value = (value.get("config") or {}).get("value")
    try:
        return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None


def _zero_pads(value) -> tuple[int, int, int, int]:
    """(top, bottom, left, right) of Keras' padding: n, (rows, cols) or ((top, bottom),
    (left, right))."""
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, list) for v in value):
        (top, bottom), (left, right) = value
        value = [top, bottom, left, right]
    return padding4(value)


def _zero_padding(ctx: _Context) -> Ours:
    ctx.channels_last()
    param = next(p for p in LAYERS.get("ZeroPadding2D").params if p.name == "padding")
    try:
        padding = param.coerce(list(_zero_pads(ctx.get("padding", 1))))
    except ParamError as e:
        ctx.why.append(str(e))
        padding = 1
    return Ours("ZeroPadding2D", {"padding": padding})


def _permute(ctx: _Context) -> Ours:
    raise Unsupported("ours keep images (channels, height, width) and have no layer that "
                      "reorders axes; a Permute is read only where our Keras export writes "
                      "one: Permute((3, 1, 2)) right before a Flatten or Reshape, or "
                      "Permute((2, 3, 1)) right after a Reshape into an image")


def _rescaling(ctx: _Context) -> Ours:
    raise Unsupported("ours have no layer that rescales values; a Rescaling is read only as "
                      "our Keras export writes uneven 'same' average pooling: ZeroPadding2D, "
                      "AveragePooling2D('valid'), then Rescaling")


def _global_pool(kind: str) -> Callable[[_Context], Ours]:
    def mapper(ctx: _Context) -> Ours:
        ctx.channels_last()
        if ctx.get("keepdims"):
            ctx.why.append("keepdims is true (ours give one value per channel, a vector)")
        return Ours(kind, {})

    return mapper


def _passes_order(ctx: _Context) -> np.ndarray | None:
    return ctx.input.perm if ctx.input is not None else None


def _dropout(ctx: _Context) -> Ours:
    ctx.refuse_set("noise_shape", why="ours drop single values")
    return Ours("Dropout", {"rate": ctx.get("rate", 0.5)}, _passes_order(ctx))


def _keras_order(ctx: _Context) -> np.ndarray:
    """The input's values (ours, in memory order) as indices into Keras' values. A folded
    Permute((3, 1, 2)) before the layer makes Keras hold an image channels-first: our order."""
    t = ctx.input
    if not ctx.parts.get("permuted_in"):
        return t.order()
    if t.rank != 3:
        ctx.why.append(f"the Permute((3, 1, 2)) before it takes shape {t.keras_shape}, not an "
                       "image")
    return np.arange(math.prod(t.shape))


def _flatten(ctx: _Context) -> Ours:
    ctx.channels_last()
    t = ctx.input
    perm = _perm_or_none(_keras_order(ctx)) if t is not None else None
    return Ours("Flatten", {}, perm)


def _reshape(ctx: _Context) -> Ours:
    """A folded Permute((2, 3, 1)) after it ("permuted_out") makes the target (C, H, W),
    filled in that order, as ours; without it a 3-D target is Keras' (H, W, C)."""
    target = list(ctx.get("target_shape", []))
    t, first = ctx.input, bool(ctx.parts.get("permuted_out"))
    if first and len(target) != 3:
        ctx.why.append(f"the Permute((2, 3, 1)) after it takes shape {tuple(target)}, not an "
                       "image")
    if t is None or not target or not all(isinstance(d, int) for d in target):
        ours = [target[2], target[0], target[1]] if len(target) == 3 and not first else target
        return Ours("Reshape", {"target_shape": ours})
    n = math.prod(t.shape)
    known = math.prod(d for d in target if d != -1)
    if -1 in target and known and n % known == 0:
        target[target.index(-1)] = n // known
    if math.prod(target) != n or not 1 <= len(target) <= 3:
        ctx.why.append(f"cannot reshape {t.keras_shape} into {tuple(target)}")
        return Ours("Reshape", {"target_shape": target})
    order = _keras_order(ctx)
    if len(target) == 3 and first:
        if _perm_or_none(order) is not None:
            ctx.why.append(f"reshaping {t.keras_shape} into the image {tuple(target)} takes "
                           "the values in Keras' channels-last order, which ours do not keep")
        return Ours("Reshape", {"target_shape": target})
    if len(target) == 3:
        h, w, c = target
        if not np.array_equal(order, image_order((c, h, w))):
            ctx.why.append(_reshape_reason(t, target))
        return Ours("Reshape", {"target_shape": [c, h, w]})
    if len(target) == 2 and _perm_or_none(order) is not None:
        ctx.why.append(f"reshaping {t.keras_shape} into {tuple(target)} takes the values in "
                       "Keras' channels-last order, which ours do not keep")
    return Ours("Reshape", {"target_shape": target}, _perm_or_none(order))


def _reshape_reason(t: Tensor, target: list[int]) -> str:
    return (f"reshaping {t.keras_shape} into the image {tuple(target)}: Keras fills it in "
            "(height, width, channels) order and ours in (channels, height, width) order, so "
            "the values would land elsewhere; the two agree only for one channel")


def _channel_axis_ok(ctx: _Context, axis, what: str) -> bool:
    """True when Keras' `axis` (counting the batch) is the axis our layer works along: the
    features of a vector, the channels of an image, the first axis of a sequence."""
    t = ctx.input
    if isinstance(axis, list) and len(axis) == 1:
        axis = axis[0]
    if t is None:
        return True
    ours = 3 if t.rank == 3 else 1
    if not isinstance(axis, int) or axis % (t.rank + 1) != ours:
        ctx.why.append(f"{what} along axis {axis} of shape {t.keras_shape}: ours work along "
                       f"axis {-1 if t.rank != 2 else 1} (features or channels)")
        return False
    return True


def _batch_norm(ctx: _Context) -> Ours:
    _channel_axis_ok(ctx, ctx.get("axis", -1), "BatchNormalization")
    if ctx.config.get("center") is False or ctx.config.get("scale") is False:
        ctx.why.append("center or scale is off (ours always learn both)")
    if ctx.get("renorm") or ctx.get("virtual_batch_size"):
        ctx.why.append("batch renormalization or virtual batches")
    ctx.refuse_set("beta_regularizer", "gamma_regularizer", "beta_constraint",
                   "gamma_constraint", why="ours have no penalty or constraint on BatchNorm")
    params = {"momentum": ctx.get("momentum", 0.99), "epsilon": ctx.get("epsilon", 1e-3),
              "trainable": bool(ctx.get("trainable", True))}
    t = ctx.input
    if t is None:
        return Ours("BatchNorm", params)

    def weights(arrays):
        c = t.shape[0]
        names = ("gamma", "beta", "moving_mean", "moving_variance")
        gamma, beta, mean, var = (_reorder(a, t) for a in _take(arrays, [(n, (c,)) for n in names]))
        return _state(weight=gamma, bias=beta, running_mean=mean, running_var=var,
                      num_batches_tracked=np.array(0, dtype=np.int64))

    return Ours("BatchNorm", params, _passes_order(ctx), weights)


def _layer_norm(ctx: _Context) -> Ours:
    t, axis = ctx.input, ctx.get("axis", -1)
    if t is not None and t.rank != 1:
        ctx.why.append(f"LayerNormalization of shape {t.keras_shape}: Keras learns a scale and "
                       "an offset for every value it normalizes, ours one per channel, so only "
                       "vectors import")
    else:
        _channel_axis_ok(ctx, axis, "LayerNormalization")
    if ctx.config.get("center") is False or ctx.config.get("scale") is False \
            or ctx.get("rms_scaling"):
        ctx.why.append("center or scale is off, or rms_scaling is on (ours learn both)")
    ctx.refuse_set("beta_regularizer", "gamma_regularizer", "beta_constraint",
                   "gamma_constraint", why="ours have no penalty or constraint on LayerNorm")
    params = {"epsilon": ctx.get("epsilon", 1e-3), "trainable": bool(ctx.get("trainable", True))}
    if t is None or t.rank != 1:
        return Ours("LayerNorm", params)

    def weights(arrays):
        gamma, beta = (_reorder(a, t) for a in _take(arrays, [("gamma", t.shape),
                                                             ("beta", t.shape)]))
        return _state(weight=gamma, bias=beta)

    return Ours("LayerNorm", params, _passes_order(ctx), weights)


def _group_norm(ctx: _Context) -> Ours:
    """GroupNormalization with one group normalizes each sample over all its values, with one
    scale and offset per channel (per feature of a vector): our LayerNorm."""
    if ctx.get("groups", 32) != 1:
        ctx.why.append(f"groups {ctx.get('groups', 32)}: ours normalize over all the values of "
                       "a sample (groups 1)")
    _channel_axis_ok(ctx, ctx.get("axis", -1), "GroupNormalization")
    if ctx.config.get("center") is False or ctx.config.get("scale") is False:
        ctx.why.append("center or scale is off (ours learn both)")
    ctx.refuse_set("beta_regularizer", "gamma_regularizer", "beta_constraint",
                   "gamma_constraint", why="ours have no penalty or constraint on LayerNorm")
    params = {"epsilon": ctx.get("epsilon", 1e-3), "trainable": bool(ctx.get("trainable", True))}
    t = ctx.input
    if t is None:
        return Ours("LayerNorm", params)

    def weights(arrays):
        c = (t.shape[0],)
        gamma, beta = (_reorder(a, t) for a in _take(arrays, [("gamma", c), ("beta", c)]))
        return _state(weight=gamma, bias=beta)

    return Ours("LayerNorm", params, _passes_order(ctx), weights)


def _activation_layer(ctx: _Context, value, along_channels: bool = False) -> Ours:
    """Our Activation layer; softmax and prelu act along our first axis, which must be
    Keras' last one (vectors and images, not sequences) unless `along_channels`: the Keras
    layer's axis was checked to be the channel axis."""
    name = value if isinstance(value, str) else value.get("name")
    t = ctx.input
    if name in ("softmax", "prelu") and t is not None and t.rank == 2 and not along_channels:
        ctx.why.append(f"{name} over shape {t.keras_shape}: ours act along the first axis of a "
                       "sequence, Keras along the last")
    return Ours("Activation", {"activation": value}, _passes_order(ctx))


def _activation(ctx: _Context) -> Ours:
    value = ctx.attempt(activation_value, ctx.config.get("activation"), ctx.keras2,
                        default="linear")
    return _activation_layer(ctx, value)


def _relu(ctx: _Context) -> Ours:
    if ctx.get("max_value") is not None or ctx.get("threshold", 0.0) != 0:
        ctx.why.append("max_value or threshold is set (ours: plain or leaky ReLU)")
    slope = ctx.get("negative_slope", 0.0)
    return _activation_layer(ctx, {"name": "leaky_relu", "alpha": slope} if slope else "relu")


def _leaky_relu(ctx: _Context) -> Ours:
    # Keras 3 says negative_slope, Keras 2 said alpha; both default to 0.3 for the layer.
    slope = ctx.get("negative_slope", ctx.get("alpha", KERAS_LEAKY_RELU_LAYER_SLOPE))
    return _activation_layer(ctx, {"name": "leaky_relu", "alpha": slope})


def _elu(ctx: _Context) -> Ours:
    return _activation_layer(ctx, {"name": "elu", "alpha": ctx.get("alpha", 1.0)})


def _softmax(ctx: _Context) -> Ours:
    ok = _channel_axis_ok(ctx, ctx.get("axis", -1), "Softmax")
    return _activation_layer(ctx, "softmax", along_channels=ok)


def _prelu(ctx: _Context) -> Ours:
    t = ctx.input
    rank = t.rank if t is not None else 3
    shared = sorted(a % (rank + 1) for a in (ctx.get("shared_axes") or []))
    # Keras' axes (counting the batch) that share a slope, for ours: one per unit or channel.
    if t is not None and shared != {1: [], 2: [2], 3: [1, 2]}.get(t.rank):
        ctx.why.append(f"PReLU over shape {t.keras_shape} with shared_axes "
                       f"{ctx.get('shared_axes')}: ours learn one slope per unit of a vector, "
                       "per channel of a sequence (shared_axes [2]) or per channel of an image "
                       "(shared_axes [1, 2])")
    ctx.refuse_set("alpha_regularizer", "alpha_constraint",
                   why="ours have no penalty or constraint on PReLU slopes")
    if ctx.config.get("trainable") is False:
        ctx.why.append("it is frozen (ours always learn PReLU slopes)")
    ours = _activation_layer(ctx, "prelu", along_channels=True)
    if t is None or t.rank not in (1, 2, 3):
        return ours
    keras_shape = {1: (t.shape[0],), 2: (t.shape[0], 1), 3: (1, 1, t.shape[0])}[t.rank]

    def weights(arrays):
        (alpha,) = _take(arrays, [("alpha", keras_shape)])
        return _state(weight=_reorder(alpha.reshape(-1), t))

    ours.weights = weights
    return ours


def _add(ctx: _Context) -> Ours:
    perms = [t.perm for t in ctx.inputs or []]
    if any(not _same(p, perms[0]) for p in perms):
        ctx.why.append("it adds vectors flattened from images of other shapes, whose values "
                       "ours order differently")
    return Ours("Add", {}, perms[0] if perms else None)


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None
                                         and np.array_equal(a, b))


def _concatenate(ctx: _Context) -> Ours:
    axis = ctx.get("axis", -1)
    if not isinstance(axis, int):
        ctx.why.append(f"axis {axis!r} is not a whole number")
        return Ours("Concatenate", {"axis": 0})
    if ctx.inputs is None:
        return Ours("Concatenate", {"axis": axis})  # mapped once the inputs are known
    rank = ctx.inputs[0].rank
    position = axis % (rank + 1) if -rank - 1 <= axis <= rank else 0
    if position == 0:
        ctx.why.append(f"axis {axis} is the batch axis or no axis of shape "
                       f"{ctx.inputs[0].keras_shape}")
        return Ours("Concatenate", {"axis": 0})
    k = position - 1  # Keras' axis without the batch
    ours = (k + 1) % 3 if rank == 3 else k  # (H, W, C) -> (C, H, W): C is our axis 0
    perm = None
    if rank == 1 and any(t.perm is not None for t in ctx.inputs):
        offsets = np.cumsum([0] + [t.shape[0] for t in ctx.inputs[:-1]])
        perm = np.concatenate([t.order() + o for t, o in zip(ctx.inputs, offsets)])
    return Ours("Concatenate", {"axis": ours}, perm)


_MAPPERS: dict[str, Callable[[_Context], Ours]] = {
    "InputLayer": _input, "Dense": _dense, "Dropout": _dropout, "Flatten": _flatten,
    "Reshape": _reshape, "Activation": _activation, "ReLU": _relu, "LeakyReLU": _leaky_relu,
    "ELU": _elu, "Softmax": _softmax, "PReLU": _prelu, "BatchNormalization": _batch_norm,
    "LayerNormalization": _layer_norm, "Conv2D": _conv, "Convolution2D": _conv,
    "MaxPooling2D": _pool("MaxPool2D"), "MaxPool2D": _pool("MaxPool2D"),
    "AveragePooling2D": _pool("AvgPool2D"), "AvgPool2D": _pool("AvgPool2D"),
    "GlobalAveragePooling2D": _global_pool("GlobalAvgPool2D"),
    "GlobalAvgPool2D": _global_pool("GlobalAvgPool2D"),
    "GlobalMaxPooling2D": _global_pool("GlobalMaxPool2D"),
    "GlobalMaxPool2D": _global_pool("GlobalMaxPool2D"),
    "Add": _add, "Concatenate": _concatenate, "ZeroPadding2D": _zero_padding,
    "GroupNormalization": _group_norm, "Permute": _permute, "Rescaling": _rescaling,
}
assert set(_MAPPERS) == set(KERAS_LAYER_CLASSES) | set(KERAS_PART_CLASSES)

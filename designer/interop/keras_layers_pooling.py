"""Keras' pooling layers -> ours, with ZeroPadding2D and the Rescaling our Keras export writes
after a zero-padded 'valid' average to make it our uneven 'same' average pooling."""
from __future__ import annotations

from typing import Callable

import numpy as np

from ..conv_geometry import same_padding
from ..errors import ParamError
from ..file_messages import keras as K
from ..layers import LAYERS
from ..params import padding4, pair
from .keras_layer_base import LayerContext, Ours, our_size
from .keras_settings import Unsupported


def _pool(kind: str) -> Callable[[LayerContext], Ours]:
    def mapper(ctx: LayerContext) -> Ours:
        ctx.channels_last()
        padding = ctx.get("padding", "valid")
        size = ctx.get("pool_size", 2)
        if "pad" in ctx.parts:  # our export's uneven 'same' average pooling, folded
            _check_same_average(ctx, size, ctx.get("strides", size), padding)
            padding = "same"
        return Ours(kind, {"pool_size": our_size(size), "padding": padding,
                           "strides": our_size(ctx.config.get("strides"))})

    return mapper


def _check_same_average(ctx: LayerContext, size, strides, padding) -> None:
    """ZeroPadding2D + AveragePooling2D('valid') + Rescaling is our 'same' average pooling
    (padded cells left out of each average) when the zeros are 'same''s padding and the scale
    is each window's cells / real cells, which is what our Keras export writes."""
    pad, scale = ctx.parts["pad"], ctx.parts["scale"]
    what = K.AROUND_POOLING
    if padding != "valid" or pad.get("data_format") not in (None, "channels_last") \
            or scale.get("offset") not in (None, 0):
        ctx.why.append(K.SAME_AVERAGE_ONLY.format(what))
        return
    t = ctx.input
    if t is None or t.rank != 3:
        return  # our shape check names a non-image input
    kernel, step = pair(size), pair(strides)
    left, right, top, bottom = same_padding(t.shape[1:], kernel, step)
    pads = _zero_pads(pad.get("padding", 1))
    if pads != (top, bottom, left, right):
        ctx.why.append(K.SAME_PADS.format(what, pads, (top, bottom, left, right)))
        return
    want = _average_scale(t.shape[1:], kernel, step, ((top, bottom), (left, right)))
    got = _array_value(scale.get("scale"))
    if got is None or got.shape != want.shape or not np.allclose(got, want, rtol=1e-6, atol=0):
        ctx.why.append(K.SAME_SCALE.format(what))


def _average_scale(size, kernel, strides, pads) -> np.ndarray:
    """Window cells / real cells for each output of a zero-padded average pooling, shaped
    (height, width, 1) as the export's average_scale() writes it."""
    factors = []
    for n, k, step, (before, after) in zip(size, kernel, strides, pads, strict=True):
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


def _zero_padding(ctx: LayerContext) -> Ours:
    ctx.channels_last()
    param = next(p for p in LAYERS.get("ZeroPadding2D").params if p.name == "padding")
    try:
        padding = param.coerce(list(_zero_pads(ctx.get("padding", 1))))
    except ParamError as e:
        ctx.why.append(str(e))
        padding = 1
    return Ours("ZeroPadding2D", {"padding": padding})


def _rescaling(ctx: LayerContext) -> Ours:
    raise Unsupported(K.RESCALING)


def _global_pool(kind: str) -> Callable[[LayerContext], Ours]:
    def mapper(ctx: LayerContext) -> Ours:
        ctx.channels_last()
        if ctx.get("keepdims"):
            ctx.why.append(K.KEEPDIMS)
        return Ours(kind, {})

    return mapper


MAPPERS: dict[str, Callable[[LayerContext], Ours]] = {
    "MaxPooling2D": _pool("MaxPool2D"), "MaxPool2D": _pool("MaxPool2D"),
    "AveragePooling2D": _pool("AvgPool2D"), "AvgPool2D": _pool("AvgPool2D"),
    "GlobalAveragePooling2D": _global_pool("GlobalAvgPool2D"),
    "GlobalAvgPool2D": _global_pool("GlobalAvgPool2D"),
    "GlobalMaxPooling2D": _global_pool("GlobalMaxPool2D"),
    "GlobalMaxPool2D": _global_pool("GlobalMaxPool2D"),
    "ZeroPadding2D": _zero_padding, "Rescaling": _rescaling,
}

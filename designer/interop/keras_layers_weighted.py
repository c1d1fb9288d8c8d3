"""Keras' Dense and Conv2D -> ours: the settings they share (our WEIGHT_PARAMS) and their
kernels turned into our (out, in[, kh, kw]) weights."""
from __future__ import annotations

import numpy as np

from ..file_messages import keras as K
from .keras_layer_base import LayerContext, Ours, our_size, state, take
from .keras_settings import (
    activation_value,
    initializer_value,
    max_norm_value,
    regularizer_values,
)


def _weight_params(ctx: LayerContext, unit_axes: set[int], kernel_rank: int) -> dict:
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
                   why=K.KERNEL_PENALTY_ONLY)
    ctx.refuse_set("lora_rank", "quantization_config", why=K.PLAIN_WEIGHTS)
    return p


def _dense(ctx: LayerContext) -> Ours:
    units = ctx.get("units")
    params = {"units": units, **_weight_params(ctx, {0}, 2)}
    t, use_bias = ctx.input, params["use_bias"]
    if t is None or t.rank != 1:
        return Ours("Dense", params)  # our shape check names a non-flat input

    def weights(arrays):
        expected = [("kernel", (t.shape[0], units))] + [("bias", (units,))] * use_bias
        kernel, *bias = take(arrays, expected)
        if t.perm is not None:
            kernel = kernel[t.perm]  # our input i is Keras' input perm[i]
        return state(core__weight=kernel.T, **({"core__bias": bias[0]} if bias else {}))

    return Ours("Dense", params, weights=weights)


def _conv(ctx: LayerContext) -> Ours:
    ctx.channels_last()
    if any(d != 1 for d in np.atleast_1d(ctx.get("dilation_rate", 1))):
        ctx.why.append(K.DILATION.format(ctx.get("dilation_rate")))
    if ctx.get("groups", 1) != 1:
        ctx.why.append(K.GROUPS_CONV.format(ctx.get("groups")))
    padding = ctx.get("padding", "valid")
    if padding not in ("valid", "same"):
        ctx.why.append(K.PADDING.format(padding))
    filters, kernel = ctx.get("filters"), ctx.get("kernel_size", 3)
    params = {"filters": filters, "kernel_size": our_size(kernel),
              "strides": our_size(ctx.get("strides", 1)), "padding": padding,
              **_weight_params(ctx, {0, 1, 2}, 4)}
    t, use_bias = ctx.input, params["use_bias"]
    if t is None or t.rank != 3:
        return Ours("Conv2D", params)
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel

    def weights(arrays):
        expected = [("kernel", (kh, kw, t.shape[0], filters))] + [("bias", (filters,))] * use_bias
        k, *bias = take(arrays, expected)
        # (kh, kw, in, out) -> (out, in, kh, kw)
        return state(core__weight=k.transpose(3, 2, 0, 1),
                      **({"core__bias": bias[0]} if bias else {}))

    return Ours("Conv2D", params, weights=weights)


MAPPERS = {"Dense": _dense, "Conv2D": _conv, "Convolution2D": _conv}

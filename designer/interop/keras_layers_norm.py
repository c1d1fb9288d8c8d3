"""Keras' normalization layers -> our BatchNorm and LayerNorm, with their statistics and
affine weights in our order of a flattened image's values."""
from __future__ import annotations

import numpy as np

from ..file_messages import keras as K
from .keras_layer_base import (
    LayerContext,
    Ours,
    channel_axis_ok,
    passes_order,
    reorder,
    state,
    take,
)


def _batch_norm(ctx: LayerContext) -> Ours:
    channel_axis_ok(ctx, ctx.get("axis", -1), "BatchNormalization")
    if ctx.config.get("center") is False or ctx.config.get("scale") is False:
        ctx.why.append(K.CENTER_SCALE_ALWAYS)
    if ctx.get("renorm") or ctx.get("virtual_batch_size"):
        ctx.why.append(K.RENORM)
    ctx.refuse_set("beta_regularizer", "gamma_regularizer", "beta_constraint",
                   "gamma_constraint", why=K.NO_BATCHNORM_PENALTY)
    params = {"momentum": ctx.get("momentum", 0.99), "epsilon": ctx.get("epsilon", 1e-3),
              "trainable": bool(ctx.get("trainable", True))}
    t = ctx.input
    if t is None:
        return Ours("BatchNorm", params)

    def weights(arrays):
        c = t.shape[0]
        names = ("gamma", "beta", "moving_mean", "moving_variance")
        gamma, beta, mean, var = (reorder(a, t) for a in take(arrays, [(n, (c,)) for n in names]))
        return state(weight=gamma, bias=beta, running_mean=mean, running_var=var,
                      num_batches_tracked=np.array(0, dtype=np.int64))

    return Ours("BatchNorm", params, passes_order(ctx), weights)


def _layer_norm(ctx: LayerContext) -> Ours:
    t, axis = ctx.input, ctx.get("axis", -1)
    if t is not None and t.rank != 1:
        ctx.why.append(K.LAYERNORM_SHAPE.format(t.keras_shape))
    else:
        channel_axis_ok(ctx, axis, "LayerNormalization")
    if ctx.config.get("center") is False or ctx.config.get("scale") is False \
            or ctx.get("rms_scaling"):
        ctx.why.append(K.CENTER_SCALE_RMS)
    ctx.refuse_set("beta_regularizer", "gamma_regularizer", "beta_constraint",
                   "gamma_constraint", why=K.NO_LAYERNORM_PENALTY)
    params = {"epsilon": ctx.get("epsilon", 1e-3), "trainable": bool(ctx.get("trainable", True))}
    if t is None or t.rank != 1:
        return Ours("LayerNorm", params)

    def weights(arrays):
        gamma, beta = (reorder(a, t) for a in take(arrays, [("gamma", t.shape),
                                                             ("beta", t.shape)]))
        return state(weight=gamma, bias=beta)

    return Ours("LayerNorm", params, passes_order(ctx), weights)


def _group_norm(ctx: LayerContext) -> Ours:
    """GroupNormalization with one group normalizes each sample over all its values, with one
    scale and offset per channel (per feature of a vector): our LayerNorm."""
    if ctx.get("groups", 32) != 1:
        ctx.why.append(K.GROUPS_NORM.format(ctx.get("groups", 32)))
    channel_axis_ok(ctx, ctx.get("axis", -1), "GroupNormalization")
    if ctx.config.get("center") is False or ctx.config.get("scale") is False:
        ctx.why.append(K.CENTER_SCALE)
    ctx.refuse_set("beta_regularizer", "gamma_regularizer", "beta_constraint",
                   "gamma_constraint", why=K.NO_LAYERNORM_PENALTY)
    params = {"epsilon": ctx.get("epsilon", 1e-3), "trainable": bool(ctx.get("trainable", True))}
    t = ctx.input
    if t is None:
        return Ours("LayerNorm", params)

    def weights(arrays):
        c = (t.shape[0],)
        gamma, beta = (reorder(a, t) for a in take(arrays, [("gamma", c), ("beta", c)]))
        return state(weight=gamma, bias=beta)

    return Ours("LayerNorm", params, passes_order(ctx), weights)


MAPPERS = {"BatchNormalization": _batch_norm, "LayerNormalization": _layer_norm,
           "GroupNormalization": _group_norm}

"""Keras' activation layers (Activation, ReLU, LeakyReLU, ELU, Softmax, PReLU) -> our
Activation layer."""
from __future__ import annotations

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
from .keras_names import KERAS_LEAKY_RELU_LAYER_SLOPE
from .keras_settings import activation_value


def _activation_layer(ctx: LayerContext, value, along_channels: bool = False) -> Ours:
    """Our Activation layer; softmax and prelu act along our first axis, which must be
    Keras' last one (vectors and images, not sequences) unless `along_channels`: the Keras
    layer's axis was checked to be the channel axis."""
    name = value if isinstance(value, str) else value.get("name")
    t = ctx.input
    if name in ("softmax", "prelu") and t is not None and t.rank == 2 and not along_channels:
        ctx.why.append(K.ACTS_ALONG.format(name, t.keras_shape))
    return Ours("Activation", {"activation": value}, passes_order(ctx))


def _activation(ctx: LayerContext) -> Ours:
    value = ctx.attempt(activation_value, ctx.config.get("activation"), ctx.keras2,
                        default="linear")
    return _activation_layer(ctx, value)


def _relu(ctx: LayerContext) -> Ours:
    if ctx.get("max_value") is not None or ctx.get("threshold", 0.0) != 0:
        ctx.why.append(K.RELU_LIMITS)
    slope = ctx.get("negative_slope", 0.0)
    return _activation_layer(ctx, {"name": "leaky_relu", "alpha": slope} if slope else "relu")


def _leaky_relu(ctx: LayerContext) -> Ours:
    # Keras 3 says negative_slope, Keras 2 said alpha; both default to 0.3 for the layer.
    slope = ctx.get("negative_slope", ctx.get("alpha", KERAS_LEAKY_RELU_LAYER_SLOPE))
    return _activation_layer(ctx, {"name": "leaky_relu", "alpha": slope})


def _elu(ctx: LayerContext) -> Ours:
    return _activation_layer(ctx, {"name": "elu", "alpha": ctx.get("alpha", 1.0)})


def _softmax(ctx: LayerContext) -> Ours:
    ok = channel_axis_ok(ctx, ctx.get("axis", -1), "Softmax")
    return _activation_layer(ctx, "softmax", along_channels=ok)


def _prelu(ctx: LayerContext) -> Ours:
    t = ctx.input
    rank = t.rank if t is not None else 3
    shared = sorted(a % (rank + 1) for a in (ctx.get("shared_axes") or []))
    # Keras' axes (counting the batch) that share a slope, for ours: one per unit or channel.
    if t is not None and shared != {1: [], 2: [2], 3: [1, 2]}.get(t.rank):
        ctx.why.append(K.PRELU_AXES.format(t.keras_shape, ctx.get("shared_axes")))
    ctx.refuse_set("alpha_regularizer", "alpha_constraint",
                   why=K.NO_PRELU_PENALTY)
    if ctx.config.get("trainable") is False:
        ctx.why.append(K.PRELU_FROZEN)
    ours = _activation_layer(ctx, "prelu", along_channels=True)
    if t is None or t.rank not in (1, 2, 3):
        return ours
    keras_shape = {1: (t.shape[0],), 2: (t.shape[0], 1), 3: (1, 1, t.shape[0])}[t.rank]

    def weights(arrays):
        (alpha,) = take(arrays, [("alpha", keras_shape)])
        return state(weight=reorder(alpha.reshape(-1), t))

    ours.weights = weights
    return ours


MAPPERS = {"Activation": _activation, "ReLU": _relu, "LeakyReLU": _leaky_relu, "ELU": _elu,
           "Softmax": _softmax, "PReLU": _prelu}

"""ONNX activation ops -> our Activation layer (folded later into the Dense or Conv2D before it
where nothing else reads that layer). Only exact equivalents are read: an op whose constants
differ from ours is refused by name."""
from __future__ import annotations

import numpy as np

from .onnx_constants import attr
from .onnx_op_base import Refused, Value, f32, per_channel

_SIMPLE = {"Relu": "relu", "Sigmoid": "sigmoid", "Tanh": "tanh", "Softplus": "softplus",
           "Softsign": "softsign", "Mish": "mish", "Silu": "silu"}
_SELU = (1.67326319217681884765625, 1.05070102214813232421875)


def activation(ctx, node) -> Value:
    x = ctx.data(node, 0)
    value, weights = _act_value(ctx, node, x)
    return ctx.add(node, "Activation", {"activation": value}, [x], weights)


def _act_value(ctx, node, x: Value):
    """(our activation value, weights of the Activation layer) for an activation node."""
    op = node.op_type
    if op in _SIMPLE:
        return _SIMPLE[op], {}
    reader = _READERS.get(op)
    if reader is None:
        raise Refused(f"{op} has no Network Designer activation")  # not reached via OPS
    return reader(ctx, node, x)


def _leaky_relu(ctx, node, x: Value):
    return {"name": "leaky_relu", "alpha": f32(attr(node, "alpha", 0.01))}, {}


def _elu(ctx, node, x: Value):
    return {"name": "elu", "alpha": f32(attr(node, "alpha", 1.0))}, {}


def _gelu(ctx, node, x: Value):
    if attr(node, "approximate", "none") != "none":
        raise Refused("the tanh approximation of GELU; Network Designer's gelu is exact")
    return "gelu", {}


def _selu(ctx, node, x: Value):
    got = (attr(node, "alpha", _SELU[0]), attr(node, "gamma", _SELU[1]))
    if not np.allclose(got, _SELU, rtol=1e-6):
        raise Refused(f"Selu with alpha={got[0]}, gamma={got[1]}; ours uses the "
                      "self-normalizing constants")
    return "selu", {}


def _hard_sigmoid(ctx, node, x: Value):
    got = (attr(node, "alpha", 0.2), attr(node, "beta", 0.5))
    if not np.allclose(got, (1 / 6, 0.5), rtol=1e-6):
        raise Refused(f"HardSigmoid with alpha={f32(got[0])}, beta={f32(got[1])}; ours is "
                      "clip((x + 3) / 6, 0, 1) (alpha=1/6, beta=0.5)")
    return "hard_sigmoid", {}


def _softmax(ctx, node, x: Value):
    rank = len(x.shape) + 1
    default = -1 if ctx.opset >= 13 else 1
    axis = attr(node, "axis", default) % rank
    # Before opset 13 Softmax flattened everything from `axis` on: per channel only for vectors.
    if axis != 1 or (ctx.opset < 13 and rank > 2):
        raise Refused(f"softmax over axis {attr(node, 'axis', default)} of a {rank}-D tensor; "
                      "Network Designer's softmax runs over units (vectors) or channels")
    return "softmax", {}


def _prelu(ctx, node, x: Value):
    slope = ctx.weight(node, 1, "slope")
    return "prelu", {"weight": per_channel(slope, x.shape[0], len(x.shape) + 1, "its slope")}


_READERS = {"LeakyRelu": _leaky_relu, "Elu": _elu, "Gelu": _gelu, "Selu": _selu,
            "HardSigmoid": _hard_sigmoid, "Softmax": _softmax, "PRelu": _prelu}
ACTIVATION_OPS = (*_SIMPLE, *_READERS)

"""ONNX activation ops -> our Activation layer (folded later into the Dense or Conv2D before it
where nothing else reads that layer). Only exact equivalents are read: an op whose constants
differ from ours is refused by name."""
from __future__ import annotations

import numpy as np

from ..file_messages import onnx as O
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
        raise Refused(O.NO_ACTIVATION.format(op))  # not reached via OPS
    return reader(ctx, node, x)


def _leaky_relu(ctx, node, x: Value):
    return {"name": "leaky_relu", "alpha": f32(attr(node, "alpha", 0.01))}, {}


def _elu(ctx, node, x: Value):
    return {"name": "elu", "alpha": f32(attr(node, "alpha", 1.0))}, {}


def _gelu(ctx, node, x: Value):
    if attr(node, "approximate", "none") != "none":
        raise Refused(O.GELU_TANH)
    return "gelu", {}


def _selu(ctx, node, x: Value):
    got = (attr(node, "alpha", _SELU[0]), attr(node, "gamma", _SELU[1]))
    if not np.allclose(got, _SELU, rtol=1e-6):
        raise Refused(O.SELU.format(got[0], got[1]))
    return "selu", {}


def _hard_sigmoid(ctx, node, x: Value):
    got = (attr(node, "alpha", 0.2), attr(node, "beta", 0.5))
    if not np.allclose(got, (1 / 6, 0.5), rtol=1e-6):
        raise Refused(O.HARD_SIGMOID.format(f32(got[0]), f32(got[1])))
    return "hard_sigmoid", {}


def _softmax(ctx, node, x: Value):
    rank = len(x.shape) + 1
    default = -1 if ctx.opset >= 13 else 1
    axis = attr(node, "axis", default) % rank
    # Before opset 13 Softmax flattened everything from `axis` on: per channel only for vectors.
    if axis != 1 or (ctx.opset < 13 and rank > 2):
        raise Refused(O.SOFTMAX_AXIS.format(attr(node, "axis", default), rank))
    return "softmax", {}


def _prelu(ctx, node, x: Value):
    slope = ctx.weight(node, 1, "slope")
    return "prelu", {"weight": per_channel(slope, x.shape[0], len(x.shape) + 1, "its slope")}


_READERS = {"LeakyRelu": _leaky_relu, "Elu": _elu, "Gelu": _gelu, "Selu": _selu,
            "HardSigmoid": _hard_sigmoid, "Softmax": _softmax, "PRelu": _prelu}
ACTIVATION_OPS = (*_SIMPLE, *_READERS)

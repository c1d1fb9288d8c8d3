"""ONNX ops with weights -> our Dense, Conv2D, BatchNorm and LayerNorm, and the padding a
convolution (or an average that counts its padding) is read with."""
from __future__ import annotations

import numpy as np

from ..conv_geometry import same_padding
from ..file_messages import onnx as O
from .onnx_constants import attr
from .onnx_op_base import Refused, Value, f32, need, per_channel, size_param


def gemm(ctx, node) -> Value:
    x = ctx.data(node, 0)
    need(x, (1,), "Dense")
    if attr(node, "transA", 0):
        raise Refused(O.TRANS_A)
    b = ctx.weight(node, 1, "matrix B")
    if b.ndim != 2:
        raise Refused(O.MATRIX_RANK.format(list(b.shape)))
    w = b if attr(node, "transB", 0) else b.T  # ours is (out, in), like torch's Linear
    if w.shape[1] != x.shape[0]:
        raise Refused(O.MATRIX_INPUTS.format(w.shape[1], x.shape[0]))
    alpha, beta = attr(node, "alpha", 1.0), attr(node, "beta", 1.0)
    weights = {"core.weight": _scaled(w, alpha)}
    c = ctx.weight(node, 2, "bias C", required=False)
    if c is not None:
        bias = per_channel(c, w.shape[0], 2, "its bias C")
        weights["core.bias"] = _scaled(bias, beta)
    params = {"units": int(w.shape[0]), "use_bias": c is not None}
    return ctx.add(node, "Dense", params, [x], weights, weight_name=node.input[1])


def _scaled(w: np.ndarray, factor: float) -> np.ndarray:
    if factor == 1.0:
        return np.ascontiguousarray(w, dtype=np.float32)
    return (w.astype(np.float64) * factor).astype(np.float32)


def matmul(ctx, node) -> Value:
    x = ctx.data(node, 0)
    need(x, (1,), "Dense")
    b = ctx.weight(node, 1, "second operand")
    if b.ndim != 2 or b.shape[0] != x.shape[0]:
        raise Refused(O.MATMUL_SHAPE.format(x.shape[0], list(b.shape)))
    params = {"units": int(b.shape[1]), "use_bias": False}
    return ctx.add(node, "Dense", params, [x], {"core.weight": b.T}, weight_name=node.input[1])


def conv(ctx, node) -> Value:
    x = ctx.data(node, 0)
    w = ctx.weight(node, 1, "kernel")
    if w.ndim != 4:
        raise Refused(O.CONV_RANK.format(w.ndim - 2))
    need(x, (3,), "Conv2D")
    if attr(node, "group", 1) != 1:
        raise Refused(O.GROUPED.format(attr(node, "group")))
    if any(d != 1 for d in attr(node, "dilations", [1, 1])):
        raise Refused(O.DILATIONS.format(attr(node, "dilations")))
    if w.shape[1] != x.shape[0]:
        raise Refused(O.KERNEL_CHANNELS.format(w.shape[1], x.shape[0]))
    kernel, strides = tuple(w.shape[2:]), tuple(attr(node, "strides", [1, 1]))
    x, padding = padded(ctx, node, x, kernel, strides, node.input[1])
    params = {"filters": int(w.shape[0]), "kernel_size": size_param(kernel),
              "strides": size_param(strides), "padding": padding}
    weights = {"core.weight": w}
    b = ctx.weight(node, 2, "bias", required=False)
    if b is not None:
        weights["core.bias"] = per_channel(b, w.shape[0], 2, "its bias")
    params["use_bias"] = b is not None
    return ctx.add(node, "Conv2D", params, [x], weights, weight_name=node.input[1])


def padded(ctx, node, x: Value, kernel, strides, weight_name: str | None = None
           ) -> tuple[Value, str]:
    """(input, padding) for a convolution or an average that counts its padding: Keras'
    'valid' or 'same' where the pads are one of those, else a ZeroPadding2D layer in front and
    'valid' (torch's Conv2d(padding=1, stride=2) pads 1 on every side; 'same' pads 0 and 1)."""
    try:
        return x, padding_mode(node, x.shape[1:], kernel, strides)
    except Refused:
        if attr(node, "auto_pad", "NOTSET") != "NOTSET":
            raise
    top, left, bottom, right = (int(v) for v in attr(node, "pads"))
    pad = ctx.add(node, "ZeroPadding2D", {"padding": [top, bottom, left, right]}, [x],
                  weight_name=weight_name, suffix="_pad")
    return pad, "valid"


def padding_mode(node, hw, kernel, strides) -> str:
    """'valid' or 'same' when the node's padding is exactly one of Keras' two; else refused."""
    auto = attr(node, "auto_pad", "NOTSET")
    left, right, top, bottom = same_padding(hw, kernel, strides)
    if auto == "VALID":
        return "valid"
    if auto == "SAME_UPPER" or (auto == "SAME_LOWER" and left == right and top == bottom):
        return "same"
    if auto == "SAME_LOWER":
        raise Refused(O.SAME_LOWER)
    pads = list(attr(node, "pads", [0, 0, 0, 0]))
    if not any(pads):
        return "valid"
    if pads == [top, left, bottom, right]:
        return "same"
    raise Refused(O.PADS_NEITHER.format(pads, [top, left, bottom, right], hw[0], hw[1],
                                        list(strides)))


# -- normalization ---------------------------------------------------------------------------
def batch_norm(ctx, node) -> Value:
    x = ctx.data(node, 0)
    need(x, (1, 2, 3), "BatchNorm")
    if attr(node, "training_mode", 0):
        raise Refused(O.TRAINING_MODE)
    if ctx.opset < 9 and attr(node, "spatial", 1) == 0:
        raise Refused(O.SPATIAL)
    c = x.shape[0]
    names = ("weight", "bias", "running_mean", "running_var")
    what = ("scale", "offset B", "mean", "variance")
    weights = {}
    for pos, (key, label) in enumerate(zip(names, what, strict=True), start=1):
        weights[key] = per_channel(ctx.weight(node, pos, label), c, 2, f"its {label}")
    weights["num_batches_tracked"] = np.array(0, dtype=np.int64)
    # ONNX's momentum weighs the old statistic, as Keras' (and ours) does: taken as it is.
    params = {"momentum": f32(attr(node, "momentum", 0.9)),
              "epsilon": f32(attr(node, "epsilon", 1e-5))}
    return ctx.add(node, "BatchNorm", params, [x], weights)


def layer_norm(ctx, node) -> Value:
    x = ctx.data(node, 0)
    if len(x.shape) != 1 or attr(node, "axis", -1) % 2 != 1:
        raise Refused(O.LAYER_NORM_AXIS.format(list(x.shape), attr(node, "axis", -1)))
    c = x.shape[0]
    weights = {"weight": per_channel(ctx.weight(node, 1, "scale"), c, 2, "its scale")}
    b = ctx.weight(node, 2, "bias B", required=False)
    weights["bias"] = per_channel(b, c, 2, "its bias") if b is not None else \
        np.zeros(c, np.float32)
    return ctx.add(node, "LayerNorm", {"epsilon": f32(attr(node, "epsilon", 1e-5))}, [x],
                   weights)

"""ONNX pooling ops (MaxPool, AveragePool, the global ones, ReduceMean/ReduceMax over height and
width) and Pad -> our pooling layers and ZeroPadding2D."""
from __future__ import annotations

from ..conv_geometry import same_padding
from ..file_messages import onnx as O
from .onnx_constants import attr
from .onnx_op_base import Refused, Value, need, size_param, static_list
from .onnx_ops_weighted import padded, padding_mode


def pool(kind: str):
    def handler(ctx, node) -> Value:
        x = ctx.data(node, 0)
        need(x, (3,), kind)
        kernel = tuple(attr(node, "kernel_shape", []))
        if len(kernel) != 2:
            raise Refused(O.WINDOW_RANK.format(len(kernel)))
        strides = tuple(attr(node, "strides", [1, 1]))
        if any(d != 1 for d in attr(node, "dilations", [1, 1])):
            raise Refused(O.DILATED_POOLING)
        if kind == "AvgPool2D" and attr(node, "count_include_pad", 0):
            # The padding's zeros count in each average: zero padding, then a 'valid' average.
            x, padding = padded(ctx, node, x, kernel, strides)
            if padding == "same":
                x, padding = _same_as_zeros(ctx, node, x, kernel, strides), "valid"
        else:
            padding = padding_mode(node, x.shape[1:], kernel, strides)
        pads = _pads(node, x.shape[1:], kernel, strides, padding)
        if attr(node, "ceil_mode", 0):
            _check_ceil(x.shape[1:], kernel, strides, pads)
        params = {"pool_size": size_param(kernel), "strides": size_param(strides),
                  "padding": padding}
        return ctx.add(node, kind, params, [x])
    return handler


def _same_as_zeros(ctx, node, x: Value, kernel, strides) -> Value:
    left, right, top, bottom = same_padding(x.shape[1:], kernel, strides)
    if not any((left, right, top, bottom)):
        return x
    return ctx.add(node, "ZeroPadding2D", {"padding": [top, bottom, left, right]}, [x],
                   suffix="_pad")


def pad(ctx, node) -> Value:
    """Pad with zeros around an image's height and width -> ZeroPadding2D."""
    x = ctx.data(node, 0)
    need(x, (3,), "ZeroPadding2D")
    mode = attr(node, "mode", b"constant")
    mode = mode.decode() if isinstance(mode, bytes) else mode
    if mode != "constant":
        raise Refused(O.PAD_MODE.format(mode))
    if len(node.input) > 1 and node.input[1]:
        pads = ctx.view.static(node.input[1])
        if pads is None:
            raise Refused(O.PADS_AT_RUN_TIME)
        pads = [int(v) for v in pads.reshape(-1)]
    else:
        pads = [int(v) for v in attr(node, "pads", [])]
    value = ctx.view.static(node.input[2]) if len(node.input) > 2 and node.input[2] else None
    fill = float(value.reshape(-1)[0]) if value is not None and value.size else \
        float(attr(node, "value", 0.0))  # before opset 11 the value was an attribute
    if fill != 0.0:
        raise Refused(O.PAD_VALUE.format(fill))
    if len(node.input) > 3 and node.input[3]:
        raise Refused(O.PAD_AXES)
    if len(pads) != 8 or any(pads[i] for i in (0, 1, 4, 5)) or any(p < 0 for p in pads):
        raise Refused(O.PAD_WHERE.format(pads))
    top, left, bottom, right = pads[2], pads[3], pads[6], pads[7]
    return ctx.add(node, "ZeroPadding2D", {"padding": [top, bottom, left, right]}, [x])


def _pads(node, hw, kernel, strides, padding) -> list[int]:
    """[top, left, bottom, right] as the node pads its input."""
    if padding == "valid":
        return [0, 0, 0, 0]
    left, right, top, bottom = same_padding(hw, kernel, strides)
    return [top, left, bottom, right]


def _check_ceil(hw, kernel, strides, pads) -> None:
    for axis, (size, k, s) in enumerate(zip(hw, kernel, strides, strict=True)):
        begin, end = pads[axis], pads[axis + 2]
        span = size + begin + end - k
        floor, ceil = span // s + 1, -(-span // s) + 1
        if (ceil - 1) * s >= size + begin:
            ceil -= 1  # a window starting in the end padding is dropped (ONNX, torch)
        if ceil != floor:
            raise Refused(O.CEIL_MODE)


def global_pool(kind: str):
    def handler(ctx, node) -> Value:
        x = ctx.data(node, 0)
        need(x, (3,), kind)
        pooled = ctx.add(node, kind, {}, [x])
        # ONNX keeps (C, 1, 1); a Flatten or Reshape after it removes this Reshape again.
        return ctx.add(node, "Reshape", {"target_shape": [x.shape[0], 1, 1]}, [pooled])
    return handler


def reduce(kind: str):
    def handler(ctx, node) -> Value:
        x = ctx.data(node, 0)
        axes = attr(node, "axes") if ctx.opset < 18 else static_list(ctx, node, 1, "axes")
        rank = len(x.shape) + 1
        axes = sorted(a % rank for a in axes) if axes else None
        if axes != [2, 3] or rank != 4:
            over = "every axis, the batch included" if axes is None else f"axes {axes}"
            raise Refused(O.REDUCES_OVER.format(over))
        pooled = ctx.add(node, kind, {}, [x])
        if attr(node, "keepdims", 1):
            return ctx.add(node, "Reshape", {"target_shape": [x.shape[0], 1, 1]}, [pooled])
        return pooled
    return handler

"""ONNX ops that reshape, merge or pass values on -> our Flatten, Reshape, Add, Concatenate
(or nothing: Identity, Dropout)."""
from __future__ import annotations

import math

from ..file_messages import onnx as O
from .onnx_constants import attr
from .onnx_graph import BATCH
from .onnx_op_base import Refused, Value, per_channel, static_list


def flatten(ctx, node) -> Value:
    x = ctx.data(node, 0)
    rank = len(x.shape) + 1
    if attr(node, "axis", 1) % rank != 1:
        raise Refused(O.FLATTEN_AXIS.format(attr(node, "axis")))
    return ctx.add(node, "Flatten", {}, [x])


def reshape(ctx, node) -> Value:
    x = ctx.data(node, 0)
    if ctx.opset < 5:
        spec = list(attr(node, "shape", []))
    else:
        value = ctx.view.static(node.input[1])
        spec = list(value.reshape(-1)) if value is not None else _inferred_spec(ctx, node)
    target = batch_kept(ctx, x.shape, spec, attr(node, "allowzero", 0))
    return ctx.add(node, *_reshape_layer(target), [x])


def _inferred_spec(ctx, node) -> list:
    dims = ctx.inferred.get(node.output[0])
    if dims is None or any(d is None for d in dims[1:]):
        raise Refused(O.TARGET_COMPUTED)
    return [BATCH] + list(dims[1:])


def batch_kept(ctx, in_shape, spec, allowzero) -> list[int]:
    """The target shape without the batch axis, when the reshape keeps axis 0 as the batch."""
    full = [BATCH, *in_shape]
    dims = []
    for i, d in enumerate(spec):
        if d is not BATCH and int(d) == 0 and not allowzero:
            d = full[i] if i < len(full) else 0  # 0 copies the input's size
        dims.append(d if d is BATCH else int(d))
    if dims and dims[0] in ctx.fixed_batch:
        dims[0] = BATCH  # a file exported for one fixed batch size
    rest = dims[1:]
    total = math.prod(in_shape)
    ok = bool(dims) and BATCH not in rest and all(d == -1 or d > 0 for d in rest) \
        and rest.count(-1) <= (1 if dims[0] is BATCH else 0)
    if ok and dims[0] == -1:
        ok = math.prod(rest) == total  # the -1 stands for the batch
    if ok and -1 in rest:
        known = math.prod(d for d in rest if d != -1)
        ok = total % known == 0
        rest = [total // known if d == -1 else d for d in rest]
    if not ok or (dims[0] is not BATCH and dims[0] != -1) or math.prod(rest) != total \
            or not rest:
        shown = ["batch" if d is BATCH else int(d) for d in spec]
        raise Refused(O.RESHAPE_BATCH.format(list(in_shape), shown))
    return rest


def _reshape_layer(target: list[int]) -> tuple[str, dict]:
    if len(target) == 1:
        return "Flatten", {}
    return "Reshape", {"target_shape": target}


def squeeze(ctx, node) -> Value:
    x = ctx.data(node, 0)
    opset13 = ctx.opset >= 13
    axes = static_list(ctx, node, 1, "axes") if opset13 else attr(node, "axes")
    full = [None, *x.shape]
    if node.op_type == "Squeeze":
        drop = {a % len(full) for a in axes} if axes else \
            {i for i, d in enumerate(full) if i and d == 1}
        if 0 in drop or any(full[a] != 1 for a in drop):
            raise Refused(O.SQUEEZE.format(sorted(drop), list(x.shape)))
        target = [d for i, d in enumerate(full) if i not in drop][1:]
    else:
        rank = len(full) + len(axes or [])
        add = sorted(a % rank for a in axes or [])
        if not add or add[0] == 0:
            raise Refused(O.UNSQUEEZE_BATCH)
        for a in add:
            full.insert(a, 1)
        target = full[1:]
    if not target:
        raise Refused(O.ONLY_BATCH)
    return ctx.add(node, *_reshape_layer(target), [x])


# -- merging and passing through -------------------------------------------------------------
def add(ctx, node) -> Value:
    data = [i for i in node.input if i in ctx.values]
    if len(data) == len(node.input):
        xs = [ctx.data(node, k) for k in range(len(node.input))]
        if len(xs) == 1:
            return xs[0]  # a Sum of one
        if any(x.shape != xs[0].shape for x in xs):
            raise Refused(O.BROADCAST_ADD.format(", ".join(str(list(x.shape)) for x in xs)))
        return ctx.add(node, "Add", {}, xs)
    if node.op_type != "Add" or len(node.input) != 2 or len(data) != 1:
        raise Refused(O.ADDS_CONSTANTS)
    pos = list(node.input).index(data[0])
    x = ctx.data(node, pos)
    c = ctx.weight(node, 1 - pos, "constant term")
    bias = per_channel(c, x.shape[0], len(x.shape) + 1, "the constant it adds")
    return ctx.bias_add(node, x, bias)


def concat(ctx, node) -> Value:
    xs = [ctx.data(node, k) for k in range(len(node.input))]
    if len(xs) == 1:
        return xs[0]
    rank = len(xs[0].shape) + 1
    axis = attr(node, "axis", 1) % rank
    if axis == 0:
        raise Refused(O.CONCAT_BATCH)
    return ctx.add(node, "Concatenate", {"axis": axis - 1}, xs)


def passthrough(ctx, node) -> Value:
    """Identity, and Dropout (nothing at prediction time)."""
    if node.op_type == "Dropout" and len(node.input) > 2 and node.input[2]:
        mode = ctx.view.static(node.input[2])
        if mode is None or bool(mode.reshape(-1)[0]):
            raise Refused(O.TRAINING_DROPOUT)
    return ctx.data(node, 0)

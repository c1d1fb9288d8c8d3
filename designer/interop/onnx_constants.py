"""Constant values inside an ONNX graph: node attributes, Constant nodes, and the small shape
computations exporters write around a Reshape (`FOLDS`), computed with NumPy. A folded shape
may hold BATCH (onnx_graph) where the batch size stands; arithmetic on it folds to nothing.
"""
from __future__ import annotations

import numpy as np

try:
    from onnx import helper, numpy_helper
except ImportError:  # onnx_model.load_onnx says what to install
    helper = numpy_helper = None


def attr(node, name: str, default=None):
    """An attribute's value (bytes decoded), or `default` when the node does not set it."""
    for a in node.attribute:
        if a.name == name:
            value = helper.get_attribute_value(a)
            return value.decode() if isinstance(value, bytes) else value
    return default


def constant_value(node) -> np.ndarray | None:
    for a in node.attribute:
        if a.name == "value":
            return numpy_helper.to_array(a.t)
        if a.name in ("value_float", "value_floats"):
            return np.array(helper.get_attribute_value(a), dtype=np.float32)
        if a.name in ("value_int", "value_ints"):
            return np.array(helper.get_attribute_value(a), dtype=np.int64)
    return None  # sparse or string constants never become weights


def _axes(view, node, args) -> list[int] | None:
    """Squeeze/Unsqueeze axes: an attribute before opset 13, an input from then on."""
    if view.opset < 13:
        return attr(node, "axes")
    return args[1].tolist() if len(args) > 1 and args[1] is not None else None


def _unsqueeze(view, node, args):
    axes = _axes(view, node, args) or []
    rank = args[0].ndim + len(axes)
    out = args[0]
    for a in sorted(a % rank for a in axes):
        out = np.expand_dims(out, a)
    return out


def _squeeze(view, node, args):
    axes = _axes(view, node, args)
    if not axes:
        return np.squeeze(args[0])
    return np.squeeze(args[0], axis=tuple(a % args[0].ndim for a in axes))


def _slice(view, node, args):
    if view.opset < 10:
        starts, ends = attr(node, "starts"), attr(node, "ends")
        axes, steps = attr(node, "axes"), None
    else:
        starts, ends = args[1].tolist(), args[2].tolist()
        axes = args[3].tolist() if len(args) > 3 and args[3] is not None else None
        steps = args[4].tolist() if len(args) > 4 and args[4] is not None else None
    axes = axes if axes is not None else list(range(len(starts)))
    steps = steps or [1] * len(starts)
    index = [slice(None)] * args[0].ndim
    for a, s, e, st in zip(axes, starts, ends, steps, strict=True):
        index[a] = slice(s, e, st)
    return args[0][tuple(index)]


def _numeric(fn):
    def fold(view, node, args):
        if any(a.dtype == object for a in args):
            return None  # arithmetic on the batch size
        out = fn(*args)
        if np.issubdtype(args[0].dtype, np.integer):
            return np.trunc(out).astype(args[0].dtype)
        return out.astype(args[0].dtype)
    return fold


def _reshape(view, node, args):
    shape = [int(d) for d in args[1]]
    shape = [args[0].shape[i] if d == 0 and not attr(node, "allowzero", 0) else d
             for i, d in enumerate(shape)]
    return args[0].reshape(shape)


def _cast(view, node, args):
    if args[0].dtype == object:
        return args[0]
    return args[0].astype(helper.tensor_dtype_to_np_dtype(attr(node, "to")))


def _constant_of_shape(view, node, args):
    if args[0].dtype == object:
        return None  # as large as the batch
    value = attr(node, "value")
    fill = numpy_helper.to_array(value).reshape(-1) if value is not None else \
        np.zeros(1, np.float32)
    return np.full([int(d) for d in args[0]], fill[0], dtype=fill.dtype)


FOLDS = {
    "Identity": lambda view, node, args: args[0],
    "ConstantOfShape": _constant_of_shape,
    "Cast": _cast,
    "Unsqueeze": _unsqueeze,
    "Squeeze": _squeeze,
    "Concat": lambda view, node, args: np.concatenate(args, axis=attr(node, "axis")),
    "Gather": lambda view, node, args: np.take(args[0], args[1].astype(np.int64),
                                               axis=attr(node, "axis", 0)),
    "Slice": _slice,
    "Transpose": lambda view, node, args: np.transpose(args[0], attr(node, "perm")),
    "Reshape": _reshape,
    "Add": _numeric(np.add), "Sub": _numeric(np.subtract), "Mul": _numeric(np.multiply),
    "Div": _numeric(np.divide),
}

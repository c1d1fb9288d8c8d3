"""ONNX ops -> Network Designer layers, one small function per op.

Each handler reads its node through the importer (`ctx`) and returns the value its first
output becomes: a new layer, or the value of its input (ops that do nothing at prediction
time). A handler raises Refused with a plain reason when the node cannot be expressed exactly;
the importer names the node and collects every such reason before giving up.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..layers.conv import same_padding
from .onnx_graph import BATCH, attr


class Refused(Exception):
    """This node cannot become layers; str() says why."""


class Skip(Exception):
    """An input of this node was already refused; nothing more to say about it."""


@dataclass(frozen=True)
class Value:
    """A tensor of the ONNX graph as the output of one of our layers (batch axis left out)."""
    index: int
    shape: tuple[int, ...]


def f32(x: float) -> float:
    """An ONNX float attribute at the precision it was written (0.10000000149 -> 0.1)."""
    return float(str(np.float32(x)))


def size_param(values) -> int | list[int]:
    values = [int(v) for v in values]
    return values[0] if len(set(values)) == 1 else values


def per_channel(value: np.ndarray, channels: int, rank: int, what: str) -> np.ndarray:
    """A constant broadcast against a (batch, channels, ...) tensor with `rank` axes, as one
    number per channel; anything else (per position, per sample) is refused."""
    shape = tuple(value.shape)
    full = (1,) * (rank - len(shape)) + shape
    if len(shape) > rank or full[1] not in (1, channels) or \
            any(d != 1 for i, d in enumerate(full) if i != 1):
        raise Refused(f"{what} has shape {list(shape)}, which is not one number per channel "
                      f"of its ({channels}-channel) input; Network Designer cannot express "
                      "that broadcast")
    flat = value.reshape(-1).astype(np.float32)
    return np.broadcast_to(flat, (channels,)).copy()


def need(x: Value, ranks: tuple[int, ...], what: str) -> None:
    if len(x.shape) not in ranks:
        kinds = {1: "vectors", 2: "sequences (channels, length)", 3: "images (C, H, W)"}
        wanted = " or ".join(kinds[r] for r in ranks)
        raise Refused(f"its input has shape {list(x.shape)} (batch left out); Network "
                      f"Designer's {what} takes {wanted}")


# -- weight layers ---------------------------------------------------------------------------
def gemm(ctx, node) -> Value:
    x = ctx.data(node, 0)
    need(x, (1,), "Dense")
    if attr(node, "transA", 0):
        raise Refused("transA=1 multiplies across the batch; only transA=0 is a Dense layer")
    b = ctx.weight(node, 1, "matrix B")
    if b.ndim != 2:
        raise Refused(f"its matrix B has shape {list(b.shape)}, not 2-D")
    w = b if attr(node, "transB", 0) else b.T  # ours is (out, in), like torch's Linear
    if w.shape[1] != x.shape[0]:
        raise Refused(f"its matrix takes {w.shape[1]} inputs but gets {x.shape[0]}")
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
        raise Refused(f"multiplies its ({x.shape[0]},) input by a {list(b.shape)} matrix; "
                      "a Dense layer needs an (inputs, units) matrix")
    params = {"units": int(b.shape[1]), "use_bias": False}
    return ctx.add(node, "Dense", params, [x], {"core.weight": b.T}, weight_name=node.input[1])


def conv(ctx, node) -> Value:
    x = ctx.data(node, 0)
    w = ctx.weight(node, 1, "kernel")
    if w.ndim != 4:
        raise Refused(f"a {w.ndim - 2}-D convolution; Network Designer has Conv2D only")
    need(x, (3,), "Conv2D")
    if attr(node, "group", 1) != 1:
        raise Refused(f"group={attr(node, 'group')} (a grouped or depthwise convolution); "
                      "Conv2D connects every input channel to every filter")
    if any(d != 1 for d in attr(node, "dilations", [1, 1])):
        raise Refused(f"dilations {attr(node, 'dilations')}; Conv2D has no dilation")
    if w.shape[1] != x.shape[0]:
        raise Refused(f"its kernel takes {w.shape[1]} channels but gets {x.shape[0]}")
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
        raise Refused("auto_pad SAME_LOWER puts the odd padding row first; Keras' 'same' "
                      "puts it last")
    pads = list(attr(node, "pads", [0, 0, 0, 0]))
    if not any(pads):
        return "valid"
    if pads == [top, left, bottom, right]:
        return "same"
    raise Refused(f"pads {pads} (top, left, bottom, right) are neither 'valid' (none) nor "
                  f"'same' ({[top, left, bottom, right]} for its {hw[0]}x{hw[1]} input at "
                  f"strides {list(strides)}); Network Designer pads only these two ways")


# -- pooling ---------------------------------------------------------------------------------
def pool(kind: str):
    def handler(ctx, node) -> Value:
        x = ctx.data(node, 0)
        need(x, (3,), kind)
        kernel = tuple(attr(node, "kernel_shape", []))
        if len(kernel) != 2:
            raise Refused(f"a {len(kernel)}-D window; Network Designer pools images only")
        strides = tuple(attr(node, "strides", [1, 1]))
        if any(d != 1 for d in attr(node, "dilations", [1, 1])):
            raise Refused("dilated pooling windows")
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
        raise Refused(f"mode {mode!r} padding; ZeroPadding2D adds zeros")
    if len(node.input) > 1 and node.input[1]:
        pads = ctx.view.static(node.input[1])
        if pads is None:
            raise Refused("its pads are computed at run time")
        pads = [int(v) for v in pads.reshape(-1)]
    else:
        pads = [int(v) for v in attr(node, "pads", [])]
    value = ctx.view.static(node.input[2]) if len(node.input) > 2 and node.input[2] else None
    fill = float(value.reshape(-1)[0]) if value is not None and value.size else \
        float(attr(node, "value", 0.0))  # before opset 11 the value was an attribute
    if fill != 0.0:
        raise Refused(f"it pads with {fill}; ZeroPadding2D adds zeros")
    if len(node.input) > 3 and node.input[3]:
        raise Refused("padding chosen axes (an 'axes' input)")
    if len(pads) != 8 or any(pads[i] for i in (0, 1, 4, 5)) or any(p < 0 for p in pads):
        raise Refused(f"pads {pads}: ZeroPadding2D adds zeros around height and width only")
    top, left, bottom, right = pads[2], pads[3], pads[6], pads[7]
    return ctx.add(node, "ZeroPadding2D", {"padding": [top, bottom, left, right]}, [x])


def _pads(node, hw, kernel, strides, padding) -> list[int]:
    """[top, left, bottom, right] as the node pads its input."""
    if padding == "valid":
        return [0, 0, 0, 0]
    left, right, top, bottom = same_padding(hw, kernel, strides)
    return [top, left, bottom, right]


def _check_ceil(hw, kernel, strides, pads) -> None:
    for axis, (size, k, s) in enumerate(zip(hw, kernel, strides)):
        begin, end = pads[axis], pads[axis + 2]
        span = size + begin + end - k
        floor, ceil = span // s + 1, -(-span // s) + 1
        if (ceil - 1) * s >= size + begin:
            ceil -= 1  # a window starting in the end padding is dropped (ONNX, torch)
        if ceil != floor:
            raise Refused("ceil_mode=1 adds a partial window at the edge; Network Designer's "
                          "pooling keeps whole windows only")


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
        axes = attr(node, "axes") if ctx.opset < 18 else _static_list(ctx, node, 1, "axes")
        rank = len(x.shape) + 1
        axes = sorted(a % rank for a in axes) if axes else None
        if axes != [2, 3] or rank != 4:
            over = "every axis, the batch included" if axes is None else f"axes {axes}"
            raise Refused(f"reduces over {over}; only the mean or maximum over an image's "
                          "height and width (axes [2, 3]) is a global pooling layer")
        pooled = ctx.add(node, kind, {}, [x])
        if attr(node, "keepdims", 1):
            return ctx.add(node, "Reshape", {"target_shape": [x.shape[0], 1, 1]}, [pooled])
        return pooled
    return handler


def _static_list(ctx, node, pos: int, what: str) -> list[int] | None:
    name = node.input[pos] if pos < len(node.input) else ""
    if not name:
        return None
    value = ctx.view.static(name)
    if value is None or value.dtype == object:
        raise Refused(f"its {what} '{name}' are computed, not stored in the file")
    return [int(v) for v in value.reshape(-1)]


# -- normalization ---------------------------------------------------------------------------
def batch_norm(ctx, node) -> Value:
    x = ctx.data(node, 0)
    need(x, (1, 2, 3), "BatchNorm")
    if attr(node, "training_mode", 0):
        raise Refused("training_mode=1 normalizes with each batch's own statistics")
    if ctx.opset < 9 and attr(node, "spatial", 1) == 0:
        raise Refused("spatial=0 keeps statistics per position, not per channel")
    c = x.shape[0]
    names = ("weight", "bias", "running_mean", "running_var")
    what = ("scale", "offset B", "mean", "variance")
    weights = {}
    for pos, (key, label) in enumerate(zip(names, what), start=1):
        weights[key] = per_channel(ctx.weight(node, pos, label), c, 2, f"its {label}")
    weights["num_batches_tracked"] = np.array(0, dtype=np.int64)
    # ONNX's momentum weighs the old statistic, as Keras' (and ours) does: taken as it is.
    params = {"momentum": f32(attr(node, "momentum", 0.9)),
              "epsilon": f32(attr(node, "epsilon", 1e-5))}
    return ctx.add(node, "BatchNorm", params, [x], weights)


def layer_norm(ctx, node) -> Value:
    x = ctx.data(node, 0)
    if len(x.shape) != 1 or attr(node, "axis", -1) % 2 != 1:
        raise Refused(f"normalizes a {list(x.shape)} input from axis {attr(node, 'axis', -1)}; "
                      "Network Designer's LayerNorm matches ONNX's on vectors only")
    c = x.shape[0]
    weights = {"weight": per_channel(ctx.weight(node, 1, "scale"), c, 2, "its scale")}
    b = ctx.weight(node, 2, "bias B", required=False)
    weights["bias"] = per_channel(b, c, 2, "its bias") if b is not None else \
        np.zeros(c, np.float32)
    return ctx.add(node, "LayerNorm", {"epsilon": f32(attr(node, "epsilon", 1e-5))}, [x],
                   weights)


# -- activations -----------------------------------------------------------------------------
_SELU = (1.67326319217681884765625, 1.05070102214813232421875)


def _act_value(ctx, node, x: Value):
    """(our activation value, weights of the Activation layer) for an activation node."""
    op = node.op_type
    simple = {"Relu": "relu", "Sigmoid": "sigmoid", "Tanh": "tanh", "Softplus": "softplus",
              "Softsign": "softsign", "Mish": "mish", "Silu": "silu"}
    if op in simple:
        return simple[op], {}
    if op == "LeakyRelu":
        return {"name": "leaky_relu", "alpha": f32(attr(node, "alpha", 0.01))}, {}
    if op == "Elu":
        return {"name": "elu", "alpha": f32(attr(node, "alpha", 1.0))}, {}
    if op == "Gelu":
        if attr(node, "approximate", "none") != "none":
            raise Refused("the tanh approximation of GELU; Network Designer's gelu is exact")
        return "gelu", {}
    if op == "Selu":
        got = (attr(node, "alpha", _SELU[0]), attr(node, "gamma", _SELU[1]))
        if not np.allclose(got, _SELU, rtol=1e-6):
            raise Refused(f"Selu with alpha={got[0]}, gamma={got[1]}; ours uses the "
                          "self-normalizing constants")
        return "selu", {}
    if op == "HardSigmoid":
        got = (attr(node, "alpha", 0.2), attr(node, "beta", 0.5))
        if not np.allclose(got, (1 / 6, 0.5), rtol=1e-6):
            raise Refused(f"HardSigmoid with alpha={f32(got[0])}, beta={f32(got[1])}; ours is "
                          "clip((x + 3) / 6, 0, 1) (alpha=1/6, beta=0.5)")
        return "hard_sigmoid", {}
    if op == "Softmax":
        _check_softmax(ctx, node, x)
        return "softmax", {}
    if op == "PRelu":
        slope = ctx.weight(node, 1, "slope")
        return "prelu", {"weight": per_channel(slope, x.shape[0], len(x.shape) + 1,
                                               "its slope")}
    raise Refused(f"{op} has no Network Designer activation")  # not reached via OPS


def _check_softmax(ctx, node, x: Value) -> None:
    rank = len(x.shape) + 1
    default = -1 if ctx.opset >= 13 else 1
    axis = attr(node, "axis", default) % rank
    # Before opset 13 Softmax flattened everything from `axis` on: per channel only for vectors.
    if axis != 1 or (ctx.opset < 13 and rank > 2):
        raise Refused(f"softmax over axis {attr(node, 'axis', default)} of a {rank}-D tensor; "
                      "Network Designer's softmax runs over units (vectors) or channels")


def activation(ctx, node) -> Value:
    x = ctx.data(node, 0)
    value, weights = _act_value(ctx, node, x)
    return ctx.add(node, "Activation", {"activation": value}, [x], weights)


# -- reshaping -------------------------------------------------------------------------------
def flatten(ctx, node) -> Value:
    x = ctx.data(node, 0)
    rank = len(x.shape) + 1
    if attr(node, "axis", 1) % rank != 1:
        raise Refused(f"flattens from axis {attr(node, 'axis')}, which mixes the batch with "
                      "other axes; only axis 1 keeps the batch apart")
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
        raise Refused("its target shape is computed from values Network Designer cannot "
                      "fold into a fixed shape")
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
        raise Refused(f"reshapes its {list(in_shape)} input (batch left out) to {shown}, "
                      "which does not keep the batch axis apart")
    return rest


def _reshape_layer(target: list[int]) -> tuple[str, dict]:
    if len(target) == 1:
        return "Flatten", {}
    return "Reshape", {"target_shape": target}


def squeeze(ctx, node) -> Value:
    x = ctx.data(node, 0)
    opset13 = ctx.opset >= 13
    axes = _static_list(ctx, node, 1, "axes") if opset13 else attr(node, "axes")
    full = [None, *x.shape]
    if node.op_type == "Squeeze":
        drop = {a % len(full) for a in axes} if axes else \
            {i for i, d in enumerate(full) if i and d == 1}
        if 0 in drop or any(full[a] != 1 for a in drop):
            raise Refused(f"squeezes axes {sorted(drop)} of a {list(x.shape)} input (batch left "
                          "out); only axes of size 1 besides the batch can go")
        target = [d for i, d in enumerate(full) if i not in drop][1:]
    else:
        rank = len(full) + len(axes or [])
        add = sorted(a % rank for a in axes or [])
        if not add or add[0] == 0:
            raise Refused("unsqueezes the batch axis")
        for a in add:
            full.insert(a, 1)
        target = full[1:]
    if not target:
        raise Refused("leaves nothing but the batch axis")
    return ctx.add(node, *_reshape_layer(target), [x])


# -- merging and passing through -------------------------------------------------------------
def add(ctx, node) -> Value:
    data = [i for i in node.input if i in ctx.values]
    if len(data) == len(node.input):
        xs = [ctx.data(node, k) for k in range(len(node.input))]
        if len(xs) == 1:
            return xs[0]  # a Sum of one
        if any(x.shape != xs[0].shape for x in xs):
            raise Refused("adds tensors of shapes " + ", ".join(str(list(x.shape)) for x in xs)
                          + " by broadcasting; Network Designer's Add needs equal shapes")
        return ctx.add(node, "Add", {}, xs)
    if node.op_type != "Add" or len(node.input) != 2 or len(data) != 1:
        raise Refused("adds constants; Network Designer's Add merges layer outputs")
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
        raise Refused("concatenates along the batch axis")
    return ctx.add(node, "Concatenate", {"axis": axis - 1}, xs)


def passthrough(ctx, node) -> Value:
    """Identity, and Dropout (nothing at prediction time)."""
    if node.op_type == "Dropout" and len(node.input) > 2 and node.input[2]:
        mode = ctx.view.static(node.input[2])
        if mode is None or bool(mode.reshape(-1)[0]):
            raise Refused("Dropout in training mode drops values at prediction time")
    return ctx.data(node, 0)


OPS = {
    "Gemm": gemm, "MatMul": matmul, "Conv": conv,
    "MaxPool": pool("MaxPool2D"), "AveragePool": pool("AvgPool2D"),
    "GlobalAveragePool": global_pool("GlobalAvgPool2D"),
    "GlobalMaxPool": global_pool("GlobalMaxPool2D"),
    "ReduceMean": reduce("GlobalAvgPool2D"), "ReduceMax": reduce("GlobalMaxPool2D"),
    "BatchNormalization": batch_norm, "LayerNormalization": layer_norm,
    "Flatten": flatten, "Reshape": reshape, "Squeeze": squeeze, "Unsqueeze": squeeze,
    "Pad": pad, "Add": add, "Sum": add, "Concat": concat, "Identity": passthrough,
    "Dropout": passthrough,
    **{op: activation for op in ("Relu", "Sigmoid", "Tanh", "Softplus", "Softsign", "Mish",
                                 "Silu", "LeakyRelu", "Elu", "Gelu", "Selu", "HardSigmoid",
                                 "Softmax", "PRelu")},
}
# Ops worth a specific word when refused.
EXPLAINED = {
    "Loop": "control flow (a loop) cannot become layers",
    "If": "control flow (a branch) cannot become layers",
    "Scan": "control flow (a scan) cannot become layers",
    "LSTM": "recurrent layers (LSTM) are not part of Network Designer",
    "GRU": "recurrent layers (GRU) are not part of Network Designer",
    "RNN": "recurrent layers (RNN) are not part of Network Designer",
    "Erf": "Erf outside the GELU pattern x * 0.5 * (1 + erf(x / sqrt(2)))",
}

"""Keras layers that shape, pass on or merge values (InputLayer, Dropout, Flatten, Reshape,
Permute, Add, Concatenate) -> ours, keeping track of the order of a flattened image's values
(Keras flattens (H, W, C), ours (C, H, W))."""
from __future__ import annotations

import math

import numpy as np

from ..file_messages import keras as K
from .keras_layer_base import LayerContext, Ours, Tensor, image_order, passes_order, perm_or_none
from .keras_settings import Unsupported


def _input(ctx: LayerContext) -> Ours:
    shape = ctx.get("batch_shape") or ctx.get("batch_input_shape")
    dims = list(shape[1:]) if isinstance(shape, list) else ctx.get("shape")
    if not isinstance(dims, list) or not all(isinstance(d, int) and d > 0 for d in dims):
        ctx.why.append(K.INPUT_SIZES.format(dims))
        dims = [1]
    if not 1 <= len(dims) <= 3:
        ctx.why.append(K.INPUT_RANK.format(tuple(dims)))
    if ctx.get("sparse") or ctx.get("ragged"):
        ctx.why.append(K.SPARSE)
    ours = [dims[2], dims[0], dims[1]] if len(dims) == 3 else dims
    return Ours("Input", {"shape": ours})


def _dropout(ctx: LayerContext) -> Ours:
    ctx.refuse_set("noise_shape", why=K.SINGLE_VALUES)
    return Ours("Dropout", {"rate": ctx.get("rate", 0.5)}, passes_order(ctx))


def _keras_order(ctx: LayerContext) -> np.ndarray:
    """The input's values (ours, in memory order) as indices into Keras' values. A folded
    Permute((3, 1, 2)) before the layer makes Keras hold an image channels-first: our order."""
    t = ctx.input
    if not ctx.parts.get("permuted_in"):
        return t.order()
    if t.rank != 3:
        ctx.why.append(K.PERMUTE_BEFORE.format(t.keras_shape))
    return np.arange(math.prod(t.shape))


def _flatten(ctx: LayerContext) -> Ours:
    ctx.channels_last()
    t = ctx.input
    perm = perm_or_none(_keras_order(ctx)) if t is not None else None
    return Ours("Flatten", {}, perm)


def _reshape(ctx: LayerContext) -> Ours:
    """A folded Permute((2, 3, 1)) after it ("permuted_out") makes the target (C, H, W),
    filled in that order, as ours; without it a 3-D target is Keras' (H, W, C)."""
    target = list(ctx.get("target_shape", []))
    t, first = ctx.input, bool(ctx.parts.get("permuted_out"))
    if first and len(target) != 3:
        ctx.why.append(K.PERMUTE_AFTER.format(tuple(target)))
    if t is None or not target or not all(isinstance(d, int) for d in target):
        ours = [target[2], target[0], target[1]] if len(target) == 3 and not first else target
        return Ours("Reshape", {"target_shape": ours})
    n = math.prod(t.shape)
    known = math.prod(d for d in target if d != -1)
    if -1 in target and known and n % known == 0:
        target[target.index(-1)] = n // known
    if math.prod(target) != n or not 1 <= len(target) <= 3:
        ctx.why.append(K.CANNOT_RESHAPE.format(t.keras_shape, tuple(target)))
        return Ours("Reshape", {"target_shape": target})
    order = _keras_order(ctx)
    if len(target) == 3 and first:
        if perm_or_none(order) is not None:
            ctx.why.append(K.RESHAPE_CHANNELS_LAST.format(t.keras_shape, tuple(target)))
        return Ours("Reshape", {"target_shape": target})
    if len(target) == 3:
        h, w, c = target
        if not np.array_equal(order, image_order((c, h, w))):
            ctx.why.append(_reshape_reason(t, target))
        return Ours("Reshape", {"target_shape": [c, h, w]})
    if len(target) == 2 and perm_or_none(order) is not None:
        ctx.why.append(K.RESHAPE_ORDER.format(t.keras_shape, tuple(target)))
    return Ours("Reshape", {"target_shape": target}, perm_or_none(order))


def _reshape_reason(t: Tensor, target: list[int]) -> str:
    return K.RESHAPE_IMAGE.format(t.keras_shape, tuple(target))


def _permute(ctx: LayerContext) -> Ours:
    raise Unsupported(K.PERMUTE)


def _add(ctx: LayerContext) -> Ours:
    perms = [t.perm for t in ctx.inputs or []]
    if any(not _same(p, perms[0]) for p in perms):
        ctx.why.append(K.ADDS_ORDERS)
    return Ours("Add", {}, perms[0] if perms else None)


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None
                                         and np.array_equal(a, b))


def _concatenate(ctx: LayerContext) -> Ours:
    axis = ctx.get("axis", -1)
    if not isinstance(axis, int):
        ctx.why.append(K.AXIS_NOT_WHOLE.format(axis))
        return Ours("Concatenate", {"axis": 0})
    if ctx.inputs is None:
        return Ours("Concatenate", {"axis": axis})  # mapped once the inputs are known
    rank = ctx.inputs[0].rank
    position = axis % (rank + 1) if -rank - 1 <= axis <= rank else 0
    if position == 0:
        ctx.why.append(K.BATCH_AXIS.format(axis, ctx.inputs[0].keras_shape))
        return Ours("Concatenate", {"axis": 0})
    k = position - 1  # Keras' axis without the batch
    ours = (k + 1) % 3 if rank == 3 else k  # (H, W, C) -> (C, H, W): C is our axis 0
    perm = None
    if rank == 1 and any(t.perm is not None for t in ctx.inputs):
        offsets = np.cumsum([0] + [t.shape[0] for t in ctx.inputs[:-1]])
        perm = np.concatenate([t.order() + o for t, o in zip(ctx.inputs, offsets, strict=True)])
    return Ours("Concatenate", {"axis": ours}, perm)


MAPPERS = {"InputLayer": _input, "Dropout": _dropout, "Flatten": _flatten, "Reshape": _reshape,
           "Permute": _permute, "Add": _add, "Concatenate": _concatenate}

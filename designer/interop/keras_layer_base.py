"""What every Keras layer mapper shares: our view of a tensor (`Tensor`, with the order of a
flat vector's values), what a layer becomes (`Ours`), one layer's config and problems
(`LayerContext`), and the helpers that turn Keras' weight arrays into our state-dict entries.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..file_messages import keras as K
from .keras_settings import Unsupported

# What reading a setting of the wrong type raises (a list where Keras writes a number, ...).
MALFORMED = (TypeError, ValueError, AttributeError, IndexError, KeyError)


@dataclass(eq=False)
class Tensor:
    """What flows out of a layer, seen from our side."""
    shape: tuple[int, ...]  # ours, without the batch axis (images channels-first)
    perm: np.ndarray | None = None  # flat vectors only: our value i is Keras' value perm[i]

    @property
    def rank(self) -> int:
        return len(self.shape)

    @property
    def keras_shape(self) -> tuple[int, ...]:
        return (*self.shape[1:], self.shape[0]) if self.rank == 3 else self.shape

    def order(self) -> np.ndarray:
        """Our values in memory order, as indices into Keras' values in memory order."""
        if self.rank == 3:
            return image_order(self.shape)
        return self.perm if self.perm is not None else np.arange(math.prod(self.shape))


def image_order(shape) -> np.ndarray:
    """For a (C, H, W) image: which Keras (H, W, C) value each of ours is, flattened."""
    c, h, w = shape
    return np.arange(h * w * c).reshape(h, w, c).transpose(2, 0, 1).ravel()


def perm_or_none(order: np.ndarray) -> np.ndarray | None:
    return None if np.array_equal(order, np.arange(order.size)) else order


@dataclass(eq=False)
class Ours:
    """What a Keras layer becomes."""
    type: str
    params: dict
    perm: np.ndarray | None = None  # the order of its output, when that is a flat vector
    # Keras' weight arrays (in Keras' order) -> our state-dict entries, without the layer id.
    weights: Callable[[list[np.ndarray]], dict[str, np.ndarray]] | None = None


class LayerContext:
    """One layer's config, its inputs, and the problems found so far."""

    def __init__(self, config: dict, inputs: list[Tensor] | None, keras2: bool, parts: dict):
        self.config, self.inputs, self.keras2, self.parts = config, inputs, keras2, parts
        self.why: list[str] = []

    def get(self, key, default=None):
        value = self.config.get(key, default)
        return default if value is None else value

    @property
    def input(self) -> Tensor | None:
        return self.inputs[0] if self.inputs else None

    def attempt(self, fn, *args, default=None):
        """fn(*args), or `default` with its reason noted."""
        try:
            return fn(*args)
        except Unsupported as e:
            self.why.append(str(e))
            return default

    def refuse_set(self, *keys: str, why: str) -> None:
        for key in keys:
            if self.config.get(key) not in (None, [], {}):
                self.why.append(K.IS_SET.format(key, why))

    def channels_last(self) -> None:
        fmt = self.config.get("data_format")
        if fmt not in (None, "channels_last"):
            self.why.append(K.CHANNELS_LAST.format(fmt))


# -- weights --------------------------------------------------------------------------------
def take(arrays: list[np.ndarray], expected: list[tuple[str, tuple]]) -> list[np.ndarray]:
    """The arrays, checked against the (name, shape) pairs Keras writes for this layer."""
    shapes = [tuple(np.shape(a)) for a in arrays]
    if shapes != [s for _, s in expected]:
        want = ", ".join(f"{n} {s}" for n, s in expected)
        got = ", ".join(map(str, shapes))
        raise Unsupported(K.WEIGHT_SHAPES.format(want, got) if got
                          else K.WEIGHT_SHAPES_NONE.format(want))
    return [np.asarray(a, dtype=np.float32) for a in arrays]


def reorder(values: np.ndarray, tensor: Tensor) -> np.ndarray:
    """Per-feature values (statistics, slopes) put in our order of the feature vector."""
    return values[tensor.perm] if tensor.perm is not None else values


def state(**arrays) -> dict[str, np.ndarray]:
    return {k.replace("__", "."): np.array(v, order="C") for k, v in arrays.items()}


def passes_order(ctx: LayerContext) -> np.ndarray | None:
    return ctx.input.perm if ctx.input is not None else None


def channel_axis_ok(ctx: LayerContext, axis, what: str) -> bool:
    """True when Keras' `axis` (counting the batch) is the axis our layer works along: the
    features of a vector, the channels of an image, the first axis of a sequence."""
    t = ctx.input
    if isinstance(axis, list) and len(axis) == 1:
        axis = axis[0]
    if t is None:
        return True
    ours = 3 if t.rank == 3 else 1
    if not isinstance(axis, int) or axis % (t.rank + 1) != ours:
        ctx.why.append(K.WRONG_AXIS.format(what, axis, t.keras_shape, -1 if t.rank != 2 else 1))
        return False
    return True


def our_size(value):
    """Our size parameter from a Keras int or (h, w) pair."""
    if isinstance(value, list) and len(value) == 2 and value[0] == value[1]:
        return value[0]
    return value

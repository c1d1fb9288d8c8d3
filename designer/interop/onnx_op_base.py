"""What every ONNX op handler shares: the exceptions that refuse or skip a node, `Value` (a
tensor of the graph as one of our layers' outputs) and checks on shapes and constants."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..file_messages import onnx as O


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
        raise Refused(O.NOT_PER_CHANNEL.format(what, list(shape), channels))
    flat = value.reshape(-1).astype(np.float32)
    return np.broadcast_to(flat, (channels,)).copy()


_RANKS = {(1,): O.VECTORS, (3,): O.IMAGES, (1, 2, 3): O.ANY_RANK}  # what `need` is asked


def need(x: Value, ranks: tuple[int, ...], what: str) -> None:
    if len(x.shape) not in ranks:
        raise Refused(O.WRONG_RANK.format(list(x.shape), what, _RANKS[ranks]))


def static_list(ctx, node, pos: int, what: str) -> list[int] | None:
    name = node.input[pos] if pos < len(node.input) else ""
    if not name:
        return None
    value = ctx.view.static(name)
    if value is None or value.dtype == object:
        raise Refused(O.LIST_COMPUTED.format(what, name))
    return [int(v) for v in value.reshape(-1)]

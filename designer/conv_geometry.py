"""The geometry of sliding windows (convolutions and pooling): output sizes, TensorFlow's
'same' padding and pooling's default strides. Plain arithmetic, shared by shape inference, the
torch modules, the exports and the imports."""
from __future__ import annotations

import math

from .errors import ShapeError
from .messages import WINDOW_TOO_BIG
from .params import pair


def spatial_out(kind: str, hw, kernel, strides, padding: str) -> tuple[int, int]:
    out = []
    for size, k, s in zip(hw, kernel, strides, strict=True):
        if padding == "same":
            out.append(math.ceil(size / s))
        elif k > size:
            raise ShapeError(WINDOW_TOO_BIG.format(kind, kernel[0], kernel[1], hw[0], hw[1]))
        else:
            out.append((size - k) // s + 1)
    return out[0], out[1]


def same_padding(hw, kernel, strides) -> tuple[int, int, int, int]:
    """(left, right, top, bottom) zero padding for 'same', extra on the right/bottom as in TF."""
    pads = []
    for size, k, s in zip(hw, kernel, strides, strict=True):
        total = max((math.ceil(size / s) - 1) * s + k - size, 0)
        pads.append((total // 2, total - total // 2))
    (top, bottom), (left, right) = pads
    return left, right, top, bottom


def pool_strides(p) -> tuple[int, int]:
    return pair(p["strides"] if p["strides"] is not None else p["pool_size"])

"""The torch modules layers become. Imported only when a network is built."""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from .activations import make_activation
from .conv_geometry import pool_strides, same_padding
from .initializers import fill_
from .params import padding4, pair

Identity = nn.Identity
Flatten = nn.Flatten


class WeightLayer(nn.Module):
    """Dense or Conv2D: core op -> activation -> dropout, with its own initializers, penalties
    and max-norm constraint (read by the trainer)."""

    def __init__(self, core: nn.Module, p: dict, channels: int, pad: nn.Module | None = None):
        super().__init__()
        self.pad = pad if pad is not None else nn.Identity()
        self.core = core
        self.act = make_activation(p["activation"], channels)
        self.drop = nn.Dropout(p["dropout"]) if p["dropout"] > 0 else nn.Identity()
        self.init, self.bias_init = p["init"], p["bias_init"]
        self.l1, self.l2, self.max_norm = p["l1"], p["l2"], p["max_norm"]
        self.trainable = p["trainable"]

    def forward(self, x):
        return self.drop(self.act(self.core(self.pad(x))))

    def reset_parameters(self, generator=None):
        fill_(self.core.weight, self.init, generator)
        if self.core.bias is not None:
            fill_(self.core.bias, self.bias_init, generator)
        if isinstance(self.act, nn.PReLU):
            nn.init.constant_(self.act.weight, 0.25)

    def penalty(self):
        """The L1/L2 terms this layer adds to the loss (0 when it has none)."""
        w = self.core.weight
        total = w.new_zeros(())
        if self.l1:
            total = total + self.l1 * w.abs().sum()
        if self.l2:
            total = total + self.l2 * w.square().sum()
        return total

    @torch.no_grad()
    def apply_max_norm(self):
        if self.max_norm is not None:
            w = self.core.weight
            w.copy_(torch.renorm(w, 2, 0, self.max_norm))


def dense(p: dict, in_shape) -> WeightLayer:
    return WeightLayer(nn.Linear(in_shape[0], p["units"], bias=p["use_bias"]), p, p["units"])


def conv2d(p: dict, in_shape) -> WeightLayer:
    kernel, strides = pair(p["kernel_size"]), pair(p["strides"])
    pad, conv_pad = None, 0
    if p["padding"] == "same":
        left, right, top, bottom = same_padding(in_shape[1:], kernel, strides)
        if left == right and top == bottom:
            conv_pad = (top, left)
        else:
            pad = nn.ZeroPad2d((left, right, top, bottom))
    core = nn.Conv2d(in_shape[0], p["filters"], kernel, strides, conv_pad, bias=p["use_bias"])
    return WeightLayer(core, p, p["filters"], pad)


def zero_padding(value) -> nn.Module:
    top, bottom, left, right = padding4(value)
    return nn.ZeroPad2d((left, right, top, bottom))


def activation(value, out_shape) -> nn.Module:
    return make_activation(value, out_shape[0])


def dropout(rate: float) -> nn.Module:
    return nn.Dropout(rate)


class SamePool(nn.Module):
    """Pooling with TF's asymmetric 'same' padding: padded cells never win a max and never count
    in an average."""

    def __init__(self, kind: str, kernel, strides, pads):
        super().__init__()
        self.kind, self.kernel, self.strides, self.pads = kind, kernel, strides, pads

    def forward(self, x):
        if self.kind == "MaxPool2D":
            return F.max_pool2d(F.pad(x, self.pads, value=float("-inf")), self.kernel,
                                self.strides)
        total = F.avg_pool2d(F.pad(x, self.pads), self.kernel, self.strides)
        ones = F.pad(torch.ones_like(x[:1, :1]), self.pads)
        return total / F.avg_pool2d(ones, self.kernel, self.strides)


def pool(kind: str, p: dict, in_shape) -> nn.Module:
    kernel, strides = pair(p["pool_size"]), pool_strides(p)
    pad = (0, 0)
    if p["padding"] == "same":
        left, right, top, bottom = same_padding(in_shape[1:], kernel, strides)
        symmetric = left == right and top == bottom
        if not symmetric or top > kernel[0] // 2 or left > kernel[1] // 2:
            return SamePool(kind, kernel, strides, (left, right, top, bottom))
        pad = (top, left)
    if kind == "MaxPool2D":
        return nn.MaxPool2d(kernel, strides, pad)
    return nn.AvgPool2d(kernel, strides, pad, count_include_pad=False)


class GlobalPool(nn.Module):
    """One value per channel: the mean or the maximum over height and width."""

    def __init__(self, kind: str):
        super().__init__()
        self.kind = kind

    def forward(self, x):
        return x.mean(dim=(2, 3)) if self.kind == "GlobalAvgPool2D" else x.amax(dim=(2, 3))


def batch_norm(p: dict, in_shape) -> nn.Module:
    cls = nn.BatchNorm2d if len(in_shape) == 3 else nn.BatchNorm1d
    # Keras' momentum weights the old statistic; torch's weights the new batch.
    return cls(in_shape[0], eps=p["epsilon"], momentum=1.0 - p["momentum"])


def layer_norm(p: dict, in_shape) -> nn.Module:
    if len(in_shape) == 1:
        return nn.LayerNorm(in_shape[0], eps=p["epsilon"])
    return nn.GroupNorm(1, in_shape[0], eps=p["epsilon"])  # all values, per-channel affine


class Reshape(nn.Module):
    def __init__(self, shape):
        super().__init__()
        self.shape = tuple(shape)

    def forward(self, x):
        return x.reshape(x.shape[0], *self.shape)


class Add(nn.Module):
    def forward(self, *xs):
        out = xs[0]
        for x in xs[1:]:
            out = out + x
        return out


class Concatenate(nn.Module):
    def __init__(self, axis: int, rank: int):
        super().__init__()
        self.dim = axis % rank + 1  # skip the batch axis

    def forward(self, *xs):
        return torch.cat(xs, dim=self.dim)

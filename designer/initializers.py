"""Weight initializers by name (Keras' names), with the formulas of the study notes.

Each initializer resolves, for a weight's fan-in and fan-out, to one distribution. Both the torch
fill and the NumPy preview sample from that one description, so the two never disagree.
Fans follow Keras: Dense (out, in) -> fan_in=in, fan_out=out; Conv2D (out, in, kh, kw) ->
fan_in=in*kh*kw, fan_out=out*kh*kw; a 1-D tensor (a bias) -> both equal its length.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .params import Param, coerce_options, named_parts
from .registry import Registry

TRUNCATE_AT = 2.0  # truncated normals drop values beyond 2 standard deviations, as Keras does


@dataclass(frozen=True)
class Distribution:
    kind: str  # uniform | normal | truncated_normal | constant | orthogonal | identity
    a: float = 0.0  # low / mean / value / gain
    b: float = 0.0  # high / stddev

    def variance(self, shape: tuple[int, ...]) -> float:
        """The variance of the weights this distribution gives a tensor of `shape`."""
        if self.kind == "uniform":
            return (self.b - self.a) ** 2 / 12
        if self.kind == "normal":
            return self.b ** 2
        if self.kind == "truncated_normal":
            t = TRUNCATE_AT
            phi = math.exp(-t * t / 2) / math.sqrt(2 * math.pi)
            return self.b ** 2 * (1 - 2 * t * phi / math.erf(t / math.sqrt(2)))
        if self.kind == "constant":
            return 0.0
        rows, cols = shape[0], int(np.prod(shape[1:]))
        # An orthogonal matrix has min(rows, cols) unit-length rows or columns; an identity
        # (eye or conv "dirac") kernel has one non-zero per channel pair on the diagonal.
        ones = min(rows, cols) if self.kind == "orthogonal" else min(shape[0], shape[1])
        mean_sq = self.a ** 2 * ones / (rows * cols)
        mean = self.a * ones / (rows * cols) if self.kind == "identity" else 0.0
        return mean_sq - mean ** 2


@dataclass(frozen=True)
class Initializer:
    name: str
    help: str
    formula: str
    resolve: Callable[..., Distribution]  # (fan_in, fan_out, **options) -> Distribution
    params: tuple[Param, ...] = ()
    weights_only: bool = False  # orthogonal/identity need a matrix, not a bias vector

    def coerce_options(self, options: dict, owner: str = "init") -> dict:
        return coerce_options(self.params, options, owner)

    def distribution(self, fan_in: int, fan_out: int, options: dict | None = None) -> Distribution:
        given = options or {}
        return self.resolve(fan_in, fan_out, **{p.name: given.get(p.name, p.default)
                                                for p in self.params})


INITIALIZERS: Registry[Initializer] = Registry("initializer")


def _add(name, help, formula, resolve, params=(), weights_only=False, aliases=()):
    INITIALIZERS.register(name, Initializer(name, help, formula, resolve, params, weights_only),
                          aliases)


def _p(name, default, help, **kw):
    return Param(name, "float", default, help, **kw)


_GAIN = (_p("gain", 1.0, "Multiplies the matrix.", min=0.0),)
_RANGE = (_p("minval", -0.05, "Lower bound."), _p("maxval", 0.05, "Upper bound."))
_NORMAL = (_p("mean", 0.0, "Mean."), _p("stddev", 0.05, "Standard deviation.", min=0.0))

_add("zeros", "Every weight 0. Fine for biases; for weights every unit computes the same thing "
     "and stays the same (symmetry is never broken).", "w = 0",
     lambda fi, fo: Distribution("constant", 0.0))
_add("ones", "Every weight 1: the same symmetry problem as zeros.", "w = 1",
     lambda fi, fo: Distribution("constant", 1.0))
_add("constant", "Every weight the same value.", "w = value",
     lambda fi, fo, value: Distribution("constant", value),
     (_p("value", 0.0, "The value of every weight."),))
_add("random_uniform", "Uniform in a fixed range, whatever the layer's size.",
     "w ~ U(minval, maxval)",
     lambda fi, fo, minval, maxval: Distribution("uniform", minval, maxval),
     _RANGE)
_add("random_normal", "Normal with a fixed spread, whatever the layer's size.",
     "w ~ N(mean, stddev^2)", lambda fi, fo, mean, stddev: Distribution("normal", mean, stddev),
     _NORMAL)
_add("truncated_normal", "Normal, redrawing values more than 2 standard deviations from the "
     "mean, so no weight starts extreme.", "w ~ N(mean, stddev^2), |w - mean| <= 2 stddev",
     lambda fi, fo, mean, stddev: Distribution("truncated_normal", mean, stddev), _NORMAL)
_add("orthogonal", "A random orthogonal matrix: keeps the length of signals through the layer; "
     "good for deep and recurrent nets.", "W^T W = gain^2 I",
     lambda fi, fo, gain: Distribution("orthogonal", gain), _GAIN, weights_only=True)
_add("identity", "The identity matrix (for convolutions, a kernel that passes each channel "
     "through): the layer starts as a no-op.", "W = gain * I",
     lambda fi, fo, gain: Distribution("identity", gain), _GAIN, weights_only=True)


def _scaled(name, help, formula, uniform: bool, numerator: float, fans: Callable):
    def resolve(fi, fo):
        var = numerator / fans(fi, fo)
        if uniform:
            limit = math.sqrt(3 * var)
            return Distribution("uniform", -limit, limit)
        return Distribution("normal", 0.0, math.sqrt(var))

    _add(name, help, formula, resolve)


_XAVIER = ("Xavier/Glorot: scales the spread by fan-in and fan-out so signals keep their size "
           "forwards and backwards. The usual choice for sigmoid and tanh; with ReLU the "
           "activations shrink layer by layer.")
_HE = ("He (Kaiming): twice LeCun's variance, to make up for ReLU zeroing half its inputs. The "
       "usual choice for ReLU and its variants, and deep CNNs.")
_LECUN = ("LeCun: scales the spread by fan-in only, so larger inputs get smaller weights. Pairs "
          "with SELU.")
_scaled("glorot_uniform", _XAVIER, "U(-limit, limit), limit = sqrt(6 / (fan_in + fan_out))",
        True, 2.0, lambda fi, fo: fi + fo)
_scaled("glorot_normal", _XAVIER, "N(0, stddev^2), stddev = sqrt(2 / (fan_in + fan_out))",
        False, 2.0, lambda fi, fo: fi + fo)
_scaled("he_uniform", _HE, "U(-limit, limit), limit = sqrt(6 / fan_in)", True, 2.0,
        lambda fi, fo: fi)
_scaled("he_normal", _HE, "N(0, stddev^2), stddev = sqrt(2 / fan_in)", False, 2.0,
        lambda fi, fo: fi)
_scaled("lecun_uniform", _LECUN, "U(-limit, limit), limit = sqrt(3 / fan_in)", True, 1.0,
        lambda fi, fo: fi)
_scaled("lecun_normal", _LECUN, "N(0, stddev^2), stddev = sqrt(1 / fan_in)", False, 1.0,
        lambda fi, fo: fi)


def fans(shape: tuple[int, ...]) -> tuple[int, int]:
    """(fan_in, fan_out) of a weight tensor, the Keras way."""
    if len(shape) == 1:
        return shape[0], shape[0]
    receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    return shape[1] * receptive, shape[0] * receptive


def distribution_for(value, shape: tuple[int, ...]) -> Distribution:
    name, options = named_parts(value)
    return INITIALIZERS.get(name).distribution(*fans(shape), options)


def fill_(tensor, value, generator=None):
    """Initialize a torch tensor in place from a canonical initializer value."""
    import torch
    from torch.nn import init

    d = distribution_for(value, tuple(tensor.shape))
    with torch.no_grad():
        if d.kind == "uniform":
            init.uniform_(tensor, d.a, d.b, generator=generator)
        elif d.kind == "normal":
            init.normal_(tensor, d.a, d.b, generator=generator)
        elif d.kind == "truncated_normal":
            init.trunc_normal_(tensor, d.a, d.b, d.a - TRUNCATE_AT * d.b, d.a + TRUNCATE_AT * d.b,
                               generator=generator)
        elif d.kind == "constant":
            init.constant_(tensor, d.a)
        elif d.kind == "orthogonal":
            init.orthogonal_(tensor, d.a, generator=generator)
        elif tensor.dim() == 2:
            init.eye_(tensor).mul_(d.a)
        else:
            init.dirac_(tensor).mul_(d.a)
    return tensor


def sample(value, shape: tuple[int, ...], rng: np.random.Generator,
           max_values: int | None = None) -> np.ndarray:
    """NumPy draw of the weights `value` gives a tensor of `shape` (for previews, no torch).

    With `max_values`, an initializer that draws every weight independently returns at most
    that many values (flat), from the distribution of the full shape: enough for a histogram."""
    d = distribution_for(value, shape)
    if max_values is not None and d.kind in ("uniform", "normal", "truncated_normal", "constant") \
            and int(np.prod(shape)) > max_values:
        shape = (max_values,)
    if d.kind == "uniform":
        return rng.uniform(d.a, d.b, shape)
    if d.kind == "normal":
        return rng.normal(d.a, d.b, shape)
    if d.kind == "truncated_normal":
        out = rng.normal(d.a, d.b, shape)
        bad = np.abs(out - d.a) > TRUNCATE_AT * d.b
        while bad.any():
            out[bad] = rng.normal(d.a, d.b, int(bad.sum()))
            bad = np.abs(out - d.a) > TRUNCATE_AT * d.b
        return out
    if d.kind == "constant":
        return np.full(shape, d.a)
    rows, cols = shape[0], int(np.prod(shape[1:]))
    if d.kind == "orthogonal":
        q, r = np.linalg.qr(rng.normal(size=(max(rows, cols), min(rows, cols))))
        q = q * np.sign(np.diag(r))
        return (d.a * (q if rows >= cols else q.T)).reshape(shape)
    out = np.zeros(shape)
    for i in range(min(shape[0], shape[1] if len(shape) > 1 else 1)):
        out[(i, i, *[k // 2 for k in shape[2:]])] = d.a
    return out

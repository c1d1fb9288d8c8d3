"""Generated datasets: the truth tables of the study notes, the TF Playground's 2-D sets
(ported from its dataset.ts, labels 1/-1 mapped to classes 1/0), moons, and small regression
sets."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from .base import NOISE, SAMPLES, SEED, Dataset, register

_CORNERS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
_TABLES = {"and": [0, 0, 0, 1], "or": [0, 1, 1, 1], "nand": [1, 1, 1, 0], "nor": [1, 0, 0, 0],
           "xor": [0, 1, 1, 0]}
_PLAYGROUND_DOMAIN = ((-6.0, 6.0), (-6.0, 6.0))


def _truth_table(name: str):
    linear = "" if name == "xor" else " A single-layer perceptron can learn it."

    def load() -> Dataset:
        return Dataset(name, _CORNERS.copy(), np.array(_TABLES[name]), "classification",
                       classes=["0", "1"], feature_names=["a", "b"],
                       description=f"The truth table of {name.upper()}: four points.{linear}",
                       domain=((-0.5, 1.5), (-0.5, 1.5)))
    return load


for _name in _TABLES:
    register(_name, f"Truth table of {_name.upper()} (4 points)" +
             (", not linearly separable" if _name == "xor" else ""),
             "classification", (2,), 2)(_truth_table(_name))


def _points(name, xy, labels, description):
    return Dataset(name, np.asarray(xy, np.float32), (np.asarray(labels) > 0).astype(np.int64),
                   "classification", classes=["0", "1"], feature_names=["x1", "x2"],
                   description=description, domain=_PLAYGROUND_DOMAIN)


@register("circle", "Playground: a disc of one class inside a ring of the other", "classification",
          (2,), 2, (SAMPLES, NOISE, SEED))
def circle(samples=500, noise=0.0, seed=0) -> Dataset:
    rng, radius = np.random.default_rng(seed), 5.0
    half = samples // 2
    xy, labels = [], []
    for lo, hi, n in ((0.0, radius * 0.5, half), (radius * 0.7, radius, samples - half)):
        r = rng.uniform(lo, hi, n)
        angle = rng.uniform(0, 2 * np.pi, n)
        p = np.stack([r * np.sin(angle), r * np.cos(angle)], 1)
        shift = rng.uniform(-radius, radius, (n, 2)) * noise
        labels.append(np.where(np.hypot(*(p + shift).T) < radius * 0.5, 1, -1))
        xy.append(p)
    return _points("circle", np.concatenate(xy), np.concatenate(labels),
                   "Points inside radius 2.5 are one class, those from 3.5 to 5 the other.")


@register("quadrants", "Playground's exclusive-or: opposite quadrants share a class",
          "classification", (2,), 2, (SAMPLES, NOISE, SEED))
def quadrants(samples=500, noise=0.0, seed=0) -> Dataset:
    rng, padding = np.random.default_rng(seed), 0.3
    p = rng.uniform(-5, 5, (samples, 2))
    p += np.where(p > 0, padding, -padding)
    shift = rng.uniform(-5, 5, (samples, 2)) * noise
    labels = np.where((p + shift).prod(1) >= 0, 1, -1)
    return _points("quadrants", p, labels, "Class 1 where x1 and x2 have the same sign: XOR "
                   "on the plane.")


@register("gaussian", "Playground: two Gaussian blobs", "classification", (2,), 2,
          (SAMPLES, NOISE, SEED))
def gaussian(samples=500, noise=0.0, seed=0) -> Dataset:
    rng = np.random.default_rng(seed)
    variance = 0.5 + noise * (4 - 0.5) / 0.5
    half = samples // 2
    pos = rng.normal(2, np.sqrt(variance), (half, 2))
    neg = rng.normal(-2, np.sqrt(variance), (samples - half, 2))
    return _points("gaussian", np.concatenate([pos, neg]),
                   np.r_[np.ones(half), -np.ones(samples - half)],
                   "Two round clouds centred at (2, 2) and (-2, -2); noise widens them.")


@register("spiral", "Playground: two interleaved spirals", "classification", (2,), 2,
          (SAMPLES, NOISE, SEED))
def spiral(samples=500, noise=0.0, seed=0) -> Dataset:
    rng = np.random.default_rng(seed)
    n = samples // 2
    xy, labels = [], []
    for delta, label, count in ((0.0, 1, n), (np.pi, -1, samples - n)):
        i = np.arange(count)
        r = i / count * 5
        t = 1.75 * i / count * 2 * np.pi + delta
        p = np.stack([r * np.sin(t), r * np.cos(t)], 1) + rng.uniform(-1, 1, (count, 2)) * noise
        xy.append(p)
        labels.append(np.full(count, label))
    return _points("spiral", np.concatenate(xy), np.concatenate(labels),
                   "Two spirals wound into each other: the hardest Playground set.")


@register("moons", "Two interleaving half circles (scikit-learn's make_moons)",
          "classification", (2,), 2, (SAMPLES, NOISE, SEED))
def moons(samples=500, noise=0.0, seed=0) -> Dataset:
    from sklearn.datasets import make_moons

    x, y = make_moons(n_samples=samples, noise=noise, random_state=seed)
    return Dataset("moons", x, y, "classification", classes=["0", "1"],
                   feature_names=["x1", "x2"], description="Two crescents hooked into each "
                   "other.", domain=((-1.5, 2.5), (-1.0, 1.5)))


_REGRESSION_SAMPLES = replace(SAMPLES, default=1000)


@register("linear", "Regression: y = 2x + 1 on x from 1 to 10", "regression", (1,),
          None, (_REGRESSION_SAMPLES, NOISE, SEED))
def linear(samples=1000, noise=0.0, seed=0) -> Dataset:
    rng = np.random.default_rng(seed)
    x = np.linspace(1, 10, samples)
    y = 2 * x + 1 + rng.normal(0, 1, samples) * noise
    return Dataset("linear", x[:, None], y, "regression", feature_names=["x"],
                   description="The notes' first regression: one Dense unit learns w = 2, "
                   "b = 1.")


@register("plane", "Regression: Playground's tilted plane, y = (x1 + x2) / 10", "regression",
          (2,), None, (SAMPLES, NOISE, SEED))
def plane(samples=500, noise=0.0, seed=0) -> Dataset:
    rng, radius = np.random.default_rng(seed), 6.0
    p = rng.uniform(-radius, radius, (samples, 2))
    shift = rng.uniform(-radius, radius, (samples, 2)) * noise
    y = (p + shift).sum(1) / 10
    return Dataset("plane", p, y, "regression", feature_names=["x1", "x2"],
                   description="A plane rising along x1 + x2, from -1.2 to 1.2.",
                   domain=_PLAYGROUND_DOMAIN)


@register("sine", "Regression: y = sin(x) on x from -pi to pi", "regression", (1,), None,
          (SAMPLES, NOISE, SEED))
def sine(samples=500, noise=0.0, seed=0) -> Dataset:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-np.pi, np.pi, samples)
    y = np.sin(x) + rng.normal(0, 1, samples) * noise
    return Dataset("sine", x[:, None], y, "regression", feature_names=["x"],
                   description="One period of a sine wave: a curve no straight line fits.")

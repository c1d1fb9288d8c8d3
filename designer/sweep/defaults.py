"""The search space a sweep uses without --space, derived from the network:

- learning_rate: a log range from a tenth to ten times the network's rate;
- optimizer: the network's, adam and sgd; batch_size: half, the same and twice the network's;
  schedule: the network's, constant and cosine;
- every Dense or Conv2D layer that feeds another layer (not an output layer, whose size and
  activation the data and the loss fix): units (filters) as a log range of whole numbers from
  half to twice the layer's, activation among the layer's, relu and tanh, init among the
  layer's, glorot_uniform and he_normal, dropout from 0 to 0.5 and l2 among 0, 1e-4 and 1e-3;
- every Dropout layer: rate from 0 to 0.5.

`main.py sweep FILE --show-space` prints it as SPACE.json, a start for a space of one's own.
"""
from __future__ import annotations

from ..params import named_parts
from ..training.settings import TrainingSettings

L2_CHOICES = [0.0, 1e-4, 1e-3]
DROPOUT = {"low": 0.0, "high": 0.5}


def default_space(network) -> dict:
    """The default space of `network`, in the SPACE.json form (see the module docstring)."""
    s = TrainingSettings.from_dict(network.training)
    lr = s.learning_rate
    space = {"learning_rate": {"low": _round(lr / 10), "high": _round(lr * 10), "log": True},
             "optimizer": _unique([s.optimizer["name"], "adam", "sgd"]),
             "batch_size": _unique([max(s.batch_size // 2, 1), s.batch_size, s.batch_size * 2]),
             "schedule": _unique([s.schedule["name"], "constant", "cosine"])}
    layers = {}
    for layer in network.graph.layers:
        searched = _layer_space(layer, bool(network.graph.outputs_of(layer.id)))
        if searched:
            layers[layer.id] = searched
    if layers:
        space["layers"] = layers
    return space


def _layer_space(layer, hidden: bool) -> dict:
    p = layer.params
    if layer.type == "Dropout":
        return {"rate": dict(DROPOUT)}
    if layer.type not in ("Dense", "Conv2D") or not hidden:
        return {}
    size = "units" if layer.type == "Dense" else "filters"
    n = p[size]
    return {size: {"low": max(n // 2, 1), "high": max(n * 2, 2), "log": True},
            "activation": _unique([named_parts(p["activation"])[0], "relu", "tanh"]),
            "init": _unique([named_parts(p["init"])[0], "glorot_uniform", "he_normal"]),
            "dropout": dict(DROPOUT), "l2": list(L2_CHOICES)}


def _unique(values: list) -> list:
    return list(dict.fromkeys(values))


def _round(x: float) -> float:
    return float(f"{x:.3g}")

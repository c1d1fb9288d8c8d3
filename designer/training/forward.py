"""How a run reads the network's output: through the loss's stable form when it can.

When the loss fuses with the output layer's last activation (categorical cross-entropy after
softmax, binary cross-entropy after sigmoid), the run reads that layer *before* the activation
(the logits) and the loss applies log-softmax / log-sigmoid itself. A linear output is read as
logits too, as is any other unbounded output; outputs that are already probabilities (a
softmax followed by dropout, a hard sigmoid) are read as they are and clipped by the loss.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from torch import nn

from ..losses import LOSSES
from ..modules import WeightLayer

_LOGIT_MODULES = {"softmax": nn.Softmax, "sigmoid": nn.Sigmoid}
_PROBABILITIES = (nn.Softmax, nn.Sigmoid, nn.Hardsigmoid)


@dataclass
class Head:
    from_logits: bool  # the run's outputs are logits (apply softmax/sigmoid for probabilities)
    activation: str  # "softmax", "sigmoid", "linear" or "other": what turns them into outputs
    replace: Callable | None  # the output layer's module without its last activation


def _is_softmax_over_features(module) -> bool:
    return isinstance(module, nn.Softmax) and module.dim in (1, -1)


def output_head(model, loss_name: str) -> Head:
    out_id = model.output_ids[0]
    module = model.layer_module(out_id)
    wanted = LOSSES.get(loss_name).logit_activation
    if wanted is None:
        return Head(False, "other", None)
    weight_layer = isinstance(module, WeightLayer)
    act = module.act if weight_layer else module
    plain = not weight_layer or isinstance(module.drop, nn.Identity)
    cls = _LOGIT_MODULES[wanted]
    if plain and isinstance(act, cls) and (wanted != "softmax" or _is_softmax_over_features(act)):
        if weight_layer:
            return Head(True, wanted, lambda x: module.core(module.pad(x)))
        return Head(True, wanted, lambda x: x)  # an Activation layer: its input is the logits
    if isinstance(act, _PROBABILITIES):
        return Head(False, "other", None)  # probabilities (e.g. dropout after the softmax)
    return Head(True, "linear", None)  # unbounded outputs: read as logits


class GraphForward:
    """Runs a GraphModel's layers like its forward(), with the output layer's module replaced
    (to read logits). Holds the wiring taken from the graph when the run started."""

    def __init__(self, model, graph, replace: Callable | None = None):
        position = {i: k for k, i in enumerate(model.ids)}
        self.modules = list(model.layers)
        self.sources = [[position[s] for s in graph.inputs_of(i)] for i in model.ids]
        self.input = position[model.input_ids[0]]
        self.output = position[model.output_ids[0]]
        if replace is not None:
            self.modules[self.output] = replace

    def __call__(self, x):
        values = [None] * len(self.modules)
        values[self.input] = x
        for k, (module, sources) in enumerate(zip(self.modules, self.sources, strict=True)):
            if sources:
                values[k] = module(*[values[s] for s in sources])
        return values[self.output]

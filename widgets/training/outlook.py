"""What the open document says the panels will show before any run reports: the task (from the
dataset, else the loss), how many inputs a sample has (one: a fitted curve, two: a decision
boundary) and which layers have weights. The panels fall back on this when no run is
selected, so nothing of a closed document's runs is left in a title, a metric or a list."""
from __future__ import annotations

from dataclasses import dataclass, field

from designer.datasets import DATASETS
from designer.losses import LOSSES


@dataclass(frozen=True)
class Outlook:
    task: str | None = None  # "classification", "regression", or None (not known yet)
    inputs: int | None = None  # values per sample of the single Input, when there is one
    layers: tuple[str, ...] = field(default=())  # layers with weights, in network order

    @property
    def curve(self) -> bool:
        """One input: the boundary panel draws a fitted curve."""
        return self.inputs == 1


def outlook_of(network) -> Outlook:
    graph = network.graph
    analysis = graph.analysis
    inputs = [layer.id for layer in graph.layers if layer.type == "Input"]
    width = None
    if len(inputs) == 1:
        info = analysis.layers.get(inputs[0])
        shape = info.output_shape if info is not None else None
        if shape:
            width = 1
            for n in shape:
                width *= n
    order = analysis.order or [layer.id for layer in graph.layers]
    layers = tuple(i for i in order if i in analysis.layers and analysis.layers[i].total > 0)
    return Outlook(task_of(network), width, layers)


def task_of(network) -> str | None:
    spec = network.dataset or {}
    name = spec.get("name")
    if name is not None and name in DATASETS:
        return DATASETS.get(name).task
    if spec.get("task") in ("classification", "regression"):
        return spec["task"]
    loss = (network.training or {}).get("loss")
    loss = loss.get("name") if isinstance(loss, dict) else loss
    if isinstance(loss, str) and loss in LOSSES:
        return LOSSES.get(loss).task
    return None

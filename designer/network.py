"""A network document: the graph plus its name, dataset, training settings, trained weights
and training history (what a .nnd file holds)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .graph import NetworkGraph


@dataclass
class Network:
    graph: NetworkGraph = field(default_factory=NetworkGraph)
    name: str = "network"
    dataset: dict | None = None
    training: dict | None = None
    weights: dict[str, np.ndarray] | None = None  # "<layer id>.<parameter>" -> array
    history: dict | None = None
    extra: dict = field(default_factory=dict)  # unknown top-level keys, kept as they were
    source: Path | None = None  # the file it came from; relative dataset paths start there

    @property
    def trained(self) -> bool:
        return bool(self.weights)

"""What each hidden unit computes over the input plane, for networks with two inputs: the small
picture the TensorFlow Playground draws beside every neuron. The first layer's units cut the
plane with lines (bent by their activation); the next layers combine those cuts into curves.

Only hidden Dense-like layers with a few units are pictured, on a coarse grid, so a snapshot
stays small however large the network is."""
from __future__ import annotations

import numpy as np
import torch

from ..modules import WeightLayer

UNIT_GRID = 20  # points per axis
MAX_PER_LAYER = 16  # a wider layer is not pictured
MAX_PICTURES = 48  # in all, first layers first


def grid_points(extent, device) -> torch.Tensor:
    """UNIT_GRID x UNIT_GRID points over [[x0, x1], [y0, y1]], row by row from y0."""
    (x0, x1), (y0, y1) = extent
    ys = torch.linspace(y0, y1, UNIT_GRID, device=device)
    xs = torch.linspace(x0, x1, UNIT_GRID, device=device)
    gy, gx = torch.meshgrid(ys, xs, indexing="ij")
    return torch.stack([gx.reshape(-1), gy.reshape(-1)], 1)


def unit_pictures(model, extent, device) -> dict[str, np.ndarray]:
    """{layer id: (units, UNIT_GRID, UNIT_GRID) outputs after the activation} for the hidden
    weighted layers of `model` (evaluated as it is now, in evaluation mode)."""
    outputs = set(getattr(model, "output_ids", ()))
    found: dict[str, np.ndarray] = {}
    budget = [MAX_PICTURES]

    def hook_for(layer_id):
        def hook(module, inputs, output):
            o = output.detach()
            if o.dim() == 2 and o.shape[1] <= min(MAX_PER_LAYER, budget[0]):
                budget[0] -= o.shape[1]
                found[layer_id] = (o.float().cpu().numpy().T
                                   .reshape(o.shape[1], UNIT_GRID, UNIT_GRID))
        return hook

    hooks = [module.register_forward_hook(hook_for(layer_id))
             for layer_id, module in model.named_layers()
             if isinstance(module, WeightLayer) and layer_id not in outputs]
    try:
        with torch.no_grad():
            model(grid_points(extent, device))
    finally:
        for h in hooks:
            h.remove()
    return found

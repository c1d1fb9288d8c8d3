"""What the app plots about a network while it trains, computed a few times a second at most:
per-layer weight and bias histograms (sampled when layers are large), gradient norms, mean
|activation| and the dead-ReLU fraction on a fixed probe batch, a decision-boundary grid (2-D
inputs) or a fitted curve (1-D inputs), and the confusion matrix."""
from __future__ import annotations

import numpy as np
import torch
from torch import nn

from ..modules import WeightLayer
from .records import ActivationStats, Boundary, Histogram
from .unit_pictures import unit_pictures

BINS = 30
SAMPLE = 20_000  # values per histogram at most
PROBE = 256  # samples in the activation probe
GRID = 48  # decision-boundary resolution per axis


def histogram(values: np.ndarray, bins: int = BINS) -> Histogram:
    values = values[np.isfinite(values)]
    if values.size == 0:
        return Histogram(np.zeros(bins + 1), np.zeros(bins, np.int64))
    counts, edges = np.histogram(values, bins=bins)
    return Histogram(edges, counts, float(values.mean()), float(values.std()),
                     float(values.min()), float(values.max()))


def _is_relu(module) -> bool:
    return isinstance(module, nn.ReLU)


class Introspector:
    def __init__(self, model, engine, data, metric, head, grad_layers: list[str], seed: int = 0):
        self.model, self.engine, self.data = model, engine, data
        self.metric, self.head = metric, head
        self.grad_layers = grad_layers  # the layer of each of engine.grads
        rng = np.random.default_rng(seed)
        self.tensors = []  # (layer id, "weight"/"bias", tensor, sample index or None)
        for layer_id, module in model.named_layers():
            if isinstance(module, WeightLayer):
                for kind, t in (("weight", module.core.weight), ("bias", module.core.bias)):
                    if t is not None:
                        index = None
                        if t.numel() > SAMPLE:
                            index = torch.as_tensor(rng.choice(t.numel(), SAMPLE, replace=False),
                                                    device=t.device)
                        self.tensors.append((layer_id, kind, t, index))
        self.watched = [(i, m) for i, m in model.named_layers()
                        if isinstance(m, WeightLayer) or _activation_layer(m)]
        self.probe = data.train.x[:PROBE]
        self.grid = self._grid()

    # -- pieces ---------------------------------------------------------------------------
    def weights(self) -> dict:
        out: dict = {}
        for layer_id, kind, t, index in self.tensors:
            flat = t.detach().reshape(-1)
            values = (flat[index] if index is not None else flat).float().cpu().numpy()
            out.setdefault(layer_id, {})[kind] = histogram(values)
        return out

    def gradients(self) -> dict:
        grads = self.engine.grads
        if not grads:
            return {}
        norms = torch.stack(torch._foreach_norm(grads)).square().cpu().tolist()
        per_layer: dict[str, float] = {}
        for layer_id, sq in zip(self.grad_layers, norms, strict=True):
            per_layer[layer_id] = per_layer.get(layer_id, 0.0) + sq
        return {k: float(np.sqrt(v)) for k, v in per_layer.items()}

    def activations(self) -> dict:
        stats, hooks = {}, []

        def hook_for(layer_id, relu):
            def hook(module, inputs, output):
                o = output.detach()
                mean_abs = o.abs().mean().item()
                dead = None
                if relu and o.dim() >= 2:  # units (channels) that are 0 for every probe sample
                    units = o.transpose(0, 1).reshape(o.shape[1], -1)
                    dead = units.eq(0).all(1).float().mean().item()
                stats[layer_id] = ActivationStats(mean_abs, dead)
            return hook

        for layer_id, module in self.watched:
            act = module.act if isinstance(module, WeightLayer) else module
            hooks.append(module.register_forward_hook(hook_for(layer_id, _is_relu(act))))
        was_training = self.model.training
        try:
            self.model.eval()
            with torch.no_grad():
                self.model(self.probe)
        finally:
            for h in hooks:
                h.remove()
            self.model.train(was_training)
            if was_training:
                self.engine.train_mode()
        return stats

    def _grid(self):
        shape = tuple(self.data.train.x.shape[1:])
        if shape not in ((2,), (1,)):
            return None
        x = self.data.train.x
        domain = self.data.dataset.domain
        if shape == (1,):
            lo, hi = x.min().item(), x.max().item()
            pad = 0.05 * (hi - lo or 1.0)
            return ("curve", torch.linspace(lo - pad, hi + pad, 200, device=x.device)[:, None])
        if domain is None:
            lo, hi = x.min(0).values.tolist(), x.max(0).values.tolist()
            pads = [0.1 * (h - lo_ or 1.0) for lo_, h in zip(lo, hi, strict=True)]
            domain = tuple((lo_ - p, h + p) for lo_, h, p in zip(lo, hi, pads, strict=True))
        xs = torch.linspace(domain[0][0], domain[0][1], GRID, device=x.device)
        ys = torch.linspace(domain[1][0], domain[1][1], GRID, device=x.device)
        gy, gx = torch.meshgrid(ys, xs, indexing="ij")
        points = torch.stack([gx.reshape(-1), gy.reshape(-1)], 1)
        return ("boundary", points, [list(domain[0]), list(domain[1])])

    def boundary(self) -> Boundary | None:
        if self.grid is None:
            return None
        z = self.engine.predict(self.grid[1])
        values, kind = self._readable(z)
        if self.grid[0] == "curve":
            return Boundary("curve", x=self.grid[1][:, 0].cpu().numpy(),
                            y=values[:, 0] if values.ndim == 2 else values)
        if values.ndim == 2 and values.shape[1] > 1:
            values = values.argmax(1).astype(np.float64)
            kind = "class"
        return Boundary(kind, extent=self.grid[2], values=values.reshape(GRID, GRID))

    def _readable(self, z):
        """Outputs as a person reads them: probabilities, classes or values (NumPy)."""
        if self.head.from_logits:
            z = torch.sigmoid(z) if z.shape[1] == 1 else torch.softmax(z, 1)
        kind = "probability" if self.data.classification else "value"
        return z.float().cpu().numpy(), kind

    # -- all of it ------------------------------------------------------------------------
    def units(self) -> dict:
        """Each hidden unit's output over the input plane (2-D inputs only)."""
        if self.grid is None or self.grid[0] != "boundary":
            return {}
        was_training = self.model.training
        try:
            self.model.eval()
            return unit_pictures(self.model, self.grid[2], self.probe.device)
        finally:
            self.model.train(was_training)
            if was_training:
                self.engine.train_mode()

    def snapshot(self, confusion_outputs=None) -> dict:
        snap = {"weights": self.weights(), "gradients": self.gradients(),
                "activations": self.activations(), "boundary": self.boundary(),
                "units": self.units(), "confusion": None, "confusion_on": None}
        if confusion_outputs is not None and self.data.classification:
            z, y, where = confusion_outputs
            snap["confusion"] = self.metric.confusion(z, y)
            snap["confusion_on"] = where
        return snap


def _activation_layer(module) -> bool:
    return isinstance(module, (nn.ReLU, nn.LeakyReLU, nn.PReLU, nn.ELU, nn.SELU, nn.GELU,
                               nn.SiLU, nn.Mish, nn.Softplus, nn.Softsign, nn.Tanh, nn.Sigmoid,
                               nn.Hardsigmoid, nn.Softmax))

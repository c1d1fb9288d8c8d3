"""Epoch metrics from a whole set of outputs at once: loss, accuracy (classification), MAE and
R-squared (regression), and the confusion matrix.

Outputs are in the run's "training space": logits when the run reads logits (see forward.py),
else the network's outputs. Train metrics come from the outputs each batch produced while it
was trained on (so they average over the epoch, as Keras reports them); validation and test
metrics from a pass in evaluation mode (no dropout, BatchNorm's moving statistics).
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

from ..losses import LOSSES


@dataclass
class MetricSpec:
    loss_name: str
    loss_options: dict
    from_logits: bool
    task: str
    binary: bool  # one output unit for two classes
    n_classes: int | None
    target_width: int  # regression: values per target (the mean part of a gaussian_nll output)

    def per_sample_loss(self, z, y):
        return LOSSES.get(self.loss_name).per_sample(z, y, self.from_logits, **self.loss_options)

    def mean_loss(self, z, y) -> float:
        """The loss averaged over samples; the common cases take one fused kernel."""
        name, F = self.loss_name, torch.nn.functional
        if z.shape == y.shape and y.dtype == z.dtype:
            if name == "binary_crossentropy" and self.from_logits:
                return F.binary_cross_entropy_with_logits(z, y).item()
            if name == "mse":
                return F.mse_loss(z, y).item()
            if name == "mae":
                return F.l1_loss(z, y).item()
        if name == "categorical_crossentropy" and self.from_logits and y.dtype == torch.int64:
            return F.cross_entropy(z, y).item()
        return self.per_sample_loss(z, y).mean().item()

    def predicted_classes(self, z):
        if self.binary:
            return (z.reshape(len(z)) > (0.0 if self.from_logits else 0.5)).long()
        return z.reshape(len(z), -1).argmax(1)

    @staticmethod
    def true_classes(y):
        if y.dtype == torch.int64 and y.dim() == 1:
            return y
        y = y.reshape(len(y), -1)
        return (y[:, 0] > 0.5).long() if y.shape[1] == 1 else y.argmax(1)

    def correct(self, z, y) -> int:
        if self.binary and z.shape == y.shape:  # one unit, 0/1 targets
            return torch.eq(z > (0.0 if self.from_logits else 0.5), y > 0.5).sum().item()
        return torch.eq(self.predicted_classes(z), self.true_classes(y)).sum().item()

    def compute(self, z, y) -> dict:
        """Metrics of outputs z against targets y (tensors); plain floats."""
        if len(z) == 0:
            return {}
        out = {"loss": self.mean_loss(z, y)}
        if self.task == "classification":
            out["accuracy"] = self.correct(z, y) / len(z)
        else:
            pred = z.reshape(len(z), -1)[:, :self.target_width]
            target = y.reshape(len(y), -1)
            out["mae"] = (pred - target).abs().mean().item()
            total = (target - target.mean(0)).square().sum().item()
            residual = (pred - target).square().sum().item()
            out["r2"] = 1 - residual / total if total > 0 else None
        return out

    def confusion(self, z, y):
        """Counts of (true class, predicted class), a classes x classes NumPy array."""
        if self.task != "classification" or len(z) == 0:
            return None
        n = self.n_classes
        pairs = self.true_classes(y) * n + self.predicted_classes(z)
        return torch.bincount(pairs, minlength=n * n).reshape(n, n).cpu().numpy()

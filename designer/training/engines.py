"""How optimizer steps are computed. Two engines share one interface:

- AutogradEngine (here) runs any network: forward through the graph, loss plus L1/L2
  penalties, backward by autograd; in fp32, or bf16/fp16 under autocast (precision.py).
- DenseEngine (dense.py) runs chains of Dense layers with hand-derived gradients.

Both keep the epoch's training data permuted into preallocated buffers with fixed batch views
(a step slices nothing), write each batch's outputs into `outputs` for the epoch's metrics,
apply clipping, the optimizer and max-norm constraints, and keep the last gradients for
introspection. `run` does as many steps as it may in one go: it returns early when the control
is interrupted or the trainer's next deadline (a progress record, a snapshot) has come.
"""
from __future__ import annotations

import math
import time

import torch
from torch import nn

from ..modules import WeightLayer
from .precision import Precision
from .updates import clip_gradients


class Engine:
    name = "engine"

    def __init__(self, x, y, batch_size: int, width: int, optimizer, clip_norm, clip_value):
        n = int(x.shape[0])
        self.x, self.y = x, y  # the training split in its original order
        self.xs, self.ys = torch.empty_like(x), torch.empty_like(y)
        self.outputs = torch.zeros((n, width), dtype=torch.float32, device=x.device)
        self.bounds = [(s, min(s + batch_size, n)) for s in range(0, n, batch_size)]
        self.xb = [self.xs[s:e] for s, e in self.bounds]
        self.yb = [self.ys[s:e] for s, e in self.bounds]
        self.zb = [self.outputs[s:e] for s, e in self.bounds]
        self.optimizer = optimizer
        self.clipping = clip_norm is not None or clip_value is not None
        self.clip_norm, self.clip_value = clip_norm, clip_value
        self.grads: list = []  # the last step's gradients, aligned with self.params

    @property
    def steps(self) -> int:
        return len(self.bounds)

    @property
    def targets(self):
        """The epoch's targets in batch order, as the metrics take them."""
        return self.ys

    def begin_epoch(self, order) -> None:
        torch.index_select(self.x, 0, order, out=self.xs)
        torch.index_select(self.y, 0, order, out=self.ys)

    def update(self, grads, lr: float) -> None:
        """Clip, step the optimizer (autograd already off)."""
        if self.clipping:
            clip_gradients(grads, self.clip_norm, self.clip_value)
        self.optimizer.apply(grads, lr)

    def train_mode(self) -> None:
        pass


class AutogradEngine(Engine):
    name = "autograd"

    def __init__(self, model, forward, metric, x, y, batch_size, width, optimizer_factory,
                 clip_norm, clip_value, precision: Precision | None = None):
        self.precision = precision or Precision()
        self.precision.prepare(model)  # before the optimizer takes views of the weights
        self.params = [p for p in model.parameters() if p.requires_grad]
        super().__init__(x, y, batch_size, width, optimizer_factory(self.params), clip_norm,
                         clip_value)
        self.model, self.forward, self.metric = model, forward, metric
        self.penalized = any(isinstance(m, WeightLayer) and (m.l1 or m.l2) and m.trainable
                             for m in model.layers)
        self.constrained = any(isinstance(m, WeightLayer) and m.max_norm is not None
                               for m in model.layers)
        # frozen BatchNorm layers keep their statistics, as Keras freezes them
        self.frozen_norms = [m for m in model.modules()
                             if isinstance(m, nn.modules.batchnorm._BatchNorm)
                             and not any(p.requires_grad for p in m.parameters())]
        self.skipped = 0  # fp16 steps the grad scaler skipped: their gradients overflowed
        self.scaled = _ScaledUpdate(self) if self.precision.scaler is not None else None

    def train_mode(self) -> None:
        self.model.train()
        for m in self.frozen_norms:
            m.eval()

    def run(self, i, stop, gstep, lr, control, deadline):
        """Steps i..stop-1 until interrupted or past the deadline; returns (next i, global
        step, the loss if it was not finite else None)."""
        clock = time.perf_counter
        while i < stop:
            rate = lr(gstep) if callable(lr) else lr
            loss = self.step(i, rate)
            i, gstep = i + 1, gstep + 1
            if not math.isfinite(loss):
                return i, gstep, loss
            if control.interrupt or clock() >= deadline:
                break
        return i, gstep, None

    def step(self, i: int, lr: float) -> float:
        """One optimizer step on batch i; returns the batch's loss. In bf16/fp16 the forward
        runs under autocast and the loss is taken from the outputs in fp32; at fp16 the step
        goes through the grad scaler, which skips a step whose gradients overflowed (the loss
        stayed finite: no divergence). At fp32 autocast is a no-op context."""
        for p in self.params:
            p.grad = None
        xb, yb = self.xb[i], self.yb[i]
        with self.precision.autocast():
            z = self.forward(xb).reshape(len(xb), -1)
        z = z.float()  # autocast's bf16/fp16 outputs; the same tensor at fp32
        loss = self.metric.per_sample_loss(z, yb).mean()
        total = loss + self.model.penalty() if self.penalized else loss  # fp32 weights
        scaler = self.precision.scaler
        (total if scaler is None else scaler.scale(total)).backward()
        with torch.no_grad():
            self.zb[i].copy_(z)
            if scaler is None:
                self.apply(lr)
            else:
                self.scaled.stepped = False
                scaler.step(self.scaled, lr)  # unscales, checks, then apply() unless inf/NaN
                scaler.update()
                self.skipped += not self.scaled.stepped
        return loss.item()

    def apply(self, lr: float) -> None:
        """The step's update from the gradients autograd left (autograd off)."""
        grads = [p.grad if p.grad is not None else torch.zeros_like(p) for p in self.params]
        self.grads = grads
        self.update(grads, lr)
        if self.constrained:
            self.model.apply_constraints()

    @torch.no_grad()
    def predict(self, x, chunk: int = 8192):
        """Outputs in the run's training space (logits where it reads logits), eval mode."""
        self.model.eval()
        try:
            with self.precision.autocast():
                parts = [self.forward(x[s:s + chunk]) for s in range(0, len(x), chunk)]
            return torch.cat([p.reshape(len(p), -1).float() for p in parts]) if parts else \
                self.outputs[:0]
        finally:
            self.train_mode()


class _ScaledUpdate:
    """What torch.amp.GradScaler reads of an optimizer: the parameters whose gradients it
    unscales and checks, and step(), which it calls only when none overflowed."""

    def __init__(self, engine: AutogradEngine):
        self.param_groups = [{"params": engine.params}]
        self.engine, self.stepped = engine, False

    def step(self, lr: float) -> None:
        self.stepped = True
        self.engine.apply(lr)

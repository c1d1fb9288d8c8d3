"""The learning-rate range test (the study notes): train from a very small learning rate, raising
it exponentially every step up to a very large one, and watch the loss. It falls while the rate is
useful and shoots up once the rate is too large; a good rate is about ten times smaller than the
one where the loss was lowest.

The test trains a copy of the network's model: the network itself is never changed.
"""
from __future__ import annotations

import math

import numpy as np
import torch

from .control import TrainingControl
from .trainer import Trainer


def lr_range_test(network, overrides: dict | None = None, *, min_lr: float = 1e-7,
                  max_lr: float = 10.0, steps: int = 100, smoothing: float = 0.98,
                  diverge_factor: float = 4.0, control: TrainingControl | None = None,
                  device: str = "auto"):
    """A generator of records: {"type": "lr_test", "lr", "loss", "smoothed"} per step, then
    {"type": "lr_result", ...} as find_learning_rate returns it."""
    if not 0 < min_lr < max_lr:
        raise ValueError("the range test needs 0 < min_lr < max_lr")
    control = control or TrainingControl()
    trainer = Trainer(network, overrides, device=device, control=control, apply=False,
                      introspection=False)
    trainer.prepare()
    eng, metric = trainer.engine, trainer.metric
    shuffle = torch.Generator().manual_seed(trainer.seed + 1)
    ratio = max_lr / min_lr
    lrs, losses, smoothed, average, best = [], [], [], 0.0, math.inf
    previous = torch.get_num_threads()
    torch.set_num_threads(trainer.threads)
    try:
        eng.train_mode()
        for k in range(steps):
            if control.stop_requested:
                break
            i = k % eng.steps
            if i == 0:
                eng.begin_epoch(torch.randperm(len(trainer.data.train), generator=shuffle)
                                .to(trainer.device))
            lr = min_lr * ratio ** (k / max(steps - 1, 1))
            eng.run(i, i + 1, k, lr, control, math.inf)
            s, e = eng.bounds[i]
            with torch.no_grad():
                loss = metric.per_sample_loss(eng.outputs[s:e], eng.targets[s:e]).mean().item()
            if not math.isfinite(loss):
                break
            average = smoothing * average + (1 - smoothing) * loss
            value = average / (1 - smoothing ** (k + 1))
            lrs.append(lr)
            losses.append(loss)
            smoothed.append(value)
            yield {"type": "lr_test", "lr": lr, "loss": loss, "smoothed": value}
            best = min(best, value)
            if value > diverge_factor * best:
                break
    finally:
        torch.set_num_threads(previous)
    yield {"type": "lr_result", **suggest(lrs, losses, smoothed)}


FALL = 0.9  # the lowest loss must be this much below the settled start to suggest a rate


def suggest(lrs, losses, smoothed) -> dict:
    """The curve and the suggested rate: a tenth of the rate at the lowest smoothed loss
    (Geron's rule); `steepest` is where the loss fell fastest, for comparison. The first tenth
    of the curve is only a noisy average of a few batches, so the lowest point is looked for
    after it; if the loss never fell clearly below where it was then, there is no suggestion
    (a lucky first batch once made the rule suggest 1e-8 for the spiral)."""
    out = {"lrs": list(lrs), "losses": list(losses), "smoothed": list(smoothed),
           "suggestion": None, "min_loss_lr": None, "steepest": None}
    if len(smoothed) < 3:
        return out
    values = np.asarray(smoothed)
    settled = max(1, len(values) // 10)
    lowest = settled + int(values[settled:].argmin())
    out["min_loss_lr"] = float(lrs[lowest])
    if values[lowest] > FALL * values[settled]:
        return out
    out["suggestion"] = float(lrs[lowest]) / 10
    if lowest >= 2:
        slope = np.gradient(values[:lowest + 1], np.log(np.asarray(lrs[:lowest + 1])))
        out["steepest"] = float(lrs[int(slope.argmin())])
    return out


def find_learning_rate(network, overrides: dict | None = None, **options) -> dict:
    """Run the whole range test; returns lrs, losses, smoothed, suggestion, min_loss_lr,
    steepest."""
    result = None
    for record in lr_range_test(network, overrides, **options):
        result = record
    return {k: v for k, v in result.items() if k != "type"}

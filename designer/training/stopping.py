"""When a run stops early: early stopping's patience (with the best weights kept to restore),
and the sentence for a run whose loss diverged."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .records import Epoch


def monitored(record: Epoch, key: str) -> float | None:
    """The value a rule watches; the training loss when the run has no such value (no
    validation set for val_loss)."""
    value = record.value(key)
    return record.loss if value is None else value


@dataclass
class EarlyStopping:
    """Stops a run when `monitor` has not improved by `min_delta` for `patience` epochs."""

    monitor: str
    patience: int
    min_delta: float
    restore_best_weights: bool
    best: float = math.inf
    best_epoch: int = 0
    wait: int = 0
    state: dict | None = None  # the best epoch's weights, when they are to be restored

    @classmethod
    def from_settings(cls, options: dict | None) -> EarlyStopping | None:
        return None if options is None else cls(
            options["monitor"], options["patience"], options["min_delta"],
            options["restore_best_weights"])

    def update(self, record: Epoch, model) -> str | None:
        """After an epoch: None to go on, or the note that stops the run (having restored the
        best weights into `model` when asked to)."""
        value = monitored(record, self.monitor)
        if value < self.best - self.min_delta:
            self.best, self.best_epoch, self.wait = value, record.epoch, 0
            if self.restore_best_weights:
                self.state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            return None
        self.wait += 1
        if self.wait <= self.patience:
            return None
        what = self.monitor if record.value(self.monitor) is not None else "loss"
        restored = ""
        if self.state is not None:
            model.load_state_dict(self.state)
            restored = f"; restored the weights of epoch {self.best_epoch}"
        return (f"early stopping: {what} has not improved for {self.patience + 1} epochs "
                f"(best {self.best:.4g} at epoch {self.best_epoch}){restored}")


def diverged_message(value: float, epoch: int, step: int, lr: float, largest_penalty: float,
                     clipped: bool) -> str:
    kind = "NaN" if math.isnan(value) else "infinite"
    causes = [f"a smaller learning rate (it was {lr:.3g})"]
    if largest_penalty >= 0.01:
        causes.append(f"smaller L1/L2 penalties (up to {largest_penalty:g} here)")
    if not clipped:
        causes.append("gradient clipping (clip_norm)")
    tries = causes[0] if len(causes) == 1 else ", ".join(causes[:-1]) + " or " + causes[-1]
    return (f"the loss became {kind} at epoch {epoch}, step {step}: the weights diverged. "
            f"Try {tries}. The network keeps the weights it had before this run.")

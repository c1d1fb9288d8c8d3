"""When a run stops early: early stopping's patience (with the best weights kept to restore),
and the sentence for a run whose loss diverged."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .. import messages as M
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
        note = M.EARLY_STOP
        if self.state is not None:
            model.load_state_dict(self.state)
            note = M.EARLY_STOP_RESTORED
        return note.format(what, self.patience + 1, self.best, self.best_epoch)


def diverged_message(value: float, epoch: int, step: int, lr: float, largest_penalty: float,
                     clipped: bool) -> str:
    others = [M.TRY_PENALTIES.format(largest_penalty)] if largest_penalty >= 0.01 else []
    if not clipped:
        others.append(M.TRY_CLIPPING)
    tries = (M.TRY_LR, M.TRY_LR_OR, M.TRY_LR_AND_OR)[len(others)].format(lr, *others)
    sentence = M.DIVERGED_NAN if math.isnan(value) else M.DIVERGED_INFINITE
    return sentence.format(epoch, step, tries)

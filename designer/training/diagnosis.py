"""What a run's curves say about it, in facts a sentence can be built from (no Qt here).

Overfitting: the network keeps fitting its training data better while it gets worse on data
it does not train on. `overfitting(epochs)` looks for that in a run's epoch records.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MIN_EPOCHS = 10  # fewer epochs than this say nothing about a trend
MIN_PATIENCE = 5  # the val loss must have stayed above its best at least this many epochs...
PATIENCE_SHARE = 0.1  # ...and at least this share of the run's epochs
MIN_RISE = 0.05  # the smoothed val loss must be this much (relatively) above its best...
# ...and this many standard errors of its noise: the lowest of the ~20 windows' means lies
# about 2.5 below a flat curve's level by chance, and the latest window's can lie 2 above it
NOISE_UNITS = 6.0
MIN_FALL = 0.02  # the smoothed training loss must have fallen at least this much (relatively)


@dataclass(frozen=True)
class Overfitting:
    """Validation loss has risen since `best_epoch`, where it was `best_val_loss`, to
    `val_loss_now`, while training loss fell from `train_loss_then` to `train_loss_now`."""

    best_epoch: int
    best_val_loss: float
    val_loss_now: float
    train_loss_then: float
    train_loss_now: float
    epochs_rising: int  # epochs recorded since the best one

    @property
    def train_fall(self) -> float:
        return self.train_loss_then - self.train_loss_now


def overfitting(epochs) -> Overfitting | None:
    """Overfitting in a run's Epoch records, or None (also without validation loss).

    The rule, on the epochs that have both a finite training and validation loss:
    1. Both curves are smoothed with a trailing mean over w = max(3, n // 20) epochs, so that
       one noisy epoch neither makes nor hides a trend.
    2. The best epoch is where the smoothed validation loss is lowest (from the w-th epoch on,
       where the mean has a whole window). At least
       max(5, 10% of the epochs) epochs must have followed it: by then the validation loss has
       stayed above its best for that long, not just wobbled.
    3. The smoothed validation loss now must be above its best by more than 5% and by more
       than 6 standard errors of its noise (the noise estimated from the epoch-to-epoch
       changes, which a smooth trend barely affects): a flat noisy curve is not a rise.
    4. Over the same stretch the training loss must still have fallen (smoothed, by at least
       2%, and the last epoch's below the best epoch's): the network is learning its
       training data while getting worse on new data.
    The best validation loss reported is the lowest raw one up to the best epoch, and its
    epoch the one the sentence names.
    """
    points = _points(epochs)
    n = len(points)
    if n < MIN_EPOCHS:
        return None
    numbers, train, val = (np.array(column, dtype=float) for column in zip(*points, strict=True))
    w = max(3, n // 20)
    val_s, train_s = _trailing_mean(val, w), _trailing_mean(train, w)
    best = w - 1 + int(np.argmin(val_s[w - 1:]))  # full windows only: fewer are noisier
    if n - 1 - best < max(MIN_PATIENCE, math.ceil(PATIENCE_SHARE * n)):
        return None
    rise = val_s[-1] - val_s[best]
    if rise <= MIN_RISE * abs(val_s[best]) or rise <= NOISE_UNITS * _noise(val) / math.sqrt(w):
        return None
    raw_best = int(np.argmin(val[:best + 1]))
    fell = train_s[-1] < (1 - MIN_FALL) * train_s[best] and train[-1] < train[raw_best]
    if not fell:
        return None
    return Overfitting(best_epoch=int(numbers[raw_best]), best_val_loss=float(val[raw_best]),
                       val_loss_now=float(val[-1]), train_loss_then=float(train[raw_best]),
                       train_loss_now=float(train[-1]), epochs_rising=n - 1 - raw_best)


def _points(epochs) -> list[tuple[int, float, float]]:
    """(epoch, loss, val_loss) of the records that have both, finite."""
    out = []
    for record in epochs:
        loss, val = record.loss, record.value("val_loss")
        if loss is not None and val is not None and math.isfinite(loss) and math.isfinite(val):
            out.append((record.epoch, float(loss), float(val)))
    return out


def _trailing_mean(values: np.ndarray, w: int) -> np.ndarray:
    """The mean of each value and the w - 1 before it (fewer at the start)."""
    sums = np.cumsum(np.concatenate([[0.0], values]))
    ends = np.arange(1, len(values) + 1)
    starts = np.maximum(ends - w, 0)
    return (sums[ends] - sums[starts]) / (ends - starts)


def _noise(values: np.ndarray) -> float:
    """The standard deviation of a curve's epoch-to-epoch noise: for independent noise of
    deviation s, the median |difference| of neighbours is 0.954 s; a trend hardly shifts it."""
    return float(np.median(np.abs(np.diff(values)))) / 0.954

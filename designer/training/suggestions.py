"""Training settings that suit a dataset: what a course would start with for a truth table, the
Playground's sets, a small table, digits or an MNIST-sized set, so that choosing a dataset
gives a first run that learns."""
from __future__ import annotations

import math

from ..losses import LOSSES
from .settings import TrainingSettings

# (largest sample count, largest sample size) -> settings; the first row that holds wins
SIZES = (
    (16, None, {"batch_size": None, "epochs": 300, "validation_split": 0.0, "lr": 0.05}),
    (None, 2, {"batch_size": 10, "epochs": 300, "validation_split": 0.2, "lr": 0.01}),
    (1000, None, {"batch_size": 16, "epochs": 100, "validation_split": 0.2, "lr": 0.01}),
    (5000, None, {"batch_size": 32, "epochs": 60, "validation_split": 0.2, "lr": 0.001}),
    (None, None, {"batch_size": 128, "epochs": 10, "validation_split": 0.1, "lr": 0.001}),
)
ADAPTIVE = ("adam", "adamw", "nadam", "adamax", "rmsprop")  # the rates above are for these


def suggested_settings(info: dict, current: TrainingSettings) -> dict:
    """Training settings that make sense for a dataset (info: name, task, samples, shape,
    classes): the batch size, epochs, validation split and learning rate a course would start
    with, and the automatic loss when the current one does not fit the task."""
    n, shape = int(info.get("samples") or 0), tuple(info.get("shape") or ())
    size = math.prod(shape) if shape else 0
    out = dict(next(row for most_n, most_size, row in SIZES
                    if (most_n is None or n <= most_n)
                    and (most_size is None or size <= most_size)))
    if out["batch_size"] is None:  # truth tables: the whole table is one batch
        out["batch_size"] = max(n, 1)
    lr = out.pop("lr")
    optimizer = dict(current.optimizer)
    if optimizer["name"] in ADAPTIVE:
        optimizer["learning_rate"] = lr
    out["optimizer"] = optimizer
    if not _loss_fits(current.loss, info):
        out["loss"] = None  # automatic: categorical cross-entropy for many classes
    return out


def _loss_fits(loss: dict | None, info: dict) -> bool:
    if loss is None:  # automatic: it always fits
        return True
    if LOSSES.get(loss["name"]).task != info.get("task"):
        return False
    return not (loss["name"] == "binary_crossentropy" and (info.get("classes") or 2) > 2)

"""Train / validation / test splits, and fitting a dataset's samples to a network's Input."""
from __future__ import annotations

import math

import numpy as np

from ..file_messages import data as D
from .base import DatasetError


def check_fractions(validation: float, test: float) -> None:
    for name, value in (("validation_split", validation), ("test_split", test)):
        if not 0.0 <= value < 1.0:
            raise DatasetError(D.SPLIT_RANGE.format(name, value))
    if validation + test >= 1.0:
        raise DatasetError(D.SPLITS_SUM.format(validation + test))


def split_indices(n: int, validation: float = 0.0, test: float = 0.0, seed: int | None = 0,
                  labels: np.ndarray | None = None):
    """Shuffled (train, validation, test) index arrays. With class labels, each class is split
    in the same proportions (stratified), so small validation sets still see every class."""
    check_fractions(validation, test)
    rng = np.random.default_rng(seed)
    groups = [np.arange(n)]
    if labels is not None and labels.ndim == 1:
        groups = [np.flatnonzero(labels == c) for c in np.unique(labels)]
    parts = ([], [], [])
    for group in groups:
        group = rng.permutation(group)
        n_test = _share(len(group), test)
        n_val = _share(len(group), validation)
        parts[2].append(group[:n_test])
        parts[1].append(group[n_test:n_test + n_val])
        parts[0].append(group[n_test + n_val:])
    train, val, tst = (rng.permutation(np.concatenate(p)).astype(np.int64) for p in parts)
    if len(train) == 0:
        raise DatasetError(D.NO_TRAINING_SAMPLES.format(n))
    return train, val, tst


def _share(size: int, fraction: float) -> int:
    if fraction <= 0:
        return 0
    return min(max(int(round(size * fraction)), 1), size - 1) if size > 1 else 0


def fit_to_input(x: np.ndarray, input_shape, dataset: str = "the dataset",
                 input_id: str = "the Input") -> np.ndarray:
    """Samples reshaped to the Input's shape when the sizes agree (64 -> [1, 8, 8]); else a
    DatasetError that says what to change."""
    shape = tuple(int(d) for d in input_shape)
    given = tuple(x.shape[1:])
    if given == shape:
        return x
    if math.prod(given) == math.prod(shape):
        return x.reshape((len(x),) + shape)
    raise DatasetError(D.SHAPE_MISFIT.format(dataset, list(given), math.prod(given), input_id,
                                             list(shape), math.prod(shape)))

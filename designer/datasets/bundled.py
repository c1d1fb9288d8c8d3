"""Small real datasets that scikit-learn ships in its wheel (no download), scaled ready to
train: digits to [0, 1] (so they stay images), the others standardized per feature."""
from __future__ import annotations

import numpy as np

from .base import Dataset, register


def _standardized(x: np.ndarray) -> tuple[np.ndarray, dict]:
    mean, std = x.mean(0), x.std(0)
    std = np.where(std > 0, std, 1.0)
    return (x - mean) / std, {"kind": "standardize", "mean": mean.tolist(),
                              "std": std.tolist()}


def _sklearn(name: str, loader: str, description: str, standardize: bool = True):
    def load() -> Dataset:
        import sklearn.datasets

        bunch = getattr(sklearn.datasets, loader)()
        x = bunch.data.astype(np.float64)
        if standardize:
            x, transform = _standardized(x)
        else:  # digits: pixel values 0..16
            x, transform = x / 16.0, {"kind": "scale", "factor": 1 / 16.0}
        names = [str(n) for n in bunch.target_names]
        features = [str(f) for f in getattr(bunch, "feature_names", [])] or None
        return Dataset(name, x, bunch.target, "classification", classes=names,
                       feature_names=features, description=description, transform=transform)
    return load


register("digits", "8x8 handwritten digits, 1,797 images, 10 classes (pixels scaled to [0, 1])",
         "classification", (64,), 10)(
    _sklearn("digits", "load_digits", "Handwritten digits 0-9 as 8x8 grey images, flattened "
             "to 64 values; an Input of [1, 8, 8] sees them as images.", standardize=False))
register("iris", "Iris flowers: 150 samples, 4 measurements, 3 species", "classification", (4,),
         3)(_sklearn("iris", "load_iris", "Fisher's iris flowers: sepal and petal sizes of "
                     "three species (standardized)."))
register("wine", "Wines: 178 samples, 13 chemical measurements, 3 cultivars", "classification",
         (13,), 3)(_sklearn("wine", "load_wine", "Chemical analysis of wines from three "
                            "cultivars (standardized)."))
register("breast_cancer", "Breast cancer biopsies: 569 samples, 30 features, benign or malignant",
         "classification", (30,), 2)(
    _sklearn("breast_cancer", "load_breast_cancer", "Cell-nucleus measurements of breast "
             "masses, malignant or benign (standardized)."))

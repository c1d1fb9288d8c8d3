"""What every dataset is: arrays ready to train on, plus what the app needs to show them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..errors import DesignerError
from ..file_messages import data as D
from ..params import Param
from ..registry import Registry


class DatasetError(DesignerError, ValueError):
    """A dataset that cannot be loaded or does not fit the network; the message says why."""


@dataclass
class Dataset:
    name: str
    x: np.ndarray  # float32, (N, *sample shape)
    y: np.ndarray  # int64 (N,) class numbers, float32 (N, C) soft labels, or float32 (N, D)
    task: str  # "classification" or "regression"
    classes: list[str] | None = None
    feature_names: list[str] | None = None
    description: str = ""
    test: tuple[np.ndarray, np.ndarray] | None = None  # an official test set, if it has one
    transform: dict | None = None  # how raw inputs became x; prediction applies it again
    notes: list[str] = field(default_factory=list)  # e.g. rows left out
    domain: tuple[tuple[float, float], tuple[float, float]] | None = None  # 2-D plot extent

    def __post_init__(self):
        self.x = np.ascontiguousarray(self.x, dtype=np.float32)
        if self.task == "classification" and self.y.ndim == 1:
            self.y = self.y.astype(np.int64)
        else:
            self.y = np.asarray(self.y, dtype=np.float32)
            if self.y.ndim == 1:
                self.y = self.y[:, None]
        if len(self.x) != len(self.y):
            raise DatasetError(D.INPUTS_TARGETS.format(self.name, len(self.x), len(self.y)))

    def __len__(self) -> int:
        return len(self.x)

    @property
    def sample_shape(self) -> tuple[int, ...]:
        return tuple(self.x.shape[1:])

    @property
    def n_classes(self) -> int | None:
        if self.task != "classification":
            return None
        if self.classes:
            return len(self.classes)
        return int(self.y.max()) + 1 if self.y.ndim == 1 else self.y.shape[1]

    @property
    def target_width(self) -> int:
        """Values per target: 1 for class numbers, else the target's columns."""
        return 1 if self.y.ndim == 1 else int(np.prod(self.y.shape[1:]))

    def info(self) -> dict:
        return {"name": self.name, "task": self.task, "samples": len(self),
                "shape": list(self.sample_shape), "classes": self.n_classes,
                "test_samples": len(self.test[0]) if self.test else 0}


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    help: str
    task: str
    shape: tuple[int, ...]
    classes: int | None
    load: Callable[..., Dataset]  # (**options) -> Dataset
    params: tuple[Param, ...] = ()
    available: Callable[[], str | None] = lambda: None  # None, or why it cannot be loaded
    takes_path: bool = False  # accepts a "path" option: a folder with its files


DATASETS: Registry[DatasetSpec] = Registry("dataset")


def register(name, help, task, shape, classes, params=(), available=None, aliases=(),
             takes_path=False):
    def wrap(load):
        DATASETS.register(name, DatasetSpec(name, help, task, tuple(shape), classes, load,
                                            tuple(params), available or (lambda: None),
                                            takes_path), aliases)
        return load
    return wrap


SAMPLES = Param("samples", "int", 500, "How many points to generate.", min=4)
NOISE = Param("noise", "float", 0.0, "How much the points scatter (0: none; the Playground's "
              "slider goes to 0.5).", min=0.0)
SEED = Param("seed", "int", 0, "Seed of the generator: the same seed gives the same points.",
             min=0)

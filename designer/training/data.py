"""The data of one run: the dataset loaded, fitted to the Input, split, checked against the
output layer and the loss, and moved to the device as tensors."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..datasets import Dataset, fit_to_input, load_dataset, split_indices
from ..file_messages import data as D
from ..layers import fmt
from ..losses import LOSSES
from .errors import TrainingError


@dataclass
class Split:
    x: object  # torch tensors on the run's device
    y: object

    def __len__(self) -> int:
        return int(self.x.shape[0])


@dataclass
class RunData:
    dataset: Dataset
    train: Split
    val: Split | None
    test: Split | None
    task: str
    loss: dict  # canonical loss config
    n_classes: int | None
    out_width: int  # values per sample of the network's output
    binary: bool  # one sigmoid-style output unit for two classes

    @property
    def classification(self) -> bool:
        return self.task == "classification"


def load_network_dataset(network) -> Dataset:
    if not network.dataset:
        raise TrainingError(D.NO_DATASET.format(network.name))
    base = network.source.parent if network.source else None
    return load_dataset(network.dataset, base_dir=base)


def choose_loss(dataset: Dataset, given: dict | None, out_width: int) -> dict:
    if given is not None:
        return given
    if dataset.task == "regression":
        return {"name": "mse"}
    if out_width == 1:
        return {"name": "binary_crossentropy"}
    return {"name": "categorical_crossentropy"}


def check_fit(dataset: Dataset, loss: dict, out_width: int, out_id: str, out_shape) -> bool:
    """Does the output layer fit the targets under this loss? Returns whether the output is
    a single unit for a two-class problem; raises TrainingError saying what to change."""
    spec = LOSSES.get(loss["name"])
    name = dataset.name
    if spec.task == "classification" and dataset.task == "regression":
        raise TrainingError(D.LOSS_FOR_CLASSES.format(spec.name, name))
    if spec.task == "regression" and dataset.task == "classification":
        need = dataset.n_classes if dataset.n_classes > 2 else 1
        if out_width not in (need, dataset.n_classes):
            raise TrainingError(D.REGRESSION_LOSS_UNITS.format(
                name, dataset.n_classes, out_id, out_width, spec.name, need))
        return out_width == 1
    if dataset.task == "classification":
        n = dataset.n_classes
        if spec.name == "binary_crossentropy":
            if out_width == 1 and n == 2:
                return True
            if out_width == n:
                return False  # one yes/no unit per class (one-hot or multi-label targets)
            raise TrainingError(D.BINARY_UNITS.format(name, n, out_id, out_width))
        if out_width != n:
            units = D.CLASS_UNITS_OR_BINARY if n == 2 else D.CLASS_UNITS
            raise TrainingError(units.format(name, n, out_id, out_width))
        return False
    width = dataset.target_width
    if out_width == width or (spec.name == "gaussian_nll" and out_width == 2 * width):
        return False
    units = D.TARGET_UNITS_GAUSSIAN if spec.name == "gaussian_nll" else D.TARGET_UNITS
    raise TrainingError(units.format(name, width, out_id, fmt(tuple(out_shape)), 2 * width))


def targets(y: np.ndarray, loss_name: str, binary: bool, n_classes: int | None, task: str):
    """Targets in the form the loss takes: class numbers for categorical cross-entropy, 0/1
    columns for binary cross-entropy, floats for regression losses."""
    if task != "classification":
        return y.astype(np.float32)
    if y.ndim == 2:  # soft labels / one-hot rows
        return y.astype(np.float32)
    if loss_name == "categorical_crossentropy":
        return y.astype(np.int64)
    if binary:
        return y.astype(np.float32)[:, None]
    return np.eye(n_classes, dtype=np.float32)[y]  # one column per class


def prepare(network, model, settings, device, seed: int) -> RunData:
    """Everything about the data a run needs, or a TrainingError/DatasetError saying why not."""
    import torch

    dataset = load_network_dataset(network)
    if len(model.input_ids) != 1 or len(model.output_ids) != 1:
        raise TrainingError(D.ONE_INPUT_OUTPUT.format(len(model.input_ids), len(model.output_ids),
                                                      ", ".join(model.output_ids)))
    in_id, out_id = model.input_ids[0], model.output_ids[0]
    in_shape = network.graph.analysis.layers[in_id].output_shape
    out_shape = model.output_shapes[0]
    out_width = int(np.prod(out_shape))
    x = fit_to_input(dataset.x, in_shape, D.THE_DATASET.format(dataset.name), in_id)
    loss = choose_loss(dataset, settings.loss, out_width)
    binary = check_fit(dataset, loss, out_width, out_id, out_shape)
    y = targets(dataset.y, loss["name"], binary, dataset.n_classes, dataset.task)
    labels = dataset.y if dataset.y.ndim == 1 and dataset.task == "classification" else None
    official = dataset.test is not None and settings.test_split == 0
    train_idx, val_idx, test_idx = split_indices(len(x), settings.validation_split,
                                                 settings.test_split, seed, labels)

    def tensors(xs, ys):
        return Split(torch.as_tensor(np.ascontiguousarray(xs)).to(device),
                     torch.as_tensor(np.ascontiguousarray(ys)).to(device))

    test = None
    if official:
        tx = fit_to_input(dataset.test[0].astype(np.float32), in_shape,
                          D.THE_TEST_SET.format(dataset.name), in_id)
        ty = targets(dataset.test[1], loss["name"], binary, dataset.n_classes, dataset.task)
        test = tensors(tx, ty)
    elif len(test_idx):
        test = tensors(x[test_idx], y[test_idx])
    return RunData(dataset, tensors(x[train_idx], y[train_idx]),
                   tensors(x[val_idx], y[val_idx]) if len(val_idx) else None, test,
                   dataset.task, loss, dataset.n_classes, out_width, binary)

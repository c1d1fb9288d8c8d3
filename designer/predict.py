"""Predictions from a trained network, headless.

Inputs are taken in the dataset's own units (raw CSV rows, iris measurements, 0-255 pixels):
the preprocessing the last training run recorded (standardization, scaling, one-hot encoding)
is applied again first; pass `preprocessed=True` for inputs already transformed. Outputs are
probabilities for classifiers (a softmax/sigmoid is applied when the network outputs logits)
and values for regression. With `mc_samples`, dropout stays on and the outputs are the mean
of that many passes, with their standard deviation (Monte Carlo dropout, as the study notes do).
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import numpy as np

from .datasets import DatasetError, fit_to_input
from .datasets.tabular import apply_table
from .errors import DesignerError


class PredictionError(DesignerError, ValueError):
    pass


def last_run(network) -> dict:
    runs = (network.history or {}).get("runs") or []
    return runs[-1] if runs else {}


def preprocess(network, x: np.ndarray) -> np.ndarray:
    """Apply the last run's recorded input transform (standardize or scale) to raw inputs."""
    transform = (last_run(network).get("data") or {}).get("transform")
    if not transform:
        return x
    kind = transform.get("kind")
    if kind == "standardize":
        flat = x.reshape(len(x), -1)
        mean, std = np.asarray(transform["mean"]), np.asarray(transform["std"])
        if flat.shape[1] != len(mean):
            raise PredictionError(f"the inputs have {flat.shape[1]} values per sample; the "
                                  f"network was trained on {len(mean)}")
        return ((flat - mean) / std).reshape(x.shape)
    if kind == "scale":
        return x * transform["factor"]
    raise PredictionError("this network was trained on a table; give the rows as CSV with "
                          "their header (read_inputs does that)")


def predict(network, x, *, mc_samples: int = 0, preprocessed: bool = False,
            device: str = "cpu", batch: int = 4096) -> dict:
    """{"outputs": (N, k) array, "std": array or None, "classes": (N,) ints or None,
    "class_names": list or None}."""
    import torch

    from .build import build_model

    if not network.weights:
        raise PredictionError(f"{network.name}: the network has no trained weights; train it "
                              "first (python main.py train FILE --output FILE.nnd)")
    model = build_model(network.graph, weights=network.weights).to(device).eval()
    in_id = model.input_ids[0]
    in_shape = network.graph.analysis.layers[in_id].output_shape
    x = np.asarray(x, dtype=np.float64)
    if not preprocessed:
        x = preprocess(network, x)
    try:
        x = fit_to_input(x.astype(np.float32), in_shape, "the inputs", in_id)
    except DatasetError as e:
        raise PredictionError(str(e)) from None
    data = last_run(network).get("data") or {}
    passes = max(int(mc_samples), 1)
    if mc_samples:
        for module in model.modules():
            if isinstance(module, torch.nn.Dropout):
                module.train()
    outs = []
    with torch.no_grad():
        for _ in range(passes):
            parts = [model(torch.as_tensor(x[s:s + batch], device=device))
                     for s in range(0, len(x), batch)]
            z = torch.cat(parts).reshape(len(x), -1) if parts else torch.zeros((0, 1))
            if data.get("from_logits") and _output_is_linear(model):
                z = torch.sigmoid(z) if z.shape[1] == 1 else torch.softmax(z, 1)
            outs.append(z.cpu().numpy())
    stack = np.stack(outs)
    outputs = stack.mean(0)
    result = {"outputs": outputs, "std": stack.std(0) if mc_samples else None,
              "classes": None, "class_names": data.get("classes")}
    if data.get("task") == "classification":
        result["classes"] = (outputs[:, 0] > 0.5).astype(np.int64) if outputs.shape[1] == 1 \
            else outputs.argmax(1)
    return result


def _output_is_linear(model) -> bool:
    from torch import nn

    from .modules import WeightLayer

    module = model.layer_module(model.output_ids[0])
    act = module.act if isinstance(module, WeightLayer) else module
    return not isinstance(act, (nn.Softmax, nn.Sigmoid, nn.Hardsigmoid))


# -- files ------------------------------------------------------------------------------------
def read_inputs(network, path: str | os.PathLike) -> tuple[np.ndarray, bool]:
    """Inputs from .npy or .csv, and whether they are already preprocessed (a table is turned
    into features here, by its header)."""
    path = Path(path)
    if path.suffix.lower() == ".npy":
        try:
            return np.load(path, allow_pickle=False), False
        except (OSError, ValueError) as e:
            raise PredictionError(f"{path}: not a readable .npy file ({e})") from None
    if path.suffix.lower() != ".csv":
        raise PredictionError(f"{path}: inputs must be .npy or .csv")
    try:
        rows = [row for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")))
                if row]
    except OSError as e:
        raise PredictionError(f"{path}: cannot be read ({e})") from None
    if not rows:
        raise PredictionError(f"{path}: the file is empty")
    transform = (last_run(network).get("data") or {}).get("transform") or {}
    if transform.get("kind") == "table":
        header = [c.strip() for c in rows[0]]
        body = [[c.strip() for c in row] for row in rows[1:]]
        try:
            return apply_table(transform, header, body, str(path)), True
        except DatasetError as e:
            raise PredictionError(str(e)) from None
    if not _numeric(rows[0]):
        rows = rows[1:]  # a header
    try:
        return np.array([[float(v) for v in row] for row in rows]), False
    except ValueError as e:
        raise PredictionError(f"{path}: every value must be a number ({e})") from None


def _numeric(row) -> bool:
    try:
        [float(v) for v in row]
        return True
    except ValueError:
        return False


def write_outputs(result: dict, path: str | os.PathLike) -> Path:
    """.npy: the outputs array. .csv: a header row, the class (when classifying), then one
    column per output (per class, named by the class) and their std with Monte Carlo dropout."""
    path = Path(path)
    outputs = result["outputs"]
    if path.suffix.lower() == ".npy":
        np.save(path, outputs)
        return path
    if path.suffix.lower() != ".csv":
        raise PredictionError(f"{path}: outputs must be .npy or .csv")
    names = result.get("class_names")
    if names and len(names) == outputs.shape[1]:
        columns = [f"p({n})" for n in names]
    elif names and outputs.shape[1] == 1:
        columns = [f"p({names[-1]})"]
    else:
        columns = [f"y{k}" for k in range(outputs.shape[1])]
    header, table = list(columns), [outputs]
    if result.get("std") is not None:
        header += [f"std {c}" for c in columns]
        table.append(result["std"])
    values = np.concatenate(table, 1)
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        classes = result.get("classes")
        w.writerow((["class"] if classes is not None else []) + header)
        for k, row in enumerate(values):
            label = []
            if classes is not None:
                label = [names[classes[k]] if names else int(classes[k])]
            w.writerow(label + [f"{v:.6g}" for v in row])
    return path

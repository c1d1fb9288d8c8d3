"""ONNX export with a dynamic batch axis, checked against onnxruntime when it is installed."""
from __future__ import annotations

import contextlib
import logging
import os
import warnings
from pathlib import Path

import numpy as np
import torch

from ..atomic_files import atomic_target
from ..build import build_model
from ..errors import DesignerError
from ..file_messages import export as E


class ExportError(DesignerError):
    """An export that could not be written, with the reason."""


def model_for_export(network, seed: int = 0):
    """The network as built for inference, with its trained weights when it has them."""
    model = build_model(network.graph, seed=seed, weights=network.weights)
    return model.eval()


def example_inputs(model, graph, batch: int = 2, seed: int = 0) -> tuple:
    g = torch.Generator().manual_seed(seed)
    return tuple(torch.randn(batch, *graph.analysis.layers[i].output_shape, generator=g)
                 for i in model.input_ids)


def export_onnx(network, path: str | os.PathLike, opset: int | None = None) -> dict:
    """Write `path` (.onnx, one file); returns {"path", "inputs", "outputs", "max_abs_diff"}
    where max_abs_diff compares onnxruntime with torch on random inputs (None without
    onnxruntime)."""
    try:
        import onnx  # noqa: F401
        import onnxscript  # noqa: F401
    except ImportError as e:
        raise ExportError(E.ONNX_PACKAGES.format(e.name)) from None
    model = model_for_export(network)
    inputs = example_inputs(model, network.graph)
    names = [f"input_{i}" for i in model.input_ids]
    outputs = [f"output_{i}" for i in model.output_ids]
    batch = torch.export.Dim("batch", min=1)
    shapes = tuple({0: batch} for _ in inputs)
    path = Path(path)
    try:
        with atomic_target(path) as tmp, warnings.catch_warnings(), _quiet("torch.onnx"), \
                _no_tqdm_monitor():
            warnings.simplefilter("ignore")  # the exporter's own deprecation chatter
            torch.onnx.export(model, inputs, str(tmp), input_names=names, output_names=outputs,
                              dynamic_shapes=(shapes,), dynamo=True, external_data=False,
                              opset_version=opset, verbose=False)
    except Exception as e:
        raise ExportError(E.ONNX_FAILED.format(f"{type(e).__name__}: {str(e)[:300]}")) from None
    return {"path": str(path), "inputs": names, "outputs": outputs,
            "max_abs_diff": _check(model, inputs, path, names)}


@contextlib.contextmanager
def _quiet(name: str):
    """Silence a logger (the exporter logs a warning per torchvision op it skips)."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


@contextlib.contextmanager
def _no_tqdm_monitor():
    """The exporter shows tqdm bars, and tqdm starts a monitor thread that outlives them (a
    thread left in the app after every export); it only tunes refresh rates, so go without."""
    from tqdm import tqdm

    interval = tqdm.monitor_interval
    tqdm.monitor_interval = 0
    try:
        yield
    finally:
        tqdm.monitor_interval = interval


def _check(model, inputs, path, names) -> float | None:
    try:
        import onnxruntime
    except ImportError:
        return None
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = session.run(None, {n: x.numpy() for n, x in zip(names, inputs, strict=True)})
    with torch.no_grad():
        want = model(*inputs)
    want = [want] if torch.is_tensor(want) else list(want)
    return float(max(np.abs(g - w.numpy()).max() for g, w in zip(got, want, strict=True)))

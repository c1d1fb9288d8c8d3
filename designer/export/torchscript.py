"""TorchScript export: one .pt file that `torch.jit.load` runs with nothing else installed.

The module takes the network's inputs (preprocessed, as ONNX does) and returns what
`main.py predict --preprocessed` returns: when the app trained a linear output on logits, the
sigmoid or softmax that predict applies is part of the module. The network document and the
recorded preprocessing travel inside the file (`extra_files`) for whoever reads it later.
"""
from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

import torch
from torch import nn

from ..atomic_files import atomic_target
from ..file_messages import export as E
from ..predict import _output_is_linear, last_run
from ..serialization import dumps, jsonable
from .onnx_export import ExportError, example_inputs, model_for_export

EXTRA_FILES = ("network.json", "preprocessing.json")


class _Probabilities(nn.Module):
    """The model followed by the sigmoid (one output) or softmax predict applies to logits."""

    def __init__(self, model: nn.Module, sigmoid: bool):
        super().__init__()
        self.model, self.sigmoid = model, sigmoid

    def forward(self, x):
        z = self.model(x).reshape(x.shape[0], -1)
        return torch.sigmoid(z) if self.sigmoid else torch.softmax(z, 1)


def scriptable(network) -> tuple[nn.Module, tuple]:
    """The inference module as exported, and example inputs for it."""
    model = model_for_export(network)
    inputs = example_inputs(model, network.graph)
    data = last_run(network).get("data") or {}
    if data.get("from_logits") and len(model.output_ids) == 1 and len(inputs) == 1 \
            and _output_is_linear(model):
        sigmoid = model.output_shapes[0] in ((1,), ())
        return _Probabilities(model, sigmoid).eval(), inputs
    return model, inputs


def export_torchscript(network, path: str | os.PathLike) -> dict:
    """Write `path` (.pt); returns {"path", "max_abs_diff"}, the largest difference between
    the reloaded file and the model on random inputs."""
    module, inputs = scriptable(network)
    try:
        with warnings.catch_warnings():
            # Tracing warns about every Python-level shape read; the graph has no data-dependent
            # control flow, so the trace is exact (checked below on other inputs).
            warnings.simplefilter("ignore")
            traced = torch.jit.trace(module, inputs, check_trace=False)
    except Exception as e:
        raise ExportError(E.TORCHSCRIPT_FAILED.format(f"{type(e).__name__}: {str(e)[:300]}")) \
            from None
    transform = (last_run(network).get("data") or {}).get("transform")
    extra = {"network.json": dumps(network),
             "preprocessing.json": json.dumps(jsonable(transform or {}))}
    path = Path(path)
    with atomic_target(path) as tmp, warnings.catch_warnings():
        # torch 2.13 marks TorchScript deprecated in favour of torch.export, whose files need
        # torch.export.load and no longer run from C++; TorchScript is what users ask for.
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.jit.save(traced, str(tmp), _extra_files=extra)
    return {"path": str(path), "max_abs_diff": _check(module, path, network)}


def _check(module: nn.Module, path: Path, network) -> float:
    """Reload the file as a user would and compare it with the model on a new batch size."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # as in export_torchscript
        loaded = torch.jit.load(str(path))
    inputs = example_inputs(module if hasattr(module, "input_ids") else module.model,
                            network.graph, batch=5, seed=1)
    with torch.no_grad():
        want, got = module(*inputs), loaded(*inputs)
    want = [want] if torch.is_tensor(want) else list(want)
    got = [got] if torch.is_tensor(got) else list(got)
    return float(max((g - w).abs().max() for g, w in zip(got, want, strict=True)))

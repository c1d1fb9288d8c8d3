"""ONNX models (as torch.onnx.export, old and new, and other tools write them) -> a Network with
its weights.

The file is read with the `onnx` package as data (protobuf; nothing in it runs). Nodes between
the inputs and the outputs become layers op by op (onnx_ops); constants and the shape
arithmetic exporters write around a Reshape are folded (onnx_graph). An activation right after
a Dense or Conv2D that nothing else reads becomes that layer's activation, as a constant added
after a MatMul becomes its bias. Anything that cannot be expressed exactly is named, node by
node, in one InteropError, and nothing is half-imported. This module reads and checks the
file; onnx_importer walks its graph.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..file_messages import imports as I
from ..file_messages import network_files as F
from ..network import Network
from .common import InteropError, check_size
from .onnx_importer import Importer, model_opset

MIN_OPSET = 9  # older files are converted to NORMAL_OPSET first, where the converter can
NORMAL_OPSET = 13
GENERIC_NAMES = {"", "main_graph", "torch_jit", "torch-jit-export", "graph", "model"}


def load_onnx(path: str | os.PathLike) -> Network:
    """A Network from an .onnx file (weights stored in it or beside it as external data)."""
    onnx = _onnx()
    path = Path(path)
    check_size(path, F.ONNX_MODEL_FILE)
    try:
        model = onnx.load(str(path), load_external_data=False)
    except FileNotFoundError:
        raise InteropError(F.NO_SUCH_FILE.format(path)) from None
    except Exception as e:  # protobuf's decode errors have no common public base
        raise InteropError(I.NOT_ONNX.format(path, _reason(e))) from None
    external = _external_files(model)
    missing = sorted({name for name in external if not (path.parent / name).is_file()})
    if missing:
        raise InteropError(I.EXTERNAL_MISSING.format(path, ", ".join(missing)))
    if external:
        try:
            onnx.external_data_helper.load_external_data_for_model(model, str(path.parent))
        except Exception as e:
            raise InteropError(I.EXTERNAL_UNREADABLE.format(path, _reason(e))) from None
    return network_from_onnx(model, str(path))


def network_from_onnx(model, where: str) -> Network:
    """A Network from a loaded ModelProto; `where` names the file in messages."""
    _onnx()
    model = _checked(model, where)
    return Importer(model, where).run(_network_name(model, where))


def _onnx():
    try:
        import onnx
    except ImportError:
        raise InteropError(I.NEEDS_ONNX) from None
    return onnx


def _external_files(model) -> list[str]:
    """The files beside the model that hold its weights (large models, dynamo's default)."""
    from onnx.external_data_helper import ExternalDataInfo, uses_external_data

    return [ExternalDataInfo(t).location for t in model.graph.initializer
            if uses_external_data(t)]


def _reason(e: Exception) -> str:
    text = str(e).strip().splitlines()
    return f"{type(e).__name__}: {text[0][:200]}" if text else type(e).__name__


def _checked(model, where: str):
    """The model after onnx's own checks, with an old opset converted and local functions
    inlined; a file that is no valid model raises InteropError."""
    import onnx

    if not model.graph.node and not model.graph.input:
        raise InteropError(I.NO_GRAPH.format(where))
    try:
        onnx.checker.check_model(model)
    except Exception as e:  # ValidationError, or a model too large to check in memory
        raise InteropError(I.INVALID_ONNX.format(where, _reason(e))) from None
    if model.functions:
        model = onnx.inliner.inline_local_functions(model)
    if model_opset(model) < MIN_OPSET:
        try:
            model = onnx.version_converter.convert_version(model, NORMAL_OPSET)
        except Exception:
            pass  # the converter gives up on some files; the ops we map read old forms too
    return model


def _network_name(model, where: str) -> str:
    name = model.graph.name.strip()
    return Path(where).stem if name.lower() in GENERIC_NAMES else name

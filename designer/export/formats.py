"""The export formats, one registry for the command line and the window: what each is called,
the file suffixes it writes, and the function that writes it (imported only when used)."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import DesignerError
from ..file_messages import export as E
from ..registry import Registry


@dataclass(frozen=True)
class ExportFormat:
    name: str  # --format
    title: str  # File > Export > {title}...
    suffixes: tuple[str, ...]  # the first is the default; the others are recognised too
    writer: str  # "module:function", the function taking (network, path) -> dict
    file_filter: str  # the file dialog's filter

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    def write(self, network, path) -> dict:
        module, function = self.writer.split(":")
        return getattr(importlib.import_module(module, __package__), function)(network, path)


EXPORT_FORMATS: Registry[ExportFormat] = Registry("export format")
for _f in (
    ExportFormat("onnx", "ONNX", (".onnx",), ".onnx_export:export_onnx", "ONNX model (*.onnx)"),
    ExportFormat("python", "PyTorch script", (".py",), ".pytorch_code:write_pytorch",
                 "Python script (*.py)"),
    ExportFormat("torchscript", "TorchScript", (".pt", ".torchscript"),
                 ".torchscript:export_torchscript", "TorchScript (*.pt *.torchscript)"),
    # Keras code is a .py file too, so the extension alone means the PyTorch script.
    ExportFormat("keras", "Keras code", (".py",), ".keras_code:write_keras",
                 "Python script (*.py)"),
):
    EXPORT_FORMATS.register(_f.name, _f)


def format_for(path: str | Path, name: str | None = None) -> ExportFormat:
    """The format named, else the one the output's extension implies."""
    if name is not None:
        try:
            return EXPORT_FORMATS.get(name)
        except ValueError as e:
            raise DesignerError(str(e)) from None
    suffix = Path(path).suffix.lower()
    for fmt in (EXPORT_FORMATS.get(n) for n in EXPORT_FORMATS):
        if suffix in fmt.suffixes:
            return fmt
    raise DesignerError(f"cannot tell the format from {Path(path).name!r}; name it .onnx, .py "
                        "or .pt, or pass --format onnx|python|torchscript|keras")


def export(network, path, name: str | None = None) -> dict:
    """Write `network` to `path`; refuses a network with problems, naming them."""
    fmt = format_for(path, name)
    if not network.graph.analysis.valid:
        problems = "; ".join(str(p) for p in network.graph.analysis.problems[:5])
        raise DesignerError(E.HAS_PROBLEMS.format(problems))
    result = fmt.write(network, path)
    return {"format": fmt.name, **result}

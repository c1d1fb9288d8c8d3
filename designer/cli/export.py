"""`export`: a network as ONNX or as a standalone PyTorch script."""
from __future__ import annotations

import json
from pathlib import Path

from ..serialization import load
from . import command


@command("export", "write the network as ONNX (.onnx) or as a standalone PyTorch script (.py)")
def _export_args(p):
    p.add_argument("file", help="a .nnd or .json network (trained weights are included)")
    p.add_argument("--format", choices=("onnx", "python"), default=None,
                   help="default: from the output's extension")
    p.add_argument("--output", "-o", required=True, help="OUT.onnx or OUT.py")


@_export_args
def run_export(args) -> int:
    network = load(args.file)
    out = Path(args.output)
    fmt = args.format or {".onnx": "onnx", ".py": "python"}.get(out.suffix.lower())
    if fmt is None:
        from ..errors import DesignerError

        raise DesignerError(f"cannot tell the format from {out.name!r}; name it .onnx or .py, "
                            "or pass --format")
    if not network.graph.analysis.valid:
        for problem in network.graph.analysis.problems:
            print(problem)
        return 1
    if fmt == "onnx":
        from ..export.onnx_export import export_onnx

        result = export_onnx(network, out)
    else:
        from ..export.pytorch_code import write_pytorch

        result = write_pytorch(network, out)
    print(json.dumps(result))
    return 0

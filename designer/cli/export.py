"""`export`: a network as ONNX, a PyTorch script, TorchScript or Keras code."""
from __future__ import annotations

import json

from ..export.formats import EXPORT_FORMATS, export
from ..serialization import load
from .registry import command


@command("export", "write the network as ONNX (.onnx), a PyTorch script (.py), TorchScript "
                   "(.pt) or Keras code (--format keras)")
def _export_args(p):
    p.add_argument("file", help="a .nnd or .json network (trained weights are included)")
    p.add_argument("--format", choices=tuple(EXPORT_FORMATS), default=None,
                   help="default: from the output's extension (.onnx, .py, .pt/.torchscript)")
    p.add_argument("--output", "-o", required=True, help="OUT.onnx, OUT.py or OUT.pt")


@_export_args
def run_export(args) -> int:
    network = load(args.file)
    if not network.graph.analysis.valid:
        for problem in network.graph.analysis.problems:
            print(problem)
        return 1
    print(json.dumps(export(network, args.output, args.format)))
    return 0

"""`import`: a Keras model (model JSON, .keras, .h5, or Keras code in a .py file) or an ONNX
model, with its weights, as a Network Designer file."""
from __future__ import annotations

import json
import sys

from ..interop import import_network
from ..serialization import save
from .registry import command


@command("import", "read a Keras model (.keras, .h5, model JSON, Keras code .py) or an ONNX "
                   "model into a .nnd network, with its weights")
def _import_args(p):
    p.add_argument("file", help="IN.keras, IN.h5, IN.json (model.to_json()), IN.py or IN.onnx")
    p.add_argument("--output", "-o", required=True, metavar="OUT.nnd",
                   help="where to write the network (.nnd keeps the weights; .json does not)")


@_import_args
def run_import(args) -> int:
    network = import_network(args.file)
    path = save(network, args.output)
    analysis = network.graph.analysis
    info = network.extra.get("imported_from", {})
    for note in info.get("notes", []):
        print(f"note: {note}", file=sys.stderr)
    print(f"{args.file}: {len(network.graph)} layers, {analysis.total:,} parameters"
          f"{', with trained weights' if network.weights else ''} -> {path}", file=sys.stderr)
    print(json.dumps({"output": str(path), "format": info.get("format"),
                      "layers": len(network.graph), "parameters": analysis.total,
                      "trainable_parameters": analysis.trainable,
                      "weights": bool(network.weights), "training": network.training}))
    return 0

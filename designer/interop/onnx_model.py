"""ONNX models (as torch.onnx.export, old and new, and other tools write them) -> a Network with
its weights.

The file is read with the `onnx` package as data (protobuf; nothing in it runs). Nodes between
the inputs and the outputs become layers op by op (onnx_ops); constants and the shape
arithmetic exporters write around a Reshape are folded (onnx_graph). An activation right after
a Dense or Conv2D that nothing else reads becomes that layer's activation, as a constant added
after a MatMul becomes its bias. Anything that cannot be expressed exactly is named, node by
node, in one InteropError, and nothing is half-imported.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..analysis import coerce_params
from ..errors import ShapeError
from ..graph import Layer, NetworkGraph
from ..layers import LAYERS, fmt
from ..network import Network
from .common import InteropError, check_size, finish_import, refuse
from .onnx_graph import BATCH, GraphView, layer_hint, sanitize
from .onnx_ops import EXPLAINED, OPS, Refused, Skip, Value

MIN_OPSET = 9  # older files are converted to NORMAL_OPSET first, where the converter can
NORMAL_OPSET = 13
FLOAT_TYPES = {1: "float", 10: "float16", 11: "double", 16: "bfloat16"}
GENERIC_NAMES = {"", "main_graph", "torch_jit", "torch-jit-export", "graph", "model"}
MAX_REASONS = 30


def load_onnx(path: str | os.PathLike) -> Network:
    """A Network from an .onnx file (weights stored in it or beside it as external data)."""
    onnx = _onnx()
    path = Path(path)
    check_size(path, "ONNX model file")
    try:
        model = onnx.load(str(path), load_external_data=False)
    except FileNotFoundError:
        raise InteropError(f"{path}: no such file") from None
    except Exception as e:  # protobuf's decode errors have no common public base
        raise InteropError(f"{path}: not a readable ONNX model; the file is damaged, cut "
                           f"short or of another kind ({_reason(e)})") from None
    external = _external_files(model)
    missing = sorted({name for name in external if not (path.parent / name).is_file()})
    if missing:
        raise InteropError(f"{path}: its weights are stored beside it in "
                           f"{', '.join(missing)}, which is missing")
    if external:
        try:
            onnx.external_data_helper.load_external_data_for_model(model, str(path.parent))
        except Exception as e:
            raise InteropError(f"{path}: its external weights cannot be read "
                               f"({_reason(e)})") from None
    return network_from_onnx(model, str(path))


def network_from_onnx(model, where: str) -> Network:
    """A Network from a loaded ModelProto; `where` names the file in messages."""
    _onnx()
    model = _checked(model, where)
    return _Importer(model, where).run(_network_name(model, where))


def _onnx():
    try:
        import onnx
    except ImportError:
        raise InteropError("reading ONNX models needs the package onnx: pip install onnx") \
            from None
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
        raise InteropError(f"{where}: not an ONNX model (it holds no graph)")
    try:
        onnx.checker.check_model(model)
    except Exception as e:  # ValidationError, or a model too large to check in memory
        raise InteropError(f"{where}: not a valid ONNX model ({_reason(e)})") from None
    if model.functions:
        model = onnx.inliner.inline_local_functions(model)
    if _opset(model) < MIN_OPSET:
        try:
            model = onnx.version_converter.convert_version(model, NORMAL_OPSET)
        except Exception:
            pass  # the converter gives up on some files; the ops we map read old forms too
    return model


def _opset(model) -> int:
    versions = [o.version for o in model.opset_import if o.domain in ("", "ai.onnx")]
    return versions[0] if versions else 1


def _network_name(model, where: str) -> str:
    name = model.graph.name.strip()
    return Path(where).stem if name.lower() in GENERIC_NAMES else name


def _inferred_shapes(model) -> dict[str, list[int | None]]:
    """Each tensor's shape as onnx infers it (None for a size it cannot tell)."""
    import onnx

    try:
        model = onnx.shape_inference.infer_shapes(model)
    except Exception:
        return {}  # the shapes are only a cross-check; our own inference still runs
    shapes = {}
    graph = model.graph
    for info in list(graph.value_info) + list(graph.output) + list(graph.input):
        t = info.type.tensor_type
        if info.type.HasField("tensor_type") and t.HasField("shape"):
            shapes[info.name] = [d.dim_value if d.HasField("dim_value") else None
                                 for d in t.shape.dim]
    return shapes


@dataclass
class _Pending:
    """A layer to be: its type, parameters, sources (indices), weights and shape."""
    type: str
    params: dict
    inputs: list[int]
    weights: dict
    shape: tuple
    hint: str
    node: str
    alive: bool = True


def _describe(node, k: int) -> str:
    return f"node '{node.name}' ({node.op_type})" if node.name else \
        f"node #{k} ({node.op_type})"


class _Importer:
    def __init__(self, model, where: str):
        self.where = where
        self.opset = _opset(model)
        self.inferred = _inferred_shapes(model)
        self.values: dict[str, Value] = {}
        self.view = GraphView(model.graph, self.opset)
        self.view.shape_of = self._shape_with_batch
        self.view.fuse()
        self.broken: set[str] = set()
        self.layers: list[_Pending] = []
        self.reasons: list[str] = []
        self.fixed_batch: set[int] = set()
        self.redirect: dict[int, int] = {}
        self.current = ""  # the node being mapped, as messages name it

    # -- the walk --------------------------------------------------------------------------
    def run(self, name: str) -> Network:
        nodes = self.view.data_nodes()
        used = {i for k in nodes for i in self.view.nodes[k].input} | set(self.view.outputs)
        self._inputs(used)
        for k in nodes:
            self._node(k)
        outputs = self._outputs()
        self._fold()
        self._check_sources()
        self._check_outputs(outputs)
        self._give_up_if_refused()
        network, ids = self._assemble(name)
        finish_import(network, self.where, "ONNX", self._reported())
        info = network.extra["imported_from"]
        info["inputs"] = {i.name: ids[self.values[i.name].index]
                          for i in self.view.inputs if i.name in self.values}
        info["outputs"] = {o: ids[self._resolve(self.values[o].index)] for o in outputs}
        return network

    def _inputs(self, used: set[str]) -> None:
        for inp in self.view.inputs:
            if inp.name not in used:
                continue  # an input no output depends on
            try:
                shape = self._input_shape(inp)
            except Refused as e:
                self.reasons.append(f"input '{inp.name}': {e}")
                self.broken.add(inp.name)
                continue
            self.values[inp.name] = self._new(_Pending(
                "Input", {"shape": list(shape)}, [], {}, shape, inp.name, f"input '{inp.name}'"))

    def _input_shape(self, inp) -> tuple[int, ...]:
        if not inp.type.HasField("tensor_type"):
            raise Refused("not a tensor")
        t = inp.type.tensor_type
        if t.elem_type not in FLOAT_TYPES:
            raise Refused("holds whole numbers or text; Network Designer's inputs are real "
                          "numbers")
        if not t.HasField("shape") or len(t.shape.dim) < 2:
            raise Refused("needs a shape with a batch axis and at least one more axis")
        first, *rest = t.shape.dim
        if first.HasField("dim_value"):
            self.fixed_batch.add(first.dim_value)
        if not all(d.HasField("dim_value") and d.dim_value > 0 for d in rest):
            sizes = [d.dim_value if d.HasField("dim_value") else (d.dim_param or "?")
                     for d in rest]
            raise Refused(f"its sizes {sizes} (after the batch) are not all fixed; Network "
                          "Designer's Input needs a fixed shape")
        return tuple(d.dim_value for d in rest)

    def _node(self, k: int) -> None:
        node = self.view.nodes[k]
        self.current = _describe(node, k)
        try:
            self._map(node)
        except Skip:
            self.broken.update(node.output)
        except Refused as e:
            self.reasons.append(f"{self.current}: {e}")
            self.broken.update(node.output)
        except (ValueError, TypeError, IndexError, KeyError) as e:  # attributes of odd types
            self.reasons.append(f"{self.current}: cannot be read ({type(e).__name__}: {e})")
            self.broken.update(node.output)

    def _map(self, node) -> None:
        if node.domain not in ("", "ai.onnx"):
            raise Refused(f"{node.op_type} is a custom op (domain '{node.domain}'), not a "
                          "standard ONNX op")
        handler = OPS.get(node.op_type)
        if handler is None:
            raise Refused(EXPLAINED.get(node.op_type, f"{node.op_type} has no Network "
                                                      "Designer layer"))
        if any(i in self.broken for i in node.input):
            raise Skip
        for extra in node.output[1:]:
            if extra and self.view.readers(extra):
                raise Refused(f"its output '{extra}' is used; only the first output of a "
                              f"{node.op_type} can be imported")
        value = handler(self, node)
        self._check_shape(node.output[0], value)
        self.values[node.output[0]] = value

    def _check_shape(self, name: str, value: Value) -> None:
        dims = self.inferred.get(name)
        if dims is None:
            return
        theirs = dims[1:]
        if len(theirs) != len(value.shape) or any(
                d is not None and d != ours for d, ours in zip(theirs, value.shape)):
            shown = ["?" if d is None else d for d in theirs]
            raise Refused(f"Network Designer's layers would give shape {fmt(value.shape)} "
                          f"where the file has {shown} (batch left out)")

    def _outputs(self) -> list[str]:
        outputs = []
        for name in self.view.outputs:
            if name in self.broken:
                continue
            if name not in self.values:
                self.reasons.append(f"output '{name}': does not depend on the input")
            elif self.layers[self.values[name].index].type == "Input":
                self.reasons.append(f"output '{name}': is an input passed straight through")
            else:
                outputs.append(name)
        return outputs

    # -- what handlers call ----------------------------------------------------------------
    def data(self, node, pos: int) -> Value:
        name = node.input[pos] if pos < len(node.input) else ""
        if name in self.values:
            return self.values[name]
        if name in self.broken:
            raise Skip
        if not name:
            raise Refused(f"its input {pos} is missing")
        raise Refused(f"its input '{name}' is a constant; Network Designer's layers take "
                      "data that flows from the network's input")

    def weight(self, node, pos: int, what: str, required: bool = True) -> np.ndarray | None:
        name = node.input[pos] if pos < len(node.input) else ""
        if not name:
            if required:
                raise Refused(f"it has no {what}")
            return None
        value = self.view.static(name)
        if name in self.view.unreadable:
            raise Refused(f"its {what} '{name}' cannot be read ({self.view.unreadable[name]})")
        if value is None or value.dtype == object:
            raise Refused(f"its {what} '{name}' is computed from the input, not stored in "
                          "the file")
        if not (np.issubdtype(value.dtype, np.floating) or np.issubdtype(value.dtype,
                                                                         np.integer)):
            raise Refused(f"its {what} '{name}' holds {value.dtype} values, not numbers")
        return value.astype(np.float32)

    def add(self, node, type_name: str, params: dict, inputs: list[Value],
            weights: dict | None = None, weight_name: str | None = None,
            suffix: str = "") -> Value:
        spec = LAYERS.get(type_name)
        values, problems = coerce_params(Layer.create(type_name, "x", **params))
        if problems:
            raise Refused("; ".join(problems))
        try:
            shape = tuple(spec.infer(values, [x.shape for x in inputs]))
        except ShapeError as e:
            raise Refused(str(e)) from None
        hint = layer_hint(node, weight_name) + suffix
        return self._new(_Pending(type_name, values, [x.index for x in inputs], weights or {},
                                  shape, hint, self.current))

    def bias_add(self, node, x: Value, bias: np.ndarray) -> Value:
        """A constant added per unit or channel: the bias of the layer before (see _fold)."""
        return self._new(_Pending("BiasAdd", {}, [x.index], {"core.bias": bias}, x.shape,
                                  layer_hint(node), self.current))

    def _new(self, pending: _Pending) -> Value:
        self.layers.append(pending)
        return Value(len(self.layers) - 1, pending.shape)

    def _shape_with_batch(self, name: str):
        if name in self.values:
            return [BATCH, *self.values[name].shape]
        dims = self.inferred.get(name)
        if dims and all(d is not None for d in dims[1:]):
            return [BATCH, *dims[1:]]
        return None

    # -- folding ---------------------------------------------------------------------------
    def _resolve(self, index: int) -> int:
        while index in self.redirect:
            index = self.redirect[index]
        return index

    def _readers(self, index: int) -> list[int]:
        return [j for j, p in enumerate(self.layers) if p.alive and index in p.inputs]

    def _replace(self, old: int, new: int) -> None:
        """Drop layer `old`; whatever read it reads `new`."""
        for p in self.layers:
            p.inputs = [new if i == old else i for i in p.inputs]
        self.layers[old].alive = False
        self.redirect[old] = new

    def _fold(self) -> None:
        outputs = {self._resolve(self.values[o].index) for o in self.view.outputs
                   if o in self.values}
        for k, p in enumerate(self.layers):
            if not p.alive or not p.inputs:
                continue
            src_index = p.inputs[0]
            src = self.layers[src_index]
            alone = self._readers(src_index) == [k] and src_index not in outputs
            if p.type == "BiasAdd":
                self._fold_bias(k, p, src, src_index, alone)
            elif p.type == "Activation":
                self._fold_activation(k, p, src, src_index, alone)
            elif p.type in ("Reshape", "Flatten"):
                self._fold_reshape(k, p, src, src_index, alone, outputs)
            if k in outputs and not p.alive:
                outputs = {self._resolve(i) for i in outputs}

    def _fold_bias(self, k, p, src, src_index, alone) -> None:
        if alone and src.type in ("Dense", "Conv2D") and not src.params["use_bias"]:
            src.params["use_bias"] = True
            src.weights["core.bias"] = p.weights["core.bias"]
            self._replace(k, src_index)
        else:
            self.reasons.append(f"{p.node}: adds a constant to a value that is not the output "
                                "of a Dense or Conv2D layer without a bias (read only there); "
                                "Network Designer has no layer for that")

    def _fold_activation(self, k, p, src, src_index, alone) -> None:
        if alone and src.type in ("Dense", "Conv2D") and src.params["activation"] == "linear":
            src.params["activation"] = p.params["activation"]
            if "weight" in p.weights:  # PReLU's slopes
                src.weights["act.weight"] = p.weights["weight"]
            self._replace(k, src_index)

    def _fold_reshape(self, k, p, src, src_index, alone, outputs) -> None:
        if src.type in ("Reshape", "Flatten") and alone:
            p.inputs = list(src.inputs)  # a reshape of a reshape: only the last one counts
            src.alive = False
            self.redirect[src_index] = k
            src_index, src = p.inputs[0], self.layers[p.inputs[0]]
        if src.shape == p.shape and src.type != "Input" and (
                k not in outputs or (self._readers(src_index) == [k]
                                     and src_index not in outputs)):
            self._replace(k, src_index)

    def _check_sources(self) -> None:
        """Our graph connects two layers once: a merge may not read one layer twice."""
        for p in self.layers:
            if p.alive and len(set(p.inputs)) != len(p.inputs):
                self.reasons.append(f"{p.node}: reads the same values more than once; Network "
                                    f"Designer's {p.type} merges distinct layers")

    def _check_outputs(self, outputs: list[str]) -> None:
        seen = {}
        for name in outputs:
            index = self._resolve(self.values[name].index)
            if index in seen:
                self.reasons.append(f"outputs '{seen[index]}' and '{name}' are the same "
                                    "values; Network Designer gives each output once")
            elif self._readers(index):
                self.reasons.append(f"output '{name}' is also read inside the network; "
                                    "Network Designer's outputs are the layers nothing reads")
            seen[index] = name

    def _give_up_if_refused(self) -> None:
        reasons = self.reasons
        if len(reasons) > MAX_REASONS:
            reasons = reasons[:MAX_REASONS] + [f"... and {len(reasons) - MAX_REASONS} more"]
        refuse(self.where, reasons)

    # -- the network -----------------------------------------------------------------------
    def _assemble(self, name: str) -> tuple[Network, dict[int, str]]:
        graph, weights, ids = NetworkGraph(), {}, {}
        for k, p in enumerate(self.layers):
            if not p.alive:
                continue
            layer_id = graph.unique_id(sanitize(p.hint, p.type.lower()))
            ids[k] = layer_id
            graph.add_layer(Layer(layer_id, p.type, dict(p.params)))
            for source in p.inputs:
                graph.connect(ids[source], layer_id)
            weights.update({f"{layer_id}.{key}": value for key, value in p.weights.items()})
        return Network(graph=graph, name=name, weights=weights or None), ids

    def _reported(self) -> int:
        """The size of every array of the file that became a weight (a constant broadcast
        per channel counts once per channel, as the layer holds it)."""
        return sum(int(np.size(v)) for p in self.layers if p.alive
                   for key, v in p.weights.items() if key != "num_batches_tracked")

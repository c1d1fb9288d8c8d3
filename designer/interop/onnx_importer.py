"""The walk over one ONNX graph: its inputs, then each node between the inputs and the outputs
mapped by its op's handler (onnx_ops) to pending layers, folded (onnx_folding) and assembled
into a Network. Every node that cannot be mapped is noted with its reason before giving up.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..analysis import coerce_params
from ..errors import ShapeError
from ..file_messages import imports as I
from ..file_messages import network_files as F
from ..file_messages import onnx as O
from ..graph import Layer, NetworkGraph
from ..layers import LAYERS, fmt
from ..network import Network
from .common import finish_import, refuse
from .onnx_folding import Folding
from .onnx_graph import BATCH, GraphView
from .onnx_names import layer_hint, sanitize
from .onnx_ops import EXPLAINED, OPS, Refused, Skip, Value

FLOAT_TYPES = {1: "float", 10: "float16", 11: "double", 16: "bfloat16"}
MAX_REASONS = 30


def model_opset(model) -> int:
    versions = [o.version for o in model.opset_import if o.domain in ("", "ai.onnx")]
    return versions[0] if versions else 1


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
class Pending:
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
    return O.NODE.format(node.name, node.op_type) if node.name else \
        O.NODE_NUMBER.format(k, node.op_type)


class Importer(Folding):
    """Maps the nodes of one checked model to pending layers, then folds and assembles them."""

    def __init__(self, model, where: str):
        self.where = where
        self.opset = model_opset(model)
        self.inferred = _inferred_shapes(model)
        self.values: dict[str, Value] = {}
        self.view = GraphView(model.graph, self.opset)
        self.view.shape_of = self._shape_with_batch
        self.view.fuse()
        self.broken: set[str] = set()
        self.layers: list[Pending] = []
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
                self.reasons.append(F.AT.format(O.INPUT.format(inp.name), e))
                self.broken.add(inp.name)
                continue
            self.values[inp.name] = self._new(Pending(
                "Input", {"shape": list(shape)}, [], {}, shape, inp.name,
                O.INPUT.format(inp.name)))

    def _input_shape(self, inp) -> tuple[int, ...]:
        if not inp.type.HasField("tensor_type"):
            raise Refused(O.NOT_A_TENSOR)
        t = inp.type.tensor_type
        if t.elem_type not in FLOAT_TYPES:
            raise Refused(O.NOT_REAL_NUMBERS)
        if not t.HasField("shape") or len(t.shape.dim) < 2:
            raise Refused(O.NO_BATCH_AXIS)
        first, *rest = t.shape.dim
        if first.HasField("dim_value"):
            self.fixed_batch.add(first.dim_value)
        if not all(d.HasField("dim_value") and d.dim_value > 0 for d in rest):
            sizes = [d.dim_value if d.HasField("dim_value") else (d.dim_param or "?")
                     for d in rest]
            raise Refused(O.SIZES_NOT_FIXED.format(sizes))
        return tuple(d.dim_value for d in rest)

    def _node(self, k: int) -> None:
        node = self.view.nodes[k]
        self.current = _describe(node, k)
        try:
            self._map(node)
        except Skip:
            self.broken.update(node.output)
        except Refused as e:
            self.reasons.append(F.AT.format(self.current, e))
            self.broken.update(node.output)
        except (ValueError, TypeError, IndexError, KeyError) as e:  # attributes of odd types
            self.reasons.append(F.AT.format(self.current, O.UNREADABLE_NODE.format(
                f"{type(e).__name__}: {e}")))
            self.broken.update(node.output)

    def _map(self, node) -> None:
        if node.domain not in ("", "ai.onnx"):
            raise Refused(O.CUSTOM_OP.format(node.op_type, node.domain))
        handler = OPS.get(node.op_type)
        if handler is None:
            raise Refused(EXPLAINED.get(node.op_type, O.NO_LAYER_FOR_OP.format(node.op_type)))
        if any(i in self.broken for i in node.input):
            raise Skip
        for extra in node.output[1:]:
            if extra and self.view.readers(extra):
                raise Refused(O.SECOND_OUTPUT.format(extra, node.op_type))
        value = handler(self, node)
        self._check_shape(node.output[0], value)
        self.values[node.output[0]] = value

    def _check_shape(self, name: str, value: Value) -> None:
        dims = self.inferred.get(name)
        if dims is None:
            return
        theirs = dims[1:]
        if len(theirs) != len(value.shape) or any(
                d is not None and d != ours for d, ours in zip(theirs, value.shape, strict=True)):
            shown = ["?" if d is None else d for d in theirs]
            raise Refused(O.SHAPE_DIFFERS.format(fmt(value.shape), shown))

    def _outputs(self) -> list[str]:
        outputs = []
        for name in self.view.outputs:
            if name in self.broken:
                continue
            if name not in self.values:
                self.reasons.append(F.AT.format(O.OUTPUT.format(name), O.INDEPENDENT_OUTPUT))
            elif self.layers[self.values[name].index].type == "Input":
                self.reasons.append(F.AT.format(O.OUTPUT.format(name), O.PASSED_THROUGH))
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
            raise Refused(O.INPUT_MISSING.format(pos))
        raise Refused(O.CONSTANT_INPUT.format(name))

    def weight(self, node, pos: int, what: str, required: bool = True) -> np.ndarray | None:
        name = node.input[pos] if pos < len(node.input) else ""
        if not name:
            if required:
                raise Refused(O.NO_WEIGHT.format(what))
            return None
        value = self.view.static(name)
        if name in self.view.unreadable:
            raise Refused(O.WEIGHT_UNREADABLE.format(what, name, self.view.unreadable[name]))
        if value is None or value.dtype == object:
            raise Refused(O.WEIGHT_COMPUTED.format(what, name))
        if not (np.issubdtype(value.dtype, np.floating) or np.issubdtype(value.dtype,
                                                                         np.integer)):
            raise Refused(O.WEIGHT_NOT_NUMBERS.format(what, name, value.dtype))
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
        return self._new(Pending(type_name, values, [x.index for x in inputs], weights or {},
                                  shape, hint, self.current))

    def bias_add(self, node, x: Value, bias: np.ndarray) -> Value:
        """A constant added per unit or channel: the bias of the layer before (see _fold)."""
        return self._new(Pending("BiasAdd", {}, [x.index], {"core.bias": bias}, x.shape,
                                  layer_hint(node), self.current))

    def _new(self, pending: Pending) -> Value:
        self.layers.append(pending)
        return Value(len(self.layers) - 1, pending.shape)

    def _shape_with_batch(self, name: str):
        if name in self.values:
            return [BATCH, *self.values[name].shape]
        dims = self.inferred.get(name)
        if dims and all(d is not None for d in dims[1:]):
            return [BATCH, *dims[1:]]
        return None

    def _give_up_if_refused(self) -> None:
        reasons = self.reasons
        if len(reasons) > MAX_REASONS:
            reasons = reasons[:MAX_REASONS] + [I.MORE_REASONS.format(len(reasons) - MAX_REASONS)]
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

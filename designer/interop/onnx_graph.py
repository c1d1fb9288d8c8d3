"""An ONNX graph read as data: its constants (initializers, Constant nodes and the small shape
computations exporters write around a Reshape), which nodes carry the network's data, patterns
that exporters spell out op by op (GELU with Erf, SiLU as x * sigmoid(x)). The shape ops it
folds are in onnx_constants, readable layer names in onnx_names.

Nothing here runs a model: constants are folded with NumPy for a handful of shape ops, and a
shape may hold BATCH where the batch size stands (it is unknown until the model runs).
"""
from __future__ import annotations

import math

import numpy as np

from .onnx_constants import FOLDS, attr, constant_value, helper, numpy_helper


class _Batch:
    def __repr__(self) -> str:
        return "batch"


BATCH = _Batch()  # the batch axis' size inside a folded shape

# Ops whose data flows only through their first input; the others are weights, shapes or axes
# (constants). Any other op is taken to read data on every input.
FIRST_INPUT_ONLY = {
    "Gemm", "MatMul", "Conv", "BatchNormalization", "LayerNormalization", "PRelu", "Reshape",
    "ReduceMean", "ReduceMax", "Squeeze", "Unsqueeze", "Dropout", "Flatten", "MaxPool",
    "AveragePool", "Softmax", "Clip",
}
# Ops whose output depends on the shape of their input, not on its values.
SHAPE_ONLY = {"Shape", "Size", "Constant", "ConstantOfShape"}


class GraphView:
    """Nodes, producers and consumers of one graph, and its constants on demand."""

    def __init__(self, graph, opset: int):
        self.graph, self.opset = graph, opset
        self.initializers = {t.name: t for t in graph.initializer}
        self.inputs = [i for i in graph.input if i.name not in self.initializers]
        self.outputs = [o.name for o in graph.output]
        self.shape_of = lambda name: None  # set by the importer: a tensor's shape with BATCH
        self._static: dict[str, np.ndarray | None] = {}
        self.unreadable: dict[str, str] = {}  # initializer -> why its data cannot be read
        self.set_nodes(list(graph.node))

    def set_nodes(self, nodes) -> None:
        self.nodes = nodes
        self.producer = {out: k for k, n in enumerate(nodes) for out in n.output if out}
        self.consumers: dict[str, list[int]] = {}
        for k, node in enumerate(nodes):
            for name in node.input:
                if name:
                    self.consumers.setdefault(name, []).append(k)

    def readers(self, name: str) -> int:
        """How many nodes read `name`, counting a graph output as one more reader."""
        return len(self.consumers.get(name, ())) + self.outputs.count(name)

    # -- which nodes carry data ------------------------------------------------------------
    def dynamic(self) -> set[str]:
        """Tensors computed from the graph's inputs (their values, not only their shapes)."""
        dyn = {i.name for i in self.inputs}
        for node in self.nodes:
            if node.op_type not in SHAPE_ONLY and any(i in dyn for i in node.input if i):
                dyn.update(o for o in node.output if o)
        return dyn

    def data_nodes(self) -> list[int]:
        """Indices of the nodes between the inputs and the outputs, in graph order."""
        dyn = self.dynamic()
        needed: set[int] = set()
        stack = [o for o in self.outputs if o in dyn]
        while stack:
            k = self.producer.get(stack.pop())
            if k is None or k in needed:
                continue
            needed.add(k)
            node = self.nodes[k]
            inputs = node.input[:1] if node.op_type in FIRST_INPUT_ONLY else node.input
            stack.extend(i for i in inputs if i in dyn)
        return sorted(needed)

    # -- constants -------------------------------------------------------------------------
    def static(self, name: str) -> np.ndarray | None:
        """The value of a tensor that does not depend on the input's values (a weight, a
        folded shape), or None when it does or cannot be folded here."""
        if not name:
            return None
        if name not in self._static:
            self._static[name] = None  # a cycle in a broken file folds to nothing
            self._static[name] = self._compute(name)
        return self._static[name]

    def _compute(self, name: str) -> np.ndarray | None:
        if name in self.initializers:
            try:
                return numpy_helper.to_array(self.initializers[name])
            except Exception as e:  # e.g. raw data of the wrong length
                self.unreadable[name] = f"{type(e).__name__}: {str(e)[:120]}"
                return None
        k = self.producer.get(name)
        if k is None:
            return None
        node = self.nodes[k]
        if node.op_type == "Constant":
            return constant_value(node)
        if node.op_type == "Shape":
            return self._shape(node)
        fold = FOLDS.get(node.op_type)
        if fold is None or list(node.output).index(name) != 0:
            return None
        args = [self.static(i) if i else None for i in node.input]
        if any(a is None for a, i in zip(args, node.input, strict=True) if i):
            return None
        try:
            with np.errstate(all="ignore"):
                out = fold(self, node, args)
            return None if out is None else np.asarray(out)  # np.take of one BATCH: a scalar
        except (ValueError, IndexError, TypeError, ZeroDivisionError, OverflowError):
            return None

    def _shape(self, node) -> np.ndarray | None:
        dims = self.shape_of(node.input[0])
        if dims is None:
            return None
        start, end = attr(node, "start", 0), attr(node, "end", None)
        dims = list(dims)[start:end]
        if any(d is BATCH for d in dims):
            return np.array(dims, dtype=object)
        return np.array(dims, dtype=np.int64)

    # -- patterns --------------------------------------------------------------------------
    def fuse(self) -> None:
        """Replace GELU spelled with Erf, and x * sigmoid(x), by one Gelu / Silu node each."""
        fused, dropped = {}, set()
        for k, node in enumerate(self.nodes):
            found = None
            if node.op_type == "Erf":
                with np.errstate(all="ignore"):  # a chain that divides by x meets x = 0
                    found = self._match_gelu(k)
            elif node.op_type == "Sigmoid":
                found = self._match_silu(k)
            if found and not dropped.intersection(found[2]):
                x, out, members = found
                fused[max(members)] = _fused("Gelu" if node.op_type == "Erf" else "Silu",
                                             x, out, self.nodes[max(members)])
                dropped.update(members)
        if fused:
            nodes = [fused.get(k, n) for k, n in enumerate(self.nodes)
                     if k in fused or k not in dropped]
            self.set_nodes(nodes)
        self._static.clear()  # shapes folded now may read better once layers have shapes

    def _only_reader(self, name: str) -> int | None:
        """The one node that reads `name` when nothing else does (and it is no graph output)."""
        readers = self.consumers.get(name, [])
        if len(readers) == 1 and name not in self.outputs:
            return readers[0]
        return None

    def _scalar(self, name: str) -> float | None:
        value = self.static(name)
        if value is None or value.dtype == object or value.size != 1:
            return None
        return float(value.reshape(()))

    def _match_silu(self, k: int):
        x, out = self.nodes[k].input[0], self.nodes[k].output[0]
        m = self._only_reader(out)
        if m is not None and self.nodes[m].op_type == "Mul" and \
                sorted(self.nodes[m].input) == sorted([x, out]):
            return x, self.nodes[m].output[0], {k, m}
        return None

    def _match_gelu(self, k: int):
        """x * 0.5 * (1 + erf(x / sqrt 2)) in the orders exporters write it, checked by value:
        the chain of Add/Mul/Div after Erf is followed until it equals GELU on test points."""
        erf = self.nodes[k]
        pre = self.producer.get(erf.input[0])
        if pre is None or self._only_reader(erf.input[0]) != k:
            return None
        x, scale = self._scaled(self.nodes[pre])
        if x is None:
            return None
        t = np.linspace(-5.0, 5.0, 41)
        erf_values = np.vectorize(math.erf)(t * scale)
        gelu = 0.5 * t * (1 + np.vectorize(math.erf)(t / math.sqrt(2)))
        value, out, members = erf_values, erf.output[0], {pre, k}
        for _ in range(4):
            n = self._only_reader(out)
            node = self.nodes[n] if n is not None else None
            if node is None or node.op_type not in ("Add", "Sub", "Mul", "Div") or \
                    len(node.input) != 2:
                return None
            other = node.input[1] if node.input[0] == out else node.input[0]
            operand, side = self._gelu_operand(other, x, t)
            if operand is None:
                return None
            first = node.input[0] == out
            value = _arith(node.op_type, value, operand) if first else \
                _arith(node.op_type, operand, value)
            out = node.output[0]
            members |= {n} | side
            if np.allclose(value, gelu, rtol=1e-6, atol=1e-6):
                return x, out, members
        return None

    def _scaled(self, node) -> tuple[str | None, float]:
        """(x, s) for a node computing x * s or x / s with a constant s."""
        if node.op_type not in ("Mul", "Div") or len(node.input) != 2:
            return None, 0.0
        for pos in (0, 1):
            c = self._scalar(node.input[1 - pos])
            if c is not None and (node.op_type == "Mul" or pos == 0) and c != 0:
                return node.input[pos], (c if node.op_type == "Mul" else 1.0 / c)
        return None, 0.0

    def _gelu_operand(self, name: str, x: str, t: np.ndarray):
        """The values of one operand in the GELU chain: a constant, x, or x scaled."""
        if name == x:
            return t, set()
        c = self._scalar(name)
        if c is not None:
            return np.full_like(t, c), set()
        k = self.producer.get(name)
        if k is not None and self._only_reader(name) is not None:
            source, scale = self._scaled(self.nodes[k])
            if source == x:
                return t * scale, {k}
        return None, set()


def _fused(op: str, x: str, out: str, last):
    """One node for a fused pattern, named like its last node ('/act/Mul_1' -> '/act/Gelu')
    and keeping the exporter's notes on which torch module wrote it."""
    name = last.name
    if name.startswith("/"):
        name = name.rsplit("/", 1)[0] + "/" + op
    node = helper.make_node(op, [x], [out], name=name)
    node.metadata_props.extend(last.metadata_props)
    return node


def _arith(op: str, a, b):
    return {"Add": np.add, "Sub": np.subtract, "Mul": np.multiply, "Div": np.divide}[op](a, b)

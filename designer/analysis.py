"""Shape inference and validation: every layer's output shape and parameter count, and every
problem at once, each tied to a layer with a sentence a learner understands."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from . import messages as M
from .errors import ParamError, ShapeError
from .layers import LAYERS, Shape, fmt
from .limits import layer_problems


@dataclass(frozen=True)
class Problem:
    layer_id: str | None  # None: the network as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.layer_id or 'network'}: {self.message}"


@dataclass
class LayerInfo:
    output_shape: Shape | None = None
    trainable: int = 0
    non_trainable: int = 0
    problems: list[str] = field(default_factory=list)
    params: dict | None = None  # canonical parameter values, when they all validated

    @property
    def total(self) -> int:
        return self.trainable + self.non_trainable

    @property
    def ok(self) -> bool:
        return self.output_shape is not None and not self.problems


@dataclass
class Analysis:
    layers: dict[str, LayerInfo]
    problems: list[Problem]
    order: list[str]  # topological order of the layers not on a cycle

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def trainable(self) -> int:
        return sum(i.trainable for i in self.layers.values())

    @property
    def non_trainable(self) -> int:
        return sum(i.non_trainable for i in self.layers.values())

    @property
    def total(self) -> int:
        return self.trainable + self.non_trainable

    def problems_of(self, layer_id: str) -> list[str]:
        return self.layers[layer_id].problems if layer_id in self.layers else []


def coerce_params(layer) -> tuple[dict, list[str]]:
    """Canonical values for a layer's parameters, and a sentence for each one that is wrong."""
    spec = LAYERS.get(layer.type)
    values, problems = {}, []
    for p in spec.params:
        try:
            values[p.name] = p.coerce(layer.params.get(p.name, p.default))
        except ParamError as e:
            problems.append(str(e))
    names = [p.name for p in spec.params]
    for key in layer.params:
        if key not in names:
            close = difflib.get_close_matches(key, names, n=1)
            problems.append(M.NO_SETTING_HINT.format(spec.name, key, close[0]) if close
                            else M.NO_SETTING.format(spec.name, key))
    return values, problems


def find_cycles(graph) -> list[list[str]]:
    """Each cycle's layers in connection order (Tarjan's strongly connected components)."""
    index, low, on_stack, stack, comps = {}, {}, set(), [], []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.outputs_of(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = _pop_component(stack, on_stack, v)
            if len(comp) > 1:
                comps.append(_walk_cycle(graph, set(comp)))

    for v in graph.ids:
        if v not in index:
            visit(v)
    return comps


def _pop_component(stack: list[str], on_stack: set[str], root: str) -> list[str]:
    """The strongly connected component whose root is `root`: the stack down to it."""
    comp = []
    while True:
        w = stack.pop()
        on_stack.discard(w)
        comp.append(w)
        if w == root:
            return comp


def _walk_cycle(graph, members: set[str]) -> list[str]:
    start = next(i for i in graph.ids if i in members)
    path, node = [start], start
    while True:
        node = next(n for n in graph.outputs_of(node) if n in members)
        if node == start or node in path:
            return path
        path.append(node)


def topological_order(graph, skip: set[str] = frozenset()) -> list[str]:
    """Kahn's algorithm over the layers not in `skip`, keeping the graph's own order on ties."""
    pending = {i: sum(1 for s in graph.inputs_of(i) if s not in skip)
               for i in graph.ids if i not in skip}
    ready = [i for i in graph.ids if pending.get(i) == 0]
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for nxt in graph.outputs_of(node):
            if nxt in pending:
                pending[nxt] -= 1
                if pending[nxt] == 0:
                    ready.append(nxt)
    return order


def _input_count_problem(spec, sources: list[str]) -> str | None:
    n = len(sources)
    if spec.max_inputs == 0 and n:
        return M.INPUT_TAKES_NONE.format(sources[0])
    if spec.min_inputs and n == 0:
        return M.NO_INPUT
    if n < spec.min_inputs:
        return M.TOO_FEW_INPUTS.format(spec.name, spec.min_inputs, n)
    if spec.max_inputs is not None and n > spec.max_inputs:
        names = ", ".join(f"'{s}'" for s in sources)
        return M.TOO_MANY_INPUTS.format(spec.name, n, names)
    return None


def analyze(graph) -> Analysis:
    infos = {i: LayerInfo() for i in graph.ids}
    problems: list[Problem] = []

    def report(layer_id, message):
        infos[layer_id].problems.append(message)
        problems.append(Problem(layer_id, message))

    cycles = find_cycles(graph)
    _report_cycles(cycles, report)
    _check_layers(graph, infos, report)
    order = topological_order(graph, skip={i for c in cycles for i in c})
    _infer_shapes(graph, order, infos, report)
    for layer_id, message in layer_problems(graph, infos):  # sizes that cannot fit in memory
        if layer_id is None:
            problems.append(Problem(None, message))
        else:
            report(layer_id, message)
    problems.extend(_network_problems(graph))
    return Analysis(infos, problems, order)


def _report_cycles(cycles: list[list[str]], report) -> None:
    for cycle in cycles:
        loop = " -> ".join(f"'{i}'" for i in cycle + cycle[:1])
        for i in cycle:
            report(i, M.ON_CYCLE.format(loop))


def _check_layers(graph, infos: dict[str, LayerInfo], report) -> None:
    """Each layer's settings (kept in its info when valid) and its number of inputs."""
    for layer in graph.layers:
        values, param_problems = coerce_params(layer)
        for message in param_problems:
            report(layer.id, message)
        if not param_problems:
            infos[layer.id].params = values
        count_problem = _input_count_problem(layer.spec, graph.inputs_of(layer.id))
        if count_problem:
            report(layer.id, count_problem)


def _infer_shapes(graph, order: list[str], infos: dict[str, LayerInfo], report) -> None:
    """Output shapes and parameter counts, in order, of the layers whose inputs are known."""
    for layer_id in order:
        info, layer = infos[layer_id], graph.layer(layer_id)
        sources = graph.inputs_of(layer_id)
        in_shapes = [infos[s].output_shape for s in sources]
        if info.problems or info.params is None or any(s is None for s in in_shapes):
            continue  # its own problem is reported; a broken input is reported upstream
        try:
            info.output_shape = tuple(layer.spec.infer(info.params, in_shapes))
            info.trainable, info.non_trainable = layer.spec.count(
                info.params, in_shapes, info.output_shape)
        except ShapeError as e:
            info.output_shape = None
            report(layer_id, str(e))


def _network_problems(graph) -> list[Problem]:
    if not graph.ids:
        return [Problem(None, M.EMPTY_NETWORK)]
    if not any(layer.type == "Input" for layer in graph.layers):
        return [Problem(None, M.NO_INPUT_LAYER)]
    return []


def describe_shape(shape: Shape | None) -> str:
    return "?" if shape is None else fmt(shape)

"""NetworkGraph: layers and ordered connections, edited in place and announced to listeners.

The graph holds whatever it is given (even a cycle from a hand-written file) so the app can
show and fix it; `analysis` says what is wrong. Interactive edits ask `connection_problem` first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from . import messages as M
from .errors import GraphError
from .layers import LAYERS

ID_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_\-]{0,63}$")
MISSING = object()  # "this parameter was not set" (for reverting a first assignment)


@dataclass
class Layer:
    id: str
    type: str
    params: dict[str, Any] = field(default_factory=dict)
    position: tuple[float, float] | None = None

    @classmethod
    def create(cls, type_name: str, layer_id: str, position=None, **params) -> "Layer":
        """A layer with every parameter at its default, overridden by `params`."""
        spec = LAYERS.get(type_name)
        return cls(layer_id, spec.name, {**spec.defaults(), **params},
                   tuple(position) if position is not None else None)

    @property
    def spec(self):
        return LAYERS.get(self.type)

    def copy(self, new_id: str | None = None) -> "Layer":
        import copy

        return Layer(new_id or self.id, self.type, copy.deepcopy(self.params), self.position)

    def config(self) -> dict:
        """The file form: id, type, parameters, and position when placed."""
        out = {"id": self.id, "type": self.type, **self.params}
        if self.position is not None:
            out["position"] = [round(float(v), 1) for v in self.position]
        return out


@dataclass(frozen=True)
class GraphEvent:
    kind: str  # layer_added, layer_removed, connected, disconnected, param_changed, moved, renamed
    ids: tuple[str, ...]
    detail: Any = None


def check_id(layer_id: object) -> None:
    if not isinstance(layer_id, str) or not ID_PATTERN.match(layer_id):
        raise GraphError(M.BAD_ID.format(layer_id))


class NetworkGraph:
    def __init__(self):
        self._layers: dict[str, Layer] = {}
        self._connections: list[tuple[str, str]] = []
        self._listeners: list[Callable[[GraphEvent], None]] = []
        self.revision = 0
        self._analysis = None
        self._adjacent = None

    # -- reading ---------------------------------------------------------------------------
    @property
    def layers(self) -> list[Layer]:
        return list(self._layers.values())

    @property
    def ids(self) -> list[str]:
        return list(self._layers)

    @property
    def connections(self) -> list[tuple[str, str]]:
        return list(self._connections)

    def __contains__(self, layer_id: object) -> bool:
        return layer_id in self._layers

    def __len__(self) -> int:
        return len(self._layers)

    def layer(self, layer_id: str) -> Layer:
        try:
            return self._layers[layer_id]
        except KeyError:
            raise GraphError(M.NO_LAYER.format(layer_id)) from None

    def inputs_of(self, layer_id: str) -> list[str]:
        """Sources feeding `layer_id`, in input order (the order they were connected)."""
        return list(self._adjacency()[0].get(layer_id, ()))

    def outputs_of(self, layer_id: str) -> list[str]:
        return list(self._adjacency()[1].get(layer_id, ()))

    def _adjacency(self) -> tuple[dict, dict]:
        """(inputs, outputs) per layer, rebuilt once per revision rather than per lookup."""
        if self._adjacent is None or self._adjacent[0] != self.revision:
            inputs: dict[str, list[str]] = {}
            outputs: dict[str, list[str]] = {}
            for s, d in self._connections:
                inputs.setdefault(d, []).append(s)
                outputs.setdefault(s, []).append(d)
            self._adjacent = (self.revision, inputs, outputs)
        return self._adjacent[1], self._adjacent[2]

    def index_of_layer(self, layer_id: str) -> int:
        return self.ids.index(layer_id)

    def unique_id(self, prefix: str) -> str:
        prefix = re.sub(r"[^A-Za-z0-9_\-]", "_", prefix)[:56] or "layer"
        if prefix not in self._layers:
            return prefix
        n = 1
        while f"{prefix}_{n}" in self._layers:
            n += 1
        return f"{prefix}_{n}"

    def reaches(self, start: str, goal: str) -> bool:
        """True when a path of connections leads from start to goal."""
        seen, stack = set(), [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(self.outputs_of(node))
        return False

    def connection_problem(self, src: str, dst: str) -> str | None:
        """Why connecting src -> dst is refused, or None when it is allowed."""
        for layer_id in (src, dst):
            if layer_id not in self._layers:
                return M.NO_LAYER.format(layer_id)
        if src == dst:
            return M.FEEDS_ITSELF.format(src)
        if self._layers[dst].type == "Input":
            return M.FEEDS_INPUT.format(dst)
        if (src, dst) in self._connections:
            return M.ALREADY_FEEDS.format(src, dst)
        if self.reaches(dst, src):
            return M.WOULD_CYCLE.format(src, dst)
        spec = self._layers[dst].spec
        existing = self.inputs_of(dst)
        if spec.max_inputs is not None and len(existing) >= spec.max_inputs:
            return M.HAS_ONE_INPUT.format(dst, spec.name, existing[0])
        return None

    # -- editing ---------------------------------------------------------------------------
    def add_layer(self, layer: Layer, index: int | None = None) -> None:
        check_id(layer.id)
        if layer.id in self._layers:
            raise GraphError(M.LAYER_EXISTS.format(layer.id))
        LAYERS.get(layer.type)  # unknown types are refused here, with the known ones listed
        items = list(self._layers.items())
        items.insert(len(items) if index is None else index, (layer.id, layer))
        self._layers = dict(items)
        self._changed("layer_added", layer.id)

    def remove_layer(self, layer_id: str) -> tuple[Layer, int, list[tuple[int, tuple[str, str]]]]:
        """Remove a layer and its connections; returns what `restore_layer` needs to undo it."""
        layer = self.layer(layer_id)
        index = self.index_of_layer(layer_id)
        removed = [(i, c) for i, c in enumerate(self._connections) if layer_id in c]
        self._connections = [c for c in self._connections if layer_id not in c]
        del self._layers[layer_id]
        self._changed("layer_removed", layer_id, detail=[c for _, c in removed])
        return layer, index, removed

    def restore_layer(self, layer: Layer, index: int,
                      connections: list[tuple[int, tuple[str, str]]]) -> None:
        self.add_layer(layer, index)
        for i, (src, dst) in connections:
            self.connect(src, dst, index=i, check=False)

    def connect(self, src: str, dst: str, index: int | None = None, check: bool = True) -> None:
        """Add src -> dst. With check=False only unknown ids and duplicates are refused, so a
        file's cycles and extra inputs survive loading and show up as problems."""
        if check:
            problem = self.connection_problem(src, dst)
        else:
            missing = [i for i in (src, dst) if i not in self._layers]
            problem = M.NO_LAYER.format(missing[0]) if missing else (
                M.ALREADY_FEEDS.format(src, dst) if (src, dst) in self._connections else None)
        if problem:
            raise GraphError(problem)
        self._connections.insert(len(self._connections) if index is None else index, (src, dst))
        self._changed("connected", src, dst)

    def disconnect(self, src: str, dst: str) -> int:
        """Remove src -> dst; returns its index so it can be restored in place."""
        try:
            index = self._connections.index((src, dst))
        except ValueError:
            raise GraphError(M.DOES_NOT_FEED.format(src, dst)) from None
        del self._connections[index]
        self._changed("disconnected", src, dst)
        return index

    def set_param(self, layer_id: str, name: str, value: Any) -> Any:
        """Set one parameter; returns the old value (MISSING if it was not set)."""
        params = self.layer(layer_id).params
        old = params.get(name, MISSING)
        if value is MISSING:
            params.pop(name, None)
        else:
            params[name] = value
        if old is not value and old != value:
            self._changed("param_changed", layer_id, detail=name)
        return old

    def set_position(self, layer_id: str, position) -> Any:
        layer = self.layer(layer_id)
        old, layer.position = layer.position, (tuple(position) if position is not None else None)
        if old != layer.position:
            self._changed("moved", layer_id)
        return old

    def rename(self, old: str, new: str) -> None:
        check_id(new)
        if new in self._layers:
            raise GraphError(M.LAYER_EXISTS.format(new))
        layer = self.layer(old)
        layer.id = new
        self._layers = {(new if k == old else k): v for k, v in self._layers.items()}
        self._connections = [(new if s == old else s, new if d == old else d)
                             for s, d in self._connections]
        self._changed("renamed", old, new)

    # -- listening -------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[GraphEvent], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[GraphEvent], None]) -> None:
        self._listeners.remove(listener)

    def _changed(self, kind: str, *ids: str, detail: Any = None) -> None:
        self.revision += 1
        event = GraphEvent(kind, ids, detail)
        for listener in list(self._listeners):
            listener(event)

    # -- derived ---------------------------------------------------------------------------
    @property
    def analysis(self):
        """Shapes, parameter counts and problems, recomputed only after an edit."""
        if self._analysis is None or self._analysis[0] != self.revision:
            from .analysis import analyze

            self._analysis = (self.revision, analyze(self))
        return self._analysis[1]

"""Edits as commands with apply and revert. They hold ids and plain values, never views, so an
undo stack can replay them in any order of undo/redo without touching deleted objects."""
from __future__ import annotations

import re
from typing import Any, Iterable

from .graph import MISSING, Layer, NetworkGraph


class Command:
    text = "edit"

    def apply(self, graph: NetworkGraph) -> None:
        raise NotImplementedError

    def revert(self, graph: NetworkGraph) -> None:
        raise NotImplementedError

    def merge(self, other: "Command") -> bool:
        """Absorb `other` (applied right after this one) into this command if they belong
        together, like successive edits of one setting; returns True when merged."""
        return False


class AddLayer(Command):
    def __init__(self, layer: Layer, index: int | None = None):
        self.layer, self.index = layer.copy(), index
        self.text = f"Add {layer.type} '{layer.id}'"

    def apply(self, graph):
        graph.add_layer(self.layer.copy(), self.index)

    def revert(self, graph):
        graph.remove_layer(self.layer.id)


class RemoveLayers(Command):
    def __init__(self, ids: Iterable[str]):
        self.ids = list(dict.fromkeys(ids))
        self.removed: list = []
        self.text = f"Delete {', '.join(self.ids)}" if len(self.ids) < 4 else \
            f"Delete {len(self.ids)} layers"

    def apply(self, graph):
        self.removed = [graph.remove_layer(i) for i in self.ids]

    def revert(self, graph):
        for layer, index, connections in reversed(self.removed):
            graph.restore_layer(layer, index, connections)


class Connect(Command):
    def __init__(self, src: str, dst: str, index: int | None = None):
        self.src, self.dst, self.index = src, dst, index
        self.text = f"Connect {src} -> {dst}"

    def apply(self, graph):
        graph.connect(self.src, self.dst, self.index)

    def revert(self, graph):
        graph.disconnect(self.src, self.dst)


class Disconnect(Command):
    def __init__(self, src: str, dst: str):
        self.src, self.dst, self.index = src, dst, None
        self.text = f"Disconnect {src} -> {dst}"

    def apply(self, graph):
        self.index = graph.disconnect(self.src, self.dst)

    def revert(self, graph):
        graph.connect(self.src, self.dst, self.index, check=False)


class SetParam(Command):
    def __init__(self, layer_id: str, name: str, value: Any):
        self.layer_id, self.name, self.value = layer_id, name, value
        self.old: Any = MISSING
        self.text = f"Set {layer_id}.{name}"

    def apply(self, graph):
        self.old = graph.set_param(self.layer_id, self.name, self.value)

    def revert(self, graph):
        graph.set_param(self.layer_id, self.name, self.old)

    def merge(self, other):
        if isinstance(other, SetParam) and (other.layer_id, other.name) == (self.layer_id,
                                                                              self.name):
            self.value = other.value
            return True
        return False


class Move(Command):
    """Moves any number of layers: one whole drag is one command."""

    def __init__(self, positions: dict[str, tuple[float, float]]):
        self.positions = dict(positions)
        self.old: dict = {}
        self.text = "Move " + (next(iter(self.positions)) if len(self.positions) == 1
                               else f"{len(self.positions)} layers")

    def apply(self, graph):
        self.old = {i: graph.set_position(i, p) for i, p in self.positions.items()}

    def revert(self, graph):
        for i, p in self.old.items():
            graph.set_position(i, p)


class Rename(Command):
    def __init__(self, old: str, new: str):
        self.old_id, self.new_id = old, new
        self.text = f"Rename {old} to {new}"

    def apply(self, graph):
        graph.rename(self.old_id, self.new_id)

    def revert(self, graph):
        graph.rename(self.new_id, self.old_id)


class Macro(Command):
    """Several commands as one undo step; a failing step rolls back the ones before it."""

    def __init__(self, text: str, commands: list[Command]):
        self.text, self.commands = text, list(commands)

    def apply(self, graph):
        done = []
        try:
            for c in self.commands:
                c.apply(graph)
                done.append(c)
        except Exception:
            for c in reversed(done):
                c.revert(graph)
            raise

    def revert(self, graph):
        for c in reversed(self.commands):
            c.revert(graph)


def insert_between(graph: NetworkGraph, layer: Layer, src: str, dst: str) -> Macro:
    """Drop `layer` onto the connection src -> dst, keeping dst's input order."""
    index = graph.connections.index((src, dst))
    return Macro(f"Insert {layer.type} '{layer.id}'", [
        AddLayer(layer), Disconnect(src, dst), Connect(src, layer.id, index),
        Connect(layer.id, dst, index + 1)])


def append_after(graph: NetworkGraph, layer: Layer, src: str | None) -> Command:
    """Add `layer` fed by `src` (the selected layer), if there is one and it may feed it."""
    commands: list[Command] = [AddLayer(layer)]
    if src is not None and src in graph and layer.type != "Input":
        commands.append(Connect(src, layer.id))
    return Macro(f"Add {layer.type} '{layer.id}'", commands)


def paste(graph: NetworkGraph, layers: list[Layer], connections: list[tuple[str, str]],
          offset: tuple[float, float] = (40.0, 40.0)) -> tuple[Macro, dict[str, str]]:
    """Copies of `layers` under fresh ids with the connections among them; returns the command
    and the old -> new id mapping."""
    taken = set(graph.ids)
    mapping: dict[str, str] = {}
    commands: list[Command] = []
    for layer in layers:
        new_id = _fresh(layer.id, taken)
        taken.add(new_id)
        mapping[layer.id] = new_id
        copy = layer.copy(new_id)
        if copy.position is not None:
            copy.position = (copy.position[0] + offset[0], copy.position[1] + offset[1])
        commands.append(AddLayer(copy))
    commands += [Connect(mapping[s], mapping[d]) for s, d in connections
                 if s in mapping and d in mapping]
    return Macro(f"Paste {len(layers)} layer(s)", commands), mapping


def _fresh(layer_id: str, taken: set[str]) -> str:
    base = re.sub(r"_\d+$", "", layer_id) or "layer"  # copies of dense_3 become dense_4, ...
    n = 1
    while f"{base}_{n}" in taken:
        n += 1
    return f"{base}_{n}"

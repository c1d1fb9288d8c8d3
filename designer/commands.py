"""Edits as commands with apply and revert. They hold ids and plain values, never views, so an
undo stack can replay them in any order of undo/redo without touching deleted objects.

Graph edits apply to the NetworkGraph; training-setup edits (EditSetup) to the Network's
"training" and "dataset" blocks. An undo stack drives both alike through `apply_to(network)` and
`revert_from(network)`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable

from . import messages as M
from .graph import MISSING, Layer, NetworkGraph

if TYPE_CHECKING:
    from .network import Network


class Command:
    text = "edit"
    mergeable = False  # repeated edits of one setting may merge into one undo step

    def apply(self, graph: NetworkGraph) -> None:
        raise NotImplementedError

    def revert(self, graph: NetworkGraph) -> None:
        raise NotImplementedError

    def apply_to(self, network: "Network") -> None:
        """Apply to a whole network (what an undo stack calls); graph edits edit its graph."""
        self.apply(network.graph)

    def revert_from(self, network: "Network") -> None:
        self.revert(network.graph)

    def merge(self, other: "Command") -> bool:
        """Absorb `other` (applied right after this one) into this command if they belong
        together, like successive edits of one setting; returns True when merged."""
        return False

    @property
    def undoes_nothing(self) -> bool:
        """True once merged edits have put everything back where it was (nothing to undo)."""
        return False


class AddLayer(Command):
    def __init__(self, layer: Layer, index: int | None = None):
        self.layer, self.index = layer.copy(), index
        self.text = M.ADD_LAYER.format(layer.type, layer.id)

    def apply(self, graph):
        graph.add_layer(self.layer.copy(), self.index)

    def revert(self, graph):
        graph.remove_layer(self.layer.id)


class RemoveLayers(Command):
    def __init__(self, ids: Iterable[str]):
        self.ids = list(dict.fromkeys(ids))
        self.removed: list = []
        self.text = M.DELETE.format(", ".join(self.ids)) if len(self.ids) < 4 else \
            M.DELETE_LAYERS.format(len(self.ids))

    def apply(self, graph):
        self.removed = [graph.remove_layer(i) for i in self.ids]

    def revert(self, graph):
        for layer, index, connections in reversed(self.removed):
            graph.restore_layer(layer, index, connections)


class Connect(Command):
    def __init__(self, src: str, dst: str, index: int | None = None):
        self.src, self.dst, self.index = src, dst, index
        self.text = M.CONNECT.format(src, dst)

    def apply(self, graph):
        graph.connect(self.src, self.dst, self.index)

    def revert(self, graph):
        graph.disconnect(self.src, self.dst)


class Disconnect(Command):
    def __init__(self, src: str, dst: str):
        self.src, self.dst, self.index = src, dst, None
        self.text = M.DISCONNECT.format(src, dst)

    def apply(self, graph):
        self.index = graph.disconnect(self.src, self.dst)

    def revert(self, graph):
        graph.connect(self.src, self.dst, self.index, check=False)


class SetParam(Command):
    mergeable = True

    def __init__(self, layer_id: str, name: str, value: Any):
        self.layer_id, self.name, self.value = layer_id, name, value
        self.old: Any = MISSING
        self.text = M.SET_PARAM.format(layer_id, name)

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

    @property
    def undoes_nothing(self):
        return self.value == self.old


class Move(Command):
    """Moves any number of layers: one whole drag is one command."""

    def __init__(self, positions: dict[str, tuple[float, float]]):
        self.positions = dict(positions)
        self.old: dict = {}
        self.text = (M.MOVE.format(next(iter(self.positions))) if len(self.positions) == 1
                     else M.MOVE_LAYERS.format(len(self.positions)))

    def apply(self, graph):
        self.old = {i: graph.set_position(i, p) for i, p in self.positions.items()}

    def revert(self, graph):
        for i, p in self.old.items():
            graph.set_position(i, p)


class Rename(Command):
    def __init__(self, old: str, new: str):
        self.old_id, self.new_id = old, new
        self.text = M.RENAME.format(old, new)

    def apply(self, graph):
        graph.rename(self.old_id, self.new_id)

    def revert(self, graph):
        graph.rename(self.new_id, self.old_id)


class Macro(Command):
    """Several commands as one undo step; a failing step rolls back the ones before it."""

    def __init__(self, text: str, commands: list[Command]):
        self.text, self.commands = text, list(commands)

    def apply(self, graph):
        self._each(lambda c: c.apply(graph), lambda c: c.revert(graph))

    def revert(self, graph):
        for c in reversed(self.commands):
            c.revert(graph)

    def apply_to(self, network):
        self._each(lambda c: c.apply_to(network), lambda c: c.revert_from(network))

    def revert_from(self, network):
        for c in reversed(self.commands):
            c.revert_from(network)

    def _each(self, apply, revert) -> None:
        done = []
        try:
            for c in self.commands:
                apply(c)
                done.append(c)
        except Exception:
            for c in reversed(done):
                revert(c)
            raise


class EditSetup(Command):
    """Set keys of the network's training settings (None removes a key: its default applies)
    and/or replace its whole dataset block. Holds only keys and values: each change is
    ("training", key) or ("dataset", None) -> the new value."""

    def __init__(self, changes: dict[tuple[str, str | None], Any], text: str = M.EDIT_SETUP):
        self.changes, self.text = dict(changes), text
        self.old: dict = {}

    @property
    def mergeable(self):  # an edit of one setting merges with the next edit of that setting
        return len(self.changes) == 1

    def apply(self, graph):
        raise TypeError("EditSetup edits a network's setup, not its graph: use apply_to")

    revert = apply

    def apply_to(self, network):
        self.old = {k: setup_value(network, *k) for k in self.changes}
        _write_setup(network, self.changes)

    def revert_from(self, network):
        _write_setup(network, self.old)

    def merge(self, other):
        if not (isinstance(other, EditSetup) and self.mergeable
                and other.changes.keys() == self.changes.keys()):
            return False
        self.changes = dict(other.changes)
        return True

    @property
    def undoes_nothing(self):
        return self.changes == self.old


def setup_value(network, field: str, key: str | None = None):
    """The dataset block (field "dataset") or one training setting as the file has it."""
    if field == "dataset":
        return network.dataset
    return (network.training or {}).get(key)


def _write_setup(network, changes: dict) -> None:
    training = dict(network.training or {})
    for (field, key), value in changes.items():
        if field == "dataset":
            network.dataset = value
        elif value is None:
            training.pop(key, None)
        else:
            training[key] = value
    network.training = training or None


def edit_training(network, values: dict, text: str) -> EditSetup | None:
    """The edit that sets these training settings, leaving out those already so (None when
    nothing would change)."""
    changes = {("training", k): v for k, v in values.items()
               if setup_value(network, "training", k) != v}
    return EditSetup(changes, text) if changes else None


def choose_dataset(network, spec: dict | None, suggested: dict | None, text: str) -> EditSetup:
    """Use another dataset; the `suggested` training settings come in the same edit."""
    changes: dict = {("dataset", None): spec}
    edit = edit_training(network, suggested or {}, text)
    changes.update(edit.changes if edit else {})
    return EditSetup(changes, text)


def insert_between(graph: NetworkGraph, layer: Layer, src: str, dst: str) -> Macro:
    """Drop `layer` onto the connection src -> dst, keeping dst's input order."""
    index = graph.connections.index((src, dst))
    return Macro(M.INSERT_LAYER.format(layer.type, layer.id), [
        AddLayer(layer), Disconnect(src, dst), Connect(src, layer.id, index),
        Connect(layer.id, dst, index + 1)])


def append_after(graph: NetworkGraph, layer: Layer, src: str | None) -> Command:
    """Add `layer` fed by `src` (the selected layer), if there is one and it may feed it."""
    commands: list[Command] = [AddLayer(layer)]
    if src is not None and src in graph and layer.type != "Input":
        commands.append(Connect(src, layer.id))
    return Macro(M.ADD_LAYER.format(layer.type, layer.id), commands)


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
    return Macro(M.PASTE.format(len(layers)), commands), mapping


def _fresh(layer_id: str, taken: set[str]) -> str:
    base = re.sub(r"_\d+$", "", layer_id) or "layer"  # copies of dense_3 become dense_4, ...
    n = 1
    while f"{base}_{n}" in taken:
        n += 1
    return f"{base}_{n}"

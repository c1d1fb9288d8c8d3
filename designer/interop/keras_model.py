"""A Keras model config (`model.to_json()`, a .keras file's config.json, an .h5 file's
model_config) -> a Network, with the model's weights when they are given.

Every form Keras has written is read: Keras 2 (lists as inbound nodes, batch_input_shape),
Keras 2.13-2.15 (module, registered_name), Keras 3 (nested objects, __keras_tensor__ nodes)
and Keras 2.0's Sequential whose config is a bare list. Sequential and Functional models;
layer ids are the Keras layer names. The config is read as data: nothing in it is run, and a
layer we cannot import is named, all of them in one message, with nothing half-imported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..analysis import coerce_params
from ..errors import ShapeError
from ..graph import ID_PATTERN, Layer, NetworkGraph
from ..network import Network
from .common import InteropError, refuse
from .keras_layers import MALFORMED, Tensor, map_layer
from .keras_settings import Unsupported

__all__ = ["network_from_keras_config", "map_layer", "read_model", "saved_layer_order"]


@dataclass
class KerasLayer:
    name: str
    class_name: str
    config: dict
    inbound: list[str] = field(default_factory=list)  # the layers feeding it, in order
    problems: list[str] = field(default_factory=list)  # what its place in the graph rules out
    registered_name: str | None = None
    module: str | None = None
    parts: dict = field(default_factory=dict)  # Keras layers folded into it (keras_layers)


@dataclass
class KerasModel:
    name: str | None
    layers: list[KerasLayer]  # in an order where every layer comes after its inputs
    outputs: list[str]
    keras2: bool


def network_from_keras_config(doc: dict, where: str,
                              weights: dict[str, list[np.ndarray]] | None = None,
                              name: str | None = None) -> Network:
    """Our network for a Keras model config. `weights`: per Keras layer name, its arrays in
    Keras' order (Dense [kernel, bias], BatchNormalization [gamma, beta, moving_mean,
    moving_variance], ...); None imports the network untrained."""
    model = fold_export_parts(read_model(doc, where))
    builder = _Builder(model.keras2, weights)
    for layer in model.layers:
        builder.add(layer)
    builder.check_outputs(model.outputs)
    refuse(where, builder.reasons)
    return Network(builder.graph, name=name or model.name or "network",
                   weights=builder.weights)


# -- reading the config, whatever Keras wrote it ---------------------------------------------
def _bad(where: str, detail: str) -> InteropError:
    return InteropError(f"{where}: not a Keras model config ({detail})")


def read_model(doc, where: str) -> KerasModel:
    """The layers, their connections and the outputs of a Sequential or Functional config."""
    if not isinstance(doc, dict) or not isinstance(doc.get("class_name"), str) \
            or "config" not in doc:
        raise _bad(where, "it needs a class_name and a config")
    cls, config = doc["class_name"], doc["config"]
    if cls == "Sequential":
        layers = _sequential(config, where)
    elif cls in ("Functional", "Model"):
        layers = _functional(config, where)
    else:
        raise InteropError(f"{where}: a Keras {cls} model cannot be imported: only Sequential "
                           "and Functional models keep their structure in the file (a "
                           "subclassed model's is Python code, which is never run)")
    name = config.get("name") if isinstance(config, dict) else None
    outputs = _outputs(config, layers)
    return KerasModel(name if isinstance(name, str) else None, _in_order(layers, where),
                      outputs, _is_keras2(doc))


def _is_keras2(doc: dict) -> bool:
    """True for a config Keras 1 or 2 wrote (their hard_sigmoid differs from Keras 3's)."""
    version = str(doc.get("keras_version") or "")
    if version:
        return version.split(".")[0] in ("1", "2")
    config = doc["config"]
    if "module" in doc or not isinstance(config, (list, dict)):
        return isinstance(config, list)
    for entry in config if isinstance(config, list) else config.get("layers") or []:
        if isinstance(entry, dict):
            nodes = entry.get("inbound_nodes")
            if "batch_input_shape" in (entry.get("config") or {}) \
                    or (isinstance(nodes, list) and nodes and isinstance(nodes[0], list)):
                return True
    return False


def _entry(raw, where: str, index: int) -> KerasLayer:
    if not isinstance(raw, dict) or not isinstance(raw.get("class_name"), str):
        raise _bad(where, f"layer {index + 1} has no class_name")
    config = raw.get("config") if isinstance(raw.get("config"), dict) else {}
    name = raw.get("name") or config.get("name") or f"{raw['class_name'].lower()}_{index}"
    if not isinstance(name, str):
        raise _bad(where, f"layer {index + 1} has no name")
    return KerasLayer(name, raw["class_name"], config, registered_name=raw.get("registered_name"),
                      module=raw.get("module"))


def _sequential(config, where: str) -> list[KerasLayer]:
    raw = config if isinstance(config, list) else (
        config.get("layers") if isinstance(config, dict) else None)
    if not isinstance(raw, list) or not raw:
        raise _bad(where, "a Sequential model without layers")
    layers = [_entry(r, where, i) for i, r in enumerate(raw)]
    if layers[0].class_name != "InputLayer":  # Keras 2: the first layer's batch_input_shape
        first = layers[0].config
        shape = first.get("batch_input_shape") or first.get("batch_shape") or (
            config.get("build_input_shape") if isinstance(config, dict) else None)
        layers.insert(0, KerasLayer(f"{layers[0].name}_input", "InputLayer",
                                    {"batch_shape": shape}))
    for previous, layer in zip(layers, layers[1:]):
        layer.inbound = [previous.name]
    return layers


def _functional(config, where: str) -> list[KerasLayer]:
    raw = config.get("layers") if isinstance(config, dict) else None
    if not isinstance(raw, list) or not raw:
        raise _bad(where, "a Functional model without layers")
    layers = []
    for i, r in enumerate(raw):
        layer = _entry(r, where, i)
        layer.inbound, layer.problems = _inbound(r.get("inbound_nodes") or [], where)
        layers.append(layer)
    return layers


def _inbound(nodes, where: str) -> tuple[list[str], list[str]]:
    """(source layer names, problems) from a layer's inbound nodes, Keras 2 or 3."""
    if not isinstance(nodes, list):
        raise _bad(where, "inbound_nodes is not a list")
    if not nodes:
        return [], []
    problems = []
    if len(nodes) > 1:
        problems.append(f"it is called {len(nodes)} times (a shared layer); each of our layers "
                        "has its own weights and one use")
    node = nodes[0]
    if isinstance(node, dict):  # Keras 3: {"args": [...], "kwargs": {...}}
        history = list(_keras_tensors(node.get("args", [])))
        if list(_keras_tensors(node.get("kwargs", {}))):
            problems.append("it takes tensors as keyword arguments")
    elif isinstance(node, list):  # Keras 2: [[name, node_index, tensor_index, kwargs], ...]
        history = [t[:3] for t in node if isinstance(t, list) and len(t) >= 3]
    else:
        raise _bad(where, f"an inbound node {node!r}")
    if any(not isinstance(h[0], str) for h in history):
        raise _bad(where, "an inbound node without a layer name")
    if any(h[1] != 0 or h[2] != 0 for h in history):
        problems.append("it takes a second call or second output of a layer")
    return [h[0] for h in history], problems


def _keras_tensors(value):
    """The keras_history [layer, node, index] of every Keras 3 tensor inside `value`."""
    if isinstance(value, dict):
        if value.get("class_name") == "__keras_tensor__":
            config = value.get("config")
            history = config.get("keras_history") if isinstance(config, dict) else None
            if isinstance(history, list) and len(history) == 3:
                yield history
            return
        for v in value.values():
            yield from _keras_tensors(v)
    elif isinstance(value, list):
        for v in value:
            yield from _keras_tensors(v)


def _endpoints(value) -> list[str]:
    """Layer names from input_layers/output_layers: [["x", 0, 0], ...], a flat ["x", 0, 0]
    (Keras 3, one tensor) or a dict of those."""
    if isinstance(value, dict):
        return [n for v in value.values() for n in _endpoints(v)]
    if isinstance(value, list) and value and isinstance(value[0], str):
        return [value[0]]
    if isinstance(value, list):
        return [n for v in value for n in _endpoints(v)]
    return []


def _outputs(config, layers: list[KerasLayer]) -> list[str]:
    if isinstance(config, dict) and "output_layers" in config:
        return _endpoints(config["output_layers"])
    return [layers[-1].name]  # Sequential


def _in_order(layers: list[KerasLayer], where: str) -> list[KerasLayer]:
    """The layers with each after its inputs (Keras writes them so; hand-written files may
    not), refusing unknown names, duplicates and cycles."""
    by_name: dict[str, KerasLayer] = {}
    for layer in layers:
        if layer.name in by_name:
            raise _bad(where, f"two layers are named {layer.name!r}")
        by_name[layer.name] = layer
    for layer in layers:
        for source in layer.inbound:
            if source not in by_name:
                raise _bad(where, f"layer {layer.name!r} takes its input from {source!r}, "
                                  "which is not in the model")
    done: dict[str, KerasLayer] = {}
    while len(done) < len(layers):
        ready = [la for la in layers if la.name not in done
                 and all(s in done for s in la.inbound)]
        if not ready:
            stuck = [la.name for la in layers if la.name not in done]
            raise _bad(where, f"layers {', '.join(stuck)} feed each other in a cycle")
        done.update((la.name, la) for la in ready)
    return list(done.values())


def saved_layer_order(doc: dict, where: str) -> list[tuple[str, str]]:
    """(name, class_name) of the layers in `model.layers` order: a .keras file stores each
    layer's weights under layers/<snake_case class name>[_n] in that order (Sequential leaves
    out its InputLayer)."""
    config = doc.get("config")
    raw = config if isinstance(config, list) else (
        config.get("layers") if isinstance(config, dict) else None) or []
    out = []
    for i, entry in enumerate(raw):
        if isinstance(entry, dict) and isinstance(entry.get("class_name"), str):
            layer = _entry(entry, where, i)
            if not (doc.get("class_name") == "Sequential" and layer.class_name == "InputLayer"):
                out.append((layer.name, layer.class_name))
    return out


# -- what our Keras export writes around one layer of ours ------------------------------------
def fold_export_parts(model: KerasModel) -> KerasModel:
    """Fold the Keras layers our Keras export writes around one layer of ours into that layer
    (its `parts`), where they sit as the export writes them: each feeds only the next, and
    none of them is an output. Whatever is left of them is refused by name later."""
    for fold in (_fold_permute_in, _fold_permute_out, _fold_padded_average):
        consumers: dict[str, list[KerasLayer]] = {la.name: [] for la in model.layers}
        for layer in model.layers:
            for source in layer.inbound:
                consumers[source].append(layer)
        chain = _Chain(model, consumers, set())
        for layer in model.layers:
            if layer.name not in chain.gone:
                chain.gone |= fold(layer, chain)
        model.layers = [la for la in model.layers if la.name not in chain.gone]
    return model


@dataclass
class _Chain:
    model: KerasModel
    consumers: dict[str, list[KerasLayer]]
    gone: set[str]

    def bypass(self, old: KerasLayer, new: KerasLayer) -> None:
        """What `old` fed (or was, as an output) takes `new` instead."""
        for after in self.consumers[old.name]:
            after.inbound = [new.name if s == old.name else s for s in after.inbound]
        self.consumers[new.name] = self.consumers[old.name]
        self.model.outputs = [new.name if n == old.name else n for n in self.model.outputs]

    def next(self, layer: KerasLayer, *classes: str) -> KerasLayer | None:
        """The one layer `layer` feeds, when it is of one of `classes`, takes only `layer`
        and `layer` is no output of the model."""
        after = self.consumers[layer.name]
        if len(after) != 1 or layer.name in self.model.outputs or layer.problems:
            return None
        nxt = after[0]
        ok = nxt.class_name in classes and nxt.inbound == [layer.name] and not nxt.problems
        return nxt if ok and nxt.name not in self.gone else None


def _dims(layer: KerasLayer):
    return layer.config.get("dims") if layer.class_name == "Permute" else None


def _fold_permute_in(layer: KerasLayer, chain: _Chain) -> set[str]:
    """Permute((3, 1, 2)) + Flatten or Reshape: the image's values in our order."""
    nxt = chain.next(layer, "Flatten", "Reshape")
    if _dims(layer) != [3, 1, 2] or len(layer.inbound) != 1 or nxt is None:
        return set()
    nxt.inbound, nxt.parts["permuted_in"] = list(layer.inbound), True
    return {layer.name}


def _fold_permute_out(layer: KerasLayer, chain: _Chain) -> set[str]:
    """Reshape into (C, H, W) + Permute((2, 3, 1)): ours, channels-last again."""
    nxt = chain.next(layer, "Permute")
    if layer.class_name != "Reshape" or nxt is None or _dims(nxt) != [2, 3, 1]:
        return set()
    layer.parts["permuted_out"] = True
    chain.bypass(nxt, layer)
    return {nxt.name}


def _fold_padded_average(layer: KerasLayer, chain: _Chain) -> set[str]:
    """ZeroPadding2D + AveragePooling2D + Rescaling: our uneven 'same' average pooling (the
    pooling layer checks the numbers)."""
    pool = chain.next(layer, "AveragePooling2D", "AvgPool2D")
    scale = chain.next(pool, "Rescaling") if pool is not None else None
    if layer.class_name != "ZeroPadding2D" or scale is None or len(layer.inbound) != 1:
        return set()
    pool.inbound = list(layer.inbound)
    pool.parts.update(pad=layer.config, scale=scale.config)
    chain.bypass(scale, pool)
    return {layer.name, scale.name}


# -- building our graph ---------------------------------------------------------------------
class _Builder:
    """Adds one Keras layer at a time, noting every reason a layer cannot be imported."""

    def __init__(self, keras2: bool, weights: dict[str, list[np.ndarray]] | None):
        self.graph = NetworkGraph()
        self.keras2, self.given = keras2, weights
        self.weights: dict[str, np.ndarray] | None = {} if weights is not None else None
        self.tensors: dict[str, Tensor] = {}  # Keras name -> what it outputs
        self.ids: dict[str, str] = {}  # Keras name -> our layer id
        self.reasons: list[str] = []

    def note(self, layer: KerasLayer, why: str) -> None:
        self.reasons.append(f"layer '{layer.name}' ({layer.class_name}): {why}")

    def add(self, layer: KerasLayer) -> None:
        for problem in layer.problems:
            self.note(layer, problem)
        inputs = [self.tensors.get(s) for s in layer.inbound]
        known = not layer.problems and all(t is not None for t in inputs)
        try:
            ours = map_layer(layer.class_name, layer.config, inputs if known else None,
                             self.keras2, layer.registered_name, layer.module, layer.parts)
        except Unsupported as e:
            self.note(layer, str(e))
            return
        if not known:
            return  # a layer before it is refused: its input is unknown
        if len(set(layer.inbound)) < len(layer.inbound):
            self.note(layer, "it takes one layer's output twice; ours connect two layers once")
            return
        shape = self._place(layer, ours, inputs)
        if shape is not None:
            self.tensors[layer.name] = Tensor(shape, ours.perm)
            self._weights(layer, ours)

    def _place(self, layer: KerasLayer, ours, inputs: list[Tensor]):
        """Add our layer to the graph; its output shape, or None when it does not fit."""
        ours_layer = Layer.create(ours.type, self._id(layer.name), **ours.params)
        values, problems = coerce_params(ours_layer)
        spec = ours_layer.spec
        if len(inputs) < spec.min_inputs or (spec.max_inputs is not None
                                             and len(inputs) > spec.max_inputs):
            wanted = spec.min_inputs if spec.max_inputs == spec.min_inputs else "several"
            problems.append(f"it has {len(inputs)} inputs, where ours takes {wanted}")
        try:
            if problems:
                raise ShapeError("; ".join(problems))
            shape = spec.infer(values, [t.shape for t in inputs])
        except ShapeError as e:
            self.note(layer, str(e))
            return None
        self.graph.add_layer(ours_layer)
        for source in layer.inbound:
            self.graph.connect(self.ids[source], ours_layer.id, check=False)
        self.ids[layer.name] = ours_layer.id
        return tuple(shape)

    def _id(self, name: str) -> str:
        """The Keras name as our id, made fit for ID_PATTERN and unique where needed."""
        candidate = re.sub(r"[^A-Za-z0-9_\-]", "_", name) or "layer"
        if candidate[0] == "-":
            candidate = "_" + candidate[1:]
        if ID_PATTERN.match(candidate) and candidate not in self.graph:
            return candidate
        return self.graph.unique_id(candidate[:56])

    def _weights(self, layer: KerasLayer, ours) -> None:
        if self.given is None:
            return
        arrays = self.given.get(layer.name) or []
        if ours.weights is None:
            if arrays:
                self.note(layer, f"the file holds {len(arrays)} weight arrays for it, where "
                                 "ours has none")
            return
        if not arrays:
            self.note(layer, "the file holds no weights for it")
            return
        try:
            state = ours.weights(list(arrays))
        except (Unsupported, *MALFORMED) as e:
            self.note(layer, str(e))
            return
        layer_id = self.ids[layer.name]
        self.weights.update({f"{layer_id}.{k}": v for k, v in state.items()})

    def check_outputs(self, outputs: list[str]) -> None:
        """Our outputs are the layers that feed nothing: they must be Keras' outputs, in
        Keras' order of values."""
        for name in outputs:
            if name not in self.ids:
                continue
            layer_id = self.ids[name]
            if self.graph.outputs_of(layer_id):
                self.reasons.append(f"layer '{name}' is an output of the model and also feeds "
                                    "other layers; ours take only end layers as outputs")
            if self.tensors[name].perm is not None:
                self.reasons.append(f"layer '{name}' is an output that flattens an image: ours "
                                    "list its values channels-first, Keras channels-last")
        if self.reasons:
            return
        wanted = {self.ids[n] for n in outputs if n in self.ids}
        for layer_id in self.graph.ids:
            if not self.graph.outputs_of(layer_id) and layer_id not in wanted:
                self.reasons.append(f"layer '{layer_id}' feeds nothing but is not an output "
                                    "of the Keras model")

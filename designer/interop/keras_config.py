"""A Keras model config read as data, whatever Keras wrote it: its layers (`KerasLayer`), their
connections and the model's outputs (`KerasModel`), with every layer after its inputs.

Keras 2 (lists as inbound nodes, batch_input_shape), Keras 2.13-2.15 (module,
registered_name), Keras 3 (nested objects, __keras_tensor__ nodes) and Keras 2.0's Sequential
whose config is a bare list.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from ..file_messages import imports as I
from ..file_messages import keras as K
from .common import InteropError


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


def _bad(where: str, detail: str) -> InteropError:
    return InteropError(I.NOT_A_CONFIG.format(where, detail))


def read_model(doc, where: str) -> KerasModel:
    """The layers, their connections and the outputs of a Sequential or Functional config."""
    if not isinstance(doc, dict) or not isinstance(doc.get("class_name"), str) \
            or "config" not in doc:
        raise _bad(where, I.NEEDS_CLASS_NAME)
    cls, config = doc["class_name"], doc["config"]
    if cls == "Sequential":
        layers = _sequential(config, where)
    elif cls in ("Functional", "Model"):
        layers = _functional(config, where)
    else:
        raise InteropError(I.SUBCLASSED.format(where, cls))
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
        raise _bad(where, I.NO_CLASS_NAME.format(index + 1))
    config = raw.get("config") if isinstance(raw.get("config"), dict) else {}
    name = raw.get("name") or config.get("name") or f"{raw['class_name'].lower()}_{index}"
    if not isinstance(name, str):
        raise _bad(where, I.NO_NAME.format(index + 1))
    return KerasLayer(name, raw["class_name"], config, registered_name=raw.get("registered_name"),
                      module=raw.get("module"))


def _sequential(config, where: str) -> list[KerasLayer]:
    raw = config if isinstance(config, list) else (
        config.get("layers") if isinstance(config, dict) else None)
    if not isinstance(raw, list) or not raw:
        raise _bad(where, I.EMPTY_SEQUENTIAL)
    layers = [_entry(r, where, i) for i, r in enumerate(raw)]
    if layers[0].class_name != "InputLayer":  # Keras 2: the first layer's batch_input_shape
        first = layers[0].config
        shape = first.get("batch_input_shape") or first.get("batch_shape") or (
            config.get("build_input_shape") if isinstance(config, dict) else None)
        layers.insert(0, KerasLayer(f"{layers[0].name}_input", "InputLayer",
                                    {"batch_shape": shape}))
    for previous, layer in pairwise(layers):
        layer.inbound = [previous.name]
    return layers


def _functional(config, where: str) -> list[KerasLayer]:
    raw = config.get("layers") if isinstance(config, dict) else None
    if not isinstance(raw, list) or not raw:
        raise _bad(where, I.EMPTY_FUNCTIONAL)
    layers = []
    for i, r in enumerate(raw):
        layer = _entry(r, where, i)
        layer.inbound, layer.problems = _inbound(r.get("inbound_nodes") or [], where)
        layers.append(layer)
    return layers


def _inbound(nodes, where: str) -> tuple[list[str], list[str]]:
    """(source layer names, problems) from a layer's inbound nodes, Keras 2 or 3."""
    if not isinstance(nodes, list):
        raise _bad(where, I.NODES_NOT_LIST)
    if not nodes:
        return [], []
    problems = []
    if len(nodes) > 1:
        problems.append(K.SHARED_LAYER.format(len(nodes)))
    node = nodes[0]
    if isinstance(node, dict):  # Keras 3: {"args": [...], "kwargs": {...}}
        history = list(_keras_tensors(node.get("args", [])))
        if list(_keras_tensors(node.get("kwargs", {}))):
            problems.append(K.TENSOR_KWARGS)
    elif isinstance(node, list):  # Keras 2: [[name, node_index, tensor_index, kwargs], ...]
        history = [t[:3] for t in node if isinstance(t, list) and len(t) >= 3]
    else:
        raise _bad(where, I.ODD_NODE.format(node))
    if any(not isinstance(h[0], str) for h in history):
        raise _bad(where, I.NODE_WITHOUT_NAME)
    if any(h[1] != 0 or h[2] != 0 for h in history):
        problems.append(K.SECOND_CALL)
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
            raise _bad(where, I.TWO_NAMED.format(layer.name))
        by_name[layer.name] = layer
    for layer in layers:
        for source in layer.inbound:
            if source not in by_name:
                raise _bad(where, I.INPUT_NOT_IN_MODEL.format(layer.name, source))
    done: dict[str, KerasLayer] = {}
    while len(done) < len(layers):
        ready = [la for la in layers if la.name not in done
                 and all(s in done for s in la.inbound)]
        if not ready:
            stuck = [la.name for la in layers if la.name not in done]
            raise _bad(where, I.LAYERS_CYCLE.format(", ".join(stuck)))
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

"""A Keras model config (`model.to_json()`, a .keras file's config.json, an .h5 file's
model_config) -> a Network, with the model's weights when they are given.

Every form Keras has written is read: Keras 2 (lists as inbound nodes, batch_input_shape),
Keras 2.13-2.15 (module, registered_name), Keras 3 (nested objects, __keras_tensor__ nodes)
and Keras 2.0's Sequential whose config is a bare list. Sequential and Functional models;
layer ids are the Keras layer names. The config is read as data: nothing in it is run, and a
layer we cannot import is named, all of them in one message, with nothing half-imported.
Reading the config is keras_config's, undoing what our export adds keras_export_parts', and
each layer keras_layers'; this module builds our graph and weights from them.
"""
from __future__ import annotations

import re

import numpy as np

from ..analysis import coerce_params
from ..errors import ShapeError
from ..file_messages import keras as K
from ..graph import ID_PATTERN, Layer, NetworkGraph
from ..network import Network
from .common import refuse
from .keras_config import KerasLayer, read_model, saved_layer_order
from .keras_export_parts import fold_export_parts
from .keras_layer_base import MALFORMED, Tensor
from .keras_layers import map_layer
from .keras_settings import Unsupported

__all__ = ["network_from_keras_config", "map_layer", "read_model", "saved_layer_order"]


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
        self.reasons.append(K.LAYER_REASON.format(layer.name, layer.class_name, why))

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
            self.note(layer, K.TAKES_TWICE)
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
            problems.append(K.INPUT_COUNT.format(len(inputs), spec.min_inputs)
                            if spec.max_inputs == spec.min_inputs
                            else K.INPUT_COUNT_SEVERAL.format(len(inputs)))
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
                self.note(layer, K.EXTRA_WEIGHTS.format(len(arrays)))
            return
        if not arrays:
            self.note(layer, K.NO_WEIGHTS)
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
                self.reasons.append(K.OUTPUT_FEEDS.format(name))
            if self.tensors[name].perm is not None:
                self.reasons.append(K.OUTPUT_FLATTENS.format(name))
        if self.reasons:
            return
        wanted = {self.ids[n] for n in outputs if n in self.ids}
        for layer_id in self.graph.ids:
            if not self.graph.outputs_of(layer_id) and layer_id not in wanted:
                self.reasons.append(K.NOT_AN_OUTPUT.format(layer_id))

"""NetworkGraph -> torch.nn.Module that runs the layers in topological order."""
from __future__ import annotations

import torch
from torch import nn

from .errors import GraphError
from .modules import WeightLayer


class GraphModel(nn.Module):
    """Runs a validated graph. Inputs are taken in the order of the graph's Input layers; a
    single output is returned as a tensor, several as a tuple."""

    def __init__(self, graph):
        super().__init__()
        analysis = graph.analysis
        if not analysis.valid:
            details = "; ".join(str(p) for p in analysis.problems[:5])
            raise GraphError(f"the network has {len(analysis.problems)} problem(s): {details}")
        self.ids = list(analysis.order)
        position = {i: k for k, i in enumerate(self.ids)}
        self.layers = nn.ModuleList()
        self._sources: list[list[int]] = []
        for layer_id in self.ids:
            info, layer = analysis.layers[layer_id], graph.layer(layer_id)
            in_shapes = [analysis.layers[s].output_shape for s in graph.inputs_of(layer_id)]
            module = layer.spec.build(info.params, in_shapes, info.output_shape)
            if not info.params.get("trainable", True):
                module.requires_grad_(False)
            self.layers.append(module)
            self._sources.append([position[s] for s in graph.inputs_of(layer_id)])
        self.input_ids = [i for i in self.ids if graph.layer(i).type == "Input"]
        self.output_ids = [i for i in self.ids if not graph.outputs_of(i)]
        self._inputs = [position[i] for i in self.input_ids]
        self._outputs = [position[i] for i in self.output_ids]
        self.output_shapes = [analysis.layers[i].output_shape for i in self.output_ids]

    def forward(self, *inputs):
        if len(inputs) != len(self._inputs):
            raise ValueError(f"the network takes {len(self._inputs)} input(s), got {len(inputs)}")
        values: list = [None] * len(self.layers)
        for k, x in zip(self._inputs, inputs, strict=True):
            values[k] = x
        for k, (module, sources) in enumerate(zip(self.layers, self._sources, strict=True)):
            if sources:
                values[k] = module(*[values[s] for s in sources])
        if len(self._outputs) == 1:
            return values[self._outputs[0]]
        return tuple(values[k] for k in self._outputs)

    def layer_module(self, layer_id: str) -> nn.Module:
        return self.layers[self.ids.index(layer_id)]

    def named_layers(self):
        return zip(self.ids, self.layers, strict=True)

    def reset_parameters(self, seed: int | None = None) -> None:
        """Initialize every layer as configured, in topological order, from one seed. Layers
        without random weights (BatchNorm, LayerNorm, PReLU) reset to their fixed start."""
        generator = torch.Generator().manual_seed(seed) if seed is not None else None
        for module in self.layers:
            if isinstance(module, WeightLayer):
                module.reset_parameters(generator)
            elif hasattr(module, "reset_parameters"):
                module.reset_parameters()

    def penalty(self):
        """Sum of every layer's L1/L2 terms."""
        terms = [m.penalty() for m in self.layers if isinstance(m, WeightLayer) and (m.l1 or m.l2)]
        return sum(terms) if terms else None

    def apply_constraints(self) -> None:
        for m in self.layers:
            if isinstance(m, WeightLayer) and m.max_norm is not None:
                m.apply_max_norm()

    # -- weights by layer id (the .nnd's safetensors keys: "<layer id>.<parameter>") ------
    def layer_state(self) -> dict[str, torch.Tensor]:
        out = {}
        for layer_id, module in self.named_layers():
            for name, tensor in module.state_dict().items():
                if tensor.is_floating_point() or name.endswith("num_batches_tracked"):
                    out[f"{layer_id}.{name}"] = tensor.detach()
        return out

    def load_layer_state(self, state: dict, strict: bool = True) -> list[str]:
        """Load "<layer id>.<name>" tensors; returns the layers that received weights."""
        by_layer: dict[str, dict] = {}
        for key, value in state.items():
            layer_id, _, name = key.partition(".")
            by_layer.setdefault(layer_id, {})[name] = torch.as_tensor(value)
        loaded = []
        for layer_id, module in self.named_layers():
            own = module.state_dict()
            if not own:
                continue
            given = by_layer.get(layer_id)
            if given is None:
                if strict:
                    raise GraphError(f"no saved weights for layer '{layer_id}'")
                continue
            for name, tensor in own.items():
                if name in given and tuple(given[name].shape) != tuple(tensor.shape):
                    raise GraphError(f"saved weights of '{layer_id}.{name}' have shape "
                                     f"{tuple(given[name].shape)}, the layer needs "
                                     f"{tuple(tensor.shape)}")
            module.load_state_dict(given, strict=strict)
            loaded.append(layer_id)
        return loaded


def build_model(graph, seed: int | None = None, weights: dict | None = None) -> GraphModel:
    """Build a validated graph, initialize it from `seed`, then load `weights` if given."""
    model = GraphModel(graph)
    model.reset_parameters(seed)
    if weights:
        model.load_layer_state(weights)
    return model

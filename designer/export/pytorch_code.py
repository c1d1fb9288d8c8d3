"""A standalone PyTorch script that rebuilds a network with plain torch.nn, needing neither this
app nor its files. It is written from the modules `build_model` makes, so the script computes
exactly what the app trains, and its state-dict keys are the .nnd weight keys
("<layer id>.<parameter>"), so trained weights load as they are."""
from __future__ import annotations

import keyword
import re

from torch import nn

from .. import modules as M
from ..build import GraphModel, build_model
from .naming import class_name


def _act(m: nn.Module) -> str:
    args = {nn.LeakyReLU: lambda: f"{m.negative_slope!r}", nn.ELU: lambda: f"{m.alpha!r}",
            nn.PReLU: lambda: f"{m.num_parameters}", nn.Softmax: lambda: f"dim={m.dim}"}
    return f"nn.{type(m).__name__}({args.get(type(m), lambda: '')()})"


def _leaf(m: nn.Module) -> str:
    """Constructor code for the torch modules build_model uses."""
    if isinstance(m, nn.Linear):
        return f"nn.Linear({m.in_features}, {m.out_features}, bias={m.bias is not None})"
    if isinstance(m, nn.Conv2d):
        return (f"nn.Conv2d({m.in_channels}, {m.out_channels}, kernel_size={m.kernel_size}, "
                f"stride={m.stride}, padding={m.padding}, bias={m.bias is not None})")
    if isinstance(m, nn.Dropout):
        return f"nn.Dropout({m.p!r})"
    if isinstance(m, nn.ZeroPad2d):
        return f"nn.ZeroPad2d({tuple(m.padding)})"
    if isinstance(m, nn.MaxPool2d):
        return f"nn.MaxPool2d({m.kernel_size}, {m.stride}, {m.padding})"
    if isinstance(m, nn.AvgPool2d):
        return f"nn.AvgPool2d({m.kernel_size}, {m.stride}, {m.padding}, count_include_pad=False)"
    if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d)):
        return f"nn.{type(m).__name__}({m.num_features}, eps={m.eps!r}, momentum={m.momentum!r})"
    if isinstance(m, nn.LayerNorm):
        return f"nn.LayerNorm({m.normalized_shape[0]}, eps={m.eps!r})"
    if isinstance(m, nn.GroupNorm):
        return f"nn.GroupNorm(1, {m.num_channels}, eps={m.eps!r})"
    if isinstance(m, nn.Flatten):
        return "nn.Flatten()"
    if isinstance(m, M.SamePool):
        return f"SamePool({m.kind!r}, {m.kernel}, {m.strides}, {m.pads})"
    if type(m).__module__.startswith("torch.nn"):
        return _act(m)
    raise TypeError(f"no code for {type(m).__name__}")


def _module_code(m: nn.Module) -> str | None:
    """Constructor code, or None for layers that are plain expressions in forward()."""
    if isinstance(m, M.WeightLayer):
        parts = [(n, c) for n, c in m.named_children() if not isinstance(c, nn.Identity)]
        inner = ", ".join(f"({n!r}, {_leaf(c)})" for n, c in parts)
        return f"nn.Sequential(OrderedDict([{inner}]))"
    if isinstance(m, (nn.Identity, M.Reshape, M.Add, M.Concatenate, M.GlobalPool)):
        return None
    return _leaf(m)


SAME_POOL = '''

class SamePool(nn.Module):
    """Pooling with TensorFlow's 'same' padding: padded cells never win a max or count in an
    average."""

    def __init__(self, kind, kernel, strides, pads):
        super().__init__()
        self.kind, self.kernel, self.strides, self.pads = kind, kernel, strides, pads

    def forward(self, x):
        if self.kind == "MaxPool2D":
            return F.max_pool2d(F.pad(x, self.pads, value=float("-inf")), self.kernel, self.strides)
        total = F.avg_pool2d(F.pad(x, self.pads), self.kernel, self.strides)
        ones = F.pad(torch.ones_like(x[:1, :1]), self.pads)
        return total / F.avg_pool2d(ones, self.kernel, self.strides)
'''


def _variable(layer_id: str, taken: set[str]) -> str:
    name = re.sub(r"\W", "_", layer_id)
    if not name.isidentifier() or keyword.iskeyword(name) or name in ("x", "self", "torch",
                                                                      "nn", "F"):
        name = f"x_{name}"
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def _module_key(layer_id: str) -> str:
    """ModuleDict refuses keys that name its own attributes ('keys', 'training', ...)."""
    return f"{layer_id}_" if hasattr(nn.ModuleDict(), layer_id) else layer_id


def pytorch_code(network, model: GraphModel | None = None) -> str:
    graph = network.graph
    model = model or build_model(graph, seed=0)
    renamed = {i: _module_key(i) for i in model.ids if _module_key(i) != i}
    taken: set[str] = set()
    var = {i: _variable(i, taken) for i in model.ids}
    init, body = [], []
    for layer_id, module in model.named_layers():
        layer = graph.layer(layer_id)
        code = _module_code(module)
        if code is not None:
            key = renamed.get(layer_id, layer_id)
            init.append(f"        self.layers[{key!r}] = {code}  # {layer.type}")
        sources = [var[s] for s in graph.inputs_of(layer_id)]
        if layer.type == "Input":
            continue
        if isinstance(module, M.Add):
            expr = " + ".join(sources)
        elif isinstance(module, M.Concatenate):
            expr = f"torch.cat([{', '.join(sources)}], dim={module.dim})"
        elif isinstance(module, M.Reshape):
            expr = f"{sources[0]}.reshape({sources[0]}.shape[0], *{module.shape})"
        elif isinstance(module, M.GlobalPool):
            reduce = "mean" if module.kind == "GlobalAvgPool2D" else "amax"
            expr = f"{sources[0]}.{reduce}(dim=(2, 3))"
        elif isinstance(module, nn.Identity):
            expr = sources[0]
        else:
            expr = f"self.layers[{renamed.get(layer_id, layer_id)!r}]({sources[0]})"
        body.append(f"        {var[layer_id]} = {expr}")
    inputs = ", ".join(var[i] for i in model.input_ids)
    outputs = ", ".join(var[i] for i in model.output_ids)
    shapes = {i: graph.analysis.layers[i].output_shape for i in model.input_ids}
    uses_pool = any(isinstance(m, M.SamePool) for m in model.layers)
    cls = class_name(network)
    example = ", ".join(f"torch.randn(1, *{list(s)})" for s in shapes.values())
    return f'''"""{network.name}: exported from Network Designer as plain PyTorch.

Inputs (without the batch axis): {", ".join(f"{i} {list(s)}" for i, s in shapes.items())}.
Run `python {{this file}} [weights.safetensors]` to check it; import {cls} to use it.
"""
from collections import OrderedDict

import torch
import torch.nn.functional as F  # noqa: F401  (used by SamePool when present)
from torch import nn
{SAME_POOL if uses_pool else ""}
# Layer ids that clash with ModuleDict's own attributes get a trailing underscore.
RENAMED = {renamed!r}

class {cls}(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleDict()  # keys are layer ids, as in the .nnd weights
{chr(10).join(init) or "        pass"}

    def forward(self, {inputs}):
{chr(10).join(body) or "        pass"}
        return {outputs}

    def load_layer_state(self, state):
        """Load tensors named "<layer id>.<parameter>", the keys of the .nnd weights."""
        renamed = {{}}
        for key, tensor in state.items():
            layer_id, name = key.split(".", 1)
            renamed[f"{{RENAMED.get(layer_id, layer_id)}}.{{name}}"] = tensor
        self.layers.load_state_dict(renamed)
        return self

    def load_weights(self, path):
        """Load the weights.safetensors of a trained .nnd (unzip it) or of an export."""
        from safetensors.torch import load_file

        return self.load_layer_state(load_file(path))


if __name__ == "__main__":
    import sys

    model = {cls}()
    if len(sys.argv) > 1:
        model.load_weights(sys.argv[1])
    model.eval()
    with torch.no_grad():
        out = model({example})
    print(model)
    print("output shape:", tuple(out.shape) if torch.is_tensor(out) else [o.shape for o in out])
'''


def write_pytorch(network, path) -> dict:
    """Write the script and, for a trained network, its weights beside it (.safetensors)."""
    from pathlib import Path

    from ..serialization import atomic_write

    path = Path(path)
    atomic_write(path, pytorch_code(network).encode("utf-8"))
    result = {"path": str(path), "weights": None}
    if network.weights:
        from safetensors.numpy import save

        weights = path.with_suffix(".safetensors")
        atomic_write(weights, save(dict(network.weights)))
        result["weights"] = str(weights)
    return result

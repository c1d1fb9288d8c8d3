"""The network part of the exported PyTorch script: the nn.Module class, written from the
modules `build_model` makes (so it computes exactly what the app trains, with the .nnd weight
keys "<layer id>.<parameter>" as its state-dict keys), and init_weights(), which draws the
configured initializers from one seeded generator in the app's order."""
from __future__ import annotations

import keyword
import re
import textwrap

from torch import nn

from .. import modules as M
from ..build import GraphModel
from ..initializers import INITIALIZERS, distribution_for, fans
from ..params import named_parts


def _act(m: nn.Module) -> str:
    args = {nn.LeakyReLU: lambda: f"{m.negative_slope!r}", nn.ELU: lambda: f"{m.alpha!r}",
            nn.PReLU: lambda: f"{m.num_parameters}", nn.Softmax: lambda: f"dim={m.dim}"}
    return f"nn.{type(m).__name__}({args.get(type(m), lambda: '')()})"


def _size(pair) -> str:
    """3 for (3, 3): torch takes either."""
    return repr(pair[0]) if len(set(pair)) == 1 else repr(tuple(pair))


def _leaf(m: nn.Module) -> str:
    """Constructor code for the torch modules build_model uses."""
    for kinds, code in _LEAVES:
        if isinstance(m, kinds):
            return code(m)
    if type(m).__module__.startswith("torch.nn"):
        return _act(m)
    raise TypeError(f"no code for {type(m).__name__}")


def _conv_code(m: nn.Conv2d) -> str:
    return (f"nn.Conv2d({m.in_channels}, {m.out_channels}, kernel_size={_size(m.kernel_size)}"
            f", stride={_size(m.stride)}, padding={_size(m.padding)}, "
            f"bias={m.bias is not None})")


def _batch_norm_code(m: nn.BatchNorm1d | nn.BatchNorm2d) -> str:
    keras = round(1.0 - m.momentum, 12)  # the layer's momentum, in Keras' convention
    momentum = f"1.0 - {keras!r}" if 1.0 - keras == m.momentum else repr(m.momentum)
    return f"nn.{type(m).__name__}({m.num_features}, eps={m.eps!r}, momentum={momentum})"


# (module classes, their constructor code), tried in order.
_LEAVES = (
    (nn.Linear, lambda m: f"nn.Linear({m.in_features}, {m.out_features}, "
                          f"bias={m.bias is not None})"),
    (nn.Conv2d, _conv_code),
    (nn.Dropout, lambda m: f"nn.Dropout({m.p!r})"),
    (nn.ZeroPad2d, lambda m: f"nn.ZeroPad2d({tuple(m.padding)})"),
    (nn.MaxPool2d, lambda m: f"nn.MaxPool2d({m.kernel_size}, {m.stride}, {m.padding})"),
    (nn.AvgPool2d, lambda m: f"nn.AvgPool2d({m.kernel_size}, {m.stride}, {m.padding}, "
                             "count_include_pad=False)"),
    ((nn.BatchNorm1d, nn.BatchNorm2d), _batch_norm_code),
    (nn.LayerNorm, lambda m: f"nn.LayerNorm({m.normalized_shape[0]}, eps={m.eps!r})"),
    (nn.GroupNorm, lambda m: f"nn.GroupNorm(1, {m.num_channels}, eps={m.eps!r})"),
    (nn.Flatten, lambda m: "nn.Flatten()"),
    (M.SamePool, lambda m: f"SamePool({m.kind!r}, {m.kernel}, {m.strides}, {m.pads})"),
)


def _module_code(m: nn.Module) -> str | None:
    """Constructor code, or None for layers that are plain expressions in forward()."""
    if isinstance(m, M.WeightLayer):
        parts = [(n, c) for n, c in m.named_children() if not isinstance(c, nn.Identity)]
        inner = "".join(f"            ({n!r}, {_leaf(c)}),\n" for n, c in parts)
        return f"nn.Sequential(OrderedDict([\n{inner}        ]))"
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
    if not name.isidentifier() or keyword.iskeyword(name) or name in (
            "x", "self", "torch", "nn", "F", "logits"):
        name = f"x_{name}"
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def module_key(layer_id: str) -> str:
    """ModuleDict refuses keys that name its own attributes ('keys', 'training', ...)."""
    return f"{layer_id}_" if hasattr(nn.ModuleDict(), layer_id) else layer_id


def _expression(module, sources: list[str], key: str) -> str:
    if isinstance(module, M.Add):
        return " + ".join(sources)
    if isinstance(module, M.Concatenate):
        return f"torch.cat([{', '.join(sources)}], dim={module.dim})"
    if isinstance(module, M.Reshape):
        return f"{sources[0]}.reshape({sources[0]}.shape[0], *{module.shape})"
    if isinstance(module, M.GlobalPool):
        reduce = "mean" if module.kind == "GlobalAvgPool2D" else "amax"
        return f"{sources[0]}.{reduce}(dim=(2, 3))"
    if isinstance(module, nn.Identity):
        return sources[0]
    return f"self.layers[{key!r}]({sources[0]})"


def _logits_expression(module, source: str, key: str) -> str:
    """The output layer without its final softmax/sigmoid (an Activation layer: its input)."""
    if not isinstance(module, M.WeightLayer):
        return source
    inner = source if isinstance(module.pad, nn.Identity) else \
        f"self.layers[{key!r}].pad({source})"
    return f"self.layers[{key!r}].core({inner})"


def model_code(network, model: GraphModel, cls: str, logits_layer: str | None = None) -> str:
    """SamePool (when used) and the class; `logits_layer` adds forward(x, logits=True)."""
    graph = network.graph
    renamed = {i: module_key(i) for i in model.ids if module_key(i) != i}
    taken: set[str] = set()
    var = {i: _variable(i, taken) for i in model.ids}
    init, body = [], []
    for layer_id, module in model.named_layers():
        layer = graph.layer(layer_id)
        key = renamed.get(layer_id, layer_id)
        code = _module_code(module)
        if code is not None:
            first, nl, rest = code.partition("\n")
            init.append(f"        self.layers[{key!r}] = {first}  # {layer.type}{nl}{rest}")
            if not layer.params.get("trainable", True):
                init.append(f"        self.layers[{key!r}].requires_grad_(False)  "
                            "# trainable: false")
        if layer.type == "Input":
            continue
        sources = [var[s] for s in graph.inputs_of(layer_id)]
        if layer_id == logits_layer:
            body.append(f"        if logits:  # before the output's "
                        f"{_final_activation(module)}: the loss applies it, stably")
            body.append(f"            return {_logits_expression(module, sources[0], key)}")
        body.append(f"        {var[layer_id]} = {_expression(module, sources, key)}")
    inputs = ", ".join(var[i] for i in model.input_ids)
    outputs = ", ".join(var[i] for i in model.output_ids)
    uses_pool = any(isinstance(m, M.SamePool) for m in model.layers)
    signature = f"self, {inputs}" + (", logits=False" if logits_layer else "")
    doc = ('        """logits=True: the output layer before its final activation (what '
           'training reads)."""\n') if logits_layer else ""
    return f'''{SAME_POOL if uses_pool else ""}
# Layer ids that clash with ModuleDict's own attributes get a trailing underscore.
RENAMED = {renamed!r}


class {cls}(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleDict()  # keys are layer ids, as in the .nnd weights
{chr(10).join(init) or "        pass"}

    def forward({signature}):
{doc}{chr(10).join(body) or "        pass"}
        return {outputs}

    def load_layer_state(self, state):
        """Load tensors named "<layer id>.<parameter>", the keys of the .nnd weights."""
        renamed = {{}}
        for key, tensor in state.items():
            layer_id, name = key.split(".", 1)
            renamed[f"{{RENAMED.get(layer_id, layer_id)}}.{{name}}"] = torch.as_tensor(tensor)
        self.layers.load_state_dict(renamed)
        return self

    def load_weights(self, path):
        """Load a .safetensors file: the weights.safetensors of a trained .nnd (unzip it), the
        one written beside this script, or one saved with --save."""
        return self.load_layer_state(read_safetensors(path))

    def layer_state(self):
        """The weights as "<layer id>.<parameter>" tensors (what load_layer_state takes)."""
        original = {{v: k for k, v in RENAMED.items()}}
        state = {{}}
        for key, tensor in self.layers.state_dict().items():
            layer_id, name = key.split(".", 1)
            state[f"{{original.get(layer_id, layer_id)}}.{{name}}"] = tensor.detach()
        return state
'''


def _final_activation(module) -> str:
    act = module.act if isinstance(module, M.WeightLayer) else module
    return "softmax" if isinstance(act, nn.Softmax) else "sigmoid"


# -- init_weights -----------------------------------------------------------------------------
def _fill_line(target: str, value, shape: tuple[int, ...]) -> tuple[str, str]:
    """(the torch call that draws `value` into `target` as designer.initializers.fill_ does,
    a comment naming the initializer and its formula)."""
    d = distribution_for(value, shape)
    name, options = named_parts(value)
    fan_in, fan_out = fans(shape)
    formula = INITIALIZERS.get(name).formula
    given = "".join(f", {k}={v!r}" for k, v in options.items())
    fan_note = f"; fan_in {fan_in}, fan_out {fan_out}" if "fan" in formula else ""
    comment = f"{name}{given}: {formula}{fan_note}"
    if d.kind == "uniform":
        call = f"nn.init.uniform_({target}, {d.a!r}, {d.b!r}, generator=g)"
    elif d.kind == "normal":
        call = f"nn.init.normal_({target}, {d.a!r}, {d.b!r}, generator=g)"
    elif d.kind == "truncated_normal":
        lo, hi = d.a - 2.0 * d.b, d.a + 2.0 * d.b
        call = f"nn.init.trunc_normal_({target}, {d.a!r}, {d.b!r}, {lo!r}, {hi!r}, generator=g)"
    elif d.kind == "constant":
        call = f"nn.init.constant_({target}, {d.a!r})"
    elif d.kind == "orthogonal":
        call = f"nn.init.orthogonal_({target}, {d.a!r}, generator=g)"
    elif len(shape) == 2:
        call = f"nn.init.eye_({target}).mul_({d.a!r})"
    else:
        call = f"nn.init.dirac_({target}).mul_({d.a!r})"
    return call, comment


def _broken(line: str) -> str:
    """A call longer than 100 characters, continued after its first argument."""
    if len(line) <= 100:
        return line
    head, _, rest = line.partition(", ")
    return f"{head},\n{' ' * (head.index('(') + 1)}{rest}"


def wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 90, initial_indent="        # ",
                                   subsequent_indent="        #   "))


def init_code(model: GraphModel) -> str:
    """init_weights(model, seed): the same draws, in the same order, as
    GraphModel.reset_parameters(seed), so the initial weights are the app's bit for bit."""
    lines = []
    for layer_id, module in model.named_layers():
        if not isinstance(module, M.WeightLayer):
            continue
        key = module_key(layer_id)
        tensors = [("weight", module.init, module.core.weight)]
        if module.core.bias is not None:
            tensors.append(("bias", module.bias_init, module.core.bias))
        for name, value, tensor in tensors:
            call, comment = _fill_line(f"layers[{key!r}].core.{name}", value,
                                       tuple(tensor.shape))
            lines += [wrapped(f"{layer_id}.{name}: {comment}"), _broken(f"        {call}")]
    body = "\n".join(lines) or "        pass"
    return f'''

def init_weights(model, seed=SEED):
    """The initial weights as configured in the network, drawn one layer after another from a
    generator seeded with `seed`, as the app draws them: they equal the app's bit for bit.
    BatchNorm, LayerNorm and PReLU keep the fixed start torch gives them."""
    g = torch.Generator().manual_seed(seed)
    layers = model.layers
    with torch.no_grad():
{body}
    return model
'''

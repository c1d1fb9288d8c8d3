"""Backpropagation by hand: the study notes' 2-2-2 sigmoid network, one step number by number.

The notes' example (seeds/004, "인공신경망 (Forward Propagation)"): inputs x1, x2 feed hidden
units h1, h2 through W1..W4 (z1 = W1 x1 + W2 x2, z2 = W3 x1 + W4 x2); the hidden units feed
the outputs o1, o2 through W5..W8 (z3 = W5 h1 + W6 h2, z4 = W7 h1 + W8 h2); every unit is a
sigmoid, nothing has a bias, and the error is E_total = E_o1 + E_o2 with
E_ok = 1/2 (target_ok - o_k)^2.

Every number comes from the app's own engine: the network is a NetworkGraph built by
build_model, its forward pass gives z, h and o, autograd gives the gradients, and the app's SGD
optimizer takes the step. The chain-rule factors are then spelled out from those numbers so a
learner sees where each gradient comes from. The model runs in float64 so the notes' eight
printed decimals are exact.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .graph import Layer, NetworkGraph

INPUTS = (0.1, 0.2)
TARGETS = (0.4, 0.6)
WEIGHTS = {"W1": 0.3, "W2": 0.25, "W3": 0.4, "W4": 0.35,
           "W5": 0.45, "W6": 0.4, "W7": 0.7, "W8": 0.6}
# The notes print no learning rate for this example (their only eta, 0.1, belongs to the
# momentum example). 0.5 is the rate of the worked example these numbers come from (the
# wikidocs "역전파 이해하기" lesson, same weights, inputs and targets).
LEARNING_RATE = 0.5
WEIGHT_NAMES = tuple(WEIGHTS)

HIDDEN, OUTPUT = "hidden", "output"
# each layer's weight names laid out as its (out, in) matrix: row k holds unit k's weights
MATRICES = {HIDDEN: (("W1", "W2"), ("W3", "W4")), OUTPUT: (("W5", "W6"), ("W7", "W8"))}
# each layer's units as (z, activation output), and the sources its columns read
UNITS = {HIDDEN: (("z1", "h1"), ("z2", "h2")), OUTPUT: (("z3", "o1"), ("z4", "o2"))}
SOURCES = {HIDDEN: ("x1", "x2"), OUTPUT: ("h1", "h2")}


def build_graph() -> NetworkGraph:
    """Input(2) -> Dense(2, sigmoid, no bias) -> Dense(2, sigmoid, no bias)."""
    graph = NetworkGraph()
    graph.add_layer(Layer.create("Input", "x", shape=[2]))
    for layer_id in (HIDDEN, OUTPUT):
        graph.add_layer(Layer.create("Dense", layer_id, units=2, activation="sigmoid",
                                     use_bias=False))
    graph.connect("x", HIDDEN)
    graph.connect(HIDDEN, OUTPUT)
    return graph


def layer_weights(weights: dict[str, float]) -> dict:
    """The notes' W1..W8 as the app's "<layer id>.core.weight" tensors, shape (out, in)."""
    import torch

    return {f"{layer_id}.core.weight": torch.tensor(
        [[weights[name] for name in row] for row in rows], dtype=torch.float64)
        for layer_id, rows in MATRICES.items()}


def build_network(weights: dict[str, float] | None = None):
    """(graph, model): the notes' network as an app model holding the notes' weights."""
    from .build import build_model

    graph = build_graph()
    model = build_model(graph, seed=0).double()
    model.load_layer_state(layer_weights(weights or WEIGHTS))
    return graph, model


def weight_position(name: str) -> tuple[str, int, int]:
    """(layer id, row, column) of a weight named W1..W8."""
    for layer_id, rows in MATRICES.items():
        for row, names in enumerate(rows):
            if name in names:
                return layer_id, row, names.index(name)
    raise KeyError(name)


@dataclass
class BackpropStep:
    """Every number of one step, named as the notes name them: x1, x2, target_o1, target_o2,
    W1..W8, z1..z4, h1, h2, o1, o2, E_o1, E_o2, E_total, dE/dW1..dE/dW8, W1'..W8'.

    `chains` gives, for each weight, the chain-rule factors (dE/d(unit output),
    d(unit output)/dz, dz/dW) whose product is its gradient; for a hidden weight the first
    factor, dE/dh, sums over both outputs."""

    learning_rate: float
    values: dict[str, float] = field(default_factory=dict)
    chains: dict[str, tuple[float, float, float]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> float:
        return self.values[name]


def _capture(model) -> tuple[dict, list]:
    """Forward hooks that record each Dense layer's z (core) and activation output."""
    seen: dict[str, list[float]] = {}
    handles = []
    for layer_id in (HIDDEN, OUTPUT):
        module = model.layer_module(layer_id)
        for part in ("core", "act"):
            def hook(_module, _args, output, key=f"{layer_id}.{part}"):
                seen[key] = output.detach().reshape(-1).tolist()
            handles.append(getattr(module, part).register_forward_hook(hook))
    return seen, handles


def _forward_values(seen: dict, step: BackpropStep) -> None:
    for layer_id, units in UNITS.items():
        for k, (z_name, out_name) in enumerate(units):
            step.values[z_name] = seen[f"{layer_id}.core"][k]
            step.values[out_name] = seen[f"{layer_id}.act"][k]


def _chain_factors(step: BackpropStep) -> None:
    """dE/d(out) * d(out)/dz * dz/dW for every weight, from the engine's own z, h and o."""
    v = step.values
    delta = {}
    for k, (_z, out) in enumerate(UNITS[OUTPUT]):
        d_out = v[out] - v[f"target_{out}"]           # d/do of 1/2 (target - o)^2
        delta[out] = d_out * v[out] * (1 - v[out])
        for j, name in enumerate(MATRICES[OUTPUT][k]):
            step.chains[name] = (d_out, v[out] * (1 - v[out]), v[SOURCES[OUTPUT][j]])
    for k, (_z, hid) in enumerate(UNITS[HIDDEN]):
        # h feeds both outputs: its dE/dh sums delta_o * (the weight from h to o)
        d_hid = sum(delta[out] * v[MATRICES[OUTPUT][m][k]]
                    for m, (_z2, out) in enumerate(UNITS[OUTPUT]))
        for j, name in enumerate(MATRICES[HIDDEN][k]):
            step.chains[name] = (d_hid, v[hid] * (1 - v[hid]), v[SOURCES[HIDDEN][j]])


def _read_weights(matrices: dict, step: BackpropStep, pattern: str, grad: bool = False) -> None:
    """Store each W1..W8 entry of the layers' weights (or their gradients) under pattern."""
    for name in WEIGHT_NAMES:
        layer_id, row, col = weight_position(name)
        tensor = matrices[layer_id].grad if grad else matrices[layer_id]
        step.values[pattern.format(name)] = tensor[row, col].item()


def one_step(weights: dict[str, float] | None = None, inputs=INPUTS, targets=TARGETS,
             learning_rate: float = LEARNING_RATE) -> BackpropStep:
    """Forward pass, E_total, gradients by autograd and one SGD step, all by the app's engine."""
    import torch

    from .optimizers import make_optimizer

    weights = dict(weights or WEIGHTS)
    _graph, model = build_network(weights)
    step = BackpropStep(learning_rate, values={
        "x1": inputs[0], "x2": inputs[1], "target_o1": targets[0], "target_o2": targets[1],
        **weights})
    seen, handles = _capture(model)
    try:
        output = model(torch.tensor([inputs], dtype=torch.float64))
    finally:
        for handle in handles:
            handle.remove()
    _forward_values(seen, step)
    errors = 0.5 * (torch.tensor([targets], dtype=torch.float64) - output).square()[0]
    step.values["E_o1"], step.values["E_o2"] = errors.tolist()
    loss = errors.sum()
    step.values["E_total"] = loss.item()
    loss.backward()
    matrices = {i: model.layer_module(i).core.weight for i in (HIDDEN, OUTPUT)}
    _read_weights(matrices, step, "dE/d{}", grad=True)
    params = list(matrices.values())
    make_optimizer({"name": "sgd", "learning_rate": learning_rate}, params).step(
        [p.grad for p in params], learning_rate)
    _read_weights(matrices, step, "{}'")
    _chain_factors(step)
    return step


def num(value: float) -> str:
    """Eight decimals like the notes (0.52747230), short when the value is short (0.08, 0.3)."""
    text = f"{value:.8f}"
    short = text.rstrip("0")
    if len(text) - len(short) >= 4:
        text = short.rstrip(".")
    return "0" if text == "-0" else text


def _forward_lines(s: BackpropStep) -> list[str]:
    lines = []
    for layer_id, units in UNITS.items():
        a, b = SOURCES[layer_id]
        for k, (z, _out) in enumerate(units):
            w1, w2 = MATRICES[layer_id][k]
            lines.append(f"{z} = {w1}·{a} + {w2}·{b} = {num(s[w1])}×{num(s[a])} + "
                         f"{num(s[w2])}×{num(s[b])} = {num(s[z])}")
        for z, out in units:
            lines.append(f"{out} = sigmoid({z}) = 1 / (1 + e^-{num(s[z])}) = {num(s[out])}")
    return lines


def _error_lines(s: BackpropStep) -> list[str]:
    lines = [f"E_{o} = ½(target_{o} − {o})² = ½({num(s[f'target_{o}'])} − {num(s[o])})² = "
             f"{num(s[f'E_{o}'])}" for o in ("o1", "o2")]
    lines.append(f"E_total = E_o1 + E_o2 = {num(s['E_o1'])} + {num(s['E_o2'])} = "
                 f"{num(s['E_total'])}")
    return lines


def _gradient_line(s: BackpropStep, name: str) -> str:
    layer_id, row, col = weight_position(name)
    z, out = UNITS[layer_id][row]
    src = SOURCES[layer_id][col]
    d_out, d_act, d_z = s.chains[name]
    return (f"∂E/∂{name} = ∂E/∂{out} · ∂{out}/∂{z} · ∂{z}/∂{name} = {num(d_out)} × "
            f"{num(d_act)} × {num(d_z)} = {num(s[f'dE/d{name}'])}"
            f"   ({_why_first(layer_id, out)}∂{out}/∂{z} = {out}(1 − {out}), "
            f"∂{z}/∂{name} = {src})")


def _why_first(layer_id: str, out: str) -> str:
    return f"∂E/∂{out} = {out} − target_{out}, " if layer_id == OUTPUT else ""


def _hidden_sum_lines(s: BackpropStep) -> list[str]:
    """dE/dh for each hidden unit: it reaches E through both outputs."""
    deltas = [s.chains[MATRICES[OUTPUT][m][0]][0] * s.chains[MATRICES[OUTPUT][m][0]][1]
              for m in (0, 1)]
    lines = [f"δo{m + 1} = ∂E/∂o{m + 1} · ∂o{m + 1}/∂z{m + 3} = {num(d)}" for m, d in
             enumerate(deltas)]
    for k, (_z, hid) in enumerate(UNITS[HIDDEN]):
        w_a, w_b = (MATRICES[OUTPUT][m][k] for m in (0, 1))
        lines.append(f"∂E/∂{hid} = ∂E_o1/∂{hid} + ∂E_o2/∂{hid} = δo1·{w_a} + δo2·{w_b} = "
                     f"{num(deltas[0])}×{num(s[w_a])} + {num(deltas[1])}×{num(s[w_b])} = "
                     f"{num(s.chains[MATRICES[HIDDEN][k][0]][0])}")
    return lines


def format_step(step: BackpropStep) -> list[str]:
    """The step as readable lines for a lesson panel: forward pass, errors, gradients by the
    chain rule, updated weights."""
    lr = num(step.learning_rate)
    lines = ["Forward pass", *_forward_lines(step), "", "Errors", *_error_lines(step), "",
             "Output layer gradients (chain rule)",
             *(_gradient_line(step, n) for n in ("W5", "W6", "W7", "W8")), "",
             "Hidden layer gradients (chain rule)", *_hidden_sum_lines(step),
             *(_gradient_line(step, n) for n in ("W1", "W2", "W3", "W4")), "",
             f"Updated weights (W' = W − η·∂E/∂W, η = {lr})"]
    lines += [_update_line(step, n, lr) for n in WEIGHT_NAMES]
    return lines


def _update_line(s: BackpropStep, name: str, lr: str) -> str:
    new = s[name + "'"]
    return f"{name}' = {num(s[name])} − {lr}×{num(s[f'dE/d{name}'])} = {num(new)}"

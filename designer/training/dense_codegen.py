"""The source of DenseEngine's loop, generated for one chain of Dense layers.

One function run(...) does steps i..stop-1: forward, gradient of the loss, backward,
penalties, clipping, the optimizer's update and max-norm, for each batch, until `flag` is
raised. Nothing in it is written for this module alone: activations come from their
registry entry's `Derivative` (designer/activations.py), the loss's gradient from its
`output_gradient` (designer/losses.py), the update and clipping are the functions of
updates.py, whose source is pasted in. The same source runs in two dialects:
- TorchScript, compiled with torch.jit.CompilationUnit, where an operation costs about half
  of what it costs from Python (1.5x the epochs per second on the Playground's network);
- Python, exec'd, when TorchScript is off or refuses the source.

Only our own templates and numbers (repr of floats) go into the source, never user text.
"""
from __future__ import annotations

from typing import List, Optional

import torch
from torch import Tensor

from ..activations import ACTIVATIONS
from ..losses import LOSSES
from .updates import clip_gradients, script_source


class Unsupported(Exception):
    pass


class FastActivation:
    """An activation's forward and backward as source, from its registry entry and options."""

    def __init__(self, name: str, options: dict):
        d = ACTIVATIONS.get(name).derivative
        if d is None:
            raise Unsupported(f"the activation {name}")
        values = {k: repr(float(v)) for k, v in options.items()}
        self.forward = f"torch.ops.aten.{d.forward}"
        self.args = d.args.format(**values)
        self.backward = f"torch.ops.aten.{d.backward}"
        self.grad = d.grad.replace("{a}", "{{a}}").replace("{h}", "{{h}}").format(**values)

    def forward_source(self, a: str) -> str:
        return f"{self.forward}({a}{', ' + self.args if self.args else ''})"

    def backward_source(self, a: str, h: str) -> str:
        return f"{self.backward}({self.grad.format(a=a, h=h)})"


def output_gradient(loss: str, options: dict) -> str:
    """The source of d(mean loss)/d(output) over z and y, or Unsupported."""
    template = LOSSES.get(loss).output_gradient
    if template is None:
        raise Unsupported(f"the loss {loss}")
    return template.format(**{k: float(v) for k, v in options.items()})


def tensor_names(ops) -> list[tuple[str, torch.Tensor]]:
    """(name, tensor) of every weight, transposed view, bias and gradient buffer the body
    uses."""
    out = []
    for k, op in enumerate(ops):
        if op.kind == "dense":
            out += [(f"w{k}", op.w), (f"wt{k}", op.wt)]
            for name, t in ((f"b{k}", op.b), (f"gw{k}", op.gw), (f"gb{k}", op.gb)):
                if t is not None:
                    out.append((name, t))
    return out


def _forward(k: int, op, cur: str, last: bool) -> list[str]:
    if op.kind == "dense":
        out = ", out=out" if last else ""
        return [f"a{k} = torch.addmm(b{k}, {cur}, wt{k}{out})" if op.b is not None
                else f"a{k} = torch.mm({cur}, wt{k}{out})"]
    if op.kind == "act":
        return [f"a{k} = {op.act.forward_source(cur)}"]
    keep = 1.0 - op.rate
    return [f"m{k} = torch.empty_like({cur}).bernoulli_({keep!r}, generator=gen)"
            f".mul_({1.0 / keep!r})", f"a{k} = {cur} * m{k}"]


def _backward(k: int, op, saved: str, first: int) -> list[str]:
    if op.kind == "act":
        return [f"g = {op.act.backward_source(saved, f'a{k}')}"]
    if op.kind != "dense":
        return [f"g = g * m{k}"]
    lines = []
    if op.trainable:
        lines.append(f"torch.mm(g.t(), {saved}, out=gw{k})")
        if op.b is not None:
            lines.append(f"torch.sum(g, 0, out=gb{k})")
    if k > first:
        lines.append(f"g = torch.mm(g, w{k})")
    return lines


def _penalties(ops) -> list[str]:
    lines = []
    for k, op in enumerate(ops):
        if op.kind == "dense" and op.trainable and op.l2:
            lines.append(f"gw{k}.add_(w{k}, alpha={2.0 * op.l2!r})")
        if op.kind == "dense" and op.trainable and op.l1:
            lines.append(f"gw{k}.add_(w{k}.sign(), alpha={float(op.l1)!r})")
    return lines


def body(ops, gradient: str) -> list[str]:
    """Statements of one step over h, y, out and gen; `gradient` is output_gradient()'s."""
    lines, saved, cur = [], {}, "h"
    for k, op in enumerate(ops):
        lines += _forward(k, op, cur, k == len(ops) - 1)
        saved[k], cur = cur, f"a{k}"
    if ops[-1].kind != "dense":
        lines.append(f"out.copy_({cur})")
    first = next((k for k, op in enumerate(ops) if op.kind == "dense" and op.trainable), None)
    if first is None:  # nothing learns
        return lines
    lines += [f"z = {cur}", f"g = {gradient}"]
    for k in range(len(ops) - 1, first - 1, -1):
        lines += _backward(k, ops[k], saved[k], first)
    return lines + _penalties(ops)


def _after_step(ops, optimizer, clip_norm, clip_value) -> list[str]:
    lines = ["lr = lrs[k]", "t += 1"]
    if clip_norm is not None or clip_value is not None:
        lines.append(f"clip_gradients(G, {_number(clip_norm)}, {_number(clip_value)})")
    hyper = "".join(f", {h!r}" for h in optimizer.hyperparameters)  # floats
    lines.append(f"{optimizer.update.__name__}(P, G, S, lr, t{hyper})")
    for k, op in enumerate(ops):
        if op.kind == "dense" and op.max_norm is not None:
            lines.append(f"w{k}.copy_(torch.renorm(w{k}, 2, 0, {float(op.max_norm)!r}))")
    return lines


def _number(value) -> str:
    return "None" if value is None else repr(float(value))


def run_source(ops, gradient: str, optimizer, clip_norm, clip_value) -> str:
    """The source of run(xs, ys, zs, i, stop, lrs, t, flag, gen, T, P, G, S) -> next i, with
    the optimizer's update and the clipping function it calls."""
    names = tensor_names(ops)
    head = ["def run(xs: List[Tensor], ys: List[Tensor], zs: List[Tensor], i: int, stop: int, "
            "lrs: List[float], t: int, flag: Tensor, gen: Generator, T: List[Tensor], "
            "P: List[Tensor], G: List[Tensor], S: List[List[Tensor]]) -> int:"]
    head += [f"    {name} = T[{n}]" for n, (name, _) in enumerate(names)]
    loop = ["k = 0", "while i < stop:", "    h = xs[i]", "    y = ys[i]", "    out = zs[i]"]
    loop += [f"    {x}" for x in body(ops, gradient) + _after_step(ops, optimizer, clip_norm,
                                                                   clip_value)]
    loop += ["    i += 1", "    k += 1", "    if bool(flag):", "        break", "return i"]
    run = "\n".join(head + [f"    {x}" for x in loop]) + "\n"
    return script_source(clip_gradients, optimizer.update) + "\n\n" + run


def compile_run(source: str, script: bool):
    """run() from run_source()'s source: TorchScript, or Python (script False); raises
    Unsupported when TorchScript refuses it."""
    if script:
        try:
            return torch.jit.CompilationUnit(source).run
        except Exception as e:  # TorchScript missing or refusing: the Python loop runs instead
            raise Unsupported(f"TorchScript: {type(e).__name__}") from None
    env = {"torch": torch, "List": List, "Optional": Optional, "Tensor": Tensor,
           "Generator": torch.Generator}
    exec(compile(source, "<dense run>", "exec"), env)  # our templates, numbers only
    return env["run"]

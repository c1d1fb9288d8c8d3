"""The source of DenseEngine's step, generated for one chain of Dense layers.

One body of statements (forward, gradient of the loss, backward, penalties) is rendered in two
dialects:
- Python: a function step(h, y, out, gen) whose tensors and activation functions are globals
  of its namespace. Always available.
- TorchScript: a function that runs many steps in a loop, optimizer update, clipping and
  max-norm included, inside the TorchScript interpreter, where an operation costs about half
  of what it costs from Python. Built with torch.jit.CompilationUnit when the optimizer has a
  TorchScript form; anything that fails to compile falls back to the Python step.

Only our own templates and numbers (repr of floats) go into the source, never user text.
"""
from __future__ import annotations

import torch
from torch import nn

_aten = torch.ops.aten
_SELU = (1.6732632423543772, 1.0507009873554805)


class Unsupported(Exception):
    pass


class Activation:
    """Forward and backward of an elementwise activation, as callables (Python) and as names
    (TorchScript). `args`/`kwargs` are the forward's constant arguments after the input;
    `grad_args` the backward's arguments, with {a} for the input and {h} for the output."""

    def __init__(self, fwd, fwd_name, bwd, bwd_name, grad_args, args=(), kwargs=None):
        self.fwd, self.fwd_name, self.bwd, self.bwd_name = fwd, fwd_name, bwd, bwd_name
        self.grad_args, self.args, self.kwargs = grad_args, tuple(args), dict(kwargs or {})
        self.extra = "".join(f", {v!r}" for v in self.args) + \
            "".join(f", {k}={v!r}" for k, v in self.kwargs.items())

    def __call__(self, a):
        return self.fwd(a, *self.args, **self.kwargs)


def activation(module) -> Activation:
    """The Activation of a supported module, else Unsupported."""
    A = Activation
    if isinstance(module, nn.Tanh):
        return A(torch.tanh, "torch.tanh", _aten.tanh_backward.default,
                 "torch.ops.aten.tanh_backward", "g, {h}")
    if isinstance(module, nn.Sigmoid):
        return A(torch.sigmoid, "torch.sigmoid", _aten.sigmoid_backward.default,
                 "torch.ops.aten.sigmoid_backward", "g, {h}")
    if isinstance(module, nn.ReLU):
        return A(torch.relu, "torch.relu", _aten.threshold_backward.default,
                 "torch.ops.aten.threshold_backward", "g, {h}, 0")
    if isinstance(module, nn.LeakyReLU):
        s = float(module.negative_slope)
        return A(_aten.leaky_relu.default, "torch.ops.aten.leaky_relu",
                 _aten.leaky_relu_backward.default, "torch.ops.aten.leaky_relu_backward",
                 f"g, {{a}}, {s!r}, False", (s,))
    if isinstance(module, (nn.ELU, nn.SELU)):
        alpha, scale = _SELU if isinstance(module, nn.SELU) else (float(module.alpha), 1.0)
        return A(_aten.elu.default, "torch.ops.aten.elu", _aten.elu_backward.default,
                 "torch.ops.aten.elu_backward", f"g, {alpha!r}, {scale!r}, 1, False, {{a}}",
                 (alpha, scale, 1))
    if isinstance(module, nn.Softplus):
        b, t = float(module.beta), float(module.threshold)
        return A(_aten.softplus.default, "torch.ops.aten.softplus",
                 _aten.softplus_backward.default, "torch.ops.aten.softplus_backward",
                 f"g, {{a}}, {b!r}, {t!r}", (b, t))
    if isinstance(module, nn.SiLU):
        return A(_aten.silu.default, "torch.ops.aten.silu", _aten.silu_backward.default,
                 "torch.ops.aten.silu_backward", "g, {a}")
    if isinstance(module, nn.GELU):
        ap = module.approximate
        return A(_aten.gelu.default, "torch.ops.aten.gelu", _aten.gelu_backward.default,
                 "torch.ops.aten.gelu_backward", f"g, {{a}}, approximate={ap!r}",
                 kwargs={"approximate": ap})
    raise Unsupported(f"the activation {type(module).__name__}")


_OUTPUT_GRADIENT = {  # d(mean loss)/d(output), from the output z and the target y
    "binary_crossentropy": "torch.sigmoid(z).sub_(y).mul_(1.0 / z.numel())",
    "categorical_crossentropy": "torch.softmax(z, 1).sub_(y).mul_(1.0 / z.shape[0])",
    "mse": "torch.sub(z, y).mul_(2.0 / z.numel())",
    "mae": "torch.sub(z, y).sign_().mul_(1.0 / z.numel())",
    "huber": "torch.sub(z, y).clamp_(-{delta!r}, {delta!r}).mul_(1.0 / z.numel())",
    "gaussian_nll": "torch.sub(z, y).mul_(1.0 / z.shape[0])",  # unit variance: sum over outputs
}


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


def body(ops, loss: str, delta: float, script: bool) -> tuple[list[str], list[str]]:
    """(statements of one step over h, y, out and gen, names of the dropout masks)."""
    fwd, bwd, saved, masks = [], [], {}, []
    cur, last = "h", len(ops) - 1
    for k, op in enumerate(ops):
        if op.kind == "dense":
            out = ", out=out" if k == last else ""
            fwd.append(f"a{k} = torch.addmm(b{k}, {cur}, wt{k}{out})" if op.b is not None
                       else f"a{k} = torch.mm({cur}, wt{k}{out})")
        elif op.kind == "act":
            f = op.act.fwd_name if script else f"f{k}"
            fwd.append(f"a{k} = {f}({cur}{op.act.extra})")
        else:
            keep = 1.0 - op.rate
            fwd.append(f"m{k} = torch.empty_like({cur}).bernoulli_({keep!r}, generator=gen)"
                       f".mul_({1.0 / keep!r})")
            fwd.append(f"a{k} = {cur} * m{k}")
            masks.append(f"m{k}")
        saved[k], cur = cur, f"a{k}"
    if ops[-1].kind != "dense":
        fwd.append(f"out.copy_({cur})")
    first = next((k for k, op in enumerate(ops) if op.kind == "dense" and op.trainable), None)
    if first is None:  # nothing learns
        return fwd, masks
    fwd.append(f"z = {cur}")
    fwd.append("g = " + _OUTPUT_GRADIENT[loss].format(delta=float(delta)))
    for k in range(last, first - 1, -1):
        op = ops[k]
        if op.kind == "dense":
            if op.trainable:
                bwd.append(f"torch.mm(g.t(), {saved[k]}, out=gw{k})")
                if op.b is not None:
                    bwd.append(f"torch.sum(g, 0, out=gb{k})")
            if k > first:
                bwd.append(f"g = torch.mm(g, w{k})")
        elif op.kind == "act":
            d = op.act.bwd_name if script else f"d{k}"
            bwd.append(f"g = {d}({op.act.grad_args.format(a=saved[k], h=f'a{k}')})")
        else:
            bwd.append(f"g = g * m{k}")
    for k, op in enumerate(ops):
        if op.kind == "dense" and op.trainable and op.l2:
            bwd.append(f"gw{k}.add_(w{k}, alpha={2.0 * op.l2!r})")
        if op.kind == "dense" and op.trainable and op.l1:
            bwd.append(f"gw{k}.add_(w{k}.sign(), alpha={float(op.l1)!r})")
    return fwd + bwd, masks


def python_step(ops, loss: str, delta: float = 1.0):
    """(step(h, y, out, gen) -> tuple of dropout masks, its source)."""
    lines, masks = body(ops, loss, delta, script=False)
    env = {"torch": torch, **dict(tensor_names(ops))}
    for k, op in enumerate(ops):
        if op.kind == "act":
            env[f"f{k}"], env[f"d{k}"] = op.act.fwd, op.act.bwd
    ret = f"({', '.join(masks)},)" if masks else "()"
    source = "def step(h, y, out, gen):\n" + "".join(f"    {x}\n" for x in lines) + \
        f"    return {ret}\n"
    exec(compile(source, "<dense step>", "exec"), env)  # our template, numbers only
    return env["step"], source


def script_runner(ops, loss: str, delta: float, update: list[str], clip_norm, clip_value,
                  constrained: list[int]):
    """(run(xs, ys, zs, i, stop, lrs, t, flag, gen, T, S) -> next i, its source, the tensors
    T to pass) running steps i..stop-1 in TorchScript, or raises Unsupported."""
    lines, _ = body(ops, loss, delta, script=True)
    names = tensor_names(ops)
    head = ["def run(xs: List[Tensor], ys: List[Tensor], zs: List[Tensor], i: int, stop: int, "
            "lrs: List[float], t: int, flag: Tensor, gen: Generator, T: List[Tensor], "
            "P: List[Tensor], G: List[Tensor], S: List[List[Tensor]]) -> int:",
            "    empty: List[Tensor] = []"]
    head += [f"    {name} = T[{n}]" for n, (name, _) in enumerate(names)]
    loop = ["k = 0", "while i < stop:", "    h = xs[i]", "    y = ys[i]", "    out = zs[i]"]
    loop += [f"    {x}" for x in lines]
    loop += ["    lr = lrs[k]", "    t += 1"]
    if clip_value is not None:
        loop += [f"    torch._foreach_clamp_min_(G, {-float(clip_value)!r})",
                 f"    torch._foreach_clamp_max_(G, {float(clip_value)!r})"]
    if clip_norm is not None:
        loop += ["    total = torch.linalg.vector_norm(torch.stack(torch._foreach_norm(G)))",
                 f"    torch._foreach_mul_(G, ({float(clip_norm)!r} / (total + 1e-6))"
                 ".clamp(max=1.0))"]
    loop += [f"    {x}" for x in update]
    for k in constrained:
        loop.append(f"    w{k}.copy_(torch.renorm(w{k}, 2, 0, {float(ops[k].max_norm)!r}))")
    loop += ["    i += 1", "    k += 1", "    if bool(flag):", "        break", "return i"]
    source = "\n".join(head + [f"    {x}" for x in loop]) + "\n"
    try:
        unit = torch.jit.CompilationUnit(source)
    except Exception as e:  # TorchScript missing or refusing: the Python step runs instead
        raise Unsupported(f"TorchScript: {type(e).__name__}") from None
    return unit.run, source, [t for _, t in names]

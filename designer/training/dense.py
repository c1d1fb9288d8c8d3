"""DenseEngine: fast steps for chains of Dense layers, with hand-derived gradients.

Playground-sized networks spend nearly all their time in per-operation overhead: an eager
autograd step of a 2-8-8-1 network costs about 300 microseconds, of which the arithmetic is a
few. This engine runs a Dense chain's forward and backward as about 20 plain tensor operations
in inference mode (no autograd graph), then the optimizer's own update, and runs many steps
per call inside TorchScript, which makes it 6-8x faster than an eager loop.

The loop for a given chain is generated as straight-line code (dense_codegen.py; like
dataclasses and torch.fx generate code): no loop over layers, no branches, every tensor a local
name. The source is kept in `DenseEngine.source` for inspection. Which networks qualify is
decided by `dense_plan`: Dense layers (any trainability, L1/L2, max-norm, dropout), the
activations whose registry entry has a `Derivative`, Dropout and Activation layers, and a loss
with an `output_gradient` that fits the output (cross-entropy on logits, regression losses on
any supported output). Everything else runs on AutogradEngine; tests check the two engines
against each other step by step, for every registered optimizer, activation and loss.
"""
from __future__ import annotations

import time

import torch
from torch import nn

from ..activations import ACTIVATIONS
from ..losses import LOSSES
from ..modules import WeightLayer
from ..params import named_parts
from .dense_codegen import (
    FastActivation,
    Unsupported,
    compile_run,
    output_gradient,
    run_source,
    tensor_names,
)
from .engines import Engine

USE_SCRIPT = True  # run steps in TorchScript when it compiles the loop, else in Python


class Op:
    """One element of the chain: a Dense core ("dense"), an activation ("act") or dropout."""

    def __init__(self, kind: str, layer: str, **kw):
        self.kind, self.layer = kind, layer
        self.w = self.wt = self.b = self.gw = self.gb = self.act = self.module = None
        self.trainable, self.l1, self.l2, self.max_norm, self.rate = False, 0.0, 0.0, None, 0.0
        self.__dict__.update(kw)


def dense_plan(model, graph, head, metric):
    """(the chain of Ops DenseEngine would run, None) or (None, why it cannot run it)."""
    try:
        ops = _chain(model, graph)
        _check_ends(ops, head, metric)
        return ops, None
    except Unsupported as e:
        return None, str(e)


def _chain(model, graph) -> list[Op]:
    ids = model.ids
    if any(graph.inputs_of(cur) != [prev] for prev, cur in zip(ids, ids[1:], strict=False)):
        raise Unsupported("the network is not a single chain of layers")
    ops: list[Op] = []
    for k, (layer_id, module) in enumerate(model.named_layers()):
        if k == 0 or (k == 1 and isinstance(module, nn.Flatten)):
            continue  # the Input; the engine flattens the data up front
        layer = graph.layer(layer_id)
        if isinstance(module, WeightLayer):
            ops.append(_dense(layer_id, module))
            ops += _elementwise(module.act, layer_id, layer.params["activation"])
            ops += _elementwise(module.drop, layer_id, None)
        else:
            ops += _elementwise(module, layer_id, layer.params["activation"]
                                if layer.type == "Activation" else None)
    if not any(op.kind == "dense" for op in ops):
        raise Unsupported("the network has no Dense layer")
    return ops


def _dense(layer_id: str, module) -> Op:
    if not isinstance(module.core, nn.Linear) or not isinstance(module.pad, nn.Identity):
        raise Unsupported(f"layer '{layer_id}' is not Dense")
    w, b = module.core.weight, module.core.bias
    return Op("dense", layer_id, w=w.detach(), wt=w.detach().t(),
              b=None if b is None else b.detach(), trainable=w.requires_grad, l1=module.l1,
              l2=module.l2, max_norm=module.max_norm)


def _check_ends(ops: list[Op], head, metric) -> None:
    """Raises Unsupported for an output or a loss the engine cannot differentiate."""
    if head.replace is not None:  # the run reads logits: the final softmax/sigmoid goes
        if not ops or ops[-1].kind != "act":
            raise Unsupported("the output layer")
        ops.pop()
    elif ops[-1].kind == "act" and ops[-1].act is None:
        raise Unsupported("a softmax output with a regression loss")
    if LOSSES.get(metric.loss_name).output_gradient is None:
        raise Unsupported(f"the loss {metric.loss_name}")
    cross_entropy = metric.loss_name in ("binary_crossentropy", "categorical_crossentropy")
    if cross_entropy and not head.from_logits:
        raise Unsupported("cross-entropy on probabilities")
    if metric.loss_name == "gaussian_nll" and metric.target_width * 2 == _width(ops):
        raise Unsupported("gaussian_nll with a learned variance")
    if any(op.kind == "act" and op.act is None for op in ops):
        raise Unsupported("a softmax inside the network")


def _width(ops) -> int:
    return [op for op in ops if op.kind == "dense"][-1].w.shape[0]


def _elementwise(module, layer_id: str, activation) -> list[Op]:
    """The Ops of a module after a Dense core; `activation` is the layer's configured
    activation, where it has one (the registry entry says how to differentiate it)."""
    if isinstance(module, nn.Identity):
        return []
    if isinstance(module, nn.Dropout):
        return [Op("drop", layer_id, rate=module.p)] if module.p > 0 else []
    if activation is None:
        raise Unsupported(f"the activation {type(module).__name__}")
    name, options = named_parts(activation)
    spec = ACTIVATIONS.get(name)
    if spec.name == "softmax":
        return [Op("act", layer_id, module=module)]  # only as the final one, read as logits
    if spec.derivative is None:
        raise Unsupported(f"the activation {type(module).__name__}")
    return [Op("act", layer_id, act=FastActivation(spec.name, spec.options(options)),
               module=module)]


class DenseEngine(Engine):
    name = "dense"

    def __init__(self, ops, metric, x, y, batch_size, width, optimizer_factory, clip_norm,
                 clip_value, seed: int):
        self.metric, self.ops = metric, ops
        self.params, grads, self.param_layers = [], [], []
        for op in ops:
            if op.kind == "dense" and op.trainable:
                op.gw = torch.zeros_like(op.w)
                op.gb = None if op.b is None else torch.zeros_like(op.b)
                for p, g in ((op.w, op.gw), (op.b, op.gb)):
                    if p is not None:
                        self.params.append(p)
                        grads.append(g)
                        self.param_layers.append(op.layer)
        x = x.reshape(len(x), -1)
        super().__init__(x, self._loss_targets(y, width), batch_size, width,
                         optimizer_factory(self.params), clip_norm, clip_value)
        self.grads = grads
        self.metric_y = y
        self.metric_ys = torch.empty_like(y)
        self.generator = torch.Generator(device=x.device).manual_seed(seed)
        self.flag = torch.zeros((), dtype=torch.bool)  # raised by the control's listener
        options = LOSSES.get(metric.loss_name).options(metric.loss_options)
        self.source = run_source(ops, output_gradient(metric.loss_name, options),
                                 self.optimizer, clip_norm, clip_value)
        self.compiled = False  # whether steps run inside TorchScript
        self._run = self._compile()
        # a running estimate of a step's time, to size the loop's chunks (the Python loop,
        # where TorchScript refuses the code, is several times slower)
        self.step_seconds = 5e-5 if self.compiled else 3e-4
        self.tensors = [t for _, t in tensor_names(ops)]

    def _compile(self):
        if USE_SCRIPT:
            try:
                run = compile_run(self.source, script=True)
                self.compiled = True
                return run
            except Unsupported:
                pass
        return compile_run(self.source, script=False)

    def interrupt(self) -> None:
        """Control listener: stop the loop after its current step."""
        self.flag.fill_(True)

    def _loss_targets(self, y, width):
        if self.metric.loss_name == "categorical_crossentropy" and y.dtype == torch.int64:
            return torch.nn.functional.one_hot(y, width).to(torch.float32)
        return y.reshape(len(y), -1).to(torch.float32)

    @property
    def targets(self):
        return self.metric_ys

    def begin_epoch(self, order) -> None:
        super().begin_epoch(order)
        torch.index_select(self.metric_y, 0, order, out=self.metric_ys)

    def run(self, i, stop, gstep, lr, control, deadline):
        """Steps i..stop-1 until interrupted or past the deadline; returns (next i, global
        step, NaN when the last batch's outputs were not finite, else None)."""
        start = i
        i, gstep = self._run_chunks(i, stop, gstep, lr, control, deadline)
        if i > start and not bool(torch.isfinite(self.zb[i - 1]).all()):
            return i, gstep, float("nan")
        return i, gstep, None

    def _run_chunks(self, i, stop, gstep, lr, control, deadline):
        """Chunks sized to end near the deadline; the flag stops a chunk between steps."""
        clock, opt = time.perf_counter, self.optimizer
        self.flag.fill_(False)
        while i < stop:  # at least one step (a granted single step)
            now = clock()
            budget = 0 if control.interrupt else (deadline - now) / self.step_seconds
            n = stop - i if budget >= stop - i else max(1, int(budget))
            rates = [lr(g) for g in range(gstep, gstep + n)] if callable(lr) else [lr] * n
            with torch.inference_mode():
                j = self._run(self.xb, self.yb, self.zb, i, i + n, rates, opt.t, self.flag,
                              self.generator, self.tensors, self.params, self.grads, opt.state)
            done = j - i
            opt.t += done
            i, gstep = j, gstep + done
            spent = clock() - now
            self.step_seconds = 0.8 * self.step_seconds + 0.2 * spent / max(done, 1)
            if control.interrupt or clock() >= deadline:
                break
        return i, gstep

    def predict(self, x, chunk: int = 65536):
        """The chain's outputs in the run's training space, without dropout."""
        with torch.inference_mode():
            parts = [self._forward(x[s:s + chunk]) for s in range(0, len(x), chunk)]
            if len(parts) == 1:
                return parts[0]
            return torch.cat(parts) if parts else self.outputs[:0]

    def _forward(self, h):
        h = h.reshape(len(h), -1)
        for op in self.ops:
            if op.kind == "dense":
                h = torch.addmm(op.b, h, op.wt) if op.b is not None else torch.mm(h, op.wt)
            elif op.kind == "act":
                h = op.module(h)
        return h

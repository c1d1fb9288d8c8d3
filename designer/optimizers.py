"""Optimizers by name, each with its parameters (Keras' names and defaults).

They are lean: each holds its state as lists of tensors and updates a fixed list of parameter
tensors from a list of gradients with a few multi-tensor (`torch._foreach_*`) or fused kernels.
`torch.optim` spends 50-140 microseconds of Python per step, more than a whole step of a
Playground-sized network; these spend 5-15.

Update rules (g: gradient, lr: learning rate, t: step number from 1):
- sgd:       w -= lr g
- momentum:  v = momentum v - lr g;  w += v  (the notes' worked example, seed 004: with lr 0.1,
             momentum 0.9 and gradients 5 then 3 the updates are -0.5 then -0.75; a schedule's
             new rate applies to new gradients only, as in Keras)
- nesterov:  v = momentum v - lr g;  w += momentum v - lr g  (Keras' form)
- adagrad:   G += g^2;  w -= lr g / sqrt(G + eps)  (the notes' formula, seed 004)
- rmsprop:   G = rho G + (1 - rho) g^2;  w -= lr g / sqrt(G + eps)  (the notes' formula)
- adadelta:  Zeiler's rule (E[g^2], E[dx^2] with decay rho), scaled by lr (1.0 by default)
- adam:      Kingma & Ba with bias correction; w -= lr m_hat / (sqrt(v_hat) + eps)
- adamw:     adam plus decoupled weight decay: w -= lr * weight_decay * w
- adamax:    u = max(beta_2 u, |g|);  w -= lr / (1 - beta_1^t) * m / (u + eps)  (Keras' form)
- nadam:     Dozat's Nesterov Adam with the momentum schedule mu_t = beta_1 (1 - 0.5 0.96^(0.004 t))
"""
from __future__ import annotations

from dataclasses import dataclass

from .params import Param, named_config
from .registry import Registry


def _lr(default: float) -> Param:
    return Param("learning_rate", "float", default, "Step size: how far each update moves the "
                 "weights. Too large diverges, too small crawls.", min=0.0, min_open=True)


def _float(name, default, help, **kw) -> Param:
    return Param(name, "float", default, help, **kw)


_EPS = _float("epsilon", 1e-7, "Small number that keeps the division finite.", min=0.0,
              min_open=True)
_BETA1 = _float("beta_1", 0.9, "Decay of the running mean of gradients (momentum).",
                min=0.0, max=1.0, max_open=True)
_BETA2 = _float("beta_2", 0.999, "Decay of the running mean of squared gradients.",
                min=0.0, max=1.0, max_open=True)
_MOMENTUM = _float("momentum", 0.9, "How much of the previous update carries over.",
                   min=0.0, max=1.0, max_open=True)
_RHO = _float("rho", 0.9, "Decay of the running mean of squared gradients.", min=0.0, max=1.0,
              max_open=True)


class Optimizer:
    """Updates `params` in place; `step(grads, lr)` runs without autograd."""

    def __init__(self, params, **hp):
        self.params = [p.detach() for p in params]
        self.hp = hp
        self.t = 0
        self.init_state()

    def init_state(self) -> None:
        pass

    def zeros(self):
        import torch

        return [torch.zeros_like(p) for p in self.params]

    def step(self, grads, lr: float) -> None:
        import torch

        with torch.no_grad():
            self.apply(list(grads), lr)

    def apply(self, grads: list, lr: float) -> None:
        """step() for callers that already run without autograd (no_grad or inference mode)."""
        self.t += 1
        self.update(grads, lr)

    def update(self, grads, lr: float) -> None:
        raise NotImplementedError

    def script_update(self) -> tuple[list[str], list] | None:
        """The update as TorchScript statements over P (parameters), G (gradients), lr,
        t (this step's number) and S (the state lists returned with them), for engines that
        run many steps inside TorchScript; None when there is no such form."""
        return None


class SGD(Optimizer):
    def update(self, g, lr):
        import torch

        torch._foreach_add_(self.params, g, alpha=-lr)

    def script_update(self):
        return ["torch._foreach_add_(P, G, alpha=-lr)"], []


class Momentum(Optimizer):
    def init_state(self):
        self.velocity = self.zeros()

    def update(self, g, lr):
        import torch

        v = self.velocity
        torch._foreach_mul_(v, self.hp["momentum"])
        torch._foreach_add_(v, g, alpha=-lr)
        if self.hp.get("nesterov"):
            torch._foreach_add_(self.params, v, alpha=self.hp["momentum"])
            torch._foreach_add_(self.params, g, alpha=-lr)
        else:
            torch._foreach_add_(self.params, v)

    def script_update(self):
        m = float(self.hp["momentum"])
        lines = [f"torch._foreach_mul_(S[0], {m!r})", "torch._foreach_add_(S[0], G, alpha=-lr)"]
        if self.hp.get("nesterov"):
            lines += [f"torch._foreach_add_(P, S[0], alpha={m!r})",
                      "torch._foreach_add_(P, G, alpha=-lr)"]
        else:
            lines.append("torch._foreach_add_(P, S[0])")
        return lines, [self.velocity]


class Nesterov(Momentum):
    def __init__(self, params, **hp):
        super().__init__(params, nesterov=True, **hp)


class Adagrad(Optimizer):
    def init_state(self):
        import torch

        self.accumulator = [torch.full_like(p, self.hp["initial_accumulator_value"])
                            for p in self.params]

    def update(self, g, lr):
        import torch

        torch._foreach_addcmul_(self.accumulator, g, g)
        denom = torch._foreach_add(self.accumulator, self.hp["epsilon"])
        torch._foreach_sqrt_(denom)
        torch._foreach_addcdiv_(self.params, g, denom, value=-lr)

    def script_update(self):
        eps = float(self.hp["epsilon"])
        return ["torch._foreach_addcmul_(S[0], G, G)", f"D = torch._foreach_add(S[0], {eps!r})",
                "torch._foreach_sqrt_(D)", "torch._foreach_addcdiv_(P, G, D, value=-lr)"], \
            [self.accumulator]


class RMSprop(Optimizer):
    def init_state(self):
        self.mean_square = self.zeros()

    def update(self, g, lr):
        import torch

        rho = self.hp["rho"]
        torch._foreach_mul_(self.mean_square, rho)
        torch._foreach_addcmul_(self.mean_square, g, g, value=1 - rho)
        denom = torch._foreach_add(self.mean_square, self.hp["epsilon"])
        torch._foreach_sqrt_(denom)
        torch._foreach_addcdiv_(self.params, g, denom, value=-lr)

    def script_update(self):
        rho, eps = float(self.hp["rho"]), float(self.hp["epsilon"])
        return [f"torch._foreach_mul_(S[0], {rho!r})",
                f"torch._foreach_addcmul_(S[0], G, G, value={1 - rho!r})",
                f"D = torch._foreach_add(S[0], {eps!r})", "torch._foreach_sqrt_(D)",
                "torch._foreach_addcdiv_(P, G, D, value=-lr)"], [self.mean_square]


class Adadelta(Optimizer):
    def init_state(self):
        self.mean_square, self.mean_delta = self.zeros(), self.zeros()

    def update(self, g, lr):
        import torch

        rho, eps = self.hp["rho"], self.hp["epsilon"]
        torch._foreach_mul_(self.mean_square, rho)
        torch._foreach_addcmul_(self.mean_square, g, g, value=1 - rho)
        std = torch._foreach_add(self.mean_square, eps)
        torch._foreach_sqrt_(std)
        delta = torch._foreach_add(self.mean_delta, eps)
        torch._foreach_sqrt_(delta)
        torch._foreach_div_(delta, std)
        torch._foreach_mul_(delta, g)
        torch._foreach_mul_(self.mean_delta, rho)
        torch._foreach_addcmul_(self.mean_delta, delta, delta, value=1 - rho)
        torch._foreach_add_(self.params, delta, alpha=-lr)


class Adam(Optimizer):
    decoupled_decay = False

    def init_state(self):
        import torch

        self.m, self.v = self.zeros(), self.zeros()
        # the fused kernel reads the step count from one tensor per parameter; they share one
        self.step_count = torch.zeros((), dtype=torch.float32,
                                      device=self.params[0].device if self.params else None)
        self.steps = [self.step_count] * len(self.params)
        self.fused = bool(self.params) and all(p.dtype == torch.float32 for p in self.params)

    def update(self, g, lr):
        import torch

        hp = self.hp
        decay = hp.get("weight_decay", 0.0)
        if self.fused:
            self.step_count.fill_(self.t)
            kernel = torch._fused_adamw_ if self.decoupled_decay else torch._fused_adam_
            try:
                kernel(self.params, g, self.m, self.v, [], self.steps, lr=lr,
                       beta1=hp["beta_1"], beta2=hp["beta_2"], weight_decay=decay,
                       eps=hp["epsilon"], amsgrad=False, maximize=False)
                return
            except (RuntimeError, NotImplementedError):  # a device or dtype without the kernel
                self.fused = False
        self._foreach_update(g, lr, decay)

    def script_update(self):
        if not self.fused:
            return None
        hp = self.hp
        kernel = "_fused_adamw_" if self.decoupled_decay else "_fused_adam_"
        return ["S[2][0].fill_(t)",
                f"torch.{kernel}(P, G, S[0], S[1], empty, S[2], lr=lr, "
                f"beta1={float(hp['beta_1'])!r}, beta2={float(hp['beta_2'])!r}, "
                f"weight_decay={float(hp.get('weight_decay', 0.0))!r}, "
                f"eps={float(hp['epsilon'])!r}, amsgrad=False, maximize=False)"], \
            [self.m, self.v, self.steps]

    def _foreach_update(self, g, lr, decay):
        import torch

        b1, b2, t = self.hp["beta_1"], self.hp["beta_2"], self.t
        if decay:
            torch._foreach_mul_(self.params, 1 - lr * decay)
        torch._foreach_lerp_(self.m, g, 1 - b1)
        torch._foreach_mul_(self.v, b2)
        torch._foreach_addcmul_(self.v, g, g, value=1 - b2)
        denom = torch._foreach_div(self.v, 1 - b2 ** t)
        torch._foreach_sqrt_(denom)
        torch._foreach_add_(denom, self.hp["epsilon"])
        torch._foreach_addcdiv_(self.params, self.m, denom, value=-lr / (1 - b1 ** t))


class AdamW(Adam):
    decoupled_decay = True


class Adamax(Optimizer):
    def init_state(self):
        self.m, self.u = self.zeros(), self.zeros()

    def update(self, g, lr):
        import torch

        b1, b2 = self.hp["beta_1"], self.hp["beta_2"]
        torch._foreach_lerp_(self.m, g, 1 - b1)
        torch._foreach_mul_(self.u, b2)
        torch._foreach_maximum_(self.u, torch._foreach_abs(g))
        denom = torch._foreach_add(self.u, self.hp["epsilon"])
        torch._foreach_addcdiv_(self.params, self.m, denom, value=-lr / (1 - b1 ** self.t))


class Nadam(Optimizer):
    DECAY = 0.004

    def init_state(self):
        self.m, self.v = self.zeros(), self.zeros()
        self.mu_product = 1.0

    def update(self, g, lr):
        import torch

        b1, b2, t = self.hp["beta_1"], self.hp["beta_2"], self.t
        mu = b1 * (1 - 0.5 * 0.96 ** (t * self.DECAY))
        mu_next = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * self.DECAY))
        self.mu_product *= mu
        torch._foreach_lerp_(self.m, g, 1 - b1)
        torch._foreach_mul_(self.v, b2)
        torch._foreach_addcmul_(self.v, g, g, value=1 - b2)
        denom = torch._foreach_div(self.v, 1 - b2 ** t)
        torch._foreach_sqrt_(denom)
        torch._foreach_add_(denom, self.hp["epsilon"])
        torch._foreach_addcdiv_(self.params, g, denom,
                                value=-lr * (1 - mu) / (1 - self.mu_product))
        torch._foreach_addcdiv_(self.params, self.m, denom,
                                value=-lr * mu_next / (1 - self.mu_product * mu_next))


@dataclass(frozen=True)
class OptimizerSpec:
    name: str
    help: str
    cls: type
    params: tuple[Param, ...]

    def defaults(self) -> dict:
        return {p.name: p.default for p in self.params}


OPTIMIZERS: Registry[OptimizerSpec] = Registry("optimizer")


def _add(name, help, cls, params, aliases=()):
    OPTIMIZERS.register(name, OptimizerSpec(name, help, cls, params), aliases)


_add("sgd", "Plain (mini-batch) gradient descent: a step against the gradient.", SGD,
     (_lr(0.01),), aliases=("gd",))
_add("momentum", "Gradient descent that keeps a velocity: past gradients keep pushing, which "
     "speeds up along consistent directions and damps zig-zags.", Momentum, (_lr(0.01), _MOMENTUM))
_add("nesterov", "Momentum that looks ahead: the gradient acts at where the velocity is taking "
     "the weights (Nesterov accelerated gradient).", Nesterov, (_lr(0.01), _MOMENTUM),
     aliases=("nag",))
_add("adagrad", "Per-weight learning rates: weights that have moved a lot slow down, rarely "
     "updated ones keep larger steps. The rate only ever shrinks.", Adagrad,
     (_lr(0.01), _EPS, _float("initial_accumulator_value", 0.1, "Starting value of the sum of "
                              "squared gradients.", min=0.0)))
_add("adadelta", "Like RMSprop, but the step size comes from the size of recent updates, so it "
     "needs almost no learning-rate tuning.", Adadelta,
     (_lr(1.0), _float("rho", 0.95, "Decay of the running means.", min=0.0, max=1.0,
                       max_open=True), _EPS))
_add("rmsprop", "Divides each gradient by a running average of its recent size: AdaGrad that "
     "forgets old gradients, so it does not stall.", RMSprop, (_lr(0.001), _RHO, _EPS))
_add("adam", "Momentum plus RMSprop, with bias correction for the first steps: a robust "
     "default.", Adam, (_lr(0.001), _BETA1, _BETA2, _EPS))
_add("adamw", "Adam with decoupled weight decay: shrinks weights directly instead of through "
     "the gradient, which regularizes better than L2 with Adam.", AdamW,
     (_lr(0.001), _BETA1, _BETA2, _EPS,
      _float("weight_decay", 0.01, "Fraction of each weight removed per step (times the "
             "learning rate).", min=0.0)))
_add("adamax", "Adam with the infinity norm: the step is scaled by the largest recent gradient "
     "instead of the root mean square.", Adamax, (_lr(0.002), _BETA1, _BETA2, _EPS))
_add("nadam", "Adam with Nesterov momentum: the momentum step looks ahead.", Nadam,
     (_lr(0.002), _BETA1, _BETA2, _EPS))


def optimizer_config(value) -> dict:
    """Canonical {"name": ..., every parameter} from "adam" or {"name": "adam", ...}; raises
    ParamError naming what is wrong."""
    aliases = {"lr": "learning_rate", "beta1": "beta_1", "beta2": "beta_2", "eps": "epsilon"}
    return named_config(value, OPTIMIZERS, "optimizer",
                        '{"name": "adam", "learning_rate": 0.001}', aliases)[1]


def make_optimizer(config: dict, params) -> Optimizer:
    """An optimizer over `params` from a canonical config (see optimizer_config)."""
    config = optimizer_config(config)
    spec = OPTIMIZERS.get(config["name"])
    hp = {k: v for k, v in config.items() if k not in ("name", "learning_rate")}
    return spec.cls(list(params), **hp)

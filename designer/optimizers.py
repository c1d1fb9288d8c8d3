"""Optimizers by name, each with its parameters (Keras' names and defaults).

They are lean: each holds its state as lists of tensors and updates a fixed list of parameter
tensors from a list of gradients with a few multi-tensor or fused kernels. Each update is
written once, in designer/training/updates.py, where DenseEngine's TorchScript loop reads it too.
`torch.optim` spends 50-140 microseconds of Python per step, more than a whole step of a
Playground-sized network; these spend 5-15.

Update rules (g: gradient, lr: learning rate, t: step number from 1):
- sgd:       w -= lr g
- momentum:  v = momentum v - lr g;  w += v  (the notes' worked example: with lr 0.1,
             momentum 0.9 and gradients 5 then 3 the updates are -0.5 then -0.75; a schedule's
             new rate applies to new gradients only, as in Keras)
- nesterov:  v = momentum v - lr g;  w += momentum v - lr g  (Keras' form)
- adagrad:   G += g^2;  w -= lr g / sqrt(G + eps)  (the notes' formula)
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
    """Updates `params` in place; `step(grads, lr)` runs without autograd.

    A subclass names its update in designer/training/updates.py (`rule`), lists the
    hyperparameters that update takes after lr and t (`hyper`; each must be given, unless
    `defaults` has it) and builds its state lists (`init_state`)."""

    rule = "sgd"
    hyper: tuple[str, ...] = ()
    defaults: dict = {}

    def __init__(self, params, **hp):
        from .training import updates

        self.params = [p.detach() for p in params]
        self.hp = {**self.defaults, **hp}
        self.t = 0
        self.hyperparameters = [float(self.hp[name]) for name in self.hyper]
        self.state = self.init_state()
        self.update = getattr(updates, self.rule)

    def init_state(self) -> list:
        return []

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
        self.update(self.params, grads, self.state, lr, self.t, *self.hyperparameters)


class SGD(Optimizer):
    pass


class Momentum(Optimizer):
    rule, hyper = "momentum", ("momentum",)

    def init_state(self):
        return [self.zeros()]


class Nesterov(Momentum):
    rule = "nesterov"


class Adagrad(Optimizer):
    rule, hyper = "adagrad", ("epsilon",)

    def init_state(self):
        import torch

        return [[torch.full_like(p, self.hp["initial_accumulator_value"]) for p in self.params]]


class RMSprop(Optimizer):
    rule, hyper = "rmsprop", ("rho", "epsilon")

    def init_state(self):
        return [self.zeros()]


class Adadelta(Optimizer):
    rule, hyper = "adadelta", ("rho", "epsilon")

    def init_state(self):
        return [self.zeros(), self.zeros()]


class Adam(Optimizer):
    """Adam's one fused kernel where `fused_adam_available`, else the same rule in
    multi-tensor kernels (also when the kernel refuses a device or dtype at the first step)."""

    rule, hyper = "adam_fused", ("beta_1", "beta_2", "epsilon", "weight_decay")
    defaults = {"weight_decay": 0.0}  # AdamW shares the rule; plain Adam decays nothing

    def __init__(self, params, **hp):
        from .training.updates import fused_adam_available

        params = [p.detach() for p in params]
        self.rule = "adam_fused" if fused_adam_available(params) else "adam"
        super().__init__(params, **hp)

    def init_state(self):
        import torch

        # the fused kernel reads the step count from one tensor per parameter; they share one
        device = self.params[0].device if self.params else None
        count = torch.zeros((), dtype=torch.float32, device=device)
        return [self.zeros(), self.zeros(), [count] * len(self.params)]

    @property
    def fused(self) -> bool:
        return self.rule == "adam_fused"

    def apply(self, grads, lr):
        if not self.fused:
            return super().apply(grads, lr)
        try:
            super().apply(grads, lr)
        except (RuntimeError, NotImplementedError):  # a device or dtype without the kernel
            self.t -= 1
            self.use_foreach()
            super().apply(grads, lr)

    def use_foreach(self) -> None:
        from .training.updates import adam

        self.rule, self.update = "adam", adam


class AdamW(Adam):
    pass


class Adamax(Optimizer):
    rule, hyper = "adamax", ("beta_1", "beta_2", "epsilon")

    def init_state(self):
        return [self.zeros(), self.zeros()]


class Nadam(Optimizer):
    rule, hyper = "nadam", ("beta_1", "beta_2", "epsilon")

    def init_state(self):
        import torch

        # the momentum schedule's running product, in double precision as a Python float
        product = torch.ones((), dtype=torch.float64, device=self.params[0].device
                             if self.params else None)
        return [self.zeros(), self.zeros(), [product]]


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

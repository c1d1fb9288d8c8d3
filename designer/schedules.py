"""Learning-rate schedules by name, computable before training so the app can preview the curve.

A schedule maps the optimizer step (and so the fractional epoch e = step / steps_per_epoch) to a
learning rate, starting from the optimizer's `learning_rate` (lr0):
- constant:          lr0
- step:              lr0 * factor^k, k = milestones passed; milestones are fractions of the run
                     (default x0.1 at 50% and 75% of the epochs, the study notes' recipe)
- piecewise:         `values[i]` between epoch `boundaries` (absolute rates, as Keras)
- exponential:       lr0 * decay_rate^(e / decay_epochs)
- power:             lr0 / (1 + e / decay_epochs)^power  (inverse-time decay)
- reduce_on_plateau: lr0, times `factor` whenever the monitored loss has not improved for
                     `patience` epochs (performance-based; its curve is known only while training)
- one_cycle:         up from lr0 / div_factor to lr0 over the first `peak_at` of the run, then
                     down to lr0 / final_div_factor, both halves cosine-shaped (Smith's 1cycle)
- cosine:            from lr0 down to lr0 * min_factor along half a cosine
Every schedule takes `warmup_epochs`: a linear ramp from near zero over the first epochs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .errors import ParamError
from .params import Param, named_config
from .registry import Registry


@dataclass(frozen=True)
class ScheduleSpec:
    name: str
    help: str
    params: tuple[Param, ...]
    curve: Callable[..., float] | None  # (e, run: _Run, **options) -> factor times lr0
    per_step: bool = True  # does the rate change within an epoch?


@dataclass(frozen=True)
class _Run:
    epochs: int
    lr0: float


SCHEDULES: Registry[ScheduleSpec] = Registry("schedule")
WARMUP = Param("warmup_epochs", "float", 0.0, "Epochs over which the rate ramps up linearly "
               "from near zero at the start (0: no warm-up).", min=0.0)


def _float(name, default, help, **kw):
    return Param(name, "float", default, help, **kw)


def _add(name, help, params, curve, per_step=True, aliases=()):
    SCHEDULES.register(name, ScheduleSpec(name, help, params + (WARMUP,), curve, per_step),
                       aliases)


def _step_curve(e, run, milestones, factor):
    epoch = math.floor(e + 1e-9)
    passed = sum(1 for m in milestones if epoch >= round(m * run.epochs))
    return factor ** passed


def _piecewise_curve(e, run, boundaries, values):
    epoch = math.floor(e + 1e-9)
    return values[sum(1 for b in boundaries if epoch >= b)] / run.lr0


def _exponential_curve(e, run, decay_rate, decay_epochs, staircase):
    span = decay_epochs or run.epochs
    ratio = math.floor(e / span) if staircase else e / span
    return decay_rate ** ratio


def _power_curve(e, run, decay_epochs, power):
    span = decay_epochs or max(run.epochs / 10, 1e-9)
    return 1 / (1 + e / span) ** power


def _one_cycle_curve(e, run, peak_at, div_factor, final_div_factor):
    p = e / run.epochs

    def cos_between(a, b, q):
        return b + (a - b) * (1 + math.cos(math.pi * min(max(q, 0.0), 1.0))) / 2

    if p < peak_at:
        return cos_between(1 / div_factor, 1.0, p / peak_at)
    return cos_between(1.0, 1 / final_div_factor, (p - peak_at) / max(1 - peak_at, 1e-9))


def _cosine_curve(e, run, min_factor):
    p = min(e / run.epochs, 1.0)
    return min_factor + (1 - min_factor) * (1 + math.cos(math.pi * p)) / 2


def _numbers(name, default, help):
    """A list of numbers of at least 0: fractions of the run, epochs or rates."""
    return Param(name, "numbers", default, help, min=0.0)


_FRACTIONS = _numbers("milestones", [0.5, 0.75], "Where the rate drops, as fractions of the "
                      "run's epochs, e.g. [0.5, 0.75].")
_add("constant", "The same learning rate throughout.", (), lambda e, run: 1.0, per_step=False)
_add("step", "Drops the rate by `factor` at fixed points of the run (e.g. x0.1 at 50% and 75% "
     "of the epochs, the recipe of the notes).",
     (_FRACTIONS, _float("factor", 0.1, "Multiplies the rate at each milestone.", min=0.0,
                         min_open=True)), _step_curve, per_step=False)
_add("piecewise", "A fixed learning rate for each stretch of epochs.",
     (_numbers("boundaries", [10], "Epochs where the next value starts, e.g. [30, 60]."),
      _numbers("values", [0.01, 0.001], "One rate per stretch: one more than boundaries.")),
     _piecewise_curve, per_step=False)
_add("exponential", "Shrinks the rate by `decay_rate` every `decay_epochs` (smoothly).",
     (_float("decay_rate", 0.1, "Factor after each decay_epochs.", min=0.0, min_open=True),
      _float("decay_epochs", None, "Epochs per factor; empty: the whole run.", min=0.0,
             min_open=True, optional=True),
      Param("staircase", "bool", False, "Drop in steps instead of smoothly.")),
     _exponential_curve)
_add("power", "Inverse-time decay: fast at first, then ever more slowly.",
     (_float("decay_epochs", None, "Epochs until the rate halves (power 1); empty: a tenth of "
             "the run.", min=0.0, min_open=True, optional=True),
      _float("power", 1.0, "Exponent of the decay.", min=0.0)), _power_curve)
_add("reduce_on_plateau", "Performance-based: multiplies the rate by `factor` when the loss "
     "stops improving for `patience` epochs.",
     (_float("factor", 0.1, "Multiplies the rate at each plateau.", min=0.0, min_open=True,
             max=1.0, max_open=True),
      Param("patience", "int", 10, "Epochs without improvement before reducing.", min=0),
      _float("min_delta", 1e-4, "Smallest change that counts as an improvement.", min=0.0),
      Param("cooldown", "int", 0, "Epochs to wait after a reduction.", min=0),
      _float("min_lr", 0.0, "The rate never goes below this.", min=0.0),
      Param("monitor", "choice", "val_loss", "Which loss to watch (val_loss falls back to loss "
            "without a validation split).", choices=("val_loss", "loss"))),
     None, per_step=False, aliases=("plateau",))
_add("one_cycle", "Up from a small rate to the learning rate, then down far below it (1cycle): "
     "fast training with a built-in warm-up and annealing.",
     (_float("peak_at", 0.3, "Fraction of the run spent rising.", min=0.0, max=1.0),
      _float("div_factor", 25.0, "Start rate = learning rate / div_factor.", min=1.0),
      _float("final_div_factor", 1e4, "End rate = learning rate / final_div_factor.", min=1.0)),
     _one_cycle_curve, aliases=("1cycle", "onecycle"))
_add("cosine", "Glides from the learning rate down along half a cosine.",
     (_float("min_factor", 0.0, "End rate as a fraction of the learning rate.", min=0.0,
             max=1.0),), _cosine_curve, aliases=("cosine_decay",))


def schedule_config(value) -> dict:
    """Canonical {"name": ..., every option} from None, "cosine" or {"name": ..., ...}."""
    spec, out = named_config({"name": "constant"} if value is None else value, SCHEDULES,
                             "schedule",
                             '{"name": "step", "milestones": [0.5, 0.75], "factor": 0.1}')
    if spec.name == "piecewise" and len(out["values"]) != len(out["boundaries"]) + 1:
        raise ParamError("schedule piecewise: give one more value than boundaries (a rate "
                         "before the first boundary and after each)")
    return out


class Schedule:
    """The learning rate for each step of one run; `epoch_end` drives reduce_on_plateau."""

    def __init__(self, config, lr0: float, epochs: int, steps_per_epoch: int):
        self.config = schedule_config(config)
        self.spec = SCHEDULES.get(self.config["name"])
        self.options = {k: v for k, v in self.config.items()
                        if k not in ("name", "warmup_epochs")}
        self.run = _Run(max(int(epochs), 1), float(lr0))
        self.steps_per_epoch = max(int(steps_per_epoch), 1)
        self.warmup_steps = self.config["warmup_epochs"] * self.steps_per_epoch
        self.per_step = self.spec.per_step or self.warmup_steps > 0
        self.plateau_factor = 1.0  # reduce_on_plateau's accumulated reductions
        self._best, self._wait, self._cooldown = math.inf, 0, 0

    def lr(self, step: int) -> float:
        e = step / self.steps_per_epoch
        if self.spec.curve is None:
            rate = self._plateau_rate()
        else:
            rate = self.run.lr0 * self.spec.curve(e, self.run, **self.options)
        if step < self.warmup_steps:
            rate *= (step + 1) / (self.warmup_steps + 1)
        return rate

    def epoch_end(self, value: float | None) -> str | None:
        """Tell reduce_on_plateau the epoch's monitored loss; returns a note when it reduces."""
        if self.spec.curve is not None or value is None or not math.isfinite(value):
            return None
        o = self.options
        if value < self._best - o["min_delta"]:
            self._best, self._wait = value, 0
            return None
        if self._cooldown > 0:
            self._cooldown -= 1
            return None
        self._wait += 1
        if self._wait <= o["patience"]:
            return None
        before = self._plateau_rate()
        if before <= o["min_lr"]:
            return None
        self.plateau_factor *= o["factor"]
        self._wait, self._cooldown = 0, o["cooldown"]
        return (f"no improvement for {o['patience'] + 1} epochs: learning rate {before:.3g} -> "
                f"{self._plateau_rate():.3g}")

    def _plateau_rate(self) -> float:
        return max(self.run.lr0 * self.plateau_factor, self.options["min_lr"])


def schedule_curve(config, lr0: float, epochs: int, steps_per_epoch: int = 1,
                   points: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """(epochs, learning rates) sampled over the run, for a preview plot. reduce_on_plateau
    shows its starting rate: its drops depend on the losses of the run."""
    sched = Schedule(config, lr0, epochs, steps_per_epoch)
    total = max(int(epochs) * sched.steps_per_epoch, 1)
    steps = np.unique(np.linspace(0, total - 1, min(points, total)).round().astype(int))
    return steps / sched.steps_per_epoch, np.array([sched.lr(int(s)) for s in steps])

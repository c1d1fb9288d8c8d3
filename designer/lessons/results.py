"""What a run of a lesson showed, in numbers a conclusion can name: RunResult, from the
trainer's typed records (designer.training.records)."""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

from ..training.diagnosis import overfitting
from ..training.records import End, Epoch, Snapshot

SOLVED = 0.99  # accuracy (classification) or r2 (regression) that counts as solved
LAST_VALUES = ("loss", "val_loss", "accuracy", "val_accuracy", "mae", "r2", "val_mae",
               "val_r2")


@dataclass
class RunResult:
    """One run's results; every number is None when the run has none (no validation, a
    regression's accuracy, a run that never reached the target loss...)."""

    key: str = ""
    name: str = "–"  # in the conclusion's language (conclusion() sets it from names)
    names: dict[str, str] = field(default_factory=dict)
    loss: float | None = None  # the last epoch's values
    val_loss: float | None = None
    accuracy: float | None = None
    val_accuracy: float | None = None
    mae: float | None = None
    r2: float | None = None
    val_mae: float | None = None
    val_r2: float | None = None
    first_loss: float | None = None  # epoch 1's
    best_val_loss: float | None = None
    best_val_epoch: int | None = None
    epochs_run: int | None = None
    seconds: float | None = None
    seconds_per_epoch: float | None = None
    reason: str | None = None  # completed, early_stopping, stopped, diverged
    overfit_epoch: int | None = None  # since when val loss rose while training loss fell
    overfits: bool = False
    solved: bool = False
    diverged: bool = False
    reach_epoch: int | None = None  # the first epoch with loss <= the lesson's target_loss
    grad_ratio: float | None = None  # smallest / largest layer gradient norm, last snapshot
    grad_first: float | None = None  # the first weighted layer's gradient norm
    grad_last: float | None = None  # the last weighted layer's

    def in_language(self, lang: str) -> RunResult:
        """A copy whose name is the run's name in `lang` (else English)."""
        from .model import pick

        return dataclasses.replace(self, name=pick(self.names, lang) or self.name)


# the attributes a template may name, with a sample value of their kind (to try a format spec)
ATTRIBUTES: dict[str, object] = {
    f.name: {"name": "x", "reason": "x", "overfits": False, "solved": False,
             "diverged": False}.get(f.name, 0.5)
    for f in dataclasses.fields(RunResult) if f.name not in ("key", "names")}


def result(run, epochs: list[Epoch], end: End | None,
           snapshot: Snapshot | None = None) -> RunResult:
    """The results of `run` (a LessonRun) from its Epoch records, its End record and its last
    Snapshot (for the gradient norms; one taken after training, with gradients)."""
    epochs = list(epochs)
    last = epochs[-1].values if epochs else {}
    out = RunResult(key=run.key, name=run.name("en"), names=dict(run.names),
                    **{k: _finite(last.get(k)) for k in LAST_VALUES})
    out.first_loss = _finite(epochs[0].loss) if epochs else None
    out.best_val_epoch, out.best_val_loss = _best_val(epochs)
    _fill_end(out, epochs, end)
    found = overfitting(epochs)
    out.overfit_epoch = found.best_epoch if found else None
    out.overfits = found is not None
    out.solved = _solved(out)
    out.reach_epoch = _reach(epochs, run.target_loss)
    _fill_gradients(out, snapshot)
    return out


def _finite(value) -> float | None:
    return float(value) if value is not None and math.isfinite(value) else None


def _best_val(epochs: list[Epoch]) -> tuple[int | None, float | None]:
    seen = [(v, r.epoch) for r in epochs if (v := _finite(r.value("val_loss"))) is not None]
    if not seen:
        return None, None
    value, epoch = min(seen)
    return epoch, value


def _fill_end(out: RunResult, epochs: list[Epoch], end: End | None) -> None:
    out.epochs_run = end.epochs_run if end is not None else len(epochs)
    out.reason = end.reason if end is not None else None
    out.seconds = end.seconds if end is not None else None
    if out.seconds is not None and out.epochs_run:
        out.seconds_per_epoch = out.seconds / out.epochs_run
    last_loss = epochs[-1].loss if epochs else None
    out.diverged = out.reason == "diverged" or (
        last_loss is not None and not math.isfinite(last_loss))


def _solved(out: RunResult) -> bool:
    if out.diverged:
        return False
    score = out.accuracy if out.accuracy is not None else out.r2
    return score is not None and score >= SOLVED


def _reach(epochs: list[Epoch], target: float | None) -> int | None:
    if target is None:
        return None
    return next((r.epoch for r in epochs
                 if r.loss is not None and math.isfinite(r.loss) and r.loss <= target), None)


def _fill_gradients(out: RunResult, snapshot: Snapshot | None) -> None:
    """Gradient norms are in the model's layer order, so the first and last are the first
    and last weighted layers."""
    norms = [v for v in (snapshot.gradients.values() if snapshot else ()) if math.isfinite(v)]
    if not norms:
        return
    out.grad_first, out.grad_last = norms[0], norms[-1]
    out.grad_ratio = min(norms) / max(norms) if max(norms) > 0 else None


def aggregates(results: dict[str, RunResult]) -> dict[str, RunResult]:
    """best and worst (by final val_loss when every run has one, else loss; diverged runs
    count as worst) and fastest (lowest reach_epoch); an empty result when none qualifies."""
    runs = list(results.values())
    by_val = bool(runs) and all(r.val_loss is not None for r in runs)

    def final(r: RunResult) -> float:
        value = r.val_loss if by_val else r.loss
        return math.inf if value is None or r.diverged else value

    reached = [r for r in runs if r.reach_epoch is not None]
    return {"best": min(runs, key=final, default=RunResult()),
            "worst": max(runs, key=final, default=RunResult()),
            "fastest": min(reached, key=lambda r: r.reach_epoch, default=RunResult())}

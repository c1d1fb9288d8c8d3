"""The settings the runs table shows a column each: a sweep's searched parameters, and the
settings that differ between the runs (what a comparison is about), with the value each run
had and the result it reached, for the table, its sorting, "colour by" and the plot of the
metric against each parameter. No widget here."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from designer.training.run_compare import run_settings, short, varying

MAX_COLUMNS = 12  # beyond, the "Differs in" column still names every difference


@dataclass
class Column:
    """One column: `key` and the other keys that hold the same values in every run (a
    sweep's "learning_rate" and the runs' own "lr"), shown as one."""

    key: str
    keys: list[str] = field(default_factory=list)
    searched: bool = False

    @property
    def label(self) -> str:
        return self.key  # (the header's tooltip names the others)


def start_settings(start) -> dict:
    """What a followed run's start record says of its settings (it has no document)."""
    if start is None:
        return {}
    found = {"dataset": start.dataset, "epochs": start.epochs or None,
             "batch_size": start.batch_size, "optimizer": (start.optimizer or {}).get("name"),
             "lr": start.learning_rate, "seed": start.seed}
    return {k: v for k, v in found.items() if v is not None}


def settings_of(run) -> dict:
    """The flat settings of a run (run_compare.run_settings), its searched parameters on top."""
    if run.external and run.history is None:
        base = start_settings(run.start)
    else:
        document = run.spec.get("document") if run.spec else None
        seed = run.start.seed if run.start else None
        base = run_settings(document, run.history, run.overrides, seed)
    return {**base, **run.params}


class RunParams:
    """The columns of a set of runs, and each run's settings, worked out once."""

    def __init__(self, runs: list):
        self.runs = list(runs)
        self.settings = {r.number: settings_of(r) for r in self.runs}
        self.columns = _columns(self.runs, self.settings)

    def value(self, run, column: Column):
        return self.settings.get(run.number, {}).get(column.key)

    def values(self, column: Column) -> list:
        return [self.value(r, column) for r in self.runs]

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)


def _columns(runs: list, settings: dict[int, dict]) -> list[Column]:
    searched = list(dict.fromkeys(k for r in runs for k in r.params))
    columns = [Column(k, [k], searched=True) for k in searched]
    profiles = {_profile(k, settings): c for c in columns for k in c.keys}
    for key in varying(settings):
        if key in searched:
            continue
        profile = _profile(key, settings)
        if profile in profiles:  # the same values as a column already there
            profiles[profile].keys.append(key)
        else:
            profiles[profile] = Column(key, [key])
            columns.append(profiles[profile])
    return columns[:MAX_COLUMNS]


def _profile(key: str, settings: dict[int, dict]) -> tuple:
    return tuple((n, repr(s.get(key))) for n, s in settings.items())


def cell(value) -> str:
    """A value as a cell shows it (empty for a run without it)."""
    return "" if value is None else short(value)


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and \
        math.isfinite(value)


def numeric(values: list) -> bool:
    """A column of numbers (a colour scale, a number axis) rather than of choices."""
    present = [v for v in values if v is not None]
    return bool(present) and all(is_number(v) for v in present)


def spans_decades(values: list) -> bool:
    """Positive numbers whose largest is at least 100 times the smallest: a log axis."""
    present = [v for v in values if is_number(v)]
    return bool(present) and min(present) > 0 and max(present) >= 100 * min(present)


def sort_key(value):
    """Numbers by value, everything else by its text, numbers first."""
    return (0, float(value), "") if is_number(value) else (1, 0.0, cell(value))


def metric_of(run, best=None) -> tuple[str, float] | None:
    """The result a run is judged by: a trial's value for its sweep's metric (or the last
    value it reported), else its best validation (or training) accuracy or R\u00b2."""
    if run.objective is not None:
        name, value = run.objective
        if value is None:
            reported = [e.value(name) for e in run.epochs if e.value(name) is not None]
            value = reported[-1] if reported else None
        return (name, value) if value is not None else None
    return best.found_value(run) if best is not None else None

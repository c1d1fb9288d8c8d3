"""Runs coloured by a setting (or by their result): a sequential scale for numbers (on a log
scale when they span decades, as learning rates do), distinct colours for choices, grey for a
run without the setting. A run keeps its own colour in `own_color` for "colour by run"."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .colors import MISSING, class_color, scale_color
from .run_params import cell, is_number, numeric, sort_key, spans_decades

RESULT = "\u0000result"  # "colour by": the runs' result rather than a setting


@dataclass
class Coloring:
    """Each run's colour, and what a legend needs: the scale's ends, or the choices."""

    colors: dict[int, str] = field(default_factory=dict)  # run number -> colour
    low: float | None = None
    high: float | None = None
    log: bool = False
    choices: list[tuple[str, str]] = field(default_factory=list)  # (value as text, colour)

    @property
    def scale(self) -> bool:
        return self.low is not None


def coloring(runs: list, values: list) -> Coloring:
    """The colours of `runs` by their `values` (one each; None: no value)."""
    if numeric(values):
        return _scaled(runs, values)
    out = Coloring()
    distinct = sorted({cell(v) for v in values if v is not None},
                      key=lambda text: sort_key(_first(values, text)))
    shade = {text: class_color(k) for k, text in enumerate(distinct)}
    out.choices = [(text, shade[text]) for text in distinct]
    out.colors = {r.number: shade[cell(v)] if v is not None else MISSING
                  for r, v in zip(runs, values, strict=True)}
    return out


def _first(values: list, text: str):
    return next(v for v in values if v is not None and cell(v) == text)


def _scaled(runs: list, values: list) -> Coloring:
    present = [float(v) for v in values if is_number(v)]
    log = spans_decades(present)
    where = [math.log10(v) for v in present] if log else present
    low, high = min(where), max(where)
    out = Coloring(low=min(present), high=max(present), log=log)
    for run, value in zip(runs, values, strict=True):
        if not is_number(value):
            out.colors[run.number] = MISSING
            continue
        x = math.log10(value) if log else float(value)
        out.colors[run.number] = scale_color((x - low) / (high - low) if high > low else 0.5)
    return out


def paint(runs: list, coloring: Coloring | None) -> bool:
    """Give each run its colour (its own without a coloring); True when any changed."""
    changed = False
    for run in runs:
        color = coloring.colors.get(run.number, MISSING) if coloring else run.own_color
        changed |= run.color != color
        run.color = color
    return changed

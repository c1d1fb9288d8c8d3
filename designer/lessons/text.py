"""A lesson's conclusion: templates filled from the runs' results, and their checks.

Templates use str.format's syntax, restricted: each placeholder is `{key.attribute}` with an
optional format spec (`{mlp.accuracy:.0%}`); no indexing, no conversions, nothing evaluated.
A value that is None, or that its spec cannot format, shows as "–".
"""
from __future__ import annotations

import string

from .. import backprop
from .model import LANGUAGES, pick
from .results import ATTRIBUTES, RunResult, aggregates

AGGREGATES = ("best", "worst", "fastest")
STEP = "step"  # the backprop lesson's one name: the step's values
MISSING = "–"
_PARSER = string.Formatter()


def step_names() -> tuple[str, ...]:
    """Every value of designer.backprop's step, as the notes name them."""
    units = [name for layer in backprop.UNITS.values() for pair in layer for name in pair]
    w = backprop.WEIGHT_NAMES
    return ("x1", "x2", "target_o1", "target_o2", "learning_rate", *w, *units, "E_o1", "E_o2",
            "E_total", *(f"dE/d{n}" for n in w), *(f"{n}'" for n in w))


def known_fields(kind: str, run_keys) -> dict[str, dict[str, object]]:
    """name -> {attribute: a sample value of its kind} for a lesson's templates."""
    if kind == "backprop":
        return {STEP: dict.fromkeys(step_names(), 0.5)}
    return {key: ATTRIBUTES for key in (*run_keys, *AGGREGATES)}


def field_problem(name: str, known: dict[str, dict], spec: str = "") -> str | None:
    """Why `{name:spec}` cannot be filled, or None."""
    key, dot, attr = name.partition(".")
    if not dot or not attr or "[" in name:
        return f"'{{{name}}}' must name a run and a result like {{run.accuracy}}"
    if key not in known:
        return f"'{{{name}}}': no run or aggregate '{key}' (known: {', '.join(known)})"
    if attr not in known[key]:
        return f"'{{{name}}}': '{attr}' is not a result (known: {', '.join(known[key])})"
    try:
        format(known[key][attr], spec)
    except (ValueError, TypeError):
        return f"'{{{name}:{spec}}}': the format '{spec}' does not fit {attr}"
    return None


def template_problems(template: str, known: dict[str, dict]) -> list[str]:
    """Problems with one template: syntax, unknown names, conversions, nested fields."""
    try:
        fields = [(f, s, c) for _, f, s, c in _PARSER.parse(template) if f is not None]
    except ValueError as e:
        return [f"broken placeholder ({e})"]
    problems = []
    for name, spec, conversion in fields:
        if conversion is not None or "{" in (spec or ""):
            problems.append(f"'{{{name}}}': conversions and nested fields are not allowed")
        else:
            problems.append(field_problem(name, known, spec or ""))
    return [p for p in problems if p]


def render(template: str, scope: dict[str, object]) -> str:
    """`template` filled from `scope` (name -> RunResult or {value name: value})."""
    out = []
    for literal, name, spec, _conversion in _PARSER.parse(template):
        out.append(literal)
        if name is not None:
            out.append(_format(lookup(scope, name), spec or ""))
    return "".join(out)


def lookup(scope: dict[str, object], name: str):
    """The value `key.attr` names, or None (an unknown name shows as missing, never fails)."""
    key, _, attr = name.partition(".")
    target = scope.get(key)
    if isinstance(target, dict):
        return target.get(attr)
    return getattr(target, attr, None) if attr in ATTRIBUTES else None


def _format(value, spec: str) -> str:
    if value is None:
        return MISSING
    try:
        return format(value, spec)
    except (ValueError, TypeError):
        return MISSING


def _shows(part: dict, scope: dict[str, object]) -> bool:
    when, unless = part.get("when"), part.get("unless")
    return ((when is None or bool(lookup(scope, when)))
            and (unless is None or not lookup(scope, unless)))


def scope_of(lesson, results: dict, lang: str) -> dict[str, object]:
    """What templates see: each run's result in `lang` (an empty one for a run without
    results) and the aggregates; for a backprop lesson the step's values."""
    if lesson.kind == "backprop":
        step = results.get(STEP) or backprop.one_step()
        return {STEP: {**step.values, "learning_rate": step.learning_rate}}
    runs = {run.key: (results.get(run.key) or RunResult(key=run.key, names=run.names))
            .in_language(lang) for run in lesson.runs}
    return {**runs, **aggregates(runs)}


def conclusion(lesson, results: dict, lang: str = "en") -> str:
    """The lesson's conclusion in `lang` ("en" or "ko"; others get English): the parts whose
    condition holds, filled from `results` ({run key: RunResult}; for a backprop lesson
    optionally {"step": BackpropStep}, else the step is computed), joined with a space."""
    lang = lang[:2].lower() if lang and lang[:2].lower() in LANGUAGES else "en"
    scope = scope_of(lesson, results, lang)
    texts = [render(pick(part, lang), scope) for part in lesson.parts if _shows(part, scope)]
    return " ".join(t.strip() for t in texts if t.strip())

"""Parameter schemas: what a setting is called, its type, default, allowed values and a
one-line help.

`Param.coerce` turns a raw value (from a file, a widget or a script) into the canonical value
or raises ParamError with a sentence a learner understands.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable

from . import messages as M
from .errors import ParamError

KINDS = ("int", "float", "bool", "choice", "shape", "target_shape", "size", "padding",
         "numbers", "activation", "initializer")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    default: Any
    help: str
    min: float | None = None
    max: float | None = None
    min_open: bool = False  # exclusive lower bound (e.g. epsilon > 0)
    max_open: bool = False  # exclusive upper bound (e.g. dropout < 1)
    choices: tuple = ()
    optional: bool = False  # None is allowed and means "off"
    # For activation/initializer params: the registry that validates names (set by the owner).
    lookup: Callable[[str], Any] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown parameter kind {self.kind!r}")

    def range_text(self) -> str:
        """'at least 0 and less than 1', used in messages and tooltips (one template each)."""
        low = None if self.min is None else (M.MORE_THAN if self.min_open else M.AT_LEAST)
        high = None if self.max is None else (M.LESS_THAN if self.max_open else M.AT_MOST)
        if low and high:
            both = {(M.AT_LEAST, M.AT_MOST): M.AT_LEAST_AT_MOST,
                    (M.AT_LEAST, M.LESS_THAN): M.AT_LEAST_LESS_THAN,
                    (M.MORE_THAN, M.AT_MOST): M.MORE_THAN_AT_MOST,
                    (M.MORE_THAN, M.LESS_THAN): M.MORE_THAN_LESS_THAN}[low, high]
            return both.format(_num(self.min), _num(self.max))
        if low:
            return low.format(_num(self.min))
        return high.format(_num(self.max)) if high else ""

    def coerce(self, value: Any) -> Any:
        if value is None:
            if self.optional:
                return None
            raise ParamError(M.NEEDS_VALUE.format(self.name))
        return _COERCERS[self.kind](self, value)

    def check_range(self, value: float) -> None:
        lo, hi = self.min, self.max
        low_bad = lo is not None and (value <= lo if self.min_open else value < lo)
        high_bad = hi is not None and (value >= hi if self.max_open else value > hi)
        if low_bad or high_bad:
            raise ParamError(M.OUT_OF_RANGE.format(self.name, self.range_text(), _num(value)))


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else repr(float(x))


def _as_int(p: Param, value: Any, template: str = M.NOT_WHOLE) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            isinstance(value, float) and not value.is_integer()):
        raise ParamError(template.format(p.name, value))
    return int(value)


def _int(p: Param, value: Any) -> int:
    v = _as_int(p, value)
    p.check_range(v)
    return v


def _float(p: Param, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParamError(M.NOT_NUMBER.format(p.name, value))
    v = float(value)
    if not math.isfinite(v):
        raise ParamError(M.NOT_FINITE.format(p.name, value))
    p.check_range(v)
    return v


def _bool(p: Param, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ParamError(M.NOT_BOOL.format(p.name, value))
    return value


def _choice(p: Param, value: Any) -> str:
    if value not in p.choices:
        raise ParamError(M.NOT_CHOICE.format(p.name, ", ".join(map(str, p.choices)), value))
    return value


def _int_list(p: Param, value: Any) -> list[int]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, (list, tuple)) or not value:
        raise ParamError(M.NOT_INT_LIST.format(p.name, value))
    return [_as_int(p, v, M.NOT_WHOLE_LIST) for v in value]


def _numbers(p: Param, value: Any) -> list[float]:
    """A list of numbers, each within the parameter's range (a schedule's milestones or rates);
    it may be empty."""
    if not isinstance(value, (list, tuple)):
        raise ParamError(M.NOT_NUMBER_LIST.format(p.name, value))
    return [_float(p, v) for v in value]


def _shape(p: Param, value: Any) -> list[int]:
    dims = _int_list(p, value)
    if any(d < 1 for d in dims):
        raise ParamError(M.SIZE_BELOW_ONE.format(p.name, dims))
    return dims


def _target_shape(p: Param, value: Any) -> list[int]:
    dims = _int_list(p, value)
    if any(d < 1 and d != -1 for d in dims) or dims.count(-1) > 1:
        raise ParamError(M.TARGET_SIZES.format(p.name, dims))
    return dims


def _size(p: Param, value: Any) -> int | list[int]:
    """A square size (3) or a [height, width] pair."""
    dims = _int_list(p, value)
    if len(dims) not in (1, 2):
        raise ParamError(M.NOT_SIZE.format(p.name, value))
    for d in dims:
        p.check_range(d)
    return dims[0] if len(dims) == 1 else dims


def _padding(p: Param, value: Any) -> int | list[int]:
    """Rows and columns added around an image: 1 (every side), [rows, columns] (top and bottom,
    left and right) or [top, bottom, left, right]; the shortest form that says it."""
    dims = _int_list(p, value)
    if len(dims) not in (1, 2, 4) or any(d < 0 for d in dims):
        raise ParamError(M.NOT_PADDING.format(p.name, value))
    top, bottom, left, right = padding4(dims if len(dims) != 1 else dims[0])
    if top == bottom and left == right:
        return top if top == left else [top, left]
    return [top, bottom, left, right]


def padding4(value: int | list[int]) -> tuple[int, int, int, int]:
    """(top, bottom, left, right) of a padding parameter's value."""
    if isinstance(value, int):
        return value, value, value, value
    if len(value) == 2:
        return value[0], value[0], value[1], value[1]
    return tuple(value)


def _named(p: Param, value: Any) -> str | dict:
    """An activation or initializer: 'relu', or {'name': 'leaky_relu', 'alpha': 0.2}."""
    if isinstance(value, str):
        name, options = value, {}
    elif isinstance(value, dict) and isinstance(value.get("name"), str):
        name, options = value["name"], {k: v for k, v in value.items() if k != "name"}
    else:
        raise ParamError(f"{p.name} must be a name such as 'relu' or "
                         f"{{\"name\": ..., options}}, got {value!r}")
    try:
        spec = p.lookup(name)
    except ValueError as e:
        raise ParamError(f"{p.name}: {e}") from None
    options = spec.coerce_options(options, owner=p.name)
    return {"name": spec.name, **options} if options else spec.name


def pair(value: int | list[int]) -> tuple[int, int]:
    """(h, w) from a size parameter's canonical value."""
    return (value, value) if isinstance(value, int) else (value[0], value[1])


def named_parts(value: str | dict) -> tuple[str, dict]:
    """(name, options) of a canonical activation or initializer value."""
    if isinstance(value, str):
        return value, {}
    return value["name"], {k: v for k, v in value.items() if k != "name"}


def named_config(value: Any, registry, family: str, example: str,
                 aliases: dict[str, str] | None = None,
                 coerce: Callable[[Param, Any, str], Any] | None = None) -> tuple[Any, dict]:
    """(spec, {"name": canonical name, every parameter}) from a name ("adam") or an object
    ({"name": "adam", "learning_rate": 0.01}), for the registries whose entries a file names
    (optimizers, schedules, losses). Anything unknown raises ParamError naming it."""
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        raise ParamError(f"{family} must be a name or an object like {example}")
    try:
        spec = registry.get(value["name"])
    except ValueError as e:
        raise ParamError(str(e)) from None
    by_name = {p.name: p for p in spec.params}
    out = {"name": spec.name, **{p.name: p.default for p in spec.params}}
    for key, raw in value.items():
        if key == "name":
            continue
        key = (aliases or {}).get(key, key)
        if key not in by_name:
            raise ParamError(f"{family} {spec.name}: unknown setting {key!r} (settings: "
                             f"{', '.join(by_name) or 'none'})")
        out[key] = coerce(by_name[key], raw, spec.name) if coerce else by_name[key].coerce(raw)
    return spec, out


def coerce_options(params: tuple[Param, ...], options: dict, owner: str) -> dict:
    """Validate the options of a named activation/initializer; keep only non-defaults."""
    by_name = {p.name: p for p in params}
    out = {}
    for key, raw in options.items():
        if key not in by_name:
            allowed = ", ".join(by_name) or "none"
            raise ParamError(f"{owner}: unknown option {key!r} (options: {allowed})")
        value = by_name[key].coerce(raw)
        if value != by_name[key].default:
            out[key] = value
    return out


_COERCERS = {
    "int": _int, "float": _float, "bool": _bool, "choice": _choice, "shape": _shape,
    "target_shape": _target_shape, "size": _size, "padding": _padding, "numbers": _numbers,
    "activation": _named, "initializer": _named,
}

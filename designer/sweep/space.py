"""The search space of a sweep: the SPACE.json file format, read into dimensions Optuna draws.

SPACE.json is one JSON object. Training settings sit at the top, layer settings under
"layers", by layer id:

    {"learning_rate": {"low": 1e-4, "high": 0.1, "log": true},
     "optimizer": ["adam", "sgd"],
     "batch_size": [16, 32, 64],
     "schedule": ["constant", "cosine"],
     "layers": {"h1": {"units": {"low": 4, "high": 64, "log": true},
                       "activation": ["relu", "tanh"], "init": ["glorot_uniform", "he_normal"],
                       "dropout": {"low": 0.0, "high": 0.5}, "l2": [0.0, 0.0001, 0.001]}}}

Each value is one of:
- a list: the choices (plain values: text, numbers, true/false, null);
- an object {"low": A, "high": B} with optional "log": true (draws evenly on a log scale;
  needs A > 0) or "step": S: a range, of whole numbers for whole-number settings (units,
  filters, batch_size) and of real numbers otherwise;
- a plain value: that setting in every trial (not searched).
Training keys: learning_rate, optimizer, batch_size, schedule. Layer keys: the settings of the
layer's type (Dense: units, activation, init, bias_init, use_bias, dropout, l1, l2, max_norm,
trainable; Conv2D adds filters, kernel_size, strides, padding; Dropout: rate). Every value is
checked as the network file would check it; nothing in the file is executed. A searched
parameter's name in the study is the key ("learning_rate") or "<layer id>.<setting>"
("h1.units").
"""
from __future__ import annotations

import difflib
import math
from dataclasses import dataclass
from typing import Any, Callable

from ..errors import ParamError
from ..optimizers import OPTIMIZERS
from ..params import Param
from ..schedules import SCHEDULES
from ..training.settings import PARAMS

_LR = Param("learning_rate", "float", 0.001, "", min=0.0, min_open=True)
RANGE_KEYS = ("low", "high", "log", "step")
PLAIN = (str, int, float, bool, type(None))


def _registry_check(registry) -> Callable[[Any], str]:
    def check(value):
        if not isinstance(value, str):
            raise ParamError(registry.unknown_message(value))
        try:
            return registry.canonical(value)
        except ValueError as e:
            raise ParamError(str(e)) from None
    return check


# training key -> (check of one value, whole numbers?, numeric?)
TRAINING = {
    "learning_rate": (_LR.coerce, False, True),
    "optimizer": (_registry_check(OPTIMIZERS), False, False),
    "batch_size": (PARAMS["batch_size"].coerce, True, True),
    "schedule": (_registry_check(SCHEDULES), False, False),
}


@dataclass(frozen=True)
class Dimension:
    """One setting of the space: choices, a range, or a fixed value."""

    name: str  # "learning_rate" or "<layer id>.<setting>"
    choices: tuple = ()
    low: float | None = None
    high: float | None = None
    log: bool = False
    step: float | None = None
    integer: bool = False
    fixed: bool = False  # choices holds the one value every trial takes

    @property
    def layer(self) -> str | None:
        return self.name.split(".", 1)[0] if "." in self.name else None

    @property
    def setting(self) -> str:
        return self.name.rsplit(".", 1)[-1]

    def draw(self, trial) -> Any:
        if self.fixed:
            return self.choices[0]
        if self.choices:
            return trial.suggest_categorical(self.name, list(self.choices))
        if self.integer:
            return trial.suggest_int(self.name, int(self.low), int(self.high), log=self.log,
                                     step=int(self.step or 1))
        return trial.suggest_float(self.name, self.low, self.high, log=self.log, step=self.step)

    def to_json(self) -> Any:
        if self.fixed:
            return self.choices[0]
        if self.choices:
            return list(self.choices)
        out = {"low": self.low, "high": self.high}
        out.update({k: v for k, v in (("log", self.log), ("step", self.step)) if v})
        return out


@dataclass(frozen=True)
class Space:
    dimensions: tuple[Dimension, ...]

    def draw(self, trial) -> dict:
        """The settings of one trial, by name (searched and fixed ones)."""
        return {d.name: d.draw(trial) for d in self.dimensions}

    @property
    def searched(self) -> list[str]:
        return [d.name for d in self.dimensions if not d.fixed]

    def to_json(self) -> dict:
        """The SPACE.json form, with every value as the checks made it."""
        out: dict = {}
        for d in self.dimensions:
            if d.layer is None:
                out[d.name] = d.to_json()
            else:
                out.setdefault("layers", {}).setdefault(d.layer, {})[d.setting] = d.to_json()
        return out


def parse_space(raw: Any, network, where: str = "the search space") -> Space:
    """A Space from a parsed SPACE.json; ParamError names the key that is wrong."""
    if not isinstance(raw, dict):
        raise ParamError(f"{where}: expected a JSON object like {{\"learning_rate\": "
                         f"{{\"low\": 0.0001, \"high\": 0.1, \"log\": true}}}}, got "
                         f"{type(raw).__name__}")
    dims = []
    for key, value in raw.items():
        if key == "layers":
            dims += _layers(value, network, f"{where}: layers")
            continue
        if key not in TRAINING:
            raise ParamError(f"{where}: {_unknown(key, (*TRAINING, 'layers'), 'key')}")
        check, integer, numeric = TRAINING[key]
        dims.append(_dimension(key, value, check, integer, numeric, f"{where}: {key}"))
    if not any(not d.fixed for d in dims):
        raise ParamError(f"{where}: searches nothing; give at least one setting a list of "
                         "choices or a range")
    return Space(tuple(dims))


def _unknown(key: str, known, what: str) -> str:
    close = difflib.get_close_matches(str(key), list(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown {what} {key!r}{hint}; known: {', '.join(known)}"


def _layers(raw: Any, network, where: str) -> list[Dimension]:
    if not isinstance(raw, dict):
        raise ParamError(f"{where} must be an object of layer ids, like {{\"h1\": {{\"units\": "
                         "[16, 32]}}")
    graph, dims = network.graph, []
    for layer_id, settings in raw.items():
        if layer_id not in graph:
            raise ParamError(f"{where}: no layer {layer_id!r} in the network; layers: "
                             f"{', '.join(graph.ids)}")
        here = f"{where}: {layer_id}"
        if not isinstance(settings, dict):
            raise ParamError(f"{here} must be an object of settings, like {{\"units\": [16, 32]}}")
        spec = graph.layer(layer_id).spec
        names = [p.name for p in spec.params]
        for key, value in settings.items():
            if key not in names:
                raise ParamError(f"{here}: {spec.name} {_unknown(key, names, 'setting')}")
            param = spec.param(key)
            dims.append(_dimension(f"{layer_id}.{key}", value, param.coerce,
                                   param.kind == "int", param.kind in ("int", "float"),
                                   f"{here}.{key}"))
    return dims


def _dimension(name: str, value: Any, check, integer: bool, numeric: bool,
               where: str) -> Dimension:
    if isinstance(value, list):
        return Dimension(name, _choices(value, check, where))
    if isinstance(value, dict):
        if not numeric:
            raise ParamError(f"{where}: a range needs a number setting; give a list of choices")
        return _range(name, value, check, integer, where)
    return Dimension(name, (_checked(check, value, where),), fixed=True)


def _checked(check, value, where: str):
    if not isinstance(value, PLAIN):
        raise ParamError(f"{where}: choices must be plain values (text, numbers, true, false "
                         f"or null), got {value!r}")
    try:
        return check(value)
    except ParamError as e:
        raise ParamError(f"{where}: {e}") from None


def _choices(values: list, check, where: str) -> tuple:
    if not values:
        raise ParamError(f"{where}: the list of choices is empty")
    out = tuple(dict.fromkeys(_checked(check, v, where) for v in values))
    if not all(isinstance(v, PLAIN) for v in out):  # an activation with options, say
        raise ParamError(f"{where}: choices must be plain values (text, numbers, true, false "
                         "or null)")
    return out


def _range(name: str, raw: dict, check, integer: bool, where: str) -> Dimension:
    for key in raw:
        if key not in RANGE_KEYS:
            raise ParamError(f"{where}: {_unknown(key, RANGE_KEYS, 'range key')}")
    if "low" not in raw or "high" not in raw:
        raise ParamError(f"{where}: a range needs both \"low\" and \"high\"")
    low, high = (_checked(check, raw[k], f"{where}.{k}") for k in ("low", "high"))
    log, step = raw.get("log", False), raw.get("step")
    if not isinstance(log, bool):
        raise ParamError(f"{where}.log must be true or false, got {log!r}")
    if not low < high:
        raise ParamError(f"{where}: low ({low}) must be less than high ({high})")
    if log and low <= 0:
        raise ParamError(f"{where}: a log range needs low above 0, got {low}")
    if step is not None:
        _check_step(step, log, integer, where)
    return Dimension(name, low=low, high=high, log=log, step=step, integer=integer)


def _check_step(step, log: bool, integer: bool, where: str) -> None:
    number = isinstance(step, (int, float)) and not isinstance(step, bool)
    if not number or not math.isfinite(step) or step <= 0:
        raise ParamError(f"{where}.step must be a number above 0, got {step!r}")
    if integer and not float(step).is_integer():
        raise ParamError(f"{where}.step must be a whole number, got {step!r}")
    if log:
        raise ParamError(f"{where}: give \"log\" or \"step\", not both")

"""Every parameter's default is a value its own schema accepts, unchanged: a default that its
coerce refuses would make the app refuse its own untouched settings.

The registries are found in designer's source (every `NAME: Registry[...] = Registry(...)`),
so a new family of building blocks is checked without editing this file."""
import importlib
import re
from pathlib import Path

import pytest

from designer.params import Param
from designer.registry import Registry

DESIGNER = Path(__file__).resolve().parent.parent / "designer"
_REGISTRY = re.compile(r"^(\w+): Registry\[\w+\] = Registry\(", re.MULTILINE)


def _registries() -> list[tuple[str, Registry]]:
    found = []
    for path in sorted(DESIGNER.rglob("*.py")):
        for name in _REGISTRY.findall(path.read_text(encoding="utf-8")):
            parts = path.relative_to(DESIGNER.parent).with_suffix("").parts
            module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found.append((f"{module}.{name}", getattr(importlib.import_module(module), name)))
    return found


def every_param() -> list[tuple[str, Param]]:
    """(where, param) for the training settings and every entry of every registry."""
    from designer.schedules import WARMUP
    from designer.training.settings import EARLY_STOPPING_PARAMS, PARAMS

    found = [(f"training.{p.name}", p)
             for p in (*PARAMS.values(), *EARLY_STOPPING_PARAMS, WARMUP)]
    for where, registry in _registries():
        for entry in registry:
            found += [(f"{where}:{entry}.{p.name}", p)
                      for p in getattr(registry.get(entry), "params", ())]
    return found


def _params() -> list:
    return [pytest.param(p, id=where) for where, p in every_param()]


def test_the_registries_are_found():
    names = {where.rsplit(".", 1)[1] for where, _registry in _registries()}
    assert {"LAYERS", "ACTIVATIONS", "INITIALIZERS", "OPTIMIZERS", "SCHEDULES", "LOSSES",
            "DATASETS"} <= names
    assert all(isinstance(registry, Registry) and len(registry) for _w, registry in
               _registries())


@pytest.mark.parametrize("param", _params())
def test_a_default_survives_its_own_coerce(param: Param):
    value = param.coerce(param.default)
    assert value == param.default
    assert param.coerce(value) == value  # and coercing is idempotent


def test_the_float_lists_of_schedules_are_numbers_not_shapes():
    from designer.schedules import SCHEDULES

    kinds = {(name, p.name): p.kind for name in ("step", "piecewise")
             for p in SCHEDULES.get(name).params}
    assert kinds[("step", "milestones")] == "numbers"
    assert kinds[("piecewise", "boundaries")] == kinds[("piecewise", "values")] == "numbers"

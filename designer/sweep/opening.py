"""A worker's study: created by the first worker, loaded by the others (load_if_exists), and
checked to be the same sweep: the same metric and direction, search space and network.

The study's user attributes say what it sweeps: "metric", "space" (SPACE.json form), "epochs"
(of every trial) and "network" (the swept network's document), so that the window, and any
worker, can read them.
"""
from __future__ import annotations

import json

from ..errors import ParamError
from ..serialization import jsonable
from .storage import StorageError, StorageSpec

SAME = {  # attribute -> what a worker with another value is told
    "metric": "measures {old}, not {new}; use --metric {old} or another --study",
    "space": "searches another space; give the same --space as its other workers, or "
             "another --study",
    "epochs": "trains each trial for {old} epochs, not {new}; give the same --epochs as its "
              "other workers, or another --study",
    "network": "sweeps another version of the network (its layers, data or training differ); "
               "give another --study",
}


def open_study(storage, spec: StorageSpec, name: str, direction: str, sampler, pruner,
               attrs: dict):
    """The study `name` in `storage` (opened from `spec`), made if it is new; ParamError when
    it sweeps something else."""
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)  # the worker says what happens
    try:
        study = optuna.create_study(storage=storage, study_name=name, direction=direction,
                                    sampler=sampler, pruner=pruner, load_if_exists=True)
    except (OSError, RuntimeError, ValueError) as e:
        raise StorageError(f"{spec.text}: cannot open the study {name!r} ({e})") from None
    where = f"the study {name!r} in {spec.text}"
    if len(study.directions) != 1 or study.direction.name.lower() != direction:
        old = " and ".join(d.name.lower() for d in study.directions)
        raise ParamError(f"{where} is to {old} its metric, not {direction}; use --direction "
                         f"{old} or another --study")
    existing = study.user_attrs
    for key, value in attrs.items():
        value = _plain(value)
        if key not in existing:
            study.set_user_attr(key, value)
        elif _comparable(key, existing[key]) != _comparable(key, value):
            raise ParamError(f"{where} " + SAME[key].format(old=existing[key], new=value))
    return study


def _plain(value):
    """As JSON gives it back (lists, not tuples), for comparing with a stored value."""
    return json.loads(json.dumps(jsonable(value)))


def _comparable(key: str, value):
    """A network compares by what trains: layers without their places, connections, dataset
    and training settings (not its name, description or layout)."""
    if key != "network" or not isinstance(value, dict):
        return value
    layers = [{k: v for k, v in layer.items() if k != "position"}
              for layer in value.get("layers", []) if isinstance(layer, dict)]
    return {"layers": layers, **{k: value.get(k) for k in ("connections", "dataset", "training")}}

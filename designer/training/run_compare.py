"""What runs differ in: each run's settings flattened to "key" -> value (training settings,
dataset, seed and every layer setting), and for each run the settings that are not the same in
all runs (what a comparison is about: sigmoid vs ReLU, Xavier vs He, one learning rate or
another)."""
from __future__ import annotations

from ..datasets import dataset_label
from ..errors import ParamError
from .settings import TrainingSettings

SKIPPED = {"id", "type", "position"}  # layer keys that say nothing about how it trains


def run_settings(document: dict | None, saved: dict | None = None,
                 overrides: dict | None = None, seed: int | None = None) -> dict:
    """A flat view of what a run trained with. `document`: the network document it trained
    (None for a run read back from the file's history); `saved`: its history entry, whose
    settings and dataset stand in; `overrides`: settings the run changed; `seed`: the seed it
    drew."""
    out: dict = {}
    for key, value in _training(document, saved, overrides).items():
        out.update(FLATTEN.get(key, _as_is)(key, value))
    if seed is not None:
        out["seed"] = seed
    dataset = (document or {}).get("dataset") or (saved or {}).get("dataset")
    if dataset:
        out["dataset"] = dataset_label(dataset)
    for layer in (document or {}).get("layers", []):
        out.update({f"{layer['id']}.{k}": v for k, v in layer.items() if k not in SKIPPED})
        out[f"{layer['id']}.type"] = layer["type"]
    return out


def differences(by_run: dict[int, dict]) -> dict[int, list[str]]:
    """For each run (run number -> its run_settings), 'key=value' for every setting that is
    not the same in all runs that have it (and that more than one run has)."""
    keys = {k for d in by_run.values() for k in d}
    varying = sorted(k for k in keys
                     if len({repr(d[k]) for d in by_run.values() if k in d}) > 1
                     and sum(k in d for d in by_run.values()) > 1)
    return {n: [f"{k}={short(d[k])}" for k in varying if k in d] for n, d in by_run.items()}


def short(value) -> str:
    """A value as a table cell shows it."""
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, dict):
        return value.get("name", str(value))
    if isinstance(value, list):
        return "\u00d7".join(map(str, value))
    return str(value)


def _training(document, saved, overrides) -> dict:
    """The run's training settings with every default filled in (as they are, if unreadable)."""
    raw = (document or {}).get("training") or (saved or {}).get("settings") or {}
    try:
        return TrainingSettings.from_dict(raw, overrides).to_dict()
    except ParamError:
        return dict(raw)


def _as_is(key: str, value) -> dict:
    return {key: value}


def _optimizer(key: str, value) -> dict:
    if not isinstance(value, dict):
        return {key: value}
    rest = {("lr" if k == "learning_rate" else k): v for k, v in value.items() if k != "name"}
    return {key: value.get("name"), **rest}


def _named(key: str, value) -> dict:
    return {key: value.get("name")} if isinstance(value, dict) else {key: value}


def _loss(key: str, value) -> dict:
    return {key: value.get("name", "auto")} if isinstance(value, dict) else {key: value}


FLATTEN = {  # settings whose dicts compare by their name (and the optimizer's parameters)
    "optimizer": _optimizer,
    "schedule": _named,
    "loss": _loss,
    "early_stopping": lambda key, value: {key: bool(value)},
}

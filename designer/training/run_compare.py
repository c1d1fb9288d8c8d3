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
    """For each run (run number -> its run_settings), what sets it apart, in words:
    - layers some runs have and others lack: "+ layer h3 (Dense)" in the runs that have it,
      "\u2212 layer h3" in the others (among runs whose layers are known: a run read back from
      the history has none); the same for several layers at once: "+ 4 layers (h5 \u2026 h8):
      Dense";
    - one change repeated over layers (h1 \u2026 h8 all sigmoid in one run, all relu in
      another) as one item: "8 layers (h1 \u2026 h8): activation=relu";
    - and 'key=value' for every other setting that is not the same in all runs that have it
      (and that more than one run has)."""
    order = _layer_order(by_run)
    groups = _grouped(sorted(varying(by_run)), by_run, order)
    layered = _structure(by_run, order)
    return {n: layered.get(n, []) + [_item(g, d, order) for g in groups if g[0] in d]
            for n, d in by_run.items()}


def varying(by_run: dict[int, dict]) -> list[str]:
    """The keys whose value is not the same in all runs that have it (and that more than one
    run has), in the order the runs have them; one pass over every run's settings."""
    counts: dict[str, int] = {}
    values: dict[str, set[str]] = {}
    for settings in by_run.values():
        for key, value in settings.items():
            counts[key] = counts.get(key, 0) + 1
            values.setdefault(key, set()).add(repr(value))
    return [key for key, count in counts.items() if count > 1 and len(values[key]) > 1]


def _layer_order(by_run: dict[int, dict]) -> list[str]:
    """Every run's layer ids, in the order the runs' documents have them."""
    return list(dict.fromkeys(layer for d in by_run.values() for layer in _layers(d)))


def _layers(settings: dict) -> list[str]:
    return [k[:-len(".type")] for k in settings if k.endswith(".type")]


def _split(key: str, layers: set[str]) -> tuple[str | None, str]:
    """(layer id, setting) of a layer's key; (None, key) for any other setting."""
    layer, _dot, name = key.rpartition(".")
    return (layer, name) if layer in layers else (None, key)


def _grouped(varying: list[str], by_run: dict[int, dict], order: list[str]) -> list[list[str]]:
    """The varying keys in groups: one layer setting that changes alike (the same value in
    each run) over several layers is one group; every other key a group of its own."""
    layers = set(order)
    groups: dict[tuple, list[str]] = {}
    for key in varying:
        layer, name = _split(key, layers)
        profile = tuple((n, repr(d[key])) for n, d in by_run.items() if key in d)
        groups.setdefault((name, profile) if layer else (key,), []).append(key)
    return list(groups.values())


def _item(keys: list[str], settings: dict, order: list[str]) -> str:
    """'key=value', or for a group "8 layers (h1 \u2026 h8): activation=relu"."""
    value = short(settings[keys[0]])
    if len(keys) == 1:
        return f"{keys[0]}={value}"
    known = set(order)
    layers = sorted((_split(k, known)[0] for k in keys), key=order.index)
    return f"{len(layers)} layers ({_names(layers)}): {_split(keys[0], known)[1]}={value}"


def _names(layers: list[str]) -> str:
    return " ".join(layers) if len(layers) <= 3 else f"{layers[0]} \u2026 {layers[-1]}"


def _structure(by_run: dict[int, dict], order: list[str]) -> dict[int, list[str]]:
    """For each run whose layers are known, the layers it has and other runs lack (+), or
    lacks and others have (\u2212), among those runs; layers alike (the same runs have them,
    with the same types) in one item. Which layers are alike is the same for every run:
    worked out once."""
    known = {n: ids for n, ids in ((n, set(_layers(d))) for n, d in by_run.items()) if ids}
    alike: dict[tuple, list[str]] = {}
    for layer in order:
        having = tuple(n for n, ids in known.items() if layer in ids)
        if len(having) < len(known):
            types = tuple(by_run[n][f"{layer}.type"] for n in having)
            alike.setdefault((having, types), []).append(layer)
    return {n: [_layer_item(layers, by_run[n].get(f"{layers[0]}.type"))
                for layers in alike.values()] for n in known}


def _layer_item(layers: list[str], kind: str | None) -> str:
    """"+ layer h3 (Dense)" for a run that has it (kind: its type), "\u2212 layer h3" for one
    that lacks it; "+ 2 layers (h3 h4): Dense" for several."""
    if len(layers) == 1:
        return f"+ layer {layers[0]} ({kind})" if kind else f"\u2212 layer {layers[0]}"
    named = f"{len(layers)} layers ({_names(layers)})"
    return f"+ {named}: {kind}" if kind else f"\u2212 {named}"


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

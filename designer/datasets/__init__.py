"""Datasets: built-in generators, bundled real sets, IDX image sets, CSV/NPZ import, splits.

A network file's "dataset" is one of
    {"name": "spiral", "samples": 500, "noise": 0.1}     a built-in set and its options
    {"csv": "data.csv", "target": "label"}               a table (see tabular.py)
    {"npz": "data.npz"}                                  arrays x and y
Relative paths start at the network file's folder.
"""
from __future__ import annotations

import json
import os
from collections import OrderedDict
from pathlib import Path

from ..file_messages import data as D
from . import bundled, idx, synthetic  # noqa: F401  (register the built-in sets)
from .base import DATASETS, Dataset, DatasetError, DatasetSpec
from .splits import check_fractions, fit_to_input, split_indices
from .tabular import load_csv, load_npz

__all__ = ["DATASETS", "Dataset", "DatasetError", "DatasetSpec", "load_dataset",
           "dataset_catalog", "split_indices", "fit_to_input", "check_fractions", "resolve_path"]

_CSV_KEYS = {"csv", "target", "task", "skip_bad_rows", "delimiter"}
_NPZ_KEYS = {"npz", "task"}
_CACHE: OrderedDict[str, Dataset] = OrderedDict()
_CACHE_SIZE = 4


def resolve_path(path: str, base_dir: str | os.PathLike | None) -> Path:
    p = Path(path).expanduser()
    if not p.is_absolute() and base_dir is not None:
        p = Path(base_dir) / p
    return p


def dataset_label(spec) -> str:
    """How a dataset block is named to a person: its built-in name, or its file."""
    if isinstance(spec, dict):
        return str(spec.get("name") or spec.get("csv") or spec.get("npz") or spec)
    return str(spec)


def load_dataset(spec, base_dir: str | os.PathLike | None = None) -> Dataset:
    """The dataset a network file's "dataset" block describes; DatasetError says what is
    wrong. Results are cached (a few entries), keyed by the block and the file's time stamp."""
    if isinstance(spec, str):
        spec = {"name": spec}
    if not isinstance(spec, dict):
        raise DatasetError(D.SPEC_NOT_OBJECT.format())
    key = _cache_key(spec, base_dir)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    dataset = _load(spec, base_dir)
    _CACHE[key] = dataset
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return dataset


def _cache_key(spec: dict, base_dir) -> str:
    stamp = None
    for field in ("csv", "npz", "path"):
        if isinstance(spec.get(field), str):
            p = resolve_path(spec[field], base_dir)
            stamp = (str(p), p.stat().st_mtime_ns if p.exists() else None)
    return json.dumps([spec, stamp], sort_keys=True, default=str)


def _load(spec: dict, base_dir) -> Dataset:
    if "csv" in spec:
        _only(spec, _CSV_KEYS, D.CSV_KEYS)
        return load_csv(resolve_path(str(spec["csv"]), base_dir), target=spec.get("target"),
                        task=spec.get("task", "auto"),
                        skip_bad_rows=bool(spec.get("skip_bad_rows", False)),
                        delimiter=spec.get("delimiter"))
    if "npz" in spec:
        _only(spec, _NPZ_KEYS, D.NPZ_KEYS)
        return load_npz(resolve_path(str(spec["npz"]), base_dir), task=spec.get("task", "auto"))
    if not isinstance(spec.get("name"), str):
        raise DatasetError(D.SPEC_WITHOUT_SOURCE)
    try:
        ds = DATASETS.get(spec["name"])
    except ValueError as e:
        raise DatasetError(str(e)) from None
    options = {}
    allowed = {p.name: p for p in ds.params}
    for key, raw in spec.items():
        if key == "name":
            continue
        if key == "path" and ds.takes_path:
            options["path"] = str(resolve_path(str(raw), base_dir))
        elif key in allowed:
            try:
                options[key] = allowed[key].coerce(raw)
            except ValueError as e:
                raise DatasetError(D.DATASET_AT.format(ds.name, e)) from None
        else:
            known = ", ".join(list(allowed) + (["path"] if ds.takes_path else []))
            raise DatasetError(D.UNKNOWN_OPTION.format(ds.name, key, known) if known
                               else D.UNKNOWN_OPTION_NONE.format(ds.name, key))
    return ds.load(**options)


def _only(spec: dict, keys: set[str], refusal: str) -> None:
    unknown = set(spec) - keys
    if unknown:
        raise DatasetError(refusal.format(", ".join(sorted(keys)), ", ".join(sorted(unknown))))


def dataset_catalog() -> list[dict]:
    """Every built-in dataset: name, task, sample shape, classes, options, and availability."""
    rows = []
    order = {"synthetic": 0, "bundled": 1, "idx": 2}  # generated, then real, then image sets
    names = sorted(DATASETS, key=lambda n: order.get(
        DATASETS.get(n).load.__module__.rsplit(".", 1)[-1], 3))
    for name in names:
        ds = DATASETS.get(name)
        rows.append({"name": name, "task": ds.task, "shape": list(ds.shape),
                     "classes": ds.classes, "help": ds.help,
                     "options": {p.name: p.default for p in ds.params},
                     "unavailable": ds.available()})
    return rows

"""The trainer's records, typed: one dataclass per kind, each with its fields named once.

A run yields Start, then Snapshot (the initial weights), then Progress, Epoch and Snapshot
records as it trains (Paused, Resumed and Step when a person pauses or single-steps), and ends
with End. A runner adds Result (the trained weights and the history entry) or Error.

Metrics vary with the task (loss and accuracy for classification; loss, mae and r2 for
regression; val_ twins of each), so Epoch and End keep them in `values` by name, and `value()`
reads one. On the wire (the JSONL log, a run's history entry) a record is one flat dict, as
before version 1: `to_dict()` writes it and `from_dict()` reads it, taking what it knows and
keeping the rest of an epoch's or end's keys as values, so that older and newer logs still read.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

VERSION = 1  # written in the start record as "record_version"


def names_for(task: str) -> tuple[str, ...]:
    """The metrics a run of this task reports (each also as val_ and, in End, train_)."""
    return ("loss", "accuracy") if task == "classification" else ("loss", "mae", "r2")


def plain(value):
    """Nested records and pictures as the plain dicts of the files."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_dict()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _known(cls, data: dict) -> dict:
    """The keys of `data` that `cls` has (files of other versions may have more)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}


class _Picture:
    """A part of a snapshot; written without the fields it does not use."""

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if getattr(self, f.name) is not None}

    @classmethod
    def read(cls, value):
        return cls(**_known(cls, value)) if isinstance(value, dict) else value


@dataclass
class Histogram(_Picture):
    """One tensor's values: counts per bin between edges, and their moments (None when no
    value was finite)."""

    edges: Any = None
    counts: Any = None
    mean: float | None = None
    std: float | None = None
    min: float | None = None
    max: float | None = None

    def to_dict(self) -> dict:  # every key, as files have always had them
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


@dataclass
class ActivationStats(_Picture):
    """A layer's outputs on the probe batch: mean |value|, and for ReLUs the share of units
    that are 0 for every sample (dead)."""

    mean_abs: float | None = None
    dead_fraction: float | None = None

    def to_dict(self) -> dict:
        return {"mean_abs": self.mean_abs, "dead_fraction": self.dead_fraction}


@dataclass
class Boundary(_Picture):
    """The network's answer over its inputs: over a 2-D grid (kind probability, class or value;
    values[GRID, GRID] over extent [[x0, x1], [y0, y1]]), or along one input (kind "curve":
    outputs y at inputs x)."""

    kind: str
    extent: list | None = None
    values: Any = None
    x: Any = None
    y: Any = None

    @property
    def curve(self) -> bool:
        return self.kind == "curve"


@dataclass(kw_only=True)
class Record:
    type: ClassVar[str] = ""  # the kind, as files name it
    left_out_when_none: ClassVar[tuple[str, ...]] = ()  # as files had them before version 1
    run: str = ""  # the run's id: records of an older run can be told apart and dropped

    def to_dict(self) -> dict:
        """The flat dict of the log and the history files."""
        out = {"type": self.type}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name != "values" and not (value is None and f.name in self.left_out_when_none):
                out[f.name] = plain(value)
        out.update(getattr(self, "values", {}))
        return out


@dataclass(kw_only=True)
class Start(Record):
    type: ClassVar[str] = "start"
    name: str = ""
    epochs: int = 0
    steps_per_epoch: int | None = None
    batch_size: int | None = None
    train_samples: int = 0
    val_samples: int = 0
    test_samples: int = 0
    task: str = "classification"
    classes: list[str] | None = None
    loss: str | None = None
    from_logits: bool = False
    optimizer: dict | None = None
    learning_rate: float | None = None
    schedule: dict | None = None  # the planned curve: {"epochs": [...], "lr": [...]}
    device: str = "cpu"
    threads: int = 1
    engine: str = ""
    compiled: bool = False
    precision: str = "fp32"  # training.precision: fp32, bf16 or fp16 (autocast)
    world_size: int = 1  # processes training together (torchrun); batch_size is per process
    seed: int | None = None
    dataset: str | None = None
    metrics: list[str] = field(default_factory=lambda: ["loss", "accuracy"])
    notes: list[str] = field(default_factory=list)
    saved: bool = False  # rebuilt from a file's history, not reported by a live trainer
    record_version: int = VERSION


@dataclass(kw_only=True)
class Progress(Record):
    """The running loss within an epoch (at most every progress_every seconds)."""

    type: ClassVar[str] = "progress"
    epoch: int = 0
    step: int = 0
    steps: int = 1
    global_step: int = 0
    loss: float | None = None
    lr: float | None = None
    elapsed: float | None = None


@dataclass(kw_only=True)
class Step(Progress):
    """After a single step: that batch's loss."""

    type: ClassVar[str] = "step"


@dataclass(kw_only=True)
class _WithValues(Record):
    values: dict[str, float | None] = field(default_factory=dict)

    def value(self, name: str) -> float | None:
        return self.values.get(name)


@dataclass(kw_only=True)
class Epoch(_WithValues):
    """values: loss, accuracy or mae/r2, and their val_ twins (None without validation)."""

    type: ClassVar[str] = "epoch"
    left_out_when_none: ClassVar[tuple[str, ...]] = ("note",)
    epoch: int = 0
    lr: float | None = None
    seconds: float | None = None
    elapsed: float | None = None
    note: str | None = None  # the schedule's or early stopping's message

    @property
    def loss(self) -> float | None:
        return self.values.get("loss")


@dataclass(kw_only=True)
class Snapshot(Record):
    """What the plots show of the model: histograms of weights ({layer: {"weight"/"bias":
    Histogram}}), gradient norms per layer, activation statistics ({layer: ActivationStats}),
    the Boundary (inputs of one or two values), each hidden unit's output over the input plane
    ({layer: (units, grid, grid)}, two inputs only; not kept in the history) and the confusion
    matrix with where it was measured. Pictures given as plain dicts (from a file) are read
    into their types."""

    type: ClassVar[str] = "snapshot"
    epoch: int = 0
    global_step: int = 0
    weights: dict[str, dict[str, Histogram]] = field(default_factory=dict)
    gradients: dict[str, float] = field(default_factory=dict)
    activations: dict[str, ActivationStats] = field(default_factory=dict)
    boundary: Boundary | None = None
    units: dict[str, Any] = field(default_factory=dict)  # hidden units over the plane
    confusion: Any = None
    confusion_on: str | None = None

    def __post_init__(self):
        self.weights = {layer: {k: Histogram.read(h) for k, h in tensors.items()}
                        for layer, tensors in (self.weights or {}).items()}
        self.activations = {layer: ActivationStats.read(s)
                            for layer, s in (self.activations or {}).items()}
        self.boundary = Boundary.read(self.boundary)

    def histogram(self, layer: str, kind: str) -> Histogram | None:
        """One tensor's histogram (kind: "weight" or "bias"), or None."""
        return self.weights.get(layer, {}).get(kind)

    def pictures(self) -> dict:
        """Its content without the record's identity and the live units' pictures (what a
        history entry keeps)."""
        return {k: v for k, v in self.to_dict().items() if k not in ("type", "run", "units")}


@dataclass(kw_only=True)
class Paused(Record):
    type: ClassVar[str] = "paused"
    epoch: int = 0
    global_step: int = 0


@dataclass(kw_only=True)
class Resumed(Paused):
    type: ClassVar[str] = "resumed"


@dataclass(kw_only=True)
class End(_WithValues):
    """values: train_ and val_ twins of the run's metrics at the kept epoch."""

    type: ClassVar[str] = "end"
    reason: str = "completed"  # completed, early_stopping, stopped, diverged
    message: str = ""
    epochs_run: int = 0
    best_epoch: int | None = None
    seconds: float | None = None
    steps: int = 0
    samples_per_second: float | None = None
    engine: str = ""
    device: str = "cpu"
    seed: int | None = None
    test: dict | None = None  # the test set's metrics, when it has one
    confusion: Any = None


@dataclass(kw_only=True)
class Result(Record):
    """From a runner, after End: what the run gives back to the network."""

    type: ClassVar[str] = "result"
    reason: str = "completed"
    weights: dict = field(default_factory=dict)
    history: dict = field(default_factory=dict)


@dataclass(kw_only=True)
class Error(Record):
    """From a runner: the run failed; `message` says why in a sentence."""

    type: ClassVar[str] = "error"
    message: str = ""
    detail: str | None = None  # a traceback, for a bug


KINDS: dict[str, type[Record]] = {cls.type: cls for cls in (
    Start, Progress, Step, Epoch, Snapshot, Paused, Resumed, End, Result, Error)}


def from_dict(data: dict) -> Record:
    """A record from its flat dict (a log line, an older file). Unknown keys of an epoch or an
    end are kept as values; a missing field takes its default."""
    cls = KINDS.get(data.get("type"))
    if cls is None:
        raise ValueError(f"unknown record type {data.get('type')!r}")
    names = {f.name for f in dataclasses.fields(cls)}
    known = {k: v for k, v in data.items() if k in names and k != "values"}
    if "values" in names:
        known["values"] = {k: v for k, v in data.items() if k not in names and k != "type"}
    return cls(**known)

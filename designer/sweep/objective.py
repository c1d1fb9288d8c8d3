"""One trial: a copy of the network with the drawn settings, trained from new weights by the
Trainer, reporting the sweep's metric each epoch so that the pruner can stop a hopeless trial.

What a trial leaves in the study (user attributes): "settings" (every setting it trained with,
searched and fixed, by name), "history" (its run as the network history stores it, with a
"sweep" block {study, trial, params}; the pictures are left out), "network_file" (its trained
network, for finished trials) and "failure" (why it failed).
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DesignerError
from ..optimizers import optimizer_config
from ..schedules import schedule_config
from ..serialization import from_document, jsonable, save
from ..training.runners import out_of_memory

TRAINING_KEYS = ("learning_rate", "optimizer", "batch_size", "schedule")
BULKY = ("final_snapshot", "initial_weights")  # pictures the window can do without


class TrialFailed(DesignerError):
    """A trial that could not train or diverged: the sweep records it as failed and goes on."""


class StopRequest:
    """Set from a signal handler (SIGTERM, Ctrl-C), read by the trial between its steps: a
    KeyboardInterrupt raised wherever the signal lands could cut Optuna's writes short and
    leave the trial RUNNING, so the trial stops at its next step and raises it itself. A plain
    attribute: the handler must take no lock the interrupted code may hold."""

    def __init__(self):
        self.requested = False
        self.signal = None  # the signal that asked


class Pruned(Exception):
    """The pruner stopped the trial at `epoch`."""

    def __init__(self, epoch: int):
        super().__init__(f"pruned at epoch {epoch}")
        self.epoch = epoch


@dataclass
class Job:
    """What every trial of one worker shares."""

    document: dict  # the swept network's document
    source: Path | None  # its file (relative dataset paths start there)
    space: object  # space.Space
    metric: str  # an epoch record's key: "val_loss", "loss", "val_accuracy", ...
    study: str
    folder: Path  # where finished trials' networks go
    overrides: dict = field(default_factory=dict)  # training settings for every trial (epochs)
    device: str = "auto"
    stop: StopRequest = field(default_factory=StopRequest)


def apply_settings(document: dict, settings: dict) -> dict:
    """A copy of the network document with a trial's settings put in."""
    doc = copy.deepcopy(document)
    training = doc.setdefault("training", {})
    _training(training, settings)
    layers = {layer["id"]: layer for layer in doc.get("layers", [])}
    for name, value in settings.items():
        if "." in name:
            layer_id, key = name.split(".", 1)
            layers[layer_id][key] = value
    return doc


def _training(training: dict, settings: dict) -> None:
    """Optimizer and learning rate, batch size and schedule. A new optimizer starts from its
    own defaults (sgd's rate is not adam's) unless the learning rate is searched too; the
    network's own optimizer and schedule keep their options."""
    optimizer = optimizer_config(training.get("optimizer", "adam"))
    name = settings.get("optimizer", optimizer["name"])
    if name != optimizer["name"]:
        optimizer = optimizer_config(name)
    if "learning_rate" in settings:
        optimizer["learning_rate"] = settings["learning_rate"]
    training["optimizer"] = optimizer
    if "batch_size" in settings:
        training["batch_size"] = settings["batch_size"]
    schedule = settings.get("schedule")
    if schedule is not None and schedule != schedule_config(training.get("schedule"))["name"]:
        training["schedule"] = {"name": schedule}


def run_trial(trial, job: Job) -> float:
    """Train one trial and return its metric; raises Pruned or TrialFailed."""
    from optuna.exceptions import UpdateFinishedTrialError

    from ..training import Trainer

    settings = job.space.draw(trial)
    trial.set_user_attr("settings", jsonable(settings))
    try:
        network = from_document(apply_settings(job.document, settings), f"trial {trial.number}")
        network.source = job.source
        trainer = Trainer(network, job.overrides, device=job.device, fresh=True,
                          introspection=False, apply=False, run_name=f"trial {trial.number}")
        pruned_at = _follow(trainer, trial, job)
    except DesignerError as e:
        raise TrialFailed(str(e)) from None
    except UpdateFinishedTrialError:  # another worker failed it: not this trial's own failure
        raise
    except (MemoryError, RuntimeError) as e:  # out of memory, or torch refusing a drawn size:
        _release_memory()                      # this trial's end, not the sweep's
        raise TrialFailed(out_of_memory(e) or f"{type(e).__name__}: {e}") from None
    if job.stop.requested:
        raise KeyboardInterrupt
    trial.set_user_attr("history", _entry(trainer, trial, job, pruned_at))
    end = trainer.result
    if end.reason == "diverged":
        raise TrialFailed(end.message)
    if pruned_at is not None:
        raise Pruned(pruned_at)
    value = end.value(end_key(job.metric))
    if value is None or not math.isfinite(value):
        raise TrialFailed(f"the run reported no {job.metric}")
    trainer.apply_to(network)
    trial.set_user_attr("network_file", str(save(network, _network_path(job, trial.number))))
    return value


def _release_memory() -> None:
    """What a failed trial held goes back before the next one (its tensors are garbage now)."""
    import gc

    import torch

    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


def _follow(trainer, trial, job: Job) -> int | None:
    """Run the trainer, reporting the metric each epoch; the epoch the pruner stopped it at,
    or None. A stop request stops the trainer at its next step."""
    from ..training.records import Epoch

    pruned_at, metric = None, job.metric
    for record in trainer.run():
        if job.stop.requested:
            trainer.control.stop()
        if not isinstance(record, Epoch) or pruned_at is not None or job.stop.requested:
            continue
        value = record.value(metric)
        if value is None or not math.isfinite(value):
            continue
        trial.report(value, record.epoch)
        if trial.should_prune():
            pruned_at = record.epoch
            trainer.control.stop()
    return pruned_at


def end_key(metric: str) -> str:
    """The end record's name of an epoch record's metric ("loss" -> "train_loss")."""
    return metric if metric.startswith("val_") else f"train_{metric}"


def _entry(trainer, trial, job: Job, pruned_at: int | None) -> dict:
    entry = {k: v for k, v in trainer.history_entry().items() if k not in BULKY}
    if pruned_at is not None:  # the run says "stopped"; say by whom
        entry["summary"]["message"] = (f"pruned at epoch {pruned_at}: its {job.metric} was "
                                       "worse than the median of earlier trials")
    entry["sweep"] = {"study": job.study, "trial": trial.number, "params": dict(trial.params)}
    return jsonable(entry)


def _network_path(job: Job, number: int) -> Path:
    return job.folder / f"trial-{number:04d}.nnd"

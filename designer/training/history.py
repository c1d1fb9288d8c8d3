"""A run's entry in network.history["runs"]: written from a finished Trainer, and read back as
the records a live run would have reported (one converter, for the window and for scripts).

An entry is plain JSON: name, id, finished (UTC), settings, dataset, seed, engine, device,
notes, data {task, classes, transform, loss, from_logits, binary, steps_per_epoch}, epochs
(flat epoch records, at most HISTORY_EPOCHS), summary (the flat end record without its
confusion matrix), final_snapshot and initial_weights (the pictures a reopened run shows).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import numpy as np

from .records import End, Epoch, Snapshot, Start, from_dict, names_for, plain

HISTORY_EPOCHS = 5000  # epoch records kept in the history of one run (evenly thinned beyond)
_IDENTITY = ("type", "run")


def history_entry(trainer) -> dict:
    """The entry of a finished trainer's run."""
    d = trainer.data
    summary = {k: v for k, v in trainer.result.to_dict().items()
               if k not in (*_IDENTITY, "confusion")}
    return {"name": trainer.run_name, "id": trainer.run_id,
            "finished": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "settings": trainer.settings.to_dict(), "dataset": trainer.network.dataset,
            "seed": trainer.seed, "engine": trainer.engine.name,
            "device": str(trainer.device), "notes": list(trainer.notes),
            "data": {"task": d.task, "classes": d.dataset.classes,
                     "transform": d.dataset.transform, "loss": trainer.metric.loss_name,
                     "from_logits": trainer.head.from_logits, "binary": d.binary,
                     "steps_per_epoch": trainer.engine.steps},
            "epochs": [{k: v for k, v in r.to_dict().items() if k not in _IDENTITY}
                       for r in _thinned(trainer.epochs)],
            "summary": summary,
            # the pictures of the end (histograms, boundary, confusion) and the initial
            # histograms they are compared with, so that a reopened run shows them
            "final_snapshot": trainer.final_snapshot,
            "initial_weights": plain(trainer.initial_weights)}


@dataclass
class SavedRun:
    """A run of an earlier session, as records: what the plots and the runs table read."""

    name: str | None
    start: Start
    epochs: list[Epoch]
    end: End
    snapshots: list[Snapshot]  # the initial and the final pictures, when the file kept them


def saved_run(entry: dict) -> SavedRun:
    """The records of a history entry (files of every version: missing keys take defaults)."""
    data = entry.get("data") or {}
    settings = entry.get("settings") or {}
    optimizer = settings.get("optimizer") or {}
    epochs = [from_dict({**e, "type": "epoch"}) for e in entry.get("epochs", [])]
    task = data.get("task", "classification")
    start = Start(saved=True, epochs=settings.get("epochs", len(epochs)), task=task,
                  classes=data.get("classes"), loss=data.get("loss"), optimizer=optimizer,
                  learning_rate=optimizer.get("learning_rate"),
                  dataset=(entry.get("dataset") or {}).get("name"), seed=entry.get("seed"),
                  steps_per_epoch=data.get("steps_per_epoch"), metrics=list(names_for(task)))
    snapshots = []
    final = entry.get("final_snapshot")  # files saved before it was kept have none
    if final:
        snapshots = [Snapshot(weights=entry.get("initial_weights") or {}),
                     from_dict({**final, "type": "snapshot"})]
    end = from_dict({**(entry.get("summary") or {}), "type": "end"})
    return SavedRun(entry.get("name"), start, epochs, end, snapshots)


def _thinned(epochs: list) -> list:
    """At most HISTORY_EPOCHS records, evenly spaced, always with the first and the last."""
    if len(epochs) <= HISTORY_EPOCHS:
        return epochs
    picks = np.unique(np.linspace(0, len(epochs) - 1, HISTORY_EPOCHS).round().astype(int))
    return [epochs[k] for k in picks]

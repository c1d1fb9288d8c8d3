"""Training a lesson's runs without a screen (tests, scripts, `main.py`)."""
from __future__ import annotations

from ..training.records import End, Epoch, Snapshot
from .model import Lesson
from .results import RunResult, result


def train_lesson(lesson: Lesson, epochs: int | None = None) -> dict[str, RunResult]:
    """Train every run of `lesson` one after another (at `epochs`, else the lesson's) and
    return {run key: RunResult}. The final snapshot of each run carries its gradients. A
    backprop lesson has no runs: {} (conclusion() computes its step)."""
    from ..training.trainer import Trainer  # torch: only when something trains

    out = {}
    for run in lesson.runs:
        trainer = Trainer(lesson.variant(run), {"epochs": epochs}, introspection=True,
                          apply=False, run_name=run.name("en"))
        records, snapshot, end = [], None, None
        for record in trainer.run():
            if isinstance(record, Epoch):
                records.append(record)
            elif isinstance(record, Snapshot):
                snapshot = record
            elif isinstance(record, End):
                end = record
        out[run.key] = result(run, records, end, snapshot)
    return out

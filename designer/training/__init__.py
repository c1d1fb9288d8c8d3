"""Training: a generator-style trainer yielding small typed records, controllable from any
thread (pause, resume, single step, stop), plus the learning-rate range test.

Start a run (in a worker thread in the app):

    from designer.training import Trainer, TrainingControl
    control = TrainingControl()
    trainer = Trainer(network, {"epochs": 200}, control=control)   # overrides network.training
    for record in trainer.run():
        handle(record)            # typed records (records.py): Start, Progress, Epoch, ...
    # afterwards network.weights and network.history hold the result (apply=False to do that
    # yourself with trainer.apply_to(network) on another thread)

From another thread: control.pause(), control.resume(), control.step(), control.stop().

Records are the dataclasses of records.py, one per kind, each with its run's id (to drop stale
records): Start, then Snapshot (the initial weights), Progress, Epoch and Snapshot while it
trains (Paused, Resumed and Step around single steps), and End. Their flat dict form
(`to_dict()` / `records.from_dict()`) is what the JSONL log and the history files hold;
history.py turns a run's history entry back into records.
"""
from .control import TrainingControl
from .errors import TrainingError
from .settings import TrainingSettings

__all__ = ["Trainer", "TrainingControl", "TrainingError", "TrainingSettings", "train"]


def __getattr__(name: str):
    # Trainer loads torch (about 2 s): only when asked for, so that the app can read settings
    # and start runs in a child process without importing torch itself.
    if name == "Trainer":
        from .trainer import Trainer

        return Trainer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def train(network, overrides: dict | None = None, **options):
    """Run to the end without looking at the records; returns the End record."""
    from .trainer import Trainer

    trainer = Trainer(network, overrides, **options)
    for _ in trainer.run():
        pass
    return trainer.result

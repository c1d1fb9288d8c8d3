"""Training: a generator-style trainer yielding small plain-data records, controllable from any
thread (pause, resume, single step, stop), plus the learning-rate range test.

Start a run (in a worker thread in the app):

    from designer.training import Trainer, TrainingControl
    control = TrainingControl()
    trainer = Trainer(network, {"epochs": 200}, control=control)   # overrides network.training
    for record in trainer.run():
        handle(record)            # plain dicts: floats, lists, small NumPy arrays
    # afterwards network.weights and network.history hold the result (apply=False to do that
    # yourself with trainer.apply_to(network) on another thread)

From another thread: control.pause(), control.resume(), control.step(), control.stop().

Records, each with "type" and "run" (an id per run, to drop stale records):
- start:    epochs, steps_per_epoch, batch_size, train/val/test_samples, task, classes, loss,
            optimizer, learning_rate, schedule {"epochs", "lr"} (the planned curve), device,
            threads, engine, seed, dataset, metrics, notes
- progress: epoch, step, steps, global_step, loss (running, this epoch), lr, elapsed
            (at most every progress_every seconds)
- epoch:    epoch, loss, val_loss and accuracy/val_accuracy (classification) or mae, r2,
            val_mae, val_r2 (regression; val_* None without validation), lr, seconds, elapsed,
            note (schedule or early-stopping messages)
- snapshot: epoch, global_step, weights {layer: {"weight"/"bias": {edges, counts, mean, std,
            min, max}}}, gradients {layer: norm}, activations {layer: {mean_abs,
            dead_fraction}}, boundary (2-D inputs: {kind, extent, values[GRID, GRID]}; 1-D
            inputs: {kind: "curve", x, y}) and confusion (classes x classes) with confusion_on
            (one before the first step, with epoch 0, no gradients and no confusion; then at
            most every snapshot_every seconds, and after each single step)
- paused / resumed: epoch, global_step
- step:     after a single step: epoch, step, global_step, loss (that batch), lr
- end:      reason (completed, early_stopping, stopped, diverged), message, epochs_run,
            best_epoch, train_/val_ metrics, test (metrics or None), seconds, steps,
            samples_per_second, engine, device, seed, confusion
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


def train(network, overrides: dict | None = None, **options) -> dict:
    """Run to the end without looking at the records; returns the end record."""
    from .trainer import Trainer

    trainer = Trainer(network, overrides, **options)
    for _ in trainer.run():
        pass
    return trainer.result

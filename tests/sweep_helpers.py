"""Sweeps for the window's tests, built as designer/sweep/study.py reads them, and a reader
over one that a test changes as it goes."""
from __future__ import annotations

from designer.serialization import load, save
from designer.sweep.study import Sweep, SweepTrial
from tests.gui_training_helpers import EXAMPLES
from widgets.training import sweep_view


def entry(epochs: int, final: float) -> dict:
    """A trial's run as the network's history keeps it."""
    rows = [{"epoch": n, "loss": 1 / n, "accuracy": n / epochs, "val_loss": final + 1 / n
             - 1 / epochs, "val_accuracy": n / epochs, "lr": 0.01} for n in range(1, epochs + 1)]
    return {"name": "trial", "id": f"t{final}", "settings": {"epochs": epochs},
            "dataset": {"name": "xor"}, "data": {"task": "classification"}, "epochs": rows,
            "summary": {"reason": "completed", "epochs_run": epochs, "val_loss": final}}


def trial(number, state, params, value, reports, history=None, network_file=None,
          failure=None):
    return SweepTrial(number, state, params, value, dict(reports), history, network_file,
                      failure=failure)


WORKER_ENDED = "its worker (process 4242) ended without finishing it"


def sweep_of(folder) -> Sweep:
    """Five trials: two finished (with their networks), one pruned, one running, one failed."""
    networks = []
    for n in (0, 2):
        networks.append(str(save(load(EXAMPLES / "xor.json"), folder / f"trial_{n}.nnd")))
    p = [{"learning_rate": lr, "optimizer": opt, "h.units": units} for lr, opt, units in (
        (0.001, "sgd", 4), (0.1, "adam", 16), (0.01, "adam", 8), (0.03, "sgd", 16),
        (0.0001, "adam", 4))]
    return Sweep("net", "/shared/net.sweep.journal", "val_loss", "minimize", [
        trial(0, "complete", p[0], 0.4, {1: 0.8, 2: 0.4}, entry(5, 0.4), networks[0]),
        trial(1, "pruned", p[1], 0.9, {1: 1.2, 2: 0.9}),
        trial(2, "complete", p[2], 0.2, {1: 0.5, 2: 0.2}, entry(6, 0.2), networks[1]),
        trial(3, "running", p[3], None, {1: 0.9, 2: 0.7}),
        trial(4, "failed", p[4], None, {}, failure=WORKER_ENDED)], {"training": {"epochs": 6}})


class FakeReader:
    """A SweepReader over a Sweep the test changes as it goes; also what opens it (the
    watcher's open_reader), counting its reads and closes."""

    def __init__(self, sweep):
        self.sweep, self.calls, self.opened, self.closed = sweep, 0, 0, 0

    def __call__(self, storage, study):
        self.opened += 1
        return self

    def read(self):
        self.calls += 1
        if isinstance(self.sweep, Exception):
            raise self.sweep
        return self.sweep

    def close(self) -> None:
        self.closed += 1


def open_sweep(window, qtbot, monkeypatch, reader, storage="/shared/net.sweep.journal"):
    """Open `reader`'s sweep through File › Open Sweep…; the watcher, once it has read it."""
    monkeypatch.setattr(sweep_view, "open_reader", reader)
    monkeypatch.setattr(sweep_view, "choose_sweep", lambda parent: (storage, None))
    window.actions_by_name["open_sweep"].trigger()
    watcher = window.training.sweep
    qtbot.waitUntil(lambda: watcher.sweep is not None, timeout=5000)
    return watcher

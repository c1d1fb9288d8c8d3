"""Training inside the app: throughput against the headless engine, and GUI responsiveness.
Prints figures, asserts nothing.

    .venv/bin/python bench/bench_app_training.py [--quick]

For each network, the same settings are trained twice in this one process:
- headless: the engine in this process's main thread, with its default introspection;
- in the app: a real MainWindow (offscreen unless DISPLAY and QT_QPA_PLATFORM=xcb are set)
  with every training panel live, the run started through the window's RunManager (a child
  process, as the app does), while a 10 ms precise timer in the GUI thread records how late
  it fires.
Throughput is epochs per second by the trainer's own clock; the ratio is app / headless. The
window's own CPU time while a run trains (its process, as a share of one core) is printed too:
on a machine shared with others it is the steadier figure, and what a run that keeps every core
busy pays for.
Rounds alternate and the best of each side counts, so a busy machine hurts both alike; the
median of the rounds' own ratios is printed too, and the ratio of the median epoch times over
all rounds (the steadiest of the three on a shared machine: a neighbour's burst slows a few
epochs, not the median). The lateness probe wakes the GUI a hundred
times a second, which a run's threads feel, so throughput rounds run without it and a last
round per network measures the lateness.
Targets: ratio >= 0.95; timer lateness p99 <= 16 ms and max <= 50 ms, also with three runs of
a Playground-scale net at once.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402

from designer.network import Network  # noqa: E402
from designer.serialization import load  # noqa: E402
from tests.helpers import chain  # noqa: E402

QUICK = "--quick" in sys.argv


def playground() -> tuple[Network, dict]:
    net = load(ROOT / "resources" / "examples" / "spiral_playground.json")
    return net, {"epochs": 1000 if QUICK else 5000}  # 5 s or more: a p99 of ~500 ticks


def mlp(folder: Path) -> tuple[Network, dict]:
    rng = np.random.default_rng(0)
    path = folder / "mlp.npz"
    np.savez(path, x=rng.random((12_000, 784), dtype=np.float32), y=rng.integers(0, 10, 12_000))
    graph = chain(("Input", {"shape": [784]}), ("Dense", {"units": 512, "activation": "relu"}),
                  ("Dense", {"units": 512, "activation": "relu"}),
                  ("Dense", {"units": 10, "activation": "softmax"}))
    net = Network(graph, "MLP 784-512-512-10", {"npz": str(path)},
                  {"loss": "categorical_crossentropy", "batch_size": 128, "seed": 0,
                   "validation_split": 0.1,
                   "optimizer": {"name": "adam", "learning_rate": 0.001}})
    return net, {"epochs": 3 if QUICK else 12}


def headless(network: Network, overrides: dict) -> tuple[float, list[float]]:
    """Epochs per second, and each epoch's seconds."""
    from designer.training import Trainer

    trainer = Trainer(network, overrides, apply=False)
    seconds = [r["seconds"] for r in trainer.run() if r["type"] == "epoch"]
    return trainer.result["epochs_run"] / trainer.result["seconds"], seconds


class LatenessProbe:
    """A 10 ms precise timer in the GUI thread; how late each tick comes."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.late: list[float] = []

    def start(self):
        self.late.clear()
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def _tick(self):
        now = self.clock.nsecsElapsed()
        self.late.append(max(0.0, (now - self.last) / 1e6 - 10.0))
        self.last = now

    def stop(self) -> dict:
        self.timer.stop()
        values = np.array(self.late or [0.0])
        return {"p99": float(np.percentile(values, 99)), "max": float(values.max()),
                "ticks": len(self.late)}


def window_and_controller():
    from widgets.main_window import MainWindow
    from widgets.training.controller import TrainingController

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    controller = window.findChild(TrainingController)
    form = controller.panel.form
    form.speed.setCurrentIndex(form.speed.findData("full"))  # no pacing: as fast as it goes
    return window, controller


def in_app(app, window, controller, network: Network, overrides: dict, runs: int,
           probe: LatenessProbe):
    """Open the network and press Train `runs` times (after the spare process is warm, as a
    while after the app starts); returns epochs/s per run and the probe's lateness while they
    trained, every panel drawing."""
    network.training = {**(network.training or {}), **overrides}
    window.open_network(network)
    controller.manager.prewarm()
    _wait(app, lambda: False, 3.0)
    started = [controller.train() for _ in range(runs)]
    _wait(app, lambda: all(r.status != "starting" for r in started), 60)
    if probe is not None:
        probe.start()
    cpu, wall = time.process_time(), time.monotonic()
    _wait(app, lambda: not any(r.active for r in started), 600)
    share = (time.process_time() - cpu) / (time.monotonic() - wall)
    lateness = probe.stop() if probe is not None else None
    rates = [r.end["epochs_run"] / r.end["seconds"] if r.end else float("nan") for r in started]
    seconds = [e["seconds"] for e in started[0].epochs]
    _wait(app, lambda: False, 3.0)  # the app readies the next process now: not during headless
    return rates, seconds, share, lateness


def _wait(app, done, seconds):
    """Run the event loop (idle like the app's own) until done() or the time is up."""
    loop, deadline = QEventLoop(), time.monotonic() + seconds
    check = QTimer()
    check.timeout.connect(lambda: (done() or time.monotonic() > deadline) and loop.quit())
    check.start(250)  # the app itself polls nothing: few wake-ups here either
    loop.exec()
    check.stop()


def main() -> None:
    from widgets.app import make_application

    app = make_application([])  # the app's own set-up (style, drawing on the GUI thread)
    window, controller = window_and_controller()
    _wait(app, lambda: False, 6.0)  # the app's idle start-up work (plots, spare process)
    probe = LatenessProbe()
    rounds = 2 if QUICK else 4
    with tempfile.TemporaryDirectory() as tmp:
        cases = [("Playground 2-8-8-1 (spiral)", playground()),
                 ("MLP 784-512-512-10, batch 128", mlp(Path(tmp)))]
        for title, (net, overrides) in cases:
            heads, apps, head_epochs, app_epochs, shares = [], [], [], [], []
            for k in range(rounds):
                h, seconds = headless(net, overrides)
                heads.append(h)
                head_epochs += seconds
                (a,), seconds, share, _ = in_app(app, window, controller, net, overrides, 1,
                                                 None)
                apps.append(a)
                shares.append(share)
                app_epochs += seconds
                print(f"  {title} round {k + 1}: headless {heads[-1]:,.1f} epochs/s, in the app "
                      f"{a:,.1f} epochs/s", flush=True)
            (_,), _, _, late = in_app(app, window, controller, net, overrides, 1, probe)
            ratios = sorted(a / h for a, h in zip(apps, heads))
            print(f"{title}: in the app {max(apps) / max(heads):.2f}x headless (best "
                  f"{max(apps):,.1f} vs {max(heads):,.1f} epochs/s; median of the rounds' "
                  f"ratios {ratios[len(ratios) // 2]:.2f}; median epoch time "
                  f"{np.median(head_epochs) / np.median(app_epochs):.2f}x; target >= 0.95); "
                  f"the window's process used {np.median(shares):.1%} of a core; "
                  f"GUI timer late p99 "
                  f"{late['p99']:.1f} ms, max {late['max']:.1f} ms over {late['ticks']} ticks "
                  "(targets 16 / 50 ms)", flush=True)
        net, overrides = playground()
        rates, _, _, late = in_app(app, window, controller, net, overrides, 3, probe)
        print(f"Three Playground runs at once: {', '.join(f'{r:,.0f}' for r in rates)} epochs/s;"
              f" GUI timer late p99 {late['p99']:.1f} ms, max {late['max']:.1f} ms "
              "(targets 16 / 50 ms)", flush=True)
    controller.manager.shutdown()
    window.document.set_network(Network())  # the runs' results are not worth a save dialog
    window.close()


if __name__ == "__main__":
    main()

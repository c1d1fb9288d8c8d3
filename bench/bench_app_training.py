"""Training inside the app: throughput against the headless engine, and GUI responsiveness.
Prints figures, asserts nothing.

    .venv/bin/python bench/bench_app_training.py [--quick]

For each network, the same settings are trained in this one process, in pairs of rounds:
- headless: the engine in this process's main thread, with its default introspection;
- in the app: a real MainWindow (offscreen unless DISPLAY and QT_QPA_PLATFORM=xcb are set)
  with every training panel live, the run started through the window's RunManager (a child
  process, as the app does), while a 10 ms precise timer in the GUI thread records how late
  it fires.
Throughput is epochs per second by the trainer's own clock; the ratio is app / headless. On a
shared machine the speed of a core drifts by tens of percent over tens of seconds (seen here:
the same headless round at 1.9 and 3.4 epochs/s), more than the effect measured, so the bench
runs many short pairs, alternating which side goes first (a steady drift then favours neither),
and reports the median of the pairs' ratios with a bootstrap 90% interval; also the ratio of
the median epoch times over all rounds, and the best round of each side. The window's own CPU
time while a run trains (its process, as a share of one core) is printed too: what a run that
keeps every core busy pays for. The lateness probe wakes the GUI a hundred times a second,
which a run's threads feel, so throughput rounds run without it and a last round per network
measures the lateness.
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


def playground(epochs: int = 1000 if QUICK else 5000) -> tuple[Network, dict]:
    """The Playground example; by default long enough (5 s or more) for a p99 of ~500 ticks
    of the lateness probe."""
    net = load(ROOT / "resources" / "examples" / "spiral_playground.json")
    return net, {"epochs": epochs}


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
    return net, {"epochs": 3 if QUICK else 8}


def headless(network: Network, overrides: dict) -> tuple[float, list[float], float | None]:
    """Epochs per second, each epoch's seconds, and how long the training threads waited
    for a core (see CoreWaits)."""
    from designer.training import Trainer

    waits = CoreWaits(os.getpid())
    trainer = Trainer(network, overrides, apply=False)
    waits.sample()
    seconds = [r.seconds for r in trainer.run() if r.type == "epoch"]
    waits.sample()
    return trainer.result.epochs_run / trainer.result.seconds, seconds, waits.share()


class CoreWaits:
    """How long a process's busy threads were ready to run but waited for a core (Linux's
    /proc/PID/task/*/schedstat), as a share of the time: what other work on the machine took
    from them, whatever the cores' speed at the moment. Summed over the threads that ran for
    at least a tenth of the time, since a run's intra-op threads wait for one another: one
    kept waiting holds up all of them."""

    def __init__(self, pid: int | None):
        self.pid, self.first, self.last = pid, None, None

    def sample(self) -> None:
        tasks, root = {}, f"/proc/{self.pid}/task"
        try:
            names = os.listdir(root)
        except OSError:
            return  # gone, or not Linux
        for tid in names:
            try:
                with open(f"{root}/{tid}/schedstat") as f:
                    tasks[tid] = tuple(int(v) for v in f.read().split()[:2])
            except (OSError, ValueError):
                pass  # a thread that just ended
        if tasks:
            self.last = (time.monotonic(), tasks)
            self.first = self.first or self.last

    def share(self) -> float | None:
        if self.first is None or self.last is self.first:
            return None
        (t0, before), (t1, after) = self.first, self.last
        wall = (t1 - t0) * 1e9
        waited = [after[t][1] - before[t][1] for t in after
                  if t in before and after[t][0] - before[t][0] > 0.1 * wall]
        return sum(waited) / wall if waited else None


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
    while after the app starts); returns epochs/s per run, the first run's epoch times, the
    window process's CPU share, how long the first run's threads waited for a core, and the
    probe's lateness while they trained, every panel drawing."""
    network.training = {**(network.training or {}), **overrides}
    window.open_network(network)
    controller.manager.prewarm()
    _wait(app, lambda: False, 3.0)
    started = [controller.train() for _ in range(runs)]
    _wait(app, lambda: all(r.status != "starting" for r in started), 60)
    waits = CoreWaits(getattr(started[0].runner, "pid", None))
    if probe is not None:
        probe.start()
    cpu, wall = time.process_time(), time.monotonic()

    def ended() -> bool:
        if started[0].active:
            waits.sample()  # while its process lives
        return not any(r.active for r in started)
    _wait(app, ended, 600)
    share = (time.process_time() - cpu) / (time.monotonic() - wall)
    lateness = probe.stop() if probe is not None else None
    rates = [r.end.epochs_run / r.end.seconds if r.end else float("nan") for r in started]
    seconds = [e["seconds"] for e in started[0].epochs]
    _wait(app, lambda: False, 3.0)  # the app readies the next process now: not during headless
    return rates, seconds, share, waits.share(), lateness


def _wait(app, done, seconds):
    """Run the event loop (idle like the app's own) until done() or the time is up."""
    loop, deadline = QEventLoop(), time.monotonic() + seconds
    check = QTimer()
    check.timeout.connect(lambda: (done() or time.monotonic() > deadline) and loop.quit())
    check.start(250)  # the app itself polls nothing: few wake-ups here either
    loop.exec()
    check.stop()


def median_interval(ratios: list[float], level: float = 0.9) -> tuple[float, float, float]:
    """The median of `ratios` and a bootstrap interval around it (seeded: the same rounds
    give the same interval)."""
    values = np.asarray(ratios, float)
    draws = np.random.default_rng(0).choice(values, (2000, len(values)))
    medians = np.median(draws, axis=1)
    tail = (1 - level) / 2 * 100
    return (float(np.median(values)), float(np.percentile(medians, tail)),
            float(np.percentile(medians, 100 - tail)))


def quiet_offscreen_warnings() -> None:
    """The offscreen platform warns on every dock it lays out; the figures drown in it."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message):
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)
    qInstallMessageHandler(handler)


def compare(app, window, controller, title: str, net: Network, overrides: dict,
            pairs: int) -> None:
    """`pairs` pairs of rounds, headless first in even pairs and the app first in odd ones."""
    heads, apps, head_epochs, app_epochs, shares = [], [], [], [], []
    head_waits, app_waits = [], []
    for k in range(pairs):
        for side in ("headless", "app") if k % 2 == 0 else ("app", "headless"):
            if side == "headless":
                rate, seconds, waited = headless(net, overrides)
                heads.append(rate)
                head_epochs += seconds
                head_waits.append(waited)
            else:
                (rate,), seconds, share, waited, _ = in_app(app, window, controller, net,
                                                            overrides, 1, None)
                apps.append(rate)
                app_epochs += seconds
                shares.append(share)
                app_waits.append(waited)
        print(f"  {title} pair {k + 1}: headless {heads[-1]:,.1f} epochs/s, in the app "
              f"{apps[-1]:,.1f} epochs/s ({apps[-1] / heads[-1]:.2f}x)", flush=True)
    median, low, high = median_interval([a / h for a, h in zip(apps, heads, strict=True)])
    print(f"{title}: in the app {median:.2f}x headless, median of {pairs} pairs (90% interval "
          f"{low:.2f}-{high:.2f}; target >= 0.95); median epoch time "
          f"{np.median(head_epochs) / np.median(app_epochs):.2f}x; best rounds "
          f"{max(apps):,.1f} vs {max(heads):,.1f} epochs/s ({max(apps) / max(heads):.2f}x); "
          f"the window's process used {np.median(shares):.1%} of a core", flush=True)
    if None not in head_waits + app_waits:
        print(f"{title}: the training threads waited for a core {np.median(head_waits):.1%} of "
              f"the time headless, {np.median(app_waits):.1%} in the app (medians; what the "
              "window and the rest of the machine took from the run)", flush=True)


def main() -> None:
    from widgets.app import make_application

    app = make_application([])  # the app's own set-up (style, drawing on the GUI thread)
    quiet_offscreen_warnings()
    window, controller = window_and_controller()
    _wait(app, lambda: False, 6.0)  # the app's idle start-up work (plots, spare process)
    probe = LatenessProbe()
    pairs = 3 if QUICK else 10
    with tempfile.TemporaryDirectory() as tmp:
        cases = [("Playground 2-8-8-1 (spiral)", playground(1000 if QUICK else 2500),
                  playground()),
                 ("MLP 784-512-512-10, batch 128", mlp(Path(tmp)), mlp(Path(tmp)))]
        for title, (net, overrides), (long_net, long_overrides) in cases:
            compare(app, window, controller, title, net, overrides, pairs)
            (_,), _, _, _, late = in_app(app, window, controller, long_net, long_overrides,
                                         1, probe)
            print(f"{title}: GUI timer late p99 {late['p99']:.1f} ms, max {late['max']:.1f} ms "
                  f"over {late['ticks']} ticks (targets 16 / 50 ms)", flush=True)
        net, overrides = playground()
        rates, _, _, _, late = in_app(app, window, controller, net, overrides, 3, probe)
        print(f"Three Playground runs at once: {', '.join(f'{r:,.0f}' for r in rates)} epochs/s;"
              f" GUI timer late p99 {late['p99']:.1f} ms, max {late['max']:.1f} ms "
              "(targets 16 / 50 ms)", flush=True)
    controller.manager.shutdown()
    window.document.set_network(Network())  # the runs' results are not worth a save dialog
    window.close()


if __name__ == "__main__":
    main()

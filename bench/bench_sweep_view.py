"""How the window copes with a big sweep: prints timings, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_sweep_view.py [TRIALS ...]

For each size (default 50, 120 and 200 trials), a fresh main window with the xor example open
takes a made-up sweep as File › Open Sweep… does once the background read is done (the
watcher's `_apply` on the GUI thread, then the queued work the event loop does after it): most
trials finished with their whole history, some pruned, a few running. Then it times reading the
same sweep again (nothing new: every 5 s while a sweep is open), reading it with 10 more
trials, and closing it. Each figure is GUI-thread time, which the window spends frozen; in
brackets the part the plot panels' redraws took (the Loss and accuracy panel draws every
trial's curves), and the time per trial, which stays flat while the work grows linearly.

Then the background side: a real Optuna journal of as many trials, read once from scratch
(read_sweep, as every poll did before) and read again through one open SweepReader (only the
journal's new lines)."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ND_RUNNER", "thread")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from designer.sweep.study import Sweep, SweepReader, SweepTrial, read_sweep  # noqa: E402
from tests.sweep_helpers import entry  # noqa: E402  (a trial's run, as the history keeps it)

ROOT = Path(__file__).resolve().parent.parent
OPTIMIZERS = ("adam", "sgd", "rmsprop")
PLOTS = [0.0]  # seconds the plot panels spent redrawing (see count_plots)


def params(n: int) -> dict:
    return {"learning_rate": 10 ** -(1 + (n * 37 % 40) / 10), "optimizer": OPTIMIZERS[n % 3],
            "h.units": 4 * (1 + n % 8)}


def trial(n: int) -> SweepTrial:
    """Trial n: every 7th pruned, every 23rd still running, the rest finished."""
    value = 0.2 + (n * 7919 % 1000) / 2000
    reports = {e: value + 0.5 / e for e in range(1, 21)}
    if n % 23 == 5:
        return SweepTrial(n, "running", params(n), None, dict(list(reports.items())[:8]), None,
                          None)
    if n % 7 == 3:
        return SweepTrial(n, "pruned", params(n), value, dict(list(reports.items())[:4]), None,
                          None)
    return SweepTrial(n, "complete", params(n), value, reports, entry(20, value),
                      f"/nowhere/trial_{n}.nnd")


def sweep(trials: int) -> Sweep:
    return Sweep("bench", "/nowhere/bench.sweep.journal", "val_loss", "minimize",
                 [trial(n) for n in range(trials)], {"training": {"epochs": 20}})


def count_plots() -> None:
    """Add the plot panels' redraw time up in PLOTS (the bench's own instrument)."""
    from widgets.training import plotting

    refresh = plotting.LivePanel.refresh

    def timed(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return refresh(self, *args, **kwargs)
        finally:
            PLOTS[0] += time.perf_counter() - start

    plotting.LivePanel.refresh = timed


def settle(app) -> None:
    """Let the event loop do what the change queued (zero-delay timers, repaints)."""
    deadline = time.perf_counter() + 0.3
    while time.perf_counter() < deadline:
        app.processEvents()


def gui_time(app, fn) -> tuple[float, float]:
    """Seconds of GUI-thread work, and of it the plot panels' redraws: `fn`, then the queued
    events it left (idle time excluded: the settling loop is timed only while it works)."""
    PLOTS[0] = 0.0
    start = time.perf_counter()
    fn()
    busy = time.perf_counter() - start
    end = time.perf_counter() + 0.3
    while time.perf_counter() < end:
        t = time.perf_counter()
        app.processEvents()
        spent = time.perf_counter() - t
        busy += spent if spent > 0.0005 else 0.0
    return busy, PLOTS[0]


def cell(figures: tuple[float, float]) -> str:
    return f"{figures[0] * 1000:6.0f} ({figures[1] * 1000:5.0f})"


def window_bench(app, trials: int) -> None:
    from widgets.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    window.files.open_example(ROOT / "resources" / "examples" / "xor.json", ask=False)
    settle(app)
    watcher = window.training.sweep
    first, same, grown = sweep(trials), sweep(trials), sweep(trials + 10)

    def apply(found):
        watcher.source = (first.storage, None)
        watcher._apply(found)

    watcher._first = True
    opened = gui_time(app, lambda: apply(first))
    rows = window.training.panel.runs.model.rowCount()
    again = gui_time(app, lambda: apply(same))
    more = gui_time(app, lambda: apply(grown))
    closed = gui_time(app, watcher.close)
    print(f"{trials:>6} {rows:>5} {cell(opened)} {cell(again)} {cell(more)} {cell(closed)} "
          f"{opened[0] / trials * 1000:7.2f}")
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    settle(app)


def journal(path: Path, trials: int) -> None:
    """A study of `trials` finished trials, each with its history, as workers write it."""
    import optuna
    from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution
    from optuna.storages import JournalStorage
    from optuna.storages.journal import JournalFileBackend

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.create_study(study_name="bench", storage=JournalStorage(
        JournalFileBackend(str(path))))
    study.set_user_attr("metric", "val_loss")
    space = {"learning_rate": FloatDistribution(1e-4, 0.1, log=True),
             "optimizer": CategoricalDistribution(list(OPTIMIZERS)),
             "h.units": IntDistribution(4, 32)}
    for n in range(trials):
        t = study.ask(space)
        for epoch, value in trial(n).values_per_epoch.items():
            t.report(value, epoch)
        t.set_user_attr("history", entry(20, 0.3))
        study.tell(t, 0.3)


def reader_bench(trials: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sweep.journal"
        journal(path, trials)
        start = time.perf_counter()
        read_sweep(str(path))
        once = time.perf_counter() - start
        reader = SweepReader(str(path))
        reader.read()
        start = time.perf_counter()
        found = reader.read()
        again = time.perf_counter() - start
        reader.close()
    print(f"{trials:>6} {len(found.trials):>5} {once * 1000:14.0f} {again * 1000:14.0f}")


def quiet(kind, context, message: str) -> None:
    """Qt's messages, less the offscreen platform's note on every window shown."""
    if "does not support" not in message:
        print(message, file=sys.stderr)


def main(sizes: list[int]) -> None:
    qInstallMessageHandler(quiet)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="bench-settings-"))
    app = QApplication.instance() or QApplication([])
    count_plots()
    print("GUI-thread time, ms (of it, the plot panels' redraws). open: the first read shown; "
          "again: the same\nsweep read again; +10: ten new trials; close: the trials gone")
    print(f"{'trials':>6} {'rows':>5} {'open':>14} {'again':>14} {'+10':>14} {'close':>14} "
          f"{'open/trial':>7}")
    for trials in sizes:
        window_bench(app, trials)
    print("\nReading an Optuna journal in the background, ms: from scratch (each poll before) "
          "and again\nthrough one open SweepReader (each poll now)")
    print(f"{'trials':>6} {'read':>5} {'from scratch':>14} {'reader again':>14}")
    for trials in sizes:
        reader_bench(trials)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [50, 120, 200])

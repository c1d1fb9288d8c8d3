"""Runs under stress in the app: a run that runs out of memory, one whose trainer raises and
one whose training process is killed each end as failed with their reason (a dialog says it),
while the run beside them trains on; dozens of Train / Stop cycles and a few windows opened and
closed mid-run leave no thread, process, open file or Qt warning behind (the conftest fails a
test on any of them), and the app's memory settles.

The out-of-memory run is real (see tests/test_runs_under_stress.py): its training process is
the spare the app would use, given a small data-size limit, and the planner is told the
machine is huge, so the allocation fails inside torch, mid-run.

ND_STRESS_GUI_CYCLES and ND_STRESS_WINDOW_CYCLES run more Train/Stop and window cycles than the
suite does (200 and 10 for the figures in the closing note; the suite runs 30 and 3)."""
import gc
import os
import re
import signal
import time

from gui_training_helpers import training_window, wait_ended
from test_runs_under_stress import (
    fail_at_epoch,
    limited_spare,
    open_files,
    rss_mb,
    settled,
    wide_net,
)

from designer.training import process_runner


def wait_training(qtbot, run, timeout=30_000):
    """Until `run` has trained an epoch, and trains on."""
    qtbot.waitUntil(lambda: run.status == "running" and run.epoch >= 1, timeout=timeout)


def trains_on(qtbot, run) -> None:
    """`run` still takes optimizer steps. Not "finishes another epoch": an epoch of the wide
    network is a thousand steps, and took over 10 s when the machine was busy."""
    assert run.status == "running"
    seen = run.progress.global_step if run.progress else 0
    qtbot.waitUntil(lambda: run.progress is not None and run.progress.global_step > seen,
                    timeout=30_000)
    assert run.status == "running"


def test_a_run_out_of_memory_fails_with_advice_and_the_other_trains_on(qtbot, dialogs,
                                                                       monkeypatch):
    monkeypatch.setenv("ND_MEMORY_LIMIT_BYTES", "1e13")  # the planner lets the batch through
    window = training_window(qtbot, dialogs, monkeypatch, example=None, backend="process")
    window.open_network(wide_net(units=50_000, samples=8_000, batch_size=8))
    controller = window.training
    controller.setup.set("epochs", 100_000)
    healthy = controller.train()
    wait_training(qtbot, healthy, timeout=60_000)
    limited_spare()  # the next run's process: 1 GiB of data at most
    controller.setup.set("batch_size", 8_000)  # one activation: 8,000 x 50,000 x 4 bytes
    starved = controller.train()
    wait_ended(qtbot, starved, timeout=60_000)
    assert starved.status == "failed" and starved.start is not None  # it failed training
    title, text = dialogs.errors[-1]
    assert title == "Training failed"
    assert re.match(r"run 2 could not train: the run ran out of memory \(it asked for "
                    r"[0-9.]+ [kMG]B more\)", text), text
    assert "lower the batch size (now 8,000)" in text
    trains_on(qtbot, healthy)
    healthy.stop()
    wait_ended(qtbot, healthy)
    assert healthy.status == "stopped" and len(dialogs.errors) == 1


def test_an_exception_in_a_run_fails_it_and_the_other_finishes(qtbot, dialogs, monkeypatch):
    fail_at_epoch(monkeypatch, "run 1", 5)  # a bug that strikes one run mid-way
    window = training_window(qtbot, dialogs, monkeypatch, speed="watch")
    controller = window.training
    controller.setup.set("epochs", 40)
    doomed, healthy = controller.train(), controller.train()
    wait_ended(qtbot, doomed)
    assert doomed.status == "failed" and doomed.epoch == 4
    assert dialogs.errors == [("Training failed", "run 1 could not train: ZeroDivisionError: "
                                                  "a bug in the trainer")]
    assert "failing_epoch_record" in doomed.error_detail  # the traceback, for a bug report
    wait_ended(qtbot, healthy)
    assert healthy.status == "finished" and healthy.epoch == 40
    runs = window.document.network.history["runs"]
    assert [r["name"] for r in runs] == ["run 2"]  # a failed run leaves nothing in the file


def test_a_killed_training_process_fails_its_run_and_the_other_trains_on(qtbot, dialogs,
                                                                         monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, backend="process")
    controller = window.training
    controller.setup.set("epochs", 100_000)
    victim, survivor = controller.train(), controller.train()
    wait_training(qtbot, victim, timeout=60_000)
    wait_training(qtbot, survivor, timeout=60_000)
    os.kill(victim.runner.pid, signal.SIGKILL)
    wait_ended(qtbot, victim, timeout=10_000)  # no hang
    assert victim.status == "failed"
    title, text = dialogs.errors[-1]
    assert title == "Training failed" and text.startswith(
        "run 1 could not train: the training process ended unexpectedly (killed by signal 9, "
        "SIGKILL); if nobody ended it, the machine probably ran out of memory")
    trains_on(qtbot, survivor)
    survivor.stop()
    wait_ended(qtbot, survivor)
    assert survivor.status == "stopped" and survivor.weights is not None
    assert not victim.runner.alive and victim.runner.exitcode == -signal.SIGKILL


def test_train_stop_cycles_and_window_cycles_leave_nothing_behind(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    controller = window.training
    controller.setup.set("epochs", 100_000)
    samples = []
    cycles = int(os.environ.get("ND_STRESS_GUI_CYCLES", "30"))  # 200 for the figures
    for cycle in range(cycles):
        controller.train_action.trigger()
        run = controller.session.current
        if cycle % 2:  # every other run is stopped once it trains, the rest at once
            wait_training(qtbot, run)
        controller.stop_action.trigger()
        wait_ended(qtbot, run)
        assert run.status == "stopped", run.error
        controller.delete_run(run)  # back to where it started, but for the undo history
        if cycle % 5 == 4:
            gc.collect()
            samples.append(rss_mb())
    assert not controller.session.runs and not dialogs.errors
    growth = settled(samples, most_mb=12)
    print(f"\n{cycles} Train/Stop cycles: RSS {samples[0]:.1f} -> {samples[-1]:.1f} MB, "
          f"last quarter +{growth:.1f} MB")
    window.close()
    files = None
    for _ in range(int(os.environ.get("ND_STRESS_WINDOW_CYCLES", "3"))):
        # windows training in processes, closed mid-run
        window = training_window(qtbot, dialogs, monkeypatch, backend="process")
        window.training.setup.set("epochs", 100_000)
        runs = [window.training.train() for _ in range(2)]
        for run in runs:
            wait_training(qtbot, run, timeout=60_000)
        window.close()
        assert not window.isVisible() and all(r.status == "stopped" for r in runs)
        assert all(not r.runner.alive for r in runs)
        process_runner.discard_spare()
        gc.collect()
        files = files or open_files()
        assert open_files() <= files, "a closed window's runs keep files open"
    time.sleep(0)  # the conftest then checks for threads, processes and Qt warnings

"""Runs in the app: each trains in the background (a child process by default) and streams its
records here. A GUI timer drains every runner ~30 times a second, folds the records into the
Run, and announces each changed run once per tick, so a fast trainer can never flood the event
queue and the plots redraw at a bounded rate however fast it trains.

Nothing here touches a widget; panels listen to RunManager's signals.
"""
from __future__ import annotations

import os
import time

from PySide6.QtCore import QObject, QTimer, Signal

from designer.network import Network
from designer.training import process_runner, runners
from designer.training.history import saved_run as saved_records
from designer.training.records import (
    End,
    Epoch,
    Error,
    Paused,
    Progress,
    Record,
    Result,
    Resumed,
    Snapshot,
    Start,
)

TICK_MS = 33  # records are read this often, or BUSY_TICK_MS while a run uses every core
BUSY_TICK_MS = 250  # (the child sends them as seldom then; a control's answer is read at once)
COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
          "#17becf", "#bcbd22", "#7f7f7f")
SNAPSHOT_HISTORY = 240  # weight histograms kept per run for the distribution-over-time view
ACTIVE = ("starting", "running", "paused")
ENDED = {"completed": "finished", "early_stopping": "early stopped", "stopped": "stopped",
         "diverged": "diverged"}


class Run(QObject):
    """One training run: its settings, what it has reported so far, and its controls."""

    controlled = Signal()  # a control was sent: its answer comes soon

    def __init__(self, number: int, name: str, color: str, spec: dict, runner):
        super().__init__()
        self.number, self.name, self.color = number, name, color
        self.spec = spec  # the network snapshot it trains (document, weights) and overrides
        self.runner = runner
        self.status = "starting"
        self.started_at = time.monotonic()
        self.start: Start | None = None
        self.epochs: list[Epoch] = []  # in order
        self.progress: Progress | None = None  # the latest Progress or Step
        self.snapshot: Snapshot | None = None  # the latest (histograms, boundary, ...)
        self.first_snapshot: Snapshot | None = None  # the initial weights, a faint reference
        self.snapshots: list[Snapshot] = []  # decimated history of the weight histograms
        self.end: End | None = None
        self.weights: dict | None = None  # trained weights once finished (NumPy arrays)
        self.history: dict | None = None  # the run's entry for network.history["runs"]
        self.error: str | None = None
        self.error_detail: str | None = None
        self.own_color = color  # its colour when the runs are not coloured by a setting
        # A run this window does not train (followed from a log, or a sweep's trial): never
        # stored in the document, and kept when another network opens. A sweep's trial is
        # also remote: nothing here can pause or stop it.
        self.external = self.remote = False
        self.params: dict = {}  # the settings a sweep searched: a column each in the table
        self.objective: tuple[str, float | None] | None = None  # a trial's (metric, value)
        self.network_file: str | None = None  # a finished trial's trained network

    # -- reading ---------------------------------------------------------------------------
    @property
    def overrides(self) -> dict:
        return self.spec.get("overrides") or {}

    @property
    def network_document(self) -> dict:
        return self.spec["document"]

    @property
    def active(self) -> bool:
        return self.status in ACTIVE and not self.remote

    @property
    def epoch(self) -> int:
        return self.epochs[-1].epoch if self.epochs else 0

    @property
    def total_epochs(self) -> int | None:
        return self.start.epochs if self.start else None

    def best(self, key: str, mode: str = "max") -> float | None:
        values = [r.value(key) for r in self.epochs if r.value(key) is not None]
        if not values:
            return None
        return max(values) if mode == "max" else min(values)

    # -- controls (safe to call in any state) ----------------------------------------------
    def pause(self) -> None:
        if self.status in ("starting", "running"):
            self._send(self.runner.pause)

    def resume(self) -> None:
        if self.status == "paused":
            self._send(self.runner.resume)

    def step(self) -> None:
        if self.active:
            self._send(self.runner.step)

    def stop(self) -> None:
        if self.active:
            self._send(self.runner.stop)

    def _send(self, control) -> None:
        control()
        self.controlled.emit()

    # -- folding records in ----------------------------------------------------------------
    def absorb(self, records: list[Record]) -> set[str]:
        """Fold records into this run; returns what changed (record types, and 'status')."""
        kinds: set[str] = set()
        for r in records:
            kinds.add(r.type)
            if isinstance(r, Epoch):  # the common case first
                self.epochs.append(r)
            elif isinstance(r, Progress):  # or a Step
                self.progress = r
            elif isinstance(r, Snapshot):
                self._add_snapshot(r)
            else:
                self._absorb_rare(r, kinds)
        return kinds

    def _absorb_rare(self, r: Record, kinds: set[str]) -> None:
        if isinstance(r, Start):
            self.start = r
            self._set_status("running", kinds)
        elif isinstance(r, Resumed):
            self._set_status("running", kinds)
        elif isinstance(r, Paused):
            self._set_status("paused", kinds)
        elif isinstance(r, End):
            self.end = r
        elif isinstance(r, Result):
            self.weights, self.history = r.weights, r.history
            reason = self.end.reason if self.end else r.reason
            self._set_status(ENDED.get(reason, "finished"), kinds)
        elif isinstance(r, Error):
            self.error, self.error_detail = r.message, r.detail
            self._set_status("failed", kinds)

    def _set_status(self, status: str, kinds: set[str]) -> None:
        if status != self.status:
            self.status = status
            kinds.add("status")

    def _add_snapshot(self, r: Snapshot) -> None:
        self.snapshot = r
        if self.first_snapshot is None:
            self.first_snapshot = r
        self.snapshots.append(Snapshot(epoch=r.epoch, global_step=r.global_step,
                                       weights=r.weights or {}))
        if len(self.snapshots) > SNAPSHOT_HISTORY:  # keep the first, thin out the rest evenly
            self.snapshots = self.snapshots[:1] + self.snapshots[2::2]


class _Finished:
    """The runner of a run that ended before this session (from a file's history)."""

    finished, alive = True, False

    def drain(self) -> list[Record]:
        return []

    def join(self, timeout: float | None = None) -> bool:
        return True

    def pause(self) -> None: ...
    resume = step = stop = pause


def saved_run(number: int, color: str, entry: dict) -> Run:
    """A finished Run rebuilt from a network.history["runs"] entry: its curves and summary,
    and its final pictures (histograms against the initial ones, boundary, confusion)."""
    saved = saved_records(entry)
    run = Run(number, saved.name or f"run {number}", color,
              {"document": None, "overrides": {}, "saved": True}, _Finished())
    run.start, run.epochs, run.end = saved.start, saved.epochs, saved.end
    for snapshot in saved.snapshots:
        run._add_snapshot(snapshot)
    run.history = entry
    run.status = ENDED.get(saved.end.reason, "finished")
    if (entry.get("sweep") or {}).get("state") == "pruned":  # a sweep's trial (--output)
        run.status = "pruned"
    return run


class RunManager(QObject):
    runAdded = Signal(object)  # Run
    runRemoved = Signal(object)  # Run
    runUpdated = Signal(object, object)  # Run, set of what changed ("epoch", "status", ...)
    runFinished = Signal(object)  # Run: finished, stopped, early stopped or diverged
    runFailed = Signal(object, str)  # Run, message: an error inside the run
    computeBoundChanged = Signal(bool)  # whether a run now trains on every core

    def __init__(self, parent: QObject | None = None, backend: str | None = None):
        super().__init__(parent)
        self.backend = backend or os.environ.get("ND_RUNNER", "process")
        self.runs: list[Run] = []
        self._numbers = 0  # every run's number, unique while it is shown
        self._named = 0  # "run N": the runs of this window and the document
        self._closing = False
        self.compute_bound = False  # a run trains on every core: the app wakes less often
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def prewarm(self) -> None:
        """Start a spare training process, so that the next Train starts at once; only while
        nothing trains, since its start-up (importing torch) takes a core from a run."""
        if self.backend == "process" and not self._closing and not self.active_runs:
            process_runner.prewarm()

    def start(self, network: Network, overrides: dict | None = None, name: str | None = None,
              options: dict | None = None) -> Run:
        """Train a snapshot of `network`: later edits of the network never reach this run."""
        spec = {**runners.snapshot(network), "overrides": dict(overrides or {}),
                "options": dict(options or {})}
        self._numbers += 1
        self._named += 1
        name = name or self.tr("run {0}").format(self._named)
        spec["options"].setdefault("run_name", name)
        runner = (process_runner.ProcessRunner(spec) if self.backend == "process"
                  else runners.ThreadRunner(spec))
        run = Run(self._numbers, name, self._color(), spec, runner)
        run.controlled.connect(self._answer_soon)
        self.runs.append(run)
        self.runAdded.emit(run)
        self._timer.start()
        return run

    def _color(self) -> str:
        used = {r.color for r in self.runs}
        free = [c for c in COLORS if c not in used]
        return free[0] if free else COLORS[self._numbers % len(COLORS)]

    def add_saved(self, entry: dict) -> Run:
        """Show a run from the open network's history (finished before this session)."""
        self._numbers += 1
        self._named += 1
        run = saved_run(self._numbers, self._color(), entry)
        self.runs.append(run)
        self.runAdded.emit(run)
        return run

    def add_external(self, name: str, runner, color: str | None = None,
                     remote: bool = False) -> Run:
        """Show a run this window does not train: `runner` stops following it (stop) or
        does nothing (a sweep's trial, `remote`); its records come through `feed`."""
        self._numbers += 1
        run = Run(self._numbers, name, color or self._color(),
                  {"document": None, "overrides": {}, "external": True}, runner)
        run.external, run.remote = True, remote
        self.runs.append(run)
        self.runAdded.emit(run)
        return run

    def feed(self, run: Run, records=(), status: str | None = None,
             kinds: set[str] | None = None) -> None:
        """Fold an external run's records in (and its status), and announce what changed."""
        changed = run.absorb(list(records)) | set(kinds or ())
        if status is not None:
            run._set_status(status, changed)
        if changed and run in self.runs:
            self.runUpdated.emit(run, changed)

    def clear(self) -> None:
        """Forget every run this window trained or read from the document (stopping those
        still going), and number new runs from 1 again: another network is open. Followed
        runs and a sweep's trials stay: they are not the document's."""
        for run in [r for r in self.runs if not r.external]:
            self.remove(run)
        self._numbers = max((r.number for r in self.runs), default=0)
        self._named = 0
        self._closing = False

    def remove(self, run: Run) -> None:
        """Forget a run (stopping it first if it is still going)."""
        if run.active:
            run.stop()
            self._finish_runner(run, timeout=3)
        if run in self.runs:
            self.runs.remove(run)
            self._update_load()
            self.runRemoved.emit(run)

    def rename(self, run: Run, name: str) -> None:
        run.name = name
        self.runUpdated.emit(run, {"name"})

    @property
    def active_runs(self) -> list[Run]:
        """The runs this window trains that are still going."""
        return [r for r in self.runs if r.active and not r.external]

    def _tick(self) -> None:
        for run in list(self.runs):
            records = run.runner.drain()
            if not records:
                continue
            kinds = run.absorb(records)
            if "status" in kinds:
                self._update_load()
            self.runUpdated.emit(run, kinds)
            if "error" in kinds:
                self.runFailed.emit(run, run.error)
            elif "result" in kinds:
                self.runFinished.emit(run)
        if not self.active_runs:
            self._timer.stop()
            self.prewarm()  # idle again: ready the next run's process now, not while training

    def _update_load(self) -> None:
        """On every change of a run's status: whether a run now trains on every core (a
        paused one does not), and how often to read records."""
        busy = any(r.status == "running" and runners.uses_every_core(r.start)
                   for r in self.active_runs)
        self._timer.setInterval(BUSY_TICK_MS if busy else TICK_MS)
        if busy != self.compute_bound:
            self.compute_bound = busy
            self.computeBoundChanged.emit(busy)

    def _answer_soon(self) -> None:
        """A person pressed Pause, Step, Resume or Stop: read often until the run's status
        changes, so that the window answers at once even while the run is compute-bound."""
        self._timer.setInterval(TICK_MS)

    def stop_all(self, timeout: float = 5.0) -> bool:
        """Stop every run and wait for its worker; True when none is left alive. Runs that do
        not stop in time are killed (a process) or abandoned (a daemon thread)."""
        for run in self.active_runs:
            run.stop()
        deadline = time.monotonic() + timeout
        ok = True
        for run in self.runs:
            ok &= self._finish_runner(run, max(0.1, deadline - time.monotonic()))
        self._tick()
        return ok

    def _finish_runner(self, run: Run, timeout: float) -> bool:
        if run.runner.join(timeout):
            return True
        if hasattr(run.runner, "kill"):
            run.runner.kill()
            return run.runner.join(2)
        return False

    def shutdown(self) -> None:
        """At quit: stop all runs and the spare process."""
        self._closing = True
        self.stop_all()
        process_runner.discard_spare()

"""File › Open Sweep…: an Optuna study's trials (designer/sweep/study.py reads them from a
journal file or a database) as runs in the runs table, a column per searched parameter, sorted
by the sweep's metric and coloured by their result, with the metric against each parameter in
the Sweep panel. The study is read again every few seconds in a background thread while the
sweep is open, through one reader that keeps its storage open (a journal's new lines only, a
database's one engine), so running trials' curves grow and new trials come in; a finished trial's
network opens in the editor (double-click, or the table's menu). Trials stay when another
network opens, until the sweep is closed."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from designer.background import BackgroundJob
from designer.training.history import saved_run as saved_records
from designer.training.records import Epoch, Start

from .. import catalog, dialogs
from ..i18n import tr
from .param_plot import ParamPlot
from .run_colors import RESULT
from .sweep_dialog import choose_sweep

POLL_MS = 5000  # how often an open sweep is read again
CHECK_MS = 100  # how often a read in progress is looked at
STATUS = {"complete": "finished", "pruned": "pruned", "failed": "failed",
          "running": "running", "waiting": "waiting"}
REGRESSION_METRICS = ("r2", "mae", "mse")
TABLE_SHARE = 0.6  # of the Training panel's height, for the runs table once a sweep opens


def open_reader(storage: str, study: str | None):
    """A designer.sweep.study.SweepReader (imported on first use: Optuna is slow); it opens
    the storage on its first read, in the background job."""
    from designer.sweep.study import SweepReader

    return SweepReader(storage, study)


class _Trial:
    """A trial's runner: nothing here controls a trial (another process trains it)."""

    def drain(self) -> list:
        return []

    def join(self, timeout: float | None = None) -> bool:
        return True

    def pause(self) -> None: ...
    resume = step = stop = pause


class SweepWatcher(QObject):
    changed = Signal()  # the sweep was read (again), or closed

    def __init__(self, controller):
        super().__init__(controller)
        self.controller, self.window = controller, controller.window
        self.manager = controller.manager
        self.sweep = None  # the Sweep last read
        self.source: tuple[str, str | None] | None = None  # (storage, study) while open
        self.trials: dict[int, object] = {}  # trial number -> its Run
        self.dismissed: set[int] = set()  # trials the user deleted from the table
        self.error: str | None = None  # why the last read failed
        self._reader = None  # the open sweep's SweepReader
        self._job: BackgroundJob | None = None
        self._job_reader = None  # the reader the read in progress uses
        self._first = False  # the first read of the sweep opened last
        self._removing = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.checker = QTimer(self)
        self.checker.setInterval(CHECK_MS)
        self.checker.timeout.connect(self._check)
        self.panel = ParamPlot(controller.session, self)
        self._dock()
        controller.panel.runs.openRequested.connect(self.open_trial)
        self.manager.runRemoved.connect(self._on_removed)

    def _dock(self) -> None:
        w = self.window
        dock = w.add_panel(self.panel, tr("Sweep"), "sweep", Qt.DockWidgetArea.BottomDockWidgetArea)
        w.splitDockWidget(w.panel("problems"), dock, Qt.Orientation.Vertical)
        w.add_pending_tabs([("problems", "sweep")])
        dock.hide()  # until a sweep is open (View › Panels shows it any time)

    # -- opening and reading -----------------------------------------------------------------
    def choose(self) -> bool:
        chosen = choose_sweep(self.window)
        if chosen:
            self.open(*chosen)
        return bool(chosen)

    def open(self, storage: str, study: str | None = None) -> None:
        self.close()
        self.source, self._first, self.error = (storage, study), True, None
        self._reader = open_reader(storage, study)
        self.window.show_message(tr("Reading the sweep in {0}\u2026").format(storage))
        self.refresh()

    def refresh(self) -> None:
        """Read the sweep again (unless a read is still going)."""
        if self._reader is None or self._job is not None:
            return  # (a read of another sweep reads again once it is done: see _check)
        self._job = BackgroundJob("sweep-reader").start(self._reader.read)
        self._job_reader = self._reader
        self.checker.start()

    def _check(self) -> None:
        job = self._job
        if job is None or not job.done.is_set():
            return
        self.checker.stop()
        self._job, reader, self._job_reader = None, self._job_reader, None
        found = job.outcome()
        if reader is not self._reader:  # closed, or another sweep opened meanwhile
            reader.close()
            self.refresh()
            return
        if found is None or isinstance(found, dict):
            self._failed(catalog.message((found or {}).get("message") or "?"))
        else:
            self._apply(found)

    def _failed(self, message: str) -> None:
        if self._first:
            storage = self.source[0]
            self.close()
            dialogs.show_error(self.window, tr("Cannot open the sweep"),
                               tr("{0} could not be read: {1}").format(storage, message))
            return
        if message != self.error:  # said once, not every few seconds
            self.window.show_message(tr("The sweep could not be read again: {0}").format(
                message))
        self.error = message
        self.changed.emit()

    def _apply(self, sweep) -> None:
        self.sweep, self.error = sweep, None
        self.source = (self.source[0], sweep.name)  # the study, once chosen
        for trial in sweep.trials:  # (a trial coming in does not take the selection)
            if trial.number not in self.dismissed:
                self._show(trial, sweep)
        if self._first:
            self._first = False
            self._opened(sweep)
        self.window.panel("sweep").setWindowTitle(tr("Sweep: {0}").format(sweep.name))
        self.timer.start()
        self.changed.emit()

    def _opened(self, sweep) -> None:
        """The first read: the best trial on top and selected, the runs coloured by their
        result, the table given room, the Sweep panel in front."""
        runs = self.controller.panel.runs
        runs.sort_by("best", descending=sweep.direction == "maximize")
        if runs.color_by.key is None:
            runs.color_by.choose(RESULT)
        best = runs.model.runs[0] if runs.model.runs else None
        if best is not None:
            self.controller.session.select(best)
        # the pictures (boundary, histograms) when the trials' runs kept them
        self.controller.show_plots(best, pictures=best is not None and bool(best.snapshot))
        self._make_room()
        dock = self.window.panel("sweep")
        dock.show()
        dock.raise_()
        self.window.show_message(tr("Sweep \u201c{0}\u201d: {1} trials, {2} {3}").format(
            sweep.name, len(sweep.trials), tr(sweep.direction), sweep.metric))

    def _make_room(self) -> None:
        """Trials are many: the runs table takes most of the Training panel's height."""
        splitter = self.controller.panel.splitter
        sizes = splitter.sizes()
        want = int(sum(sizes) * TABLE_SHARE)
        if len(sizes) == 2 and sizes[0] < want:
            splitter.setSizes([want, sum(sizes) - want])

    # -- trials as runs ----------------------------------------------------------------------
    def _show(self, trial, sweep) -> None:
        run = self.trials.get(trial.number)
        if run is not None and trial.history and run.history is None:
            self._replace(run, trial, sweep)  # finished since: its whole curves now
            return
        if run is None:
            run = self._add(trial, sweep)
        elif not trial.history:
            new = [e for e in _epochs(trial, sweep.metric) if e.epoch > run.epoch]
            if new:
                self.manager.feed(run, new)
        changed = _describe(run, trial, sweep)
        self.manager.feed(run, status=STATUS.get(trial.state, trial.state),
                          kinds={"params"} if changed else None)

    def _add(self, trial, sweep, color: str | None = None):
        run = self.trials[trial.number] = self.manager.add_external(
            tr("trial {0}").format(trial.number), _Trial(), color=color, remote=True)
        run.history = trial.history or None
        self.manager.feed(run, _records(trial, sweep))
        return run

    def _replace(self, old, trial, sweep) -> None:
        """Show a trial anew, with its own colour, shown or hidden and selected as it was."""
        session = self.controller.session
        hidden, selected = old.number in session.hidden, session.current is old
        self._forget(old)
        run = self._add(trial, sweep, color=old.own_color)
        _describe(run, trial, sweep)
        self.manager.feed(run, status=STATUS.get(trial.state, trial.state), kinds={"params"})
        if hidden:
            session.set_shown(run, False)
        if selected:
            session.select(run)

    def _forget(self, run) -> None:
        self._removing = True
        try:
            self.manager.remove(run)
        finally:
            self._removing = False

    def _on_removed(self, run) -> None:
        if self._removing:
            return
        for number, mine in list(self.trials.items()):
            if mine is run:  # the user deleted it: not shown again while the sweep is open
                del self.trials[number]
                self.dismissed.add(number)

    def open_trial(self, run) -> bool:
        """Open a finished trial's network in the editor (after the usual save question)."""
        if not run.network_file:
            return False
        return self.window.files.open_path(run.network_file)

    # -- closing -----------------------------------------------------------------------------
    def close(self) -> None:
        """Close the open sweep: its trials leave the runs table."""
        self.timer.stop()
        self.source, self.sweep, self.error = None, None, None
        if self._reader is not None and self._reader is not self._job_reader:
            self._reader.close()  # (one still read is closed once its read is done)
        self._reader = None
        self.window.panel("sweep").setWindowTitle(tr("Sweep"))
        for run in list(self.trials.values()):
            self._forget(run)
        self.trials.clear()
        self.dismissed.clear()
        self.changed.emit()

    def shutdown(self) -> None:
        self.timer.stop()
        self.checker.stop()
        if self._job is not None and self._job.join(5):
            self._job_reader.close()
        if self._reader is not None and self._reader is not self._job_reader:
            self._reader.close()
        self._reader = self._job = self._job_reader = None


def _describe(run, trial, sweep) -> bool:
    """Put the trial's parameters, value and network on its run; True when any changed."""
    before = (run.params, run.objective, run.network_file)
    run.params = dict(trial.params)
    run.objective = (sweep.metric, trial.value)
    run.network_file = trial.network_file if trial.state == "complete" else None
    # why it failed, in the run's message and its status tooltip
    run.error = trial.failure if trial.state == "failed" else None
    return before != (run.params, run.objective, run.network_file)


def _records(trial, sweep) -> list:
    """A trial's records: its history entry's when it has one (a finished trial), else the
    metric it reported each epoch."""
    if trial.history:
        saved = saved_records(trial.history)
        return [saved.start, *saved.snapshots, *saved.epochs, saved.end]
    training = (sweep.network or {}).get("training") or {}
    task = "regression" if sweep.metric.removeprefix("val_") in REGRESSION_METRICS \
        else "classification"
    start = Start(saved=True, epochs=training.get("epochs") or 0, task=task,
                  dataset=((sweep.network or {}).get("dataset") or {}).get("name"))
    return [start, *_epochs(trial, sweep.metric)]


def _epochs(trial, metric: str) -> list:
    return [Epoch(epoch=int(e), values={metric: v})
            for e, v in sorted(trial.values_per_epoch.items())]

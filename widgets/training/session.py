"""The runs the panels show: the RunManager's runs, which one is selected, which are drawn, and
what each run reported over time beyond its epoch records (per-batch losses, gradient norms and
activations per layer), kept in bounded traces.

Panels listen to one signal, `changed(run, kinds)`: kinds are the record types that arrived
(from RunManager.runUpdated, at most once per run per tick) or "added", "removed",
"selection", "visibility", "params" (a sweep trial's parameters or value), "color" (the runs
were coloured by a setting, with "visibility"); "reset" (another document is open: forget
everything drawn) or "document" (the open document's outlook changed). A run of None means
"all runs".

The session also holds the open document's Outlook (its task, inputs and weighted layers),
which the panels show while no run is selected."""
from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal

from designer.training.records import Progress, Snapshot

from .data_preview import DatasetLoader
from .outlook import Outlook

TRACE_CAP = 4000  # points per traced series; beyond, every other point is dropped


class Trace:
    """What one run reported between epochs, as (x, value) points with x in epochs."""

    def __init__(self):
        self.detail: tuple[list, list] = ([], [])  # running loss of the epoch, per progress
        self.gradients: dict[str, tuple[list, list]] = {}
        self.activations: dict[str, tuple[list, list]] = {}
        self.dead: dict[str, tuple[list, list]] = {}
        self._last_snapshot = None
        self._last_progress = None

    def add_progress(self, record: Progress) -> None:
        key = (record.global_step, record.type)
        if key == self._last_progress or record.loss is None:
            return
        self._last_progress = key
        steps = max(record.steps or 1, 1)
        _append(self.detail, record.epoch - 1 + record.step / steps, record.loss)

    def add_snapshot(self, snapshot: Snapshot, steps_per_epoch: int | None) -> None:
        step = snapshot.global_step
        if step == self._last_snapshot:
            return
        self._last_snapshot = step
        x = step / steps_per_epoch if steps_per_epoch else snapshot.epoch
        for layer, norm in (snapshot.gradients or {}).items():
            _append(self.gradients.setdefault(layer, ([], [])), x, norm)
        for layer, stats in (snapshot.activations or {}).items():
            _append(self.activations.setdefault(layer, ([], [])), x, stats.mean_abs)
            if stats.dead_fraction is not None:
                _append(self.dead.setdefault(layer, ([], [])), x, stats.dead_fraction)


def _append(series: tuple[list, list], x: float, y) -> None:
    xs, ys = series
    xs.append(float(x))
    ys.append(float("nan") if y is None else float(y))
    if len(xs) > TRACE_CAP:  # keep the first point, thin out the rest evenly
        xs[:] = xs[:1] + xs[2::2]
        ys[:] = ys[:1] + ys[2::2]


class TrainingSession(QObject):
    changed = Signal(object, object)  # Run or None, set of kinds
    selectionChanged = Signal(object)  # Run or None

    def __init__(self, manager, parent=None):
        super().__init__(parent)
        self.manager = manager
        self.current = None
        self.hidden: set[int] = set()  # run numbers not drawn on the plots
        self.traces: dict[int, Trace] = {}
        self.base_dir = None  # where relative dataset paths start (the open file's folder)
        self._datasets: dict[str, object] = {}  # spec key -> Dataset, or an error message
        self.loader = DatasetLoader(self)
        self.loader.loaded.connect(self._on_dataset)
        self._queue: list = []
        self.outlook = Outlook()  # what the open document will train (see outlook.py)
        manager.runAdded.connect(self._on_added)
        manager.runRemoved.connect(self._on_removed)
        manager.runUpdated.connect(self._on_updated)

    @property
    def runs(self) -> list:
        return list(self.manager.runs)

    def shown_runs(self) -> list:
        return [r for r in self.manager.runs if r.number not in self.hidden]

    def trace(self, run) -> Trace:
        return self.traces.setdefault(run.number, Trace())

    # -- the data a run trained on (for the points under the decision boundary) ------------
    def dataset_for(self, run):
        """The run's Dataset once loaded (None meanwhile: `changed` comes with "dataset")."""
        spec = run_dataset_spec(run)
        if spec is None:
            return None
        key = json.dumps([spec, str(self.base_dir)], sort_keys=True, default=str)
        found = self._datasets.get(key)
        if found is None and key not in self._queue:
            self._queue.append(key)
            self.loader.request(key, spec, self.base_dir)
        return found if not isinstance(found, str) else None

    def _on_dataset(self, key, dataset, error: str) -> None:
        self._datasets[key] = dataset if dataset is not None else (error or "?")
        if key in self._queue:
            self._queue.remove(key)
        for other in list(self._queue):  # the loader keeps only the latest request
            self._queue.remove(other)
        self.changed.emit(None, {"dataset"})

    def forget_datasets(self) -> None:
        self._datasets.clear()
        self._queue.clear()

    # -- the open document -----------------------------------------------------------------
    def reset(self, outlook: Outlook) -> None:
        """Another document is open (its runs are gone from the manager by now; followed runs
        and a sweep's trials stay): forget the selection, the traces, the hidden runs and the
        loaded data, and tell every panel to forget what it drew ("reset")."""
        self.current = None
        self.hidden.clear()
        self.traces.clear()
        self.forget_datasets()
        self.outlook = outlook
        self.selectionChanged.emit(None)
        self.changed.emit(None, {"reset", "selection"})

    def set_outlook(self, outlook: Outlook) -> None:
        """The open document was edited: panels that show its outlook redraw ("document")."""
        if outlook != self.outlook:
            self.outlook = outlook
            self.changed.emit(None, {"document"})

    def shutdown(self) -> None:
        self.loader.wait()

    def select(self, run) -> None:
        if run is not self.current:
            self.current = run
            self.selectionChanged.emit(run)
            self.changed.emit(run, {"selection"})

    def set_shown(self, run, shown: bool) -> None:
        if shown == (run.number not in self.hidden):
            return
        (self.hidden.discard if shown else self.hidden.add)(run.number)
        self.changed.emit(run, {"visibility"})

    def _on_added(self, run) -> None:
        self.trace(run)
        if run.remote:  # a sweep's trial: they come by the hundred (the sweep selects one)
            self.changed.emit(run, {"added"})
            return
        self.current = run  # the newest run is the one to watch
        self.selectionChanged.emit(run)
        self.changed.emit(run, {"added", "selection"})

    def _on_removed(self, run) -> None:
        self.traces.pop(run.number, None)
        self.hidden.discard(run.number)
        if self.current is run:
            runs = self.manager.runs
            self.current = runs[-1] if runs else None
            self.selectionChanged.emit(self.current)
        self.changed.emit(run, {"removed", "selection"})

    def _on_updated(self, run, kinds) -> None:
        trace = self.trace(run)
        if kinds & {"progress", "step"} and run.progress is not None:
            trace.add_progress(run.progress)
        if "snapshot" in kinds and run.snapshot is not None:
            steps = run.start.steps_per_epoch if run.start else None
            trace.add_snapshot(run.snapshot, steps)
        self.changed.emit(run, set(kinds))


def run_dataset_spec(run) -> dict | None:
    """The dataset block a run trained on (its network snapshot, or its history entry)."""
    document = run.spec.get("document") if run.spec else None
    if document is not None:
        return document.get("dataset")
    return (run.history or {}).get("dataset")

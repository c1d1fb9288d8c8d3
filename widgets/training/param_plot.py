"""The Sweep panel: the result of every run (a sweep trial's value for the sweep's metric, or a
run's best validation result) against each searched parameter or differing setting, one small
scatter plot per parameter, points in the runs' colours. Numbers on a number axis (a log one
where they span decades, as learning rates do), choices side by side. Click a point to select
its run."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea

from ..i18n import tr
from .plotting import LivePanel, style_plot
from .run_params import RunParams, cell, metric_of, numeric, sort_key, spans_decades
from .runs_model import Best

PLOT_WIDTH = 210  # a plot at least this wide (pixels): as many side by side as fit
PLOT_HEIGHT = 150  # and this high: beyond, the plots scroll
POINT = 9  # point size, pixels
WORDS = (QT_TRANSLATE_NOOP("", "complete"), QT_TRANSLATE_NOOP("", "minimize"),  # tr() below
         QT_TRANSLATE_NOOP("", "maximize"))


class ParamPlot(LivePanel):
    title = "Sweep"
    kinds = {"epoch", "params", "color", "start", "end"}

    def __init__(self, session, watcher, parent=None):
        super().__init__(session, parent)
        self.watcher = watcher
        self.info = QLabel()
        self.info.setObjectName("muted")
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setToolTip(tr("Read the sweep again now (it is read every few "
                                          "seconds while it is open)"))
        self.refresh_button.clicked.connect(watcher.refresh)
        self.close_button = QPushButton(tr("Close Sweep"))
        self.close_button.setToolTip(tr("Take the sweep's trials out of the runs table"))
        self.close_button.clicked.connect(watcher.close)
        self.header.addWidget(self.info, 1)
        self.header.addWidget(self.refresh_button)
        self.header.addWidget(self.close_button)
        watcher.changed.connect(self._on_sweep)
        self.plots: dict[str, tuple] = {}  # column key -> (plot item, its points)
        self._layout_keys: list[tuple] = []  # what the plots were laid out for
        self._best: dict[int, Best] = {}
        self._on_sweep()

    def _on_sweep(self) -> None:
        sweep, error = self.watcher.sweep, self.watcher.error
        open_ = self.watcher.source is not None
        self.refresh_button.setVisible(open_)
        self.close_button.setVisible(open_)
        if sweep is None:
            self.info.setText(tr("Reading the sweep\u2026") if open_ else "")
            self.info.setToolTip("")
        else:
            self.info.setText(sweep_line(sweep) + (
                "  \u26a0 " + tr("not read again: {0}").format(error) if error else ""))
            self.info.setToolTip(sweep_tip(sweep))
        self.mark_dirty()

    # -- building and drawing -----------------------------------------------------------------
    def build(self):
        import pyqtgraph as pg

        self.pg = pg
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.view)
        return self.scroll

    def per_row(self) -> int:
        """Plots side by side: as many as fit beside the scroll bar (counted whether it shows
        or not, so that its coming does not lay the plots out again)."""
        width = self.scroll.width() - self.scroll.verticalScrollBar().sizeHint().width() \
            if self.built else self.width()
        return max(1, width // PLOT_WIDTH)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.built and self._layout_keys and self._layout_keys[0] != self.per_row():
            self.mark_dirty()  # more or fewer plots fit side by side now

    def redraw(self) -> None:
        params = RunParams(self.session.runs)
        columns = [c for c in params.columns if c.searched] or params.columns
        shown = self.session.shown_runs()
        results = {r.number: metric_of(r, self._best.setdefault(r.number, Best()))
                   for r in shown}
        shown = [r for r in shown if results[r.number] is not None]
        # one y scale means one metric: the one most runs have (a sweep's trials, not a run
        # followed beside them that reports accuracy)
        names = Counter(results[r.number][0] for r in shown)
        metric = names.most_common(1)[0][0] if names else ""
        shown = [r for r in shown if results[r.number][0] == metric]
        axes = [self._axis(c, params) for c in columns]
        keys = [self.per_row(), metric] + [(c.key, a) for c, a in zip(columns, axes, strict=True)]
        if keys != self._layout_keys:
            self._lay_out(columns, axes, metric, keys)
        for column, (kind, labels) in zip(columns, axes, strict=True):
            self._draw(column, kind, labels, params, shown, results)
        self.set_note("" if columns and shown else tr(
            "Open a sweep (File \u203a Open Sweep\u2026), or train runs that differ in a "
            "setting: each searched parameter gets a plot of the result against its values."))

    def _axis(self, column, params) -> tuple:
        """("log" | "number" | "choice", the choices' labels) of a parameter."""
        values = params.values(column)
        if numeric(values):
            return ("log" if spans_decades(values) else "number"), ()
        present = {cell(v): v for v in values if v is not None}
        return "choice", tuple(sorted(present, key=lambda t: sort_key(present[t])))

    def _lay_out(self, columns, axes, metric: str, keys: list) -> None:
        self.view.clear()
        self.plots.clear()
        self._layout_keys = keys
        per_row = keys[0]
        rows = -(-len(columns) // per_row)
        self.view.setMinimumHeight(rows * PLOT_HEIGHT)
        room = max(self.scroll.width() // per_row - 60, 40)  # a plot's width for its ticks
        first = None
        for k, (column, (kind, labels)) in enumerate(zip(columns, axes, strict=True)):
            plot = self.view.addPlot(row=k // per_row, col=k % per_row)
            style_plot(plot, column.label, metric if k % per_row == 0 else "")
            first = first or plot
            plot.setYLink(first)  # one metric scale for every parameter
            # every point, one brush each: no clipping to the view, no downsampling
            plot.setClipToView(False)
            plot.setDownsampling(auto=False, ds=1)
            plot.setLogMode(x=kind == "log")
            if kind == "choice":
                plot.getAxis("bottom").setTicks([[(k, _fit(label, room // len(labels)))
                                                  for k, label in enumerate(labels)], []])
            # A data item, not a bare scatter: it follows the plot's log axis.
            points = plot.plot(pen=None, symbol="o", symbolSize=POINT,
                               symbolPen=self.pg.mkPen("w", width=1))
            points.sigPointsClicked.connect(self._on_click)
            self.plots[column.key] = (plot, points)

    def _draw(self, column, kind, labels, params, runs, results) -> None:
        plot, points = self.plots[column.key]
        xs, ys, brushes, numbers = [], [], [], []
        for run in runs:
            value = params.value(run, column)
            if value is None:
                continue
            xs.append(labels.index(cell(value)) if kind == "choice" else float(value))
            ys.append(results[run.number][1])
            brushes.append(self.pg.mkBrush(run.color))
            numbers.append(run.number)
        points.setData(xs, ys, symbolBrush=brushes, data=numbers)
        if kind == "choice":
            plot.setXRange(-0.5, len(labels) - 0.5, padding=0.05)
        else:
            plot.enableAutoRange(x=True)
        plot.enableAutoRange(y=True)

    def _on_click(self, _item, points, *_args) -> None:
        if not len(points):
            return
        number = points[0].data()
        run = next((r for r in self.session.runs if r.number == number), None)
        if run is not None:
            self.session.select(run)

    def forget(self) -> None:
        self._best.clear()
        self._layout_keys = []
        if self.built:
            self.view.clear()
            self.plots.clear()

    def table(self):
        params = RunParams(self.session.runs)
        columns = [c for c in params.columns if c.searched] or params.columns
        rows = []
        for run in self.session.shown_runs():
            found = metric_of(run, self._best.setdefault(run.number, Best()))
            rows.append([run.name, found[1] if found else ""]
                        + [cell(params.value(run, c)) for c in columns])
        return ["run", "result"] + [c.key for c in columns], rows


def _fit(label: str, pixels: int) -> str:
    """A choice's tick label cut to the room it has (about 7 pixels a character)."""
    chars = max(pixels // 7, 3)
    return label if len(label) <= chars else label[:chars - 1] + "\u2026"


def sweep_line(sweep) -> str:
    """"14 trials: 7 complete, 7 pruned · best val_loss 0.585 (trial 0)"."""
    counts: dict[str, int] = {}
    for trial in sweep.trials:
        counts[trial.state] = counts.get(trial.state, 0) + 1
    states = ", ".join(f"{n} {tr(state)}" for state, n in counts.items())
    text = tr("{0} trials: {1}").format(len(sweep.trials), states)
    best = sweep.best
    if best is not None:
        text += " \u00b7 " + tr("best {0} {1:.4g} (trial {2})").format(
            sweep.metric, best.value, best.number)
    return text


def sweep_tip(sweep) -> str:
    return tr("Study {0} in {1}; its metric {2} is to {3}").format(
        sweep.name, sweep.storage, sweep.metric, tr(sweep.direction))

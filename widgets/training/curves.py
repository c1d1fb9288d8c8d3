"""Loss and accuracy (or MAE / R\u00b2) per epoch, train solid and validation dashed, every run in
its own colour, with the learning rate underneath on the same epoch axis, and a plain-words
warning when the selected run overfits.

Each series is one persistent item; a redraw appends only the epochs that arrived since the last
one. The per-epoch curves are light PlotCurveItems (curve_items.EpochCurve: a sweep of 200 trials
draws a thousand of them; 10,000 epochs still draw in a few ms), the per-batch loss a PlotDataItem
that clips to the view and downsamples its thousands of points."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from designer.training.diagnosis import overfitting

from ..i18n import tr
from .plotting import LivePanel, Series, StickyRange, frame_decades, number, style_plot

LEGEND_LINES = 10  # at most (fewer in a low plot): past that, runs and "+N more" (CappedLegend)
METRIC_LABELS = {"accuracy": QT_TRANSLATE_NOOP("", "accuracy"), "mae": QT_TRANSLATE_NOOP("", "MAE"),
                 "r2": QT_TRANSLATE_NOOP("", "R\u00b2")}


class _RunCurves:
    """The items of one run: its five per-epoch curves from the start, the per-batch loss and
    the planned rates once they have something to show (a sweep's trials have neither)."""

    def __init__(self, run, plots, kit):
        loss_plot, metric_plot, lr_plot = plots
        self.plots, self.kit = plots, kit
        self.loss, self.val_loss, self.metric, self.val_metric, self.lr = (
            Series(kit.EpochCurve()) for _ in range(5))
        self.detail: Series | None = None
        self.planned: Series | None = None
        self.owners = [(loss_plot, self.loss), (loss_plot, self.val_loss),
                       (metric_plot, self.metric), (metric_plot, self.val_metric),
                       (lr_plot, self.lr)]
        self.recolor(run.color, kit.pg)
        for plot in plots:
            kit.add_items(plot, [s.item for p, s in self.owners if p is plot])
        self.count = 0  # epoch records appended so far
        self.detail_count = -1

    def recolor(self, color: str, pg) -> None:
        """Pens of the run's colour (again when the runs are coloured by a setting)."""
        self.color = color
        pens = _pens(color, pg)
        for name, pen in pens.items():
            series = getattr(self, name)
            if series is not None:
                series.item.setPen(pen)

    def add_detail(self) -> Series:
        """The faint per-batch loss: a PlotDataItem, which downsamples (one point per
        progress record, thousands over a long run)."""
        pen = _pens(self.color, self.kit.pg)["detail"]
        self.detail = Series(self.plots[0].plot(pen=pen))
        self.owners.append((self.plots[0], self.detail))
        return self.detail

    def add_planned(self) -> Series:
        """The dotted planned rates (at most 200 points)."""
        self.planned = Series(self.kit.EpochCurve())
        self.planned.item.setPen(_pens(self.color, self.kit.pg)["planned"])
        self.kit.add_items(self.plots[2], [self.planned.item])
        self.owners.append((self.plots[2], self.planned))
        return self.planned

    @property
    def all(self) -> list[Series]:
        return [s for _plot, s in self.owners]

    def reset_metric(self) -> None:
        self.count = 0
        for s in (self.metric, self.val_metric, self.loss, self.val_loss, self.lr):
            s.reset()


def _pens(color: str, pg) -> dict:
    """The pen of each of a run's series, by its name on _RunCurves."""
    # One-pixel pens: wider ones go through Qt's stroker and double the cost of a frame.
    solid = pg.mkPen(color, width=1)
    dashed = pg.mkPen(pg.mkColor(color).lighter(135), width=1, style=Qt.PenStyle.DashLine)
    dashed.setDashPattern([3, 2])
    return {"loss": solid, "val_loss": dashed, "metric": solid, "val_metric": dashed,
            "lr": solid, "detail": pg.mkPen(pg.mkColor(color).lighter(150), width=1),
            "planned": pg.mkPen(color, width=1, style=Qt.PenStyle.DotLine)}


class CurvesPanel(LivePanel):
    title = "Loss and accuracy"
    empty_text = ""
    kinds = {"epoch", "progress", "step", "start"}

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.set_note(tr("Press Train: the loss and accuracy of every run are drawn here, "
                         "epoch by epoch (solid: training data, dashed: validation data)."))
        self.metric_choice = QComboBox()
        self.metric_choice.setToolTip(tr("The second plot: accuracy for classes, mean absolute "
                                  "error or R\u00b2 for regression"))
        for key, label in METRIC_LABELS.items():
            self.metric_choice.addItem(tr(label), key)
        self.metric_choice.currentIndexChanged.connect(self._on_metric)
        self.log = QCheckBox(tr("Log scale"))
        self.log.setToolTip(tr("Show the loss on a logarithmic axis: late, small improvements "
                               "become visible"))
        self.log.toggled.connect(self._on_log)
        self.detail = QCheckBox(tr("Per batch"))
        self.detail.setToolTip(tr("Also draw the running loss within each epoch (faint line)"))
        self.detail.toggled.connect(lambda _on: self.mark_dirty())
        self.key = QLabel(tr("\u2014 training   - - validation"), self)
        self.key.setObjectName("muted")
        self.key.setMinimumWidth(1)
        for w in (self.metric_choice, self.log, self.detail):
            self.header.addWidget(w)
        self.warning = QLabel()
        self.warning.setObjectName("warningBox")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self._layout.insertWidget(1, self.warning)  # below the plots once they are built
        self._diagnosed = None  # (run, name, epochs) the warning was last worked out for
        self.curves: dict[int, _RunCurves] = {}
        self._metric_auto = True
        self._rate_range = (float("inf"), 0.0)  # the rates the rate axis shows
        self._reframe = False  # a rate left the rate axis in this redraw

    # -- building ----------------------------------------------------------------------------
    def build(self):
        import pyqtgraph as pg

        from . import curve_items

        self.pg, self.kit = pg, curve_items
        view = pg.GraphicsLayoutWidget()
        view.setBackground("w")
        view.ci.setSpacing(2)
        self.loss_plot = view.addPlot(row=0, col=0)
        self.metric_plot = view.addPlot(row=1, col=0)
        self.lr_plot = view.addPlot(row=2, col=0)
        style_plot(self.loss_plot, "", tr("loss"))
        style_plot(self.metric_plot, "", tr("accuracy"))
        style_plot(self.lr_plot, tr("epoch"), tr("rate"))
        self.lr_plot.setLogMode(y=True)
        # The rate plot shows the whole planned schedule (dotted) and the rate so far.
        self.metric_plot.setXLink(self.loss_plot)
        layout = view.ci.layout
        layout.setRowStretchFactor(0, 5)
        layout.setRowStretchFactor(1, 4)
        layout.setRowStretchFactor(2, 2)
        self.legend = self.loss_plot.addLegend(offset=(-8, 8), labelTextColor="#1f2328",
                                               brush=pg.mkBrush(255, 255, 255, 200))
        self.named = curve_items.CappedLegend(self.loss_plot, LEGEND_LINES)
        self.loss_plot.vb.sigResized.connect(self._name_runs)  # room for more lines, or less
        self.loss_plot.setLogMode(y=self.log.isChecked())
        self.loss_range = StickyRange(self.loss_plot)
        self.metric_range = StickyRange(self.metric_plot)
        self.lr_plot.disableAutoRange()
        self._relabel_metric()  # the metric chosen before the plots existed
        self._layout.addWidget(self.key)
        return view

    @property
    def plots(self):
        return (self.loss_plot, self.metric_plot, self.lr_plot)

    # -- drawing -----------------------------------------------------------------------------
    def redraw(self) -> None:
        runs = self.session.runs
        live = {r.number for r in runs}
        self._drop([n for n in self.curves if n not in live])
        self._choose_metric(runs)
        self._reframe = False  # set when a rate leaves the rate axis (see _update)
        for run in runs:
            curves = self.curves.get(run.number)
            if curves is None:
                curves = self.curves[run.number] = _RunCurves(run, self.plots, self.kit)
            self._update(run, curves)
        if self._reframe:
            self._frame_rates()
        self._name_runs()
        self._fit_ranges()
        self._diagnose(self.session.current)
        self.set_note("" if runs else self.empty_text_now())

    def _diagnose(self, run) -> None:
        """Say so when the selected run overfits (again only when epochs arrived)."""
        key = (run, run.name, len(run.epochs)) if run is not None else None
        if key == self._diagnosed:
            return
        self._diagnosed = key
        found = overfitting(run.epochs) if run is not None else None
        if found is not None:
            self.warning.setText("\u26a0 " + overfitting_text(run.name, found))
        self.warning.setVisible(found is not None)

    def _fit_ranges(self) -> None:
        """Move the axes only when the curves need it (see StickyRange)."""
        shown = [(run, self.curves[run.number]) for run in self.session.shown_runs()
                 if run.number in self.curves]
        if not shown:
            return
        loss = [s for _r, c in shown for s in (c.loss, c.val_loss) if s.n]
        if self.detail.isChecked():
            loss += [c.detail for _r, c in shown if c.detail is not None and c.detail.n]
        metric = [s for _r, c in shown for s in (c.metric, c.val_metric) if s.n]
        x_max = max((s.x[s.n - 1] for s in loss), default=math.nan)
        ends = [r.total_epochs for r, _c in shown if r.total_epochs]
        self.loss_range.fit_x(x_max, max(ends) if ends else None)
        if loss:
            log = self.log.isChecked()
            lo = min(s.pos_lo if log else s.lo for s in loss)
            self.loss_range.fit_y(lo, max(s.hi for s in loss), log=log)
        if metric:
            self.metric_range.fit_y(min(s.lo for s in metric), max(s.hi for s in metric))
        self.metric_plot.setXRange(*self.loss_plot.viewRange()[0], padding=0)

    def empty_text_now(self) -> str:
        return tr("Press Train: the loss and accuracy of every run are drawn here, epoch by "
                  "epoch (solid: training data, dashed: validation data).")

    def _drop(self, numbers: list[int]) -> None:
        """Take these runs' items off the plots, all in one pass per plot."""
        gone = [self.curves.pop(n) for n in numbers]
        if gone:
            for plot in self.plots:
                self.kit.remove_items(plot, [s.item for c in gone for p, s in c.owners
                                             if p is plot])

    def _name_runs(self, *_resized) -> None:
        """The legend: the runs shown, so many at most (CappedLegend)."""
        entries = [(self.curves[r.number].loss.item, r.name) for r in self.session.shown_runs()
                   if r.number in self.curves]
        current = self.curves.get(getattr(self.session.current, "number", None))
        self.named.show(entries, current.loss.item if current else None)

    def _choose_metric(self, runs) -> None:
        """Accuracy for classes, R\u00b2 for regression: from the runs' tasks, or with no run
        from the open document's (unless the user chose one)."""
        if not self._metric_auto:
            return
        if runs:
            tasks = {r.start.task for r in runs if r.start}
            want = "accuracy" if "classification" in tasks or not tasks else "r2"
        else:
            want = "r2" if self.session.outlook.task == "regression" else "accuracy"
        if self.metric_choice.currentData() != want:
            self.metric_choice.blockSignals(True)
            self.metric_choice.setCurrentIndex(self.metric_choice.findData(want))
            self.metric_choice.blockSignals(False)
            self._relabel_metric()
            for c in self.curves.values():
                c.reset_metric()
            if self.built:
                self.metric_range.reset()

    def forget(self) -> None:
        self._drop(list(self.curves))
        if self.built:
            self._name_runs()
        self._metric_auto = True
        self._rate_range = (float("inf"), 0.0)
        self._diagnosed = None
        self.warning.hide()
        if self.built:
            for r in (self.loss_range, self.metric_range):
                r.reset()
        self._choose_metric([])
        self.set_note(self.empty_text_now())

    def _update(self, run, c: _RunCurves) -> None:
        shown = run.number not in self.session.hidden
        if c.color != run.color:  # coloured by a setting, or back to its own colour
            c.recolor(run.color, self.pg)
        for s in c.all:
            s.item.setVisible(shown)
        new = run.epochs[c.count:]
        if new:
            key = self.metric_choice.currentData()
            xs = [r.epoch for r in new]
            c.loss.extend(xs, [_value(r.loss) for r in new])
            c.val_loss.extend(xs, [_value(r.value("val_loss")) for r in new])
            c.metric.extend(xs, [_value(r.value(key)) for r in new])
            c.val_metric.extend(xs, [_value(r.value(f"val_{key}")) for r in new])
            c.lr.extend(xs, [_value(r.lr) for r in new])
            c.count = len(run.epochs)
            for s in (c.loss, c.val_loss, c.metric, c.val_metric, c.lr):
                s.draw()
            lr = c.lr.data()[1]
            if lr.size and (lr[-1] < self._rate_range[0] or lr[-1] > self._rate_range[1]):
                self._reframe = True  # once for all the runs, after them
        if c.planned is None and run.start and run.start.schedule:
            schedule = run.start.schedule
            shift = 1.0 / max(run.start.steps_per_epoch or 1, 1)
            planned = c.add_planned()
            planned.extend([x + shift for x in schedule["epochs"]], schedule["lr"])
            planned.draw()
            self._reframe = True
        self._update_detail(run, c)

    def _update_detail(self, run, c: _RunCurves) -> None:
        xs, ys = self.session.trace(run).detail
        if not self.detail.isChecked():
            if c.detail is not None and c.detail.n:
                c.detail.clear()
            c.detail_count = -1
            return
        if len(xs) != c.detail_count and (len(xs) or c.detail is not None):
            detail = c.detail if c.detail is not None else c.add_detail()
            detail.reset()
            detail.extend(xs, ys)
            detail.draw()
            c.detail_count = len(xs)

    def _frame_rates(self) -> None:
        """Whole decades around every planned and used rate, over the whole planned run."""
        rates = [s for c in self.curves.values() for s in (c.planned, c.lr)
                 if s is not None and s.n]
        values = [s.data()[1] for s in rates]
        framed = frame_decades(self.lr_plot, np.concatenate(values)) if values else None
        if framed is not None:
            self._rate_range = framed
        ends = [s.x[s.n - 1] for s in rates]
        if ends:
            self.lr_plot.setXRange(0, max(ends), padding=0.02)

    # -- options -----------------------------------------------------------------------------
    def _on_metric(self, _index: int) -> None:
        self._metric_auto = False
        self._relabel_metric()
        for c in self.curves.values():
            c.reset_metric()
        if self.built:
            self.metric_range.reset()
        self.mark_dirty()

    def _relabel_metric(self) -> None:
        if self.built:
            label = METRIC_LABELS[self.metric_choice.currentData()]
            self.metric_plot.setLabel("left", tr(label), color="#5f6b78")

    def _on_log(self, on: bool) -> None:
        if self.built:
            self.loss_plot.setLogMode(y=on)
            self.loss_range.reset()
            self.mark_dirty()

    # -- export ------------------------------------------------------------------------------
    def table(self):
        key = self.metric_choice.currentData()
        header = ["run", "epoch", "loss", "val_loss", key, f"val_{key}", "lr"]
        rows = []
        for run in self.session.shown_runs():
            for r in run.epochs:
                values = [r.value(k) for k in header[2:-1]] + [r.lr]
                rows.append([run.name, r.epoch] + [number(v) for v in values])
        return header, rows


def overfitting_text(name: str, found) -> str:
    """The sentence for a run that overfits (diagnosis.Overfitting), with what to try."""
    return tr("Overfitting in {0}: validation loss has risen since epoch {1} (best {2:.3g}) "
              "while training loss kept falling ({3:.3g} \u2192 {4:.3g}). Try dropout, L2 "
              "regularization or early stopping, more data, or a smaller network.").format(
        name, found.best_epoch, found.best_val_loss, found.train_loss_then,
        found.train_loss_now)


def _value(v) -> float:
    if v is None:
        return math.nan
    return float(v)

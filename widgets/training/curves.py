"""Loss and accuracy (or MAE / R\u00b2) per epoch, train solid and validation dashed, every run in
its own colour, with the learning rate underneath on the same epoch axis, and a plain-words
warning when the selected run overfits.

Each series is one persistent PlotDataItem; a redraw appends only the epochs that arrived since
the last one, and pyqtgraph clips to the view and downsamples, so 10,000 epochs stay cheap."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from designer.training.diagnosis import overfitting

from ..i18n import tr
from .plotting import LivePanel, Series, StickyRange, frame_decades, number, style_plot

METRIC_LABELS = {"accuracy": QT_TRANSLATE_NOOP("", "accuracy"), "mae": QT_TRANSLATE_NOOP("", "MAE"),
                 "r2": QT_TRANSLATE_NOOP("", "R\u00b2")}


class _RunCurves:
    """The items of one run."""

    def __init__(self, run, plots, pg):
        loss_plot, metric_plot, lr_plot = plots
        self.loss = Series(loss_plot.plot(name=run.name))
        self.val_loss = Series(loss_plot.plot())
        self.detail = Series(loss_plot.plot())
        self.metric = Series(metric_plot.plot())
        self.val_metric = Series(metric_plot.plot())
        self.lr = Series(lr_plot.plot())
        self.planned = Series(lr_plot.plot())
        self.recolor(run.color, pg)
        self.owners = [(loss_plot, self.loss), (loss_plot, self.val_loss),
                       (loss_plot, self.detail), (metric_plot, self.metric),
                       (metric_plot, self.val_metric), (lr_plot, self.lr),
                       (lr_plot, self.planned)]
        self.count = 0  # epoch records appended so far
        self.detail_count = -1
        self.planned_drawn = False
        self.name = run.name

    def recolor(self, color: str, pg) -> None:
        """Pens of the run's colour (again when the runs are coloured by a setting)."""
        self.color = color
        # One-pixel pens: wider ones go through Qt's stroker and double the cost of a frame.
        solid = pg.mkPen(color, width=1)
        dashed = pg.mkPen(pg.mkColor(color).lighter(135), width=1, style=Qt.PenStyle.DashLine)
        dashed.setDashPattern([3, 2])
        pens = {self.loss: solid, self.val_loss: dashed, self.metric: solid,
                self.val_metric: dashed, self.lr: solid,
                self.detail: pg.mkPen(pg.mkColor(color).lighter(150), width=1),
                self.planned: pg.mkPen(color, width=1, style=Qt.PenStyle.DotLine)}
        for series, pen in pens.items():
            series.item.setPen(pen)

    @property
    def all(self) -> list[Series]:
        return [self.loss, self.val_loss, self.detail, self.metric, self.val_metric, self.lr,
                self.planned]

    def reset_metric(self) -> None:
        self.count = 0
        for s in (self.metric, self.val_metric, self.loss, self.val_loss, self.lr):
            s.reset()


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

    # -- building ----------------------------------------------------------------------------
    def build(self):
        import pyqtgraph as pg

        self.pg = pg
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
        for gone in [n for n in self.curves if n not in live]:
            self._drop(gone)
        self._choose_metric(runs)
        for run in runs:
            curves = self.curves.get(run.number)
            if curves is None:
                curves = self.curves[run.number] = _RunCurves(run, self.plots, self.pg)
            self._update(run, curves)
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
            loss += [c.detail for _r, c in shown if c.detail.n]
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

    def _drop(self, number: int) -> None:
        curves = self.curves.pop(number)
        self.legend.removeItem(curves.loss.item)
        for plot, series in curves.owners:
            plot.removeItem(series.item)

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
        for run_number in list(self.curves):
            self._drop(run_number)
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
        if c.name != run.name:
            self.legend.removeItem(c.loss.item)
            self.legend.addItem(c.loss.item, run.name)
            c.name = run.name
        in_legend = any(sample.item is c.loss.item for sample, _ in self.legend.items)
        if shown and not in_legend:
            self.legend.addItem(c.loss.item, run.name)
        elif not shown and in_legend:
            self.legend.removeItem(c.loss.item)
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
                self._frame_rates()
        if not c.planned_drawn and run.start and run.start.schedule:
            schedule = run.start.schedule
            shift = 1.0 / max(run.start.steps_per_epoch or 1, 1)
            c.planned.extend([x + shift for x in schedule["epochs"]], schedule["lr"])
            c.planned.draw()
            c.planned_drawn = True
            self._frame_rates()
        self._update_detail(run, c)

    def _update_detail(self, run, c: _RunCurves) -> None:
        xs, ys = self.session.trace(run).detail
        if not self.detail.isChecked():
            if c.detail.n:
                c.detail.clear()
            c.detail_count = -1
            return
        if len(xs) != c.detail_count:
            c.detail.reset()
            c.detail.extend(xs, ys)
            c.detail.draw()
            c.detail_count = len(xs)

    def _frame_rates(self) -> None:
        """Whole decades around every planned and used rate, over the whole planned run."""
        values = [s.data()[1] for c in self.curves.values() for s in (c.planned, c.lr) if s.n]
        framed = frame_decades(self.lr_plot, np.concatenate(values)) if values else None
        if framed is not None:
            self._rate_range = framed
        ends = [s.x[s.n - 1] for c in self.curves.values() for s in (c.planned, c.lr) if s.n]
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

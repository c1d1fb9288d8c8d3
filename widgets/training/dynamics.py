"""Inside the selected run: the gradient norm of every layer over time (log scale, so vanishing
and exploding gradients show as lines drifting apart), the mean |activation| per layer, the
share of dead ReLUs, and a plain-words warning when one of these goes wrong."""
from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel

from ..i18n import tr
from . import colors
from .plotting import (
    AXIS_TEXT,
    LivePanel,
    Series,
    StickyRange,
    frame_decades,
    number,
    pictureless,
    style_plot,
)

VANISHING_RATIO = 1e-3  # a layer's gradient this much smaller than the largest layer's
EXPLODING_NORM = 1e3
DEAD_SHARE = 0.5


def _name(plot, text: str) -> None:
    plot.setTitle(text, color=AXIS_TEXT, size="8pt", justify="left")


def warnings_for(snapshot) -> list[str]:
    """What looks wrong in one snapshot, in sentences a learner can act on."""
    if not snapshot:
        return []
    out = []
    grads = {k: v for k, v in (snapshot.gradients or {}).items()
             if v is not None and math.isfinite(v)}
    if grads:
        top_layer = max(grads, key=grads.get)
        top = grads[top_layer]
        weak = [k for k, v in grads.items() if top > 0 and v < VANISHING_RATIO * top]
        if weak:
            out.append(tr("Vanishing gradients: {0} get(s) gradients over 1000\u00d7 smaller "
                          "than {1}, so they barely learn. Saturating activations (sigmoid, "
                          "tanh) in deep stacks do this; try ReLU with He initialization, or "
                          "BatchNorm.").format(", ".join(weak), top_layer))
        big = [k for k, v in grads.items() if v > EXPLODING_NORM]
        if big:
            out.append(tr("Exploding gradients in {0} (norm above {1:g}): lower the learning "
                          "rate or set gradient clipping (clip norm).").format(
                ", ".join(big), EXPLODING_NORM))
    dead = {k: s.dead_fraction for k, s in snapshot.activations.items()
            if s.dead_fraction is not None and s.dead_fraction >= DEAD_SHARE}
    for layer, share in dead.items():
        out.append(tr("{0:.0%} of the ReLUs in {1} are dead: they output 0 for every sample, so "
                      "they no longer learn. A smaller learning rate, leaky_relu or He "
                      "initialization helps.").format(share, layer))
    return out


class DynamicsPanel(LivePanel):
    title = "Gradients and activations"
    kinds = {"snapshot", "start"}

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.set_note(tr("While a run trains: each layer's gradient size and activation size "
                         "over time. Lines that drift far apart mean vanishing or exploding "
                         "gradients."))
        self.run_label = QLabel()
        self.header.addWidget(self.run_label)
        self.warning = QLabel()
        self.warning.setObjectName("warningBox")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self._layout.insertWidget(1, self.warning)
        self.lines: dict[tuple[str, str], Series] = {}
        self._run = None
        self._layer_order: list[str] = []

    def build(self):
        import pyqtgraph as pg

        self.pg = pg
        view = pg.GraphicsLayoutWidget()
        view.setBackground("w")
        # Each plot is named above it, not along its side: three stacked plots in a short dock
        # leave too little height for a turned title (longer in Korean), which overlapped.
        self.grad_plot = view.addPlot(row=0, col=0)
        style_plot(self.grad_plot)
        _name(self.grad_plot, tr("gradient norm"))
        self.grad_plot.setLogMode(y=True)
        self.act_plot = view.addPlot(row=1, col=0)
        style_plot(self.act_plot, tr("epoch"))
        _name(self.act_plot, tr("mean |activation|"))
        self.dead_plot = view.addPlot(row=2, col=0)
        style_plot(self.dead_plot, tr("epoch"))
        _name(self.dead_plot, tr("dead ReLUs"))
        self.dead_plot.setYRange(0, 1)
        for p in (self.act_plot, self.dead_plot):
            p.setXLink(self.grad_plot)
        view.ci.layout.setRowStretchFactor(0, 3)
        view.ci.layout.setRowStretchFactor(1, 3)
        view.ci.layout.setRowStretchFactor(2, 2)
        self.x_range = StickyRange(self.grad_plot)
        self.act_range = StickyRange(self.act_plot)
        self.dead_plot.disableAutoRange()
        self.legend = self.grad_plot.addLegend(offset=(-8, 8), labelTextColor="#1f2328",
                                               brush=pg.mkBrush(255, 255, 255, 200))
        return view

    def redraw(self) -> None:
        run = self.session.current
        saved = run is not None and run.start is not None and run.start.saved
        if run is None or run.snapshot is None or saved:
            self.body.setVisible(False)
            self.warning.hide()
            if run is None:
                self.run_label.setText("")
            self.set_note(pictureless(run) or tr(
                "A saved run keeps its curves and its final pictures, not its gradients over "
                "time: train again to see them.") if saved or pictureless(run) else
                          tr("While a run trains: each layer's gradient size and activation "
                             "size over time. Lines that drift far apart mean vanishing or "
                             "exploding gradients."))
            return
        self.set_note("")
        self.body.show()
        self.run_label.setText(f"<span style='color:{run.color}'>\u25cf</span> {run.name}")
        if run is not self._run:
            self._reset()
            self._run = run
        trace = self.session.trace(run)
        self._draw_lines(trace)
        self.dead_plot.setVisible(bool(trace.dead))
        self.act_plot.getAxis("bottom").showLabel(not trace.dead)  # "epoch" on the lowest
        frame_decades(self.grad_plot, [v for _xs, ys in trace.gradients.values() for v in ys])
        acts = [s for (group, _l), s in self.lines.items() if group == "act" and s.n]
        if acts:
            self.act_range.fit_y(min(s.lo for s in acts), max(s.hi for s in acts))
        x_max = max((s.x[s.n - 1] for s in self.lines.values() if s.n), default=0.0)
        self.x_range.fit_x(x_max, run.total_epochs)
        for plot in (self.act_plot, self.dead_plot):
            plot.setXRange(*self.grad_plot.viewRange()[0], padding=0)
        found = warnings_for(run.snapshot)
        self.warning.setText("\n".join("\u26a0 " + w for w in found))
        self.warning.setVisible(bool(found))

    def _draw_lines(self, trace) -> None:
        for layer in list(trace.gradients) + list(trace.activations):
            if layer not in self._layer_order:
                self._layer_order.append(layer)
        for group, plot, data in (("grad", self.grad_plot, trace.gradients),
                                  ("act", self.act_plot, trace.activations),
                                  ("dead", self.dead_plot, trace.dead)):
            for layer, (xs, ys) in data.items():
                series = self._series(group, plot, layer)
                if series.n != len(xs):
                    series.reset()
                    series.extend(xs, ys)
                    series.draw()
        # a deep stack's names side by side in two or three rows: a legend a layer per row
        # outgrew the short plot and hid the last layers' names
        layers = len(trace.gradients)
        self.legend.setColumnCount(max(1, math.ceil(layers / (2 if layers <= 10 else 3))))

    def forget(self) -> None:
        if self.built:
            self._reset()
            self.body.setVisible(False)
        self._run = None
        self._layer_order = []
        self.run_label.setText("")
        self.warning.setText("")
        self.warning.hide()

    def _series(self, group: str, plot, layer: str) -> Series:
        key = (group, layer)
        if key not in self.lines:
            color = colors.layer_color(self._layer_order.index(layer))
            name = layer if group == "grad" else None
            self.lines[key] = Series(plot.plot(pen=self.pg.mkPen(color, width=2), name=name))
        return self.lines[key]

    def _reset(self) -> None:
        if self.built:
            self.x_range.reset()
            self.act_range.reset()
        for (group, _layer), series in self.lines.items():
            plot = {"grad": self.grad_plot, "act": self.act_plot, "dead": self.dead_plot}[group]
            if group == "grad":
                self.legend.removeItem(series.item)
            plot.removeItem(series.item)
        self.lines.clear()
        self._layer_order = []

    def table(self):
        run = self.session.current
        header = ["quantity", "layer", "epoch", "value"]
        rows = []
        if run is None:
            return header, rows
        trace = self.session.trace(run)
        for name, data in (("gradient_norm", trace.gradients),
                           ("mean_abs_activation", trace.activations),
                           ("dead_relu_fraction", trace.dead)):
            for layer, (xs, ys) in data.items():
                rows += [[name, layer, number(x), number(y)]
                         for x, y in zip(xs, ys, strict=True)]
        return header, rows

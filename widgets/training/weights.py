"""Weight histograms of the selected run, per layer: the distribution now (filled) over the
initial one (faint outline), with its statistics, and the distribution over time as a heat map
(TensorBoard's distribution view): each column one moment of training, darker where more
weights lie, with the mean as a line."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from ..i18n import tr
from ..live_text import LiveText
from . import colors
from .plotting import LivePanel, StickyRange, number, pictureless, style_plot

ROWS = 60  # value bins of the over-time picture
COLUMNS = 200  # time columns at most


def rebin(edges, counts, grid: np.ndarray) -> np.ndarray:
    """Counts of a histogram moved onto other bin edges (through its cumulative counts)."""
    edges, counts = np.asarray(edges, float), np.asarray(counts, float)
    cdf = np.concatenate([[0.0], np.cumsum(counts)])
    if edges[-1] <= edges[0]:  # every value equal: one spike
        return np.diff(np.where(grid >= edges[0], cdf[-1], 0.0))
    return np.diff(np.interp(grid, edges, cdf, left=0.0, right=cdf[-1]))


def over_time(snapshots: list, layer: str, kind: str, steps_per_epoch):
    """(epochs, value grid edges, image[columns, ROWS], means) for one layer's tensor."""
    picked = [(s, s.histogram(layer, kind)) for s in snapshots]
    picked = [(s, h) for s, h in picked if h is not None and h.min is not None]
    if len(picked) < 2:
        return None
    lo = min(h.min for _, h in picked)
    hi = max(h.max for _, h in picked)
    if hi <= lo:
        lo, hi = lo - 1, hi + 1
    grid = np.linspace(lo, hi, ROWS + 1)
    per = max(steps_per_epoch or 1, 1)
    xs = np.array([s.global_step / per for s, _ in picked])
    columns = np.linspace(xs[0], xs[-1], COLUMNS)
    per_snapshot = np.array([rebin(h.edges, h.counts, grid) for _, h in picked])
    peaks = per_snapshot.max(1, keepdims=True)
    per_snapshot = np.divide(per_snapshot, peaks, out=np.zeros_like(per_snapshot),
                             where=peaks > 0)
    # each column between two snapshots blends them, so uneven snapshot times read smoothly
    image = np.stack([np.interp(columns, xs, per_snapshot[:, j]) for j in range(ROWS)], 1)
    means = np.array([h.mean for _, h in picked])
    return columns, grid, image, xs, means


class WeightsPanel(LivePanel):
    title = "Weights"
    kinds = {"snapshot", "start"}

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.set_note(tr("Weight histograms per layer appear here while a run trains: how the "
                         "initial distribution (Xavier, He, \u2026) spreads out as it learns."))
        self.run_label = QLabel()
        self.layer = QComboBox()
        self.layer.setToolTip(tr("Which layer's weights to show"))
        self.layer.setMinimumContentsLength(8)
        self.layer.activated.connect(lambda _i: self._reframe())
        self.kind = QComboBox()
        self.kind.addItem(tr("weights"), "weight")
        self.kind.addItem(tr("biases"), "bias")
        self.kind.activated.connect(lambda _i: self._reframe())
        self.stats = LiveText(parent=self)  # a new text each redraw: see LiveText
        self.stats.setObjectName("muted")
        for w in (self.run_label, self.layer, self.kind):
            self.header.addWidget(w)
        self._layers: list[str] = []
        self._shown = None

    def build(self):
        import pyqtgraph as pg

        self.pg = pg
        view = pg.GraphicsLayoutWidget()
        view.setBackground("w")
        self.hist_plot = view.addPlot(row=0, col=0)
        style_plot(self.hist_plot, tr("weight value"), tr("count"))
        # step-mode histograms need all their edges: no clipping, no downsampling
        self.hist_plot.setClipToView(False)
        self.hist_plot.setDownsampling(auto=False)
        self.initial = self.hist_plot.plot(stepMode="center", pen=pg.mkPen(
            "#6b7785", width=1.5, style=Qt.PenStyle.DashLine))
        self.current = self.hist_plot.plot(stepMode="center", fillLevel=0,
                                           brush=(47, 111, 208, 90),
                                           pen=pg.mkPen("#2f6fd0", width=1.5))
        self.time_plot = view.addPlot(row=1, col=0)
        style_plot(self.time_plot, tr("epoch"), tr("weight value"))
        self.time_plot.showGrid(x=False, y=False)
        self.time_image = pg.ImageItem()
        self.time_plot.addItem(self.time_image)
        self.mean_line = self.time_plot.plot(pen=pg.mkPen("#d07a1f", width=1.5))
        self.hist_range = StickyRange(self.hist_plot, fill=0.5)
        self.time_range = StickyRange(self.time_plot)
        view.ci.layout.setRowStretchFactor(0, 3)
        view.ci.layout.setRowStretchFactor(1, 2)
        self.key = QLabel(tr("Top: <b>now</b> (filled) and <span style='color:#7b8794'>at the "
                             "start</span> (dashed). Bottom: the distribution over time, darker "
                             "where more weights lie; <span style='color:#d07a1f'>mean</span>."))
        self.key.setObjectName("muted")
        self.key.setWordWrap(True)
        self._layout.addWidget(self.stats)
        self._layout.addWidget(self.key)
        return view

    # -- drawing -----------------------------------------------------------------------------
    def redraw(self) -> None:
        run = self.session.current
        snap = run.snapshot if run is not None else None
        if snap is None or not snap.weights:
            self.body.setVisible(False)
            self.key.hide()
            self.stats.setText("")
            if run is None:  # the open network's layers: nothing of another run's
                self.run_label.setText("")
                self._set_layers(list(self.session.outlook.layers))
            saved = run is not None and run.start is not None and run.start.saved
            self.set_note(pictureless(run) or tr(
                "This saved run has no histograms (it diverged, or an older version saved "
                "it): train again to see them.") if saved or pictureless(run) else
                          tr("Weight histograms per layer appear here while a run trains: how "
                             "the initial distribution (Xavier, He, \u2026) spreads out as it "
                             "learns."))
            return
        self.set_note("")
        self.body.show()
        self.key.show()
        self.run_label.setText(f"<span style='color:{run.color}'>\u25cf</span> {run.name}")
        self._fill_layers(snap.weights)
        layer, kind = self.layer.currentData(), self.kind.currentData()
        key = (run.number, snap.global_step, layer, kind, len(run.snapshots))
        if key == self._shown:
            return
        if self._shown is not None and self._shown[0] != run.number:
            self.hist_range.reset()
            self.time_range.reset()
        self._shown = key
        hist = snap.histogram(layer, kind)
        first = run.first_snapshot.histogram(layer, kind) if run.first_snapshot else None
        self._draw_histogram(run, hist, first)
        self._draw_over_time(run, layer, kind)

    def _reframe(self) -> None:
        if self.built:
            self.hist_range.reset()
            self.time_range.reset()
        self.mark_dirty()

    def _fill_layers(self, weights: dict) -> None:
        sizes = {k: sum(v["weight"].counts) if "weight" in v else 0 for k, v in weights.items()}
        self._set_layers(list(weights), sizes)

    def _set_layers(self, layers: list[str], sizes: dict | None = None) -> None:
        """The layer list; the one shown stays if it is still there, else the one with the
        most weights (or the first)."""
        if layers == self._layers:
            return
        if self.built:  # another network: frame its values afresh
            self.hist_range.reset()
            self.time_range.reset()
        current = self.layer.currentData()
        self._layers = layers
        self.layer.clear()
        for name in layers:
            self.layer.addItem(name, name)
        if current not in layers and sizes:  # start with the layer that has the most weights
            current = max(sizes, key=sizes.get)
        self.layer.setCurrentIndex(max(0, self.layer.findData(current)))

    def forget(self) -> None:
        self._shown = None
        self._layers = []
        self.layer.clear()
        self.stats.setText("")
        self.run_label.setText("")
        if self.built:
            self.current.setData([], [])
            self.initial.setData([], [])
            self.time_image.clear()
            self.mean_line.setData([], [])
            self.hist_range.reset()
            self.time_range.reset()
            self.body.setVisible(False)
        self._set_layers(list(self.session.outlook.layers))

    def _draw_histogram(self, run, hist, first) -> None:
        pg = self.pg
        self.current.setPen(pg.mkPen(run.color, width=1.5))
        color = pg.mkColor(run.color)
        color.setAlpha(90)
        self.current.setBrush(pg.mkBrush(color))
        if hist is None or hist.mean is None:
            self.current.setData([], [])
            self.initial.setData([], [])
            self.stats.setText("")
            return
        edges, counts = np.asarray(hist.edges), np.asarray(hist.counts)
        self.current.setData(edges, counts)
        lo, hi, top = edges[0], edges[-1], counts.max(initial=1)
        if first is not None and first.mean is not None:
            self.initial.setData(np.asarray(first.edges), np.asarray(first.counts))
            lo, hi = min(lo, first.edges[0]), max(hi, first.edges[-1])
            top = max(top, np.max(first.counts, initial=1))
        else:
            self.initial.setData([], [])
        self.hist_range.fit_span_x(float(lo), float(hi))
        self.hist_range.fit_y(0.0, float(top))
        self.stats.setText(tr("mean {0:.2g} \u00b7 std {1:.2g} \u00b7 range {2:.2g} to "
                              "{3:.2g}").format(hist.mean, hist.std, hist.min, hist.max))

    def _draw_over_time(self, run, layer: str, kind: str) -> None:
        steps = run.start.steps_per_epoch if run.start else None
        result = over_time(run.snapshots, layer, kind, steps)
        if result is None:
            self.time_image.clear()
            self.mean_line.setData([], [])
            return
        columns, grid, image, xs, means = result
        self.time_image.setImage(image, levels=(0, 1), lut=colors.density_lut(),
                                 autoLevels=False)
        width = columns[-1] - columns[0] or 1.0
        self.time_image.setRect(QRectF(columns[0], grid[0], width, grid[-1] - grid[0]))
        self.mean_line.setData(xs, means)
        self.time_range.fit_x(float(columns[-1]), run.total_epochs)
        self.time_range.fit_y(float(grid[0]), float(grid[-1]))

    def table(self):
        run = self.session.current
        layer, kind = self.layer.currentData(), self.kind.currentData()
        header = ["epoch", "global_step", "bin_left", "bin_right", "count"]
        rows = []
        if run is None or layer is None:
            return header, rows
        for s in run.snapshots:
            hist = s.histogram(layer, kind)
            if hist is None or hist.mean is None:
                continue
            edges, counts = hist.edges, hist.counts
            for i, c in enumerate(counts):
                rows.append([s.epoch, s.global_step, number(float(edges[i])),
                             number(float(edges[i + 1])), int(c)])
        return header, rows

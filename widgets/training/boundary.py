"""The decision boundary (the TF Playground's signature view): for a 2-D dataset, what the
network answers over the whole plane, as a heat map under the data points (filled: training
data, hollow: validation data), updated as the run trains. For a 1-D dataset, the fitted
curve over the data points."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QCheckBox, QLabel

from designer.datasets import split_indices

from ..i18n import tr
from . import colors
from .plotting import LivePanel, number, pictureless, style_plot
from .session import run_dataset_spec

SMOOTH = 3  # the boundary grid is upsampled this much (bilinear) so it reads as a surface


def upsample(values: np.ndarray, factor: int = SMOOTH, nearest: bool = False) -> np.ndarray:
    """A grid sampled `factor` times more finely over the same extent (corner to corner)."""
    if nearest:
        return np.repeat(np.repeat(values, factor, 0), factor, 1)
    n, m = values.shape
    ys, xs = np.linspace(0, n - 1, n * factor), np.linspace(0, m - 1, m * factor)
    rows = np.array([np.interp(xs, np.arange(m), row) for row in values])
    return np.array([np.interp(ys, np.arange(n), col) for col in rows.T]).T


class BoundaryPanel(LivePanel):
    title = "Decision boundary"
    kinds = {"snapshot", "dataset", "start"}

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.set_note(tr("For datasets with two inputs (XOR, spiral, circle, \u2026) the "
                         "network's answer over the whole plane appears here while it trains."))
        self.run_label = QLabel()
        self.show_val = QCheckBox(tr("Validation points"))
        self.show_val.setChecked(True)
        self.show_val.setToolTip(tr("Hollow circles: data held out for validation, never "
                                    "trained on"))
        self.show_val.toggled.connect(lambda _on: self._draw_points(force=True))
        self.header.addWidget(self.run_label)
        self.header.addWidget(self.show_val)
        self._points_key = None
        self._shown = None  # (run number, global step) on display
        self._levels = (0.0, 1.0)
        self._ranged = None
        self._titled = None  # whether the titles and axes say "curve" (or "plane") now
        self._rect = None  # the image's extent and size on display

    def build(self):
        import pyqtgraph as pg

        self.pg = pg
        view = pg.PlotWidget(background="w")
        self.plot = view.getPlotItem()
        style_plot(self.plot, "x1", "x2")
        self.plot.showGrid(x=False, y=False)
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.curve = self.plot.plot(pen=pg.mkPen("#1f2328", width=2.5))
        self.scatter: list = []  # the data points, a few items of one style each
        self.colorbar_note = QLabel()
        self.colorbar_note.setObjectName("muted")
        self.colorbar_note.setWordWrap(True)
        self._layout.addWidget(self.colorbar_note)
        return view

    # -- drawing -----------------------------------------------------------------------------
    def redraw(self) -> None:
        run = self.session.current
        if run is None:
            self.run_label.setText("")
            self._retitle(self.session.outlook.curve)
            self._clear(tr("For datasets with two inputs (XOR, spiral, circle, \u2026) the "
                           "network's answer over the whole plane appears here while it "
                           "trains."))
            return
        self.run_label.setText(f"<span style='color:{run.color}'>\u25cf</span> {run.name}")
        snap = run.snapshot
        boundary = snap.boundary if snap else None
        if boundary is None:
            if pictureless(run):
                self._clear(pictureless(run))
            elif snap is None and run.start is not None and run.start.saved:
                self._clear(tr("This saved run has no picture of its boundary (it diverged, "
                               "or an older version saved it): train again to see it."))
            elif snap is not None or (run.start and not run.active):
                self._clear(tr("The decision boundary is drawn for datasets with one or two "
                               "inputs; this one has more."))
            else:
                self._clear(tr("Waiting for the first picture of the network\u2026"))
            return
        self.set_note("")
        self.body.show()
        key = (run.number, snap.global_step)
        if key != self._shown:
            self._shown = key
            self._draw_boundary(boundary, run)
        self._draw_points()

    def _retitle(self, curve: bool) -> None:
        """'Fitted curve' over one input, 'Decision boundary' over two."""
        from PySide6.QtWidgets import QDockWidget

        if self._titled == curve:  # a new label re-lays out and re-draws its axis
            return
        dock = self.parentWidget()
        title = tr("Fitted curve") if curve else tr("Decision boundary")
        if isinstance(dock, QDockWidget) and dock.windowTitle() != title:
            dock.setWindowTitle(title)
        if not self.built:  # the axes are labelled once they exist
            return
        self._titled = curve
        self.plot.setLabel("bottom", "x" if curve else "x1", color="#5f6b78")
        self.plot.setLabel("left", "y" if curve else "x2", color="#5f6b78")
        self.show_val.setText(tr("Validation points"))

    def forget(self) -> None:
        self._points_key = self._shown = self._ranged = self._rect = None
        self._levels = (0.0, 1.0)
        self.run_label.setText("")
        if self.built:
            self.image.clear()
            self.curve.setData([], [])
            self._fill_scatter([])
            self.colorbar_note.setText("")
            self.body.setVisible(False)
        self._titled = None
        self._retitle(self.session.outlook.curve)

    def _clear(self, text: str) -> None:
        self._shown = None
        self.body.setVisible(False)
        self.colorbar_note.setText("")
        self.set_note(text)

    def _draw_boundary(self, b, run) -> None:
        self._retitle(b.curve)
        if b.curve:
            self.image.hide()
            self.plot.setAspectLocked(False)
            self.curve.setData(np.asarray(b.x), np.asarray(b.y))
            self.curve.show()
            if self._ranged != run.number:
                self._ranged = run.number
                self.plot.enableAutoRange()
            self.colorbar_note.setText(tr("Line: the network's output; dots: the data."))
            return
        self.curve.hide()
        self.plot.setAspectLocked(True)
        values = np.asarray(b.values, float)
        (x0, x1), (y0, y1) = b.extent
        if b.kind == "class":
            n = len((run.start.classes if run.start else None) or []) or int(values.max()) + 1
            lut, levels = colors.classes_lut(n), (0, max(n - 1, 1))
            text = tr("Colour: the class the network picks at each point.")
        elif b.kind == "probability":
            lut, levels = colors.diverging_lut(), (0.0, 1.0)
            text = tr("Colour: the network's probability of class 1 (blue) against class 0 "
                      "(orange); white is 50/50, the decision boundary.")
        else:
            lo, hi = self._levels
            lut, levels = colors.diverging_lut(), (lo, hi)
            text = tr("Colour: the network's output value (orange low, blue high).")
        fine = upsample(values, nearest=b.kind == "class")
        dx, dy = (x1 - x0) / (fine.shape[1] - 1), (y1 - y0) / (fine.shape[0] - 1)
        self.image.setImage(fine.T, levels=levels, lut=lut, autoLevels=False)
        rect = (x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy)
        if (rect, fine.shape) != self._rect:  # setting it again would re-draw the axes
            self._rect = (rect, fine.shape)
            self.image.setRect(QRectF(*rect))
        self.image.show()
        if self._ranged != run.number:  # frame the plane once per run; the user may zoom
            self._ranged = run.number
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.02)
            self.plot.disableAutoRange()
        self.colorbar_note.setText(text)

    def _draw_points(self, force: bool = False) -> None:
        """The data as a few scatter items of one style each (per class, or per band of
        values), redrawn only when the data or its split changes."""
        run = self.session.current
        if run is None or not self.built:
            return
        dataset = self.session.dataset_for(run)
        if dataset is None or dataset.x.ndim != 2 or dataset.x.shape[1] not in (1, 2):
            self._fill_scatter([])
            self._points_key = None
            return
        train, val = self._split(run, dataset)
        key = (id(dataset), train.tobytes(), self.show_val.isChecked())
        if key == self._points_key and not force:
            return
        self._points_key = key
        if dataset.x.shape[1] == 1:
            pos = np.stack([dataset.x[:, 0], dataset.y.reshape(len(dataset), -1)[:, 0]], 1)
        else:
            pos = dataset.x
            if dataset.task == "regression":
                y = dataset.y.reshape(len(dataset), -1)[:, 0]
                self._levels = (float(y.min()), float(y.max()))
        pg = self.pg
        groups = []
        for index, color in self._bands(dataset):
            in_train = np.intersect1d(index, train)
            if len(in_train):
                groups.append((pos[in_train], pg.mkBrush(color),
                               pg.mkPen(255, 255, 255, 220, width=1)))
            in_val = np.intersect1d(index, val) if self.show_val.isChecked() else []
            if len(in_val):
                groups.append((pos[in_val], pg.mkBrush(255, 255, 255, 230),
                               pg.mkPen(color, width=2)))
        self._fill_scatter(groups)

    def _fill_scatter(self, groups: list) -> None:
        while len(self.scatter) < len(groups):  # made once, reused for every run
            item = self.pg.ScatterPlotItem(size=7, pxMode=True)
            self.plot.addItem(item)
            self.scatter.append(item)
        for k, item in enumerate(self.scatter):
            if k < len(groups):
                pos, brush, pen = groups[k]
                item.setData(pos=pos, brush=brush, pen=pen)
            else:
                item.clear()

    @staticmethod
    def _bands(dataset) -> list[tuple[np.ndarray, str]]:
        """(sample indices, colour) groups: one per class, or nine bands of target values."""
        if dataset.x.shape[1] == 1:
            return [(np.arange(len(dataset)), colors.class_color(1))]
        if dataset.task == "classification" and dataset.y.ndim == 1:
            return [(np.flatnonzero(dataset.y == c), colors.class_color(c))
                    for c in range(dataset.n_classes or 2)]
        y = dataset.y.reshape(len(dataset), -1)[:, 0]
        lo, hi = float(y.min()), float(y.max())
        band = np.minimum(((y - lo) / (hi - lo or 1.0) * 9).astype(int), 8)
        return [(np.flatnonzero(band == b), colors.value_color((b + 0.5) / 9).name())
                for b in range(9)]

    @staticmethod
    def _split(run, dataset):
        """The run's training and validation indices, as the trainer drew them."""
        settings = (run.spec.get("document") or {}).get("training") or \
            (run.history or {}).get("settings") or {}
        settings = {**settings, **(run.overrides or {})}
        seed = run.start.seed if run.start else None
        labels = dataset.y if dataset.task == "classification" and dataset.y.ndim == 1 \
            else None
        try:
            train, val, _test = split_indices(len(dataset), settings.get("validation_split", 0),
                                              settings.get("test_split", 0), seed, labels)
        except ValueError:
            return np.arange(len(dataset)), np.arange(0)
        return train, val

    def table(self):
        run = self.session.current
        snap = run.snapshot if run else None
        b = snap.boundary if snap else None
        if not b:
            return ["x1", "x2", "output"], []
        if b.curve:
            return ["x", "output"], [[number(float(x)), number(float(y))]
                                     for x, y in zip(b.x, b.y, strict=True)]
        values = np.asarray(b.values)
        (x0, x1), (y0, y1) = b.extent
        xs, ys = np.linspace(x0, x1, values.shape[1]), np.linspace(y0, y1, values.shape[0])
        rows = [[number(float(xs[j])), number(float(ys[i])), number(float(values[i, j]))]
                for i in range(values.shape[0]) for j in range(values.shape[1])]
        return ["x1", "x2", "output"], rows


__all__ = ["BoundaryPanel", "run_dataset_spec"]

"""A histogram of the initial weights a layer would get, for its own fan-in and fan-out.

The chosen initializer is drawn filled; a reference (He if Xavier is chosen, Xavier otherwise)
is drawn as an outline on the same axis, so the difference is visible, not just the numbers.
pyqtgraph loads on first use, so it never slows the window's start."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from designer.initializers import INITIALIZERS, distribution_for, fans, sample
from designer.params import named_parts

from .i18n import tr

MAX_VALUES = 40_000
MAX_REPEATS = 400
BINS = 60

# what each size of a kernel's shape is called, by the shape's length (Dense, Conv2D)
SIZE_NAMES = {2: ("units", "inputs"),
              4: ("filters", "input channels", "kernel size", "kernel size")}


def weight_shape(layer_type: str, params: dict, input_shape) -> tuple[int, ...] | None:
    """The kernel's shape (out, in[, kh, kw]) of a Dense or Conv2D layer, if known."""
    if input_shape is None:
        return None
    try:
        if layer_type == "Dense" and len(input_shape) == 1:
            return (int(params["units"]), int(input_shape[0]))
        if layer_type == "Conv2D" and len(input_shape) == 3:
            k = params["kernel_size"]
            kh, kw = (k, k) if isinstance(k, int) else k
            return (int(params["filters"]), int(input_shape[0]), int(kh), int(kw))
    except (KeyError, TypeError, ValueError):
        return None
    return None


def size_problem(shape) -> str:
    """A plain sentence when a size of `shape` is below 1 (nothing to draw), else ''."""
    names = SIZE_NAMES.get(len(shape), ("every size",) * len(shape))
    for name, size in zip(names, shape, strict=True):
        if size < 1:
            return tr("No preview: {0} must be at least 1.").format(name)
    return ""


def draws(init, shape, rng) -> np.ndarray:
    """Enough initial weights for a smooth histogram: a small layer is drawn several times
    (each draw is a fresh initialization of the same layer), a big one is sampled."""
    size = math.prod(shape)
    repeats = min(MAX_REPEATS, max(1, MAX_VALUES // max(size, 1)))
    return np.concatenate([sample(init, shape, rng, max_values=MAX_VALUES).ravel()
                           for _ in range(repeats)])


def reference_for(init) -> str:
    name = named_parts(init)[0]
    return "he_uniform" if name.startswith("glorot") else "glorot_uniform"


def histogram(values: np.ndarray, lo: float, hi: float) -> tuple[np.ndarray, np.ndarray]:
    counts, edges = np.histogram(values, bins=BINS, range=(lo, hi))
    width = (hi - lo) / BINS
    return edges, counts / max(len(values) * width, 1e-12)


def describe(init, shape) -> str:
    """The formula, then what it gives for this layer: 'fan_in 784, fan_out 128 -> ...'."""
    name, _ = named_parts(init)
    d = distribution_for(init, shape)
    fan_in, fan_out = fans(shape)
    std = math.sqrt(max(d.variance(shape), 0.0))
    if d.kind == "uniform":
        spread = tr("weights in [{0:.3g}, {1:.3g}]").format(d.a, d.b)
    elif d.kind in ("normal", "truncated_normal"):
        spread = tr("normal around {0:.3g}").format(d.a)
    elif d.kind == "constant":
        spread = tr("every weight {0:g}").format(d.a)
    else:
        spread = tr("an {0} matrix").format(d.kind)
    formula = INITIALIZERS.get(name).formula
    return tr("{0}: {1}\nfan_in {2}, fan_out {3} \u2192 {4}, std {5:.3g}").format(
        name, formula, fan_in, fan_out, spread, std)


class InitializerPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.caption)
        self.key = QLabel()  # which curve is which, in the curves' colours
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        self.key.hide()
        self._layout.insertWidget(0, self.key)
        self.plot = None
        self._curves = None
        self.shown: tuple | None = None  # (init, shape) on display

    def _ensure_plot(self) -> None:
        if self.plot is not None:
            return
        import pyqtgraph as pg

        self.plot = pg.PlotWidget(background="w")
        self.plot.setFixedHeight(120)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        item = self.plot.getPlotItem()
        # pyqtgraph makes its options menu without a parent; tie it to the plot's lifetime.
        item.ctrlMenu.setParent(self.plot, item.ctrlMenu.windowFlags())
        item.hideAxis("left")
        item.getAxis("bottom").setPen("#7b8794")
        item.getAxis("bottom").setTextPen("#5f6b78")
        chosen = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=(47, 111, 208, 110),
                                 pen=pg.mkPen("#2f6fd0", width=1.5))
        reference = pg.PlotDataItem(stepMode="center",
                                    pen=pg.mkPen("#d07a1f", width=1.5, style=Qt.PenStyle.DashLine))
        item.addItem(reference)
        item.addItem(chosen)
        self._curves = (chosen, reference)
        self._layout.insertWidget(1, self.plot)

    def show_for(self, init, shape, missing: str = "") -> None:
        """Draw `init`'s weights for a kernel of `shape`; None shape: say what is `missing`."""
        problem = size_problem(shape) if shape is not None else ""
        if shape is None or problem:
            self.shown = None
            self.caption.setText(problem or missing or tr(
                "Connect this layer's input to see its initial weights."))
            if self.plot is not None:
                self.plot.hide()
                self.key.hide()
            return
        key = (repr(init), tuple(shape))
        if self.shown == key:
            return
        self.shown = key
        self._ensure_plot()
        self.plot.show()
        self.key.show()
        ref = reference_for(init)
        rng = np.random.default_rng(0)
        values, ref_values = draws(init, shape, rng), draws(ref, shape, rng)
        reach = max(float(np.abs(values).max(initial=0)), float(np.abs(ref_values).max()),
                    1e-3) * 1.1
        chosen, reference = self._curves
        chosen.setData(*histogram(values, -reach, reach))
        reference.setData(*histogram(ref_values, -reach, reach))
        self.key.setText(tr("<span style='color:#2f6fd0'>\u25a0 {0}</span> &nbsp; "
                            "<span style='color:#d07a1f'>- - {1}</span> "
                            "<span style='color:#5f6b78'>for comparison</span>").format(
            named_parts(init)[0], ref))
        self.plot.setXRange(-reach, reach, padding=0)
        self.plot.enableAutoRange(axis="y")
        self.caption.setText(describe(init, shape))

"""What every live plot panel shares: pyqtgraph loaded on first use, a redraw only when the panel
is on screen (a hidden tab just remembers that it is out of date), one persistent item per
series fed from buffers that double, and export of the picture (PNG) and the numbers (CSV).
"""
from __future__ import annotations

import csv
import math
import time

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from .. import dialogs
from ..i18n import tr
from .frames import SCHEDULER

AXIS = "#7b8794"
AXIS_TEXT = "#5f6b78"


def style_plot(item, x_label: str = "", y_label: str = "") -> None:
    """The quiet look of the app's plots, and a plot that stays fast with long histories."""
    from PySide6.QtWidgets import QGraphicsItem

    for name in ("left", "bottom", "top", "right"):
        axis = item.getAxis(name)
        axis.setPen(AXIS)
        axis.setTextPen(AXIS_TEXT)
        axis.enableAutoSIPrefix(False)
        # An axis replays its ticks and labels on every frame (about 2 ms each, most of a
        # redraw); cached as a pixmap, it is drawn again only when its range changes.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    # A fixed width for the value axis: tick labels that grow ("0.1" -> "0.01") would
    # otherwise re-lay out the whole plot in the middle of a run.
    item.getAxis("left").setWidth(46)
    if x_label:
        item.setLabel("bottom", x_label, color=AXIS_TEXT)
    if y_label:
        item.setLabel("left", y_label, color=AXIS_TEXT)
    item.showGrid(x=True, y=True, alpha=0.15)
    item.setClipToView(True)
    item.setDownsampling(auto=True, mode="peak")
    item.setMenuEnabled(False)
    item.hideButtons()
    # pyqtgraph makes its options menu without a parent; tie it to the plot's lifetime.
    menu = item.ctrlMenu
    if menu is not None and menu.parent() is None:
        menu.setParent(item.getViewWidget(), menu.windowFlags())


class Series:
    """One curve: a persistent PlotDataItem fed from arrays that double as they fill."""

    def __init__(self, item):
        self.item = item
        self.x = np.empty(64)
        self.y = np.empty(64)
        self.n = 0
        self.lo, self.hi = np.inf, -np.inf  # the finite y values' bounds so far
        self.pos_lo = np.inf  # the smallest positive y (for log scales)

    def clear(self) -> None:
        self.reset()
        self.item.setData([], [])

    def reset(self) -> None:
        """Forget the data (the item keeps showing it until the next draw)."""
        self.n = 0
        self.lo, self.hi, self.pos_lo = np.inf, -np.inf, np.inf

    def extend(self, xs, ys) -> None:
        xs, ys = np.asarray(xs, float), np.asarray(ys, float)
        need = self.n + len(xs)
        if need > len(self.x):
            size = max(need, 2 * len(self.x))
            for name in ("x", "y"):
                grown = np.empty(size)
                grown[:self.n] = getattr(self, name)[:self.n]
                setattr(self, name, grown)
        self.x[self.n:need] = xs
        self.y[self.n:need] = ys
        self.n = need
        finite = ys[np.isfinite(ys)]
        if finite.size:
            self.lo, self.hi = min(self.lo, finite.min()), max(self.hi, finite.max())
            positive = finite[finite > 0]
            if positive.size:
                self.pos_lo = min(self.pos_lo, positive.min())

    def draw(self) -> None:
        if self.n == 0:
            self.item.setData([], [])
        else:
            self.item.setData(self.x[:self.n], self.y[:self.n], connect="finite")

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self.x[:self.n], self.y[:self.n]




class LivePanel(QWidget):
    """A panel that builds its pyqtgraph content on first show and redraws (at most once per
    event-loop pass) only while it is visible; hidden, it just remembers it is out of date."""

    title = "panel"
    empty_text = ""
    kinds: set[str] | None = None  # the record types it draws (None: every change)
    ALWAYS = {"added", "removed", "selection", "visibility", "name", "status", "reset",
              "document"}

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.built = False
        self.dirty = True
        self._last_refresh = 0.0
        self.header = QHBoxLayout()
        self.header.setContentsMargins(4, 2, 4, 0)
        self.export_button = QToolButton(self)
        self.export_button.hide()  # until there is a plot to export
        self.export_button.setText(tr("Export"))
        self.export_button.setToolTip(tr("Save this plot as a PNG picture or its numbers as "
                                         "CSV"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(tr("Save image (PNG)\u2026"), self.export_png)
        menu.addAction(tr("Save data (CSV)\u2026"), self.export_csv)
        self.export_button.setMenu(menu)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setText(self.empty_text)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(self.header)
        self._layout.addWidget(self.note, 1)
        session.changed.connect(self.mark_dirty)

    # -- to implement ------------------------------------------------------------------------
    def build(self) -> QWidget:
        """Create the plots (pyqtgraph is imported by now); return the widget to show."""
        raise NotImplementedError

    def redraw(self) -> None:
        raise NotImplementedError

    def table(self) -> tuple[list[str], list[list]]:
        """The plotted numbers: a header and rows, for CSV."""
        return [], []

    def forget(self) -> None:
        """Another document is open: drop everything drawn from its runs (built or not), so
        the next redraw starts from the new document's outlook."""

    # -- shared ------------------------------------------------------------------------------
    def ensure_built(self) -> None:
        if self.built:
            return
        import pyqtgraph  # noqa: F401  (0.4 s, once)

        self.built = True
        self.body = self.build()
        if not any(self.header.stretch(i) for i in range(self.header.count())):
            self.header.addStretch(1)
        self.header.addWidget(self.export_button)
        self.export_button.show()
        for i in range(self.header.count()):
            shrinkable(self.header.itemAt(i).widget())
        self._layout.insertWidget(1, self.body, 1)

    def mark_dirty(self, _run=None, kinds=None) -> None:
        if kinds and "reset" in kinds:
            self.forget()
        if self.kinds is not None and kinds and not (set(kinds) & (self.kinds | self.ALWAYS)):
            return
        self.dirty = True
        if self.isVisible():
            SCHEDULER.request(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        SCHEDULER.request(self)  # out of date while it was hidden, or never drawn

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        SCHEDULER.forget(self)

    def on_screen(self) -> bool:
        """Shown and not covered: a dock tabbed away right before is not (yet) hidden, but
        it has no visible region."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _refresh_if_shown(self) -> None:
        if self.on_screen() and (self.dirty or not self.built):
            self.refresh()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.dirty:  # on screen at last: a frame that found it not laid out yet drew nothing
            SCHEDULER.request(self)

    def refresh(self) -> None:
        """Redraw now, visible or not (tests and exports call this)."""
        self.ensure_built()
        self.dirty = False
        self._last_refresh = time.monotonic()
        self.redraw()

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- export ------------------------------------------------------------------------------
    def file_stem(self) -> str:
        return self.title.lower().replace(" ", "_").replace("&", "and")

    def export_png(self, path: str | None = None) -> str | None:
        self.refresh()
        path = path or dialogs.export_path(self, f"{self.file_stem()}.png", "png")
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        self.body.grab().save(path, "PNG")
        return path

    def export_csv(self, path: str | None = None) -> str | None:
        self.refresh()
        path = path or dialogs.export_path(self, f"{self.file_stem()}.csv", "csv")
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
        header, rows = self.table()
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            writer.writerows(rows)
        return path


def pictureless(run) -> str | None:
    """The note of a panel of pictures for a run that trains elsewhere (followed from its log,
    or a sweep's trial) and has sent none: its log holds curves, not pictures."""
    if run is None or not run.external or run.snapshot is not None:
        return None
    return tr("{0} trains elsewhere: its log holds its curves, not its pictures. Open its "
              "trained network and train it here to see them.").format(run.name)


def number(value) -> str:
    """A CSV cell: empty for missing values."""
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if np.isnan(value) else f"{value:.8g}"
    return str(value)


def shrinkable(*widgets) -> None:
    """Let labels and combo boxes in narrow docks shrink instead of widening the window."""
    from PySide6.QtWidgets import QComboBox, QLabel

    for w in widgets:
        if isinstance(w, QComboBox):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(6)
        elif isinstance(w, QLabel):
            w.setMinimumWidth(1)  # below its text's width: the text is cut, not the window


def frame_decades(plot, values, margin: float = 0.3) -> tuple[float, float] | None:
    """On a log-scaled y axis: a range of whole decades around `values`, labelled at the
    decades only (pyqtgraph's own labels crowd a range narrower than a decade). Returns the
    range in data units, or None when there is nothing positive to show."""
    values = np.asarray(values, float)
    values = values[np.isfinite(values) & (values > 0)]
    if not values.size:
        return None
    bottom = int(np.floor(np.log10(values.min()) - margin))
    top = int(np.ceil(np.log10(values.max()) + margin))
    if getattr(plot, "_decades", None) != (bottom, top):  # unchanged: leave the axis be
        plot._decades = (bottom, top)
        plot.setYRange(bottom, top, padding=0)
        step = max(1, (top - bottom) // 3)
        plot.getAxis("left").setTicks([[(d, f"{10.0 ** d:g}")
                                        for d in range(bottom, top + 1, step)], []])
    return 10.0 ** bottom, 10.0 ** top


class StickyRange:
    """A view range that stays still while the data stays inside it, so the axes are not
    re-laid out on every frame (their ticks are the most expensive part of a redraw): the x
    range grows by doubling up to the planned end, the y range re-frames only when the data
    leaves it or fills less than `fill` of it. In log mode the y bounds are taken in decades.
    """

    def __init__(self, plot, fill: float = 0.35, pad: float = 0.06):
        self.plot, self.fill, self.pad = plot, fill, pad
        self.x = self.y = None  # what was last set (an end for time, else (low, high))
        plot.disableAutoRange()

    def reset(self) -> None:
        self.x = self.y = None

    def fit_x(self, x_max: float, x_end: float | None = None) -> None:
        if not math.isfinite(x_max):
            return
        # The planned run's whole span from the start: the axis never moves while the run
        # goes (each move re-lays out and re-draws every axis of the panel, which made most
        # frames of a fast run slow), and the curve's progress across it is the run's.
        # Without a plan (or past it), the range doubles.
        end = x_end if x_end and x_max <= x_end else max(20.0, x_end or 0)
        while end < x_max:
            end *= 2
        if self.x != end:
            self.x = end
            self.plot.setXRange(0, end, padding=0.02)

    def fit_y(self, lo: float, hi: float, log: bool = False) -> None:
        if log:
            lo, hi = (math.log10(v) if v > 0 else math.nan for v in (lo, hi))
        framed = self._frame(self.y, lo, hi)
        if framed is not None:
            self.y = framed
            self.plot.setYRange(*framed, padding=0)

    def fit_span_x(self, lo: float, hi: float) -> None:
        """Like fit_y, for an x axis that is not time (a histogram's values)."""
        framed = self._frame(self.x if isinstance(self.x, tuple) else None, lo, hi)
        if framed is not None:
            self.x = framed
            self.plot.setXRange(*framed, padding=0)

    def _frame(self, current, lo: float, hi: float):
        """A new (low, high) when [lo, hi] leaves `current` or fills too little of it."""
        if not (math.isfinite(lo) and math.isfinite(hi)):
            return None
        span = hi - lo or abs(hi) * 0.1 or 1.0
        if current is None or lo < current[0] or hi > current[1] or \
                span < self.fill * (current[1] - current[0]):
            return (lo - self.pad * span, hi + self.pad * span)
        return None

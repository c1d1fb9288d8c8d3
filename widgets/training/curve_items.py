"""The Loss and accuracy panel's items, made to come by the thousand: a sweep of 200 trials
draws five curves each. Imported when the panel is first built (it loads pyqtgraph).

Measured with a thousand curves on three plots: a PlotDataItem (a curve and a
scatter item, both followed on every view change) took 0.8 ms to make, add and feed, against
0.2 ms for a PlotCurveItem; PlotItem.addItem and removeItem went over every curve and every
legend line for each item added or removed, so that work grew with the square of the runs."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample

from ..i18n import tr
from .plotting import AXIS_TEXT as MUTED


class EpochCurve(pg.PlotCurveItem):
    """A run's curve of one value per epoch (or the rates it planned: at most 200 points),
    short enough to need none of PlotDataItem's clipping and downsampling. It follows its
    plot's log scale as a PlotDataItem does: PlotItem.setLogMode calls setLogMode on its items.
    Only y is ever logarithmic here (the loss and the rates)."""

    _log_y = False
    _raw: tuple | None = None  # the last (x, y) and options given, before the log scale

    def setData(self, *args, **kwargs) -> None:
        if len(args) == 2:
            self._raw = (args, kwargs)
            if self._log_y:
                args = (args[0], log10(args[1]))
        super().setData(*args, **kwargs)

    def setLogMode(self, x_log: bool, y_log: bool) -> None:
        if y_log != self._log_y:
            self._log_y = y_log
            if self._raw is not None:
                self.setData(*self._raw[0], **self._raw[1])


def log10(values) -> np.ndarray:
    """log10 of the positive values, NaN (a gap in the line) for the rest."""
    values = np.asarray(values, float)
    out = np.full(values.shape, np.nan)
    np.log10(values, out=out, where=values > 0)
    return out


def add_items(plot, items: list) -> None:
    """PlotItem.addItem for many items, less what it does for each that grows with the plot:
    refilling the averaging list of its menu (disabled here) from every curve, and the
    legend (CappedLegend keeps it). The items stay the plot's (listDataItems, setLogMode)."""
    log = (plot.ctrl.logXCheck.isChecked(), plot.ctrl.logYCheck.isChecked())
    for item in items:
        plot.vb.addItem(item)
        item.setLogMode(*log)
    for kept in (plot.items, plot.dataItems, plot.curves):
        kept.extend(items)


def remove_items(plot, items: list) -> None:
    """PlotItem.removeItem for many items: the plot's lists filtered once, not once per item,
    and no search of the legend for each."""
    gone = {id(item) for item in items}
    for name in ("items", "dataItems", "curves"):
        setattr(plot, name, [i for i in getattr(plot, name) if id(i) not in gone])
    for item in items:
        plot.vb.removeItem(item)


class _Blank(ItemSample):
    """The sample beside the legend's last line ("+N more"): no line, nothing to hide."""

    def __init__(self):
        super().__init__(None)

    def paint(self, painter, *args) -> None:
        pass

    def mouseClickEvent(self, event) -> None:
        event.accept()


class CappedLegend:
    """A plot's legend, at most `lines` lines and no more than the plot has room for, however
    many runs: past that, the first runs (the selected one among them) and a line that says
    how many more; the runs table names every run in its colour. Built again only when what
    it shows changes (pyqtgraph's legend measures all its lines on each one added or
    removed: 0.44 s for 200 runs)."""

    LINE_PX = 20  # the height of a line (ItemSample's)

    def __init__(self, plot, lines: int):
        self.plot, self.lines = plot, lines
        self.legend = plot.legend
        self.showing: tuple = ()  # ((item, name), ...), and the count of the runs left out

    def room(self) -> int:
        """The lines that fit in the plot's height below the legend's offset (two at least:
        a run and how many more)."""
        fit = int((self.plot.vb.height() - 2 * abs(self.legend.opts["offset"][1]))
                  // self.LINE_PX)
        return max(2, min(self.lines, fit))

    def show(self, entries: list[tuple], current=None) -> None:
        """`entries`: (item, name) of every run shown, in order; `current`: the selected
        run's item, named whatever its place."""
        named, more = legend_lines(entries, current, self.room())
        if (named, more) == self.showing:
            return
        self.showing = (named, more)
        self.legend.clear()
        for item, name in named:
            self.legend.addItem(item, name)
        if more:
            text = tr("+{0} more").format(more)
            self.legend.addItem(_Blank(), text)
            self.legend.items[-1][1].setText(text, color=MUTED)  # not a run: muted

    def names(self) -> list[str]:
        """The lines as they read (tests)."""
        return [label.text for _sample, label in self.legend.items]


def legend_lines(entries: list[tuple], current, lines: int) -> tuple[tuple, int]:
    """The (item, name) entries a legend of `lines` lines names, and how many it leaves out:
    all of them when they fit, else the first lines - 1 with the current item in the last
    place when it is not among them."""
    if len(entries) <= lines:
        return tuple(entries), 0
    named = list(entries[:lines - 1])
    chosen = [e for e in entries[lines - 1:] if e[0] is current]
    if chosen:
        named[-1] = chosen[0]
    return tuple(named), len(entries) - len(named)

"""The learning-rate range test in the panel: train a copy of the network for a hundred steps
while the rate grows from 1e-7 to 10, draw loss against rate, and offer the suggested rate
(a tenth of the rate at the lowest loss) with one click.

The test runs in a worker thread (designer.training.lr_finder, Qt-free); a GUI timer collects
its records, as the runs do."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from designer.background import BackgroundJob
from designer.network import Network
from designer.serialization import from_document, to_document

from ..i18n import tr


def copy_network(network: Network) -> Network:
    """An independent copy: edits of the open network never reach a background job."""
    copy = from_document(to_document(network))
    copy.weights = dict(network.weights) if network.weights else None
    copy.source = network.source
    return copy


def _range_test(network: Network, control):
    from designer.training.lr_finder import lr_range_test  # torch: imported in the thread

    yield from lr_range_test(network, control=control)


class LrFinderJob(BackgroundJob):
    """One range test in a thread; poll `drain()` until `finished`. A failure (a DesignerError
    says what is wrong with the setup) arrives as an "error" record."""

    def __init__(self, network: Network):
        from designer.training.control import TrainingControl

        self.control = TrainingControl()
        super().__init__("lr-finder", stop=self.control.stop)
        self.start(_range_test, copy_network(network), self.control)

    def stop(self, timeout: float | None = 5.0) -> bool:
        return super().stop(timeout)


class LrFinderView(QWidget):
    useRate = Signal(float)
    started = Signal()

    def __init__(self, network_getter, parent=None):
        super().__init__(parent)
        self.network_getter = network_getter
        self.job: LrFinderJob | None = None
        self.suggestion: float | None = None
        self.button = QPushButton(tr("Find a learning rate"))
        self.button.setToolTip(tr("The range test: train a copy for 100 steps while the rate "
                                  "grows from 1e-7 to 10, and watch where the loss falls "
                                  "fastest and where it blows up. Your network is not "
                                  "changed."))
        self.button.clicked.connect(self.toggle)
        self.use = QPushButton()
        self.use.clicked.connect(lambda: self.suggestion and self.useRate.emit(self.suggestion))
        self.use.hide()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.use)
        row.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self._layout.addLayout(row)
        self._layout.addWidget(self.status)
        self.plot = None
        self._curves = None
        self._points = ([], [], [])
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self.job is not None

    def toggle(self) -> None:
        if self.job is not None:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self._ensure_plot()
        self._points = ([], [], [])
        self.suggestion = None
        self.use.hide()
        self._marker.hide()
        self._draw()
        self.status.setText(tr("Testing rates from 1e-7 to 10\u2026"))
        self.status.show()
        self.plot.show()
        self.button.setText(tr("Stop the test"))
        self.job = LrFinderJob(self.network_getter())
        self.timer.start()
        self.started.emit()

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop()
            self._poll()
            self._finish()

    def _finish(self) -> None:
        self.job = None
        self.timer.stop()
        self.button.setText(tr("Find a learning rate"))

    def _ensure_plot(self) -> None:
        if self.plot is not None:
            return
        import pyqtgraph as pg

        from .plotting import style_plot

        self.plot = pg.PlotWidget(background="w")
        self.plot.setFixedHeight(130)
        item = self.plot.getPlotItem()
        style_plot(item, tr("learning rate"), tr("loss"))
        item.setLogMode(x=True, y=False)
        raw = item.plot(pen=pg.mkPen("#b8c2cc", width=1))
        smooth = item.plot(pen=pg.mkPen("#2f6fd0", width=2))
        self._marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#2e9d5b", width=1.5,
                                                              style=Qt.PenStyle.DashLine))
        item.addItem(self._marker, ignoreBounds=True)
        self._marker.hide()
        self._curves = (raw, smooth)
        self._layout.insertWidget(1, self.plot)

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        for record in job.drain():
            kind = record["type"]
            if kind == "lr_test":
                for values, key in zip(self._points, ("lr", "loss", "smoothed"), strict=True):
                    values.append(record[key])
            elif kind == "lr_result":
                self._show_result(record)
            elif kind == "error":
                self.status.setText(tr("The test could not run: {0}").format(record["message"]))
        self._draw()
        if job.finished:
            self._finish()

    def _draw(self) -> None:
        if self._curves is None:
            return
        lrs, losses, smoothed = self._points
        self._curves[0].setData(lrs, losses)
        self._curves[1].setData(lrs, smoothed)
        if len(smoothed) > 1:  # frame the smoothed curve; the raw spikes may leave the view
            low, start = min(smoothed), smoothed[0]
            high = min(max(losses), max(2.5 * start, max(smoothed)))
            self.plot.setYRange(low - 0.05 * (high - low), high, padding=0)

    def _show_result(self, result: dict) -> None:
        import math

        self.suggestion = result.get("suggestion")
        lrs = result.get("lrs") or []
        if self.suggestion is None and len(lrs) < 3:
            self.status.setText(tr("Too few steps to suggest a rate: the loss went wrong at "
                                   "once. Check the data and the network."))
            return
        if self.suggestion is None:  # designer's rule: the loss never clearly fell
            self.status.setText(tr("The loss did not clearly fall during the test (this "
                                   "network learns slowly, or the batches are noisy): no "
                                   "suggestion. Try the rates where the curve is lowest."))
            return
        self._marker.setValue(math.log10(self.suggestion))
        self._marker.show()
        self.use.setText(tr("Use {0:.2g}").format(self.suggestion))
        self.use.show()
        self.status.setText(tr("Lowest loss at {0:.2g}; a tenth of it, {1:.2g}, is a good "
                               "start (green line).").format(result["min_loss_lr"],
                                                             self.suggestion))

    def clear(self) -> None:
        """Stop a test and hide its result: another network is open."""
        self.shutdown()
        self._points = ([], [], [])
        self.suggestion = None
        self.use.hide()
        self.status.setText("")
        self.status.hide()
        if self.plot is not None:
            self._marker.hide()
            self._draw()
            self.plot.hide()

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.stop()
            self._finish()

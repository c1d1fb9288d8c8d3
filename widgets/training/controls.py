"""Train, Pause/Resume, Step and Stop for the selected run, its progress (epoch counter and time
left) and its messages (why it stopped, what went wrong, notes from the trainer)."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import catalog
from ..i18n import tr
from ..live_text import LiveText
from .frames import SCHEDULER

REFRESH_MS = 200  # the progress bar and status line, while a run reports progress


def duration(seconds: float) -> str:
    seconds = max(int(round(seconds)), 0)
    if seconds < 60:
        return tr("{0} s").format(seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return tr("{0} min {1:02d} s").format(minutes, seconds)
    hours, minutes = divmod(minutes, 60)
    return tr("{0} h {1:02d} min").format(hours, minutes)


def progress_of(run) -> tuple[float, float | None]:
    """(fraction done, seconds left or None) of a run."""
    total = run.total_epochs or 0
    if not total:
        return (1.0 if not run.active else 0.0), None
    p = run.progress
    done_epochs = run.epoch
    fraction = done_epochs / total
    elapsed = run.epochs[-1].elapsed if run.epochs else None
    if p is not None and p.epoch == done_epochs + 1 and p.steps:
        fraction = (done_epochs + p.step / p.steps) / total
        elapsed = p.elapsed if p.elapsed is not None else elapsed
    if not run.active:
        return (1.0 if run.status == "finished" else fraction), None
    if elapsed is None or fraction <= 0:
        return fraction, None
    return fraction, elapsed * (1 - fraction) / fraction


class ControlsBar(QWidget):
    trainRequested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        # Opaque: a progress update repaints this bar, not every parent up to the main window
        self.setAutoFillBackground(True)
        self.train = QPushButton(tr("\u25b6  Train"))
        self.train.setObjectName("trainButton")
        self.train.setToolTip(tr("Train the network as it is now, with these settings (F5). "
                                 "Press it again after a change to compare two runs."))
        self.train.clicked.connect(self.trainRequested)
        self.pause = QPushButton(tr("Pause"))
        self.pause.setToolTip(tr("Pause the selected run; the optimizer keeps its state, so "
                                 "Resume goes on exactly where it stopped"))
        self.pause.clicked.connect(self._pause_or_resume)
        self.step = QToolButton()
        self.step.setText(tr("Step"))
        self.step.setToolTip(tr("Train one batch, then pause again (the menu has one epoch)"))
        self.step.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.step)
        menu.addAction(tr("One batch"), self.step_batch)
        menu.addAction(tr("Rest of this epoch"), self.step_epoch)
        self.step.setMenu(menu)
        self.step.clicked.connect(self.step_batch)
        self.stop = QPushButton(tr("Stop"))
        self.stop.setToolTip(tr("Stop the selected run; what it learned so far is kept"))
        self.stop.clicked.connect(lambda: self.session.current and self.session.current.stop())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.train, 2)
        for w in (self.pause, self.step, self.stop):
            buttons.addWidget(w, 1)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.setFormat("")
        self.status = LiveText(lines=2)  # updated a few times a second: see LiveText
        self.status.setObjectName("muted")
        self.message = QLabel()
        self.message.setObjectName("messageBox")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        self._pending = False
        self.refusal: str | None = None  # why Train was refused, while that still holds
        session.changed.connect(self._on_changed)
        self.refresh()

    # -- actions -----------------------------------------------------------------------------
    def _pause_or_resume(self) -> None:
        run = self.session.current
        if run is None:
            return
        if run.status == "paused":
            run.resume()
        else:
            run.pause()

    def step_batch(self) -> None:
        run = self.session.current
        if run is not None:
            run.step()

    def step_epoch(self) -> None:
        """Every batch left in the current epoch (the trainer takes them one by one)."""
        run = self.session.current
        if run is None or not run.active:
            return
        steps = (run.start.steps_per_epoch if run.start else None) or 1
        p = run.progress
        done = p.step if p is not None and p.epoch == run.epoch + 1 else 0
        for _ in range(max(steps - done, 1)):
            run.step()

    # -- showing -----------------------------------------------------------------------------
    def _on_changed(self, run, kinds) -> None:
        kinds = set(kinds or ())
        if run is not None and run is not self.session.current and \
                not kinds & {"removed", "selection", "reset"}:
            return
        if kinds - {"epoch", "progress", "snapshot", "step"}:
            self.refresh()  # a new status or run: show it at once
        elif not self._pending:  # progress: a few times a second is plenty
            self._pending = True
            QTimer.singleShot(SCHEDULER.interval(REFRESH_MS), self._refresh_pending)

    def _refresh_pending(self) -> None:
        self._pending = False
        self.refresh()

    def refresh(self) -> None:
        run = self.session.current
        active = run is not None and run.active
        self.pause.setEnabled(active)
        self.pause.setText(tr("Resume") if run is not None and run.status == "paused"
                           else tr("Pause"))
        self.step.setEnabled(active)
        self.stop.setEnabled(active)
        self.bar.setVisible(run is not None)
        if run is None:
            self.bar.setFormat("")
            self.bar.setValue(0)
            self.status.setText(tr("Press Train to start. Each run trains a copy of the network "
                                   "in the background, so you can keep editing."))
            self._set_message("info", "")
            return
        fraction, left = progress_of(run)
        total = run.total_epochs
        text = tr("{0}: epoch {1} of {2}").format(run.name, run.epoch, total) if total \
            else run.name
        if left is not None and run.status == "running":
            text += tr(" \u00b7 about {0} left").format(duration(left))
        self.bar.setFormat(text)  # first: setValue repaints at once, text and value together
        self.bar.setValue(int(fraction * 1000))
        self.status.setText(self._status_line(run))
        self._show_message(run)

    def _status_line(self, run) -> str:
        parts = [tr(run.status)]
        if run.epochs:
            value = run.epochs[-1].value
            shown = ((tr("loss {0:.4g}"), value("loss")),
                     (tr("validation loss {0:.4g}"), value("val_loss")),
                     (tr("accuracy {0:.1%}"), value("accuracy")),
                     (tr("validation accuracy {0:.1%}"), value("val_accuracy")),
                     (tr("R\u00b2 {0:.3f}"), value("r2")))
            parts += [text.format(v) for text, v in shown if v is not None]
        return " \u00b7 ".join(parts)

    def _show_message(self, run) -> None:
        end = run.end
        message = end.message if end else ""
        message = catalog.message(message) if message else message  # designer's, translated
        kind, text = "info", ""
        if run.status == "failed":
            kind, text = "error", tr("This run failed: {0}").format(
                catalog.message(str(run.error))) if run.error else tr("This run failed")
        elif run.status == "diverged":
            kind, text = "error", tr("Diverged: {0}").format(message)
        elif message and run.status != "finished":
            text = message
        elif run.start and run.start.notes and run.active:
            text = "; ".join(map(catalog.message, run.start.notes))  # e.g. bad rows left out
        elif run.status == "finished" and end:
            text = self._finished_text(run, end)
        self._set_message(kind, text)

    def show_refusal(self, text: str | None) -> None:
        """Say why Train was refused (None: it no longer holds); it stays above the run's own
        message until the controller takes it back."""
        self.refusal = text or None
        self.refresh()

    def _set_message(self, kind: str, text: str) -> None:
        if self.refusal:
            kind, text = "error", self.refusal
        if self.message.property("kind") != kind:  # a new style sheet rule: re-polish
            self.message.setProperty("kind", kind)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @staticmethod
    def _finished_text(run, end) -> str:
        if end.seconds is None:
            return ""
        text = tr("Finished {0} epochs in {1}.").format(end.epochs_run, duration(end.seconds))
        test = end.test
        if test and test.get("accuracy") is not None:
            text += " " + tr("Test accuracy {0:.1%}.").format(test["accuracy"])
        return text

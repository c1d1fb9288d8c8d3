"""When the plots redraw: at most ten times a second each, one plot per frame, and ten times
less often while a run trains on every core (see FrameScheduler)."""
from __future__ import annotations

import math
import time

from PySide6.QtCore import QTimer

REFRESH_MS = 100  # a plot redraws at most ten times a second, however fast runs report
FRAME_MS = 25  # and one plot at most per frame: see FrameScheduler
BUSY_SLOWDOWN = 10  # ... and all of it ten times less often while a run uses every core


class FrameScheduler:
    """Redraws the panels that are out of date one per frame, the longest-waiting first.
    Panels with timers of their own fire together in one pass of the event loop, and their
    redraws and paints add up to a frame that holds the window up for tens of milliseconds;
    one panel per FRAME_MS keeps every frame short (bench/bench_app_training.py). The timer
    wakes only when a panel is due: a wake-up that draws nothing still takes a core from a
    run that uses them all."""

    def __init__(self):
        self.pending: list = []
        self.timer = None
        self.busy = False
        self.refresh_ms = REFRESH_MS
        self.last_frame = 0.0

    def set_compute_bound(self, busy: bool) -> None:
        """While a run trains on every core, the window redraws a tenth as often (plots once
        a second): whatever it draws then takes a core from the run's threads, which wait for
        one another (measured with the medium MLP: the window's process used 4.5% of a core
        with each plot drawn 2.5 times a second, 2.5% at once a second, 0.9% with no plot
        shown; the run loses more than that share)."""
        self.busy = busy
        self.refresh_ms = self.interval(REFRESH_MS)

    def interval(self, ms: int) -> int:
        """How often to redraw what would redraw every `ms` on an idle machine."""
        return ms * BUSY_SLOWDOWN if self.busy else ms

    def request(self, panel) -> None:
        if panel not in self.pending:
            self.pending.append(panel)
        self._schedule()

    def forget(self, panel) -> None:
        if panel in self.pending:
            self.pending.remove(panel)

    def _schedule(self) -> None:
        if self.timer is None:
            self.timer = QTimer()
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self._frame)
        if not self.pending:
            self.timer.stop()
            return
        due = min(p._last_refresh for p in self.pending) + self.refresh_ms / 1000
        wait = max(due, self.last_frame + FRAME_MS / 1000) - time.monotonic()
        ms = max(0, math.ceil(wait * 1000))
        if not (self.timer.isActive() and self.timer.remainingTime() <= ms):
            self.timer.start(ms)

    def _frame(self) -> None:
        now = time.monotonic()
        due = [p for p in self.pending if now - p._last_refresh >= self.refresh_ms / 1000]
        if due:
            panel = min(due, key=lambda p: p._last_refresh)
            self.pending.remove(panel)
            panel._refresh_if_shown()
            self.last_frame = time.monotonic()
        self._schedule()


SCHEDULER = FrameScheduler()

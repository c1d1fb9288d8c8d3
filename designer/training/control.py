"""Pause, resume, single-step and stop a run from any thread.

The trainer reads one plain attribute (`interrupt`) between optimizer steps; only when it is set
does it take the lock and look at what was asked. A paused run blocks inside the trainer's
generator (so a worker thread sleeps, using no CPU) until resumed, stepped or stopped; the
optimizer's state is untouched, so resuming continues exactly where it was.
"""
from __future__ import annotations

import threading


class TrainingControl:
    RUNNING, PAUSED, STOPPING = "running", "paused", "stopping"

    def __init__(self):
        self._cond = threading.Condition()
        self._state = self.RUNNING
        self._steps = 0  # single steps granted while paused
        self.interrupt = False  # read without the lock by the training loop
        self._listeners: list = []  # told whenever interrupt is set (e.g. to raise a flag
        # that code running outside Python, such as a TorchScript loop, can read)

    @property
    def state(self) -> str:
        return self._state

    def add_listener(self, callback) -> None:
        with self._cond:
            self._listeners.append(callback)

    def remove_listener(self, callback) -> None:
        with self._cond:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def _interrupted(self) -> None:  # with the lock held
        self.interrupt = True
        for callback in self._listeners:
            callback()
        self._cond.notify_all()

    def pause(self) -> None:
        with self._cond:
            if self._state == self.RUNNING:
                self._state = self.PAUSED
                self._interrupted()

    def resume(self) -> None:
        with self._cond:
            if self._state == self.PAUSED:
                self._state, self._steps = self.RUNNING, 0
                self.interrupt = False
                self._cond.notify_all()

    def step(self, n: int = 1) -> None:
        """Run `n` more optimizer steps, then stay paused (pauses a running run first)."""
        with self._cond:
            if self._state == self.STOPPING:
                return
            self._state = self.PAUSED
            self._steps += n
            self._interrupted()

    def stop(self) -> None:
        with self._cond:
            self._state = self.STOPPING
            self._interrupted()

    @property
    def stop_requested(self) -> bool:
        return self._state == self.STOPPING

    # -- the trainer's side ---------------------------------------------------------------
    def take_step(self) -> bool:
        """True (and one granted step used) when a single step was asked for."""
        with self._cond:
            if self._state == self.PAUSED and self._steps > 0:
                self._steps -= 1
                return True
            return False

    def wait(self, timeout: float | None = None) -> str:
        """Block while paused with no step granted; returns the state it woke to."""
        with self._cond:
            while self._state == self.PAUSED and self._steps == 0:
                if not self._cond.wait(timeout):
                    break
            return self._state

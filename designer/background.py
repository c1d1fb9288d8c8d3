"""One way to run a job in the background, Qt-free: a named thread whose results wait in a
queue until the caller polls them (the app does so from a GUI timer), so that nothing the
worker does ever touches a widget.

    job = BackgroundJob("lr-finder", stop=control.stop).start(lr_range_test, network)
    ...
    for record in job.drain(): ...
    if job.finished: ...

The job runs a function or a generator: each item a generator yields is queued as it comes, a
function's return value (unless None) once at the end. An exception ends the job with one
error item (by default {"type": "error", "message": ...}) instead of escaping the thread.
`done` is set however the work ends.
"""
from __future__ import annotations

import collections
import threading
from collections.abc import Iterator
from typing import Any, Callable


def error_record(error: Exception) -> dict:
    """The default error item: the exception's own sentence, or its type when it has none."""
    return {"type": "error", "message": str(error) or type(error).__name__}


class BackgroundJob:
    """One job in one thread; `drain()` what it produced, `finished` once all is drained.

    `stop` is the caller's hook that asks the work to end early (a TrainingControl's stop);
    `error` turns an exception into the item queued in its place; error=None lets it reach
    threading.excepthook instead (for work whose items nobody drains). Daemon threads do not keep
    the interpreter alive; pass daemon=False for work that must not be cut short at exit."""

    def __init__(self, name: str, *, daemon: bool = True, stop: Callable[[], Any] | None = None,
                 error: Callable[[Exception], Any] | None = error_record):
        self.name, self.daemon = name, daemon
        self.queue: collections.deque = collections.deque()
        self.done = threading.Event()  # set once the last item has been queued
        self._stop_hook, self._error = stop, error
        self._thread: threading.Thread | None = None

    def start(self, work: Callable, *args, **kwargs) -> BackgroundJob:
        """Run `work(*args, **kwargs)` in the job's thread (once); returns the job."""
        if self._thread is not None:
            raise RuntimeError(f"the background job {self.name!r} has already started")
        self._thread = threading.Thread(target=self._run, args=(work, args, kwargs),
                                        daemon=self.daemon, name=self.name)
        self._thread.start()
        return self

    def put(self, item) -> None:
        """Queue one item: for work that reports through a callback instead of yielding."""
        self.queue.append(item)

    def _run(self, work, args, kwargs) -> None:
        try:
            result = work(*args, **kwargs)
            if isinstance(result, Iterator):
                for item in result:
                    self.queue.append(item)
            elif result is not None:
                self.queue.append(result)
        except Exception as e:  # reported as an item: a worker never raises into nowhere
            if self._error is None:
                raise
            self.queue.append(self._error(e))
        finally:
            self.done.set()

    def drain(self) -> list:
        """Every item queued since the last call, oldest first."""
        out = []
        while self.queue:
            out.append(self.queue.popleft())
        return out

    def outcome(self):
        """The last item of a job that has ended (a function's answer, or its error item);
        None when it queued none. What came before it is dropped."""
        return (self.drain() or [None])[-1]

    @property
    def finished(self) -> bool:
        """The work has ended and everything it produced has been drained."""
        return self.done.is_set() and not self.queue

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread up to `timeout` seconds; True when it has ended (or never began)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.alive

    def stop(self, timeout: float | None = None) -> bool:
        """Ask the work to end (the stop hook), then wait as `join` does."""
        if self._stop_hook is not None:
            self._stop_hook()
        return self.join(timeout)

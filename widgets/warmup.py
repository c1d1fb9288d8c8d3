"""Heavy imports after the window is up: PyTorch in a background thread (about 2 s here),
so training starts at once when the user asks for it. The thread touches no widget; it
reports through a signal, which Qt delivers on the GUI thread."""
from __future__ import annotations

import importlib
import time

from PySide6.QtCore import QObject, Signal

from designer.background import BackgroundJob

from .i18n import unexpected


class Warmup(QObject):
    finished = Signal(str, float, str)  # module, seconds, error ('' when it loaded)

    def __init__(self, modules=("torch",), parent=None):
        super().__init__(parent)
        self.modules = tuple(modules)
        self.job: BackgroundJob | None = None
        self.ready: set[str] = set()
        self.finished.connect(lambda name, _s, error: error or self.ready.add(name))

    def start(self) -> None:
        if self.job is None:
            # Not a daemon: an interpreter exiting in the middle of importing torch can crash.
            self.job = BackgroundJob("warmup", daemon=False, error=None).start(self._run)

    def _run(self) -> None:
        for name in self.modules:
            start = time.perf_counter()
            try:
                importlib.import_module(name)
                error = ""
            except Exception as e:  # reported in the status bar; training will say more
                error = unexpected(e)
            self.finished.emit(name, time.perf_counter() - start, error)

    def wait(self, timeout: float | None = None) -> None:
        if self.job is not None:
            self.job.join(timeout)

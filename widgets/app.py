"""`python main.py [FILE]`: the desktop app. The window shows first; examples, pyqtgraph
and torch load after it is on screen."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from designer.cli import positional

from . import language, preferences
from .i18n import tr
from .style import apply_style


def make_application(argv: list[str]) -> QApplication:
    # Qt's raster engine hands big fills and image draws to a helper thread and waits for it.
    # With a training process on the other core that thread starts late, and plot frames
    # took half again as long (bench/bench_app_training.py): draw on the GUI thread itself.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(preferences.ORGANIZATION)
    app.setApplicationName(preferences.APPLICATION)
    app.setApplicationDisplayName(preferences.APPLICATION)
    apply_style(app)
    language.install(app)  # Qt's strings and ours, in the language chosen (or the system's)
    return app


def release_clipboard(app: QApplication) -> None:
    """On the offscreen and minimal platforms the clipboard lives in a process-wide static
    that Qt deletes after Python has shut down; deleting our QMimeData then crashes (SIGSEGV
    at exit). Their clipboard dies with the process anyway, so clearing it loses nothing."""
    if app.platformName() in ("offscreen", "minimal"):
        app.clipboard().clear()


def _import_plots() -> None:
    import pyqtgraph  # noqa: F401  (0.4 s; the initializer preview draws with it)


def run_app(argv: list[str]) -> int:
    app = make_application(argv)
    from .main_window import MainWindow
    from .warmup import Warmup

    window = MainWindow()
    window.restore_layout()
    window.show()
    args = positional(app.arguments()[1:])
    QTimer.singleShot(0, lambda: window.start(args[0] if args else None))

    QTimer.singleShot(100, _import_plots)  # the GUI thread imports Qt-using modules itself
    warmup = Warmup(("torch",), app)
    window.warmup = warmup
    warmup.finished.connect(lambda name, seconds, error: name == "torch" and window.show_message(
        tr("PyTorch could not be loaded: {0}").format(error) if error else
        tr("PyTorch ready ({0:.1f} s, loaded in the background)").format(seconds)))
    QTimer.singleShot(300, warmup.start)
    app.aboutToQuit.connect(warmup.wait)
    app.aboutToQuit.connect(lambda: release_clipboard(app))
    return app.exec()

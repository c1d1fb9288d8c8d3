"""Test configuration: Qt runs offscreen, so the suite needs no screen.

GUI tests (modules named test_gui_*) also get, automatically: settings in a temporary
folder, dialogs that never block (an unexpected question fails the test), and a check that
the test left no top-level widget behind, and no thread or child process running (a training
run, the learning-rate finder, a dataset loader)."""
import gc
import multiprocessing
import os
import sys
import threading
import time

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config):
    # The offscreen platform warns when a window or popup is shown: nothing about our code.
    for message in ("propagateSizeHints", "raise()", "grabbing the keyboard",
                    "grabbing the mouse"):
        config.addinivalue_line("qt_log_ignore", f"This plugin does not support {message}")


def pytest_unconfigure(config):
    # Copy/paste tests leave our QMimeData on the offscreen clipboard, which Qt would
    # delete after Python has gone (a SIGSEGV at exit that fails CI after every test passed).
    qt_widgets = sys.modules.get("PySide6.QtWidgets")
    app = qt_widgets.QApplication.instance() if qt_widgets else None
    if app is not None:
        from widgets.app import release_clipboard

        release_clipboard(app)


def _is_gui_test(request) -> bool:
    return request.module.__name__.rsplit(".", 1)[-1].startswith("test_gui")


class DialogRecorder:
    """Stands in for widgets.dialogs: records every message and answers every question."""

    def __init__(self):
        self.errors: list[tuple[str, str]] = []
        self.save_answer: str | None = None  # 'save' / 'discard' / 'cancel'; None: fail
        self.open_answer: str | None = None
        self.save_as_answer: str | None = None
        self.image_answer: str | None = None
        self.export_answer: str | None = None
        self.import_answer: str | None = None
        self.model_export_answer: str | None = None
        self.keras_code_answer: str | None = None
        self.suggested: list[str] = []  # the file names the save dialogs proposed
        self.confirm_answer = True
        self.restore_answer: str | None = None  # 'restore' / 'discard' / 'later'; None: fail
        self.asked: list[str] = []

    def install(self, monkeypatch):
        from widgets import dialogs

        monkeypatch.setattr(dialogs, "show_error", self._show_error)
        monkeypatch.setattr(dialogs, "ask_save_changes", self._ask_save_changes)
        monkeypatch.setattr(dialogs, "confirm", self._confirm)
        monkeypatch.setattr(dialogs, "ask_restore", self._ask_restore)
        monkeypatch.setattr(dialogs, "open_path", lambda parent, directory="": self.open_answer)
        monkeypatch.setattr(dialogs, "save_path", lambda parent, s="": self.save_as_answer)
        monkeypatch.setattr(dialogs, "image_path", lambda parent, s="": self.image_answer)
        monkeypatch.setattr(dialogs, "export_path",
                            lambda parent, s="", kind="png": self.export_answer)
        monkeypatch.setattr(dialogs, "import_path", lambda parent, d="": self.import_answer)
        monkeypatch.setattr(dialogs, "model_export_path", self._model_export_path)
        monkeypatch.setattr(dialogs, "keras_code", lambda parent: self.keras_code_answer)

    def _model_export_path(self, parent, title, suggested, file_filter):
        self.suggested.append(suggested)
        return self.model_export_answer

    def _show_error(self, parent, title, text):
        self.errors.append((title, text))

    def _ask_save_changes(self, parent, name):
        self.asked.append(name)
        if self.save_answer is None:
            pytest.fail(f"unexpected question: save the changes to {name!r}?")
        return self.save_answer

    def _ask_restore(self, parent, name, saved_at, original=None):
        self.asked.append(f"restore {name}")
        if self.restore_answer is None:
            pytest.fail(f"unexpected question: restore the recovery copy of {name!r}?")
        return self.restore_answer

    def _confirm(self, parent, title, text):
        self.asked.append(text)
        return self.confirm_answer


def _describe(widget) -> str:
    chain = []
    while widget is not None:
        title = getattr(widget, "title", lambda: "")() if hasattr(widget, "title") else ""
        chain.append(f"{type(widget).__name__}({widget.objectName() or title!r})")
        widget = widget.parent()
    return " in ".join(chain)


@pytest.fixture
def dialogs(_gui_hygiene):
    """The DialogRecorder of this GUI test (installed automatically in test_gui_* modules)."""
    if _gui_hygiene is None:
        pytest.fail("the dialogs fixture is only for test_gui_* modules")
    return _gui_hygiene


@pytest.fixture(autouse=True)
def _gui_hygiene(request, tmp_path_factory, monkeypatch):
    if not _is_gui_test(request):
        yield None
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication
    from shiboken6 import getCppPointer

    def key(widget):
        return getCppPointer(widget)[0]

    request.getfixturevalue("qapp")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    recorder = DialogRecorder()
    recorder.install(monkeypatch)
    before = {key(w) for w in QApplication.topLevelWidgets()}
    yield recorder
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # Python-owned widgets of deleted windows go with their wrappers
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets()
              if key(w) not in before]
    names = [_describe(w) for w in leaked]
    for w in leaked:  # clean up, so one leak does not fail every later test
        w.close()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if names:
        pytest.fail(f"the test left top-level widgets behind: {', '.join(names)}; "
                    "register them with qtbot.addWidget")


def _leftovers(threads_before: set, timeout: float = 5.0):
    """Threads and child processes started by the test that are still alive after `timeout`
    seconds of grace."""
    deadline = time.monotonic() + timeout
    while True:
        threads = [t for t in threading.enumerate()
                   if t.ident not in threads_before and t.is_alive()]
        children = multiprocessing.active_children()
        if (not threads and not children) or time.monotonic() > deadline:
            return threads, children
        time.sleep(0.05)


@pytest.fixture(autouse=True)
def _no_leftover_workers(request):
    """Fail a GUI test that leaves a worker thread or a training process running (each one
    is stopped and waited for by the window; pytest-qt#276: threads alive at teardown can
    abort the whole run)."""
    if not _is_gui_test(request):
        yield
        return
    before = {t.ident for t in threading.enumerate()}
    yield
    threads, children = _leftovers(before)
    if not threads and not children:
        return
    from designer.training import process_runner

    process_runner.discard_spare()
    for child in children:
        child.terminate()
        child.join(2)
    pytest.fail("the test left workers running: "
                + ", ".join([f"thread {t.name!r}" for t in threads]
                            + [f"process {c.name!r} (pid {c.pid})" for c in children]))

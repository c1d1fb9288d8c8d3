"""Helpers for the training GUI tests: a main window whose runs train in threads at full speed,
and waiting for runs."""
from __future__ import annotations

from pathlib import Path

from tests.gui_helpers import make_window

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
ENDED = ("finished", "early stopped", "stopped", "diverged", "failed")


def training_window(qtbot, dialogs, monkeypatch, example: str | None = "xor",
                    backend: str = "thread", speed: str = "full"):
    """A shown main window with `example` open; runs use `backend` and `speed`; closing it
    discards unsaved results (after the usual questions)."""
    from widgets import preferences

    monkeypatch.setenv("ND_RUNNER", backend)
    preferences.set_value("training/speed", speed)
    dialogs.save_answer = "discard"
    window = make_window(qtbot)
    if example:
        window.files.open_example(EXAMPLES / f"{example}.json", ask=False)
    return window


def wait_ended(qtbot, run, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: run.status in ENDED, timeout=timeout)


def shown_docks(window, *names) -> None:
    for name in names:
        window.panel(name).show()
        window.panel(name).raise_()

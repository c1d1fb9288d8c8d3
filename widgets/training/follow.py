"""File › Follow Run…: a headless run's JSONL log (`main.py train --log LOG.jsonl`, here or on a
shared disk) shown as a run while it grows. A GUI timer reads the log's new complete lines a
few times a second (designer/training/follow.py) and feeds them to the run, so its curves
stream like a local run's; its end record finishes it, and a log that starts again (another run
writing it) goes on as a new run. Stopping or deleting it only stops following: the run itself
goes on wherever it trains. A follower that is done is let go (its run stays in the table). A
log that cannot be read, or a line that is not a record, is said in the status bar; nothing in
a log can stop the app."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog

from designer.training.follow import LogTail, Note
from designer.training.records import End

from ..i18n import tr
from .runs import ENDED

POLL_MS = 250  # how often a followed log is read


def choose_log(parent, directory: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Follow a training log"), directory,
        tr("Training logs (*.jsonl *.log *.json);;All files (*)"))
    return path or None


def note_text(name: str, note: Note) -> str:
    """A note of the log's reader, in the interface's language."""
    if note.kind == "garbled":
        return tr("{0}, line {1}: not a training record ({2}); skipped").format(
            name, note.line, note.detail)
    if note.kind == "too_long":
        return tr("{0}, line {1}: too long to be a training record; skipped").format(
            name, note.line)
    if note.kind == "wrong_type":
        return tr("{0}, line {1}: {2} of the wrong type; left at the default").format(
            name, note.line, note.detail)
    return tr("{0} cannot be read: {1}").format(name, note.detail)


class Follower(QObject):
    """One followed log: its run, and the timer that reads the log until its end record (or
    until the run is stopped or deleted). It is the run's runner as far as the run's
    controls go: pause and resume stop and restart the reading."""

    letGo = Signal(object)  # this follower, done for good: nothing more is read

    def __init__(self, manager, path, say, parent=None):  # then poll() to read at once
        super().__init__(parent)
        self.manager, self.path, self.say = manager, Path(path), say
        self.tail = LogTail(self.path)
        self.done = False
        self.waiting = False  # the log does not exist (yet)
        self._said: set[tuple] = set()  # notes already shown (a broken line is read once,
        self._waiting_said = False  # but an unreadable file would be said every read)
        self.run = self._new_run()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    @property
    def name(self) -> str:
        return tr("followed: {0}").format(self.path.name)

    def _new_run(self):
        return self.manager.add_external(self.name, self)

    # -- reading -----------------------------------------------------------------------------
    def poll(self) -> None:
        if self.done:
            return
        read = self.tail.read()
        self._tell(read)
        if read.restarted:  # another run writes the log now: show it as a run of its own
            self._restart()
        self.waiting = not read.exists
        if self.waiting:
            return
        ended = next((r for r in read.records if isinstance(r, End)), None)
        status = ENDED.get(ended.reason, "finished") if ended is not None else None
        if read.records or status:
            self.manager.feed(self.run, read.records, status=status)
        if status is not None:
            self._let_go()
            self.say(tr("The run in {0} ended: {1}").format(self.path.name, tr(status)))

    def _tell(self, read) -> None:
        texts = []
        for note in read.notes:
            key = (note.kind, note.line, note.detail)
            if key not in self._said:
                self._said.add(key)
                texts.append(note_text(self.path.name, note))
        if texts:  # one message for what one read found
            more = tr(" (and {0} more)").format(len(texts) - 1) if len(texts) > 1 else ""
            self.say(texts[-1] + more)
        if not read.exists and not self._waiting_said:
            self._waiting_said = True
            self.say(tr("Waiting for {0} to appear").format(self.path))
        elif read.exists and self._waiting_said and not texts:
            self._waiting_said = False
            self.say(tr("{0} appeared: following it").format(self.path))

    def _restart(self) -> None:
        """The run shown so far ends here; the reading goes on (the timer keeps running) into
        a new run, paused as this one was."""
        self._close_run("stopped")
        self.run = self._new_run()
        if not self.timer.isActive():
            self.manager.feed(self.run, status="paused")

    def _close_run(self, status: str) -> None:
        if self.run.active:
            self.manager.feed(self.run, status=status)

    def _let_go(self) -> None:
        if self.done:
            return
        self.done = True
        self.timer.stop()
        self.tail = None  # (and the start of a line it may hold)
        self.letGo.emit(self)

    # -- the run's controls ------------------------------------------------------------------
    def stop(self) -> None:
        """Stop following (the run itself goes on, wherever it trains)."""
        self._let_go()
        self._close_run("stopped")

    def pause(self) -> None:
        if not self.done and self.timer.isActive():
            self.timer.stop()
            self.manager.feed(self.run, status="paused")

    def resume(self) -> None:
        if not self.done and not self.timer.isActive():
            self.manager.feed(self.run, status="running" if self.run.start else "starting")
            self.timer.start()
            self.poll()

    def step(self) -> None:
        if not self.done:
            self.poll()

    # -- what the manager asks of a runner ---------------------------------------------------
    def drain(self) -> list:
        return []  # its records come through manager.feed

    def join(self, timeout: float | None = None) -> bool:
        return True


class RunFollowing(QObject):
    """File › Follow Run…: every followed log of the window."""

    def __init__(self, controller):
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.followers: list[Follower] = []  # those still reading
        self._last_dir = ""  # of the log followed last
        controller.manager.runRemoved.connect(self._on_removed)

    def choose(self) -> Follower | None:
        path = choose_log(self.window, self._start_dir())
        return self.follow(path) if path else None

    def follow(self, path) -> Follower:
        follower = Follower(self.controller.manager, path, self.window.show_message, self)
        follower.letGo.connect(self._let_go)
        self.followers.append(follower)
        self._last_dir = str(follower.path.parent)
        self.controller.show_plots(follower.run, pictures=False)
        self.window.show_message(tr("Following {0}: its curves grow as the run writes "
                                    "it.").format(follower.path))
        follower.poll()  # what the log holds already (or why it cannot be read)
        return follower

    def _start_dir(self) -> str:
        if self._last_dir:
            return self._last_dir
        path = self.controller.document.path
        return str(path.parent) if path else ""

    def _let_go(self, follower: Follower) -> None:
        """A follower is done: its run alone keeps it (as its runner), and frees it with it."""
        if follower in self.followers:
            self.followers.remove(follower)
        follower.setParent(None)

    def _on_removed(self, run) -> None:
        for follower in list(self.followers):
            if follower.run is run:  # deleted: stop reading its log
                follower.stop()

    def shutdown(self) -> None:
        for follower in list(self.followers):
            follower.stop()

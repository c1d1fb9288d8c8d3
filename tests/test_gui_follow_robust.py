"""File › Follow Run… and File › Open Sweep… against what the outside world does: a followed log
that starts again goes on as a new run, a hostile log cannot crash the window nor hand it
weights, a finished follower is let go, and listing a sweep's studies never freezes the dialog
(a database whose host is down), its errors worded as the window words designer's."""
import json
import threading

from PySide6.QtCore import QTimer

from designer.training.records import End, Start
from tests.follow_helpers import epochs, follow_log, write_log
from tests.gui_training_helpers import shown_docks, training_window
from widgets import catalog, preferences
from widgets.training import sweep_dialog

WAIT = 5000  # ms


def test_a_log_that_starts_again_goes_on_as_a_new_run(qtbot, dialogs, monkeypatch, tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    log = tmp_path / "run.jsonl"
    write_log(log, Start(epochs=9, seed=1), *epochs(1, 3))
    follower = follow_log(window, monkeypatch, log)
    first = follower.run
    qtbot.waitUntil(lambda: len(first.epochs) == 3, timeout=WAIT)
    log.write_text("", encoding="utf-8")  # another run opens the log ("w"), and writes
    write_log(log, Start(epochs=9, seed=2), *epochs(1, 1))
    qtbot.waitUntil(lambda: follower.run is not first and len(follower.run.epochs) == 1,
                    timeout=WAIT)
    second = follower.run
    assert first.status == "stopped" and len(first.epochs) == 3  # the old run, as it was
    assert second.start.seed == 2 and second in window.training.session.runs
    write_log(log, *epochs(2, 4))  # the new run goes on: its epochs are read
    qtbot.waitUntil(lambda: len(second.epochs) == 4, timeout=WAIT)
    assert [e.epoch for e in second.epochs] == [1, 2, 3, 4] and second.status == "running"
    assert follower in window.training.following.followers and follower.timer.isActive()
    follower.stop()


def test_a_hostile_log_neither_crashes_the_window_nor_hands_it_weights(
        qtbot, dialogs, monkeypatch, tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    log = tmp_path / "hostile.jsonl"
    start = {**Start(epochs=4, dataset="xor").to_dict(), "epochs": "ten", "optimizer": "adam",
             "schedule": {"epochs": "all", "lr": 3}, "steps_per_epoch": "many",
             "classes": 5, "notes": [{"a": 1}], "task": ["classification"]}
    result = {"type": "result", "reason": "completed", "weights": {"dense": {"w": [[1.0]]}},
              "history": {"epochs": [{"epoch": 1, "loss": 0.1}]}}
    end = {**End(epochs_run=2).to_dict(), "reason": {"why": "x"}, "seconds": "long",
           "confusion": [[1, 2], [3]], "test": {"accuracy": "all"}}
    lines = [json.dumps({**e.to_dict(), "elapsed": "soon"}) for e in epochs(1, 2)]
    log.write_text("\n".join([json.dumps(start), *lines, json.dumps(result), json.dumps(end)])
                   + "\n", encoding="utf-8")
    for name in ("curves", "confusion"):
        shown_docks(window, name)
    said = []
    shown = window.show_message
    monkeypatch.setattr(window, "show_message", lambda text, *a: said.append(text) or shown(
        text, *a))
    run = follow_log(window, monkeypatch, log).run
    qtbot.waitUntil(lambda: run.status == "finished", timeout=WAIT)
    assert run.weights is None and run.history is None and len(run.epochs) == 2
    assert run.start.epochs == 0 and run.start.optimizer is None and run.end.reason == "completed"
    window.training.session.select(run)
    table = window.training.panel.runs
    assert not table.restore_button.isEnabled()  # a log never gives the network weights
    window.training.panel.controls.refresh()  # the progress of a run of "ten" epochs
    for name in ("curves", "confusion"):  # its planned rates and its confusion matrix
        window.training.plots[name].refresh()
    assert table.model.runs == [run]  # the runs table read it (its settings: RunsModel.reload)
    assert not dialogs.errors
    assert "hostile.jsonl, line 5: reason, seconds, test, confusion of the wrong type; left at " \
        "the default (and 4 more)" in said  # (lines 1 to 4: the start, epochs, result)


# -- letting go -------------------------------------------------------------------------------
def test_a_finished_follower_is_let_go_and_its_run_stays(qtbot, dialogs, monkeypatch, tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    following = window.training.following
    log = tmp_path / "run.jsonl"
    write_log(log, Start(epochs=2), *epochs(1, 1))
    follower = follow_log(window, monkeypatch, log)
    run = follower.run
    qtbot.waitUntil(lambda: len(run.epochs) == 1, timeout=WAIT)
    assert following.followers == [follower] and following.findChildren(QTimer)
    write_log(log, *epochs(2, 2), End(reason="completed", epochs_run=2))
    qtbot.waitUntil(lambda: run.status == "finished", timeout=WAIT)
    assert following.followers == [] and follower.parent() is None
    assert not following.findChildren(QTimer)  # no timer of a follower left behind
    assert run in window.training.session.runs and run.runner is follower  # the run stays
    stopped = follow_log(window, monkeypatch, tmp_path / "other.jsonl")  # stopping lets go too
    assert following.followers == [stopped]
    stopped.stop()
    assert following.followers == [] and stopped.run.status == "stopped"
    asked = []  # the next log is looked for where the last one was
    follow_log(window, monkeypatch, log, asked).stop()
    assert asked == [str(tmp_path)]


# -- Open Sweep's list of studies -------------------------------------------------------------
class SlowStorage:
    """study_names over storages that answer when the test lets them (a host that is down)."""

    def __init__(self, studies: dict):
        self.studies = studies
        self.gates = {storage: threading.Event() for storage in studies}
        self.asked: list[str] = []

    def __call__(self, storage):
        self.asked.append(storage)
        self.gates[storage].wait(WAIT / 1000)
        answer = self.studies[storage]
        if isinstance(answer, Exception):
            raise answer
        return answer

    def release(self) -> None:
        for gate in self.gates.values():
            gate.set()


def _items(dialog) -> list:
    return [dialog.study.itemText(i) for i in range(dialog.study.count())]


def test_the_remembered_storage_is_listed_without_freezing_the_dialog(qtbot, monkeypatch):
    down = "postgresql+psycopg://me@down-host/sweeps"
    slow = SlowStorage({down: ["net"]})
    monkeypatch.setattr(sweep_dialog, "study_names", slow)
    preferences.set_value("sweep/storage", down)
    try:
        dialog = sweep_dialog.SweepDialog()  # returns at once, the storage still silent
        qtbot.addWidget(dialog)
        assert not slow.gates[down].is_set()
        qtbot.waitUntil(lambda: slow.asked == [down], timeout=WAIT)  # asked in the background
        assert dialog.note.text() == "Reading\u2026" and _items(dialog) == []
    finally:
        slow.release()
    qtbot.waitUntil(lambda: dialog.note.text() == "One study", timeout=WAIT)
    assert _items(dialog) == ["net"]


def test_an_answer_for_a_storage_no_longer_typed_is_ignored(qtbot, monkeypatch):
    old, new = "postgresql+psycopg://me@old/db", "/shared/net.sweep.journal"
    slow = SlowStorage({old: ["stale"], new: ["net", "wide"]})
    monkeypatch.setattr(sweep_dialog, "study_names", slow)
    dialog = sweep_dialog.SweepDialog()
    qtbot.addWidget(dialog)
    try:
        dialog.storage.setText(old)
        dialog.list_studies()
        dialog.storage.setText(new)
        dialog.list_studies()
        slow.gates[new].set()
        qtbot.waitUntil(lambda: dialog.note.text() == "2 studies", timeout=WAIT)
        slow.gates[old].set()  # the old storage answers at last
        qtbot.waitUntil(lambda: not [t for t in threading.enumerate()
                                     if t.name == "sweep-studies"], timeout=WAIT)
        qtbot.wait(250)
        assert _items(dialog) == ["net", "wide"] and dialog.note.text() == "2 studies"
        slow.gates = {s: threading.Event() for s in slow.studies}
        dialog.storage.setText(old)
        dialog.list_studies()
        dialog.storage.setText(old + "2")  # typed on before the answer came: not for this
        slow.gates[old].set()
        qtbot.waitUntil(lambda: dialog.note.text() == "", timeout=WAIT)
        assert _items(dialog) == ["net", "wide"]
    finally:
        slow.release()


def test_a_storage_that_cannot_be_listed_says_why_in_the_windows_words(qtbot, monkeypatch):
    refused = "postgresql+psycopg://me@db/sweeps"
    slow = SlowStorage({refused: RuntimeError("password authentication failed")})
    slow.release()
    monkeypatch.setattr(sweep_dialog, "study_names", slow)
    monkeypatch.setattr(catalog, "message", lambda text: f"<{text}>")  # (the translation)
    dialog = sweep_dialog.SweepDialog()
    qtbot.addWidget(dialog)
    dialog.storage.setText(refused)
    dialog.list_studies()
    qtbot.waitUntil(lambda: dialog.note.text() != "Reading\u2026", timeout=WAIT)
    assert dialog.note.text() == "Cannot list the studies: <password authentication failed>"
    assert _items(dialog) == []

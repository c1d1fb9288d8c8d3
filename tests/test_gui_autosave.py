"""Autosave and recovery: a recovery copy while the document has unsaved changes, gone after a
save, an undo to the saved state or a clean close; after a crash the next start offers it
(Restore / Discard) and restores layers, weights and history. The last tests kill a real app
process (SIGKILL) mid-edit and mid-run and start it again."""
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from gui_helpers import make_window

from designer.recovery import RecoveryStore
from designer.serialization import load, save
from widgets import preferences
from widgets.style import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def crashed_window(window) -> None:
    """Make `window`'s copy look like one of a killed process, and keep its close from
    removing it (a crash removes nothing)."""
    store = window.autosave.store
    pid = dead_pid()
    folder = store.folder
    old_bundle, old_meta = store.bundle_path, store.meta_path
    store.pid, store._started, store.instance = pid, None, f"{pid}-crashed"
    if old_meta.exists():
        old_meta.unlink()
        old_bundle.unlink()
    window.autosave.save_now()
    window.autosave.store = RecoveryStore(folder.parent / "elsewhere")


def copies() -> list[Path]:
    folder = preferences.recovery_folder()
    return sorted(folder.iterdir()) if folder.exists() else []


def units(window, layer_id="h"):
    return window.document.graph.layer(layer_id).params["units"]


def test_the_timer_saves_while_modified_and_the_copy_goes_when_clean(qtbot, dialogs, tmp_path):
    window = make_window(qtbot)
    window.files.open_example(EXAMPLES / "xor.json")
    saved = []
    window.autosave.saved.connect(saved.append)
    window.autosave.set_interval(0.05)
    qtbot.wait(300)
    assert saved == [] and copies() == []  # clean: nothing written
    window.controller.set_param(["h"], "units", 7)
    qtbot.waitUntil(lambda: len(saved) >= 2, timeout=3000)  # every tick while modified
    assert load(saved[-1]).graph.layer("h").params["units"] == 7
    assert len(copies()) == 2  # the bundle and what it is
    window.document.undo_stack.undo()  # back to the opened state: nothing to recover
    assert copies() == []
    count = len(saved)
    qtbot.wait(300)
    assert len(saved) == count
    window.document.undo_stack.redo()
    qtbot.waitUntil(lambda: copies() != [], timeout=3000)
    dialogs.save_as_answer = str(tmp_path / "mine.nnd")
    window.actions_by_name["save"].trigger()  # an explicit save removes it
    assert copies() == [] and not window.document.modified


def test_finished_runs_make_a_copy_and_new_with_discard_or_a_clean_close_removes_it(
        qtbot, dialogs):
    window = make_window(qtbot)
    window.files.open_example(EXAMPLES / "xor.json")
    window.document.store_results({"h.bias": np.zeros(4, np.float32)}, {"id": "r1",
                                                                        "epochs": []})
    assert window.autosave.save_if_modified()
    assert load(window.autosave.store.bundle_path).history["runs"][0]["id"] == "r1"
    dialogs.save_answer = "discard"
    window.actions_by_name["new"].trigger()
    assert copies() == []
    window.controller.append_layer("Dense")
    assert window.autosave.save_if_modified() and copies()
    window.close()  # discards after asking
    assert dialogs.asked.count(window.document.display_name) >= 1
    assert copies() == []


def test_after_a_crash_the_next_start_restores_layers_weights_and_history(
        qtbot, dialogs, tmp_path):
    path = tmp_path / "mine.nnd"
    save(load(EXAMPLES / "xor.json"), path)
    first = make_window(qtbot)
    first.open_file(path)
    first.controller.set_param(["h"], "units", 6)
    weights = {"h.weight": np.full((6, 2), 0.5, np.float32), "h.bias": np.ones(6, np.float32)}
    first.document.store_results(weights, {"id": "r1", "name": "run 1",
                                           "epochs": [{"epoch": 1, "loss": 0.25}]})
    crashed_window(first)
    dialogs.save_answer = "discard"
    first.close()
    assert len(copies()) == 2

    dialogs.restore_answer = "restore"
    second = make_window(qtbot)
    second.start()
    assert dialogs.asked[-1:] == ["restore mine.nnd"]
    doc = second.document
    assert doc.path == path and doc.modified and second.isWindowModified()
    assert units(second) == 6
    np.testing.assert_array_equal(doc.network.weights["h.weight"], weights["h.weight"])
    assert [r["id"] for r in doc.network.history["runs"]] == ["r1"]
    assert [r.name for r in second.training.manager.runs] == ["run 1"]
    # the crashed instance's copy became this window's own
    assert {p.name for p in copies()} == {second.autosave.store.bundle_path.name,
                                          second.autosave.store.meta_path.name}
    assert load(path).graph.layer("h").params["units"] == 4  # the file is untouched ...
    second.files.save()
    assert load(path).graph.layer("h").params["units"] == 6  # ... until the user saves
    assert copies() == []


def test_discard_deletes_the_copy_and_starts_as_usual(qtbot, dialogs):
    first = make_window(qtbot)
    first.files.open_example(EXAMPLES / "sine_regression.json")
    first.controller.append_layer("Dense")
    crashed_window(first)
    dialogs.save_answer = "discard"
    first.close()
    dialogs.restore_answer = "discard"
    second = make_window(qtbot)
    second.start()
    assert dialogs.asked[-1:] == [f"restore {first.document.network.name}"]
    assert copies() == []
    assert second.document.network.name == "Spiral (Playground)"  # the usual first start
    assert not second.document.modified


# -- a real process, killed -------------------------------------------------------------------
DRIVER = r'''
import json, os, sys
sys.path.insert(0, os.environ["ND_ROOT"])


if __name__ == "__main__":  # a training process spawned from here imports this file again
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from widgets import preferences
    from widgets.app import make_application

    mode, path = sys.argv[1], sys.argv[2]
    app = make_application([])
    preferences.set_value("training/speed", "full")
    from widgets.main_window import MainWindow

    window = MainWindow()
    window.restore_layout()
    window.show()


    def say(event, **data):
        doc = window.document
        network = doc.network
        print(json.dumps({"event": event, "modified": doc.modified, "name": doc.display_name,
                          "path": str(doc.path) if doc.path else None,
                          "units": {l.id: l.params.get("units") for l in network.graph.layers},
                          "weights": {k: float(abs(v).sum())
                                      for k, v in (network.weights or {}).items()},
                          "runs": [r.get("name") for r in (network.history or {}).get("runs", [])],
                          **data}), flush=True)


    def answer_boxes():  # the real question boxes, answered as a user would
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts = [b.text().replace("&", "") for b in box.buttons()]
            say("asked", text=box.text(), info=box.informativeText(), buttons=texts)
            for b in box.buttons():
                if b.text().replace("&", "") in ("Restore", "Discard"):
                    b.click()
                    return


    poll = QTimer()
    poll.timeout.connect(answer_boxes)
    poll.start(50)
    state = {"run1": None, "run2": None, "saved_after_run1": False}


    def on_saved(_path):
        say("saved")
        if state["run1"] is not None and state["run1"].status == "finished":
            state["saved_after_run1"] = True


    def step():
        r1, r2 = state["run1"], state["run2"]
        if r1 is None:
            state["run1"] = window.training.train()
        elif r1.status == "finished" and state["saved_after_run1"] and r2 is None:
            form = window.training.panel.form
            form.speed.setCurrentIndex(form.speed.findData("slow"))
            state["run2"] = window.training.train()
        elif r2 is not None and r2.epoch >= 2:
            say("running", run2=r2.status, epoch=r2.epoch)
            ticker.stop()


    def begin():
        window.start(path)
        window.autosave.saved.connect(on_saved)
        if mode == "edit":
            window.controller.set_param(["h"], "units", 7)
            say("edited")
        elif mode == "run":
            ticker.start(50)
        else:
            say("started")
            window.close()


    ticker = QTimer()
    ticker.timeout.connect(step)
    QTimer.singleShot(0, begin)
    app.exec()
    say("closed")
'''


@pytest.fixture
def app_env(tmp_path):
    """A home, settings and data folders of its own, an autosave every second."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ND_"))}
    for name in ("home", "config", "data", "cache"):
        (tmp_path / name).mkdir()
    env.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               QT_QPA_PLATFORM="offscreen", ND_ROOT=str(ROOT), PYTHONUNBUFFERED="1")
    ini = tmp_path / "config" / preferences.ORGANIZATION / f"{preferences.APPLICATION}.ini"
    ini.parent.mkdir()
    ini.write_text("[autosave]\ninterval_seconds=1\n")
    (tmp_path / "driver.py").write_text(DRIVER)
    return env


def launch(tmp_path, env, mode, path):
    with open(tmp_path / f"{mode}.log", "ab") as log:  # stderr: never a full pipe
        process = subprocess.Popen([sys.executable, str(tmp_path / "driver.py"), mode,
                                    str(path)], env=env, stdout=subprocess.PIPE, stderr=log,
                                   text=True, start_new_session=True)
    process.log = tmp_path / f"{mode}.log"
    return process


def read_until(process, event, timeout=60.0) -> dict:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if not ready:
            continue
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("{"):
            record = json.loads(line)
            seen.append(record["event"])
            if record["event"] == event:
                return record
    kill(process)
    pytest.fail(f"no {event!r} from the app (saw {seen}): {process.log.read_text()[-3000:]}")


def kill(process) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    process.stdout.close()


def restart_and_restore(tmp_path, env, path) -> tuple[dict, dict, dict]:
    again = launch(tmp_path, env, "restore", path)
    asked = read_until(again, "asked")
    started = read_until(again, "started")
    closed = read_until(again, "closed")
    again.wait(30)
    again.stdout.close()
    return asked, started, closed


def recovery_files(tmp_path) -> list[str]:
    folder = tmp_path / "config" / preferences.ORGANIZATION / "recovery"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_killed_app_offers_its_edit_back_at_the_next_start(tmp_path, app_env):
    path = tmp_path / "mine.nnd"
    save(load(EXAMPLES / "xor.json"), path)
    app = launch(tmp_path, app_env, "edit", path)
    try:
        assert read_until(app, "edited")["units"]["h"] == 7
        saved = read_until(app, "saved", timeout=10)
        assert saved["modified"] and saved["units"]["h"] == 7
    finally:
        kill(app)
    assert len(recovery_files(tmp_path)) == 2
    asked, started, _closed = restart_and_restore(tmp_path, app_env, path)
    assert "mine.nnd" in asked["text"] and "did not close properly" in asked["text"]
    assert str(path) in asked["info"] and {"Restore", "Discard"} <= set(asked["buttons"])
    assert started["units"]["h"] == 7 and started["modified"]
    assert started["path"] == str(path) and started["name"] == "mine.nnd"
    assert load(path).graph.layer("h").params["units"] == 4  # the file itself is untouched
    assert recovery_files(tmp_path) == []  # the restored copy went with the clean close


def test_a_killed_app_mid_run_gives_back_its_finished_run(tmp_path, app_env):
    path = tmp_path / "xor.nnd"
    save(load(EXAMPLES / "xor.json"), path)
    app = launch(tmp_path, app_env, "run", path)
    try:
        running = read_until(app, "running", timeout=90)
    finally:
        kill(app)
    assert running["run2"] == "running" and running["runs"] == ["run 1"]
    _asked, started, _closed = restart_and_restore(tmp_path, app_env, path)
    assert started["runs"] == ["run 1"] and started["modified"]
    assert started["weights"] == running["weights"] and started["weights"]
    assert recovery_files(tmp_path) == []
    # the killed app's training process noticed and ended (none is left in its session)
    try:
        deadline = time.monotonic() + 15
        while session_processes(app.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [Path(f"/proc/{pid}/cmdline").read_bytes()[:120] for pid in
                session_processes(app.pid)]
        assert left == [], "a training process outlived its killed app"
    finally:
        try:
            os.killpg(app.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def session_processes(session: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session:  # field 6, the session id
                found.append(int(entry.name))
    return found

"""Training in the app: runs start from the Train button, stream into the plots, pause and
resume with their optimizer state, stop cleanly, report divergence and errors, run side by side,
and end up in the document (saved and reopened with their curves)."""
import multiprocessing
import threading
import time

import numpy as np
from PySide6.QtCore import Qt

from designer.commands import SetParam
from tests.gui_training_helpers import shown_docks, training_window, wait_ended
from tests.training_helpers import dense_net


def test_xor_trains_to_full_accuracy_and_its_curves_are_drawn(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    controller = window.training
    qtbot.mouseClick(controller.panel.controls.train, Qt.MouseButton.LeftButton)
    run = controller.session.current
    assert run is not None and run.name == "run 1"
    wait_ended(qtbot, run)
    assert run.status == "finished", run.error
    assert run.end.value("train_accuracy") == 1.0 and len(run.epochs) == 300
    curves = controller.plots["curves"]
    curves.refresh()
    drawn = curves.curves[run.number]
    x, y = drawn.loss.item.xData, drawn.loss.item.yData  # all of it, not just what is in view
    assert len(x) == 300 and y[-1] < y[0]  # the loss fell
    assert drawn.metric.item.yData[-1] == 1.0
    assert len(drawn.lr.item.xData) == 300
    boundary = controller.plots["boundary"]
    boundary.refresh()
    assert boundary.image.image is not None and boundary.image.image.shape[0] > 48
    qtbot.waitUntil(lambda: sum(len(item.data) for item in boundary.scatter) == 4)  # XOR
    weights = controller.plots["weights"]
    weights.refresh()
    assert weights.layer.count() == 2 and len(weights.current.getData()[0]) > 0
    # the result is in the document: trained weights and the run's history
    network = window.document.network
    assert network.weights and len(network.history["runs"]) == 1
    assert window.document.modified
    table = controller.panel.runs.model
    assert table.data(table.index(0, 1)) == "finished"
    assert table.data(table.index(0, 3)).startswith("100.0%")


def test_pause_and_resume_keep_the_optimizer_state(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, speed="watch")
    controller, controls = window.training, window.training.panel.controls
    controller.setup.set("epochs", 40)
    run = controller.train()
    qtbot.waitUntil(lambda: run.epoch >= 5, timeout=20_000)
    qtbot.mouseClick(controls.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.status == "paused", timeout=5000)
    assert controls.pause.text() == "Resume" and run.epoch < 40
    for _ in range(2):  # two single steps while paused
        before = run.progress.global_step if run.progress else None
        controls.step_batch()
        qtbot.waitUntil(lambda before=before: bool(run.progress)
                        and run.progress.global_step != before,
                        timeout=5000)
    assert run.status == "paused"
    qtbot.mouseClick(controls.pause, Qt.MouseButton.LeftButton)
    wait_ended(qtbot, run)
    assert run.status == "finished"
    window.training.panel.form.speed.setCurrentIndex(
        window.training.panel.form.speed.findData("full"))
    straight = controller.train()
    wait_ended(qtbot, straight)
    assert straight.start.seed == run.start.seed == 0
    for key, value in straight.weights.items():
        np.testing.assert_array_equal(run.weights[key], value)


def test_stop_in_the_middle_of_an_epoch_ends_cleanly(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example="mlp_dropout_digits")
    controller = window.training
    controller.setup.set("epochs", 100_000)  # still training when the pause comes, however late
    run = controller.train()
    qtbot.waitUntil(lambda: run.status in ("running", "failed"), timeout=20_000)
    run.pause()
    qtbot.waitUntil(lambda: run.status == "paused", timeout=10_000)
    steps = run.start.steps_per_epoch
    while True:  # step until the run is inside an epoch
        before = run.progress.global_step if run.progress else None
        run.step()
        qtbot.waitUntil(lambda before=before: bool(run.progress)
                        and run.progress.global_step != before,
                        timeout=5000)
        if run.progress.step < steps:
            break
    controller.stop_current()
    wait_ended(qtbot, run)
    assert run.status == "stopped" and run.end.reason == "stopped"
    assert run.end.steps % steps != 0  # it stopped mid-epoch
    assert not run.runner.alive and run.weights is not None
    assert window.document.network.history["runs"][-1]["summary"]["reason"] == "stopped"
    assert "stopped" in controller.panel.controls.status.text()


def test_closing_the_window_mid_run_stops_the_training_process(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example="spiral_playground",
                             backend="process", speed="slow")
    run = window.training.train()
    qtbot.waitUntil(lambda: run.status == "running", timeout=60_000)
    assert multiprocessing.active_children()  # it really trains in a child process
    window.close()
    assert not window.isVisible()
    assert any("still training" in question for question in dialogs.asked)
    assert multiprocessing.active_children() == []
    assert not [t for t in threading.enumerate() if t.name.startswith("training")]
    assert run.status == "stopped"


def test_a_diverging_run_says_why(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example=None)
    window.open_network(dense_net(hidden=(("relu", 8),), out_act="linear",
                                  dataset={"name": "plane", "samples": 60},
                                  training={"epochs": 50, "seed": 0, "loss": "mse",
                                            "optimizer": {"name": "sgd",
                                                          "learning_rate": 1e6}}))
    run = window.training.train()
    wait_ended(qtbot, run)
    assert run.status == "diverged"
    message = window.training.panel.controls.message
    assert message.isVisible() and "Diverged: the loss became" in message.text()
    assert "smaller learning rate" in message.text()
    assert "diverged" in window.statusBar().currentMessage()
    assert not window.document.network.weights  # the network keeps what it had
    assert not dialogs.errors  # a diverged run is an outcome, not a crash


def test_a_dataset_that_does_not_fit_is_refused_before_a_run_and_the_app_goes_on(
        qtbot, dialogs, monkeypatch):
    """Once a run that failed on its first batch; now the Problems list says it before Train
    (an error inside a run: tests/test_gui_runs_under_stress.py)."""
    window = training_window(qtbot, dialogs, monkeypatch)
    window.training.setup.set_dataset({"name": "digits"})  # 64 inputs for a 2-input network
    assert window.training.train() is None and not window.training.session.runs
    assert "Input 'in' takes 2 values" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()  # back to XOR: the next run trains
    again = window.training.train()
    wait_ended(qtbot, again)
    assert again.status == "finished"


def test_two_runs_train_side_by_side_and_the_table_says_how_they_differ(qtbot, dialogs,
                                                                         monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, speed="watch")
    controller = window.training
    controller.setup.set("epochs", 60)
    first = controller.train()
    qtbot.waitUntil(lambda: first.status == "running", timeout=20_000)
    window.document.execute(SetParam("h", "activation", "relu"))  # the variant
    second = controller.train()
    assert first.active and second.active
    assert first.network_document["layers"][1]["activation"] == "tanh"  # untouched
    wait_ended(qtbot, first)
    wait_ended(qtbot, second)
    assert first.status == second.status == "finished"
    assert first.color != second.color
    curves = controller.plots["curves"]
    curves.refresh()
    assert {len(c.loss.item.xData) for c in curves.curves.values()} == {60}
    table = controller.panel.runs.model
    assert table.data(table.index(0, 4)) == "h.activation=tanh"
    assert table.data(table.index(1, 4)) == "h.activation=relu"
    history = window.document.network.history["runs"]
    assert [r["name"] for r in history] == ["run 1", "run 2"]


def test_a_saved_run_reopens_with_its_curves(qtbot, dialogs, monkeypatch, tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    run = window.training.train()
    wait_ended(qtbot, run)
    dialogs.save_as_answer = str(tmp_path / "xor.nnd")
    assert window.files.save()
    assert window.files.open_path(tmp_path / "xor.nnd")
    session = window.training.session
    assert len(session.runs) == 1
    saved = session.runs[0]
    assert saved is not run and saved.status == "finished" and saved.name == "run 1"
    assert window.document.network.weights  # the trained weights came back
    shown_docks(window, "curves")
    curves = window.training.plots["curves"]
    curves.refresh()
    x, y = curves.curves[saved.number].loss.data()
    assert len(x) == 300
    np.testing.assert_allclose(y, [e.loss for e in run.epochs])
    # and its final pictures: histograms against the initial ones, boundary, confusion
    plots = window.training.plots
    for name in ("weights", "boundary", "confusion"):
        shown_docks(window, name)
        plots[name].refresh()
        assert plots[name].body.isVisible() and not plots[name].note.isVisible(), name
    layer = plots["weights"].layer.currentData()
    edges, counts = plots["weights"].current.getData()
    np.testing.assert_allclose(counts, run.snapshot.histogram(layer, "weight").counts)
    assert plots["weights"].initial.getData()[0] is not None  # the start, dashed
    assert saved.start.steps_per_epoch == run.start.steps_per_epoch  # x in epochs
    np.testing.assert_array_equal(plots["confusion"].matrix, run.snapshot.confusion)
    assert plots["boundary"]._shown == (saved.number, run.snapshot.global_step)
    # the next run after reopening is number 2 and both are compared
    second = window.training.train()
    assert second.name == "run 2"
    wait_ended(qtbot, second)


def test_opening_another_file_asks_before_stopping_runs(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, speed="slow")
    run = window.training.train()
    qtbot.waitUntil(lambda: run.status == "running", timeout=20_000)
    dialogs.confirm_answer = False  # keep training: nothing happens
    window.files.new()
    assert run.active and window.document.network.name == "XOR"
    dialogs.confirm_answer = True
    assert window.files.new()
    assert run.status == "stopped" and not window.training.session.runs
    assert window.document.network.name == "untitled"


def test_restore_puts_a_runs_weights_back_only_when_they_fit(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    controller = window.training
    first = controller.train()
    wait_ended(qtbot, first)
    window.document.network.weights = None
    controller.restore_run(first)
    np.testing.assert_array_equal(window.document.network.weights["h.core.weight"],
                                  first.weights["h.core.weight"])
    window.document.execute(SetParam("h", "units", 6))
    controller.restore_run(first)
    assert dialogs.errors and "no longer fit" in dialogs.errors[-1][1]
    controller.rename_run(first, "tanh 4")
    assert window.document.network.history["runs"][0]["name"] == "tanh 4"
    controller.delete_run(first)
    assert not controller.session.runs and not window.document.network.history["runs"]


def test_a_run_on_every_core_is_read_seldom_and_a_control_is_answered_at_once(
        qtbot, dialogs, monkeypatch):
    from designer.training import runners
    from widgets.training.plotting import SCHEDULER
    from widgets.training.runs import BUSY_TICK_MS, TICK_MS

    monkeypatch.setattr(runners, "uses_every_core", lambda start: start is not None)
    window = training_window(qtbot, dialogs, monkeypatch, example="mlp_dropout_digits")
    # Its 60 epochs take half a second at full speed, and a compute-bound run is read every
    # 250 ms: a window kept busy for a moment (a loaded machine) read "resumed" and "result"
    # at once and never showed "running". A run that lasts until it is stopped is running
    # however late the window looks.
    window.training.setup.set("epochs", 100_000)
    manager = window.training.manager
    run = window.training.train()
    qtbot.waitUntil(lambda: run.status == "running", timeout=20_000)
    assert manager.compute_bound and SCHEDULER.busy
    assert manager._timer.interval() == BUSY_TICK_MS
    run.pause()
    assert manager._timer.interval() == TICK_MS  # its answer is read at once
    qtbot.waitUntil(lambda: run.status == "paused", timeout=10_000)
    assert not manager.compute_bound and not SCHEDULER.busy  # paused: the cores are free
    run.resume()
    time.sleep(1.0)  # the window busy elsewhere for a second, as on a loaded machine
    qtbot.waitUntil(lambda: run.status != "paused", timeout=10_000)
    assert run.status == "running"
    assert manager.compute_bound and manager._timer.interval() == BUSY_TICK_MS
    window.training.stop_current()
    wait_ended(qtbot, run)
    assert not manager.compute_bound and not SCHEDULER.busy


def test_a_runs_colour_shows_on_a_selected_row_too(qtbot):
    from PySide6.QtGui import QIcon

    from widgets.training.colors import swatch

    icon = swatch("#1f77b4")  # the first run's blue, on a blue selection
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
        image = icon.pixmap(14, 14, mode).toImage()
        assert image.pixelColor(7, 7).name() == "#1f77b4"  # the colour itself, untinted
        assert image.pixelColor(7, 1).name() == "#ffffff"  # in a ring that shows on blue


def test_runs_of_a_comparison_share_one_seed_unless_asked_otherwise(qtbot, dialogs,
                                                                    monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    controller = window.training
    controller.setup.set("epochs", 3)
    controller.setup.set("seed", None)  # the file's seed is left to the app
    first, second = controller.train(), controller.train()
    wait_ended(qtbot, first)
    wait_ended(qtbot, second)
    assert first.start.seed == second.start.seed == controller.shared_seed
    np.testing.assert_array_equal(first.weights["h.core.weight"], second.weights["h.core.weight"])
    controller.panel.form.new_seed.setChecked(True)  # "a new seed for each run"
    third, fourth = controller.train(), controller.train()
    wait_ended(qtbot, third)
    wait_ended(qtbot, fourth)
    assert len({controller.shared_seed, third.start.seed, fourth.start.seed}) == 3
    controller.panel.form.new_seed.setChecked(False)

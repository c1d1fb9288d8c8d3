"""The training panel's settings (each edit one undo step, datasets that bring their settings,
the network made to fit the data, the learning-rate finder), the plots' exports, their cost
with long histories, and the warnings about gradients and dead ReLUs."""
import csv
import dataclasses

import numpy as np

from designer.training.history import saved_run
from designer.training.records import Snapshot
from tests.gui_helpers import choose_in_combo, type_into
from tests.gui_training_helpers import EXAMPLES, shown_docks, training_window, wait_ended
from widgets.training.dynamics import warnings_for
from widgets.training.weights import over_time, rebin


def test_a_chosen_dataset_brings_its_settings_and_the_network_can_be_made_to_fit(
        qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    form = window.training.panel.form
    network = window.document.network
    qtbot.waitUntil(lambda: form.preview.mode == "points")  # XOR's four corners
    choose_in_combo(qtbot, form.dataset_combo, "digits")
    qtbot.waitUntil(lambda: network.dataset == {"name": "digits"}, timeout=10_000)
    training = network.training
    assert (training["epochs"], training["batch_size"], training["validation_split"]) == \
        (60, 32, 0.2)
    assert training["optimizer"]["learning_rate"] == 0.001
    qtbot.waitUntil(lambda: form.preview.mode == "images", timeout=10_000)
    assert "1797 samples" in form.preview.caption.text()
    assert "Input 'in' takes 2 values" in form.fit_note.text()
    form.fit_button.click()  # the Input takes 64 values now
    assert network.graph.layer("in").params["shape"] == [64]
    assert "10 classes" in form.fit_note.text()
    form.fit_button.click()  # and the output gives one probability per class
    assert network.graph.layer("out").params["units"] == 10
    assert network.graph.layer("out").params["activation"] == "softmax"
    assert form.fit_note.isHidden()
    stack = window.document.undo_stack
    for _ in range(3):
        stack.undo()
    assert network.dataset == {"name": "xor"} and network.training["epochs"] == 300
    assert form.editors["epochs"].spin.value() == 300  # the editors followed


def test_every_setting_is_written_to_the_network_and_undone(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    form = window.training.panel.form
    network = window.document.network
    type_into(qtbot, form.editors["epochs"].spin, "120")
    assert network.training["epochs"] == 120
    lr = form.optimizer.editors["learning_rate"]
    type_into(qtbot, lr.spin, "0.2")
    assert network.training["optimizer"]["learning_rate"] == 0.2
    choose_in_combo(qtbot, form.optimizer.combo, "sgd")
    assert network.training["optimizer"] == {"name": "sgd", "learning_rate": 0.2}
    choose_in_combo(qtbot, form.schedule.combo, "cosine")
    assert network.training["schedule"]["name"] == "cosine"
    caption = form.schedule_preview.caption
    assert caption.startswith("cosine: 0.2 \u2192 3.4e-05") and "120 epochs" in caption
    choose_in_combo(qtbot, form.editors["precision"].combo, "bf16")
    assert network.training["precision"] == "bf16"
    form.early.click()
    assert network.training["early_stopping"]["patience"] == 10
    assert form.early_options.isVisibleTo(form)
    assert window.document.modified
    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert network.training == {"loss": "binary_crossentropy", "optimizer": {
        "name": "adam", "learning_rate": 0.05}, "epochs": 300, "batch_size": 4, "seed": 0}
    assert form.optimizer.combo.currentText() == "adam" and not form.early.isChecked()
    assert form.editors["precision"].combo.currentText() == "fp32"


def test_the_learning_rate_finder_suggests_a_rate_in_one_click(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example="spiral_playground")
    finder = window.training.panel.form.lr_finder
    finder.button.click()  # the spiral's loss hardly moves in 100 steps: no suggestion
    qtbot.waitUntil(lambda: not finder.running, timeout=30_000)
    assert finder.suggestion is None and "did not clearly fall" in finder.status.text()
    assert finder.use.isHidden()
    window.files.open_example(EXAMPLES / "sine_regression.json", ask=False)
    finder.button.click()
    qtbot.waitUntil(lambda: finder.use.isVisibleTo(finder), timeout=30_000)
    assert finder.suggestion and 1e-4 < finder.suggestion < 1
    assert len(finder._points[0]) >= 20  # the curve was drawn
    finder.use.click()
    rate = window.document.network.training["optimizer"]["learning_rate"]
    assert rate == float(f"{finder.suggestion:.2g}")
    assert not finder.running


def test_every_plot_exports_its_picture_and_numbers(qtbot, dialogs, monkeypatch, tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    run = window.training.train()
    wait_ended(qtbot, run)
    for name, panel in window.training.plots.items():
        shown_docks(window, name)
        dialogs.export_answer = str(tmp_path / name)
        assert panel.export_png() == str(tmp_path / f"{name}.png")
        assert (tmp_path / f"{name}.png").stat().st_size > 1000
        assert panel.export_csv() == str(tmp_path / f"{name}.csv")
        with open(tmp_path / f"{name}.csv", newline="") as f:
            rows = list(csv.reader(f))
        assert len(rows) > 1, name
    with open(tmp_path / "curves.csv", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["run", "epoch", "loss"] and len(rows) == 301
    with open(tmp_path / "confusion.csv", newline="") as f:
        assert sum(int(v) for row in list(csv.reader(f))[1:] for v in row[1:]) == 4


def _entry(epochs: int, name="long") -> dict:
    rng = np.random.default_rng(0)
    loss = np.exp(-np.arange(epochs) / 2000) + rng.normal(0, 0.01, epochs)
    return {"name": name, "id": name, "settings": {"epochs": epochs},
            "data": {"task": "classification", "classes": ["0", "1"]},
            "epochs": [{"epoch": i + 1, "loss": float(v), "val_loss": float(v) + 0.1,
                        "accuracy": 0.5, "val_accuracy": None, "lr": 0.01}
                       for i, v in enumerate(loss)],
            "summary": {"reason": "completed"}}


def test_long_histories_keep_one_item_per_series_and_grow_in_place(qtbot, dialogs,
                                                                    monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example=None)
    controller = window.training
    shown_docks(window, "curves")
    curves = controller.plots["curves"]
    run = controller.manager.add_saved(_entry(2000))
    curves.refresh()
    items = list(curves.loss_plot.listDataItems())
    full = saved_run(_entry(10_000)).epochs
    for start in range(2000, 10_000, 1000):  # a live run's epochs arrive in chunks
        run.epochs.extend(full[start:start + 1000])
        controller.manager.runUpdated.emit(run, {"epoch"})
        curves.refresh()
        assert list(curves.loss_plot.listDataItems()) == items  # the same items, fed anew
    series = curves.curves[run.number].loss
    assert series.n == 10_000 and len(series.x) < 2 * 10_000  # buffers double, not per epoch
    assert len(items) == 2  # training and validation loss (per batch: only once asked for)
    snapshots = [Snapshot(epoch=i, global_step=i, weights={"l": {"weight": {
        "edges": np.linspace(-1 - i / 100, 1 + i / 100, 31), "counts": np.ones(30),
        "mean": 0.0, "min": -1 - i / 100, "max": 1 + i / 100}}}) for i in range(240)]
    columns, grid, image, _xs, _means = over_time(snapshots, "l", "weight", 1)
    assert image.shape == (200, 60) and np.allclose(image.max(1), 1)


def test_rebinning_keeps_every_count():
    edges, counts = np.linspace(-1, 1, 31), np.arange(30.0)
    grid = np.linspace(-2, 2, 61)
    assert np.isclose(rebin(edges, counts, grid).sum(), counts.sum())
    spike = rebin([0.5, 0.5], [7], grid)  # every value equal
    assert spike.sum() == 7 and spike.argmax() == np.searchsorted(grid, 0.5) - 1


def test_warnings_name_vanishing_and_exploding_gradients_and_dead_relus():
    assert warnings_for(None) == []
    healthy = Snapshot(gradients={"h1": 0.2, "out": 0.5}, activations={
        "h1": {"mean_abs": 0.4, "dead_fraction": 0.1}})
    assert warnings_for(healthy) == []
    sick = Snapshot(gradients={"h1": 1e-6, "h2": 0.01, "out": 0.5, "big": 5e3}, activations={
        "h1": {"mean_abs": 0.0, "dead_fraction": 0.75}})
    found = warnings_for(sick)
    assert any("Vanishing gradients: h1" in w and "big" in w for w in found)
    assert any("Exploding gradients in big" in w for w in found)
    assert any("75% of the ReLUs in h1 are dead" in w for w in found)


def test_the_canvas_can_show_each_layers_gradient(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    window.actions_by_name["tint_canvas"].trigger()
    run = window.training.train()
    wait_ended(qtbot, run)
    tags = window.training.tint.tags
    assert set(tags) == {"h", "out"}  # the layers with weights
    assert all(tag.isVisible() and tag.text.startswith("\u2207 ") for tag in tags.values())
    assert tags["h"].parentItem() is window.scene.layer_items["h"]  # it moves with its box
    window.actions_by_name["tint_canvas"].trigger()
    assert not any(tag.isVisible() for tag in tags.values())


def test_a_csv_table_is_previewed_fitted_and_trained(qtbot, dialogs, monkeypatch, tmp_path):
    rng = np.random.default_rng(0)
    rows = ["size,weight,colour,kind"]
    for i in range(60):
        kind = i % 3
        rows.append(f"{kind + rng.normal(0, 0.2):.3f},{2 * kind + rng.normal(0, 0.3):.3f},"
                    f"{'red' if kind == 2 else 'green'},{'abc'[kind]}")
    (tmp_path / "fruit.csv").write_text("\n".join(rows) + "\n")
    window = training_window(qtbot, dialogs, monkeypatch)
    form = window.training.panel.form
    dialogs.export_answer = str(tmp_path / "fruit.csv")
    choose_in_combo(qtbot, form.dataset_combo, "From a CSV or NPZ file\u2026")
    network = window.document.network
    qtbot.waitUntil(lambda: (network.dataset or {}).get("csv") == str(tmp_path / "fruit.csv"),
                    timeout=10_000)
    qtbot.waitUntil(lambda: form.preview.mode == "table", timeout=10_000)
    assert form.preview.table.rowCount() == 5 and "3 classes (a, b, c)" in \
        form.preview.caption.text()
    assert form.chooser.csv_target.placeholderText() == "the last column"
    while not form.fit_button.isHidden():  # the Input, then the output layer
        form.fit_button.click()
    assert network.graph.layer("out").params["units"] == 3
    run = window.training.train()
    wait_ended(qtbot, run)
    assert run.status == "finished" and run.best("val_accuracy") > 0.8


def test_plots_are_redrawn_when_due_one_per_frame_and_the_timer_sleeps_between(qtbot):
    import time

    from widgets.training.frames import FRAME_MS, FrameScheduler

    class Panel:
        def __init__(self):
            self._last_refresh = time.monotonic()
            self.drawn: list[float] = []

        def _refresh_if_shown(self):
            self._last_refresh = time.monotonic()
            self.drawn.append(self._last_refresh)

    scheduler = FrameScheduler()
    scheduler.refresh_ms = 300
    frames = []
    scheduler._frame = lambda: (frames.append(1), FrameScheduler._frame(scheduler))
    a, b = Panel(), Panel()
    asked = time.monotonic()
    scheduler.request(a)
    scheduler.request(b)
    scheduler.request(a)  # already waiting: drawn once
    qtbot.waitUntil(lambda: bool(a.drawn and b.drawn), timeout=3000)
    first, second = sorted(a.drawn + b.drawn)
    assert first - asked >= 0.29  # not before it is due
    assert second - first >= FRAME_MS / 1000 - 0.002  # one panel per frame
    qtbot.wait(400)
    assert len(a.drawn) == len(b.drawn) == 1
    assert len(frames) <= 3  # woken when something was due, not every frame
    assert not scheduler.timer.isActive()


def test_a_new_boundary_or_confusion_matrix_leaves_the_axes_as_drawn(qtbot, dialogs,
                                                                     monkeypatch):
    """Each picture of a running network changes the cells, not the plane or the classes:
    the axes keep their cached drawing (re-drawing them was most of such a frame)."""
    window = training_window(qtbot, dialogs, monkeypatch)
    run = window.training.train()
    wait_ended(qtbot, run)
    for name in ("boundary", "confusion"):
        shown_docks(window, name)
        panel = window.training.plots[name]
        panel.refresh()
        panel.body.grab()  # painted: each axis holds its drawing now
        axes = [panel.plot.getAxis(side) for side in ("left", "bottom")]
        assert all(axis.picture is not None for axis in axes)
        boundary = dataclasses.replace(run.snapshot.boundary,
                                       values=1 - np.asarray(run.snapshot.boundary.values))
        snap = dataclasses.replace(run.snapshot, global_step=run.snapshot.global_step + 1,
                                   boundary=boundary,
                                   confusion=np.asarray(run.snapshot.confusion)[::-1])
        run.snapshot = snap
        window.training.manager.runUpdated.emit(run, {"snapshot"})
        panel.refresh()
        if name == "boundary":  # the new picture is on display
            assert panel._shown == (run.number, snap.global_step)
        else:
            assert (panel.matrix == snap.confusion).all()
        assert all(axis.picture is not None for axis in axes), name


def test_sixteen_layers_get_distinct_visible_colours():
    from PySide6.QtGui import QColor

    from widgets.training.colors import layer_color

    shades = [QColor(layer_color(i)) for i in range(16)]
    assert len({c.name() for c in shades}) == 16
    assert all(c.lightnessF() < 0.8 for c in shades)  # every line shows on the white plot
    assert layer_color(16) == layer_color(0)

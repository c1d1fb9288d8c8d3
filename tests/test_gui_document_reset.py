"""One document, one truth: after New, Open Example (and every other way another network comes
in) each training panel shows the open network and nothing of the closed one's runs: the runs
table, the progress and status lines, the curves and their metric, the boundary's title and
axes, the confusion matrix, the weights' layer list and statistics, the gradients; and a
"Fix the problems first" line follows the problems as they change."""
from PySide6.QtCore import Qt

from designer.commands import SetParam
from tests.gui_training_helpers import EXAMPLES, shown_docks, training_window, wait_ended

PLOTS = ("curves", "boundary", "confusion", "weights", "dynamics")


def drawn_points(plot_item) -> int:
    return sum(len(item.xData) for item in plot_item.listDataItems() if item.xData is not None)


def assert_nothing_of_old_runs(window, metric: str, title: str, layers: list[str]) -> None:
    """Every training panel as a freshly opened network with no runs shows it."""
    c = window.training
    shown_docks(window, *PLOTS)
    for name in PLOTS:
        c.plots[name].refresh()
    assert c.session.runs == [] and c.session.current is None
    assert c.panel.runs.model.rowCount() == 0
    controls = c.panel.controls
    assert not controls.bar.isVisible() and controls.bar.format() == ""
    assert controls.status.text().startswith("Press Train")
    assert not controls.message.isVisible()
    curves = c.plots["curves"]
    assert curves.curves == {}
    assert all(drawn_points(p) == 0 for p in curves.plots)
    assert curves.metric_choice.currentData() == metric
    assert curves.metric_plot.getAxis("left").labelText == curves.metric_choice.currentText()
    boundary = c.plots["boundary"]
    assert window.panel("boundary").windowTitle() == title
    assert boundary.run_label.text() == "" and not boundary.body.isVisible()
    assert all(len(item.data) == 0 for item in boundary.scatter)
    assert boundary.image.image is None
    assert boundary.curve.xData is None or len(boundary.curve.xData) == 0
    confusion = c.plots["confusion"]
    assert confusion.matrix is None and confusion.caption.text() == ""
    assert not confusion.body.isVisible()
    weights = c.plots["weights"]
    assert [weights.layer.itemText(i) for i in range(weights.layer.count())] == layers
    assert weights.stats.text() == "" and weights.run_label.text() == ""
    assert len(weights.current.getData()[0] or []) == 0
    dynamics = c.plots["dynamics"]
    assert dynamics.lines == {} and dynamics.run_label.text() == ""
    assert not dynamics.warning.isVisible()
    assert c.session.traces == {}
    assert not c.panel.form.lr_finder.status.isVisible()


def train_briefly(window, qtbot, epochs: int = 15):
    c = window.training
    c.setup.set("epochs", epochs)
    shown_docks(window, *PLOTS)
    run = c.train()
    wait_ended(qtbot, run)
    assert run.status == "finished", run.error
    for name in PLOTS:
        c.plots[name].refresh()
    return run


def test_new_and_open_example_leave_nothing_of_the_last_network(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example="sine_regression")
    c = window.training
    assert window.panel("boundary").windowTitle() == "Fitted curve"  # before any run
    assert c.plots["curves"].metric_choice.currentData() == "r2"
    run = train_briefly(window, qtbot)
    assert c.plots["curves"].curves[run.number].count == 15
    assert c.plots["weights"].stats.text() and c.panel.controls.bar.isVisible()
    assert c.plots["dynamics"].lines
    c.panel.form.lr_finder.status.setText("a result of the sine network")
    c.panel.form.lr_finder.status.show()

    window.files.open_example(EXAMPLES / "xor.json", ask=False)
    assert_nothing_of_old_runs(window, "accuracy", "Decision boundary", ["h", "out"])

    # XOR's own run 1 draws only its own epochs, though it has the sine run's number
    run = train_briefly(window, qtbot, epochs=12)
    assert run.number == 1
    drawn = c.plots["curves"].curves[1]
    assert drawn.count == 12 and len(drawn.loss.item.xData) == 12
    assert c.plots["weights"].layer.count() == 2

    window.files.new()
    assert_nothing_of_old_runs(window, "accuracy", "Decision boundary", [])
    assert window.training.panel.form.dataset is None or not window.document.network.dataset


def test_a_new_network_frames_its_boundary_in_its_own_data(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example="spiral_playground")
    c = window.training
    train_briefly(window, qtbot, epochs=3)
    boundary = c.plots["boundary"]
    (x0, x1), _ = boundary.plot.viewRange()
    assert x1 - x0 > 8  # the spiral spans about -6..6

    window.files.open_example(EXAMPLES / "xor.json", ask=False)
    assert_nothing_of_old_runs(window, "accuracy", "Decision boundary", ["h", "out"])
    run = c.train()
    qtbot.waitUntil(lambda: bool(run.snapshot and run.snapshot.boundary is not None),
                    timeout=20_000)
    run.stop()
    wait_ended(qtbot, run)
    boundary.refresh()
    (x0, x1), (y0, y1) = boundary.plot.viewRange()
    assert -1.0 < x0 < 0.0 and 1.0 < x1 < 2.0, (x0, x1)  # XOR's 0..1, not -6..6
    assert -1.0 < y0 < 0.0 and 1.0 < y1 < 2.0, (y0, y1)


def test_fix_the_problems_first_follows_the_problems(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example="xor")
    c, controls = window.training, window.training.panel.controls
    window.document.execute(SetParam("h", "units", 0))
    qtbot.mouseClick(controls.train, Qt.MouseButton.LeftButton)
    assert c.session.runs == []
    assert controls.message.isVisible()
    assert controls.message.text().startswith("Fix the problems first: h: units")
    assert window.statusBar().currentMessage() == controls.message.text()

    window.document.execute(SetParam("h", "units", 4))  # fixed
    assert not controls.message.isVisible() and controls.refusal is None
    assert window.statusBar().currentMessage() == ""

    window.document.execute(SetParam("h", "units", -2))  # broken again, Train not pressed
    assert not controls.message.isVisible()
    c.train()
    assert controls.message.text().startswith("Fix the problems first: h: units")
    window.document.execute(SetParam("out", "units", 0))  # a second problem: the same line
    assert controls.message.text().startswith("Fix the problems first: h: units")
    window.document.execute(SetParam("h", "units", 3))  # the first is fixed: the next shows
    assert controls.message.text().startswith("Fix the problems first: out: units")
    window.document.execute(SetParam("out", "units", 1))
    assert not controls.message.isVisible()

    c.setup.set_dataset(None)  # another reason: the line says that one
    c.train()
    assert controls.message.text() == "Choose a dataset in the Training panel first."
    window.document.undo_stack.undo()
    assert not controls.message.isVisible()

    window.document.execute(SetParam("h", "units", 0))
    c.train()
    assert controls.message.isVisible()
    window.files.new()  # another document: the old refusal goes
    assert not controls.message.isVisible() and controls.refusal is None

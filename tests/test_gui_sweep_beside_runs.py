"""A sweep opened beside runs judged by another metric (a run trained here reports accuracy,
the sweep minimizes val_loss): one y scale and one colour scale hold one metric, so the other
runs are left out of the Sweep panel and greyed when colouring by result."""
from tests.gui_training_helpers import shown_docks, training_window, wait_ended
from tests.sweep_helpers import FakeReader, open_sweep, sweep_of
from widgets.training.colors import MISSING
from widgets.training.run_colors import RESULT


def test_a_sweep_beside_a_run_of_another_metric_plots_and_colours_its_own(
        qtbot, dialogs, monkeypatch, tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    window.training.setup.set("epochs", 3)
    own = window.training.train()
    wait_ended(qtbot, own)
    watcher = open_sweep(window, qtbot, monkeypatch, FakeReader(sweep_of(tmp_path)))
    shown_docks(window, "sweep")
    watcher.panel.refresh()
    plot, points = watcher.panel.plots["learning_rate"]
    assert plot.getAxis("left").labelText == "val_loss"
    assert len(points.xData) == 4  # the trials with a value; not the run trained here
    color_by = window.training.panel.runs.color_by
    color_by.choose(RESULT)
    assert own.color == MISSING
    trials = [r for r in window.training.session.runs if r.name.startswith("trial")]
    assert sum(r.color != MISSING for r in trials) == 4

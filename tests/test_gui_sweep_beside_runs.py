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


def test_a_sweeps_output_opens_on_its_curves_with_its_pruned_trials(qtbot, dialogs, monkeypatch,
                                                                    tmp_path):
    """`main.py sweep --output` keeps every trial as a run with its state: opened, the window
    shows the curves at once, and a pruned trial reads as pruned, not stopped."""
    from designer.serialization import load, save
    from tests.gui_training_helpers import EXAMPLES
    from tests.sweep_helpers import entry

    network = load(EXAMPLES / "xor.json")
    done, pruned = entry(5, 0.4), entry(2, 0.9)
    done["sweep"] = {"trial": 0, "state": "complete", "value": 0.4}
    pruned["sweep"] = {"trial": 1, "state": "pruned", "value": 0.9}
    pruned["summary"]["reason"] = "stopped"
    network.history = {"runs": [done, pruned]}
    path = save(network, tmp_path / "best.nnd")
    window = training_window(qtbot, dialogs, monkeypatch)
    shown = []
    show_plots = window.training.show_plots
    monkeypatch.setattr(window.training, "show_plots",
                        lambda run, pictures=True: (shown.append((run, pictures)),
                                                    show_plots(run, pictures)))
    assert window.files.open_path(path, ask=False)
    runs = window.training.session.runs
    assert [r.status for r in runs] == ["finished", "pruned"]
    assert shown == [(runs[-1], False)]  # the curves to the front; the trials have no pictures
    assert window.panel("curves").isVisible()

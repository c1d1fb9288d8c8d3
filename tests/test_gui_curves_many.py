"""The Loss and accuracy panel with many runs: a 200-trial sweep draws every trial's curves but
names only as many runs in the legend as it has room for (the selected one among them) and
says how many more; closed, the sweep leaves no item behind. A handful of runs are all named,
and the light per-epoch curves follow the log scale; the per-batch loss is made when asked for."""
import numpy as np

from designer.sweep.study import Sweep
from tests.gui_training_helpers import training_window
from tests.sweep_helpers import FakeReader, entry, open_sweep, sweep_of, trial
from widgets.training.curves import LEGEND_LINES

TRIALS = 200


def many_trial(n: int):
    """Trial n: every 10th pruned (two reported epochs, no history), the rest finished."""
    params = {"learning_rate": round(1e-4 * (1 + n), 6)}
    value = 0.1 + (n * 37 % TRIALS) / 100
    if n % 10 == 9:
        return trial(n, "pruned", params, value, {1: value + 0.5, 2: value})
    return trial(n, "complete", params, value, {1: value + 0.5, 2: value}, entry(3, value))


def roomy_curves(window, qtbot):
    """The curves panel on its own, tall enough for every legend line, drawn."""
    dock = window.panel("curves")
    dock.show()
    dock.setFloating(True)
    dock.resize(700, 900)
    curves = window.training.plots["curves"]
    curves.refresh()
    qtbot.waitUntil(lambda: curves.named.room() == LEGEND_LINES)
    curves.refresh()
    return curves


def drawn(plot) -> set[int]:
    return {id(item) for item in plot.listDataItems()}


def test_a_200_trial_sweep_draws_every_trial_and_names_a_few(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    sweep = Sweep("many", "/shared/many.sweep.journal", "val_loss", "minimize",
                  [many_trial(n) for n in range(TRIALS)], {"training": {"epochs": 3}})
    watcher = open_sweep(window, qtbot, monkeypatch, FakeReader(sweep))
    session = window.training.session
    curves = roomy_curves(window, qtbot)
    runs = session.runs
    assert len(runs) == TRIALS and set(curves.curves) == {r.number for r in runs}
    for run in runs:  # every trial's curves exist, hold its epochs and are on their plots
        c = curves.curves[run.number]
        assert c.val_loss.n == len(run.epochs) > 0 and c.val_loss.item.isVisible()
        assert {id(c.loss.item), id(c.val_loss.item)} <= drawn(curves.loss_plot)
        assert {id(c.metric.item), id(c.val_metric.item)} <= drawn(curves.metric_plot)
        assert id(c.lr.item) in drawn(curves.lr_plot)
        assert c.detail is None and c.planned is None  # nothing per batch, no plan
    finished = [r for r in runs if r.history is not None]
    assert {curves.curves[r.number].loss.n for r in finished} == {3}
    assert len(curves.loss_plot.listDataItems()) == 2 * TRIALS  # training and validation loss

    names = curves.named.names()
    assert len(names) == LEGEND_LINES  # capped: nine runs and how many more
    assert names[-1] == f"+{TRIALS - LEGEND_LINES + 1} more"
    assert session.current.name == "trial 0" and "trial 0" in names  # the best, selected
    assert len(curves.legend.items) == LEGEND_LINES

    last = runs[-1]  # selected, it takes the last run's line
    session.select(last)
    curves.refresh()
    names = curves.named.names()
    assert len(names) == LEGEND_LINES and names[-2] == last.name
    assert names[-1] == f"+{TRIALS - LEGEND_LINES + 1} more"

    for run in runs[3:]:  # three runs shown: all three named, no "more"
        session.set_shown(run, False)
    curves.refresh()
    assert curves.named.names() == [r.name for r in runs[:3]]
    assert not curves.curves[last.number].loss.item.isVisible()

    watcher.close()
    curves.refresh()
    assert curves.curves == {} and curves.legend.items == []
    assert not any(p.listDataItems() for p in curves.plots)


def test_a_handful_of_runs_are_all_named_and_follow_the_log_scale(qtbot, dialogs, monkeypatch,
                                                                  tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    open_sweep(window, qtbot, monkeypatch, FakeReader(sweep_of(tmp_path)))
    session = window.training.session
    curves = roomy_curves(window, qtbot)
    assert curves.named.names() == [r.name for r in session.runs]  # five: no "more"
    run = next(r for r in session.runs if r.history is not None)
    loss = curves.curves[run.number].loss
    x, y = loss.data()
    assert np.allclose(loss.item.yData, y)
    curves.log.setChecked(True)
    assert np.allclose(loss.item.yData, np.log10(y))  # as a PlotDataItem shows it
    assert np.allclose(loss.item.xData, x)
    curves.log.setChecked(False)
    assert np.allclose(loss.item.yData, y)

    # the per-batch loss: made for the run that has one, once asked for
    assert all(c.detail is None for c in curves.curves.values())
    session.trace(run).detail = ([0.5, 1.0, 1.5], [0.9, 0.7, 0.6])
    curves.detail.setChecked(True)
    curves.refresh()
    detail = curves.curves[run.number].detail
    assert detail is not None and list(detail.data()[1]) == [0.9, 0.7, 0.6]
    assert id(detail.item) in drawn(curves.loss_plot)
    assert [n for n, c in curves.curves.items() if c.detail is not None] == [run.number]
    curves.detail.setChecked(False)
    curves.refresh()
    assert detail.n == 0  # cleared, not drawn

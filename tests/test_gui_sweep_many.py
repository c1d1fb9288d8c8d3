"""A big sweep opens in one go: 200 trials fill the runs table sorted by the sweep's metric with
a column per searched parameter, the table is rebuilt a few times rather than once per trial,
and no trial takes the selection as it comes in (the best one is selected once). Read again,
the new trials join; closed, they all go and the reader's storage is closed."""
from PySide6.QtCore import Qt

from designer.sweep.study import Sweep
from tests.gui_training_helpers import training_window
from tests.sweep_helpers import FakeReader, entry, open_sweep, trial
from widgets.training import sweep_view

TRIALS = 200
OPTIMIZERS = ("adam", "sgd")


def many_trial(n: int):
    """Trial n: every 10th pruned, every 25th still running, every 40th failed, the rest
    finished; their values all differ (37 and 200 share no factor)."""
    params = {"learning_rate": round(1e-4 * (1 + n), 6), "optimizer": OPTIMIZERS[n % 2],
              "h.units": 4 * (1 + n % 4)}
    value = 0.1 + (n * 37 % TRIALS) / 100
    if n % 40 == 39:
        return trial(n, "failed", params, None, {})
    if n % 25 == 24:
        return trial(n, "running", params, None, {1: value + 0.5, 2: value})
    if n % 10 == 9:
        return trial(n, "pruned", params, value, {1: value + 0.5, 2: value})
    return trial(n, "complete", params, value, {1: value + 0.5, 2: value}, entry(3, value))


def many(count: int) -> Sweep:
    return Sweep("many", "/shared/many.sweep.journal", "val_loss", "minimize",
                 [many_trial(n) for n in range(count)], {"training": {"epochs": 3}})


def header(model) -> list[str]:
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def column(model, section: int) -> list:
    return [model.data(model.index(row, section)) for row in range(model.rowCount())]


def by_metric(sweep: Sweep) -> list[str]:
    """The trials as the table lists them: by value (a running one by its last report),
    ascending; those without any last."""
    def result(t):
        return t.value if t.value is not None else (
            t.values_per_epoch[max(t.values_per_epoch)] if t.values_per_epoch else None)

    valued = sorted((t for t in sweep.trials if result(t) is not None), key=result)
    rest = [t for t in sweep.trials if result(t) is None]
    return [f"trial {t.number}" for t in valued + rest]


def test_a_200_trial_sweep_fills_the_table_in_one_go(qtbot, dialogs, monkeypatch):
    monkeypatch.setattr(sweep_view, "POLL_MS", 100)
    window = training_window(qtbot, dialogs, monkeypatch)
    session, table = window.training.session, window.training.panel.runs
    model = table.model
    resets, selected = [], []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    session.selectionChanged.connect(selected.append)
    sweep = many(TRIALS)
    reader = FakeReader(sweep)
    watcher = open_sweep(window, qtbot, monkeypatch, reader)
    assert model.rowCount() == TRIALS
    assert 1 <= len(resets) <= 3 and resets[-1] == TRIALS  # not one reset per trial
    names = column(model, 0)
    assert names == by_metric(sweep) and names[0] == "trial 0"  # 0.1: the least
    assert header(model) == ["Run", "Status", "Epoch", "Best", "Differs in", "learning_rate",
                             "optimizer", "h.units"]
    assert table.view.isColumnHidden(4)
    params = {f"trial {t.number}": t.params for t in sweep.trials}
    assert column(model, 5) == [f"{params[n]['learning_rate']:.3g}" for n in names]
    assert column(model, 6) == [params[n]["optimizer"] for n in names]
    assert column(model, 7) == [str(params[n]["h.units"]) for n in names]
    status = dict(zip(names, column(model, 1), strict=True))
    assert (status["trial 9"], status["trial 24"], status["trial 39"], status["trial 1"]) == (
        "pruned", "running", "failed", "finished")
    assert column(model, 3)[:2] == ["val_loss 0.1", "val_loss 0.11"]
    # the best selected once; no trial took the selection as it came in
    assert session.current.name == "trial 0" and selected == [session.current]
    assert table.view.currentIndex().row() == 0
    # read again with five more trials: they join, sorted in, the selection stays
    resets.clear()
    grown = many(TRIALS + 5)
    reader.sweep = grown
    qtbot.waitUntil(lambda: model.rowCount() == TRIALS + 5, timeout=10_000)
    qtbot.waitUntil(lambda: column(model, 0) == by_metric(grown), timeout=5000)
    assert 1 <= len(resets) <= 3 and session.current.name == "trial 0"
    watcher.close()
    assert model.rowCount() == 0 and not session.runs[1:] and reader.closed == 1


def test_the_open_sweeps_storage_is_closed_with_the_window(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    reader = FakeReader(many(3))
    watcher = open_sweep(window, qtbot, monkeypatch, reader)
    assert reader.closed == 0  # kept open between reads
    watcher.shutdown()  # (as the window does when it closes)
    assert reader.closed == 1
    window.close()
    assert reader.closed == 1  # once

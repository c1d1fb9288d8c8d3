"""Watching from the window: File › Follow Run… streams a headless run's log as a run, File ›
Open Sweep… shows a study's trials as runs (a column per searched parameter, sorted by the
metric, coloured by a parameter or the result, the metric against each parameter, a finished
trial's network opened in the editor), and ordinary runs get the same columns and colours."""
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from designer.commands import SetParam
from designer.serialization import load, save
from designer.training.records import End, Start
from tests.follow_helpers import epochs, follow_log, write_log
from tests.gui_helpers import double_click
from tests.gui_training_helpers import EXAMPLES, shown_docks, training_window, wait_ended
from tests.sweep_helpers import WORKER_ENDED, FakeReader, entry, open_sweep, sweep_of, trial
from widgets import language
from widgets.training import sweep_view
from widgets.training.colors import MISSING, class_color


def _column(model, label: str) -> int:
    labels = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert label in labels, labels
    return labels.index(label)


def _cells(model, column: int) -> list:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


# -- Follow Run -------------------------------------------------------------------------------
def test_a_followed_run_streams_its_curves_and_finishes_at_its_end_record(
        qtbot, dialogs, monkeypatch, tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    log = tmp_path / "run.jsonl"
    write_log(log, Start(epochs=8, dataset="xor", seed=5), *epochs(1, 2))
    follower = follow_log(window, monkeypatch, log)
    run = window.training.session.current
    assert run is follower.run and run.name == "followed: run.jsonl" and run.external
    qtbot.waitUntil(lambda: len(run.epochs) == 2, timeout=5000)
    assert run.status == "running"
    line = json.dumps(epochs(6, 6)[0].to_dict())
    write_log(log, *epochs(3, 5), tail=line[:20])  # the writer is in the middle of epoch 6
    qtbot.waitUntil(lambda: len(run.epochs) == 5, timeout=5000)
    shown_docks(window, "curves")
    curves = window.training.plots["curves"]
    curves.refresh()
    x, y = curves.curves[run.number].loss.data()
    assert list(x) == [1, 2, 3, 4, 5] and y[-1] == 0.2
    write_log(log, tail=line[20:] + "\n")
    write_log(log, *epochs(7, 8), End(reason="completed", epochs_run=8, message="done"))
    qtbot.waitUntil(lambda: run.status == "finished", timeout=5000)
    assert [e.epoch for e in run.epochs] == list(range(1, 9)) and run.end.epochs_run == 8
    assert not follower.timer.isActive()  # the end record ends the following
    assert window.statusBar().currentMessage() == "The run in run.jsonl ended: finished"
    model = window.training.panel.runs.model
    assert _cells(model, 1) == ["finished"] and _cells(model, 2) == ["8 / 8"]
    assert _cells(model, 3)[0].startswith("100.0%")
    assert not window.document.network.history  # never stored in the document
    assert run.weights is None and not window.training.panel.runs.restore_button.isEnabled()
    for name in ("boundary", "weights", "dynamics"):  # a log holds no pictures: said so
        shown_docks(window, name)
        panel = window.training.plots[name]
        panel.refresh()
        assert panel.note.text().startswith("followed: run.jsonl trains elsewhere"), name


def test_a_missing_or_broken_log_is_said_and_never_stops_the_app(qtbot, dialogs, monkeypatch,
                                                                 tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    log = tmp_path / "later.jsonl"
    run = follow_log(window, monkeypatch, log).run
    assert "Waiting for" in window.statusBar().currentMessage()
    assert run.status == "starting" and run.active
    write_log(log, Start(epochs=4), tail='{"type": "epoch", "epo\n')  # a line cut short
    write_log(log, *epochs(1, 1), tail="[]\n")
    qtbot.waitUntil(lambda: len(run.epochs) == 1, timeout=5000)
    qtbot.waitUntil(lambda: "line 4" in window.statusBar().currentMessage(), timeout=5000)
    assert "later.jsonl, line 4: not a training record" in window.statusBar().currentMessage()
    assert run.status == "running" and not dialogs.errors
    folder = tmp_path / "folder.jsonl"
    folder.mkdir()
    broken = follow_log(window, monkeypatch, folder).run
    qtbot.waitUntil(lambda: "cannot be read" in window.statusBar().currentMessage(),
                    timeout=5000)
    assert broken.status == "starting" and not dialogs.errors


def test_stopping_or_deleting_a_followed_run_only_stops_following(qtbot, dialogs, monkeypatch,
                                                                  tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    table = window.training.panel.runs
    log = tmp_path / "run.jsonl"
    write_log(log, Start(epochs=50), *epochs(1, 3))
    follower = follow_log(window, monkeypatch, log)
    run = follower.run
    qtbot.waitUntil(lambda: len(run.epochs) == 3, timeout=5000)
    assert table.stop_button.text() == "Stop following" and table.stop_button.isEnabled()
    qtbot.mouseClick(table.stop_button, Qt.MouseButton.LeftButton)
    assert run.status == "stopped" and not follower.timer.isActive()
    write_log(log, *epochs(4, 6))
    qtbot.wait(600)
    assert len(run.epochs) == 3
    # another network opens: a followed run is not the document's, so it stays
    second = follow_log(window, monkeypatch, log).run
    assert window.files.open_example(EXAMPLES / "spiral_playground.json", ask=False)
    assert run in window.training.session.runs and second in window.training.session.runs
    qtbot.waitUntil(lambda: len(second.epochs) == 6, timeout=5000)
    window.training.delete_run(second)  # no question: nothing of the document goes
    assert second not in window.training.session.runs and not dialogs.asked
    assert not window.training.following.followers  # both let go: none reads on


# -- Open Sweep -------------------------------------------------------------------------------
def test_a_sweeps_trials_fill_the_runs_table_sorted_by_its_metric(qtbot, dialogs, monkeypatch,
                                                                  tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    watcher = open_sweep(window, qtbot, monkeypatch, FakeReader(sweep_of(tmp_path)))
    model = window.training.panel.runs.model
    assert model.rowCount() == 5
    # sorted by the metric (val_loss, minimized), trials without a value last
    # (a running trial by what it reported last)
    assert _cells(model, 0) == ["trial 2", "trial 0", "trial 3", "trial 1", "trial 4"]
    assert _cells(model, 1) == ["finished", "finished", "running", "pruned", "failed"]
    assert _cells(model, 3)[:4] == ["val_loss 0.2", "val_loss 0.4", "val_loss 0.7",
                                    "val_loss 0.9"]
    assert _cells(model, _column(model, "learning_rate")) == ["0.01", "0.001", "0.03", "0.1",
                                                             "0.0001"]
    assert _cells(model, _column(model, "optimizer")) == ["adam", "sgd", "sgd", "adam", "adam"]
    assert window.training.panel.runs.view.isColumnHidden(4)  # "Differs in": all of them
    # a finished trial's curves come from its history, a running one's from its reports
    runs = {r.name: r for r in model.runs}
    assert len(runs["trial 2"].epochs) == 6 and runs["trial 2"].epochs[-1].value("accuracy")
    assert [e.value("val_loss") for e in runs["trial 3"].epochs] == [0.9, 0.7]
    assert not runs["trial 3"].active  # nothing here can stop another machine's trial
    # a click on a header sorts by it
    view = window.training.panel.runs.view
    view.sortByColumn(_column(model, "learning_rate"), Qt.SortOrder.DescendingOrder)
    assert _cells(model, _column(model, "learning_rate"))[0] == "0.1"
    assert watcher.panel.info.text() == ("5 trials: 2 complete, 1 pruned, 1 running, 1 failed"
                                         " \u00b7 best val_loss 0.2 (trial 2)")
    assert window.panel("sweep").windowTitle() == "Sweep: net"
    assert window.training.session.current.name == "trial 2"  # the best, selected
    watcher.close()
    assert model.rowCount() == 0


def test_a_failed_trial_says_why_in_the_interface_s_language(qtbot, dialogs, monkeypatch,
                                                            tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    open_sweep(window, qtbot, monkeypatch, FakeReader(sweep_of(tmp_path)))
    model = window.training.panel.runs.model
    row = _cells(model, 0).index("trial 4")
    status = model.index(row, 1)
    assert model.data(status, Qt.ItemDataRole.ToolTipRole) == WORKER_ENDED
    window.training.session.select(model.runs[row])
    message = window.training.panel.controls.message.text()
    assert message == f"This run failed: {WORKER_ENDED}"
    language.install(QApplication.instance(), "ko")
    try:
        assert model.data(status, Qt.ItemDataRole.ToolTipRole) == \
            "작업자(프로세스 4242)가 이 시행을 끝내지 못하고 종료되었습니다"
    finally:
        language.install(QApplication.instance(), "en")


def test_runs_are_coloured_by_a_parameter_or_their_result(qtbot, dialogs, monkeypatch,
                                                          tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    open_sweep(window, qtbot, monkeypatch, FakeReader(sweep_of(tmp_path)))
    color_by = window.training.panel.runs.color_by
    runs = {r.name: r for r in window.training.session.runs}
    assert color_by.key is not None  # a sweep opens coloured by the result
    assert runs["trial 4"].color == MISSING  # failed: no value
    color_by.choose("optimizer")
    assert runs["trial 0"].color == class_color(1) and runs["trial 2"].color == class_color(0)
    assert "adam" in color_by.legend.text() and "sgd" in color_by.legend.text()
    color_by.choose("learning_rate")
    assert "(log)" in color_by.legend.text()
    colours = [runs[f"trial {n}"].color for n in (4, 0, 3, 1)]  # 1e-4 < 1e-3 < 0.03 < 0.1
    assert len(set(colours)) == 4 and colours[0] == "#0d0887"
    shown_docks(window, "curves")
    curves = window.training.plots["curves"]
    curves.refresh()
    pen = curves.curves[runs["trial 1"].number].loss.item.opts["pen"]
    assert pen.color().name() == runs["trial 1"].color  # the curves take the colours
    color_by.choose(None)
    assert all(r.color == r.own_color for r in runs.values())
    curves.refresh()
    pen = curves.curves[runs["trial 1"].number].loss.item.opts["pen"]
    assert pen.color().name() == runs["trial 1"].own_color


def test_the_sweep_panel_plots_the_metric_against_each_parameter(qtbot, dialogs, monkeypatch,
                                                                 tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    watcher = open_sweep(window, qtbot, monkeypatch, FakeReader(sweep_of(tmp_path)))
    panel = watcher.panel
    assert window.panel("sweep").isVisible()
    panel.refresh()
    assert list(panel.plots) == ["learning_rate", "optimizer", "h.units"]
    lr_plot, lr_points = panel.plots["learning_rate"]
    assert lr_plot.ctrl.logXCheck.isChecked()  # 1e-4 ... 0.1: decades
    assert not panel.plots["h.units"][0].ctrl.logXCheck.isChecked()
    xs, ys = lr_points.xData, lr_points.yData
    # the trials with a value (finished, pruned) and the running one's last report
    assert sorted(zip(xs, ys, strict=True)) == [(0.001, 0.4), (0.01, 0.2), (0.03, 0.7),
                                                (0.1, 0.9)]
    assert sorted(panel.plots["optimizer"][1].xData) == [0, 0, 1, 1]  # adam, sgd
    ticks = panel.plots["optimizer"][0].getAxis("bottom")._tickLevels[0]
    assert [label for _x, label in ticks] == ["adam", "sgd"]
    point = lr_points.scatter.points()[0]
    panel._on_click(lr_points, [point])
    assert window.training.session.current.number == point.data()


def test_an_open_sweep_is_read_again_while_it_runs(qtbot, dialogs, monkeypatch, tmp_path):
    monkeypatch.setattr(sweep_view, "POLL_MS", 100)
    window = training_window(qtbot, dialogs, monkeypatch)
    first = sweep_of(tmp_path)
    reader = FakeReader(first)
    watcher = open_sweep(window, qtbot, monkeypatch, reader)
    session = window.training.session
    watched = next(r for r in session.runs if r.name == "trial 0")
    session.select(watched)
    later = sweep_of(tmp_path)
    later.trials[3].values_per_epoch.update({3: 0.6, 4: 0.5})  # trial 3 goes on
    later.trials.append(trial(5, "running", {"learning_rate": 0.02, "optimizer": "adam",
                                             "h.units": 8}, None, {1: 0.8}))
    reader.sweep = later
    qtbot.waitUntil(lambda: len(session.runs) == 6, timeout=5000)
    running = next(r for r in session.runs if r.name == "trial 3")
    assert [e.epoch for e in running.epochs] == [1, 2, 3, 4]
    assert session.current is watched  # a new trial does not take the selection
    done = sweep_of(tmp_path)  # trial 3 finished: its whole curves from its history
    done.trials[3] = trial(3, "complete", later.trials[3].params, 0.3, {1: 0.9, 2: 0.3},
                           history=entry(6, 0.3), network_file=done.trials[0].network_file)
    done.trials.append(later.trials[-1])
    session.set_shown(running, False)
    reader.sweep = done
    qtbot.waitUntil(lambda: any(r.name == "trial 3" and r.status == "finished"
                                for r in session.runs), timeout=5000)
    finished = next(r for r in session.runs if r.name == "trial 3")
    assert len(finished.epochs) == 6 and finished.epochs[0].value("accuracy") is not None
    assert finished.own_color == running.own_color and finished.number in session.hidden
    assert watcher.error is None and reader.calls >= 3
    window.training.delete_run(next(r for r in session.runs if r.name == "trial 1"))
    calls = reader.calls
    qtbot.waitUntil(lambda: reader.calls > calls + 1, timeout=5000)
    assert "trial 1" not in [r.name for r in session.runs]  # deleted: not shown again


def test_a_finished_trials_network_opens_in_the_editor(qtbot, dialogs, monkeypatch, tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    open_sweep(window, qtbot, monkeypatch, FakeReader(sweep_of(tmp_path)))
    table = window.training.panel.runs
    row = [r.name for r in table.model.runs].index("trial 2")
    table.view.scrollTo(table.model.index(row, 1))
    rect = table.view.visualRect(table.model.index(row, 1))
    double_click(table.view.viewport(), rect.center())
    qtbot.waitUntil(lambda: window.document.path is not None, timeout=5000)
    assert window.document.path.name == "trial_2.nnd"
    names = [r.name for r in window.training.session.runs]
    assert sorted(names) == [f"trial {n}" for n in range(5)]  # the sweep stays open
    pruned = next(r for r in table.model.runs if r.name == "trial 1")
    assert pruned.network_file is None  # only a finished trial has a network to open


def test_a_sweep_that_cannot_be_read_says_why(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)

    broken = FakeReader(KeyError("no study named 'net' in /shared/net.sweep.journal"))
    monkeypatch.setattr(sweep_view, "open_reader", broken)
    monkeypatch.setattr(sweep_view, "choose_sweep", lambda parent: ("/shared/x", "net"))
    window.actions_by_name["open_sweep"].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    title, text = dialogs.errors[-1]
    assert title == "Cannot open the sweep" and "no study named 'net'" in text
    assert window.training.sweep.source is None and not window.training.session.runs[1:]
    assert broken.closed == 1  # its storage closed with it


def test_the_sweep_dialog_lists_the_storages_studies(qtbot, monkeypatch):
    from widgets.training import sweep_dialog

    asked = []
    monkeypatch.setattr(sweep_dialog, "study_names",
                        lambda storage: asked.append(storage) or ["net", "wide"])
    dialog = sweep_dialog.SweepDialog()
    qtbot.addWidget(dialog)
    dialog.storage.setText("postgresql+psycopg://me@db/sweeps")
    dialog.list_studies()  # in the background: a database that does not answer hangs nothing
    qtbot.waitUntil(lambda: dialog.note.text() == "2 studies", timeout=5000)
    assert asked == ["postgresql+psycopg://me@db/sweeps"]
    assert [dialog.study.itemText(i) for i in range(dialog.study.count())] == ["net", "wide"]
    dialog.study.setCurrentText("wide")
    assert dialog.chosen() == ("postgresql+psycopg://me@db/sweeps", "wide")

    def refused(storage):
        raise RuntimeError("password authentication failed")

    monkeypatch.setattr(sweep_dialog, "study_names", refused)
    dialog.storage.setText("postgresql+psycopg://me@db/other")
    dialog.list_studies()
    qtbot.waitUntil(lambda: "password authentication failed" in dialog.note.text(),
                    timeout=5000)


# -- ordinary runs ----------------------------------------------------------------------------
def test_ordinary_runs_get_a_column_per_differing_setting_and_colour_by(qtbot, dialogs,
                                                                        monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)
    controller = window.training
    controller.setup.set("epochs", 5)
    first = controller.train()
    window.document.execute(SetParam("h", "activation", "relu"))
    second = controller.train()
    wait_ended(qtbot, first)
    wait_ended(qtbot, second)
    model = controller.panel.runs.model
    column = _column(model, "h.activation")
    assert _cells(model, column) == ["tanh", "relu"]
    assert _cells(model, 4) == ["h.activation=tanh", "h.activation=relu"]  # still there
    controller.panel.runs.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert _cells(model, 0) == ["run 2", "run 1"]  # relu < tanh
    color_by = controller.panel.runs.color_by
    assert color_by.isVisible()
    color_by.choose("h.activation")
    assert (second.color, first.color) == (class_color(0), class_color(1))


def test_a_real_optuna_journal_opens_as_its_trials(qtbot, dialogs, monkeypatch, tmp_path):
    import optuna
    from optuna.distributions import CategoricalDistribution, FloatDistribution
    from optuna.storages import JournalStorage
    from optuna.storages.journal import JournalFileBackend
    from optuna.trial import TrialState

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    path = tmp_path / "xor.sweep.journal"
    study = optuna.create_study(study_name="xor", direction="minimize",
                                storage=JournalStorage(JournalFileBackend(str(path))))
    study.set_user_attr("metric", "val_loss")
    space = {"learning_rate": FloatDistribution(1e-4, 1e-1, log=True),
             "optimizer": CategoricalDistribution(["adam", "sgd"])}
    network = str(save(load(EXAMPLES / "xor.json"), tmp_path / "trial_0.nnd"))
    for lr, state in ((0.01, TrialState.COMPLETE), (0.09, TrialState.PRUNED),
                      (0.0002, TrialState.FAIL)):
        study.enqueue_trial({"learning_rate": lr, "optimizer": "adam"})
        t = study.ask(space)
        if state != TrialState.FAIL:
            t.report(0.8, 1)
            t.report(0.5 if state == TrialState.COMPLETE else 0.9, 2)
        if state == TrialState.COMPLETE:
            t.set_user_attr("history", entry(2, 0.5))
            t.set_user_attr("network_file", network)
        study.tell(t, 0.5 if state == TrialState.COMPLETE else None, state=state)
    window = training_window(qtbot, dialogs, monkeypatch)
    monkeypatch.setattr(sweep_view, "choose_sweep", lambda parent: (str(path), None))
    window.actions_by_name["open_sweep"].trigger()
    qtbot.waitUntil(lambda: window.training.sweep.sweep is not None or bool(dialogs.errors),
                    timeout=20_000)
    assert not dialogs.errors
    model = window.training.panel.runs.model
    assert _cells(model, 0) == ["trial 0", "trial 1", "trial 2"]
    assert _cells(model, 1) == ["finished", "pruned", "failed"]
    assert _cells(model, _column(model, "learning_rate")) == ["0.01", "0.09", "0.0002"]
    assert model.runs[0].network_file == network and len(model.runs[0].epochs) == 2


def test_opening_another_sweep_while_one_is_read_shows_the_new_one(qtbot, dialogs,
                                                                   monkeypatch, tmp_path):
    window = training_window(qtbot, dialogs, monkeypatch)
    wide = sweep_of(tmp_path)
    wide.name, wide.trials = "wide", wide.trials[:2]
    readers = {"a.journal": FakeReader(sweep_of(tmp_path)), "b.journal": FakeReader(wide)}
    monkeypatch.setattr(sweep_view, "open_reader", lambda storage, study: readers[storage])
    watcher = window.training.sweep
    watcher.open("a.journal")
    watcher.open("b.journal")  # before the first read is looked at
    qtbot.waitUntil(lambda: watcher.sweep is not None, timeout=5000)
    assert watcher.sweep.name == "wide" and watcher.source == ("b.journal", "wide")
    assert sorted(r.name for r in window.training.session.runs) == ["trial 0", "trial 1"]
    # the first sweep's reader closed once its read was done, the open one's not yet
    assert (readers["a.journal"].closed, readers["b.journal"].closed) == (1, 0)
    watcher.close()
    assert readers["b.journal"].closed == 1

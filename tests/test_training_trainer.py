"""The trainer: records, control from another thread, stopping rules, reproducibility, and
what a run leaves in the network."""
import math
import threading

import numpy as np
import pytest
import torch

from designer.datasets import DatasetError
from designer.errors import ParamError
from designer.network import Network
from designer.serialization import load, save
from designer.training import Trainer, TrainingControl, TrainingError, train
from designer.training.records import Epoch, Snapshot
from tests.helpers import chain
from tests.training_helpers import dense_net


def _records(trainer):
    return list(trainer.run())


def _types(records):
    return [r.type for r in records]


def test_a_run_yields_start_epochs_snapshots_and_end():
    net = dense_net(training={"epochs": 5, "seed": 1, "validation_split": 0.25})
    records = _records(Trainer(net, snapshot_every=0.0))
    types = _types(records)
    assert types[0] == "start" and types[-1] == "end" and types.count("epoch") == 5
    assert types[-2] == "snapshot"
    start, end = records[0], records[-1]
    assert start.engine == "dense" and start.train_samples == 44  # stratified: 8 + 8
    assert start.val_samples == 16 and len(start.schedule["lr"]) > 0
    epoch = next(r for r in records if isinstance(r, Epoch))
    assert set(epoch.to_dict()) >= {"epoch", "loss", "accuracy", "val_loss", "val_accuracy",
                                    "lr", "seconds", "elapsed"}
    assert end.reason == "completed" and end.epochs_run == 5
    last_epoch = [r for r in records if isinstance(r, Epoch)][-1]
    assert end.value("train_loss") == last_epoch.loss + 0.0
    assert len({r.run for r in records}) == 1


def test_snapshots_hold_histograms_gradients_activations_boundary_and_confusion():
    net = dense_net(hidden=(("relu", 6),), training={"epochs": 2, "seed": 0,
                                                     "validation_split": 0.2})
    snap = [r for r in _records(Trainer(net)) if isinstance(r, Snapshot)][-1]
    w = snap.weights["l1"]["weight"]
    assert w.counts.sum() == 12 and len(w.edges) == 31
    assert set(snap.weights) == {"l1", "l2"} and "bias" in snap.weights["l2"]
    assert set(snap.gradients) == {"l1", "l2"} and all(v >= 0 for v in
                                                       snap.gradients.values())
    act = snap.activations["l1"]
    assert act.mean_abs >= 0 and 0 <= act.dead_fraction <= 1
    assert snap.activations["l2"].dead_fraction is None  # not a ReLU
    b = snap.boundary
    assert b.kind == "probability" and b.values.shape == (48, 48)
    assert b.extent == [[-6.0, 6.0], [-6.0, 6.0]] and 0 <= b.values.min() <= 1
    assert snap.confusion.sum() == 12 and snap.confusion_on == "validation"


def test_large_layers_are_sampled_for_histograms():
    net = dense_net(hidden=(("relu", 200), ("relu", 150)), training={"epochs": 1})
    snap = [r for r in _records(Trainer(net)) if isinstance(r, Snapshot)][-1]
    assert snap.histogram("l2", "weight").counts.sum() == 20_000


def test_regression_reports_mae_and_r2_and_a_fitted_curve():
    # as in the study notes: one linear unit learns y = 2x + 1
    net = Network(chain(("Input", {"shape": [1]}), ("Dense", {"units": 1})), "linear",
                  {"name": "linear"}, {"epochs": 40, "loss": "mse", "seed": 0, "batch_size": 32,
                                       "optimizer": {"name": "sgd", "learning_rate": 0.01},
                                       "validation_split": 0.2})
    end = train(net)
    assert end.value("train_r2") > 0.999 and end.value("val_mae") < 0.1
    assert float(net.weights["l1.core.weight"][0, 0]) == pytest.approx(2.0, abs=0.05)
    assert float(net.weights["l1.core.bias"][0]) == pytest.approx(1.0, abs=0.3)
    snap = [r for r in Trainer(net, {"epochs": 1}).run() if isinstance(r, Snapshot)][-1]
    assert snap.boundary.curve and len(snap.boundary.x) == 200


def test_runs_are_reproducible_with_a_seed():
    for engine in ("dense", "autograd"):
        a, b = dense_net(training={"epochs": 3, "seed": 7}), dense_net(training={"epochs": 3,
                                                                                "seed": 7})
        train(a, engine=engine)
        train(b, engine=engine)
        for key in a.weights:
            assert np.array_equal(a.weights[key], b.weights[key]), (engine, key)
        losses = [[e["loss"] for e in n.history["runs"][0]["epochs"]] for n in (a, b)]
        assert losses[0] == losses[1]
    c = dense_net(training={"epochs": 3})
    train(c)
    assert isinstance(c.history["runs"][0]["seed"], int)  # recorded, so it can be replayed


def test_a_diverging_run_stops_at_once_with_its_reason():
    net = dense_net(hidden=(("relu", 8),), out_act="linear",
                    dataset={"name": "plane", "samples": 60},
                    training={"epochs": 50, "seed": 0, "loss": "mse",
                              "optimizer": {"name": "sgd", "learning_rate": 1e6}})
    for engine in ("dense", "autograd"):
        net.weights = None
        records = _records(Trainer(net, engine=engine))
        end = records[-1]
        assert end.reason == "diverged" and end.epochs_run < 3
        assert "the loss became" in end.message and "smaller learning rate" in end.message
        assert "gradient clipping" in end.message
        assert net.weights is None  # the network keeps what it had
        assert net.history["runs"][-1]["summary"]["reason"] == "diverged"


def test_early_stopping_restores_the_best_weights():
    net = dense_net(hidden=(("relu", 64), ("relu", 64)),
                    dataset={"name": "circle", "samples": 80, "noise": 0.5},
                    training={"epochs": 400, "seed": 0, "validation_split": 0.3,
                              "optimizer": {"name": "adam", "learning_rate": 0.05},
                              "early_stopping": {"patience": 5}})
    t = Trainer(net)
    records = _records(t)
    end = records[-1]
    assert end.reason == "early_stopping" and end.epochs_run < 400
    assert "restored the weights of epoch" in end.message
    best = min(r.value("val_loss") for r in t.epochs)
    assert end.value("val_loss") == pytest.approx(best)
    kept = Trainer(net, {"epochs": 1}, apply=False, introspection=False)
    kept.prepare()
    val = kept.metric.compute(kept.engine.predict(kept.data.val.x), kept.data.val.y)
    assert val["loss"] == pytest.approx(best, rel=1e-4)


def test_reduce_on_plateau_lowers_the_rate_during_a_run():
    net = dense_net(training={"epochs": 30, "seed": 0, "optimizer": {"name": "sgd",
                                                                     "learning_rate": 1e-9},
                              "schedule": {"name": "reduce_on_plateau", "patience": 2,
                                           "factor": 0.5}})
    t = Trainer(net)
    _records(t)
    rates = [e.lr for e in t.epochs]
    assert rates[0] == 1e-9 and rates[-1] < rates[0]
    assert any("learning rate" in (e.note or "") for e in t.epochs)


@pytest.mark.parametrize("engine", ["dense", "autograd"])
def test_control_pause_step_resume_and_stop_from_another_thread(engine):
    net = dense_net(training={"epochs": 100_000, "seed": 0})
    control = TrainingControl()
    trainer = Trainer(net, control=control, engine=engine)
    seen = []
    done = threading.Event()

    def worker():
        for record in trainer.run():
            seen.append(record)
            if isinstance(record, Epoch) and record.epoch == 3:
                control.pause()
        done.set()

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    try:
        _wait_for(lambda: any(r.type == "paused" for r in seen))
        paused_at = [r for r in seen if r.type == "paused"][0].global_step
        count = len(seen)
        threading.Event().wait(0.1)
        assert len(seen) == count  # nothing happens while paused
        control.step()
        _wait_for(lambda: any(r.type == "step" for r in seen))
        step = [r for r in seen if r.type == "step"][0]
        assert step.global_step == paused_at + 1 and math.isfinite(step.loss)
        control.resume()
        _wait_for(lambda: any(r.type == "resumed" for r in seen))
    finally:
        control.stop()  # never leave a worker paused behind
        assert done.wait(10)
        thread.join()
    end = seen[-1]
    assert end.type == "end" and end.reason == "stopped" and net.weights


def _wait_for(condition, timeout=10.0):
    event = threading.Event()
    for _ in range(int(timeout / 0.01)):
        if condition():
            return
        event.wait(0.01)
    raise AssertionError("timed out")


def _step_three_then_resume(record, control):
    if record.type == "epoch" and record.epoch == 2:
        control.step(3)
    if record.type == "paused":
        control.resume()


def _resume_as_soon_as_a_step_is_seen(record, control):
    """As the app does: it may resume while the trainer still finishes the step (its
    snapshot); the run must still say that it runs again."""
    if record.type == "epoch" and record.epoch == 2:
        control.pause()
    if record.type == "paused":
        control.step()
    if record.type == "step":
        control.resume()


@pytest.mark.parametrize("react, expected", [
    (_step_three_then_resume, ["step", "step", "step", "paused", "resumed"]),
    (_resume_as_soon_as_a_step_is_seen, ["paused", "step", "resumed"])])
def test_paused_runs_keep_the_optimizer_state_and_say_when_they_go_on(react, expected):
    a, b = dense_net(training={"epochs": 4, "seed": 2}), dense_net(training={"epochs": 4,
                                                                            "seed": 2})
    train(a)
    control = TrainingControl()
    records = []
    for r in Trainer(b, control=control).run():
        records.append(r)
        react(r, control)
    assert [t for t in _types(records) if t in ("step", "paused", "resumed")] == expected
    for key in a.weights:
        assert np.array_equal(a.weights[key], b.weights[key])


def test_progress_is_throttled_by_the_trainers_clock():
    net = dense_net(training={"epochs": 300, "seed": 0})
    records = _records(Trainer(net, progress_every=10.0, snapshot_every=10.0))
    assert _types(records).count("progress") == 0
    assert _types(records).count("snapshot") == 2  # only the initial and the final state


def test_weights_and_history_go_into_the_bundle_and_training_continues(tmp_path):
    net = dense_net(training={"epochs": 3, "seed": 0})
    train(net)
    path = save(net, tmp_path / "n.nnd")
    back = load(path)
    assert set(back.weights) == set(net.weights) and back.history["runs"][0]["epochs"]
    first = back.history["runs"][0]["epochs"][-1]["loss"]
    end = train(back, {"epochs": 3})
    assert len(back.history["runs"]) == 2 and back.history["runs"][1]["name"] == "run 2"
    assert "continued from the saved weights" in back.history["runs"][1]["notes"][0]
    assert end.value("train_loss") < first
    fresh = Trainer(back, {"epochs": 1}, fresh=True, apply=False)
    fresh.prepare()
    assert not fresh.notes


def test_frozen_layers_stay_frozen_when_fine_tuning():
    net = dense_net(training={"epochs": 2, "seed": 0})
    train(net)
    net.graph.set_param("l1", "trainable", False)
    before = net.weights["l1.core.weight"].copy()
    for engine in ("dense", "autograd"):
        train(net, {"epochs": 2}, engine=engine)
        assert np.array_equal(net.weights["l1.core.weight"], before)


def test_test_split_is_evaluated_at_the_end():
    net = dense_net(training={"epochs": 2, "seed": 0, "test_split": 0.25,
                              "validation_split": 0.25})
    end = train(net)
    assert set(end.test) == {"loss", "accuracy"}
    assert net.history["runs"][0]["summary"]["test"] == end.test


def test_settings_and_data_problems_are_explained():
    with pytest.raises(ParamError, match="no setting 'epoch' \\(did you mean 'epochs'"):
        Trainer(dense_net(training={"epoch": 3}))
    with pytest.raises(ParamError, match="learning_rate must be more than 0"):
        Trainer(dense_net(training={"optimizer": {"name": "sgd", "learning_rate": -1}}))
    with pytest.raises(TrainingError, match="iris has 3 classes, but the output layer 'l3' has "
                                            "1 unit\\(s\\); set its units to 3"):
        Trainer(dense_net(inputs=4, dataset={"name": "iris"},
                          training={"loss": "categorical_crossentropy"})).prepare()
    with pytest.raises(DatasetError, match="expects \\[3\\]"):
        Trainer(dense_net(inputs=3)).prepare()
    with pytest.raises(TrainingError, match="the loss categorical_crossentropy is for classes"):
        Trainer(dense_net(dataset={"name": "plane"},
                          training={"loss": "categorical_crossentropy"})).prepare()
    with pytest.raises(TrainingError, match="no dataset"):
        Trainer(Network(chain(("Input", {"shape": [2]}), ("Dense", {"units": 1})))).prepare()


def test_the_loss_is_chosen_from_the_data_when_not_given():
    for dataset, units, act, loss in (({"name": "xor"}, 1, "sigmoid", "binary_crossentropy"),
                                      ({"name": "iris"}, 3, "softmax",
                                       "categorical_crossentropy"),
                                      ({"name": "plane"}, 1, "linear", "mse")):
        inputs = 4 if dataset["name"] == "iris" else 2
        t = Trainer(dense_net(out_units=units, out_act=act, inputs=inputs, dataset=dataset),
                    apply=False)
        t.prepare()
        assert t.metric.loss_name == loss


def test_cpu_threads_follow_the_network_size():
    t = Trainer(dense_net(), introspection=False, apply=False)
    t.prepare()
    assert t.threads == 1
    before = torch.get_num_threads()
    list(t.run())
    assert torch.get_num_threads() == before


def test_long_runs_keep_a_thinned_history(monkeypatch):
    from designer.training import history

    monkeypatch.setattr(history, "HISTORY_EPOCHS", 10)
    net = dense_net(training={"epochs": 25, "seed": 0})
    train(net, introspection=False)
    kept = [e["epoch"] for e in net.history["runs"][0]["epochs"]]
    assert len(kept) == 10 and kept[0] == 1 and kept[-1] == 25


def test_divergence_is_caught_within_the_epoch_it_happens():
    net = dense_net(hidden=(("relu", 8),), out_act="linear",
                    dataset={"name": "plane", "samples": 400},
                    training={"epochs": 5, "seed": 0, "loss": "mse", "batch_size": 4,
                              "optimizer": {"name": "sgd", "learning_rate": 1e8}})
    end = train(net)
    assert end.reason == "diverged" and end.epochs_run == 0
    assert "at epoch 1" in end.message


def test_reported_losses_include_the_l1_l2_penalties():
    net = dense_net(l1=0.01, l2=0.05, training={"epochs": 2, "seed": 0, "test_split": 0.2})
    t = Trainer(net, apply=False)
    records = _records(t)
    penalty = t._penalty()
    assert penalty > 0.01
    data_loss = t.metric.compute(t.engine.outputs, t.engine.targets)["loss"]
    assert t.epochs[-1].loss == pytest.approx(data_loss + penalty)
    test = t.metric.compute(t.engine.predict(t.data.test.x), t.data.test.y)["loss"]
    assert records[-1].test["loss"] == pytest.approx(test + penalty)

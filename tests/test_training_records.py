"""The typed records: their flat wire form reads back as what was written, older files still
read, and the history entry and the JSONL log give back what the trainer reported."""
import json
from pathlib import Path

import numpy as np
import pytest

from designer.cli import main
from designer.serialization import jsonable, load, save
from designer.training import TrainingControl
from designer.training.history import saved_run
from designer.training.records import (
    KINDS,
    End,
    Epoch,
    Error,
    Paused,
    Progress,
    Result,
    Resumed,
    Snapshot,
    Start,
    Step,
    from_dict,
)
from designer.training.trainer import Trainer
from tests.training_helpers import dense_net

XOR = str(Path(__file__).resolve().parent.parent / "resources" / "examples" / "xor.json")

# one record of each kind, its fields away from their defaults where it matters
EXAMPLES = {r.type: r for r in (
    Start(run="r1", name="run 2", epochs=3, steps_per_epoch=2, batch_size=8, train_samples=16,
          task="regression", classes=None, loss="mse", optimizer={"name": "sgd"},
          learning_rate=0.1, schedule={"epochs": [0, 3], "lr": [0.1, 0.1]}, threads=2,
          engine="dense", seed=4, dataset="linear", metrics=["loss", "mae", "r2"],
          notes=["a note"]),
    Progress(run="r1", epoch=1, step=2, steps=4, global_step=2, loss=0.5, lr=0.1, elapsed=0.2),
    Step(run="r1", epoch=1, step=3, steps=4, global_step=3, loss=0.4, lr=0.1),
    Epoch(run="r1", epoch=2, values={"loss": 0.3, "mae": 0.2, "r2": 0.9, "val_loss": None},
          lr=0.1, seconds=0.01, elapsed=0.5, note="the learning rate fell"),
    Snapshot(run="r1", epoch=2, global_step=4, gradients={"l1": 0.25},
             weights={"l1": {"weight": {"mean": 0.1, "counts": [1, 2]}}},
             confusion=[[3, 1], [0, 4]], confusion_on="train"),
    Paused(run="r1", epoch=2, global_step=4),
    Resumed(run="r1", epoch=2, global_step=5),
    End(run="r1", reason="early_stopping", message="stopped early", epochs_run=2, best_epoch=1,
        values={"train_loss": 0.3, "val_loss": None}, seconds=1.5, steps=4,
        samples_per_second=20.0, engine="dense", seed=4, test={"loss": 0.2}),
    Result(run="r1", reason="stopped", weights={"l1.core.weight": [[1.0]]},
           history={"epochs": [{"epoch": 1, "loss": 0.3}]}),
    Error(run="r1", message="the run failed", detail="Traceback ..."),
)}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_reads_back_from_its_flat_dict(kind):
    record = EXAMPLES[kind]  # a new kind needs an example here
    flat = record.to_dict()
    assert flat["type"] == kind and "values" not in flat
    back = from_dict(flat)
    assert type(back) is KINDS[kind] and back == record
    assert from_dict(json.loads(json.dumps(flat))) == record  # as a log line


def test_an_older_epoch_and_end_read_with_defaults_and_unknown_metrics_kept():
    older = {"type": "epoch", "epoch": 3, "loss": 0.4, "accuracy": 0.9, "val_loss": None,
             "lr": 0.01, "seconds": 0.1, "elapsed": 1.0, "f1": 0.7}  # no run, no note
    epoch = from_dict(older)
    assert isinstance(epoch, Epoch) and epoch.epoch == 3 and epoch.lr == 0.01
    assert epoch.values == {"loss": 0.4, "accuracy": 0.9, "val_loss": None, "f1": 0.7}
    assert epoch.loss == 0.4 and epoch.value("f1") == 0.7 and epoch.value("val_mae") is None
    assert epoch.note is None and epoch.run == ""
    assert epoch.to_dict() == {**older, "run": ""}  # written back as it was, f1 and all
    end = from_dict({"type": "end", "reason": "stopped", "epochs_run": 3, "train_loss": 0.4})
    assert end.reason == "stopped" and end.value("train_loss") == 0.4
    assert end.samples_per_second is None and end.test is None and end.best_epoch is None


def test_a_history_entry_without_pictures_reads_as_a_run():
    entry = {"name": "run 1", "epochs": [{"epoch": 1, "loss": 0.5, "accuracy": 0.5}],
             "summary": {"reason": "completed", "epochs_run": 1, "train_loss": 0.5}}
    run = saved_run(entry)
    assert run.name == "run 1" and run.start.saved and run.start.epochs == 1
    assert [e.loss for e in run.epochs] == [0.5] and run.end.value("train_loss") == 0.5
    assert run.snapshots == []


@pytest.mark.parametrize("data", [{"type": "epochs", "epoch": 1}, {"epoch": 1}])
def test_an_unknown_type_is_refused(data):
    with pytest.raises(ValueError, match="unknown record type"):
        from_dict(data)


def _stopped_run(net, at_epoch):
    """A run stopped at `at_epoch` (so that its end reason is not the default)."""
    control = TrainingControl()
    trainer = Trainer(net, control=control)
    records = []
    for record in trainer.run():
        records.append(record)
        if isinstance(record, Epoch) and record.epoch == at_epoch:
            control.stop()
    return trainer, records


def test_a_saved_history_entry_gives_back_the_live_records(tmp_path):
    net = dense_net(training={"epochs": 50, "seed": 0, "validation_split": 0.25})
    trainer, records = _stopped_run(net, 4)
    live_end = records[-1]
    assert isinstance(live_end, End) and live_end.reason == "stopped"
    live = [r for r in records if isinstance(r, Epoch)]
    run = saved_run(load(save(net, tmp_path / "n.nnd")).history["runs"][-1])
    assert run.name == trainer.run_name and run.start.saved
    assert run.start.task == "classification" and run.start.metrics == ["loss", "accuracy"]
    assert [e.epoch for e in run.epochs] == [e.epoch for e in live] == [1, 2, 3, 4]
    assert [e.values for e in run.epochs] == [e.values for e in live]
    assert [e.loss for e in run.epochs] == [e.loss for e in live]
    assert [e.value("val_loss") for e in run.epochs] == [e.value("val_loss") for e in live]
    assert [(e.lr, e.note) for e in run.epochs] == [(e.lr, e.note) for e in live]
    assert run.end.reason == "stopped" and run.end.values == live_end.values
    assert (run.end.epochs_run, run.end.best_epoch) == (4, 4)
    final = [r for r in records if isinstance(r, Snapshot)][-1]
    assert [s.type for s in run.snapshots] == ["snapshot", "snapshot"]
    assert set(run.snapshots[1].weights) == set(final.weights) == {"l1", "l2", "l3"}
    np.testing.assert_array_equal(run.snapshots[1].confusion, final.confusion)


def test_the_cli_log_reads_back_as_the_trainers_records(tmp_path, monkeypatch):
    reported = []
    real_run = Trainer.run

    def run_and_keep(self):
        for record in real_run(self):
            reported.append(record)
            yield record

    monkeypatch.setattr(Trainer, "run", run_and_keep)
    log = tmp_path / "log.jsonl"
    assert main(["train", XOR, "--epochs", "5", "--quiet", "--log", str(log)]) == 0
    back = [from_dict(json.loads(line)) for line in log.read_text().splitlines()]
    assert [r.type for r in back] == ["start"] + ["epoch"] * 5 + ["end"]
    logged = [r for r in reported if isinstance(r, (Start, Epoch, End))]
    start, live_start = back[0], logged[0]  # the live one holds NumPy arrays: == cannot tell
    assert start.to_dict() == jsonable(live_start.to_dict())
    assert start.epochs == 5 and start.schedule["lr"] == live_start.schedule["lr"].tolist()
    for ours, theirs in zip(back[1:], logged[1:], strict=True):
        assert ours.values == theirs.values and ours == theirs

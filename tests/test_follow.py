"""Following a growing training log (designer/training/follow.py): complete lines only, a line
still being written waits, garbled lines are skipped with a note, a missing file is waited for,
and a log that starts again is read from the top. Only start, epoch and end records are taken,
and a field of the wrong type is left at its default with a note."""
import json
import os
from argparse import Namespace

from designer.cli.train import _follow
from designer.training import follow
from designer.training.follow import LogTail, parse_line
from designer.training.records import (
    End,
    Epoch,
    Error,
    Paused,
    Progress,
    Result,
    Snapshot,
    Start,
)


def _line(record) -> str:
    return json.dumps(record.to_dict()) + "\n"


def _epoch(n: int, loss: float) -> Epoch:
    return Epoch(epoch=n, lr=0.01, values={"loss": loss, "val_loss": loss * 1.1,
                                           "accuracy": 0.5 + n / 100})


def _append(path, text) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


def test_the_log_the_train_command_writes_reads_back_as_typed_records(tmp_path):
    path = tmp_path / "run.jsonl"
    records = [Start(epochs=3, task="classification", dataset="xor", seed=4),
               Progress(epoch=1, step=1, steps=2, loss=0.7), _epoch(1, 0.7), _epoch(2, 0.5),
               _epoch(3, 0.4), End(reason="completed", epochs_run=3,
                                   values={"train_loss": 0.4, "val_loss": 0.44})]
    _follow(iter(records), Namespace(log=str(path), quiet=True))
    read = LogTail(path).read()
    assert read.exists and not read.notes and not read.restarted
    kinds = [type(r) for r in read.records]
    assert kinds == [Start, Epoch, Epoch, Epoch, End]  # progress is not logged
    start, *epochs, end = read.records
    assert start.epochs == 3 and start.seed == 4 and start.dataset == "xor"
    assert [e.epoch for e in epochs] == [1, 2, 3]
    assert epochs[1].loss == 0.5 and epochs[1].value("val_loss") == 0.55 and epochs[1].lr == 0.01
    assert end.reason == "completed" and end.value("val_loss") == 0.44


def test_a_line_still_being_written_waits_for_its_newline(tmp_path):
    path = tmp_path / "run.jsonl"
    tail = LogTail(path)
    first, second = _line(Start(epochs=2)), _line(_epoch(1, 0.9))
    _append(path, first + second[:17])  # the writer is in the middle of the epoch line
    read = tail.read()
    assert [r.type for r in read.records] == ["start"] and not read.notes
    assert tail.read().records == []  # nothing new: the half line still waits
    _append(path, second[17:])
    read = tail.read()
    assert [(r.type, r.epoch) for r in read.records] == [("epoch", 1)] and not read.notes
    assert tail.lines == 2 and tail.offset == os.path.getsize(path)


def test_garbled_lines_are_skipped_with_a_note_and_the_rest_is_read(tmp_path):
    path = tmp_path / "run.jsonl"
    _append(path, _line(Start(epochs=5)) + '{"type": "epoch", "epoch": 1, "lo\n'  # cut short
            + "[1, 2]\n" + '{"type": "lesson"}\n' + '{"type": "epoch", "epoch": "two"}\n'
            + "\n" + _line(_epoch(3, 0.3)))
    with open(path, "ab") as f:
        f.write(b'{"type": "epoch", "epoch": 4, "loss": "\xff"}\n')
    read = LogTail(path).read()
    assert [r.type for r in read.records] == ["start", "epoch"]
    assert read.records[1].epoch == 3
    assert [(n.kind, n.line) for n in read.notes] == [("garbled", 2), ("garbled", 3),
                                                     ("garbled", 4), ("garbled", 5),
                                                     ("garbled", 8)]
    reasons = [n.detail for n in read.notes]
    assert reasons[0].startswith("not JSON") and reasons[1] == "not a JSON object"
    assert "lesson" in reasons[2] and "not a whole number" in reasons[3]
    assert reasons[4] == "not UTF-8 text"
    assert "line 2 is not a training record" in read.notes[0].text


def test_an_epochs_values_that_are_not_numbers_are_left_out():
    record, wrong = parse_line('{"type": "epoch", "epoch": 2, "loss": 0.5, "lr": "auto", '
                               '"host": "node-3", "val_loss": null}')
    assert record.values == {"loss": 0.5, "val_loss": None} and record.lr is None
    assert wrong == ["lr"]  # (extra values are a newer writer's: left out without a word)


def test_a_missing_file_is_waited_for(tmp_path):
    path = tmp_path / "later.jsonl"
    tail = LogTail(path)
    read = tail.read()
    assert not read.exists and read.records == [] and read.notes == []
    _append(path, _line(Start(epochs=1)))
    read = tail.read()
    assert read.exists and [r.type for r in read.records] == ["start"]


def test_a_log_that_starts_again_is_read_from_the_top(tmp_path):
    path = tmp_path / "run.jsonl"
    tail = LogTail(path)
    _append(path, _line(Start(epochs=9, seed=1)) + _line(_epoch(1, 0.9)) + _line(_epoch(2, 0.8)))
    assert len(tail.read().records) == 3
    path.write_text(_line(Start(epochs=9, seed=2)), encoding="utf-8")  # a new run, "w" mode
    read = tail.read()
    assert read.restarted and [r.seed for r in read.records] == [2]
    assert not tail.read().restarted  # once
    replaced = tmp_path / "new.jsonl"  # a new file moved into its place, longer than before
    replaced.write_text(_line(Start(epochs=9, seed=3)) + _line(_epoch(1, 0.7)) * 3,
                        encoding="utf-8")
    os.replace(replaced, path)
    read = tail.read()
    assert read.restarted and read.records[0].seed == 3 and len(read.records) == 4


def test_an_unreadable_log_gives_a_note_instead_of_an_error(tmp_path):
    folder = tmp_path / "a_folder.jsonl"
    folder.mkdir()
    read = LogTail(folder).read()
    assert read.records == [] and [n.kind for n in read.notes] == ["unreadable"]
    assert read.notes[0].text.startswith("the log cannot be read")


def test_a_huge_log_comes_in_over_several_reads_and_an_endless_line_is_dropped(
        tmp_path, monkeypatch):
    monkeypatch.setattr(follow, "CHUNK", 256)
    monkeypatch.setattr(follow, "MAX_LINE", 300)
    path = tmp_path / "run.jsonl"
    lines = [_line(_epoch(n, 1 / n)) for n in range(1, 21)]
    _append(path, "".join(lines[:10]) + "x" * 1000 + "\n" + "".join(lines[10:]))
    tail = LogTail(path)
    got, notes = [], []
    for _ in range(40):
        read = tail.read()
        got += read.records
        notes += read.notes
    assert [r.epoch for r in got] == list(range(1, 21))
    assert [(n.kind, n.line) for n in notes] == [("too_long", 11)]


# -- what a log may hand the window --------------------------------------------------------------
def _one(path, line: str):
    path.write_text(line + "\n", encoding="utf-8")
    return LogTail(path).read()


def test_only_the_records_the_train_command_logs_are_taken(tmp_path):
    path = tmp_path / "run.jsonl"
    lines = [json.dumps(r.to_dict()) for r in (
        Result(weights={"w": [[1.0]]}, history={"epochs": []}), Error(message="boom"),
        Snapshot(epoch=1), Progress(epoch=1, step=1), Paused(epoch=1))]
    lines.append('{"type": ["start"], "epochs": 3}')
    path.write_text("\n".join(lines) + "\n" + _line(_epoch(1, 0.5)), encoding="utf-8")
    read = LogTail(path).read()
    assert [r.type for r in read.records] == ["epoch"]
    assert [(n.kind, n.line) for n in read.notes] == [("garbled", n) for n in range(1, 7)]
    assert read.notes[0].detail == "a result record does not belong in a training log"
    assert read.notes[5].detail == "unknown record type ['start']"


def test_a_start_field_of_the_wrong_type_is_left_at_its_default_with_a_note(tmp_path):
    read = _one(tmp_path / "run.jsonl", json.dumps({
        "type": "start", "epochs": "ten", "optimizer": "adam", "learning_rate": "0.1",
        "steps_per_epoch": 2.5, "classes": {"a": 1}, "notes": ["fine", 3], "task": None,
        "schedule": {"epochs": [0, 1], "lr": [0.1]}, "seed": True, "dataset": "xor",
        "batch_size": 8}))
    start, = read.records
    assert (start.epochs, start.optimizer, start.learning_rate, start.steps_per_epoch) == (
        0, None, None, None)
    assert (start.classes, start.notes, start.task, start.schedule, start.seed) == (
        None, [], "classification", None, None)
    assert start.dataset == "xor" and start.batch_size == 8  # the rest is read as usual
    note, = read.notes
    assert (note.kind, note.line) == ("wrong_type", 1)
    assert note.detail == ("epochs, steps_per_epoch, task, classes, optimizer, learning_rate, "
                           "schedule, seed, notes")
    assert note.text.startswith("line 1: epochs, steps_per_epoch") and "default" in note.text


def test_nested_start_fields_are_checked_as_deep_as_the_window_reads(tmp_path):
    good = {"type": "start", "optimizer": {"name": "sgd", "learning_rate": 0.1},
            "schedule": {"epochs": [0, 0.5], "lr": [0.1, 0.05]}, "classes": ["no", 1]}
    read = _one(tmp_path / "run.jsonl", json.dumps(good))
    assert not read.notes and read.records[0].optimizer["name"] == "sgd"
    bad = {**good, "optimizer": {"name": ["sgd"]}, "schedule": {"epochs": ["a"], "lr": [1]}}
    read = _one(tmp_path / "run.jsonl", json.dumps(bad))
    assert read.records[0].optimizer is None and read.records[0].schedule is None
    assert read.notes[0].detail == "optimizer, schedule"


def test_an_end_and_an_epoch_of_the_wrong_types_keep_what_is_right(tmp_path):
    read = _one(tmp_path / "run.jsonl", json.dumps({
        "type": "end", "reason": ["completed"], "epochs_run": "3", "seconds": "1 s",
        "test": {"accuracy": "high"}, "confusion": [[1, 2], [3]], "message": "done",
        "val_loss": 0.4, "val_accuracy": "0.9"}))
    end, = read.records
    assert (end.reason, end.epochs_run, end.seconds, end.test, end.confusion) == (
        "completed", 0, None, None, None)
    assert end.message == "done" and end.values == {"val_loss": 0.4}
    assert read.notes[0].detail == "reason, epochs_run, seconds, test, confusion"
    read = _one(tmp_path / "run.jsonl", json.dumps({
        "type": "end", "confusion": [[5, 1], [0, 4]], "test": {"accuracy": 0.9, "loss": None}}))
    assert read.records[0].confusion == [[5, 1], [0, 4]] and not read.notes
    read = _one(tmp_path / "run.jsonl", '{"type": "epoch", "epoch": 1, "elapsed": "1 s", '
                '"seconds": [1], "note": 7, "loss": 0.3}')
    epoch, = read.records
    assert (epoch.elapsed, epoch.seconds, epoch.note, epoch.loss) == (None, None, None, 0.3)
    assert read.notes[0].detail == "seconds, elapsed, note"


def test_every_field_of_a_logged_record_has_a_check():
    """A field added to records.py needs its check here (or the window may trip over it)."""
    unchecked = [(cls.__name__, name) for cls, checks in follow.CHECKS.items()
                 for name, check in checks.items() if check is None and name != "values"]
    assert unchecked == [] and set(follow.LOGGED) == {"start", "epoch", "end"}

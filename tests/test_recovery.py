"""Recovery copies (designer.recovery): written atomically per instance, found again only
when their process is gone, restored with weights and history, removed on request."""
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from designer.recovery import RecoveryStore, process_alive, process_started
from designer.serialization import load, to_document

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def dead_store(folder, pid=None) -> RecoveryStore:
    """A store that looks like one of a process that was killed."""
    pid = pid or dead_pid()
    store = RecoveryStore(folder, instance=f"{pid}-dead")
    store.pid, store._started = pid, None
    return store


def trained_xor():
    network = load(EXAMPLES / "xor.json")
    network.source = None
    network.weights = {"h.weight": np.arange(8, dtype=np.float32).reshape(4, 2),
                       "h.bias": np.ones(4, np.float32)}
    network.history = {"runs": [{"id": "r1", "name": "run 1", "epochs": [{"epoch": 1,
                                                                         "loss": 0.5}]}]}
    return network


def test_a_copy_round_trips_with_weights_and_history_and_leaves_the_source_alone(tmp_path):
    network = trained_xor()
    network.source = tmp_path / "mine.nnd"
    store = dead_store(tmp_path / "recovery")
    store.save(network, tmp_path / "mine.nnd")
    assert network.source == tmp_path / "mine.nnd"
    (copy,) = RecoveryStore(tmp_path / "recovery").orphans()
    assert copy.name == "mine.nnd" and copy.original == tmp_path / "mine.nnd"
    assert abs(copy.saved_at - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(seconds=5)
    restored = copy.load()
    assert to_document(restored) == to_document(network)
    assert restored.source == tmp_path / "mine.nnd"  # relative dataset paths still resolve
    assert set(restored.weights) == {"h.weight", "h.bias"}
    np.testing.assert_array_equal(restored.weights["h.weight"], network.weights["h.weight"])
    assert restored.history == network.history


def test_copies_of_running_instances_are_not_orphans(tmp_path):
    mine, other = RecoveryStore(tmp_path), RecoveryStore(tmp_path)  # two windows, one process
    assert mine.bundle_path != other.bundle_path
    mine.save(trained_xor(), None, "XOR")
    other.save(load(EXAMPLES / "sine_regression.json"), None)
    assert mine.orphans() == [] and other.orphans() == []
    assert load(mine.bundle_path).name == "XOR"
    assert load(other.bundle_path).name != "XOR"  # neither clobbered the other
    mine.remove()
    assert not mine.bundle_path.exists() and not mine.meta_path.exists()
    assert other.has_copy


def test_orphans_come_newest_first_and_discard_removes_them(tmp_path):
    for name, saved_at in (("older", "2020-01-01T00:00:00+00:00"), ("newer", None)):
        network = trained_xor()
        network.name = name
        store = dead_store(tmp_path)
        store.save(network)
        if saved_at:
            meta = json.loads(store.meta_path.read_text())
            store.meta_path.write_text(json.dumps({**meta, "saved_at": saved_at}))
    store = RecoveryStore(tmp_path)
    orphans = store.orphans()
    assert [c.name for c in orphans] == ["newer", "older"]
    store.discard(orphans[0])
    assert [c.name for c in store.orphans()] == ["older"]
    assert len(list(tmp_path.iterdir())) == 2


def test_a_reused_process_id_does_not_keep_a_copy_alive(tmp_path):
    started = process_started(os.getpid())
    if started is None:
        pytest.skip("process start times are not readable here")
    assert process_alive(os.getpid(), started)
    assert not process_alive(os.getpid(), str(int(started) + 1))
    assert not process_alive(dead_pid())
    store = RecoveryStore(tmp_path, instance=f"{os.getpid()}-old")  # same id, older process
    store._started = str(int(started) - 1)
    store.save(trained_xor())
    assert [c.instance for c in RecoveryStore(tmp_path).orphans()] == [store.instance]


def test_leftovers_of_a_kill_are_swept_and_junk_is_ignored(tmp_path):
    pid = dead_pid()
    dead = dead_store(tmp_path, pid)
    dead.save(trained_xor())
    # a kill mid-write leaves a temporary file; a kill between the two writes a lone bundle
    (tmp_path / f".recovery-{pid}-dead.nnd.{pid}-0.abc.tmp").write_bytes(b"half")
    lone = dead_store(tmp_path, pid)
    lone.instance = f"{pid}-lone"
    lone.save(trained_xor())
    lone.meta_path.unlink()
    (tmp_path / "recovery-1-junk.json").write_text("{not json")
    (tmp_path / "notes.txt").write_text("not ours")
    live = RecoveryStore(tmp_path)
    live.save(trained_xor())
    orphans = RecoveryStore(tmp_path).orphans()
    assert [c.instance for c in orphans] == [dead.instance]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [dead.bundle_path.name, dead.meta_path.name, live.bundle_path.name,
         live.meta_path.name, "notes.txt"])


def test_an_empty_or_missing_folder_has_no_orphans(tmp_path):
    assert RecoveryStore(tmp_path / "nowhere").orphans() == []
    RecoveryStore(tmp_path / "nowhere").remove()  # nothing to remove is fine

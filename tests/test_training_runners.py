"""Background runners: records arrive in order and end with the result; controls work across
a thread or a process boundary; failures come back as messages, never as crashes."""
import time

import numpy as np
import pytest

from designer.training.process_runner import ProcessRunner, warm_up
from designer.training.records import Progress, Start
from designer.training.runners import ThreadRunner, snapshot
from tests.training_helpers import collect, xor_net


def spec(network, **overrides):
    return {**snapshot(network), "overrides": overrides, "options": {}}


def test_thread_runner_streams_a_whole_run():
    records = collect(ThreadRunner(spec(xor_net(), epochs=300)))
    types = [r.type for r in records]
    assert types[0] == "start" and types[-2:] == ["end", "result"]
    assert types.count("epoch") == 300
    end, result = records[-2], records[-1]
    assert end.reason == "completed" and end.value("train_accuracy") == 1.0
    assert set(result.weights) == {"l1.core.weight", "l1.core.bias", "l2.core.weight",
                                      "l2.core.bias"}
    assert len(result.history["epochs"]) == 300


def test_the_snapshot_is_independent_of_later_edits():
    network = xor_net()
    runner = ThreadRunner(spec(network, epochs=5))
    network.graph.set_param("l1", "units", 40)  # an edit while the run goes
    records = collect(runner)
    assert records[-1].weights["l1.core.weight"].shape == (4, 2)


def test_paused_and_resumed_equals_uninterrupted():
    straight = collect(ThreadRunner(spec(xor_net(), epochs=3000)))[-1].weights
    paused_at = []

    def pause_once(record, runner):
        if record.type == "epoch" and not paused_at:  # early: wherever the run is
            runner.pause()
            paused_at.append(time.monotonic())
        if record.type == "paused" and len(paused_at) == 1:
            paused_at.append("stepping")
            runner.step()
            runner.step()
        if record.type == "step":
            paused_at.append("stepped")
            if paused_at.count("stepped") == 2:
                runner.resume()

    records = collect(ThreadRunner(spec(xor_net(), epochs=3000)), on_record=pause_once)
    types = [r.type for r in records]
    assert "paused" in types and "resumed" in types and types.count("step") == 2
    for key, value in records[-1].weights.items():
        np.testing.assert_array_equal(value, straight[key])


def test_a_spares_warm_up_trains_and_leaves_the_next_run_as_it_would_be():
    before = collect(ThreadRunner(spec(xor_net(), epochs=200)))[-1].weights
    assert warm_up() == 30  # it really trains (a failure would only cost its time)
    after = collect(ThreadRunner(spec(xor_net(), epochs=200)))[-1].weights
    for key, value in after.items():
        np.testing.assert_array_equal(value, before[key])


def test_process_runner_trains_stops_and_exits():
    runner = ProcessRunner(spec(xor_net(), epochs=100_000))
    stopped = []

    def stop_soon(record, runner):
        if record.type == "epoch" and record.epoch == 50 and not stopped:
            runner.stop()
            stopped.append(True)

    records = collect(runner, on_record=stop_soon)
    assert records[-2].type == "end" and records[-2].reason == "stopped"
    assert 50 <= records[-2].epochs_run < 100_000
    assert records[-1].type == "result"
    assert runner.join(10) and not runner.alive


def test_failures_come_back_as_messages():
    network = xor_net()
    network.dataset = {"name": "spiral"}  # fine
    network.training["optimizer"] = {"name": "adamm"}
    records = collect(ThreadRunner(spec(network, epochs=3)))
    assert [r.type for r in records] == ["error"]
    assert "adamm" in records[0].message and records[0].detail is None


def test_a_killed_process_is_reported():
    runner = ProcessRunner(spec(xor_net(), epochs=100_000))
    deadline = time.monotonic() + 30
    while not any(r.type == "epoch" for r in runner.drain()):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    runner.kill()
    records = collect(runner)
    assert records[-1].type == "error"
    assert "ended unexpectedly" in records[-1].message


@pytest.mark.parametrize("action", ["pause", "resume", "step", "stop"])
def test_controls_after_the_end_are_harmless(action):
    runner = ThreadRunner(spec(xor_net(), epochs=2))
    collect(runner)
    getattr(runner, action)()
    assert runner.join(1)


def test_a_run_on_every_core_is_batched_less_often(monkeypatch):
    from designer.training import process_runner, runners

    monkeypatch.setattr(runners.os, "cpu_count", lambda: 2)
    assert runners.uses_every_core(Start(threads=2, device="cpu"))
    assert not runners.uses_every_core(Start(threads=1, device="cpu"))
    assert not runners.uses_every_core(Start(threads=2, device="cuda:0"))
    assert not runners.uses_every_core(None)

    class Connection:
        sent: list = []

        def send(self, batch):
            self.sent.append(batch)

        def close(self):
            pass

    outbox = process_runner._Outbox(Connection(), None)
    assert outbox.interval == process_runner.BATCH_SECONDS
    outbox.put(Start(threads=2, device="cpu"))
    assert outbox.interval == process_runner.BUSY_BATCH_SECONDS
    outbox.put(Progress())
    outbox.close()
    assert [[r.type for r in b] for b in Connection.sent] == [["start"], ["progress"]]

"""designer.background: one background job, without Qt."""
import threading
import time

import pytest

from designer.background import BackgroundJob, error_record


def test_what_a_generator_yields_arrives_in_order():
    gate = threading.Event()

    def count():
        yield 1
        yield 2
        gate.wait(5)
        yield 3

    job = BackgroundJob("counting").start(count)
    for _ in range(500):  # at most 5 s for the first two
        if len(job.queue) == 2:
            break
        time.sleep(0.01)
    assert job.drain() == [1, 2] and not job.finished  # still waiting at the gate
    gate.set()
    assert job.join(5) and not job.alive
    assert job.drain() == [3] and job.finished and job.drain() == []


def test_a_function_result_is_queued_once_and_none_is_not():
    job = BackgroundJob("sum").start(sum, [1, 2, 3])
    assert job.join(5) and job.drain() == [6]
    job = BackgroundJob("nothing").start(lambda: None)
    assert job.join(5) and job.done.is_set() and job.drain() == []


def test_a_list_result_is_one_item_not_many():
    job = BackgroundJob("list").start(lambda: [1, 2])
    assert job.join(5) and job.drain() == [[1, 2]]


def test_an_exception_ends_the_job_with_an_error_item_after_what_came_before():
    def fail():
        yield "first"
        raise ValueError("the data has no target column")

    job = BackgroundJob("failing").start(fail)
    assert job.join(5)
    assert job.drain() == ["first", {"type": "error",
                                     "message": "the data has no target column"}]
    assert job.finished


def test_an_exception_without_a_message_is_named_by_its_type():
    assert error_record(KeyError()) == {"type": "error", "message": "KeyError"}
    job = BackgroundJob("custom", error=lambda e: ("failed", type(e).__name__))
    job.start(lambda: 1 / 0)
    assert job.join(5) and job.drain() == [("failed", "ZeroDivisionError")]


def test_the_thread_is_named_and_daemon_only_when_asked():
    seen = {}

    def record():
        seen["thread"] = threading.current_thread()

    for daemon in (True, False):
        job = BackgroundJob("named-job", daemon=daemon).start(record)
        assert job.join(5)
        assert seen["thread"].name == "named-job" and seen["thread"].daemon is daemon


def test_stop_calls_the_hook_then_waits_for_the_work():
    asked = threading.Event()

    def work():
        while not asked.wait(0.01):
            yield "tick"

    job = BackgroundJob("stoppable", stop=asked.set).start(work)
    assert job.alive
    assert job.stop(5) and not job.alive and job.done.is_set()
    assert set(job.drain()) <= {"tick"} and job.finished


def test_join_times_out_while_the_work_runs():
    gate = threading.Event()
    job = BackgroundJob("waiting").start(gate.wait, 5)
    assert not job.join(0.01) and job.alive and not job.done.is_set()
    gate.set()
    assert job.join(5) and job.drain() == [True]


def test_put_queues_from_a_callback_and_a_job_starts_once():
    job = BackgroundJob("callback")
    assert not job.alive and job.join(0) and not job.finished  # not started: nothing to wait for

    def report(emit):
        emit("a")
        emit("b")

    job.start(report, job.put)
    assert job.join(5) and job.drain() == ["a", "b"]
    with pytest.raises(RuntimeError, match="already started"):
        job.start(print)


def test_without_an_error_hook_an_exception_reaches_the_thread_excepthook(monkeypatch):
    caught = []
    monkeypatch.setattr(threading, "excepthook", lambda args: caught.append(args.exc_type))
    job = BackgroundJob("unpolled", error=None).start(lambda: 1 / 0)
    assert job.join(5) and job.done.is_set()
    assert caught == [ZeroDivisionError] and job.drain() == []


def test_the_outcome_is_the_last_item_or_none():
    job = BackgroundJob("answer").start(lambda: iter([1, 2, 3]))
    assert job.join(5)
    assert job.outcome() == 3 and job.outcome() is None  # drained: nothing more
    silent = BackgroundJob("silent").start(lambda: None)
    assert silent.join(5)
    assert silent.outcome() is None

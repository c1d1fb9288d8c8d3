"""Run a Trainer in the background and collect its records without blocking the caller.

Two runners with one interface, both Qt-free:
- ProcessRunner (process_runner.py) trains in a spawned child process: what the app uses.
- ThreadRunner trains in a thread of this process: no start-up cost, for tests and scripts.

The caller polls `drain()` (the app does so from a GUI timer) and sends pause / resume / step /
stop, which the trainer honours between optimizer steps. After the trainer's End record comes a
Result with the trained weights and the run's history entry; a failure yields an Error with a
message (records.py). A runner never raises from its worker.
"""
from __future__ import annotations

import os
import re
import time
import traceback

from .. import messages as M
from ..background import BackgroundJob
from ..errors import DesignerError
from ..network import Network
from ..serialization import from_document, to_document
from .records import Epoch, Error, Record, Result, Start

CONTROLS = ("pause", "resume", "step", "stop")


def uses_every_core(start: Start | None) -> bool:
    """Whether a run (by its start record) keeps every CPU core busy: then each wake-up of
    another thread, the app's or the run's own, stalls the run's intra-op threads, which wait
    for one another at every operation."""
    cores = os.cpu_count() or 1
    return (start is not None and cores > 1 and start.threads >= cores
            and start.device == "cpu")


def snapshot(network: Network) -> dict:
    """What a run needs of a network, as plain data: later edits of `network` cannot reach it."""
    return {"document": to_document(network), "weights": dict(network.weights or {}),
            "history": network.history, "source": str(network.source or "")}


def _network(spec: dict) -> Network:
    from pathlib import Path

    network = from_document(spec["document"])
    network.weights = spec["weights"] or None
    network.history = spec["history"]
    network.source = Path(spec["source"]) if spec["source"] else None
    return network


def train_records(spec: dict, control, emit) -> None:
    """Run one training described by `spec` ({document, weights, history, source, overrides,
    options}) and hand every record to `emit`, ending with "result" or "error"."""
    options = dict(spec.get("options", {}))
    pace = options.pop("epochs_per_second", None)
    if pace:
        emit = paced(emit, control, float(pace))
    try:
        from . import Trainer

        trainer = Trainer(_network(spec), spec.get("overrides"), control=control, apply=False,
                          **options)
        for record in trainer.run():
            emit(record)
        emit(Result(run=trainer.run_id, reason=trainer.result.reason,
                    weights=trainer.trained_weights(), history=trainer.history_entry()))
    except DesignerError as e:
        emit(Error(message=str(e)))
    except Exception as e:  # out of memory, or a bug: report it, keep the app alive
        emit(Error(detail=traceback.format_exc(),
                   message=out_of_memory(e, spec) or f"{type(e).__name__}: {e}"))


_ALLOCATION = re.compile(r"allocate ([0-9]+) bytes")
_OUT_OF_MEMORY = ("can't allocate memory", "not enough memory", "out of memory",
                  "unable to allocate")


def out_of_memory(error: BaseException, spec: dict | None = None) -> str | None:
    """A sentence for a run that ran out of memory (Python's MemoryError, NumPy's, torch's
    "DefaultCPUAllocator: can't allocate memory" or "CUDA out of memory"), or None for any
    other failure. The planner refuses what surely cannot fit before anything is built; this
    is what is left: the machine's memory taken by others, or a guess that was too low."""
    text = str(error)
    if not isinstance(error, MemoryError) and not any(
            phrase in text.lower() for phrase in _OUT_OF_MEMORY):
        return None
    from ..limits import human_bytes

    asked = _ALLOCATION.search(text)
    asked = M.ASKED_FOR.format(human_bytes(int(asked.group(1)))) if asked else ""
    batch = _batch_size(spec)
    batch = M.BATCH_NOW.format(batch) if batch else ""
    return M.OUT_OF_MEMORY.format(asked, batch)


def _batch_size(spec: dict | None) -> int | None:
    try:
        value = (spec.get("overrides") or {}).get("batch_size") \
            or spec["document"]["training"].get("batch_size")
        return int(value) if value else None
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


def paced(emit, control, epochs_per_second: float):
    """`emit` that lets at most `epochs_per_second` epochs pass: after an epoch record it
    waits (waking early for pause, step or stop), so that a person can watch a tiny network
    learn. The trainer's clock keeps running, so snapshots come as often as usual."""
    interval = 1.0 / epochs_per_second
    last = [time.monotonic()]

    def wrapped(record):
        emit(record)
        if not isinstance(record, Epoch):
            return
        due = last[0] + interval
        while not control.interrupt:
            left = due - time.monotonic()
            if left <= 0:
                break
            time.sleep(min(left, 0.02))
        last[0] = max(due, time.monotonic())  # a slow epoch does not earn a burst later
    return wrapped


class Runner:
    """What both runners share: a background job whose queue holds the records (its thread
    trains, or reads a training process's records), and the controls."""

    def __init__(self, name: str):
        self._job = BackgroundJob(name, error=None)  # a runner reports its own errors
        self.done = self._job.done  # set once the last record has been queued

    def drain(self) -> list[Record]:
        """Every record queued since the last call, oldest first."""
        return self._job.drain()

    @property
    def finished(self) -> bool:
        return self._job.finished

    def join(self, timeout: float | None = None) -> bool:
        return self._job.join(timeout)

    @property
    def alive(self) -> bool:
        return self._job.alive

    def control(self, action: str) -> None:
        if action not in CONTROLS:
            raise ValueError(f"unknown control {action!r}")
        self._send(action)

    pause = lambda self: self.control("pause")  # noqa: E731
    resume = lambda self: self.control("resume")  # noqa: E731
    step = lambda self: self.control("step")  # noqa: E731
    stop = lambda self: self.control("stop")  # noqa: E731


class ThreadRunner(Runner):
    def __init__(self, spec: dict):
        super().__init__("training")
        from .control import TrainingControl

        self._control = TrainingControl()
        self._job.start(train_records, spec, self._control, self._job.put)

    def _send(self, action: str) -> None:
        getattr(self._control, action)()

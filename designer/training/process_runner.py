"""ProcessRunner: a run in a spawned child process, with its own interpreter lock and torch
thread pool, so that a busy window cannot slow training and training cannot stall the window;
several runs never fight over torch.set_num_threads, which is process-wide. A spare child can be
started ahead of time (`prewarm`) so that a run starts without waiting for torch to import.

The child sends its records in batches (_Outbox); the parent's reader thread queues them for
`drain()`. A child that vanishes without its last record is reported as an Error saying how it
ended (its exit code or signal, and the likely cause)."""
from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time

from .. import messages as M
from ..network import Network
from .records import End, Error, Paused, Record, Result, Start, Step
from .runners import CONTROLS, Runner, train_records, uses_every_core

NICENESS = 10  # a training process yields to the app's GUI thread (see _child_main)
BATCH_SECONDS = 0.03  # a child process sends its records at most this often (see _Outbox)
BUSY_BATCH_SECONDS = 0.25  # ... or this often while it trains on every core


def _child_main(control_in, records_out) -> None:
    """A training process: import the heavy modules, wait for a spec, train, report."""
    try:  # the window comes first: it takes a core for a moment when it needs one
        os.nice(int(os.environ.get("ND_TRAINING_NICENESS", NICENESS)))
    except (AttributeError, OSError):
        pass
    from . import Trainer  # noqa: F401  (import torch while waiting, not after the spec comes)
    from .control import TrainingControl

    if not control_in.poll():  # a spare, ahead of its run: warm up while nobody waits
        warm_up()
    try:
        spec = control_in.recv()
    except (EOFError, OSError):
        return  # a spare that was never used
    if spec is None:
        return
    control = TrainingControl()

    def listen():  # controls from the app; a vanished app means stop
        while True:
            try:
                action = control_in.recv()
            except (EOFError, OSError):
                action = "stop"
            if action in CONTROLS:
                getattr(control, action)()
            if action == "stop":
                return

    threading.Thread(target=listen, daemon=True).start()
    outbox = _Outbox(records_out, control)
    train_records(spec, control, outbox.put)
    outbox.close()


def warm_up() -> int:
    """Train a tiny network for a moment (about 0.1 s), discarding everything; returns the
    epochs it trained (0 when it failed, which costs nothing but its time). The first steps in
    a fresh process set up torch's kernels, autograd and the allocator, which took the first
    epochs of every run in the app (measured: the Playground's first ten epochs at 4-6.6 ms
    each in a fresh process, 1.3-2 ms in a warm one). A spare pays for it while it waits."""
    from ..graph import Layer, NetworkGraph
    from . import Trainer

    graph = NetworkGraph()
    for k, (kind, params) in enumerate([("Input", {"shape": [2]}),
                                        ("Dense", {"units": 8, "activation": "tanh"}),
                                        ("Dense", {"units": 1, "activation": "sigmoid"})]):
        graph.add_layer(Layer.create(kind, f"l{k}", **params))
        if k:
            graph.connect(f"l{k - 1}", f"l{k}")
    network = Network(graph, "warm-up", {"name": "xor"},
                      {"loss": "binary_crossentropy", "epochs": 30, "batch_size": 2, "seed": 0,
                       "optimizer": {"name": "adam", "learning_rate": 0.01}})
    try:
        trainer = Trainer(network, device="cpu", apply=False, snapshot_every=0.0)  # all paths
        for _record in trainer.run():
            pass
        return trainer.result.epochs_run
    except Exception:  # noqa: BLE001
        return 0


class _Outbox:
    """Records go to the app in batches, at most every BATCH_SECONDS (sooner for the ones a
    person waits for). A fast run emits hundreds of records a second; one message each would
    wake the app's reader thread as often, and every wake takes the app's interpreter lock
    from the GUI thread (measured: frames took three times as long)."""

    URGENT = (Start, Paused, Step, End, Result, Error)  # Resumed is a Paused

    def __init__(self, connection, control):
        self.connection, self.control = connection, control
        self.interval = BATCH_SECONDS
        self.batch: list[Record] = []
        self.lock = threading.Lock()
        self.closed = threading.Event()
        threading.Thread(target=self._flush_periodically, daemon=True).start()

    def put(self, record: Record) -> None:
        with self.lock:
            self.batch.append(record)
        if isinstance(record, Start) and uses_every_core(record):
            self.interval = BUSY_BATCH_SECONDS
        if isinstance(record, self.URGENT):
            self.flush()

    def flush(self) -> None:
        with self.lock:  # one sender at a time: a connection is not thread-safe
            if not self.batch:
                return
            batch, self.batch = self.batch, []
            try:
                self.connection.send(batch)
            except (BrokenPipeError, OSError):
                self.control.stop()  # nobody is listening any more

    def _flush_periodically(self) -> None:
        while not self.closed.wait(self.interval):
            self.flush()

    def close(self) -> None:
        self.closed.set()
        self.flush()
        self.connection.close()


class _Child:
    """A spawned training process waiting for its spec."""

    def __init__(self):
        ctx = multiprocessing.get_context("spawn")
        self.control_in, self.control_out = ctx.Pipe(duplex=False)
        self.records_in, self.records_out = ctx.Pipe(duplex=False)
        self.process = ctx.Process(target=_child_main, args=(self.control_in, self.records_out),
                                   daemon=True, name="network-designer-training")
        self.process.start()
        self.control_in.close()  # the child's ends belong to the child now
        self.records_out.close()
        self.pid = self.process.pid
        self.exitcode: int | None = None  # kept here once the process handle is closed
        self.released = False  # the process handle is closed

    def discard(self) -> None:
        try:
            self.control_out.send(None)
        except OSError:
            pass
        self.process.join(2)
        if self.process.is_alive():  # still importing torch: it reads the None only after
            self.process.terminate()
            self.process.join(2)
        self.release()

    def release(self) -> None:
        """Close the pipes and, once the process has exited, its handle. A session keeps
        every run it has shown, and each held four file descriptors (two pipes, and the two
        of the process's exit status) until garbage collection: a few hundred runs reached a
        desktop's usual limit of 1024 open files, and the next Train failed."""
        self.records_in.close()
        self.control_out.close()
        if not self.released and exit_status(self.process, 0) is not None:
            self.exitcode = self.process.exitcode
            self.process.close()
            self.released = True


def exit_status(process, timeout: float | None) -> int | None:
    """The exit status of `process` once it has ended (waiting up to `timeout` seconds), or
    None. Another thread may be reaping it at that very moment (multiprocessing's
    active_children() does, and so does the other of a runner's two threads); then the status
    shows a moment later, where Process.join would return early and is_alive() still say
    True."""
    if not multiprocessing.connection.wait([process.sentinel], timeout):
        return None  # still running
    for _ in range(200):
        code = process.exitcode
        if code is not None:
            return code
        time.sleep(0.005)
    return None


def ended_unexpectedly(exitcode: int | None) -> str:
    """What a person reads when a training process vanished without its last record."""
    if exitcode is None or exitcode == 0:
        return M.ENDED
    if exitcode > 0:
        return M.ENDED_EXIT.format(exitcode)
    number = -exitcode
    if number == signal.SIGKILL:  # what the kernel's out-of-memory killer sends
        return M.ENDED_KILLED.format(number, signal.SIGKILL.name)
    try:
        return M.ENDED_SIGNAL_NAMED.format(number, signal.Signals(number).name)
    except ValueError:
        return M.ENDED_SIGNAL.format(number)


_spare: list[_Child] = []
_spare_lock = threading.Lock()


def prewarm() -> None:
    """Start a spare training process now, so that the next run starts at once. Call it when
    the machine is idle: the spare's torch import would slow a run that is training."""
    with _spare_lock:
        if not _spare:
            _spare.append(_Child())


def discard_spare() -> None:
    with _spare_lock:
        while _spare:
            _spare.pop().discard()


class ProcessRunner(Runner):
    def __init__(self, spec: dict):
        super().__init__("training-reader")
        with _spare_lock:
            child = _spare.pop() if _spare else None
        self._child = child or _Child()
        # The reader releases the child's pipes and handle when the run has ended; the lock
        # keeps a control or a join from using one of them while it does.
        self._lock = threading.Lock()
        self._child.control_out.send(spec)
        self._job.start(self._read)

    def _read(self):
        got_last = False
        try:
            while True:
                batch = self._child.records_in.recv()
                self._job.queue.extend(batch)
                got_last = isinstance(batch[-1], (Result, Error))
        except (EOFError, OSError):
            pass
        finally:
            # (the pipe closes a moment before the exit status is there)
            if not got_last:
                code = exit_status(self._child.process, 5)
                self._job.put(Error(message=ended_unexpectedly(code)))
            self.done.set()  # before the wait for the exit status below
            exit_status(self._child.process, 10)  # after its last record it exits at once
            with self._lock:
                self._child.release()

    def _send(self, action: str) -> None:
        with self._lock:
            try:
                self._child.control_out.send(action)
            except OSError:
                pass  # the child has already finished

    def join(self, timeout: float | None = None) -> bool:
        with self._lock:
            ended = self._child.released or exit_status(self._child.process, timeout) is not None
        return ended and self._job.join(timeout)

    @property
    def pid(self) -> int | None:
        """The training process's id (for measuring it)."""
        return self._child.pid

    @property
    def exitcode(self) -> int | None:
        """The training process's exit status once it has ended (negative: killed by that
        signal), else None."""
        with self._lock:
            return self._child.exitcode if self._child.released else self._child.process.exitcode

    def kill(self) -> None:
        """Last resort when a stop is not honoured in time."""
        with self._lock:
            if not self._child.released:
                if self._child.process.is_alive():
                    self._child.process.terminate()
                self._child.process.join(2)

    @property
    def alive(self) -> bool:
        with self._lock:
            process = not self._child.released and self._child.process.is_alive()
        return process or self._job.alive

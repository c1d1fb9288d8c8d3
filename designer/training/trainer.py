"""The training loop: a generator of small typed records, controllable from any thread.

    trainer = Trainer(network, {"epochs": 50}, control=control)
    for record in trainer.run():      # in a worker thread; typed records (records.py):
        ...                           # Start, Progress, Epoch, Snapshot, Step, Paused,
                                      # Resumed, End
    trainer.result                    # the End record

Between optimizer steps the loop reads `control.interrupt` (one attribute) and honours pause,
single step and stop. Progress records come at most every `progress_every` seconds and
snapshots (histograms, gradients, activations, boundary) at most every `snapshot_every` seconds,
and never take more than about 1% of the run's time, all by the trainer's own clock.
"""
from __future__ import annotations

import math
import os
import time
import uuid

import numpy as np
import torch

from ..build import build_model
from ..errors import DesignerError
from ..limits import training_problem
from ..modules import WeightLayer
from ..optimizers import make_optimizer
from ..schedules import Schedule
from .control import TrainingControl
from .data import load_network_dataset, prepare
from .dense import DenseEngine, dense_plan
from .devices import choose_device, choose_threads
from .distributed import World, make_engine
from .engines import AutogradEngine
from .errors import TrainingError
from .forward import GraphForward, output_head
from .history import history_entry
from .introspection import Introspector
from .metrics import MetricSpec
from .precision import run_precision
from .records import End, Epoch, Paused, Resumed, Snapshot, names_for
from .settings import TrainingSettings
from .stopping import EarlyStopping, diverged_message, monitored
from .trainer_records import RecordMaking

SNAPSHOT_BUDGET = 0.01  # the most of a run's time snapshots may take


class Trainer(RecordMaking):
    def __init__(self, network, overrides: dict | None = None, *, device: str = "auto",
                 control: TrainingControl | None = None, threads="auto", engine: str = "auto",
                 introspection: bool = True, snapshot_every: float = 0.25,
                 progress_every: float = 0.1, fresh: bool = False, apply: bool = True,
                 run_name: str | None = None, world: World | None = None):
        self.network = network
        self.settings = TrainingSettings.from_dict(network.training, overrides)
        if engine not in ("auto", "dense", "autograd"):
            raise TrainingError(f"engine must be auto, dense or autograd, got {engine!r}")
        self.control = control or TrainingControl()
        self.world = world or World()  # this process's place in a torchrun run
        self.requested = {"device": device, "threads": threads, "engine": engine}
        self.introspection, self.fresh, self.apply = introspection, fresh, apply
        self.snapshot_every, self.progress_every = snapshot_every, progress_every
        self.run_id = uuid.uuid4().hex[:12]
        runs = (network.history or {}).get("runs", [])
        self.run_name = run_name or f"run {len(runs) + 1}"
        self.result: End | None = None
        self.epochs: list[Epoch] = []
        self.notes: list[str] = []
        self.prepared = False
        self._paused = False  # a pause has been announced and not yet ended
        self.initial_weights = self.final_snapshot = None  # for the history entry
        self.gstep = 0  # optimizer steps taken (the loop's clocks and early stopping: run())
        self.stopping: EarlyStopping | None = None

    # -- setting up ---------------------------------------------------------------------------
    def prepare(self) -> None:
        """Load the data, build the model and the engine. run() calls it when needed; call it
        first to fail early (DesignerError subclasses say what is wrong)."""
        if self.prepared:
            return
        s, graph = self.settings, self.network.graph
        problem = graph.analysis.valid and training_problem(graph, self._planned_batch(),
                                                            s.optimizer["name"])
        if problem:  # before anything is allocated
            raise TrainingError(problem)
        self.seed = s.seed if s.seed is not None else int.from_bytes(os.urandom(4), "little") >> 1
        self.seed = self.world.agree(self.seed)  # every process shuffles alike
        torch.manual_seed(self.seed)  # dropout in the autograd engine
        model = build_model(graph, seed=self.seed)
        if self.network.weights and not self.fresh:
            loaded = model.load_layer_state(self.network.weights, strict=False)
            self.notes.append(f"continued from the saved weights of {len(loaded)} layer(s)")
        n_params = sum(p.numel() for p in model.parameters())
        in_shape = graph.analysis.layers[model.input_ids[0]].output_shape
        self.device = choose_device(self.requested["device"], n_params, math.prod(in_shape))
        self.threads = choose_threads(self.requested["threads"], n_params, s.batch_size)
        self.model = model.to(self.device)
        self.data = prepare(self.network, model, s, self.device, self.seed)
        self.notes += self.data.dataset.notes
        self.metric = MetricSpec(self.data.loss["name"],
                                 {k: v for k, v in self.data.loss.items() if k != "name"},
                                 False, self.data.task, self.data.binary, self.data.n_classes,
                                 self.data.dataset.target_width)
        self.head = output_head(model, self.metric.loss_name)
        self.metric.from_logits = self.head.from_logits
        self.engine = self._engine()
        self.schedule = Schedule(s.schedule, s.learning_rate, s.epochs, self.engine.steps)
        self.val_outputs = None
        self.introspector = Introspector(model, self.engine, self.data, self.metric, self.head,
                                         self._grad_layers(), self.seed) \
            if self.introspection else None
        self.prepared = True

    def _planned_batch(self) -> int:
        """The largest batch the run will use: batch_size, or fewer when the dataset is smaller
        (loading it here costs nothing more: prepare() gets it from the datasets' cache)."""
        try:
            return min(self.settings.batch_size, len(load_network_dataset(self.network)))
        except DesignerError:  # said by prepare() in its turn
            return self.settings.batch_size

    def _engine(self):
        s, d = self.settings, self.data
        self.precision = run_precision(self)  # bf16/fp16 need autograd: dense stays fp32
        if self.world.many:  # DDP over the autograd engine (distributed.py)
            return make_engine(self.world, self)
        batch = min(s.batch_size, len(d.train))
        if (self.requested["engine"] != "autograd" and self.device.type == "cpu"
                and not self.precision.mixed):
            ops, why = dense_plan(self.model, self.network.graph, self.head, self.metric)
            if ops is not None:
                return DenseEngine(ops, self.metric, d.train.x, d.train.y, batch, d.out_width,
                                   lambda params: make_optimizer(s.optimizer, params),
                                   s.clip_norm, s.clip_value, self.seed + 2)
            if self.requested["engine"] == "dense":
                raise TrainingError(f"the dense engine cannot run this network: {why}")
        elif self.requested["engine"] == "dense":
            raise TrainingError("the dense engine runs on the CPU only")
        forward = GraphForward(self.model, self.network.graph, self.head.replace)
        return AutogradEngine(self.model, forward, self.metric, d.train.x, d.train.y, batch,
                              d.out_width, lambda params: make_optimizer(s.optimizer, params),
                              s.clip_norm, s.clip_value, self.precision)

    def _grad_layers(self) -> list[str]:
        if isinstance(self.engine, DenseEngine):
            return self.engine.param_layers
        owner = {}
        for layer_id, module in self.model.named_layers():
            for p in module.parameters():
                owner[id(p)] = layer_id
        return [owner[id(p)] for p in self.engine.params]

    # -- the loop ---------------------------------------------------------------------------
    def run(self):
        """The generator of records (see the module docstring)."""
        self.prepare()
        previous = torch.get_num_threads()
        if self.device.type == "cpu":
            torch.set_num_threads(self.threads)
        listener = getattr(self.engine, "interrupt", None)
        if listener is not None:
            self.control.add_listener(listener)
        try:
            yield from self._loop()
        finally:
            torch.set_num_threads(previous)
            if listener is not None:
                self.control.remove_listener(listener)

    def _loop(self):
        clock = time.perf_counter
        self.started = clock()
        yield self._start_record()
        first_cost = 0.0
        if self.introspector:  # the initial weights and boundary, before any step
            snap = self.introspector.snapshot(None)
            snap["gradients"] = {}  # no step has been taken: nothing to report yet
            self.initial_weights = snap["weights"]
            first_cost = clock() - self.started
            yield Snapshot(run=self.run_id, epoch=0, global_step=0, **snap)
        shuffle = torch.Generator().manual_seed(self.seed + 1)
        self.gstep = 0
        self.stopping = EarlyStopping.from_settings(self.settings.early_stopping)
        self.next_progress = self.started + self.progress_every
        # the next snapshot keeps within the budget what the first one cost (0: at once)
        wait = max(self.snapshot_every, first_cost / SNAPSHOT_BUDGET) if self.snapshot_every \
            else 0.0
        self.next_snapshot = self.started + wait if self.introspector else math.inf
        self.engine.train_mode()
        epoch, ending = 0, None
        while epoch < self.settings.epochs and ending is None:
            epoch += 1
            t0 = clock()
            order = torch.randperm(len(self.data.train), generator=shuffle).to(self.device)
            self.engine.begin_epoch(order)
            ending = yield from self._steps(epoch)
            if ending is None:
                ending = yield from self._end_epoch(epoch, clock() - t0)
        reason, message = ending or ("completed", "")
        yield from self._finish(reason, message, epoch, self.gstep)

    def _steps(self, epoch: int):
        """One epoch's optimizer steps, in stretches up to the next record that is due; returns
        None, or (reason, message) when the run ends here."""
        eng, sched = self.engine, self.schedule
        lr = sched.lr if sched.per_step else sched.lr(self.gstep)
        i = 0
        while i < eng.steps:
            stop, single = eng.steps, False
            if self.control.interrupt:
                action = yield from self._honour_control(epoch, self.gstep)
                if action == "stop":
                    return "stopped", "stopped on request"
                if action == "step":
                    stop, single = i + 1, True
            elif self._paused:  # resumed right after a single step, before this check
                self._paused = False
                yield Resumed(run=self.run_id, epoch=epoch, global_step=self.gstep)
            deadline = min(self.next_progress, self.next_snapshot)
            i, self.gstep, bad = eng.run(i, stop, self.gstep, lr, self.control, deadline)
            if bad is not None:
                return "diverged", self._diverged(bad, epoch, i, self._lr(self.gstep - 1))
            yield from self._due_records(epoch, i, single)
        return None

    def _due_records(self, epoch: int, i: int, single: bool):
        """After a stretch of steps: the single step's records, and progress and snapshot
        records when their time has come (by the trainer's own clock)."""
        clock, gstep = time.perf_counter, self.gstep
        if single:
            yield self._step_record(epoch, i - 1, gstep)
            if self.introspector:
                yield self._snapshot(epoch, gstep)
        now = clock()
        if now >= self.next_progress:
            yield self._progress_record(epoch, i - 1, gstep, now)
            self.next_progress = clock() + self.progress_every
        if self.introspector and now >= self.next_snapshot:
            yield self._snapshot(epoch, gstep)
            cost = clock() - now
            self.next_snapshot = clock() + max(self.snapshot_every, cost / SNAPSHOT_BUDGET)

    def _end_epoch(self, epoch: int, seconds: float):
        """The epoch record, with the schedule's and early stopping's notes; returns None, or
        (reason, message) when the run ends here."""
        lr = self._lr(self.gstep - 1)
        record = self._epoch_record(epoch, lr, seconds)
        if not math.isfinite(record.loss):
            return "diverged", self._diverged(record.loss, epoch, self.engine.steps, lr)
        sched = self.schedule
        note = sched.epoch_end(monitored(record, sched.options.get("monitor", "loss")))
        stop_note = self.stopping and self.stopping.update(record, self.model)
        notes = [x for x in (note, stop_note) if x]
        if notes:
            record.note = "; ".join(notes)
        self.epochs.append(record)
        yield record
        return ("early_stopping", stop_note) if stop_note else None

    def _honour_control(self, epoch: int, gstep: int):
        """Blocks while paused. Returns "run", "step" (one step granted) or "stop". A pause
        is announced once ("paused") and its end once ("resumed"), however many single steps
        are taken in between."""
        while True:
            state = self.control.state
            if state == TrainingControl.STOPPING:
                return "stop"
            if state == TrainingControl.RUNNING:
                if self._paused:
                    self._paused = False
                    yield Resumed(run=self.run_id, epoch=epoch, global_step=gstep)
                return "run"
            if self.control.take_step():
                return "step"
            if not self._paused:
                self._paused = True
                yield Paused(run=self.run_id, epoch=epoch, global_step=gstep)
            self.control.wait()

    # -- stopping -----------------------------------------------------------------------------
    def _diverged(self, value: float, epoch: int, step: int, lr: float) -> str:
        penalties = [max(m.l1, m.l2) for m in self.model.layers if isinstance(m, WeightLayer)]
        clipped = self.settings.clip_norm is not None or self.settings.clip_value is not None
        return diverged_message(value, epoch, step, lr, max(penalties, default=0.0), clipped)

    def _finish(self, reason: str, message: str, epoch: int, gstep: int):
        seconds = time.perf_counter() - self.started
        kept = self.epochs[-1] if self.epochs else Epoch(epoch=None)
        if reason == "early_stopping" and self.stopping.state is not None:
            kept = next((r for r in self.epochs if r.epoch == self.stopping.best_epoch), kept)
        values = {}
        for name in names_for(self.data.task):
            values[f"train_{name}"] = kept.value(name)
            values[f"val_{name}"] = kept.value(f"val_{name}")
        end = End(run=self.run_id, reason=reason, message=message, values=values,
                  epochs_run=len(self.epochs), best_epoch=kept.epoch, seconds=seconds,
                  steps=gstep, engine=self.engine.name, device=str(self.device), seed=self.seed,
                  samples_per_second=self._samples_done(gstep) / seconds if seconds > 0
                  else None)
        if reason != "diverged" and self.data.test is not None:  # on every process (DDP)
            with torch.no_grad():
                end.test = self.metric.compute(self.engine.predict(self.data.test.x),
                                               self.data.test.y)
                end.test["loss"] += self._penalty()
        if reason != "diverged" and self.introspector:
            snapshot = self._snapshot(epoch, gstep)  # the final state, for the plots
            end.confusion = snapshot.confusion
            self.final_snapshot = snapshot.pictures()
            yield snapshot
        self.result = end
        if self.apply:
            self.apply_to(self.network)
        yield end

    def _samples_done(self, gstep: int) -> int:
        per_epoch = len(self.data.train)
        full, rest = divmod(gstep, self.engine.steps)
        return full * per_epoch + (self.engine.bounds[rest - 1][1] if rest else 0)

    # -- results into the network ---------------------------------------------------------------
    def trained_weights(self) -> dict[str, np.ndarray]:
        return {k: v.detach().cpu().numpy().copy() for k, v in self.model.layer_state().items()}

    def history_entry(self) -> dict:
        return history_entry(self)

    def apply_to(self, network) -> None:
        """Store the trained weights (unless the run diverged) and the run's history."""
        if self.result is None:
            raise TrainingError("the run has not finished")
        if self.result.reason != "diverged":
            network.weights = self.trained_weights()
        history = dict(network.history or {})
        history["runs"] = list(history.get("runs", [])) + [self.history_entry()]
        network.history = history


"""The training loop: a generator of small plain-data records, controllable from any thread.

    trainer = Trainer(network, {"epochs": 50}, control=control)
    for record in trainer.run():      # in a worker thread; records are dicts
        ...                           # record["type"]: start, progress, epoch, snapshot,
                                      # step, paused, end (see designer/training/__init__.py)
    trainer.result                    # the end record

Between optimizer steps the loop reads `control.interrupt` (one attribute) and honours pause,
single step and stop. Progress records come at most every `progress_every` seconds and
snapshots (histograms, gradients, activations, boundary) at most every `snapshot_every` seconds,
and never take more than about 1% of the run's time, all by the trainer's own clock.
"""
from __future__ import annotations

import datetime as _dt
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
from ..schedules import Schedule, schedule_curve
from .control import TrainingControl
from .data import load_network_dataset, prepare
from .dense import DenseEngine, dense_plan
from .devices import choose_device, choose_threads
from .engines import AutogradEngine
from .errors import TrainingError
from .forward import GraphForward, output_head
from .introspection import Introspector
from .metrics import MetricSpec, names_for
from .settings import TrainingSettings

SNAPSHOT_BUDGET = 0.01  # the most of a run's time snapshots may take
HISTORY_EPOCHS = 5000  # epoch records kept in the history of one run (evenly thinned beyond)


class Trainer:
    def __init__(self, network, overrides: dict | None = None, *, device: str = "auto",
                 control: TrainingControl | None = None, threads="auto", engine: str = "auto",
                 introspection: bool = True, snapshot_every: float = 0.25,
                 progress_every: float = 0.1, fresh: bool = False, apply: bool = True,
                 run_name: str | None = None):
        self.network = network
        self.settings = TrainingSettings.from_dict(network.training, overrides)
        if engine not in ("auto", "dense", "autograd"):
            raise TrainingError(f"engine must be auto, dense or autograd, got {engine!r}")
        self.control = control or TrainingControl()
        self.requested = {"device": device, "threads": threads, "engine": engine}
        self.introspection, self.fresh, self.apply = introspection, fresh, apply
        self.snapshot_every, self.progress_every = snapshot_every, progress_every
        self.run_id = uuid.uuid4().hex[:12]
        runs = (network.history or {}).get("runs", [])
        self.run_name = run_name or f"run {len(runs) + 1}"
        self.result: dict | None = None
        self.epochs: list[dict] = []
        self.notes: list[str] = []
        self.prepared = False
        self._paused = False  # a pause has been announced and not yet ended
        self.initial_weights = self.final_snapshot = None  # for the history entry

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
        batch = min(s.batch_size, len(d.train))
        if self.requested["engine"] != "autograd" and self.device.type == "cpu":
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
                              s.clip_norm, s.clip_value)

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
        s, eng, ctl, sched = self.settings, self.engine, self.control, self.schedule
        clock = time.perf_counter
        self.started = clock()
        yield self._start_record()
        if self.introspector:  # the initial weights and boundary, before any step
            snap = self.introspector.snapshot(None)
            snap["gradients"] = {}  # no step has been taken: nothing to report yet
            self.initial_weights = snap.get("weights")
            yield {"type": "snapshot", "run": self.run_id, "epoch": 0, "global_step": 0, **snap}
        shuffle = torch.Generator().manual_seed(self.seed + 1)
        n, steps = len(self.data.train), eng.steps
        gstep, reason, message = 0, "completed", ""
        self.best = {"value": math.inf, "epoch": 0, "state": None, "wait": 0}
        next_progress = self.started + self.progress_every
        next_snapshot = self.started + self.snapshot_every if self.introspector else math.inf
        eng.train_mode()
        epoch = 0
        while epoch < s.epochs and reason == "completed":
            epoch += 1
            t0 = clock()
            eng.begin_epoch(torch.randperm(n, generator=shuffle).to(self.device))
            lr = sched.lr if sched.per_step else sched.lr(gstep)
            i = 0
            while i < steps:
                stop, single = steps, False
                if ctl.interrupt:
                    action = yield from self._honour_control(epoch, gstep)
                    if action == "stop":
                        reason, message = "stopped", "stopped on request"
                        break
                    if action == "step":
                        stop, single = i + 1, True
                elif self._paused:  # resumed right after a single step, before this check
                    self._paused = False
                    yield self._control_record("resumed", epoch, gstep)
                deadline = min(next_progress, next_snapshot)
                i, gstep, bad = eng.run(i, stop, gstep, lr, ctl, deadline)
                if bad is not None:
                    reason, message = "diverged", self._diverged(bad, epoch, i, self._lr(gstep - 1))
                    break
                if single:
                    yield self._step_record(epoch, i - 1, gstep)
                    if self.introspector:
                        yield self._snapshot(epoch, gstep)
                now = clock()
                if now >= next_progress:
                    yield self._progress_record(epoch, i - 1, gstep, now)
                    next_progress = clock() + self.progress_every
                if self.introspector and now >= next_snapshot:
                    yield self._snapshot(epoch, gstep)
                    cost = clock() - now
                    next_snapshot = clock() + max(self.snapshot_every, cost / SNAPSHOT_BUDGET)
            if reason != "completed":
                break
            record = self._epoch_record(epoch, self._lr(gstep - 1), clock() - t0)
            if not math.isfinite(record["loss"]):
                reason, message = "diverged", self._diverged(record["loss"], epoch, steps,
                                                             self._lr(gstep - 1))
                break
            note = sched.epoch_end(self._monitored(record, sched.options.get("monitor", "loss")))
            stop_note = self._early_stopping(record, epoch)
            notes = [x for x in (note, stop_note) if x]
            if notes:
                record["note"] = "; ".join(notes)
            self.epochs.append(record)
            yield record
            if stop_note:
                reason, message = "early_stopping", stop_note
        yield from self._finish(reason, message, epoch, gstep)

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
                    yield self._control_record("resumed", epoch, gstep)
                return "run"
            if self.control.take_step():
                return "step"
            if not self._paused:
                self._paused = True
                yield self._control_record("paused", epoch, gstep)
            self.control.wait()

    # -- records --------------------------------------------------------------------------
    def _control_record(self, kind: str, epoch: int, gstep: int) -> dict:
        return {"type": kind, "run": self.run_id, "epoch": epoch, "global_step": gstep}

    def _start_record(self) -> dict:
        s, d, eng = self.settings, self.data, self.engine
        x, lrs = schedule_curve(s.schedule, s.learning_rate, s.epochs, eng.steps)
        return {"type": "start", "run": self.run_id, "name": self.run_name,
                "epochs": s.epochs, "steps_per_epoch": eng.steps,
                "batch_size": min(s.batch_size, len(d.train)), "train_samples": len(d.train),
                "val_samples": len(d.val) if d.val else 0,
                "test_samples": len(d.test) if d.test else 0, "task": d.task,
                "classes": d.dataset.classes, "loss": self.metric.loss_name,
                "from_logits": self.head.from_logits, "optimizer": s.optimizer,
                "learning_rate": s.learning_rate, "schedule": {"epochs": x, "lr": lrs},
                "device": str(self.device), "threads": self.threads, "engine": eng.name,
                "compiled": getattr(eng, "compiled", False),
                "seed": self.seed, "dataset": d.dataset.name, "metrics": names_for(d.task),
                "notes": list(self.notes)}

    def _lr(self, gstep: int) -> float:
        """The rate of step gstep (0-based)."""
        return self.schedule.lr(max(gstep, 0))

    def _progress_record(self, epoch, i, gstep, now) -> dict:
        end = self.engine.bounds[i][1]
        z, y = self.engine.outputs[:end], self.engine.targets[:end]
        with torch.no_grad():
            loss = self.metric.per_sample_loss(z, y).mean().item() + self._penalty()
        return {"type": "progress", "run": self.run_id, "epoch": epoch, "step": i + 1,
                "steps": self.engine.steps, "global_step": gstep, "loss": loss,
                "lr": self._lr(gstep - 1), "elapsed": now - self.started}

    def _step_record(self, epoch, i, gstep) -> dict:
        s, e = self.engine.bounds[i]
        with torch.no_grad():
            loss = self.metric.per_sample_loss(self.engine.outputs[s:e],
                                               self.engine.targets[s:e]).mean().item()
            loss += self._penalty()
        return {"type": "step", "run": self.run_id, "epoch": epoch, "step": i + 1,
                "steps": self.engine.steps, "global_step": gstep, "loss": loss,
                "lr": self._lr(gstep - 1)}

    def _epoch_record(self, epoch: int, lr: float, seconds: float) -> dict:
        with torch.no_grad():
            train = self.metric.compute(self.engine.outputs, self.engine.targets)
            penalty = self._penalty()
            train["loss"] += penalty
            record = {"type": "epoch", "run": self.run_id, "epoch": epoch, **train}
            for name in names_for(self.data.task):
                record[f"val_{name}"] = None
            if self.data.val is not None:
                self.val_outputs = self.engine.predict(self.data.val.x)
                val = self.metric.compute(self.val_outputs, self.data.val.y)
                val["loss"] += penalty
                record.update({f"val_{k}": v for k, v in val.items()})
        record.update({"lr": lr, "seconds": seconds, "elapsed": time.perf_counter() -
                       self.started})
        return record

    def _penalty(self) -> float:
        """The L1/L2 terms, added to every reported loss as Keras does."""
        with torch.no_grad():
            terms = [m.penalty().item() for m in self.model.layers
                     if isinstance(m, WeightLayer) and (m.l1 or m.l2)]
        return float(sum(terms))

    def _snapshot(self, epoch: int, gstep: int) -> dict:
        d = self.data
        if d.val is not None and self.val_outputs is not None:
            confusion = (self.val_outputs, d.val.y, "validation")
        else:
            filled = self.engine.outputs
            confusion = (filled, self.engine.targets, "train")
        snap = self.introspector.snapshot(confusion if d.classification else None)
        return {"type": "snapshot", "run": self.run_id, "epoch": epoch, "global_step": gstep,
                **snap}

    # -- stopping -----------------------------------------------------------------------------
    @staticmethod
    def _monitored(record: dict, key: str) -> float | None:
        value = record.get(key)
        return record["loss"] if value is None else value

    def _early_stopping(self, record: dict, epoch: int) -> str | None:
        es = self.settings.early_stopping
        if es is None:
            return None
        value = self._monitored(record, es["monitor"])
        best = self.best
        if value < best["value"] - es["min_delta"]:
            best.update(value=value, epoch=epoch, wait=0)
            if es["restore_best_weights"]:
                best["state"] = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
            return None
        best["wait"] += 1
        if best["wait"] <= es["patience"]:
            return None
        what = es["monitor"] if record.get(es["monitor"]) is not None else "loss"
        restored = ""
        if best["state"] is not None:
            self.model.load_state_dict(best["state"])
            restored = f"; restored the weights of epoch {best['epoch']}"
        return (f"early stopping: {what} has not improved for {es['patience'] + 1} epochs "
                f"(best {best['value']:.4g} at epoch {best['epoch']}){restored}")

    def _diverged(self, value: float, epoch: int, step: int, lr: float) -> str:
        kind = "NaN" if math.isnan(value) else "infinite"
        causes = [f"a smaller learning rate (it was {lr:.3g})"]
        penalties = [max(m.l1, m.l2) for m in self.model.layers if isinstance(m, WeightLayer)]
        if penalties and max(penalties) >= 0.01:
            causes.append(f"smaller L1/L2 penalties (up to {max(penalties):g} here)")
        if self.settings.clip_norm is None and self.settings.clip_value is None:
            causes.append("gradient clipping (clip_norm)")
        tries = causes[0] if len(causes) == 1 else ", ".join(causes[:-1]) + " or " + causes[-1]
        return (f"the loss became {kind} at epoch {epoch}, step {step}: the weights diverged. "
                f"Try {tries}. The network keeps the weights it had before this run.")

    def _finish(self, reason: str, message: str, epoch: int, gstep: int):
        seconds = time.perf_counter() - self.started
        kept = self.epochs[-1] if self.epochs else {}
        if reason == "early_stopping" and self.best["state"] is not None:
            kept = next((r for r in self.epochs if r["epoch"] == self.best["epoch"]), kept)
        end = {"type": "end", "run": self.run_id, "reason": reason, "message": message,
               "epochs_run": len(self.epochs), "best_epoch": kept.get("epoch"),
               "seconds": seconds, "steps": gstep,
               "samples_per_second": self._samples_done(gstep) / seconds if seconds > 0 else None,
               "engine": self.engine.name, "device": str(self.device), "seed": self.seed}
        for name in names_for(self.data.task):
            end[f"train_{name}"] = kept.get(name)
            end[f"val_{name}"] = kept.get(f"val_{name}")
        end["test"] = None
        if reason != "diverged" and self.data.test is not None:
            with torch.no_grad():
                end["test"] = self.metric.compute(self.engine.predict(self.data.test.x),
                                                  self.data.test.y)
                end["test"]["loss"] += self._penalty()
        end["confusion"] = None
        if reason != "diverged" and self.introspector:
            snapshot = self._snapshot(epoch, gstep)  # the final state, for the plots
            end["confusion"] = snapshot["confusion"]
            self.final_snapshot = {k: v for k, v in snapshot.items() if k not in ("type", "run")}
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
        d = self.data
        summary = {k: v for k, v in (self.result or {}).items()
                   if k not in ("type", "run", "confusion")}
        return {"name": self.run_name, "id": self.run_id,
                "finished": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
                "settings": self.settings.to_dict(), "dataset": self.network.dataset,
                "seed": self.seed, "engine": self.engine.name, "device": str(self.device),
                "notes": list(self.notes),
                "data": {"task": d.task, "classes": d.dataset.classes,
                         "transform": d.dataset.transform, "loss": self.metric.loss_name,
                         "from_logits": self.head.from_logits, "binary": d.binary,
                         "steps_per_epoch": self.engine.steps},
                "epochs": [{k: v for k, v in r.items() if k not in ("type", "run")}
                           for r in _thinned(self.epochs)],
                "summary": summary,
                # the pictures of the end (histograms, boundary, confusion) and the initial
                # histograms they are compared with, so that a reopened run shows them
                "final_snapshot": self.final_snapshot, "initial_weights": self.initial_weights}

    def apply_to(self, network) -> None:
        """Store the trained weights (unless the run diverged) and the run's history."""
        if self.result is None:
            raise TrainingError("the run has not finished")
        if self.result["reason"] != "diverged":
            network.weights = self.trained_weights()
        history = dict(network.history or {})
        history["runs"] = list(history.get("runs", [])) + [self.history_entry()]
        network.history = history


def _thinned(epochs: list[dict]) -> list[dict]:
    """At most HISTORY_EPOCHS records, evenly spaced, always with the first and the last."""
    if len(epochs) <= HISTORY_EPOCHS:
        return epochs
    picks = np.unique(np.linspace(0, len(epochs) - 1, HISTORY_EPOCHS).round().astype(int))
    return [epochs[k] for k in picks]

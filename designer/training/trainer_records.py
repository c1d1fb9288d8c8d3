"""The records a Trainer makes of its run (records.py): the start, progress, single-step,
epoch and snapshot records, from the engine's buffers and the metric, with the L1/L2 penalties
added to every loss as Keras reports them. A mixin of Trainer, which owns every attribute read
here (settings, data, engine, metric, model, world, run_id, started...)."""
from __future__ import annotations

import time

import torch

from ..modules import WeightLayer
from ..schedules import schedule_curve
from .records import Epoch, Progress, Snapshot, Start, Step, names_for


class RecordMaking:
    def _start_record(self) -> Start:
        s, d, eng = self.settings, self.data, self.engine
        x, lrs = schedule_curve(s.schedule, s.learning_rate, s.epochs, eng.steps)
        return Start(run=self.run_id, name=self.run_name, epochs=s.epochs,
                     steps_per_epoch=eng.steps, batch_size=min(s.batch_size, len(d.train)),
                     train_samples=len(d.train), val_samples=len(d.val) if d.val else 0,
                     test_samples=len(d.test) if d.test else 0, task=d.task,
                     classes=d.dataset.classes, loss=self.metric.loss_name,
                     from_logits=self.head.from_logits, optimizer=s.optimizer,
                     learning_rate=s.learning_rate, schedule={"epochs": x, "lr": lrs},
                     device=str(self.device), threads=self.threads, engine=eng.name,
                     compiled=getattr(eng, "compiled", False), seed=self.seed,
                     precision=self.precision.name, world_size=self.world.size,
                     dataset=d.dataset.name, metrics=list(names_for(d.task)),
                     notes=list(self.notes))

    def _lr(self, gstep: int) -> float:
        """The rate of step gstep (0-based)."""
        return self.schedule.lr(max(gstep, 0))

    def _batch_loss(self, start: int, end: int) -> float:
        with torch.no_grad():
            z, y = self.engine.outputs[start:end], self.engine.targets[start:end]
            return self.metric.per_sample_loss(z, y).mean().item() + self._penalty()

    def _progress_record(self, epoch, i, gstep, now) -> Progress:
        return Progress(run=self.run_id, epoch=epoch, step=i + 1, steps=self.engine.steps,
                        global_step=gstep, loss=self._batch_loss(0, self.engine.bounds[i][1]),
                        lr=self._lr(gstep - 1), elapsed=now - self.started)

    def _step_record(self, epoch, i, gstep) -> Step:
        return Step(run=self.run_id, epoch=epoch, step=i + 1, steps=self.engine.steps,
                    global_step=gstep, loss=self._batch_loss(*self.engine.bounds[i]),
                    lr=self._lr(gstep - 1))

    def _epoch_record(self, epoch: int, lr: float, seconds: float) -> Epoch:
        with torch.no_grad():
            values = self.world.train_metrics(self.metric, self.engine)
            penalty = self._penalty()
            values["loss"] += penalty
            values.update({f"val_{name}": None for name in names_for(self.data.task)})
            # every process predicts, though rank 0's values are kept: DDP's forward broadcasts
            # the BatchNorm statistics, a collective all processes must join
            if self.data.val is not None:
                self.val_outputs = self.engine.predict(self.data.val.x)
                val = self.metric.compute(self.val_outputs, self.data.val.y)
                val["loss"] += penalty
                values.update({f"val_{k}": v for k, v in val.items()})
            values = self.world.agree(values)  # all processes decide alike (stopping, schedule)
        return Epoch(run=self.run_id, epoch=epoch, values=values, lr=lr, seconds=seconds,
                     elapsed=time.perf_counter() - self.started)

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
        return Snapshot(run=self.run_id, epoch=epoch, global_step=gstep, **snap)


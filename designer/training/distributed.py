"""Training on several processes started by torchrun (torch.distributed).

    torchrun --nproc_per_node=2 main.py train net.nnd --output out.nnd

torchrun starts the processes and tells each its place in RANK, LOCAL_RANK and WORLD_SIZE;
`World.from_env` reads them (a world of one, as without torchrun, changes nothing). `session`
joins the process group (gloo on the CPU; nccl on CUDA, each process on the GPU of its
LOCAL_RANK) and leaves it at the end. In a world of several processes the trainer asks
`make_engine` for a ShardedEngine: the autograd engine over this process's share of every epoch,
its forward through DistributedDataParallel, which averages the gradients. Every process holds
the same weights and reports the same metrics, reduced across processes; rank 0 alone writes.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NoReturn

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.modules.batchnorm import _BatchNorm
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DistributedSampler

from ..optimizers import make_optimizer
from .engines import AutogradEngine
from .errors import TrainingError
from .forward import GraphForward
from .sync_norm import convert_norms


@dataclass(frozen=True)
class World:
    """This process's place among the run's processes."""

    size: int = 1
    rank: int = 0
    local_rank: int = 0
    local_size: int = 1  # processes on this machine (they share its cores)

    @classmethod
    def from_env(cls, environ=os.environ) -> World:
        size = int(environ.get("WORLD_SIZE", "1"))
        if size <= 1:
            return cls()
        missing = [k for k in ("RANK", "LOCAL_RANK") if k not in environ]
        if missing:
            raise TrainingError(f"WORLD_SIZE is {size} but {' and '.join(missing)} is not set; "
                                "start several processes with torchrun")
        return cls(size, int(environ["RANK"]), int(environ["LOCAL_RANK"]),
                   int(environ.get("LOCAL_WORLD_SIZE", size)))

    @property
    def many(self) -> bool:
        return self.size > 1

    @property
    def leader(self) -> bool:
        """Rank 0: the one process that writes (progress, log, files, the summary)."""
        return self.rank == 0

    def device(self, requested: str) -> str:
        """The device of this process: under torchrun, cuda (or auto with a GPU) means the GPU
        of its LOCAL_RANK."""
        req = (requested or "auto").lower()
        if not self.many or (req not in ("auto", "cuda") and not req.startswith("cuda:")):
            return requested
        if req.startswith("cuda:"):
            raise TrainingError(f"under torchrun each process takes the GPU of its LOCAL_RANK; "
                                f"use --device cuda instead of {requested}")
        if not torch.cuda.is_available():
            return "cpu" if req == "auto" else req  # choose_device says why cuda cannot be
        if self.local_rank >= torch.cuda.device_count():
            raise TrainingError(f"process {self.rank} has LOCAL_RANK {self.local_rank}, but torch "
                                f"sees {torch.cuda.device_count()} GPU(s) on this machine")
        return f"cuda:{self.local_rank}"

    def agree(self, value):
        """Rank 0's value on every process (small things: a seed, an epoch's metrics), so that
        all of them take the same decisions (a schedule's, early stopping's)."""
        if not self.many:
            return value
        box = [value]
        dist.broadcast_object_list(box, src=0)
        return box[0]

    def train_metrics(self, metric, engine) -> dict:
        """The epoch's training metrics over all processes' outputs."""
        if not self.many:
            return metric.compute(engine.outputs, engine.targets)
        return engine.epoch_metrics()


# whether this process was one of a torchrun run's (session joined a process group): see leave
_took_part = False


@contextmanager
def session(world: World, device: str):
    """Joins the process group for the run (nothing in a world of one). At the end every
    process waits for the others (rank 0 may still be writing) and leaves; after an error it
    leaves at once, since the others may never reach the barrier (torchrun then ends them)."""
    if not world.many:
        yield
        return
    if device.startswith("cuda"):
        torch.cuda.set_device(world.local_rank)
        dist.init_process_group("nccl", device_id=torch.device(device))
    else:
        dist.init_process_group("gloo")
    global _took_part
    _took_part = True
    finished = False
    try:
        yield
        finished = True
    finally:
        if finished:
            dist.barrier()
        dist.destroy_process_group()


def took_part() -> bool:
    return _took_part


def leave(code: int) -> NoReturn:
    """Ends a process that took part in a torchrun run, skipping the interpreter's shutdown.

    A gloo process group still alive while the interpreter shuts down can abort the process
    ("terminate called without an active exception"; 4 of 10 two-process runs of a bare script
    that left its group alive, here), which torchrun reports as the run's failure: CI saw that
    once on a rank of `train --nproc 2`. destroy_process_group does not end the group here:
    torch 2.13's DistributedDataParallel keeps it and its threads alive (its constructor leaves
    11 references to the group behind). By now the run is over and written (rank 0 writes
    before the final barrier), so only the shutdown is skipped."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


class _Forward(nn.Module):
    """The run's forward (GraphForward: logits where the loss takes them) as one module, so
    that DDP sees the model's parameters and averages their gradients."""

    def __init__(self, model, forward: GraphForward):
        super().__init__()
        self.model = model
        self.graph_forward = forward

    def forward(self, x):
        return self.graph_forward(x)


class ShardedEngine(AutogradEngine):
    """The autograd engine over this process's share of each epoch; `forward` is the DDP
    module, so backward() leaves the gradients averaged over all processes."""

    def __init__(self, world: World, model, forward, metric, x, y, batch_size, width,
                 optimizer_factory, clip_norm, clip_value, precision=None):
        # shuffle=False: the sampler only deals out the trainer's order (see begin_epoch), so
        # its positions are the same every epoch
        self.sampler = DistributedSampler(range(len(x)), num_replicas=world.size,
                                          rank=world.rank, shuffle=False)
        share = self.sampler.num_samples
        super().__init__(model, forward, metric, x[:share], y[:share], min(batch_size, share),
                         width, optimizer_factory, clip_norm, clip_value, precision)
        self.local_step, self.step = self.step, self.global_step
        self.x, self.y = x, y  # the whole split; the buffers hold this process's share
        self.world = world
        # the sampler pads the order so that the shares are equal: row j of this share sits at
        # position rank + j * size, and positions past the split repeat its first samples
        self.positions = torch.tensor(list(self.sampler), device=x.device)
        self.real = (torch.arange(share) * world.size + world.rank < len(x)).to(x.device)

    def begin_epoch(self, order) -> None:
        """This process's share of the epoch's order. The order is the trainer's own
        permutation (one seed: the same on every process), and the sampler deals it out, rank r
        taking positions r, r + N, r + 2N, ... So batch k of the N processes together is
        exactly batch k of one process with N times the batch, and with DDP's averaged
        gradients N processes train as that one process would. The sampler's own shuffle would
        draw another order and lose that."""
        super().begin_epoch(order[self.positions])

    def global_step(self, i: int, lr: float) -> float:
        """One step; returns the global batch's loss (the mean over equal shares), so that
        every process sees a divergence at the same step and all stop together."""
        loss = torch.tensor([self.local_step(i, lr)], dtype=torch.float64, device=self.x.device)
        dist.all_reduce(loss)
        return loss.item() / self.world.size

    @torch.no_grad()
    def epoch_metrics(self) -> dict:
        """Sums and counts over every process (the padding's repeats left out), not means of
        each process's means."""
        sums = local_sums(self.metric, self.outputs[self.real], self.targets[self.real])
        dist.all_reduce(sums)
        return metrics_from_sums(self.metric, sums.tolist())


def local_sums(metric, z, y):
    """This share's metric sums, float64: [count, loss sum, correct] for classification;
    [count, loss sum, |error| sum, squared error sum, per target column its sum, then its sum
    of squares] for regression."""
    n, f64 = len(z), {"dtype": torch.float64, "device": z.device}
    loss = metric.per_sample_loss(z, y).double().sum() if n else torch.zeros((), **f64)
    head = [torch.tensor(float(n), **f64), loss]
    if metric.task == "classification":
        correct = metric.correct(z, y) if n else 0
        return torch.stack(head + [torch.tensor(float(correct), **f64)])
    pred = z.reshape(n, -1)[:, :metric.target_width].double()
    target = y.reshape(n, -1).double()
    err = pred - target
    return torch.cat([torch.stack(head + [err.abs().sum(), err.square().sum()]),
                      target.sum(0), target.square().sum(0)])


def metrics_from_sums(metric, sums: list[float]) -> dict:
    """The metrics MetricSpec.compute gives, from the sums of every process."""
    n = sums[0]
    if n == 0:
        return {}
    out = {"loss": sums[1] / n}
    if metric.task == "classification":
        out["accuracy"] = sums[2] / n
        return out
    columns = (len(sums) - 4) // 2
    s, q = sums[4:4 + columns], sums[4 + columns:]
    total = sum(qc - sc * sc / n for sc, qc in zip(s, q, strict=True))
    out["mae"] = sums[2] / (n * columns)
    out["r2"] = 1 - sums[3] / total if total > 1e-12 * max(sum(q), 1e-300) else None
    return out


def make_engine(world: World, trainer) -> ShardedEngine:
    """The engine of a run on several processes (the trainer's _engine asks for it)."""
    s, d = trainer.settings, trainer.data
    if trainer.requested["engine"] == "dense":
        raise TrainingError("the dense engine trains in one process only; under torchrun use "
                            "--engine auto or autograd")
    cuda = trainer.device.type == "cuda"
    norms = convert_norms(trainer.model, cuda) if s.sync_batchnorm else 0
    forward = GraphForward(trainer.model, trainer.network.graph, trainer.head.replace)
    ddp = DistributedDataParallel(_Forward(trainer.model, forward),
                                  device_ids=[trainer.device.index] if cuda else None)
    engine = ShardedEngine(world, trainer.model, ddp, trainer.metric, d.train.x, d.train.y,
                           s.batch_size, d.out_width,
                           lambda params: make_optimizer(s.optimizer, params),
                           s.clip_norm, s.clip_value, trainer.precision)
    if trainer.requested["threads"] == "auto":  # the processes of a machine share its cores
        trainer.threads = max(1, trainer.threads // world.local_size)
    trainer.introspection = False  # snapshots would run collectives at each process's moment
    trainer.notes.extend(start_notes(world, engine, len(d.train), norms, trainer.model))
    return engine


def global_batch(world: World, engine) -> int:
    """Samples per optimizer step over all processes: the per-process batch x processes."""
    return (engine.bounds[0][1] - engine.bounds[0][0]) * world.size if engine.bounds else 0


def start_notes(world: World, engine, samples: int, synced: int, model) -> list[str]:
    batch = engine.bounds[0][1] - engine.bounds[0][0] if engine.bounds else 0
    notes = [f"{world.size} processes ({dist.get_backend()}): each trains on 1/{world.size} of "
             f"every epoch with batch {batch}, so {batch * world.size} samples per step in all "
             "(the global batch); DistributedDataParallel averages the gradients; the autograd "
             "engine runs (the dense engine trains in one process only)"]
    repeated = engine.sampler.total_size - samples
    if repeated:
        notes.append(f"{repeated} training sample(s) are repeated each epoch so that the "
                     f"{world.size} shares are equal; the metrics count every sample once")
    if synced:
        notes.append(f"{synced} BatchNorm layer(s) normalize over the global batch "
                     "(sync_batchnorm)")
    elif any(isinstance(m, _BatchNorm) for m in model.modules()):
        notes.append(f"BatchNorm normalizes over each process's batch of {batch}; set "
                     "training.sync_batchnorm for the global batch")
    return notes

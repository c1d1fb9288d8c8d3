"""`main.py train` on several processes: torchrun, DistributedDataParallel over gloo (CPU) or
nccl (GPUs), and the same training as one process with the same global batch."""
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from designer.build import build_model
from designer.cli import main
from designer.network import Network
from designer.serialization import load, save
from designer.training.distributed import (
    ShardedEngine,
    World,
    local_sums,
    make_engine,
    metrics_from_sums,
)
from designer.training.errors import TrainingError
from designer.training.forward import GraphForward
from designer.training.metrics import MetricSpec
from tests.helpers import chain
from tests.training_helpers import dense_net

ROOT = Path(__file__).resolve().parent.parent
TORCHRUN = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node"]
# faulthandler: a process that aborts shows where its threads were
ENV = {k: v for k, v in os.environ.items()
       if k not in ("RANK", "LOCAL_RANK", "WORLD_SIZE", "ND_DEBUG")} | {
    "OMP_NUM_THREADS": "1", "PYTHONFAULTHANDLER": "1"}


def _launch(args, timeout=120):
    """A command of several processes; a hang fails the test instead of blocking it."""
    return subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=ENV,
                          timeout=timeout)


def _said(out) -> str:
    return f"stdout:\n{out.stdout}\nstderr:\n{out.stderr}"


def _write(network, path, **training):
    network.training = {**network.training, **training}
    return str(save(network, path))


def _classifier():
    # 64 samples: 16 validation, 8 test, 40 training (20 per process); no dropout
    return dense_net(dataset={"name": "circle", "samples": 64}, training={
        "epochs": 3, "seed": 3, "validation_split": 0.25, "test_split": 0.125,
        "optimizer": {"name": "adam", "learning_rate": 0.05}})


def _max_difference(a: dict, b: dict) -> float:
    assert sorted(a) == sorted(b)
    return max(float(np.abs(np.asarray(a[k]) - np.asarray(b[k])).max()) for k in a)


def _single(path, out, capsys) -> dict:
    """One process, in this one, with the global batch."""
    assert main(["train", path, "--engine", "autograd", "--quiet", "--output", out]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_two_processes_train_as_one_process_with_the_global_batch(tmp_path, capsys):
    two = _write(_classifier(), tmp_path / "two.json", batch_size=8)
    out = _launch(TORCHRUN + ["2", "main.py", "train", two, "--output",
                              str(tmp_path / "two.nnd"), "--log-file", str(tmp_path / "log.jsonl")])
    assert out.returncode == 0, _said(out)
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1  # rank 1 prints nothing
    summary = json.loads(lines[0])
    assert summary["world_size"] == 2 and summary["global_batch_size"] == 16
    assert summary["engine"] == "autograd" and summary["epochs_run"] == 3
    assert "16 samples per step in all (the global batch)" in out.stderr
    assert sorted(p.name for p in tmp_path.glob("*.nnd")) == ["two.nnd"]
    records = [json.loads(x) for x in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert [r["type"] for r in records] == ["start", "epoch", "epoch", "epoch", "end"]
    assert records[0]["world_size"] == 2 and records[0]["batch_size"] == 8  # per process

    one = _write(_classifier(), tmp_path / "one.json", batch_size=16)
    reference = _single(one, str(tmp_path / "ref.out"), capsys)
    difference = _max_difference(load(tmp_path / "two.nnd").weights,
                                 load(tmp_path / "ref.out").weights)
    assert difference < 1e-5
    for key in ("train_loss", "train_accuracy", "val_loss", "val_accuracy"):
        assert summary[key] == pytest.approx(reference[key], abs=1e-5), key
    assert summary["test"]["loss"] == pytest.approx(reference["test"]["loss"], abs=1e-5)


def _normalized_regression():
    graph = chain(("Input", {"shape": [2]}), ("Dense", {"units": 8, "activation": "tanh"}),
                  ("BatchNorm", {}), ("Dense", {"units": 1, "activation": "linear"}))
    return Network(graph, "bn", {"name": "plane", "samples": 64}, {
        "epochs": 3, "seed": 5, "loss": {"name": "mse"}, "validation_split": 0.25,
        "sync_batchnorm": True, "optimizer": {"name": "sgd", "learning_rate": 0.05}})


def test_nproc_starts_torchrun_and_batchnorm_normalizes_over_the_global_batch(tmp_path,
                                                                              capsys):
    two = _write(_normalized_regression(), tmp_path / "two.json", batch_size=8)
    out = _launch([sys.executable, "main.py", "train", two, "--nproc", "2", "--quiet",
                   "--output", str(tmp_path / "two.nnd")])
    assert out.returncode == 0, _said(out)
    summary = json.loads(out.stdout.strip())
    assert summary["world_size"] == 2
    assert "1 BatchNorm layer(s) normalize over the global batch" in out.stderr

    one = _write(_normalized_regression(), tmp_path / "one.json", batch_size=16)
    reference = _single(one, str(tmp_path / "ref.nnd"), capsys)
    trained, expected = load(tmp_path / "two.nnd").weights, load(tmp_path / "ref.nnd").weights
    assert _max_difference(trained, expected) < 1e-5  # the running statistics too
    for key in ("train_loss", "train_mae", "train_r2", "val_r2"):
        assert summary[key] == pytest.approx(reference[key], abs=1e-5), key


def test_a_divergence_ends_every_process_at_the_same_step(tmp_path):
    net = dense_net(out_act="linear", dataset={"name": "circle", "samples": 40}, training={
        "epochs": 50, "batch_size": 4, "seed": 1, "loss": {"name": "mse"},
        "optimizer": {"name": "sgd", "learning_rate": 1e30}})
    path = _write(net, tmp_path / "bad.json")
    out = _launch(TORCHRUN + ["2", "main.py", "train", path, "--quiet", "--output",
                              str(tmp_path / "bad.nnd")])
    assert out.returncode != 0
    summary = json.loads(out.stdout.strip())  # one line, from rank 0
    assert summary["stopped_reason"] == "diverged" and summary["epochs_run"] == 0
    assert "error: " in out.stderr and not (tmp_path / "bad.nnd").exists()


def test_the_shares_of_an_epoch_are_the_batches_of_one_process():
    net = dense_net()
    model = build_model(net.graph, seed=0)
    n, per_process = 12, 3
    x = torch.arange(n, dtype=torch.float32).repeat(2, 1).T  # row i holds i
    y = torch.zeros(n, 1)
    order = torch.randperm(n, generator=torch.Generator().manual_seed(4))
    batches = []
    for rank in (0, 1):
        engine = ShardedEngine(World(2, rank, rank, 2), model, GraphForward(model, net.graph),
                               None, x, y, per_process, 1, lambda params: None, None, None)
        engine.begin_epoch(order)
        assert engine.steps == 2 and bool(engine.real.all())
        batches.append([b[:, 0].long().tolist() for b in engine.xb])
    for k in range(2):  # batch k of both processes: batch k of one process with batch 6
        together = sorted(batches[0][k] + batches[1][k])
        assert together == sorted(order[6 * k:6 * (k + 1)].tolist())


def test_padding_repeats_are_left_out_of_the_counts():
    net = dense_net()
    model = build_model(net.graph, seed=0)
    x, y = torch.zeros(5, 2), torch.zeros(5, 1)
    shares = [ShardedEngine(World(2, r, r, 2), model, GraphForward(model, net.graph), None, x,
                            y, 8, 1, lambda params: None, None, None) for r in (0, 1)]
    assert [s.real.tolist() for s in shares] == [[True] * 3, [True, True, False]]


@pytest.mark.parametrize("task", ["classification", "regression"])
def test_metrics_from_the_sums_of_two_shares_are_those_of_the_whole(task):
    g = torch.Generator().manual_seed(0)
    if task == "classification":
        metric = MetricSpec("categorical_crossentropy", {}, True, task, False, 3, 1)
        z, y = torch.randn(10, 3, generator=g), torch.randint(0, 3, (10,), generator=g)
    else:
        metric = MetricSpec("mse", {}, True, task, False, None, 2)
        z, y = torch.randn(10, 2, generator=g), torch.randn(10, 2, generator=g) + 3
    sums = local_sums(metric, z[:4], y[:4]) + local_sums(metric, z[4:], y[4:])
    whole = metric.compute(z, y)
    assert metrics_from_sums(metric, sums.tolist()) == pytest.approx(whole, rel=1e-6)  # f32


def test_the_world_comes_from_torchrun_s_environment(monkeypatch):
    assert World.from_env({}) == World() and not World().many
    world = World.from_env({"WORLD_SIZE": "4", "RANK": "3", "LOCAL_RANK": "1",
                            "LOCAL_WORLD_SIZE": "2"})
    assert (world.size, world.rank, world.local_rank, world.local_size) == (4, 3, 1, 2)
    assert world.many and not world.leader
    with pytest.raises(TrainingError, match="RANK is not set"):
        World.from_env({"WORLD_SIZE": "2", "LOCAL_RANK": "0"})
    assert World().device("cuda:1") == "cuda:1"  # one process: as asked
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert world.device("auto") == "cpu" and world.device("cpu") == "cpu"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    assert world.device("cuda") == "cuda:1" and world.device("auto") == "cuda:1"
    with pytest.raises(TrainingError, match="LOCAL_RANK"):
        world.device("cuda:0")
    with pytest.raises(TrainingError, match="sees 2 GPU"):
        World(4, 3, 3, 4).device("cuda")


def test_a_process_of_a_torchrun_run_leaves_with_its_code_and_its_output_but_no_shutdown():
    script = ("import atexit, designer.training.distributed as d; "
              "atexit.register(print, 'the shutdown ran'); print('written'); d.leave(3)")
    out = _launch([sys.executable, "-c", script])
    assert out.returncode == 3 and out.stdout == "written\n", _said(out)


def test_the_dense_engine_is_refused_on_several_processes():
    trainer = SimpleNamespace(settings=None, data=None, requested={"engine": "dense"})
    with pytest.raises(TrainingError, match="one process only"):
        make_engine(World(2, 0, 0, 2), trainer)


def _gpus() -> int:
    return torch.cuda.device_count() if torch.cuda.is_available() else 0


@pytest.mark.skipif(_gpus() < 2, reason=f"needs 2 CUDA GPUs for nccl; torch sees {_gpus()}")
def test_two_gpus_train_with_nccl(tmp_path):
    path = _write(_normalized_regression(), tmp_path / "gpu.json", batch_size=8)
    out = _launch(TORCHRUN + ["2", "main.py", "train", path, "--device", "cuda", "--quiet",
                              "--output", str(tmp_path / "gpu.nnd")])
    assert out.returncode == 0, _said(out)
    summary = json.loads(out.stdout.strip())
    assert summary["world_size"] == 2 and summary["device"] == "cuda:0"
    assert "2 processes (nccl)" in out.stderr and (tmp_path / "gpu.nnd").exists()


@pytest.mark.skipif(_gpus() < 1, reason="needs a CUDA GPU")
def test_one_gpu_under_torchrun_trains_on_cuda(tmp_path):
    path = _write(_classifier(), tmp_path / "gpu.json", batch_size=8)
    out = _launch(TORCHRUN + ["1", "main.py", "train", path, "--device", "cuda", "--quiet"])
    assert out.returncode == 0, _said(out)
    summary = json.loads(out.stdout.strip())
    assert summary["world_size"] == 1 and summary["device"].startswith("cuda")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_machines_meet_through_a_c10d_rendezvous(tmp_path):
    """The many-machines command of the README, both "machines" here: two torchrun agents with
    --nnodes 2 meet at one rendezvous endpoint; together they are one run of world size 2 whose
    first process alone writes the summary and the file."""
    path = _write(_classifier(), tmp_path / "net.json", batch_size=8)
    port = _free_port()
    command = [sys.executable, "-m", "torch.distributed.run", "--nnodes", "2",
               "--nproc_per_node", "1", "--rdzv-backend", "c10d", "--rdzv-endpoint",
               f"127.0.0.1:{port}", "--rdzv-id", "nd-test", "main.py", "train", path,
               "--quiet", "--output", str(tmp_path / "out.nnd")]
    nodes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT, env=ENV) for _ in range(2)]
    try:
        outputs = [node.communicate(timeout=120) for node in nodes]
    finally:
        for node in nodes:
            node.kill()
    assert [node.returncode for node in nodes] == [0, 0], [err for _out, err in outputs]
    lines = [line for out, _err in outputs for line in out.strip().splitlines()]
    assert len(lines) == 1 and json.loads(lines[0])["world_size"] == 2
    assert load(tmp_path / "out.nnd").weights


def test_nproc_passes_every_option_of_train_on_to_torchrun():
    """`train --nproc N` re-runs the command under torchrun: an option it forgot would be lost
    silently (--precision bf16 training in fp32), so every option of `train` is forwarded."""
    import argparse

    from designer.cli import parser
    from designer.cli.train import _FLAGS, _FORWARDED

    sub = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    dests = {a.dest for a in sub.choices["train"]._actions} - {"help", "file", "nproc"}
    assert dests == set(_FORWARDED) | set(_FLAGS)

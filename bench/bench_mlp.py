"""The engine against a bare PyTorch loop on a medium MLP: prints figures, asserts nothing.

    .venv/bin/python bench/bench_mlp.py [EPOCHS [ROUNDS]]

MLP 784-512-512-10 (ReLU, softmax output), batch 128, Adam 1e-3, on the same in-memory data
(Fashion-MNIST's first 12,000 images when installed, else random images) and the same thread
count. The engine runs with all introspection at its default rate (snapshots of histograms,
gradients, activations and the confusion matrix), once as it chooses (the Dense engine for this
chain) and once forced onto autograd (what networks with other layers get). They alternate for
several rounds and the best round of each counts, so a busy machine hurts all alike.
Target: ratio >= 0.97.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

from designer.datasets import load_dataset  # noqa: E402
from designer.datasets.idx import find_folder  # noqa: E402
from designer.network import Network  # noqa: E402
from designer.training import Trainer  # noqa: E402
from tests.helpers import chain  # noqa: E402

SAMPLES, BATCH = 12_000, 128


def data():
    if find_folder("fashion_mnist"):
        ds = load_dataset({"name": "fashion_mnist", "samples": SAMPLES})
        return ds.x.reshape(len(ds), -1), ds.y, "Fashion-MNIST"
    rng = np.random.default_rng(0)
    return (rng.random((SAMPLES, 784), dtype=np.float32), rng.integers(0, 10, SAMPLES),
            "random images")


def bare_loop(x, y, epochs: int, fused: bool) -> float:
    """Samples per second of the idiomatic loop (torch.optim.Adam, default or fused)."""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(),
                          nn.Linear(512, 10))
    opt = torch.optim.Adam(model.parameters(), 1e-3, fused=fused or None)
    loss_fn = nn.CrossEntropyLoss()
    xt, yt = torch.as_tensor(x), torch.as_tensor(y)
    start = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(len(xt))
        for s in range(0, len(xt), BATCH):
            idx = order[s:s + BATCH]
            opt.zero_grad()
            loss = loss_fn(model(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
    return epochs * len(xt) / (time.perf_counter() - start)


def engine(tmp: Path, epochs: int, kind: str) -> tuple[float, str, int]:
    net = Network(chain(("Input", {"shape": [784]}),
                        ("Dense", {"units": 512, "activation": "relu"}),
                        ("Dense", {"units": 512, "activation": "relu"}),
                        ("Dense", {"units": 10, "activation": "softmax"})), "mlp",
                  {"npz": str(tmp)}, {"epochs": epochs, "batch_size": BATCH, "seed": 0,
                                      "optimizer": {"name": "adam", "learning_rate": 1e-3}})
    trainer = Trainer(net, apply=False, engine=kind)  # introspection on, default rates
    trainer.prepare()
    snapshots = 0
    for record in trainer.run():
        snapshots += record.type == "snapshot"
    end = trainer.result
    return end.samples_per_second, end.engine, snapshots


def main() -> None:
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    x, y, source = data()
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / "bench_mlp.npz"
    np.savez(tmp, x=x, y=y)
    threads = os.cpu_count()
    torch.set_num_threads(threads)
    print(f"MLP 784-512-512-10, batch {BATCH}, Adam, {len(x):,} samples of {source}, "
          f"{threads} threads, {epochs} epoch(s) per round")
    bare_loop(x[:2048], y[:2048], 1, True)  # warm up allocator and kernels
    engine(tmp, 1, "autograd")
    bare, fused, ours = [], [], {"auto": [], "autograd": []}
    for round_ in range(rounds):
        bare.append(bare_loop(x, y, epochs, False))
        fused.append(bare_loop(x, y, epochs, True))
        line = f"  round {round_ + 1}: bare {bare[-1]:,.0f}, bare fused {fused[-1]:,.0f}"
        for kind in ours:
            rate, name, snaps = engine(tmp, epochs, kind)
            ours[kind].append(rate)
            line += f", {name} engine {rate:,.0f} ({snaps} snapshots)"
        print(line)
    best = max(max(bare), max(fused))
    print(f"best of {rounds}: bare loop {max(bare):,.0f} samples/s (torch.optim.Adam), "
          f"{max(fused):,.0f} (fused=True); the better one is the baseline")
    for kind, rates in ours.items():
        print(f"  engine={kind}: {max(rates):,.0f} samples/s, ratio {max(rates) / best:.3f} "
              "(target >= 0.97)")


if __name__ == "__main__":
    main()

"""Playground-scale training speed: prints figures, asserts nothing.

    .venv/bin/python bench/bench_playground.py [EPOCHS [ROUNDS]]

The TF Playground's spiral network, 2-8-8-1 tanh with a sigmoid output, batch 10, 250 training
points (the spiral example: 500 points, half held out for validation), Adam, on one core.
Baseline: an idiomatic eager PyTorch loop in the same process (nn.Sequential, BCELoss,
torch.optim.Adam, zero_grad/backward/step per batch), which trains only. The engine also
evaluates the 250 validation points every epoch and takes snapshots (histograms, gradients,
activations, decision boundary) at its default rate. Rounds alternate and the best counts.
Target: >= 800 epochs/s (the Playground's own JavaScript engine does 1,000-1,500 here).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402
from torch import nn  # noqa: E402

from designer.serialization import load  # noqa: E402
from designer.training import Trainer  # noqa: E402

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / \
    "spiral_playground.json"


def eager_loop(x, y, epochs: int) -> float:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(),
                          nn.Linear(8, 1), nn.Sigmoid())
    opt = torch.optim.Adam(model.parameters(), 0.01)
    loss_fn = nn.BCELoss()
    start = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(len(x))
        for s in range(0, len(x), 10):
            idx = order[s:s + 10]
            opt.zero_grad()
            loss_fn(model(x[idx]), y[idx]).backward()
            opt.step()
    return epochs / (time.perf_counter() - start)


def engine(epochs: int, introspection: bool = True) -> tuple[float, dict]:
    net = load(EXAMPLE)
    trainer = Trainer(net, {"epochs": epochs}, apply=False, introspection=introspection)
    trainer.prepare()
    counts: dict = {}
    start = time.perf_counter()
    for record in trainer.run():
        counts[record.type] = counts.get(record.type, 0) + 1
    rate = epochs / (time.perf_counter() - start)
    counts.update(engine=trainer.engine.name, threads=trainer.threads,
                  accuracy=trainer.result.value("train_accuracy"))
    return rate, counts


def main() -> None:
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    torch.set_num_threads(1)
    probe = Trainer(load(EXAMPLE), apply=False, introspection=False)
    probe.prepare()
    x, y = probe.data.train.x, probe.data.train.y
    print(f"2-8-8-1 tanh, batch 10, {len(x)} training points, Adam, one thread, {epochs} epochs "
          "per round")
    eager_loop(x, y, 20)
    engine(50)
    eager, ours, bare_engine = [], [], []
    for round_ in range(rounds):
        eager.append(eager_loop(x, y, max(epochs // 10, 20)))
        rate, info = engine(epochs)
        ours.append(rate)
        bare_engine.append(engine(epochs, introspection=False)[0])
        print(f"  round {round_ + 1}: eager {eager[-1]:,.0f} epochs/s, engine {rate:,.0f} "
              f"epochs/s ({info['engine']}, {info.get('snapshot', 0)} snapshots, "
              f"{info['threads']} thread), without introspection {bare_engine[-1]:,.0f}")
    print(f"best of {rounds}: eager loop {max(eager):,.0f} epochs/s; engine {max(ours):,.0f} "
          f"epochs/s = {max(ours) / max(eager):.1f}x the eager loop (target >= 800 epochs/s, "
          f"6-7x); without introspection {max(bare_engine):,.0f}")


if __name__ == "__main__":
    main()

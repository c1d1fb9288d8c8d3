"""The engine against a bare PyTorch loop on a small CNN, in fp32 and bf16: prints figures,
asserts nothing.

    .venv/bin/python bench/bench_cnn.py [EPOCHS [ROUNDS [SAMPLES]]]

Input 1x28x28 -> Conv2D 32 3x3 relu -> MaxPool 2 -> Conv2D 64 3x3 relu -> MaxPool 2 -> Flatten
-> Dense 128 relu -> Dense 10 softmax, batch 128, Adam 1e-3 (epsilon 1e-7, Keras'), on
Fashion-MNIST's first SAMPLES training images (random images when the IDX files are missing;
then no accuracy). Accuracy is on the official 10,000 test images.

The engine is the app's Trainer with introspection at its default rates; the bare loop is the
same network written as nn.Sequential with the same initial weights, torch.optim.Adam, the same
batches in the same order (the trainer's shuffle, reproduced), plain autocast for bf16 (no
channels_last) and the same thread count. Each round trains each of the four (engine or bare,
fp32 or bf16) for EPOCHS epochs, one after another, so a busy machine slows a round's four
alike; a round's ratio is the bare fp32 loop's median epoch time over the other's, and the
figure is the median of the rounds' ratios (with their range: this machine is shared). The
median epoch of three leaves out one-off costs (the engine's live snapshots keep within 1% of
the run's time from the first one on).
Targets (issue 12): engine fp32 >= 1.0x the bare fp32 loop; engine bf16 >= 1.3x the bare fp32
loop at its accuracy within half a point. With a CUDA GPU the same runs repeat on it, with
fp16 (and a grad scaler) besides.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402
from torch import nn  # noqa: E402

from designer.datasets.idx import find_folder  # noqa: E402
from designer.network import Network  # noqa: E402
from designer.training import Trainer  # noqa: E402
from tests.helpers import chain  # noqa: E402

BATCH, SEED = 128, 0
KINDS = (("bare", "fp32"), ("engine", "fp32"), ("bare", "bf16"), ("engine", "bf16"))
GPU_KINDS = KINDS + (("bare", "fp16"), ("engine", "fp16"))
DTYPES = {"bf16": torch.bfloat16, "fp16": torch.float16}
BASE = ("bare", "fp32")


def network(samples: int, epochs: int, precision: str, tmp: Path) -> Network:
    if find_folder("fashion_mnist"):
        dataset = {"name": "fashion_mnist", "samples": samples}
    else:  # random images of the same shape
        import numpy as np
        rng = np.random.default_rng(0)
        np.savez(tmp, x=rng.random((samples, 1, 28, 28), dtype=np.float32),
                 y=rng.integers(0, 10, samples))
        dataset = {"npz": str(tmp)}
    graph = chain(("Input", {"shape": [1, 28, 28]}),
                  ("Conv2D", {"filters": 32, "kernel_size": 3, "activation": "relu"}),
                  ("MaxPool2D", {"pool_size": 2}),
                  ("Conv2D", {"filters": 64, "kernel_size": 3, "activation": "relu"}),
                  ("MaxPool2D", {"pool_size": 2}), ("Flatten", {}),
                  ("Dense", {"units": 128, "activation": "relu"}),
                  ("Dense", {"units": 10, "activation": "softmax"}))
    return Network(graph, "cnn", dataset,
                   {"epochs": epochs, "batch_size": BATCH, "seed": SEED, "precision": precision,
                    "optimizer": {"name": "adam", "learning_rate": 1e-3}})


def engine_run(net: Network, device: str) -> tuple[list[float], float]:
    """(each epoch's seconds, test accuracy) of the app's trainer."""
    trainer = Trainer(net, apply=False, device=device)
    seconds = [r.seconds for r in trainer.run() if r.type == "epoch"]
    test = trainer.result.test or {}
    return seconds, test.get("accuracy", float("nan"))


def bare_model(prepared: Trainer) -> nn.Module:
    """The network as a person writes it, starting from the engine's initial weights."""
    model = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 64, 3),
                          nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(1600, 128),
                          nn.ReLU(), nn.Linear(128, 10))
    with torch.no_grad():
        for mine, theirs in zip(model.parameters(), prepared.model.parameters(), strict=True):
            mine.copy_(theirs)
    return model.to(prepared.device)


def bare_run(prepared: Trainer, epochs: int, precision: str) -> tuple[list[float], float]:
    """(each epoch's seconds, test accuracy) of the idiomatic loop."""
    dev, data = prepared.device, prepared.data
    model = bare_model(prepared)
    opt = torch.optim.Adam(model.parameters(), 1e-3, eps=1e-7)
    loss_fn = nn.CrossEntropyLoss()
    x, y = data.train.x, data.train.y
    shuffle = torch.Generator().manual_seed(prepared.seed + 1)  # the trainer's batches
    cast = torch.autocast(dev.type, dtype=DTYPES.get(precision), enabled=precision != "fp32")
    scaler = torch.amp.GradScaler(dev.type, enabled=precision == "fp16")
    seconds = []
    for _ in range(epochs):
        start = time.perf_counter()
        order = torch.randperm(len(x), generator=shuffle).to(dev)
        for s in range(0, len(x), BATCH):
            idx = order[s:s + BATCH]
            opt.zero_grad()
            with cast:
                loss = loss_fn(model(x[idx]), y[idx])
            scaler.scale(loss).backward()
            scaler.step(opt)
            scaler.update()
        _sync(dev)
        seconds.append(time.perf_counter() - start)
    return seconds, accuracy(model.eval(), data.test, cast)


def accuracy(model, test, cast) -> float:
    if test is None:  # random images: no test set
        return float("nan")
    with torch.no_grad(), cast:
        hits = sum((model(test.x[s:s + 2048]).argmax(1) == test.y[s:s + 2048]).sum().item()
                   for s in range(0, len(test), 2048))
    return hits / len(test)


def _sync(device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def one_round(nets: dict, device: str, epochs: int, kinds, backwards: bool = False) -> dict:
    """Each kind's (median epoch seconds, fastest epoch's seconds, accuracy), run one after
    another (in reverse order every other round, so a slow drift favours none)."""
    out = {}
    for who, precision in kinds[::-1] if backwards else kinds:
        net = nets[precision]
        if who == "engine":
            seconds, acc = engine_run(net, device)
        else:
            prepared = Trainer(net, apply=False, device=device, introspection=False)
            prepared.prepare()
            if prepared.device.type == "cpu":
                torch.set_num_threads(prepared.threads)  # the engine's thread count
            seconds, acc = bare_run(prepared, epochs, precision)
        out[(who, precision)] = (statistics.median(seconds), min(seconds), acc)
    return {kind: out[kind] for kind in kinds}


def bench(device: str, epochs: int, rounds: int, samples: int) -> None:
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / "bench_cnn.npz"
    kinds = GPU_KINDS if device == "cuda" else KINDS
    precisions = sorted({p for _, p in kinds})
    nets = {p: network(samples, epochs, p, tmp) for p in precisions}
    warm = {p: network(samples, 1, p, tmp) for p in precisions}
    one_round(warm, device, 1, kinds)  # kernels, allocator, oneDNN's primitives for each batch
    rows = []
    for r in range(rounds):
        row = one_round(nets, device, epochs, kinds, backwards=r % 2 == 1)
        rows.append(row)
        base = row[BASE][0]
        print(f"  round {r + 1}: " + ", ".join(
            f"{who} {p} {samples / t:,.0f}/s ({base / t:.2f}x)" for (who, p), (t, _, _) in
            row.items()))
    report(device, rows, kinds, samples)


def report(device: str, rows: list[dict], kinds, samples: int) -> None:
    print(f"{device}: speed against the bare fp32 loop: the median of the {len(rows)} rounds' "
          "ratios (their range), the ratio of the fastest epochs; test accuracy")
    fastest = {kind: min(row[kind][1] for row in rows) for kind in kinds}
    base_acc = rows[-1][BASE][2]
    for kind in kinds:
        ratios = [row[BASE][0] / row[kind][0] for row in rows]
        acc = rows[-1][kind][2]
        print(f"  {kind[0]:6} {kind[1]}: {statistics.median(ratios):.2f}x "
              f"({min(ratios):.2f}-{max(ratios):.2f}), fastest {fastest[BASE] / fastest[kind]:.2f}x"
              f" ({samples / fastest[kind]:,.0f} samples/s), accuracy {acc:.4f} "
              f"({100 * (acc - base_acc):+.2f} points)")
    print("  targets: engine fp32 >= 1.0x; engine bf16 >= 1.3x within 0.5 points (CPU)")


def main() -> None:
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    samples = int(sys.argv[3]) if len(sys.argv) > 3 else 12_000
    source = "Fashion-MNIST" if find_folder("fashion_mnist") else "random images"
    print(f"CNN 1x28x28 conv32-pool-conv64-pool-128-10, batch {BATCH}, Adam, {samples:,} "
          f"images of {source}, {epochs} epoch(s) per run, {os.cpu_count()} cores")
    bench("cpu", epochs, rounds, samples)
    if torch.cuda.is_available():
        bench("cuda", epochs, rounds, samples)


if __name__ == "__main__":
    main()

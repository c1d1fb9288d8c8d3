"""The digits MLP against scikit-learn's MLPClassifier, side by side: prints figures, asserts
nothing.

    .venv/bin/python bench/bench_digits.py [SPLITS]

Input 64 -> Dense 64 relu -> Dense 10 softmax, Adam 1e-3, batch 32, 40 epochs, on the same
stratified 80/20 splits of the digits (pixels scaled to [0, 1]) for both. scikit-learn gets
the same settings (hidden_layer_sizes=(64,), solver adam, learning_rate_init 1e-3,
batch_size 32, max_iter 40; its default L2 alpha 1e-4). Times are of fitting only, one thread
for both. Also shown: the engine given as much time as scikit-learn took (more epochs).
Target: the engine's validation accuracy >= scikit-learn's in no more time.
"""
from __future__ import annotations

import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from designer.datasets import load_dataset, split_indices  # noqa: E402
from designer.network import Network  # noqa: E402
from designer.training import Trainer  # noqa: E402
from tests.helpers import chain  # noqa: E402


def sklearn_fit(x, y, train, val, seed: int) -> tuple[float, float]:
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    clf = MLPClassifier(hidden_layer_sizes=(64,), activation="relu", solver="adam",
                        learning_rate_init=1e-3, batch_size=32, max_iter=40, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        start = time.perf_counter()
        clf.fit(x[train], y[train])
        seconds = time.perf_counter() - start
    return clf.score(x[val], y[val]), seconds


def engine_fit(seed: int, epochs: int = 40) -> tuple[float, float]:
    net = Network(chain(("Input", {"shape": [64]}),
                        ("Dense", {"units": 64, "activation": "relu"}),
                        ("Dense", {"units": 10, "activation": "softmax"})), "digits",
                  {"name": "digits"},
                  {"epochs": epochs, "batch_size": 32, "validation_split": 0.2, "seed": seed,
                   "optimizer": {"name": "adam", "learning_rate": 1e-3}})
    trainer = Trainer(net, apply=False)
    trainer.prepare()
    for _ in trainer.run():
        pass
    end = trainer.result
    return end.value("val_accuracy"), end.seconds


def main() -> None:
    splits = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    torch.set_num_threads(1)
    ds = load_dataset("digits")
    engine_fit(0, 2)  # warm up
    rows = []
    with threadpool_limits(1):
        for seed in range(splits):
            train, val, _ = split_indices(len(ds), 0.2, 0.0, seed, ds.y)  # the engine's split
            sk_acc, sk_s = sklearn_fit(ds.x, ds.y, train, val, seed)
            acc, s = engine_fit(seed)
            same_time = max(40, int(40 * sk_s / s))
            acc_t, s_t = engine_fit(seed, same_time)
            rows.append((sk_acc, sk_s, acc, s, acc_t, s_t, same_time))
            print(f"  split {seed}: scikit-learn {sk_acc:.4f} in {sk_s:.3f} s | engine "
                  f"{acc:.4f} in {s:.3f} s | engine, {same_time} epochs: {acc_t:.4f} in "
                  f"{s_t:.3f} s")
    cols = list(zip(*rows, strict=True))
    mean = [statistics.mean(c) for c in cols]
    print(f"mean over {splits} splits: scikit-learn {mean[0]:.4f} in {mean[1]:.3f} s; "
          f"engine (40 epochs, with introspection) {mean[2]:.4f} in {mean[3]:.3f} s "
          f"= {mean[1] / mean[3]:.1f}x faster; engine with scikit-learn's time "
          f"({mean[6]:.0f} epochs) {mean[4]:.4f} in {mean[5]:.3f} s")
    print(f"engine accuracy - scikit-learn accuracy: {mean[2] - mean[0]:+.4f} at 40 epochs, "
          f"{mean[4] - mean[0]:+.4f} in the same time (target: >= 0 in no more time)")


if __name__ == "__main__":
    main()

"""The learning-rate range test of the study notes."""
import numpy as np

from designer.training import TrainingControl
from designer.training.lr_finder import find_learning_rate, lr_range_test, suggest
from tests.training_helpers import dense_net


def test_range_test_finds_a_useful_rate_without_touching_the_network():
    net = dense_net(hidden=(("relu", 16),), training={"seed": 0, "batch_size": 8,
                                                      "optimizer": "sgd"},
                    dataset={"name": "circle", "samples": 200})
    result = find_learning_rate(net, min_lr=1e-5, max_lr=100.0, steps=120)
    lrs, smoothed = np.array(result["lrs"]), np.array(result["smoothed"])
    assert lrs[0] == 1e-5 and np.all(np.diff(lrs) > 0)
    assert smoothed.min() < smoothed[0]  # the loss fell for useful rates
    assert lrs[-1] < 100.0  # and the test stopped once the loss shot up
    assert 1e-4 < result["suggestion"] < 10 and result["suggestion"] == result["min_loss_lr"] / 10
    assert net.weights is None and net.history is None


def test_range_test_yields_records_and_can_be_stopped():
    control = TrainingControl()
    records = []
    for r in lr_range_test(dense_net(training={"seed": 0}), steps=50, control=control):
        records.append(r)
        if len(records) == 5:
            control.stop()
    assert [r["type"] for r in records[:5]] == ["lr_test"] * 5
    assert records[-1]["type"] == "lr_result" and len(records[-1]["lrs"]) == 5


def test_suggestion_rules():
    lrs = [1e-4, 1e-3, 1e-2, 1e-1, 1.0]
    out = suggest(lrs, [1, 1, 1, 1, 1], [1.0, 0.8, 0.3, 0.2, 5.0])
    assert out["min_loss_lr"] == 1e-1 and out["suggestion"] == 1e-2
    assert out["steepest"] in (1e-3, 1e-2)
    assert suggest(lrs[:2], [1, 1], [1, 1])["suggestion"] is None


def test_no_suggestion_when_the_loss_never_falls():
    lrs = list(np.logspace(-8, 1, 40))
    flat = [0.6] + [0.7 + 0.01 * k for k in range(39)]  # a lucky first batch, then no fall
    out = suggest(lrs, flat, flat)
    assert out["suggestion"] is None and out["min_loss_lr"] is not None

"""Overfitting told from a run's epoch records: validation loss rising for several epochs while
training loss keeps falling. No Qt here."""
import math

import numpy as np
import pytest

from designer.training.diagnosis import Overfitting, overfitting
from designer.training.records import Epoch


def records(train, val=None):
    val = [None] * len(train) if val is None else val
    return [Epoch(epoch=i + 1, values={"loss": t, "val_loss": v})
            for i, (t, v) in enumerate(zip(train, val, strict=True))]


def falling(n, start=1.0, end=0.1):
    return list(np.geomspace(start, end, n))


def test_a_val_loss_that_turns_up_is_overfitting_from_its_best_epoch():
    n, turn = 100, 40
    val = [1.0 - 0.02 * i for i in range(turn)] + [0.23 + 0.01 * i for i in range(n - turn)]
    found = overfitting(records(falling(n, 0.9, 0.05), val))
    assert isinstance(found, Overfitting)
    assert found.best_epoch == turn and found.best_val_loss == pytest.approx(0.22)
    assert found.val_loss_now == pytest.approx(0.23 + 0.01 * (n - turn - 1))
    assert found.train_loss_then == pytest.approx(falling(n, 0.9, 0.05)[turn - 1])
    assert found.train_loss_now == pytest.approx(0.05)
    assert found.train_fall == pytest.approx(found.train_loss_then - 0.05)
    assert found.epochs_rising == n - turn


def test_a_noisy_rise_is_found_near_where_it_turned():
    rng = np.random.default_rng(0)
    n = 200
    trend = [0.5 - 0.003 * i if i < 80 else 0.26 + 0.003 * (i - 80) for i in range(n)]
    val = [t + rng.normal(0, 0.02) for t in trend]
    found = overfitting(records(falling(n), val))
    assert found is not None and 65 <= found.best_epoch <= 95


@pytest.mark.parametrize("seed", range(30))
def test_noisy_flat_validation_curves_are_not_flagged(seed):
    rng = np.random.default_rng(seed)
    n = 150
    val = list(0.4 + rng.normal(0, 0.05, n))
    assert overfitting(records(falling(n), val)) is None


def test_a_rise_too_short_or_too_small_is_not_yet_overfitting():
    n = 100
    late = [1.0 - 0.008 * i for i in range(n - 4)] + [0.25, 0.3, 0.35, 0.4]  # 4 epochs up
    assert overfitting(records(falling(n), late)) is None
    small = [0.5 - 0.003 * i for i in range(50)] + [0.35 + 0.0002 * i for i in range(50)]
    assert overfitting(records(falling(n), small)) is None


def test_val_loss_rising_with_training_loss_rising_too_is_not_overfitting():
    val = [0.5 - 0.01 * i for i in range(20)] + [0.3 + 0.02 * i for i in range(40)]
    train = [0.4 - 0.01 * i for i in range(20)] + [0.2 + 0.005 * i for i in range(40)]
    assert overfitting(records(train, val)) is None


def test_without_validation_or_with_few_epochs_there_is_no_verdict():
    assert overfitting(records(falling(100))) is None
    assert overfitting([]) is None
    assert overfitting(records([0.5, 0.4, 0.3], [0.3, 0.4, 0.5])) is None


def test_epochs_without_a_finite_loss_are_left_out():
    n, turn = 60, 20
    val = [0.8 - 0.02 * i for i in range(turn)] + [0.43 + 0.01 * i for i in range(n - turn)]
    val[30] = math.nan
    val[31] = None
    found = overfitting(records(falling(n), val))
    assert found is not None and found.best_epoch == turn


def overfitting_net():
    """A big network on a few noisy points, half of them held out: it overfits in seconds
    (validation loss lowest near epoch 25 of 150, then rising to nearly 3 times that)."""
    from tests.training_helpers import dense_net

    return dense_net(
        hidden=(("relu", 128), ("relu", 128)),
        dataset={"name": "moons", "samples": 60, "noise": 0.35, "seed": 1},
        training={"epochs": 150, "batch_size": 30, "validation_split": 0.5, "seed": 0,
                  "optimizer": {"name": "adam", "learning_rate": 0.01},
                  "loss": "binary_crossentropy"})


def test_a_big_network_on_a_few_noisy_points_overfits_and_is_flagged():
    from designer.training import Trainer

    trainer = Trainer(overfitting_net(), introspection=False, apply=False)
    for _ in trainer.run():
        pass
    found = overfitting(trainer.epochs)
    assert found is not None and 10 <= found.best_epoch <= 60
    val = [e.value("val_loss") for e in trainer.epochs]
    assert found.best_val_loss == min(val[:found.best_epoch])
    assert found.val_loss_now > 1.5 * found.best_val_loss
    assert found.train_loss_now < 0.5 * found.train_loss_then

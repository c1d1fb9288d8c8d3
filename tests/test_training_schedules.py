"""Every learning-rate schedule: its curve before training, and plateau reductions."""
import math

import numpy as np
import pytest

from designer.errors import ParamError
from designer.schedules import SCHEDULES, Schedule, schedule_config, schedule_curve


def _lr_at_epoch(config, epoch, epochs=100, lr0=0.1, spe=10):
    return Schedule(config, lr0, epochs, spe).lr(epoch * spe)


def test_constant():
    assert _lr_at_epoch(None, 0) == _lr_at_epoch("constant", 99) == 0.1


def test_step_drops_tenfold_at_half_and_three_quarters_of_the_run():
    # as in the study notes: x0.1 at 50% and 75% of the epochs
    assert _lr_at_epoch("step", 49) == pytest.approx(0.1)
    assert _lr_at_epoch("step", 50) == pytest.approx(0.01)
    assert _lr_at_epoch("step", 74) == pytest.approx(0.01)
    assert _lr_at_epoch("step", 75) == pytest.approx(0.001)


def test_piecewise_uses_absolute_rates():
    cfg = {"name": "piecewise", "boundaries": [10, 20], "values": [0.5, 0.05, 0.005]}
    assert [_lr_at_epoch(cfg, e) for e in (0, 9, 10, 19, 20)] == \
        pytest.approx([0.5, 0.5, 0.05, 0.05, 0.005])
    with pytest.raises(ParamError, match="one more value than boundaries"):
        schedule_config({"name": "piecewise", "boundaries": [10], "values": [0.1]})


def test_exponential_and_power():
    cfg = {"name": "exponential", "decay_rate": 0.5, "decay_epochs": 10}
    assert _lr_at_epoch(cfg, 10) == pytest.approx(0.05)
    assert _lr_at_epoch(cfg, 5) == pytest.approx(0.1 * 0.5 ** 0.5)
    stair = dict(cfg, staircase=True)
    assert _lr_at_epoch(stair, 15) == pytest.approx(0.05)
    assert _lr_at_epoch("exponential", 100) == pytest.approx(0.01)  # whole run: x0.1
    assert _lr_at_epoch({"name": "power", "decay_epochs": 10}, 10) == pytest.approx(0.05)
    assert _lr_at_epoch({"name": "power", "decay_epochs": 10, "power": 2}, 10) == \
        pytest.approx(0.025)


def test_one_cycle_rises_to_the_rate_then_falls_far_below():
    epochs = np.arange(100)
    lrs = np.array([_lr_at_epoch("one_cycle", e) for e in epochs])
    assert lrs[0] == pytest.approx(0.1 / 25)
    assert lrs.argmax() == 30 and lrs.max() == pytest.approx(0.1)
    assert lrs[-1] < 0.1 / 1000
    assert np.all(np.diff(lrs[:31]) > 0) and np.all(np.diff(lrs[30:]) < 0)


def test_cosine_glides_to_its_floor():
    cfg = {"name": "cosine", "min_factor": 0.1}
    assert _lr_at_epoch(cfg, 0) == pytest.approx(0.1)
    assert _lr_at_epoch(cfg, 50) == pytest.approx(0.01 + 0.09 / 2)
    assert _lr_at_epoch(cfg, 100) == pytest.approx(0.01)


def test_warm_up_ramps_any_schedule():
    s = Schedule({"name": "cosine", "warmup_epochs": 2}, 0.1, 100, 10)
    assert s.per_step
    ramp = [s.lr(k) for k in range(20)]
    assert ramp[0] < 0.01 and np.all(np.diff(ramp) > 0)
    assert s.lr(20) == pytest.approx(_lr_at_epoch("cosine", 2))


def test_reduce_on_plateau_reduces_after_patience():
    s = Schedule({"name": "reduce_on_plateau", "patience": 2, "factor": 0.5}, 0.1, 100, 10)
    notes = [s.epoch_end(v) for v in (1.0, 0.9, 0.9, 0.9, 0.9)]
    assert notes[:4] == [None] * 4
    assert "0.1 -> 0.05" in notes[4]
    assert s.lr(0) == pytest.approx(0.05)
    s = Schedule({"name": "plateau", "patience": 0, "factor": 0.5, "min_lr": 0.06}, 0.1, 10, 1)
    s.epoch_end(1.0)
    s.epoch_end(1.0)
    assert s.lr(5) == pytest.approx(0.06)


@pytest.mark.parametrize("name", SCHEDULES.names())
def test_every_schedule_has_a_finite_positive_preview(name):
    x, y = schedule_curve(name, 0.01, 20, 7)
    assert x[0] == 0 and x[-1] == pytest.approx((20 * 7 - 1) / 7)
    assert np.all(np.isfinite(y)) and np.all(y > 0) and np.all(y <= 0.01 + 1e-12)


def test_unknown_settings_are_named():
    with pytest.raises(ParamError, match="unknown setting 'patients'"):
        schedule_config({"name": "reduce_on_plateau", "patients": 3})
    with pytest.raises(ParamError, match="unknown schedule"):
        schedule_config("cosinus")
    with pytest.raises(ParamError, match="milestones must be a list"):
        schedule_config({"name": "step", "milestones": 0.5})
    assert math.isclose(schedule_config({"name": "step", "factor": 0.5})["factor"], 0.5)

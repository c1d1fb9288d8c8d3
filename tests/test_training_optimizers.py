"""Every optimizer: the notes' worked examples and agreement with reference implementations."""
import math

import numpy as np
import pytest
import torch

from designer.errors import ParamError
from designer.optimizers import OPTIMIZERS, make_optimizer, optimizer_config
from designer.training.updates import _fused_adam_runs


def _run(config, grads, start=1.0, lrs=None):
    """Weights after feeding a scalar weight the given gradients; lrs default to the config's."""
    w = torch.tensor([start])
    opt = make_optimizer(config, [w])
    cfg = optimizer_config(config)
    out = []
    for k, g in enumerate(grads):
        lr = lrs[k] if lrs else cfg["learning_rate"]
        opt.step([torch.tensor([float(g)])], lr)
        out.append(float(w))
    return out


def test_momentum_follows_the_worked_example_of_the_notes():
    # the notes' worked example: lr 0.1, momentum 0.9, gradients 5 then 3 -> updates -0.5 then -0.75
    w = _run({"name": "momentum", "learning_rate": 0.1, "momentum": 0.9}, [5, 3], start=0.0)
    assert w[0] == pytest.approx(-0.5)
    assert w[1] - w[0] == pytest.approx(-0.75)


def test_momentum_keeps_old_rates_in_its_velocity():
    # Keras' form: a new learning rate scales new gradients only.
    w = _run({"name": "momentum", "momentum": 0.9}, [5, 3], start=0.0, lrs=[0.1, 0.01])
    assert w[1] - w[0] == pytest.approx(0.9 * -0.5 - 0.01 * 3)


def test_nesterov_looks_ahead():
    w = _run({"name": "nesterov", "learning_rate": 0.1, "momentum": 0.9}, [5, 3], start=0.0)
    v1 = -0.5
    assert w[0] == pytest.approx(0.9 * v1 - 0.5)
    v2 = 0.9 * v1 - 0.3
    assert w[1] - w[0] == pytest.approx(0.9 * v2 - 0.3)


def test_sgd_is_a_plain_step():
    assert _run({"name": "sgd", "learning_rate": 0.1}, [5, 3], start=0.0) == \
        pytest.approx([-0.5, -0.8])


def test_adagrad_and_rmsprop_follow_the_formulas_of_the_notes():
    eps = 1e-7
    g = [5.0, 3.0]
    w = _run({"name": "adagrad", "learning_rate": 0.1, "initial_accumulator_value": 0.0}, g)
    G1, G2 = 25.0, 34.0
    assert w[0] == pytest.approx(1 - 0.1 * 5 / math.sqrt(G1 + eps))
    assert w[1] == pytest.approx(w[0] - 0.1 * 3 / math.sqrt(G2 + eps))
    w = _run({"name": "rmsprop", "learning_rate": 0.1, "rho": 0.9}, g)
    S1 = 0.1 * 25
    S2 = 0.9 * S1 + 0.1 * 9
    assert w[0] == pytest.approx(1 - 0.1 * 5 / math.sqrt(S1 + eps))
    assert w[1] == pytest.approx(w[0] - 0.1 * 3 / math.sqrt(S2 + eps))


# agreement with torch.optim, for every registered optimizer: tests/test_fast_path_registries.py


def test_adam_without_the_fused_kernel_agrees_with_the_fused_one():
    gen = torch.Generator().manual_seed(1)
    a, b = torch.randn(5, generator=gen), None
    b = a.clone()
    fused, plain = make_optimizer("adam", [a]), make_optimizer("adam", [b])
    plain.use_foreach()
    assert fused.fused and not plain.fused
    for _ in range(5):
        g = torch.randn(5, generator=gen)
        fused.step([g], 0.01)
        plain.step([g], 0.01)
    np.testing.assert_allclose(a.numpy(), b.numpy(), rtol=1e-5, atol=1e-7)


def test_adam_falls_back_to_multi_tensor_kernels(monkeypatch):
    w = torch.ones(3)
    opt = make_optimizer("adam", [w])

    def refuses(*args):
        raise NotImplementedError("no fused kernel for this device")

    opt.update = refuses  # a device or dtype without the kernel: the first step falls back
    opt.step([torch.ones(3)], 0.01)
    assert not opt.fused and opt.t == 1 and torch.allclose(w, torch.full((3,), 0.99))
    float64 = make_optimizer("adam", [torch.ones(3, dtype=torch.float64)])
    assert not float64.fused and make_optimizer("adam", [torch.ones(3)]).fused
    monkeypatch.delattr(torch, "_fused_adamw_")  # a torch without the kernel
    _fused_adam_runs.cache_clear()
    assert not make_optimizer("adam", [torch.ones(3)]).fused
    _fused_adam_runs.cache_clear()  # the next test sees this torch again


def test_adamax_follows_keras():
    b1, b2, eps, lr = 0.9, 0.999, 1e-7, 0.002
    w = _run({"name": "adamax"}, [5.0, -3.0])
    m1, u1 = 0.1 * 5, 5.0
    w1 = 1 - lr / (1 - b1) * m1 / (u1 + eps)
    m2, u2 = b1 * m1 + 0.1 * -3, max(b2 * u1, 3.0)
    w2 = w1 - lr / (1 - b1 ** 2) * m2 / (u2 + eps)
    assert w == pytest.approx([w1, w2])


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_every_optimizer_minimizes_a_quadratic(name):
    w = torch.tensor([3.0, -2.0])
    cfg = optimizer_config(name)
    lr = {"sgd": 0.1, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.5, "adadelta": 1.0,
          "rmsprop": 0.05, "adam": 0.1, "adamw": 0.1, "adamax": 0.1, "nadam": 0.1}[name]
    opt = make_optimizer(cfg, [w])
    for _ in range(3000 if name == "adadelta" else 300):  # adadelta starts with tiny steps
        opt.step([2 * w], lr)
    assert float(w.abs().max()) < 0.3, name


def test_config_fills_defaults_and_rejects_unknown_settings():
    cfg = optimizer_config({"name": "adam", "lr": 0.01})
    assert cfg == {"name": "adam", "learning_rate": 0.01, "beta_1": 0.9, "beta_2": 0.999,
                   "epsilon": 1e-7}
    with pytest.raises(ParamError, match="unknown setting 'momentun'"):
        optimizer_config({"name": "momentum", "momentun": 0.9})
    with pytest.raises(ParamError, match="Did you mean"):
        optimizer_config("adma")
    with pytest.raises(ParamError, match="learning_rate must be more than 0"):
        optimizer_config({"name": "sgd", "learning_rate": 0})

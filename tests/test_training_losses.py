"""Every loss: its formula, its stable (from logits) form, and its targets."""
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from designer.losses import LOSSES


def test_mse_mae_huber():
    out = torch.tensor([[1.0, 2.0], [3.0, 7.0]])
    y = torch.tensor([[1.0, 0.0], [3.0, 4.0]])
    assert float(LOSSES.get("mse")(out, y)) == pytest.approx((4 + 9) / 4)
    assert float(LOSSES.get("mae")(out, y)) == pytest.approx((2 + 3) / 4)
    # huber (delta 1): |e| = 2 -> 1.5, |e| = 3 -> 2.5
    assert float(LOSSES.get("huber")(out, y)) == pytest.approx((1.5 + 2.5) / 4)
    assert float(LOSSES.get("huber")(out, y, delta=3.0)) == pytest.approx((2 + 4.5) / 4)


def test_binary_crossentropy_from_logits_matches_probabilities():
    z = torch.tensor([[-2.0], [0.5], [3.0]])
    y = torch.tensor([[0.0], [1.0], [1.0]])
    bce = LOSSES.get("binary_crossentropy")
    p = torch.sigmoid(z)
    direct = -(y * p.log() + (1 - y) * (1 - p).log()).mean()
    assert float(bce(z, y, from_logits=True)) == pytest.approx(float(direct), rel=1e-6)
    assert float(bce(p, y)) == pytest.approx(float(direct), rel=1e-5)
    # targets given as a flat vector of labels work too
    assert float(bce(z, y.reshape(-1), from_logits=True)) == pytest.approx(float(direct))


def test_crossentropy_is_stable_for_extreme_logits():
    z = torch.tensor([[1000.0, -1000.0]], requires_grad=True)
    loss = LOSSES.get("binary_crossentropy")(z[:, :1], torch.tensor([[0.0]]), from_logits=True)
    assert float(loss.detach()) == pytest.approx(1000.0)
    loss = LOSSES.get("categorical_crossentropy")(z, torch.tensor([1]), from_logits=True)
    loss.backward()
    assert float(loss.detach()) == pytest.approx(2000.0) and torch.isfinite(z.grad).all()
    # probabilities (no logits available) are clipped, as Keras does
    p = torch.tensor([[1.0, 0.0]])
    clipped = LOSSES.get("categorical_crossentropy")(p, torch.tensor([1]))
    assert float(clipped) == pytest.approx(-math.log(1e-7), rel=1e-3)


def test_categorical_crossentropy_takes_indices_one_hot_and_soft_labels():
    z = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
    idx = torch.tensor([0, 2])
    one_hot = F.one_hot(idx, 3).float()
    cce = LOSSES.get("categorical_crossentropy")
    ref = F.cross_entropy(z, idx)
    assert float(cce(z, idx, from_logits=True)) == pytest.approx(float(ref))
    assert float(cce(z, one_hot, from_logits=True)) == pytest.approx(float(ref))
    assert float(cce(torch.softmax(z, 1), idx)) == pytest.approx(float(ref), rel=1e-5)
    soft = torch.tensor([[0.5, 0.5, 0.0], [0.0, 0.0, 1.0]])
    expected = -(soft * torch.log_softmax(z, 1)).sum(1).mean()
    assert float(cce(z, soft, from_logits=True)) == pytest.approx(float(expected))


def test_gaussian_nll_is_the_formula_of_the_notes():
    # the study notes' formula: -(1/N) sum_i sum_d log N(y; y_hat, 1)
    out = torch.tensor([[0.0, 1.0], [2.0, 2.0]])
    y = torch.tensor([[1.0, 1.0], [0.0, 2.0]])
    expected = np.mean([sum(0.5 * math.log(2 * math.pi) + 0.5 * (a - b) ** 2
                            for a, b in zip(o, t, strict=True))
                        for o, t in zip(out.tolist(), y.tolist(), strict=True)])
    assert float(LOSSES.get("gaussian_nll")(out, y)) == pytest.approx(expected)


def test_gaussian_nll_with_a_learned_variance():
    mean, log_var = torch.tensor([[0.5]]), torch.tensor([[math.log(4.0)]])
    y = torch.tensor([[2.5]])
    expected = -torch.distributions.Normal(0.5, 2.0).log_prob(torch.tensor(2.5))
    got = LOSSES.get("gaussian_nll")(torch.cat([mean, log_var], 1), y)
    assert float(got) == pytest.approx(float(expected))


@pytest.mark.parametrize("name", LOSSES.names())
def test_every_loss_is_per_sample_differentiable_and_zero_or_minimal_at_the_target(name):
    loss = LOSSES.get(name)
    gen = torch.Generator().manual_seed(0)
    if loss.task == "classification":
        y = torch.tensor([0, 1, 1, 0]) if name.startswith("binary") else torch.tensor([0, 2, 1, 1])
        width = 1 if name.startswith("binary") else 3
    else:
        y, width = torch.randn(4, 2, generator=gen), 2
    out = torch.randn(4, width, generator=gen, requires_grad=True)
    target = y.float().reshape(4, 1) if name.startswith("binary") else y
    per = loss.per_sample(out, target, True)
    assert per.shape == (4,)
    per.mean().backward()
    assert torch.isfinite(out.grad).all() and out.grad.abs().sum() > 0

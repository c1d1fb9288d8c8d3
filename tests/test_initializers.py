"""Every initializer gives a large layer the variance its formula promises (the formulas of the
study notes), in torch and in the NumPy preview, reproducibly from a seed."""
import math

import numpy as np
import pytest
import torch

from designer.build import build_model
from designer.errors import ParamError
from designer.initializers import INITIALIZERS, fans, fill_, sample
from designer.params import Param
from tests.helpers import chain

NAMES = ["zeros", "ones", "constant", "random_uniform", "random_normal", "truncated_normal",
         "orthogonal", "identity", "glorot_uniform", "glorot_normal", "he_uniform", "he_normal",
         "lecun_uniform", "lecun_normal"]
FAN_OUT, FAN_IN = 300, 500  # a Dense weight is (out, in)
CONV = (64, 32, 3, 3)  # fan_in = 32*9, fan_out = 64*9

# Variances written from the formulas, independently of the code under test.
def expected_variance(name, fan_in, fan_out, rows, cols):
    return {
        "zeros": 0.0, "ones": 0.0, "constant": 0.0,
        "random_uniform": 0.1 ** 2 / 12,  # U(-0.05, 0.05)
        "random_normal": 0.05 ** 2,
        "truncated_normal": 0.05 ** 2 * 0.7737413,  # N(0, 0.05^2) cut at 2 sigma
        "orthogonal": min(rows, cols) / (rows * cols),
        "identity": (lambda m: m - m ** 2)(min(rows, cols) / (rows * cols)),
        "glorot_uniform": (math.sqrt(6 / (fan_in + fan_out))) ** 2 / 3,
        "glorot_normal": 2 / (fan_in + fan_out),
        "he_uniform": (math.sqrt(6 / fan_in)) ** 2 / 3,
        "he_normal": 2 / fan_in,
        "lecun_uniform": (math.sqrt(3 / fan_in)) ** 2 / 3,
        "lecun_normal": 1 / fan_in,
    }[name]


def test_registry_has_the_issue_vocabulary():
    assert INITIALIZERS.names() == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_dense_weight_variance_matches_formula(name):
    w = fill_(torch.empty(FAN_OUT, FAN_IN), name, torch.Generator().manual_seed(0))
    want = expected_variance(name, FAN_IN, FAN_OUT, FAN_OUT, FAN_IN)
    assert w.var(unbiased=False).item() == pytest.approx(want, rel=0.03, abs=1e-12)
    preview = sample(name, (FAN_OUT, FAN_IN), np.random.default_rng(0))
    assert preview.var() == pytest.approx(want, rel=0.03, abs=1e-12)
    assert INITIALIZERS.get(name).distribution(FAN_IN, FAN_OUT).variance(
        (FAN_OUT, FAN_IN)) == pytest.approx(want, rel=1e-6, abs=1e-12)


@pytest.mark.parametrize("name", ["glorot_uniform", "he_normal", "lecun_uniform", "orthogonal",
                                  "identity"])
def test_conv_kernel_uses_receptive_field_fans(name):
    fan_in, fan_out = fans(CONV)
    assert (fan_in, fan_out) == (32 * 9, 64 * 9)
    w = fill_(torch.empty(*CONV), name, torch.Generator().manual_seed(1))
    rows, cols = CONV[0], 32 * 9
    want = expected_variance(name, fan_in, fan_out, rows, cols)
    if name == "identity":  # dirac kernels: one 1 per channel pair on the diagonal
        want = (lambda m: m - m ** 2)(min(CONV[:2]) / (rows * cols))
    assert w.var(unbiased=False).item() == pytest.approx(want, rel=0.05)


def test_special_structure():
    o = fill_(torch.empty(50, 80), "orthogonal")
    torch.testing.assert_close(o @ o.T, torch.eye(50), atol=1e-4, rtol=0)
    assert torch.equal(fill_(torch.empty(3, 3), {"name": "identity", "gain": 2.0}),
                       2 * torch.eye(3))
    assert torch.all(fill_(torch.empty(4), {"name": "constant", "value": 0.3}) == 0.3)
    t = fill_(torch.empty(20000), "truncated_normal")
    assert t.abs().max().item() <= 0.1 + 1e-6


def test_seeded_builds_repeat_and_differ():
    graph = chain(("Input", {"shape": [8]}), ("Dense", {"units": 16, "init": "he_normal"}),
                  ("Dense", {"units": 2, "init": "orthogonal", "bias_init": "random_normal"}))
    a, b, c = (build_model(graph, seed=s).layer_state() for s in (7, 7, 8))
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert not torch.equal(a["l1.core.weight"], c["l1.core.weight"])


def test_layer_init_settings_are_applied():
    graph = chain(("Input", {"shape": [4]}),
                  ("Dense", {"units": 3, "init": "ones", "bias_init": {"name": "constant",
                                                                       "value": 0.5}}))
    state = build_model(graph, seed=0).layer_state()
    assert torch.all(state["l1.core.weight"] == 1) and torch.all(state["l1.core.bias"] == 0.5)


def test_matrix_initializers_refused_for_biases():
    graph = chain(("Input", {"shape": [4]}), ("Dense", {"units": 3, "bias_init": "orthogonal"}))
    assert "biases are vectors" in graph.analysis.problems[0].message


def test_unknown_initializer_is_a_clear_error():
    p = Param("init", "initializer", "glorot_uniform", "", lookup=INITIALIZERS.get)
    with pytest.raises(ParamError, match="Did you mean 'he_normal'"):
        p.coerce("he_norml")
    assert p.coerce({"name": "random_normal", "stddev": 0.05}) == "random_normal"

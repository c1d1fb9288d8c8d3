"""Every activation: its torch module computes its documented formula (checked against the
NumPy reference and, for the classic ones, against values worked by hand)."""
import math

import numpy as np
import pytest
import torch

from designer.activations import ACTIVATIONS, make_activation
from designer.errors import ParamError
from designer.params import Param

NAMES = ["linear", "sigmoid", "tanh", "relu", "leaky_relu", "prelu", "elu", "selu", "gelu",
         "silu", "mish", "softplus", "softsign", "hard_sigmoid", "softmax"]


def test_registry_has_the_issue_vocabulary():
    assert ACTIVATIONS.names() == NAMES
    assert ACTIVATIONS.canonical("swish") == "silu"


@pytest.mark.parametrize("name", NAMES)
def test_torch_module_matches_reference(name):
    x = np.linspace(-6, 6, 61).reshape(1, -1)
    module = make_activation(name, 61).double()
    got = module(torch.tensor(x, dtype=torch.float64)).detach().numpy()
    np.testing.assert_allclose(got, ACTIVATIONS.get(name).numpy(x), rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("name,x,y", [
    ("sigmoid", 0.0, 0.5), ("sigmoid", 2.0, 1 / (1 + math.exp(-2))), ("tanh", 1.0, math.tanh(1)),
    ("relu", -3.0, 0.0), ("relu", 2.5, 2.5), ("leaky_relu", -1.0, -0.2), ("elu", -1.0,
                                                                        math.exp(-1) - 1),
    ("softplus", 0.0, math.log(2)), ("softsign", 1.0, 0.5), ("hard_sigmoid", 0.0, 0.5),
    ("silu", 1.0, 1 / (1 + math.exp(-1))), ("linear", -7.0, -7.0)])
def test_known_values(name, x, y):
    assert make_activation(name, 1)(torch.tensor([[x]])).item() == pytest.approx(y, abs=1e-6)


def test_options_and_their_validation():
    module = make_activation({"name": "leaky_relu", "alpha": 0.1}, 1)
    assert module(torch.tensor([[-2.0]])).item() == pytest.approx(-0.2)
    p = Param("activation", "activation", "relu", "", lookup=ACTIVATIONS.get)
    assert p.coerce({"name": "elu"}) == "elu"  # only non-default options are kept
    assert p.coerce("swish") == "silu"
    with pytest.raises(ParamError, match="Did you mean 'relu'"):
        p.coerce("rellu")
    with pytest.raises(ParamError, match="unknown option 'beta'"):
        p.coerce({"name": "elu", "beta": 1})
    with pytest.raises(ParamError, match="alpha must be at least 0"):
        p.coerce({"name": "leaky_relu", "alpha": -1})


def test_softmax_sums_to_one_over_units_and_channels():
    for shape in ((4, 10), (4, 3, 5, 5)):
        out = make_activation("softmax", shape[1])(torch.randn(*shape))
        torch.testing.assert_close(out.sum(dim=1), torch.ones(shape[0], *shape[2:]))


def test_every_activation_explains_itself():
    for name in NAMES:
        spec = ACTIVATIONS.get(name)
        assert len(spec.help) > 20 and "f(x)" in spec.formula

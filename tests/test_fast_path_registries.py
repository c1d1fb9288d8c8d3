"""Every registered optimizer, activation and loss on the fast path: a new entry in a registry
is covered here by adding it there. Optimizers agree with torch.optim; each activation's
Derivative and each loss's output_gradient agree with autograd; and the Dense engine, in
TorchScript and in Python, ends where the autograd engine ends."""
import numpy as np
import pytest
import torch

from designer.activations import ACTIVATIONS
from designer.losses import LOSSES
from designer.optimizers import OPTIMIZERS, make_optimizer, optimizer_config
from designer.training import dense
from designer.training.dense_codegen import FastActivation, output_gradient
from designer.training.updates import _fused_adam_runs
from tests.engine_helpers import assert_same_on_both_engines
from tests.training_helpers import dense_net

TINY = 1e-12  # where Keras puts epsilon inside a square root and torch outside, make it moot
# torch.optim's form of each optimizer, as (class, its arguments, ours); learning rates constant
REFERENCES = {
    "sgd": (torch.optim.SGD, {"lr": 0.05}, {"learning_rate": 0.05}),
    # with a constant rate, the notes' momentum equals torch's (buffer scaled by the rate)
    "momentum": (torch.optim.SGD, {"lr": 0.05, "momentum": 0.9}, {"learning_rate": 0.05}),
    "nesterov": (torch.optim.SGD, {"lr": 0.05, "momentum": 0.9, "nesterov": True},
                 {"learning_rate": 0.05}),
    "adagrad": (torch.optim.Adagrad, {"lr": 0.1, "initial_accumulator_value": 0.1, "eps": 0.0},
                {"learning_rate": 0.1, "epsilon": TINY}),
    "adadelta": (torch.optim.Adadelta, {"lr": 1.0, "rho": 0.95, "eps": 1e-7}, {}),
    "rmsprop": (torch.optim.RMSprop, {"lr": 0.01, "alpha": 0.9, "eps": 0.0},
                {"learning_rate": 0.01, "epsilon": TINY}),
    "adam": (torch.optim.Adam, {"lr": 0.01, "eps": 1e-7}, {"learning_rate": 0.01}),
    "adamw": (torch.optim.AdamW, {"lr": 0.01, "eps": 1e-7, "weight_decay": 0.1},
              {"learning_rate": 0.01, "weight_decay": 0.1}),
    "adamax": (torch.optim.Adamax, {"lr": 0.01, "eps": TINY},
               {"learning_rate": 0.01, "epsilon": TINY}),
    "nadam": (torch.optim.NAdam, {"lr": 0.01, "eps": 1e-7}, {"learning_rate": 0.01}),
}


@pytest.fixture(params=["script", "python"])
def dialect(request, monkeypatch):
    """Run a test with DenseEngine's TorchScript loop and with its Python loop."""
    monkeypatch.setattr(dense, "USE_SCRIPT", request.param == "script")
    return request.param


def test_every_optimizer_has_a_reference():
    assert sorted(REFERENCES) == sorted(OPTIMIZERS.names())


def _torch_and_ours(name, fused=True, steps=6):
    cls, torch_kwargs, ours = REFERENCES[name]
    gen = torch.Generator().manual_seed(0)
    start = [torch.randn(4, 3, generator=gen), torch.randn(3, generator=gen)]
    ref = [p.clone().requires_grad_(True) for p in start]
    opt = cls(ref, **torch_kwargs)
    mine = [p.clone() for p in start]
    mine_opt = make_optimizer({"name": name, **ours}, mine)
    if not fused and hasattr(mine_opt, "use_foreach"):
        mine_opt.use_foreach()
    lr = optimizer_config({"name": name, **ours})["learning_rate"]
    for _ in range(steps):
        g = [torch.randn(4, 3, generator=gen), torch.randn(3, generator=gen)]
        for p, gi in zip(ref, g, strict=True):
            p.grad = gi.clone()
        opt.step()
        mine_opt.step([gi.clone() for gi in g], lr)
    return [p.detach() for p in ref], mine


@pytest.mark.parametrize("fused", [True, False], ids=["fused", "foreach"])
@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_every_optimizer_agrees_with_torch_optim(name, fused):
    ref, mine = _torch_and_ours(name, fused)
    for a, b in zip(ref, mine, strict=True):
        np.testing.assert_allclose(a.numpy(), b.numpy(), rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_every_optimizer_on_both_engines(name, dialect):
    assert_same_on_both_engines(dense_net(), optimizer=name)


def _fast_activations():
    return [name for name in ACTIVATIONS.names() if ACTIVATIONS.get(name).derivative]


def _options(spec) -> dict:
    """Options away from their defaults, so that the derivative must read them."""
    return {p.name: p.default * 1.5 + 0.1 for p in spec.params}


@pytest.mark.parametrize("name", _fast_activations())
def test_every_activation_derivative_equals_autograd(name):
    spec = ACTIVATIONS.get(name)
    options = _options(spec)
    fast = FastActivation(name, spec.options(options))
    a = torch.linspace(-4, 4, 41, dtype=torch.float64).reshape(1, -1).requires_grad_(True)
    g = torch.linspace(0.5, 1.5, 41, dtype=torch.float64).reshape(1, -1)
    module = spec.torch(spec.options(options), 41).double()
    h = module(a)
    h.backward(g)
    env = {"torch": torch, "a": a.detach(), "g": g}
    out = eval(fast.forward_source("a"), env)  # our template and numbers
    env["h"] = out
    np.testing.assert_allclose(out.numpy(), h.detach().numpy(), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(eval(fast.backward_source("a", "h"), env).numpy(),
                               a.grad.numpy(), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("name", _fast_activations() + ["linear"])
def test_every_activation_on_both_engines(name, dialect):
    spec = ACTIVATIONS.get(name)
    act = {"name": name, **_options(spec)} if spec.params else name
    assert_same_on_both_engines(dense_net(hidden=((act, 5), (act, 4))),
                                optimizer={"name": "sgd", "learning_rate": 0.5})


def test_activations_without_a_derivative_go_to_autograd():
    from designer.training import Trainer
    from designer.training.engines import AutogradEngine

    for name in ACTIVATIONS.names():
        if ACTIVATIONS.get(name).derivative is None and name not in ("linear", "softmax"):
            t = Trainer(dense_net(hidden=((name, 4),)), introspection=False, apply=False)
            t.prepare()
            assert isinstance(t.engine, AutogradEngine), name


def _loss_inputs(name):
    gen = torch.Generator().manual_seed(2)
    z = torch.randn(7, 3, generator=gen, dtype=torch.float64)
    if name == "binary_crossentropy":
        return z, torch.randint(0, 2, (7, 3), generator=gen).double()
    if name == "categorical_crossentropy":  # the engine hands it one-hot rows
        return z, torch.nn.functional.one_hot(torch.randint(0, 3, (7,), generator=gen),
                                              3).double()
    return z, torch.randn(7, 3, generator=gen, dtype=torch.float64)


def _loss_options(loss) -> dict:
    return {p.name: p.default * 0.7 for p in loss.params}


@pytest.mark.parametrize("name", [n for n in LOSSES.names() if LOSSES.get(n).output_gradient])
def test_every_loss_gradient_equals_autograd(name):
    loss = LOSSES.get(name)
    options = _loss_options(loss)
    z, y = _loss_inputs(name)
    z.requires_grad_(True)
    loss(z, y, from_logits=True, **options).backward()
    got = eval(output_gradient(name, loss.options(options)), {"torch": torch, "z": z.detach(),
                                                              "y": y})
    np.testing.assert_allclose(got.numpy(), z.grad.numpy(), rtol=1e-12, atol=1e-15)


# (output activation, units, dataset) on which each loss trains, for the engine comparison
LOSS_CASES = {
    "binary_crossentropy": [("sigmoid", 1, {"name": "circle", "samples": 60}),
                            ("linear", 1, {"name": "circle", "samples": 60}),
                            ("sigmoid", 3, {"name": "iris"})],
    "categorical_crossentropy": [("softmax", 3, {"name": "iris"}),
                                 ("linear", 3, {"name": "iris"})],
    "mse": [("sigmoid", 1, {"name": "circle", "samples": 60}),
            ("linear", 1, {"name": "plane", "samples": 60})],
    "mae": [("tanh", 1, {"name": "plane", "samples": 60})],
    "huber": [("linear", 1, {"name": "plane", "samples": 60})],
    "gaussian_nll": [("linear", 1, {"name": "plane", "samples": 60})],
}


def test_every_loss_the_fast_path_takes_has_a_case():
    assert sorted(LOSS_CASES) == sorted(n for n in LOSSES.names()
                                        if LOSSES.get(n).output_gradient)


@pytest.mark.parametrize("loss, out_act, units, dataset",
                         [(name, *case) for name, cases in LOSS_CASES.items() for case in cases])
def test_every_loss_and_output_on_both_engines(loss, out_act, units, dataset, dialect):
    inputs = 4 if dataset["name"] == "iris" else 2
    net = dense_net(out_units=units, out_act=out_act, inputs=inputs, dataset=dataset)
    assert_same_on_both_engines(net, loss=loss, optimizer={"name": "adam", "learning_rate": 0.05})


def test_adam_without_the_fused_kernel_on_both_engines(dialect, monkeypatch):
    monkeypatch.delattr(torch, "_fused_adamw_")  # a torch without it: the multi-tensor form
    _fused_adam_runs.cache_clear()
    try:
        engine = assert_same_on_both_engines(dense_net(), optimizer="adam")
    finally:
        _fused_adam_runs.cache_clear()
    assert "def adam(" in engine.source and "_fused_" not in engine.source

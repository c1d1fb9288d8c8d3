"""The fast Dense engine computes exactly what autograd computes, step by step, with
regularization, frozen layers, dropout and clipping; everything else falls back to autograd.
Every registered optimizer, activation and loss: tests/test_fast_path_registries.py."""
import numpy as np
import pytest
import torch

from designer.network import Network
from designer.training import Trainer, TrainingError, dense
from designer.training.engines import AutogradEngine
from tests.engine_helpers import Running, assert_same_on_both_engines, weights_after
from tests.helpers import chain
from tests.training_helpers import dense_net


@pytest.fixture(params=["script", "python"])
def dialect(request, monkeypatch):
    """Run a test with DenseEngine's TorchScript loop and with its Python step."""
    monkeypatch.setattr(dense, "USE_SCRIPT", request.param == "script")
    return request.param


def test_penalties_constraints_clipping_and_schedules(dialect):
    net = dense_net(l1=0.01, l2=0.02, max_norm=0.8)
    sgd = {"name": "sgd", "learning_rate": 0.3}
    assert_same_on_both_engines(net, optimizer=sgd, clip_norm=0.05)
    assert_same_on_both_engines(dense_net(), optimizer=sgd, clip_value=0.01,
                                schedule={"name": "cosine", "warmup_epochs": 0.5})


def test_frozen_layers_and_layers_without_bias(dialect):
    net = dense_net(hidden=(("tanh", 6), ("relu", 5)))
    net.graph.set_param("l1", "trainable", False)
    net.graph.set_param("l2", "use_bias", False)
    fast, a = weights_after(net, "dense")
    before = Trainer(net, {"seed": 3}, introspection=False, apply=False, fresh=True)
    before.prepare()
    assert torch.equal(a["l1.core.weight"], before.model.layer_state()["l1.core.weight"])
    assert_same_on_both_engines(net)
    net.graph.set_param("l2", "trainable", False)  # only the output layer learns
    assert_same_on_both_engines(net)


def test_dropout_masks_scale_and_gradients(dialect):
    net = dense_net(hidden=(("relu", 16),), dropout=0.5)
    t = Trainer(net, {"seed": 0, "batch_size": 30, "optimizer": "sgd"}, engine="dense",
                introspection=False, apply=False)
    t.prepare()
    eng = t.engine
    eng.begin_epoch(torch.arange(len(t.data.train)))
    before = {k: v.clone() for k, v in t.model.layer_state().items()}
    generator = torch.Generator().set_state(eng.generator.get_state())
    eng.run(0, 1, 0, 0.1, Running(), 1e18)
    # the step's mask, drawn again from the engine's generator as it stood before the step
    mask = torch.empty(30, 16).bernoulli_(0.5, generator=generator).mul_(2.0)
    assert set(mask.unique().tolist()) <= {0.0, 2.0} and 0.3 < (mask > 0).float().mean() < 0.7
    # the same step by autograd with the same mask
    x, y = eng.xb[0].clone(), eng.yb[0].clone()
    w1, b1 = before["l1.core.weight"].requires_grad_(), before["l1.core.bias"].requires_grad_()
    w2, b2 = before["l2.core.weight"].requires_grad_(), before["l2.core.bias"].requires_grad_()
    z = torch.relu(x @ w1.T + b1) * mask @ w2.T + b2
    torch.nn.functional.binary_cross_entropy_with_logits(z, y).backward()
    after = t.model.layer_state()
    np.testing.assert_allclose(after["l1.core.weight"], (w1 - 0.1 * w1.grad).detach(), atol=1e-6)
    np.testing.assert_allclose(after["l2.core.weight"], (w2 - 0.1 * w2.grad).detach(), atol=1e-6)


def test_what_the_dense_engine_cannot_run_goes_to_autograd():
    cnn = chain(("Input", {"shape": [1, 8, 8]}), ("Conv2D", {"filters": 2}), ("Flatten", {}),
                ("Dense", {"units": 10, "activation": "softmax"}))
    t = Trainer(Network(cnn, "cnn", {"name": "digits"}, {}), introspection=False, apply=False)
    t.prepare()
    assert isinstance(t.engine, AutogradEngine)
    t = Trainer(dense_net(hidden=(("mish", 4),)), introspection=False, apply=False)
    t.prepare()
    assert isinstance(t.engine, AutogradEngine)
    with pytest.raises(TrainingError, match="dense engine cannot run this network: the "
                                            "activation Mish"):
        Trainer(dense_net(hidden=(("mish", 4),)), engine="dense").prepare()


def test_generated_step_reads_like_the_chain():
    t = Trainer(dense_net(), introspection=False, apply=False)
    t.prepare()
    src = t.engine.source
    assert src.count("addmm(") == 3 and "sigmoid(z).sub_(y)" in src
    assert src.count("tanh_backward(") == 2  # from the registry's Derivative of tanh
    assert "g = torch.ops.aten.tanh_backward(g, a1)" in src and "mm(g.t(), h, out=gw0)" in src


def test_torchscript_and_python_steps_agree_with_dropout(monkeypatch):
    results = []
    for use_script in (True, False):
        monkeypatch.setattr(dense, "USE_SCRIPT", use_script)
        net = dense_net(hidden=(("relu", 16), ("tanh", 8)), dropout=0.3)
        t, weights = weights_after(net, "dense", steps=7,
                                    overrides={"optimizer": "momentum", "clip_norm": 0.5})
        assert t.engine.compiled == use_script
        results.append(weights)
    for key in results[0]:
        assert torch.equal(results[0][key], results[1][key]), key


def test_an_interrupt_stops_a_torchscript_chunk_between_steps():
    t = Trainer(dense_net(), {"seed": 0, "batch_size": 2}, introspection=False, apply=False)
    t.prepare()
    eng = t.engine
    assert eng.compiled
    eng.begin_epoch(torch.arange(len(t.data.train)))

    class Interrupted:
        interrupt = True

    # interrupted before it starts: one step (what a granted single step needs), as in Python
    assert eng.run(0, eng.steps, 0, 0.01, Interrupted(), 1e18)[0] == 1
    eng.interrupt()  # what the control's listener does from another thread
    opt = eng.optimizer
    flag_seen = eng._run(eng.xb, eng.yb, eng.zb, 0, eng.steps, [0.01] * eng.steps, 0, eng.flag,
                         eng.generator, eng.tensors, eng.params, eng.grads, opt.state)
    assert flag_seen == 1  # one step, then the raised flag ended the loop

"""Running a few steps of a network on the Dense engine and on the autograd engine."""
import numpy as np
import torch

from designer.training import Trainer, dense
from designer.training.dense import DenseEngine
from designer.training.engines import AutogradEngine


class Running:
    """A control that never interrupts."""
    interrupt = False


def weights_after(network, engine, steps=6, overrides=None):
    """(the prepared trainer, every layer's weights after `steps` steps of one epoch)."""
    t = Trainer(network, {"seed": 3, "batch_size": 8, **(overrides or {})}, engine=engine,
                introspection=False, apply=False, fresh=True)
    t.prepare()
    order = torch.randperm(len(t.data.train), generator=torch.Generator().manual_seed(1))
    t.engine.begin_epoch(order)
    t.engine.train_mode()
    i, gstep, bad = t.engine.run(0, min(steps, t.engine.steps), 0, t.schedule.lr, Running(),
                                 1e18)
    assert bad is None
    return t, {k: v.clone() for k, v in t.model.layer_state().items()}


def assert_same_on_both_engines(network, steps=6, **overrides):
    """The Dense engine (in the dialect dense.USE_SCRIPT asks for) ends where autograd ends;
    returns the Dense engine."""
    fast, a = weights_after(network, "dense", steps, overrides)
    slow, b = weights_after(network, "autograd", steps, overrides)
    assert isinstance(fast.engine, DenseEngine) and isinstance(slow.engine, AutogradEngine)
    assert fast.engine.compiled == dense.USE_SCRIPT
    for key in a:
        np.testing.assert_allclose(a[key].numpy(), b[key].numpy(), rtol=2e-5, atol=2e-6,
                                   err_msg=key)
    np.testing.assert_allclose(fast.engine.outputs.numpy(), slow.engine.outputs.numpy(),
                               rtol=2e-5, atol=2e-6)
    return fast.engine

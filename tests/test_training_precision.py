"""training.precision: bf16 (CPU and CUDA) and fp16 (CUDA, with a grad scaler) under autocast,
weights in fp32, on the autograd engine only; fp32 as before."""
import numpy as np
import pytest
import torch

from designer import serialization
from designer.network import Network
from designer.optimizers import make_optimizer
from designer.training import Trainer, TrainingError, trainer
from designer.training.dense import DenseEngine
from designer.training.engines import AutogradEngine
from designer.training.forward import GraphForward
from designer.training.precision import Precision
from designer.training.settings import TrainingSettings
from tests.engine_helpers import Running
from tests.helpers import chain
from tests.training_helpers import dense_net

CUDA = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU (torch sees "
                          "none here)")
# bf16 keeps 8 bits of mantissa: each forward value is rounded by up to 2^-9 (0.2%). Those
# errors mostly average out over a batch's loss: bf16 runs' epoch losses measured within 0.1%
# of fp32's here (the CNN), or within 0.2% of the first epoch's loss once the MLP's loss fell
# to 1/50 of it. 2% of the loss, or 1% of the first epoch's loss, still tells a bf16 run that
# learned alike from one that did not (these runs' losses fall by 20% and more).
LOSS_RTOL, LOSS_ATOL = 0.02, 0.01


def assert_close_losses(actual, desired):
    np.testing.assert_allclose(actual, desired, rtol=LOSS_RTOL, atol=LOSS_ATOL * desired[0])


def cnn(precision: str, epochs: int = 4, **training) -> Network:
    graph = chain(("Input", {"shape": [1, 8, 8]}),
                  ("Conv2D", {"filters": 8, "padding": "same", "activation": "relu"}),
                  ("Conv2D", {"filters": 8, "activation": "relu"}),
                  ("MaxPool2D", {"pool_size": 2}), ("Flatten", {}),
                  ("Dense", {"units": 10, "activation": "softmax"}))
    return Network(graph, "cnn", {"name": "digits"},
                   {"epochs": epochs, "batch_size": 64, "seed": 0, "precision": precision,
                    "validation_split": 0.2, **training})


def mlp(precision: str) -> Network:
    return dense_net(hidden=(("relu", 16), ("tanh", 8)), dataset={"name": "circle",
                                                                   "samples": 200},
                     training={"epochs": 15, "batch_size": 20, "seed": 0, "precision": precision,
                               "optimizer": {"name": "adam", "learning_rate": 0.01}})


def train(network, **options):
    t = Trainer(network, introspection=False, **options)
    records = list(t.run())
    return t, records


def losses(records) -> list[float]:
    return [r.loss for r in records if r.type == "epoch"]


@pytest.mark.parametrize("make", [cnn, mlp], ids=["cnn", "mlp"])
def test_bf16_learns_as_fp32_does_on_the_cpu(make):
    full, full_records = train(make("fp32"), device="cpu")
    half, half_records = train(make("bf16"), device="cpu")
    a, b = losses(full_records), losses(half_records)
    assert b[-1] < 0.8 * b[0]  # it learned
    assert_close_losses(b, a)
    assert half.result.reason == "completed"
    assert isinstance(half.engine, AutogradEngine) and half.engine.precision.mixed
    if make is mlp:  # fp32 keeps the dense engine for a dense chain; bf16 cannot use it
        assert isinstance(full.engine, DenseEngine)
    start = half_records[0]
    assert any(n.startswith("precision bf16: forward passes under autocast") for n in start.notes)
    assert not any("precision" in n for n in full_records[0].notes)
    assert (start.precision, full_records[0].precision) == ("bf16", "fp32")


def test_weights_gradients_and_optimizer_state_stay_fp32():
    net = cnn("bf16", epochs=1)
    t, _ = train(net, device="cpu")
    eng = t.engine
    assert {p.dtype for p in t.model.parameters()} == {torch.float32}
    assert {g.dtype for g in eng.grads} == {torch.float32}
    assert {s.dtype for lst in eng.optimizer.state for s in lst} == {torch.float32}
    assert eng.outputs.dtype == torch.float32 and eng.predict(t.data.val.x).dtype == torch.float32
    assert {w.dtype for w in net.weights.values()} == {np.dtype(np.float32)}
    seen = []  # what the convolutions compute in: bfloat16 under autocast
    t.model.layer_module("l1").core.register_forward_hook(lambda m, i, o: seen.append(o.dtype))
    eng.run(0, 1, 0, 0.01, Running(), 1e18)
    assert seen == [torch.bfloat16]


@pytest.mark.parametrize("precision", ["bf16", "fp32"])
def test_convolutions_run_channels_last_on_the_cpu_and_save_plainly(precision):
    t, _ = train(cnn(precision, epochs=1), device="cpu")
    conv = t.model.layer_module("l2").core.weight  # 8 input channels: the layouts differ
    assert conv.is_contiguous(memory_format=torch.channels_last) and not conv.is_contiguous()
    saved = t.trained_weights()["l2.core.weight"]
    assert saved.flags.c_contiguous
    np.testing.assert_array_equal(saved, conv.detach().numpy())
    dense, _ = train(mlp(precision), device="cpu")  # nothing to lay out
    assert all(p.is_contiguous() for p in dense.model.parameters())


def test_fp16_on_the_cpu_and_mixed_precision_on_the_dense_engine_are_refused():
    with pytest.raises(TrainingError, match="^precision fp16 needs a CUDA GPU; use bf16 on the "
                                            "CPU$"):
        Trainer(cnn("fp16"), device="cpu").prepare()
    with pytest.raises(TrainingError, match="dense engine computes in fp32 only; use precision "
                                            "fp32, or the autograd engine for bf16"):
        Trainer(mlp("bf16"), engine="dense").prepare()


def test_the_setting_round_trips_through_a_saved_file(tmp_path):
    path = serialization.save(mlp("bf16"), tmp_path / "net.nnd")
    loaded = serialization.load(path)
    assert TrainingSettings.from_dict(loaded.training).precision == "bf16"
    with pytest.raises(Exception, match="precision"):
        TrainingSettings.from_dict({"precision": "fp8"})


def _fp16_engine(init_scale: float):
    """An fp16 engine on the CPU (autocast takes float16 there too), past the trainer's
    refusal, to exercise the grad scaler without a GPU."""
    t = Trainer(cnn("fp32", epochs=1), device="cpu", engine="autograd", introspection=False,
                apply=False)
    t.prepare()
    precision = Precision("fp16", "cpu", t.model)
    precision.scaler = torch.amp.GradScaler("cpu", init_scale=init_scale)
    d = t.data
    eng = AutogradEngine(t.model, GraphForward(t.model, t.network.graph, t.head.replace),
                         t.metric, d.train.x, d.train.y, 64, d.out_width,
                         lambda params: make_optimizer(t.settings.optimizer, params), None,
                         None, precision)
    eng.begin_epoch(torch.arange(len(d.train)))
    eng.train_mode()
    return t, eng


def test_fp16_steps_whose_gradients_overflow_are_skipped_not_diverged():
    t, eng = _fp16_engine(init_scale=1e38)  # scaled gradients overflow float32
    before = {k: v.clone() for k, v in t.model.layer_state().items()}
    i, gstep, bad = eng.run(0, 3, 0, 0.01, Running(), 1e18)
    assert (i, gstep, bad) == (3, 3, None)  # the losses stayed finite: no divergence
    assert eng.skipped == 3 and eng.precision.scaler.get_scale() == pytest.approx(1e38 / 8)
    for key, value in t.model.layer_state().items():
        assert torch.equal(value, before[key]), key
    t, eng = _fp16_engine(init_scale=2.0 ** 10)
    eng.run(0, 3, 0, 0.01, Running(), 1e18)
    assert eng.skipped == 0
    assert not torch.equal(t.model.layer_state()["l1.core.weight"], before["l1.core.weight"])


def test_a_run_through_overflowing_fp16_steps_completes(monkeypatch):
    def fp16_on_the_cpu(t):
        precision = Precision("fp16", "cpu", t.model)
        precision.scaler = torch.amp.GradScaler("cpu", init_scale=2.0 ** 40)
        return precision

    monkeypatch.setattr(trainer, "run_precision", fp16_on_the_cpu)
    t, records = train(cnn("fp32", epochs=2), device="cpu", engine="autograd")
    assert t.result.reason == "completed" and 0 < t.engine.skipped < t.engine.steps
    assert losses(records)[-1] < losses(records)[0]


@CUDA
@pytest.mark.parametrize("precision", ["bf16", "fp16"])
def test_mixed_precision_on_cuda_learns_as_fp32_does(precision):
    a = losses(train(cnn("fp32"), device="cuda")[1])
    t, records = train(cnn(precision), device="cuda")
    assert_close_losses(losses(records), a)
    assert t.result.reason == "completed" and t.device.type == "cuda"
    assert {p.dtype for p in t.model.parameters()} == {torch.float32}
    assert (t.engine.precision.scaler is not None) == (precision == "fp16")

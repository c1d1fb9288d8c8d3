"""The Keras 3 code export, checked with the real Keras on its torch backend: for every example,
the all-layers zoo and a network of every option, the generated script builds a model whose
layer names are our ids, whose parameter count is ours, which compiles with the network's loss
and optimizer and, with the exported weights loaded, predicts what our model predicts."""
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

os.environ["KERAS_BACKEND"] = "torch"
keras = pytest.importorskip("keras")

from test_export import EXAMPLES, zoo  # noqa: E402

from designer.activations import ACTIVATIONS  # noqa: E402
from designer.build import build_model  # noqa: E402
from designer.export.keras_code import keras_code, write_keras  # noqa: E402
from designer.export.onnx_export import ExportError  # noqa: E402
from designer.graph import Layer, NetworkGraph  # noqa: E402
from designer.initializers import INITIALIZERS  # noqa: E402
from designer.losses import LOSSES  # noqa: E402
from designer.network import Network  # noqa: E402
from designer.optimizers import OPTIMIZERS  # noqa: E402
from designer.serialization import load  # noqa: E402
from designer.training.settings import TrainingSettings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LOSS_CLASSES = {"mse": "MeanSquaredError", "huber": "Huber",
                "binary_crossentropy": "BinaryCrossentropy",
                "categorical_crossentropy": "SparseCategoricalCrossentropy"}
OPTIMIZER_CLASSES = {"sgd": "SGD", "momentum": "SGD", "nesterov": "SGD", "adagrad": "Adagrad",
                     "adadelta": "Adadelta", "rmsprop": "RMSprop", "adam": "Adam",
                     "adamw": "AdamW", "adamax": "Adamax", "nadam": "Nadam"}


def variety() -> Network:
    """What the examples and the zoo leave out: two inputs and two outputs, a (C, L) sequence,
    non-square kernels and strides, uneven 'same' average pooling, image-to-image reshapes,
    concatenation along height and width, activations with options and PReLU on every rank,
    initializers with options, penalties, max-norm and frozen layers."""
    g = NetworkGraph()
    layers = [
        Layer.create("Input", "img", shape=[2, 7, 6]),
        Layer.create("Input", "seq", shape=[3, 10]),
        Layer.create("Conv2D", "conv", filters=3, kernel_size=[3, 2], strides=[2, 1],
                     padding="same", activation={"name": "elu", "alpha": 0.5},
                     init={"name": "random_normal", "stddev": 0.1},
                     bias_init={"name": "constant", "value": 0.1}, l1=0.01, l2=0.02,
                     max_norm=2.0, trainable=False),
        Layer.create("AvgPool2D", "avg", pool_size=[4, 3], strides=1, padding="same"),
        Layer.create("Activation", "pr", activation="prelu"),
        Layer.create("Reshape", "img-2", target_shape=[6, 4, -1]),
        Layer.create("Conv2D", "c2", filters=6, kernel_size=1, activation="prelu",
                     use_bias=False, init="he_normal"),
        Layer.create("Concatenate", "wcat", axis=2),
        Layer.create("Conv2D", "c3", filters=6, kernel_size=[2, 1], activation="selu",
                     init="lecun_normal"),
        Layer.create("Concatenate", "hcat", axis=-2),
        Layer.create("BatchNorm", "bn_img", momentum=0.9, epsilon=0.01, trainable=False),
        Layer.create("LayerNorm", "ln_img", epsilon=1e-5),
        Layer.create("GlobalMaxPool2D", "gmax"),
        Layer.create("Flatten", "flat_img"),
        Layer.create("BatchNorm", "bn_seq"),
        Layer.create("LayerNorm", "ln_seq"),
        Layer.create("Activation", "pr_seq", activation="prelu"),
        Layer.create("Activation", "sm_seq", activation="softmax"),
        Layer.create("Activation", "lrelu", activation={"name": "leaky_relu", "alpha": 0.05}),
        Layer.create("Flatten", "flat_seq"),
        Layer.create("Concatenate", "feat"),
        Layer.create("Dense", "d1", units=8, activation="prelu", use_bias=False,
                     init={"name": "orthogonal", "gain": 0.5}, dropout=0.1, l1=0.001,
                     max_norm=1.5),
        Layer.create("Dense", "d2", units=4, activation="hard_sigmoid", init="glorot_normal",
                     bias_init={"name": "random_uniform", "minval": -0.1, "maxval": 0.2}),
        Layer.create("Dense", "out_a", units=3, activation="softmax"),
        Layer.create("Reshape", "grid", target_shape=[1, 2, 2]),
    ]
    for layer in layers:
        g.add_layer(layer)
    for s, d in [("img", "conv"), ("conv", "avg"), ("avg", "pr"), ("pr", "img-2"),
                 ("conv", "c2"), ("img-2", "wcat"), ("c2", "wcat"), ("wcat", "c3"),
                 ("wcat", "hcat"), ("c3", "hcat"), ("hcat", "bn_img"), ("bn_img", "ln_img"),
                 ("ln_img", "gmax"), ("ln_img", "flat_img"), ("seq", "bn_seq"),
                 ("bn_seq", "ln_seq"), ("ln_seq", "pr_seq"), ("pr_seq", "sm_seq"),
                 ("sm_seq", "lrelu"), ("lrelu", "flat_seq"), ("flat_img", "feat"),
                 ("gmax", "feat"), ("flat_seq", "feat"), ("feat", "d1"), ("feat", "d2"),
                 ("d1", "out_a"), ("d2", "grid")]:
        g.connect(s, d)
    assert g.analysis.valid, g.analysis.problems
    training = {"loss": {"name": "huber", "delta": 2.0}, "clip_norm": 1.0,
                "optimizer": {"name": "nesterov", "learning_rate": 0.05, "momentum": 0.8},
                "schedule": "cosine", "early_stopping": True}
    return Network(g, name="variety", training=training)


def every_activation() -> Network:
    """One Dense layer per activation (and per activation option), each with another
    initializer, side by side."""
    g = NetworkGraph()
    g.add_layer(Layer.create("Input", "in", shape=[6]))
    g.add_layer(Layer.create("Concatenate", "all"))
    inits = INITIALIZERS.names()
    acts = ACTIVATIONS.names() + [{"name": "leaky_relu", "alpha": 0.1},
                                  {"name": "elu", "alpha": 0.3}]
    for k, act in enumerate(acts):
        layer_id = f"d{k}"
        g.add_layer(Layer.create("Dense", layer_id, units=3, activation=act,
                                 init=inits[k % len(inits)]))
        g.connect("in", layer_id)
        g.connect(layer_id, "all")
    assert g.analysis.valid, g.analysis.problems
    return Network(g, name="every activation")


def trained(network: Network, seed: int = 3) -> Network:
    """The network with random weights, and normalization and PReLU parameters that are not
    their starting values (so a wrong layout cannot pass)."""
    rng = np.random.default_rng(seed)
    state = {k: v.numpy().copy() for k, v in build_model(network.graph, seed=seed)
             .layer_state().items()}
    for key, value in state.items():
        if key.endswith("running_var"):
            state[key] = rng.uniform(0.5, 2.0, value.shape).astype(np.float32)
        elif not key.endswith(("core.weight", "core.bias", "num_batches_tracked")):
            state[key] = rng.uniform(-1.0, 1.0, value.shape).astype(np.float32)
    network.weights = state
    return network


def import_script(path: Path):
    spec = importlib.util.spec_from_file_location(f"exported_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def channels_last(x: np.ndarray) -> np.ndarray:
    return x.transpose(0, 2, 3, 1) if x.ndim == 4 else x


def check_export(network: Network, tmp_path: Path) -> float:
    """Export, build and load with Keras; returns the largest prediction difference."""
    result = write_keras(network, tmp_path / "net.py")
    assert result["weights"] == str(tmp_path / "net.weights.npz")
    script = import_script(Path(result["path"]))
    model = script.compile_model(script.build_model())
    script.load_weights(model)
    graph = network.graph
    assert model.count_params() == graph.analysis.total
    names = {layer.name for layer in model.layers}
    assert set(graph.ids) <= names
    assert all(any(n.startswith(f"{i}_") for i in graph.ids) for n in names - set(graph.ids))

    ours = build_model(graph, weights=network.weights).eval()
    g = torch.Generator().manual_seed(0)
    xs = [torch.randn(5, *graph.analysis.layers[i].output_shape, generator=g)
          for i in ours.input_ids]
    with torch.no_grad():
        want = ours(*xs)
    want = [want] if torch.is_tensor(want) else list(want)
    got = model([channels_last(x.numpy()) for x in xs] if len(xs) > 1
                else channels_last(xs[0].numpy()), training=False)
    got = [got] if torch.is_tensor(got) else list(got)
    diff = max(float(np.abs(channels_last(w.numpy()) - k.detach().numpy()).max())
               for w, k in zip(want, got, strict=True))
    assert diff < 1e-4

    settings = TrainingSettings.from_dict(network.training)
    assert type(model.optimizer).__name__ == OPTIMIZER_CLASSES[settings.optimizer["name"]]
    assert float(model.optimizer.learning_rate) == pytest.approx(settings.learning_rate)
    if settings.loss is not None:
        assert type(model.loss).__name__ == LOSS_CLASSES[settings.loss["name"]]
    return diff


NETWORKS = {"zoo": zoo, "variety": variety, "every_activation": every_activation,
            **{p.stem: (lambda p=p: load(p)) for p in EXAMPLES}}


@pytest.mark.parametrize("name", list(NETWORKS))
def test_keras_model_predicts_what_ours_does(name, tmp_path):
    check_export(trained(NETWORKS[name]()), tmp_path)


def test_options_reach_keras(tmp_path):
    script = import_script(Path(write_keras(variety(), tmp_path / "v.py")["path"]))
    model = script.compile_model(script.build_model())
    layer = model.get_layer
    conv = layer("conv")
    assert not conv.trainable and conv.kernel_constraint.max_value == 2.0
    assert conv.kernel_constraint.axis == [0, 1, 2]
    assert conv.kernel_regularizer.get_config() == pytest.approx({"l1": 0.01, "l2": 0.02})
    assert conv.bias_initializer.get_config()["value"] == 0.1
    assert type(layer("conv_elu")).__name__ == "ELU" and layer("conv_elu").alpha == 0.5
    assert layer("d1").kernel_constraint.axis == 0
    assert layer("d1_dropout").rate == 0.1
    assert layer("d2").kernel_initializer.get_config()["distribution"] == "untruncated_normal"
    assert layer("bn_img").momentum == 0.9 and not layer("bn_img").trainable
    assert tuple(layer("grid").output.shape) == (None, 2, 2, 1)
    assert model.optimizer.nesterov and model.optimizer.momentum == pytest.approx(0.8)
    assert model.optimizer.global_clipnorm == 1.0
    errors = torch.tensor([[0.5, -1.5, 3.0, -4.0]])  # below and beyond delta 2
    want = LOSSES.get("huber")(errors, torch.zeros(1, 4), delta=2.0)
    assert float(model.loss(np.zeros((1, 4), "float32"), errors.numpy())) == pytest.approx(
        float(want))


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_every_optimizer_compiles_with_our_settings(name, tmp_path):
    network = load(ROOT / "resources" / "examples" / "xor.json")
    config = {p.name: p.default * 0.9 for p in OPTIMIZERS.get(name).params}  # not Keras'

    network.training["optimizer"] = {"name": name, **config}
    network.training["clip_value"] = 0.5
    script = import_script(Path(write_keras(network, tmp_path / "o.py")["path"]))
    optimizer = script.compile_model(script.build_model()).optimizer
    assert type(optimizer).__name__ == OPTIMIZER_CLASSES[name]
    assert optimizer.clipvalue == 0.5
    assert getattr(optimizer, "nesterov", False) is (name == "nesterov")
    for key, value in config.items():
        assert float(getattr(optimizer, key)) == pytest.approx(value, rel=1e-6), key


@pytest.mark.parametrize("example, loss, from_logits, threshold", [
    ("xor", "BinaryCrossentropy", False, 0.5),
    ("small_cnn", "SparseCategoricalCrossentropy", False, None),
    ("sine_regression", "MeanSquaredError", None, None),
    ("linear_bce", "BinaryCrossentropy", True, 0.0)])
def test_loss_chosen_as_the_trainer_does(example, loss, from_logits, threshold, tmp_path):
    """Without a loss in the settings the trainer's choose_loss picks it from the data; an
    unbounded output is read as logits, as the trainer does, and its accuracy thresholds the
    logits at 0."""
    network = load(ROOT / "resources" / "examples" / f"{example}.json") \
        if example != "linear_bce" else linear_bce()
    network.training = {k: v for k, v in (network.training or {}).items() if k != "loss"}
    script = import_script(Path(write_keras(network, tmp_path / "n.py")["path"]))
    model = script.compile_model(script.build_model())
    assert type(model.loss).__name__ == loss
    if from_logits is not None:
        assert model.loss.get_config()["from_logits"] is from_logits
    shape = network.graph.analysis.layers[network.graph.ids[0]].output_shape
    x = channels_last(np.random.default_rng(0).normal(size=(2, *shape)).astype("float32"))
    model.test_on_batch(x, np.zeros((2, 1), "float32"))  # builds the compiled metrics
    metrics = [m for group in model.metrics[1:] for m in group.metrics]
    assert [m.threshold for m in metrics if hasattr(m, "threshold")] == \
        ([threshold] if threshold is not None else [])
    assert bool(metrics) is (threshold is not None or example == "small_cnn")


def linear_bce() -> Network:
    network = load(ROOT / "resources" / "examples" / "xor.json")
    network.graph.set_param("out", "activation", "linear")
    return network


def test_gaussian_nll_is_ours(tmp_path):
    network = load(ROOT / "resources" / "examples" / "sine_regression.json")
    network.training["loss"] = "gaussian_nll"
    script = import_script(Path(write_keras(trained(network), tmp_path / "g.py")["path"]))
    model = script.load_weights(script.compile_model(script.build_model()))
    y = torch.randn(6, 1)
    for out in (torch.randn(6, 1), torch.randn(6, 2)):  # fixed variance, learned log-variance
        want = LOSSES.get("gaussian_nll").per_sample(out, y, False)
        got = script.gaussian_nll(y.numpy(), out.numpy())
        torch.testing.assert_close(torch.as_tensor(got), want)
    x = torch.randn(6, 1)  # and Keras trains with it: the batch loss is our mean
    with torch.no_grad():
        want = LOSSES.get("gaussian_nll")(build_model(network.graph, weights=network.weights)
                                           .eval()(x), y)
    assert float(model.test_on_batch(x.numpy(), y.numpy())) == pytest.approx(float(want), 1e-5)


def test_untrained_network_has_no_weights_file(tmp_path):
    network = load(ROOT / "resources" / "examples" / "xor.json")
    assert write_keras(trained(network), tmp_path / "x.py")["weights"]
    network.weights = None  # an older export's weights would be loaded by the new script
    result = write_keras(network, tmp_path / "x.py")
    assert result["weights"] is None and sorted(os.listdir(tmp_path)) == ["x.py"]
    script = import_script(Path(result["path"]))
    assert script.build_model().name == "XOR"  # the class name of the network's title


def test_what_keras_cannot_express_is_refused_by_name():
    network = zoo()
    network.graph.set_param("keys", "init", "identity")
    with pytest.raises(ExportError, match="'keys'.*Identity"):
        keras_code(network)


def test_script_runs_on_its_own(tmp_path):
    """The __main__ block: build, compile, summary, load the weights beside it, predict."""
    result = write_keras(trained(zoo()), tmp_path / "zoo.py")
    env = {**os.environ, "KERAS_BACKEND": "torch"}
    out = subprocess.run([sys.executable, result["path"]], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert 'Model: "Zoo"' in out.stdout and "loaded the weights of zoo.weights.npz" in out.stdout
    assert "output shapes: [(1, 6)]" in out.stdout

"""The exported PyTorch script is the whole experiment: run as a real program (python, a
subprocess, no designer import), it starts from the app's initial weights, makes the app's data
and split, and trains to the app's losses; exported from a trained network it loads the weights
and computes our outputs. The settings matrix runs the script's own code in this process (its
main(), the same text) to keep the suite quick."""
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from designer.build import build_model
from designer.datasets import DATASETS
from designer.export.naming import class_name
from designer.export.pytorch_code import pytorch_code, write_pytorch
from designer.network import Network
from designer.serialization import load
from tests.helpers import chain
from tests.pytorch_export_helpers import (
    EXAMPLES,
    app_run,
    fashion_idx,
    main_here,
    printed_epochs,
    rel_close,
    run_script,
    script_namespace,
)
from tests.test_export import zoo
from tests.training_helpers import dense_net


# -- training as the app trains ---------------------------------------------------------------
@pytest.mark.parametrize("example", ["xor", "mlp_dropout_digits"])
def test_the_script_trains_to_the_apps_loss(example, tmp_path):
    network = load(EXAMPLES / f"{example}.json")
    script = Path(write_pytorch(network, tmp_path / f"{example}.py")["path"])
    out = run_script(script)
    # torch and numpy, and scikit-learn where the dataset comes from it
    assert f"imported: {['sklearn'] if 'digits' in example else []}" in out
    rows = printed_epochs(out)
    app = app_run(load(EXAMPLES / f"{example}.json"))
    assert len(rows) == len(app.epochs) == network.training["epochs"]
    for ours, theirs in zip(app.epochs, rows, strict=True):  # the same trajectory, epoch by epoch
        assert rel_close(ours.loss, theirs["loss"], 1e-3), (ours.epoch, ours, theirs)
        if ours.value("val_loss") is not None:
            assert rel_close(ours.value("val_loss"), theirs["val_loss"], 1e-3)
    final_app, final_script = app.result.value("train_loss"), rows[-1]["loss"]
    print(f"\n{example}: final training loss, app {final_app:.6g}, script {final_script:.6g}")
    assert rel_close(final_app, final_script, 0.01)
    assert rows[-1]["accuracy"] == pytest.approx(app.result.value("train_accuracy"), abs=1e-4)


def _settings_cases():
    base = {"seed": 3, "batch_size": 8, "epochs": 4}
    adam = {"name": "adam", "learning_rate": 0.05}
    cases = {f"optimizer {name}": dense_net(training={**base, "optimizer": {
        "name": name, "learning_rate": 0.05}}) for name in (
        "sgd", "momentum", "nesterov", "adagrad", "adadelta", "rmsprop", "adam", "adamw",
        "adamax", "nadam")}
    for schedule in ({"name": "step", "milestones": [0.25, 0.5]},
                     {"name": "cosine", "warmup_epochs": 1.5}, {"name": "one_cycle"},
                     {"name": "exponential", "decay_rate": 0.5, "staircase": True},
                     {"name": "power"}, {"name": "piecewise", "boundaries": [2],
                                         "values": [0.05, 0.01]},
                     {"name": "reduce_on_plateau", "patience": 0, "monitor": "loss",
                      "min_delta": 0.5}):
        cases[f"schedule {schedule['name']}"] = dense_net(
            training={**base, "optimizer": adam, "schedule": schedule})
    cases["l1 l2 max-norm clipping"] = dense_net(
        training={**base, "clip_norm": 0.1, "clip_value": 0.05}, l1=0.01, l2=0.02,
        max_norm=0.5)
    cases["early stopping, validation split"] = dense_net(training={
        **base, "epochs": 6, "validation_split": 0.3,
        "early_stopping": {"patience": 0, "min_delta": 0.5}})
    cases["mse on classes, test split"] = dense_net(training={
        **base, "loss": "mse", "validation_split": 0.2, "test_split": 0.2})
    cases["binary cross-entropy, a unit per class"] = dense_net(
        out_units=2, training={**base, "loss": "binary_crossentropy"})
    cases["softmax, dropout (Dense engine)"] = dense_net(
        out_units=2, out_act="softmax", dropout=0.3, training={**base, "validation_split": 0.2})
    sine = {"name": "sine", "samples": 50}
    cases["huber"] = dense_net(inputs=1, out_act="linear", dataset=sine,
                               training={**base, "loss": {"name": "huber", "delta": 0.5}})
    cases["gaussian_nll, learned variance"] = dense_net(
        inputs=1, out_units=2, out_act="linear", dataset=sine,
        training={**base, "loss": "gaussian_nll"})
    circle = {"name": "circle", "samples": 60}
    cases["BatchNorm, frozen Dense, PReLU, dropout (autograd)"] = Network(chain(
        ("Input", {"shape": [2]}),
        ("Dense", {"units": 8, "activation": "relu", "trainable": False}), ("BatchNorm", {}),
        ("Dense", {"units": 6, "activation": "prelu", "init": "orthogonal",
                   "bias_init": {"name": "constant", "value": 0.1}}),
        ("Dropout", {"rate": 0.2}),
        ("Dense", {"units": 1, "activation": "sigmoid", "init": "truncated_normal"})),
        "t", circle, {**base, "validation_split": 0.25})
    cases["frozen BatchNorm, softmax read as probabilities"] = Network(chain(
        ("Input", {"shape": [2]}), ("Dense", {"units": 8, "activation": "relu"}),
        ("BatchNorm", {"trainable": False}), ("Dense", {"units": 2, "activation": "softmax"}),
        ("Dropout", {"rate": 0.2})), "t", circle, {**base, "validation_split": 0.25})
    cases["a softmax Activation layer read as logits"] = Network(chain(
        ("Input", {"shape": [2]}), ("Dense", {"units": 2}),
        ("Activation", {"activation": "softmax"})), "t", circle, base)
    cases["binary cross-entropy on a hard sigmoid"] = Network(chain(
        ("Input", {"shape": [2]}), ("Dense", {"units": 8, "activation": "sigmoid"}),
        ("Dense", {"units": 1, "activation": "hard_sigmoid"})), "t", circle, base)
    return cases


SETTINGS = _settings_cases()


@pytest.mark.parametrize("name", list(SETTINGS))
def test_every_training_setting_is_reproduced(name):
    network = SETTINGS[name]
    app = app_run(network)
    out = main_here(network)
    rows = printed_epochs(out)
    assert len(rows) == len(app.epochs)  # early stopping stops at the same epoch
    for ours, theirs in zip(app.epochs, rows, strict=True):
        for key, value in ours.to_dict().items():
            if key in ("loss", "val_loss", "accuracy", "val_accuracy", "mae", "r2", "lr") \
                    and value is not None:
                assert rel_close(value, theirs[key], 1e-4), (key, ours, theirs)
    if app.result.test:
        test = dict(re.findall(r"(\w+) (\S+)", out.split("test: ")[1]))
        assert rel_close(app.result.test["loss"], float(test["loss"]), 1e-4)


# -- initial weights ----------------------------------------------------------------------------
def _initializers() -> Network:
    layers = [("Input", {"shape": [1, 6, 6]}),
              ("Conv2D", {"filters": 3, "kernel_size": 3, "init": "identity",
                          "bias_init": {"name": "random_uniform", "minval": -1, "maxval": 2}}),
              ("Conv2D", {"filters": 4, "kernel_size": 2, "padding": "same",
                          "init": "lecun_normal", "use_bias": False}),
              ("Flatten", {})]
    for k, init in enumerate(("glorot_normal", "he_uniform", "lecun_uniform", "orthogonal",
                              {"name": "random_normal", "mean": 0.5, "stddev": 2.0},
                              {"name": "truncated_normal", "stddev": 0.3}, "identity", "ones")):
        layers.append(("Dense", {"units": 9 - k % 3, "init": init, "bias_init":
                                 "he_normal" if k == 1 else "zeros"}))
    return Network(chain(*layers), "initializers")


@pytest.mark.parametrize("network", [zoo(), _initializers()] +
                         [load(p) for p in sorted(EXAMPLES.glob("*.json"))],
                         ids=lambda n: n.name)
def test_initial_weights_are_the_apps_bit_for_bit(network):
    namespace = script_namespace(network)
    model = namespace[class_name(network)]()
    namespace["init_weights"](model, 11)
    theirs, ours = model.layer_state(), build_model(network.graph, seed=11).layer_state()
    assert theirs.keys() == ours.keys()
    for key in ours:
        assert torch.equal(theirs[key], ours[key]), key


def test_an_untrained_export_saves_the_apps_initial_weights(tmp_path):
    from safetensors.numpy import load_file

    script = Path(write_pytorch(load(EXAMPLES / "xor.json"), tmp_path / "xor.py")["path"])
    run_script(script, "--seed", "7", "--epochs", "0", "--save", "init.safetensors")
    saved = load_file(tmp_path / "init.safetensors")  # the safetensors package reads it
    ours = build_model(load(EXAMPLES / "xor.json").graph, seed=7).layer_state()
    assert saved.keys() == ours.keys()
    for key, value in ours.items():
        assert np.array_equal(saved[key], value.numpy()), key


# -- trained weights ----------------------------------------------------------------------------
def _trained_zoo() -> Network:
    network = zoo()
    model = build_model(network.graph, seed=5)
    with torch.no_grad():  # non-trivial statistics and slopes
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.running_mean.uniform_(-1, 1)
                m.running_var.uniform_(0.5, 2)
            if isinstance(m, torch.nn.PReLU):
                m.weight.uniform_(0, 0.5)
    network.weights = {k: v.numpy().copy() for k, v in model.layer_state().items()}
    return network


def test_a_trained_export_loads_the_weights_and_computes_our_outputs(tmp_path):
    xor = load(EXAMPLES / "xor.json")
    app_run(xor)  # the weights land in the network, as after training in the app
    cases = [("xor", xor, np.random.default_rng(0).uniform(-1, 2, (16, 2))),
             ("zoo", _trained_zoo(), np.random.default_rng(1).normal(size=(8, 50)))]
    for name, network, x in cases:
        result = write_pytorch(network, tmp_path / f"{name}.py")
        assert Path(result["weights"]).name == f"{name}.safetensors"
        np.save(tmp_path / "x.npy", x.astype(np.float32))
        given = ["--weights"] if name == "xor" else []  # the zoo's script takes it alone
        run_script(Path(result["path"]), *given, result["weights"], "--predict", "x.npy", "y.npy")
        model = build_model(network.graph, weights=network.weights).eval()
        with torch.no_grad():
            ours = model(torch.as_tensor(x, dtype=torch.float32)).numpy()
        theirs = np.load(tmp_path / "y.npy")
        diff = float(np.abs(theirs - ours).max())
        print(f"\n{name}: max |script - ours| = {diff:.3g}")
        assert theirs.shape == ours.shape and diff <= 1e-6
    out = run_script(tmp_path / "xor.py", "--weights", "xor.safetensors")  # evaluates them
    assert "output shape: (1, 1)" in out and "epoch" not in out
    train = dict(re.findall(r"(\w+) (\S+)", out.split("train: ")[1].splitlines()[0]))
    assert float(train["accuracy"]) == 1.0


# -- what the script says and holds -----------------------------------------------------------
def test_the_script_reads_as_the_experiment():
    text = pytorch_code(load(EXAMPLES / "spiral_playground.json"))
    for needle in ("class SpiralPlayground(nn.Module):", "def init_weights(model, seed=SEED):",
                   "def make_data(seed=SEED):", "def train(model, data, epochs=EPOCHS",
                   "EPOCHS = 1000  # Passes over the training data.", "MILESTONES = [0.5, 0.75]",
                   "SAMPLES = 500", "NOISE = 0.1", "VALIDATION_SPLIT = 0.5",
                   "torch.optim.Adam(", "--epochs 5"):
        assert needle in text, needle
    assert "designer" not in text.replace("Network Designer", "")
    for path in sorted(EXAMPLES.glob("*.json")):  # readable: lines of at most 100 characters
        assert max(len(line) for line in pytorch_code(load(path)).splitlines()) <= 100


def test_idx_files_that_are_not_there_are_named(tmp_path):
    network = load(EXAMPLES / "keras_template.json")
    network.dataset = {"name": "fashion_mnist", "path": str(tmp_path / "nowhere")}
    assert "read from its IDX files (not made by code)" in pytorch_code(network)
    with pytest.raises(SystemExit, match="the IDX files are not in .*nowhere"):
        main_here(network, "--epochs", "1")


def test_a_network_named_like_a_setting_gets_its_own_class_name():
    network = load(EXAMPLES / "xor.json")
    network.name = "SEED"
    namespace = script_namespace(network)
    assert namespace["SEED"] == 0 and "SEEDNetwork" in namespace


def test_a_network_the_script_cannot_train_is_exported_alone(tmp_path):
    text = pytorch_code(zoo())
    assert "It holds the network alone: the network has no dataset" in text
    assert "def train(" not in text
    lost = Network(chain(("Input", {"shape": [2]}), ("Dense", {"units": 1})), "lost",
                   {"csv": str(tmp_path / "gone.csv"), "target": "y"})
    text = pytorch_code(lost)
    assert "It holds the network alone:" in text and "gone.csv" in text
    assert "def init_weights(" in text


# Runs each script as `python script.py --epochs 2` would, in one interpreter (torch is
# imported once): a script that fails raises, and the run exits non-zero.
EVERY = """import runpy, sys
for script in sys.argv[1:]:
    sys.argv = [script, "--epochs", "2"]
    print("== " + script, flush=True)
    runpy.run_path(script, run_name="__main__")
"""


@pytest.mark.slow
def test_every_example_script_trains(tmp_path):
    scripts = []
    for path in sorted(EXAMPLES.glob("*.json")):
        network = load(path)
        if DATASETS.get(network.dataset["name"]).takes_path:  # IDX files: made up here
            network.dataset = {"name": network.dataset["name"],
                               "path": str(fashion_idx(tmp_path / "idx"))}
        scripts.append(write_pytorch(network, tmp_path / f"{path.stem}.py")["path"])
    out = subprocess.run([sys.executable, "-c", EVERY, *scripts], capture_output=True,
                         text=True, cwd=tmp_path, timeout=600)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
    runs = out.stdout.split("== ")[1:]
    assert len(runs) == len(scripts)
    for run in runs:
        rows = printed_epochs(run)
        assert len(rows) == 2 and all(np.isfinite(r["loss"]) for r in rows), run

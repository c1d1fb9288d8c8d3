"""The exported PyTorch script is the whole experiment: run as a real program (python, a
subprocess, no designer import), it starts from the app's initial weights, makes the app's data
and split, and trains to the app's losses; exported from a trained network it loads the weights
and computes our outputs. The settings matrix runs the script's own code in this process (its
main(), the same text) to keep the suite quick."""
import contextlib
import gzip
import io
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from designer.build import build_model
from designer.datasets import DATASETS, load_dataset
from designer.export.naming import class_name
from designer.export.pytorch_code import pytorch_code, write_pytorch
from designer.export.pytorch_data_code import dataset_code
from designer.network import Network
from designer.serialization import load
from designer.training import Trainer
from designer.training.data import prepare
from designer.training.settings import TrainingSettings
from tests.helpers import chain
from tests.test_export import zoo
from tests.training_helpers import dense_net

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
# Runs a script as `python script.py ARGS`, then names the packages beyond torch and numpy
# that it imported: the script must stand alone.
STANDALONE = """import runpy, sys
script = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(script, run_name="__main__")
print("imported:", sorted({m.split(".")[0] for m in sys.modules}
                           & {"designer", "widgets", "safetensors", "sklearn"}))
"""


def _run(script: Path, *args: str) -> str:
    out = subprocess.run([sys.executable, "-c", STANDALONE, str(script), *args],
                         capture_output=True, text=True, cwd=script.parent, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def _epochs(stdout: str) -> list[dict]:
    """The numbers of each 'epoch k/n  loss ...' line."""
    rows = []
    for line in stdout.splitlines():
        if line.startswith("epoch "):
            rows.append({k: float(v) for k, v in re.findall(r"(\w+) (-?[\d.e+-]+)(?=\s|$)",
                                                               line.split("/", 1)[1])})
    return rows


def _app(network, **overrides) -> Trainer:
    """Train headless as `main.py train` does."""
    trainer = Trainer(network, overrides, introspection=False)
    for _ in trainer.run():
        pass
    return trainer


def _close(a: float, b: float, rel: float) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b))


def _namespace(network) -> dict:
    namespace = {"__name__": "exported"}
    exec(compile(pytorch_code(network), "exported.py", "exec"), namespace)
    return namespace


def _main_here(network, *args: str) -> str:
    """The script's main() in this process; its printing, with torch's state put back."""
    main = _namespace(network)["main"]
    threads, out = torch.get_num_threads(), io.StringIO()
    try:
        with torch.random.fork_rng(), contextlib.redirect_stdout(out):
            main(list(args))
    finally:
        torch.set_num_threads(threads)
    return out.getvalue()


# -- training as the app trains ---------------------------------------------------------------
@pytest.mark.parametrize("example", ["xor", "mlp_dropout_digits"])
def test_the_script_trains_to_the_apps_loss(example, tmp_path):
    network = load(EXAMPLES / f"{example}.json")
    script = Path(write_pytorch(network, tmp_path / f"{example}.py")["path"])
    out = _run(script)
    # torch and numpy, and scikit-learn where the dataset comes from it
    assert f"imported: {['sklearn'] if 'digits' in example else []}" in out
    rows = _epochs(out)
    app = _app(load(EXAMPLES / f"{example}.json"))
    assert len(rows) == len(app.epochs) == network.training["epochs"]
    for ours, theirs in zip(app.epochs, rows):  # the same trajectory, epoch by epoch
        assert _close(ours["loss"], theirs["loss"], 1e-3), (ours["epoch"], ours, theirs)
        if ours["val_loss"] is not None:
            assert _close(ours["val_loss"], theirs["val_loss"], 1e-3)
    final_app, final_script = app.result["train_loss"], rows[-1]["loss"]
    print(f"\n{example}: final training loss, app {final_app:.6g}, script {final_script:.6g}")
    assert _close(final_app, final_script, 0.01)
    assert rows[-1]["accuracy"] == pytest.approx(app.result["train_accuracy"], abs=1e-4)


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
    app = _app(network)
    out = _main_here(network)
    rows = _epochs(out)
    assert len(rows) == len(app.epochs)  # early stopping stops at the same epoch
    for ours, theirs in zip(app.epochs, rows):
        for key, value in ours.items():
            if key in ("loss", "val_loss", "accuracy", "val_accuracy", "mae", "r2", "lr") \
                    and value is not None:
                assert _close(value, theirs[key], 1e-4), (key, ours, theirs)
    if app.result["test"]:
        test = dict(re.findall(r"(\w+) (\S+)", out.split("test: ")[1]))
        assert _close(app.result["test"]["loss"], float(test["loss"]), 1e-4)


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
    namespace = _namespace(network)
    model = namespace[class_name(network)]()
    namespace["init_weights"](model, 11)
    theirs, ours = model.layer_state(), build_model(network.graph, seed=11).layer_state()
    assert theirs.keys() == ours.keys()
    for key in ours:
        assert torch.equal(theirs[key], ours[key]), key


def test_an_untrained_export_saves_the_apps_initial_weights(tmp_path):
    from safetensors.numpy import load_file

    script = Path(write_pytorch(load(EXAMPLES / "xor.json"), tmp_path / "xor.py")["path"])
    _run(script, "--seed", "7", "--epochs", "0", "--save", "init.safetensors")
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
    _app(xor)  # the weights land in the network, as after training in the app
    cases = [("xor", xor, np.random.default_rng(0).uniform(-1, 2, (16, 2))),
             ("zoo", _trained_zoo(), np.random.default_rng(1).normal(size=(8, 50)))]
    for name, network, x in cases:
        result = write_pytorch(network, tmp_path / f"{name}.py")
        assert Path(result["weights"]).name == f"{name}.safetensors"
        np.save(tmp_path / "x.npy", x.astype(np.float32))
        given = ["--weights"] if name == "xor" else []  # the zoo's script takes it alone
        _run(Path(result["path"]), *given, result["weights"], "--predict", "x.npy", "y.npy")
        model = build_model(network.graph, weights=network.weights).eval()
        with torch.no_grad():
            ours = model(torch.as_tensor(x, dtype=torch.float32)).numpy()
        theirs = np.load(tmp_path / "y.npy")
        diff = float(np.abs(theirs - ours).max())
        print(f"\n{name}: max |script - ours| = {diff:.3g}")
        assert theirs.shape == ours.shape and diff <= 1e-6
    out = _run(tmp_path / "xor.py", "--weights", "xor.safetensors")  # evaluates them
    assert "output shape: (1, 1)" in out and "epoch" not in out
    train = dict(re.findall(r"(\w+) (\S+)", out.split("train: ")[1].splitlines()[0]))
    assert float(train["accuracy"]) == 1.0


# -- data -----------------------------------------------------------------------------------
def _prepared(network):
    settings = TrainingSettings.from_dict(network.training)
    model = build_model(network.graph, seed=settings.seed)
    return prepare(network, model, settings, torch.device("cpu"), settings.seed)


def _assert_same_splits(saved, data) -> None:
    for name, split in (("train", data.train), ("validation", data.val), ("test", data.test)):
        if split is None:
            assert f"x_{name}" not in saved
            continue
        assert np.array_equal(saved[f"x_{name}"], split.x.numpy()), name
        assert np.array_equal(saved[f"y_{name}"], split.y.numpy()), name
        assert saved[f"y_{name}"].dtype == split.y.numpy().dtype


TABLES = {  # text, numbers, a missing value (left out), classes named by text or by number
    "text target": ("size,color,weight,label\n1.5,red,3,cat\n2.0,blue,4,dog\nNA,red,5,cat\n"
                    "3.1,green,2,bird\n0.5,red,7,dog\n2.2,blue,1,cat\n1.1,green,9,bird\n"
                    "4.0,red,3,dog\n2.5,blue,6,cat\n", "label", 3),
    "number classes": ("a;kind;b;grade\n1;x;2.5;10\n2;y;1.5;9\n3;x;0.5;2\n4;z;3.5;10\n5;y;2.0;2\n"
                       "6;x;1.0;9\n7;z;4.0;2\n", "grade", 3),
    "regression": ("a,kind,b,value\n1,x,2.5,0.3\n2,y,1.5,1.7\n3,x,0.5,2.25\n4,z,3.5,-1.5\n"
                   "5,y,2.0,0.0\n6,x,1.0,0.75\n", "value", 1),
}


@pytest.mark.parametrize("table", list(TABLES))
def test_a_csv_export_makes_the_apps_arrays(table, tmp_path):
    text, target, outputs = TABLES[table]
    (tmp_path / "table.csv").write_text(text)
    head = [("Input", {"shape": [5]}), ("Dense", {"units": 4, "activation": "tanh"})]
    out_layer = ("Dense", {"units": outputs, "activation": "softmax" if outputs > 1
                           else "linear"})
    network = Network(chain(*head, out_layer), "table net",
                      {"csv": "table.csv", "target": target, "skip_bad_rows": True},
                      {"seed": 2, "epochs": 2, "batch_size": 2, "validation_split": 0.3},
                      source=tmp_path / "table.json")
    if table == "text target":  # a real run; the other tables run the same text here
        script = Path(write_pytorch(network, tmp_path / "table.py")["path"])
        out = _run(script, "--save-data", "data.npz")
    else:
        out = _main_here(network, "--save-data", str(tmp_path / "data.npz"))
    _assert_same_splits(np.load(tmp_path / "data.npz"), _prepared(network))
    app = _app(network)
    for ours, theirs in zip(app.epochs, _epochs(out)):
        assert _close(ours["loss"], theirs["loss"], 1e-4)
    if table == "text target":
        assert "left out 1 bad row" in out


def test_an_npz_export_reads_the_arrays_and_their_test_set(tmp_path):
    rng = np.random.default_rng(3)
    y = rng.integers(0, 3, 40)
    np.savez(tmp_path / "arrays.npz", x=rng.normal(size=(40, 2, 2)), y=np.eye(3)[y],
             x_test=rng.normal(size=(9, 2, 2)), y_test=np.eye(3)[rng.integers(0, 3, 9)])
    network = Network(chain(("Input", {"shape": [4]}), ("Dense", {"units": 3,
                                                                   "activation": "softmax"})),
                      "npz", {"npz": str(tmp_path / "arrays.npz")},
                      {"seed": 4, "epochs": 1, "validation_split": 0.25})
    _main_here(network, "--save-data", str(tmp_path / "data.npz"))
    _assert_same_splits(np.load(tmp_path / "data.npz"), _prepared(network))


@pytest.mark.parametrize("name", [n for n in DATASETS if not DATASETS.get(n).takes_path])
def test_every_built_in_dataset_is_made_by_the_apps_code(name):
    options = {p.name: v for p, v in zip(DATASETS.get(name).params, (37, 0.2, 4))}
    spec = {"name": name, **options}
    constants, functions = dataset_code(SimpleNamespace(spec=spec, base_dir=None))
    namespace = {}
    exec("import numpy as np\n" + "\n".join(constants) + functions, namespace)
    x, y, test = namespace["load_dataset"]()
    ours = load_dataset(spec)
    assert test is None and x.dtype == np.float32 and np.array_equal(x, ours.x)
    y = y.astype(ours.y.dtype).reshape(ours.y.shape)
    assert np.array_equal(y, ours.y)


def _write_idx(path: Path, array: np.ndarray) -> None:
    head = bytes([0, 0, 0x08, array.ndim]) + b"".join(int(d).to_bytes(4, "big")
                                                         for d in array.shape)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wb") as f:
        f.write(head + array.astype(np.uint8).tobytes())


def _fashion(folder: Path) -> Path:
    """Small IDX files in Fashion-MNIST's layout (images gzipped, labels not)."""
    rng = np.random.default_rng(0)
    folder.mkdir()
    for prefix, n in (("train", 80), ("t10k", 20)):
        _write_idx(folder / f"{prefix}-images-idx3-ubyte.gz", rng.integers(0, 256, (n, 28, 28)))
        _write_idx(folder / f"{prefix}-labels-idx1-ubyte", rng.integers(0, 10, n))
    return folder


def test_an_idx_export_reads_the_files_and_trains_like_the_app(tmp_path):
    network = load(EXAMPLES / "keras_template.json")
    network.dataset = {"name": "fashion_mnist", "path": str(_fashion(tmp_path / "fashion")),
                       "samples": 70}
    network.training["epochs"] = 2
    script = Path(write_pytorch(network, tmp_path / "keras_template.py")["path"])
    out = _run(script, "--save-data", "data.npz")
    _assert_same_splits(np.load(tmp_path / "data.npz"), _prepared(network))
    app = _app(network)
    rows = _epochs(out)
    assert len(rows) == 2
    for ours, theirs in zip(app.epochs, rows):
        assert _close(ours["loss"], theirs["loss"], 1e-4)
        assert _close(ours["val_loss"], theirs["val_loss"], 1e-4)
    test = dict(re.findall(r"(\w+) (\S+)", out.split("test: ")[1]))
    assert _close(app.result["test"]["loss"], float(test["loss"]), 1e-4)


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
        _main_here(network, "--epochs", "1")


def test_a_network_named_like_a_setting_gets_its_own_class_name():
    network = load(EXAMPLES / "xor.json")
    network.name = "SEED"
    namespace = _namespace(network)
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
                               "path": str(_fashion(tmp_path / "idx"))}
        scripts.append(write_pytorch(network, tmp_path / f"{path.stem}.py")["path"])
    out = subprocess.run([sys.executable, "-c", EVERY, *scripts], capture_output=True,
                         text=True, cwd=tmp_path, timeout=600)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
    runs = out.stdout.split("== ")[1:]
    assert len(runs) == len(scripts)
    for run in runs:
        rows = _epochs(run)
        assert len(rows) == 2 and all(np.isfinite(r["loss"]) for r in rows), run

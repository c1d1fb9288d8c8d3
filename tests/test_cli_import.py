"""`main.py import` as a practitioner uses it: a Keras model in, then predict, export and
train on at once, with the weights it came with."""
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from designer.serialization import load, save

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    env = {**os.environ, "KERAS_BACKEND": "torch"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


@pytest.fixture(scope="module")
def keras_xor(tmp_path_factory):
    """An XOR model trained by Keras itself, saved as .keras, and its own predictions."""
    folder = tmp_path_factory.mktemp("keras")
    code = f"""
import os, numpy as np
os.environ["KERAS_BACKEND"] = "torch"
import keras
keras.utils.set_random_seed(0)
x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], "float32")
y = np.array([0, 1, 1, 0], "float32")
model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(8, activation="tanh"),
                          keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="binary_crossentropy")
model.fit(x, y, epochs=200, batch_size=4, verbose=0)
model.save({str(folder / "xor.keras")!r})
np.save({str(folder / "x.npy")!r}, x)
np.save({str(folder / "keras_y.npy")!r}, keras.ops.convert_to_numpy(model(x, training=False)))
"""
    os.environ.setdefault("KERAS_BACKEND", "torch")
    pytest.importorskip("keras")  # a test-only dependency
    subprocess.run([sys.executable, "-W", "ignore", "-c", code], check=True, timeout=120)
    return folder


def test_import_then_predict_export_and_train_on(keras_xor, tmp_path):
    out = run("import", keras_xor / "xor.keras", "-o", tmp_path / "xor.nnd")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.splitlines()[-1])
    assert result["weights"] and result["parameters"] == 2 * 8 + 8 + 8 + 1
    assert result["training"]["optimizer"]["name"] == "adam"

    assert run("predict", tmp_path / "xor.nnd", "--input", keras_xor / "x.npy", "--output",
               tmp_path / "y.npy").returncode == 0
    ours, theirs = np.load(tmp_path / "y.npy"), np.load(keras_xor / "keras_y.npy")
    assert np.abs(ours.reshape(-1) - theirs.reshape(-1)).max() < 1e-5

    exported = run("export", tmp_path / "xor.nnd", "-o", tmp_path / "xor.onnx")
    assert exported.returncode == 0 and json.loads(exported.stdout)["max_abs_diff"] < 1e-5

    network = load(tmp_path / "xor.nnd")  # the user picks a dataset, then trains on
    assert network.extra["imported_from"]["format"] == "Keras"
    network.dataset = {"name": "xor"}
    save(network, tmp_path / "xor_data.nnd")
    trained = run("train", tmp_path / "xor_data.nnd", "--epochs", "3", "--quiet")
    assert trained.returncode == 0, trained.stderr
    assert "continued from the saved weights" in trained.stderr
    assert json.loads(trained.stdout.splitlines()[-1])["train_accuracy"] == 1.0

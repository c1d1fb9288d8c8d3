"""Shared by the Keras import tests: Keras 3 models with non-trivial weights, saved in each
form Keras writes, and how far our imported network's predictions are from Keras'."""
import os

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402

from designer.build import build_model  # noqa: E402
from designer.interop.keras_files import load_keras  # noqa: E402

keras = pytest.importorskip("keras")
layers = keras.layers

DATA = os.path.join(os.path.dirname(__file__), "data", "keras")
TOLERANCE = 1e-4


# -- helpers --------------------------------------------------------------------------------
def randomize(model, seed=0, scale=0.4):
    """Non-trivial weights: random kernels, biases and slopes, BatchNorm statistics far from
    their 0/1 start."""
    rng = np.random.default_rng(seed)
    values = []
    for w in model.weights:
        shape = tuple(w.shape)
        if w.path.endswith("moving_variance"):
            v = rng.uniform(0.5, 2.0, shape)
        elif w.path.endswith("moving_mean"):
            v = rng.normal(0.0, 0.5, shape)
        else:
            v = rng.normal(0.0, scale, shape)
        values.append(v.astype("float32"))
    model.set_weights(values)
    return model


def keras_weights(model) -> dict:
    return {la.name: [np.asarray(w) for w in la.get_weights()] for la in model.layers}


def sample(model, seed=1) -> np.ndarray:
    shape = tuple(model.inputs[0].shape[1:])
    return np.random.default_rng(seed).normal(size=(5, *shape)).astype("float32")


def ours_predict(network, x: np.ndarray) -> np.ndarray:
    model = build_model(network.graph, weights=network.weights).eval()
    if x.ndim == 4:  # Keras (N, H, W, C) -> ours (N, C, H, W)
        x = x.transpose(0, 3, 1, 2)
    with torch.no_grad():
        return model(torch.as_tensor(np.ascontiguousarray(x))).numpy()


def max_diff(model, network, label: str) -> float:
    x = sample(model)
    expected = keras.ops.convert_to_numpy(model(x, training=False))
    diff = float(np.abs(ours_predict(network, x) - expected).max())
    print(f"\n{label}: largest difference {diff:.2e} (outputs up to "
          f"{np.abs(expected).max():.2f})")
    assert diff < TOLERANCE, label
    return diff


def saved(model, tmp_path, form: str):
    """The model written as Keras writes it: 'keras', 'h5' or 'json'."""
    path = tmp_path / f"{model.name}.{form}"
    if form == "json":
        path.write_text(model.to_json())
    else:
        model.save(path)
    return path


def imported(model, tmp_path, form: str):
    network = load_keras(saved(model, tmp_path, form))
    assert network.graph.analysis.total == model.count_params()
    if form == "json":
        assert not network.weights  # a config alone imports untrained
    return network


FORMS = ["keras", "h5", "json"]

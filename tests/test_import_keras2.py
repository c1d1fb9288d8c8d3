"""Keras 2's forms imported with their weights: hand-written fixtures (tests/data/keras) of
model.to_json() from TF 2, Keras 2.13 and Keras 2.0, and a .h5 written with h5py in Keras 2's
layout, each checked against a Keras 3 model of the same architecture and weights."""
import json
import os

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from keras_import_helpers import (  # noqa: E402
    DATA,
    keras,
    keras_weights,
    layers,
    max_diff,
    randomize,
)

from designer.interop.common import InteropError  # noqa: E402
from designer.interop.keras_files import load_keras  # noqa: E402
from designer.interop.keras_model import network_from_keras_config  # noqa: E402

# Keras 3.15's torch backend turns its Variables into arrays with np.array(x), which NumPy 2
# answers with this DeprecationWarning (Keras' Variable.__array__ lacks `copy`): not ours.
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")


# -- Keras 2 forms --------------------------------------------------------------------------
def fixture(name: str) -> dict:
    with open(os.path.join(DATA, name)) as f:
        return json.load(f)


def tf2_twin():
    """Keras 3's twin of tf2_functional.json: same names, same architecture."""
    x = keras.Input((6,), name="x")
    d1 = layers.Dense(8, name="d1")(x)
    leaky = layers.LeakyReLU(negative_slope=0.1, name="leaky")(d1)
    d2 = layers.Dense(8, activation="tanh", name="d2")(x)
    cat = layers.Concatenate(name="cat")([layers.Add(name="add")([leaky, d2]), d1])
    bn = layers.BatchNormalization(momentum=0.9, name="bn")(cat)
    out = layers.Dense(3, activation="softmax", name="out")(layers.Dropout(0.25, name="drop")(bn))
    return randomize(keras.Model(x, out), scale=0.6)


def test_tf2_functional_json():
    doc = fixture("tf2_functional.json")
    network = load_keras(os.path.join(DATA, "tf2_functional.json"))
    graph = network.graph
    assert network.name == "tf2_branches" and not network.weights
    assert graph.layer("leaky").params["activation"] == {"name": "leaky_relu",
                                                         "alpha": pytest.approx(0.1)}
    assert graph.layer("d1").params["init"] == "glorot_uniform"
    assert graph.layer("d2").params["init"] == "he_normal"
    assert graph.layer("d2").params["max_norm"] == 2.0
    assert graph.layer("d1").params["l2"] == pytest.approx(0.01)
    assert graph.inputs_of("cat") == ["add", "d1"]
    model = tf2_twin()
    assert graph.analysis.total == model.count_params()
    trained = network_from_keras_config(doc, "tf2_functional.json", keras_weights(model))
    max_diff(model, trained, "tf.keras 2 JSON + Keras 3 weights")


def test_keras_names_become_usable_ids():
    text = json.dumps(fixture("tf2_functional.json"))
    text = text.replace('"d1"', '"block 1/dense"').replace('"d2"', '"-d2"')
    graph = network_from_keras_config(json.loads(text), "renamed.json").graph
    assert graph.inputs_of("add") == ["leaky", "_d2"]
    assert graph.inputs_of("cat") == ["add", "block_1_dense"]


def cnn_twin():
    """Keras 3's twin of tf213_cnn.json."""
    return randomize(keras.Sequential([
        keras.Input((7, 5, 3)),
        layers.Conv2D(4, 3, padding="same", activation="relu", name="conv"),
        layers.BatchNormalization(name="bn"), layers.MaxPooling2D(name="pool"),
        layers.Conv2D(5, (2, 1), name="conv2"), layers.Activation("elu", name="act"),
        layers.Flatten(name="flat"), layers.Dense(3, activation="softmax", name="out")]))


def test_keras_213_json():
    network = load_keras(os.path.join(DATA, "tf213_cnn.json"))
    graph = network.graph
    assert graph.ids == ["conv_input", "conv", "bn", "pool", "conv2", "act", "flat", "out"]
    assert graph.layer("conv_input").params["shape"] == [3, 7, 5]
    assert graph.layer("conv").params["init"] == "he_uniform"
    assert graph.layer("conv2").params["l1"] == pytest.approx(1e-3)
    assert graph.analysis.total == cnn_twin().count_params()


def test_keras_20_bare_list_sequential():
    network = load_keras(os.path.join(DATA, "keras20_sequential.json"))
    graph = network.graph
    assert graph.ids == ["dense_1_input", "dense_1", "dropout_1", "dense_2", "dense_3"]
    assert graph.layer("dense_1_input").params["shape"] == [4]
    first, second, last = (graph.layer(i).params for i in ("dense_1", "dense_2", "dense_3"))
    assert (first["init"], first["l2"], first["max_norm"]) == ("he_normal",
                                                               pytest.approx(1e-3), 3.0)
    assert second["init"] == "lecun_uniform"
    assert second["bias_init"] == {"name": "random_uniform", "minval": -0.1, "maxval": 0.1}
    assert (last["init"], last["trainable"]) == ("glorot_uniform", False)
    assert graph.layer("dropout_1").params["rate"] == 0.5
    assert graph.analysis.total == 4 * 16 + 16 + 16 * 8 + 8 + 8 * 3 + 3


def write_keras2_h5(path, doc: dict, model) -> None:
    """A full-model .h5 as Keras 2 wrote it: model_config, and model_weights/<layer>/
    <layer>/<weight>:0 with weight_names and layer_names attributes (bytes)."""
    h5py = pytest.importorskip("h5py")
    names = {"Conv2D": ("kernel", "bias"), "Dense": ("kernel", "bias"),
             "BatchNormalization": ("gamma", "beta", "moving_mean", "moving_variance")}
    entries = [(e["config"]["name"], e["class_name"]) for e in doc["config"]["layers"]]
    with h5py.File(path, "w") as f:
        f.attrs["model_config"] = json.dumps(doc).encode("utf-8")
        f.attrs["keras_version"] = b"2.13.1"
        f.attrs["backend"] = b"tensorflow"
        group = f.create_group("model_weights")
        group.attrs["layer_names"] = np.array([n.encode() for n, _ in entries])
        for name, class_name in entries:
            layer = group.create_group(name)
            weight_names = [f"{name}/{w}:0".encode() for w in names.get(class_name, ())]
            layer.attrs["weight_names"] = np.array(weight_names, dtype="S")
            arrays = model.get_layer(name).get_weights() if weight_names else []
            for weight_name, array in zip(weight_names, arrays, strict=True):
                layer.create_dataset(weight_name.decode(), data=array)


def test_hand_made_keras2_h5(tmp_path):
    model = cnn_twin()
    path = tmp_path / "keras2_cnn.h5"
    write_keras2_h5(path, fixture("tf213_cnn.json"), model)
    network = load_keras(path)
    assert network.name == "cnn"
    assert network.extra["imported_from"]["parameters"] == model.count_params()
    max_diff(model, network, "hand-made Keras 2 .h5")


def test_keras2_hard_sigmoid_is_refused_but_keras3s_is_ours():
    doc = fixture("tf213_cnn.json")
    doc["config"]["layers"][5]["config"]["activation"] = "hard_sigmoid"
    with pytest.raises(InteropError, match=r"'act'.*Keras 2's hard_sigmoid"):
        network_from_keras_config(doc, "k2.json")
    doc["keras_version"] = "3.5.0"
    network = network_from_keras_config(doc, "k3.json")
    assert network.graph.layer("act").params["activation"] == "hard_sigmoid"

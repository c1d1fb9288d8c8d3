"""Keras models imported with their weights predict what Keras predicts.

Models are built and saved by the real Keras 3 (on its torch backend) as .keras, legacy .h5
and model.to_json(); Keras 2's forms are in test_import_keras2.py. What cannot be imported is
named, every layer in one message."""
import json
import os
import zipfile

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from keras_import_helpers import (  # noqa: E402
    FORMS,
    imported,
    keras,
    layers,
    max_diff,
    randomize,
    saved,
)

from designer.interop import import_network  # noqa: E402
from designer.interop.common import InteropError  # noqa: E402
from designer.interop.keras_files import load_keras  # noqa: E402
from designer.interop.keras_layers import map_layer  # noqa: E402
from designer.interop.keras_model import network_from_keras_config  # noqa: E402
from designer.interop.keras_settings import Unsupported  # noqa: E402

# Keras 3.15's torch backend turns its Variables into arrays with np.array(x), which NumPy 2
# answers with this DeprecationWarning (Keras' Variable.__array__ lacks `copy`): not ours.
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")


# -- Keras 3 models -------------------------------------------------------------------------
def mlp():
    return randomize(keras.Sequential([
        keras.Input((10,)),
        layers.Dense(16, activation="relu", kernel_initializer="he_normal",
                     kernel_regularizer=keras.regularizers.L2(1e-3),
                     kernel_constraint=keras.constraints.MaxNorm(3.0), name="hidden"),
        layers.Dropout(0.3, name="drop"),
        layers.Dense(12, activation="tanh",
                     kernel_initializer=keras.initializers.RandomNormal(stddev=0.1),
                     bias_initializer="ones",
                     kernel_regularizer=keras.regularizers.L1L2(1e-4, 2e-4), name="mid"),
        layers.BatchNormalization(momentum=0.9, epsilon=1e-2, name="bn"),
        layers.Dense(4, activation="softmax", use_bias=False, name="out"),
    ], name="mlp"))


@pytest.mark.parametrize("form", FORMS)
def test_sequential_mlp(tmp_path, form):
    model = mlp()
    network = imported(model, tmp_path, form)
    graph = network.graph
    assert graph.ids[1:] == ["hidden", "drop", "mid", "bn", "out"]
    hidden, mid = graph.layer("hidden").params, graph.layer("mid").params
    assert (hidden["init"], hidden["l2"], hidden["max_norm"]) == ("he_normal", 1e-3, 3.0)
    assert mid["init"] == {"name": "random_normal", "stddev": 0.1}
    assert (mid["bias_init"], mid["l1"], mid["l2"]) == ("ones", 1e-4, 2e-4)
    assert graph.layer("drop").params["rate"] == 0.3
    assert (graph.layer("bn").params["momentum"], graph.layer("bn").params["epsilon"]) \
        == (0.9, 1e-2)
    assert graph.layer("out").params["use_bias"] is False
    assert network.name == "mlp"
    if form != "json":
        max_diff(model, network, f"MLP .{form}")


def test_keras_file_without_layer_names_in_its_weights(tmp_path):
    """Keras 3 releases before 3.x's `name` attributes: weights are found by Keras' own paths
    (layers/dense, layers/dense_1, ... in model.layers order), not by the layer names."""
    h5py = pytest.importorskip("h5py")
    model = mlp()
    path = saved(model, tmp_path, "keras")
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    weights = tmp_path / "model.weights.h5"
    weights.write_bytes(members["model.weights.h5"])
    with h5py.File(weights, "r+") as f:
        for layer in f["layers"].values():
            del layer["vars"].attrs["name"]
        assert "dense_1/vars" in f["layers"] and "name" not in f["layers/dense_1/vars"].attrs
    members["model.weights.h5"] = weights.read_bytes()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    max_diff(model, load_keras(path), "MLP .keras without names in its weights")


def cnn():
    """A non-square image with three channels; Flatten -> BatchNorm -> Dropout -> Dense, so
    the flattened order must be carried through to the Dense's kernel rows."""
    inp = keras.Input((9, 7, 3), name="image")
    x = layers.Conv2D(4, 3, padding="same", activation="relu", name="c1")(inp)
    x = layers.BatchNormalization(name="bn1")(x)
    x = layers.MaxPooling2D(2, padding="same", name="p1")(x)
    x = layers.Conv2D(6, (3, 2), strides=2, padding="valid", name="c2")(x)
    x = layers.AveragePooling2D(2, strides=1, padding="same", name="p2")(x)
    x = layers.Flatten(name="flat")(x)
    x = layers.BatchNormalization(name="bn2")(x)
    x = layers.Dropout(0.2, name="drop")(x)
    out = layers.Dense(3, name="out")(x)
    return randomize(keras.Model(inp, out, name="cnn"))


@pytest.mark.parametrize("form", FORMS)
def test_cnn_flatten_reorders_the_next_dense(tmp_path, form):
    model = cnn()
    network = imported(model, tmp_path, form)
    assert network.graph.layer("image").params["shape"] == [3, 9, 7]
    assert network.graph.layer("c2").params["kernel_size"] == [3, 2]
    if form == "json":
        return
    max_diff(model, network, f"CNN .{form}")
    kernel = model.get_layer("out").get_weights()[0]
    # Channels-first flattening really differs: a plain transpose of the kernel would be wrong.
    assert not np.allclose(network.weights["out.core.weight"], kernel.T)


def test_global_pooling_and_concatenated_vectors(tmp_path):
    inp = keras.Input((8, 6, 3))
    x = layers.Conv2D(5, 3, strides=2, padding="same", activation="relu", name="conv")(inp)
    avg = layers.GlobalAveragePooling2D(name="gap")(x)
    top = layers.GlobalMaxPooling2D(name="gmp")(x)
    out = layers.Dense(2, name="out")(layers.Concatenate(name="cat")([avg, top]))
    model = randomize(keras.Model(inp, out))
    network = imported(model, tmp_path, "keras")
    assert network.graph.layer("gap").type == "GlobalAvgPool2D"
    assert network.graph.layer("gmp").type == "GlobalMaxPool2D"
    max_diff(model, network, "global pooling .keras")


def branches():
    """Add and Concatenate on images (channels and height) and on flattened images."""
    inp = keras.Input((6, 4, 2), name="x")
    a = layers.Conv2D(3, 3, padding="same", name="a")(inp)
    b = layers.Conv2D(3, 3, padding="same", activation="tanh", name="b")(inp)
    s = layers.Add(name="sum")([a, b])
    channels = layers.Concatenate(name="by_channel")([s, a])  # axis -1
    rows = layers.Concatenate(axis=1, name="by_row")([channels, layers.Concatenate()([b, a])])
    flat = layers.Concatenate(name="flats")([layers.Flatten(name="f1")(rows),
                                             layers.Flatten(name="f2")(b)])
    out = layers.Dense(4, name="out")(flat)
    return randomize(keras.Model(inp, out, name="branches"))


@pytest.mark.parametrize("form", ["keras", "h5"])
def test_functional_add_and_concatenate(tmp_path, form):
    model = branches()
    network = imported(model, tmp_path, form)
    graph = network.graph
    assert graph.layer("by_channel").params["axis"] == 0
    assert graph.layer("by_row").params["axis"] == 1
    assert graph.inputs_of("sum") == ["a", "b"]
    max_diff(model, network, f"Add/Concatenate .{form}")


def activations():
    inp = keras.Input((6,))
    x = layers.LeakyReLU(negative_slope=0.1, name="leaky")(layers.Dense(8)(inp))
    x = layers.PReLU(name="prelu")(layers.Dense(8)(x))
    x = layers.ELU(alpha=0.7, name="elu")(layers.Dense(8)(x))
    x = layers.ReLU(negative_slope=0.05, name="relu")(layers.Dense(8)(x))
    x = layers.LeakyReLU(name="leaky_default")(layers.Activation("selu", name="selu")(x))
    out = layers.Softmax(name="softmax")(layers.Dense(3)(x))
    return randomize(keras.Model(inp, out, name="activations"), scale=0.8)


def test_activation_layers(tmp_path):
    model = activations()
    network = imported(model, tmp_path, "keras")
    act = {i: network.graph.layer(i).params["activation"] for i in
           ("leaky", "prelu", "elu", "relu", "selu", "leaky_default", "softmax")}
    assert act == {"leaky": {"name": "leaky_relu", "alpha": pytest.approx(0.1)},
                   "prelu": "prelu", "elu": {"name": "elu", "alpha": pytest.approx(0.7)},
                   "relu": {"name": "leaky_relu", "alpha": pytest.approx(0.05)},
                   "selu": "selu",
                   "leaky_default": {"name": "leaky_relu", "alpha": pytest.approx(0.3)},
                   "softmax": "softmax"}
    max_diff(model, network, "activation layers .keras")


def test_image_prelu_and_channel_softmax(tmp_path):
    inp = keras.Input((5, 4, 3))
    x = layers.PReLU(shared_axes=[1, 2], name="prelu")(layers.Conv2D(4, 3, padding="same")(inp))
    x = layers.Softmax(name="softmax")(layers.Conv2D(3, 2)(x))  # over the channels
    out = layers.Dense(2)(layers.Flatten()(x))
    model = randomize(keras.Model(inp, out), scale=0.8)
    max_diff(model, imported(model, tmp_path, "h5"), "image PReLU/Softmax .h5")


def test_layer_normalization_and_a_one_channel_reshape(tmp_path):
    model = randomize(keras.Sequential([
        keras.Input((6,)), layers.Dense(12), layers.LayerNormalization(epsilon=1e-4, name="ln"),
        layers.Reshape((3, 4, 1), name="image"), layers.Conv2D(2, 2, name="conv"),
        layers.Flatten(), layers.Dense(3)]))
    network = imported(model, tmp_path, "keras")
    assert network.graph.layer("ln").params["epsilon"] == 1e-4
    assert network.graph.layer("image").params["target_shape"] == [1, 3, 4]
    max_diff(model, network, "LayerNorm/Reshape .keras")


# -- what is refused ------------------------------------------------------------------------
@keras.saving.register_keras_serializable(package="Tests")
class Doubler(layers.Layer):
    def call(self, x):
        return x * 2


def test_lambda_custom_and_unknown_layers_are_named_in_one_message():
    inp = keras.Input((6, 6, 2))
    x = layers.Conv2D(2, 3, dilation_rate=2, name="dilated")(inp)
    x = layers.Lambda(lambda t: t + 1, name="plus_one")(layers.Flatten()(x))
    x = layers.GaussianNoise(0.1, name="noise")(Doubler(name="twice")(x))
    model = keras.Model(inp, layers.Dense(2, name="out")(x))
    with pytest.raises(InteropError) as error:
        network_from_keras_config(json.loads(model.to_json()), "odd.json")
    text = str(error.value)
    for name, why in (("dilated", "dilation_rate"), ("plus_one", "Lambda"),
                      ("twice", "custom class"), ("noise", "GaussianNoise")):
        assert f"'{name}'" in text and why in text, text
    assert "'out'" not in text  # layers after a refused one are not blamed
    assert text.count("\n  - ") == 4


def test_reshape_of_a_vector_into_channels_is_refused(tmp_path):
    model = keras.Sequential([keras.Input((12,)), layers.Reshape((2, 3, 2), name="to_image"),
                              layers.Flatten(), layers.Dense(2)])
    with pytest.raises(InteropError, match=r"'to_image'.*one channel"):
        load_keras(saved(model, tmp_path, "json"))
    flat_out = keras.Sequential([keras.Input((3, 2, 2)), layers.Flatten(name="flat")])
    with pytest.raises(InteropError, match=r"'flat' is an output that flattens an image"):
        load_keras(saved(flat_out, tmp_path, "json"))


def test_image_layer_norm_and_open_shapes_are_refused(tmp_path):
    model = keras.Sequential([keras.Input((4, 4, 2)), layers.LayerNormalization(
        axis=[1, 2, 3], name="ln"), layers.Flatten(), layers.Dense(2)])
    with pytest.raises(InteropError, match=r"'ln'.*only vectors import"):
        load_keras(saved(model, tmp_path, "keras"))
    doc = json.loads(model.to_json())
    doc["config"]["layers"][0]["config"]["batch_shape"] = [None, None, 4, 2]
    with pytest.raises(InteropError, match=r"must give every size"):
        network_from_keras_config(doc, "open.json")


@pytest.mark.parametrize("suffix", [".keras", ".h5"])
def test_truncated_files_give_a_clear_error(tmp_path, suffix):
    path = saved(mlp(), tmp_path, suffix[1:])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InteropError, match="damaged"):
        load_keras(path)


def test_not_a_keras_file(tmp_path):
    path = tmp_path / "model.json"
    path.write_text('{"class_name": "Sequential", "config": ')
    with pytest.raises(InteropError, match="broken JSON"):
        load_keras(path)
    path.write_text('{"class_name": "MyModel", "config": {}}')
    with pytest.raises(InteropError, match="subclassed"):
        load_keras(path)


def test_import_network_dispatches_to_keras(tmp_path):
    network = import_network(saved(cnn(), tmp_path, "keras"))
    assert network.source is None and network.extra["imported_from"]["format"] == "Keras"


def test_map_layer_alone_for_the_code_importer():
    ours = map_layer("Dense", {"units": 4, "activation": "relu",
                               "kernel_initializer": "HeNormal", "kernel_regularizer": "l2"})
    assert (ours.type, ours.params["init"], ours.params["l2"]) == ("Dense", "he_normal", 0.01)
    assert map_layer("Conv2D", {"filters": 2, "kernel_size": [3, 3], "strides": [1, 1],
                                "padding": "same"}).params["kernel_size"] == 3
    with pytest.raises(Unsupported, match="bias_regularizer.*activity_regularizer"):
        map_layer("Dense", {"units": 2, "bias_regularizer": "l1",
                            "activity_regularizer": "l2"})

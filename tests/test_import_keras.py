"""Keras models imported with their weights predict what Keras predicts.

Models are built and saved by the real Keras 3 (on its torch backend) as .keras, legacy .h5
and model.to_json(); Keras 2's forms are hand-written fixtures (tests/data/keras) and a .h5
written with h5py in Keras 2's layout, checked against Keras 3 models of the same architecture
with the same weights."""
import json
import os
import zipfile

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402

from designer.build import build_model  # noqa: E402
from designer.interop import import_network  # noqa: E402
from designer.interop.common import InteropError  # noqa: E402
from designer.interop.keras_files import load_keras  # noqa: E402
from designer.interop.keras_layers import map_layer  # noqa: E402
from designer.interop.keras_model import network_from_keras_config  # noqa: E402
from designer.interop.keras_settings import Unsupported  # noqa: E402

keras = pytest.importorskip("keras")
layers = keras.layers

# Keras 3.15's torch backend turns its Variables into arrays with np.array(x), which NumPy 2
# answers with this DeprecationWarning (Keras' Variable.__array__ lacks `copy`): not ours.
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")

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
            for weight_name, array in zip(weight_names, arrays):
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

"""A design goes out to Keras and comes back exactly, checked with the real Keras 3.

Every example network, the all-layers zoo and the export tests' `variety` network (two inputs
and outputs, sequences, uneven 'same' average pooling, image-to-image reshapes) get random
weights, go out as Keras code (write_keras), are built and loaded by Keras itself, saved as
.keras (some also as legacy .h5 and as model.to_json()), and come back with import_network:
the imported network predicts what the original does and has its parameter count.

What the export writes as several Keras layers comes back as several of ours where they are
ours too (Dense + LeakyReLU + Dropout, Conv2D + PReLU): equal in value, not in structure.
"""
import os

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402

keras = pytest.importorskip("keras")
layers = keras.layers

from test_export import EXAMPLES, zoo  # noqa: E402
from test_export_keras import import_script, trained, variety  # noqa: E402
from test_import_keras import saved  # noqa: E402

from designer.build import build_model  # noqa: E402
from designer.export.keras_code import write_keras  # noqa: E402
from designer.interop import import_network  # noqa: E402
from designer.interop.common import InteropError  # noqa: E402
from designer.serialization import load  # noqa: E402

# Keras 3.15's torch backend turns its Variables into arrays with np.array(x) (model.save,
# get_weights), which NumPy 2 answers with this DeprecationWarning: Keras' Variable.__array__
# lacks `copy`. Not ours.
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")

TOLERANCE = 1e-5
NETWORKS = {"zoo": zoo, "variety": variety, **{p.stem: (lambda p=p: load(p)) for p in EXAMPLES}}
# Beside .keras, these also go through the legacy .h5 and model.to_json() (structure only).
MORE_FORMS = {"zoo": ("h5", "json"), "variety": ("h5", "json"), "small_cnn": ("h5",)}


def keras_model(network, tmp_path: Path):
    """The exported script's model, built and loaded by Keras."""
    result = write_keras(network, tmp_path / "net.py")
    script = import_script(Path(result["path"]))
    return script.load_weights(script.build_model())


def predictions(network, xs: dict, weights=None) -> dict:
    """Our model's outputs by layer id, in evaluation mode."""
    model = build_model(network.graph, weights=weights or network.weights).eval()
    with torch.no_grad():
        out = model(*[xs[i] for i in model.input_ids])
    return dict(zip(model.output_ids, [out] if torch.is_tensor(out) else out, strict=True))


def largest_difference(want: dict, got: dict) -> float:
    assert set(got) == set(want)  # the same outputs, by id
    return max(float((want[k] - got[k]).abs().max()) for k in want)


# What the export splits off one layer of ours into a Keras layer of its own, "<id>_<what>".
SPLIT_OFF = ("leaky_relu", "elu", "prelu", "dropout")


def assert_ours_again(network, back) -> None:
    """Each of our layers comes back under its id, as its type, with its output shape and
    its padding or epsilon; the only other layers are those the export split off. No
    Permute or Rescaling is left: they fold back into the Flatten, Reshape or AvgPool2D."""
    ours, theirs = network.graph.analysis.layers, back.graph.analysis.layers
    for layer in network.graph.layers:
        twin = back.graph.layer(layer.id)
        assert (twin.type, theirs[layer.id].output_shape) == \
            (layer.type, ours[layer.id].output_shape), layer.id
        for key in ("padding", "epsilon"):
            assert twin.params.get(key) == layer.params.get(key), (layer.id, key)
    extra = set(back.graph.ids) - set(network.graph.ids)
    assert all(any(i == f"{o}_{what}" for o in network.graph.ids for what in SPLIT_OFF)
               for i in extra), extra


def structure(network):
    graph = network.graph
    return ([(la.id, la.type, la.params) for la in graph.layers], sorted(graph.connections))


@pytest.mark.parametrize("name", list(NETWORKS))
def test_export_to_keras_and_import_back(name, tmp_path):
    network = trained(NETWORKS[name]())
    total = network.graph.analysis.total
    model = keras_model(network, tmp_path)
    assert model.count_params() == total
    g = torch.Generator().manual_seed(0)
    analysis = network.graph.analysis
    xs = {i: torch.randn(6, *analysis.layers[i].output_shape, generator=g)
          for i in build_model(network.graph).input_ids}
    want = predictions(network, xs)

    back = import_network(saved(model, tmp_path, "keras"))
    assert back.graph.analysis.total == total
    assert_ours_again(network, back)
    diffs = {"keras": largest_difference(want, predictions(back, xs))}
    for form in MORE_FORMS.get(name, ()):
        again = import_network(saved(model, tmp_path, form))
        assert again.graph.analysis.total == total
        if form == "json":  # the structure alone: the same network, given the .keras weights
            assert not again.weights and structure(again) == structure(back)
            diffs[form] = largest_difference(want, predictions(again, xs, back.weights))
        else:
            diffs[form] = largest_difference(want, predictions(again, xs))
    print(f"\n{name}: largest difference " + ", ".join(f"{f} {d:.1e}" for f, d in diffs.items()))
    assert max(diffs.values()) < TOLERANCE, diffs


def small_image_model(*middle, name="m"):
    inp = keras.Input((5, 6, 3), name="in")
    x = inp
    for layer in middle:
        x = layer(x)
    x = layers.Dense(2, name="out")(layers.Flatten(name="flat")(x))
    return keras.Model(inp, x, name=name)


def randomized(model, seed=0):
    rng = np.random.default_rng(seed)
    model.set_weights([rng.normal(0, 0.5, tuple(w.shape)).astype("float32")
                       for w in model.weights])
    return model


@pytest.mark.parametrize("padding, ours", [(2, 2), ((1, 2), [1, 2]),
                                           (((0, 1), (2, 0)), [0, 1, 2, 0])])
def test_zero_padding_from_keras(padding, ours, tmp_path):
    model = randomized(small_image_model(layers.ZeroPadding2D(padding, name="pad"),
                                         layers.Conv2D(2, 3, name="conv")))
    network = import_network(saved(model, tmp_path, "keras"))
    assert network.graph.layer("pad").params["padding"] == ours
    x = np.random.default_rng(1).normal(size=(4, 5, 6, 3)).astype("float32")
    want = keras.ops.convert_to_numpy(model(x, training=False))
    got = predictions(network, {"in": torch.as_tensor(x.transpose(0, 3, 1, 2).copy())})["out"]
    assert float(np.abs(got.numpy() - want).max()) < TOLERANCE


def test_group_normalization_with_one_group_is_our_layer_norm(tmp_path):
    model = small_image_model(layers.GroupNormalization(groups=1, epsilon=1e-4, name="gn"))
    model = randomized(model)
    network = import_network(saved(model, tmp_path, "h5"))
    layer = network.graph.layer("gn")
    assert (layer.type, layer.params["epsilon"]) == ("LayerNorm", 1e-4)
    x = np.random.default_rng(2).normal(size=(4, 5, 6, 3)).astype("float32")
    want = keras.ops.convert_to_numpy(model(x, training=False))
    got = predictions(network, {"in": torch.as_tensor(x.transpose(0, 3, 1, 2).copy())})["out"]
    assert float(np.abs(got.numpy() - want).max()) < TOLERANCE


def test_what_is_not_the_exports_pattern_is_refused_by_name(tmp_path):
    """A Permute elsewhere, a Rescaling alone, GroupNormalization with several groups, and a
    padded average pooling whose scale is not 'same''s: each named in one message."""
    inp = keras.Input((4, 4, 2), name="in")
    a = layers.Permute((2, 1, 3), name="swap")(inp)
    b = layers.Rescaling(0.5, name="half")(inp)
    c = layers.GroupNormalization(groups=2, name="gn2")(inp)
    d = layers.ZeroPadding2D(((0, 1), (0, 1)), name="pad")(inp)
    d = layers.AveragePooling2D(3, strides=2, name="avg")(d)
    d = layers.Rescaling(np.full((2, 2, 1), 2.0, "float32"), name="wrong_scale")(d)
    outs = [layers.GlobalAveragePooling2D(name=f"g{k}")(t) for k, t in enumerate((a, b, c, d))]
    model = keras.Model(inp, outs)
    with pytest.raises(InteropError) as error:
        import_network(saved(model, tmp_path, "json"))
    text = str(error.value)
    for name, why in (("swap", "Permute"), ("half", "rescales"), ("gn2", "groups 2"),
                      ("avg", "not 'same' average pooling")):
        assert f"'{name}'" in text and why in text, text
    assert text.count("\n  - ") == 4

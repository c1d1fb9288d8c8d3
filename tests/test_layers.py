"""Contract tests over the whole layer registry: every type infers shapes, counts parameters
the way Keras does, builds a torch module whose output has the inferred shape, and survives a
trip through the network file."""
import json

import pytest
import torch

from designer.build import build_model
from designer.graph import Layer, NetworkGraph
from designer.layers import LAYERS
from designer.network import Network
from designer.serialization import dumps, loads

# type -> (input shapes, params, expected output shape, (trainable, non-trainable))
CASES = {
    "Input": ([], {"shape": [3, 4]}, (3, 4), (0, 0)),
    "Dense": ([(5,)], {"units": 4}, (4,), (24, 0)),
    "Activation": ([(5,)], {"activation": "tanh"}, (5,), (0, 0)),
    "Dropout": ([(5,)], {"rate": 0.3}, (5,), (0, 0)),
    "Flatten": ([(2, 3, 4)], {}, (24,), (0, 0)),
    "Reshape": ([(24,)], {"target_shape": [2, -1]}, (2, 12), (0, 0)),
    "Conv2D": ([(3, 8, 8)], {"filters": 4, "kernel_size": 3}, (4, 6, 6), (4 * 3 * 9 + 4, 0)),
    "MaxPool2D": ([(3, 8, 8)], {}, (3, 4, 4), (0, 0)),
    "AvgPool2D": ([(3, 9, 9)], {"pool_size": 3, "strides": 2}, (3, 4, 4), (0, 0)),
    "GlobalAvgPool2D": ([(3, 5, 4)], {}, (3,), (0, 0)),
    "GlobalMaxPool2D": ([(3, 5, 4)], {}, (3,), (0, 0)),
    "ZeroPadding2D": ([(3, 5, 4)], {"padding": [1, 2, 0, 3]}, (3, 8, 7), (0, 0)),
    "BatchNorm": ([(5,)], {}, (5,), (10, 10)),
    "LayerNorm": ([(5,)], {}, (5,), (10, 0)),
    "Add": ([(5,), (5,)], {}, (5,), (0, 0)),
    "Concatenate": ([(5,), (3,)], {}, (8,), (0, 0)),
}


def graph_for(type_name, in_shapes, params):
    graph = NetworkGraph()
    for k, shape in enumerate(in_shapes):
        graph.add_layer(Layer.create("Input", f"in{k}", shape=list(shape)))
    graph.add_layer(Layer.create(type_name, "x", **params))
    for k in range(len(in_shapes)):
        graph.connect(f"in{k}", "x")
    return graph


def test_every_registered_type_has_a_case():
    assert set(CASES) == set(LAYERS.names())


@pytest.mark.parametrize("type_name", sorted(CASES))
def test_shape_and_parameter_count(type_name):
    in_shapes, params, out_shape, counts = CASES[type_name]
    info = graph_for(type_name, in_shapes, params).analysis.layers["x"]
    assert info.problems == []
    assert info.output_shape == out_shape
    assert (info.trainable, info.non_trainable) == counts


@pytest.mark.parametrize("type_name", sorted(CASES))
def test_built_module_matches_inference(type_name):
    in_shapes, params, out_shape, (trainable, non_trainable) = CASES[type_name]
    graph = graph_for(type_name, in_shapes, params)
    model = build_model(graph, seed=0).eval()
    inputs = [torch.randn(3, *s) for s in in_shapes] or [torch.randn(3, *out_shape)]
    assert tuple(model(*inputs).shape) == (3, *out_shape)
    learned = sum(p.numel() for p in model.parameters() if p.requires_grad)
    statistics = sum(b.numel() for n, b in model.named_buffers() if b.is_floating_point())
    assert (learned, statistics) == (trainable, non_trainable)


@pytest.mark.parametrize("type_name", sorted(CASES))
def test_config_round_trip(type_name):
    """config -> file -> layer -> config is the identity, for defaults and for set values."""
    for params in ({}, CASES[type_name][1]):
        layer = Layer.create(type_name, "x", position=(10.0, 20.5), **params)
        graph = NetworkGraph()
        graph.add_layer(layer)
        again = loads(dumps(Network(graph))).graph.layer("x")
        assert again.config() == layer.config()
        assert json.loads(json.dumps(again.config())) == again.config()


def test_weight_settings_are_on_dense_and_conv():
    for type_name in ("Dense", "Conv2D"):
        names = {p.name for p in LAYERS.get(type_name).params}
        assert {"activation", "init", "bias_init", "use_bias", "dropout", "l1", "l2",
                "max_norm", "trainable"} <= names


@pytest.mark.parametrize("padding,strides,size,expected", [
    ("valid", 1, 7, 5), ("same", 1, 7, 7), ("same", 2, 7, 4), ("same", 2, 8, 4),
    ("valid", 2, 7, 3), ("same", 3, 7, 3)])
def test_conv_padding_matches_keras_sizes(padding, strides, size, expected):
    graph = graph_for("Conv2D", [(2, size, size)],
                      {"filters": 3, "kernel_size": 3, "strides": strides, "padding": padding})
    assert graph.analysis.layers["x"].output_shape == (3, expected, expected)
    out = build_model(graph, seed=0)(torch.randn(1, 2, size, size))
    assert tuple(out.shape) == (1, 3, expected, expected)


def test_same_pooling_ignores_padding_like_tensorflow():
    x = -torch.arange(1.0, 26.0).reshape(1, 1, 5, 5)  # all negative: zero padding would win
    for kind, expected_corner in (("MaxPool2D", -25.0), ("AvgPool2D", -25.0)):
        graph = graph_for(kind, [(1, 5, 5)], {"pool_size": 2, "padding": "same"})
        out = build_model(graph)(x)
        assert tuple(out.shape) == (1, 1, 3, 3)
        # the bottom-right window holds only the real cell -25; padding must not count
        assert out[0, 0, 2, 2].item() == expected_corner
    avg = build_model(graph_for("AvgPool2D", [(1, 5, 5)], {"pool_size": 2, "padding": "same"}))
    assert avg(x)[0, 0, 0, 0].item() == pytest.approx((-1 - 2 - 6 - 7) / 4)


def test_conv_counts_per_channel_batchnorm_on_images():
    graph = graph_for("BatchNorm", [(16, 4, 4)], {})
    info = graph.analysis.layers["x"]
    assert (info.trainable, info.non_trainable) == (32, 32)


def test_frozen_and_prelu_counts():
    frozen = graph_for("Dense", [(10,)], {"units": 3, "trainable": False}).analysis.layers["x"]
    assert (frozen.trainable, frozen.non_trainable) == (0, 33)
    prelu = graph_for("Dense", [(10,)], {"units": 3, "activation": "prelu"}).analysis.layers["x"]
    assert prelu.trainable == 33 + 3  # one learned slope per unit
    model = build_model(graph_for("Dense", [(10,)], {"units": 3, "trainable": False}))
    assert not any(p.requires_grad for p in model.parameters())


def test_concatenate_channels_of_images():
    graph = NetworkGraph()
    for name, c in (("a", 3), ("b", 5)):
        graph.add_layer(Layer.create("Input", name, shape=[c, 4, 4]))
    graph.add_layer(Layer.create("Concatenate", "cat"))
    graph.connect("a", "cat")
    graph.connect("b", "cat")
    assert graph.analysis.layers["cat"].output_shape == (8, 4, 4)
    out = build_model(graph)(torch.zeros(2, 3, 4, 4), torch.ones(2, 5, 4, 4))
    assert tuple(out.shape) == (2, 8, 4, 4) and out[:, 3:].min() == 1  # input order kept


@pytest.mark.parametrize("given, canonical", [(1, 1), ([2], 2), ([1, 1], 1), ([1, 2], [1, 2]),
                                              ([1, 1, 2, 2], [1, 2]), ([1, 2, 0, 3], [1, 2, 0, 3])])
def test_padding_takes_its_shortest_form(given, canonical):
    assert LAYERS.get("ZeroPadding2D").param("padding").coerce(given) == canonical


@pytest.mark.parametrize("bad", [-1, [1, 2, 3], [0, -1], "1"])
def test_impossible_padding_is_refused_with_a_sentence(bad):
    from designer.errors import ParamError

    with pytest.raises(ParamError, match="^padding must be "):
        LAYERS.get("ZeroPadding2D").param("padding").coerce(bad)  # a sentence, no traceback

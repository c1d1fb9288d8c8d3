"""ONNX import checked against onnxruntime: files written by torch's own exporters (the legacy
TorchScript one with and without constant folding, and the dynamo one), by our own export of
every example network, and by hand with onnx.helper, each imported, built and run beside
onnxruntime on random inputs. Files that must be refused: test_import_onnx_refusals.py."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import helper, numpy_helper  # noqa: E402
from onnx_helpers import (  # noqa: E402
    CNN,
    DYNAMO,
    EXAMPLES,
    LEGACY,
    MLP,
    TOLERANCE,
    compare,
    constant,
    export,
    save,
    tensor,
    torch_count,
    types,
)

from designer.build import build_model  # noqa: E402
from designer.interop import import_network  # noqa: E402
from designer.serialization import load  # noqa: E402


# -- torch models ----------------------------------------------------------------------------
class GapHead(nn.Module):
    def __init__(self, head: str):
        super().__init__()
        self.head = head
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        x = F.relu(self.conv(x))
        if self.head == "adaptive_pool":
            x = torch.flatten(self.gap(x), 1)
        else:
            x = x.mean((2, 3)) if self.head == "mean" else x.amax((2, 3))
        return self.fc(x)


class ResidualConcat(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem, self.a = nn.Linear(4, 8), nn.Linear(8, 8)
        self.b, self.head = nn.Linear(8, 5), nn.Linear(13, 2)

    def forward(self, x):
        s = F.relu(self.stem(x))
        r = F.relu(self.a(s) + s)
        return self.head(torch.cat([r, self.b(s)], dim=1))


class MoreActivations(nn.Module):
    """PReLU per unit and per channel, LayerNorm, SiLU (x * sigmoid(x)) and hard sigmoid."""

    def __init__(self):
        super().__init__()
        self.conv, self.cact = nn.Conv2d(2, 3, 3), nn.PReLU(3)
        self.fc1, self.act1 = nn.Linear(27, 8), nn.PReLU(8)
        self.norm = nn.LayerNorm(8, eps=1e-3)
        self.fc2, self.fc3 = nn.Linear(8, 6), nn.Linear(6, 2)
        with torch.no_grad():
            self.cact.weight.uniform_(0.05, 0.5)
            self.act1.weight.uniform_(0.05, 0.5)
            self.norm.weight.uniform_(0.5, 1.5)
            self.norm.bias.uniform_(-0.3, 0.3)

    def forward(self, x):
        x = torch.flatten(self.cact(self.conv(x)), 1)
        x = F.silu(self.fc2(self.norm(self.act1(self.fc1(x)))))
        return F.hardsigmoid(self.fc3(x))


# -- torch's exporters -----------------------------------------------------------------------
@pytest.mark.parametrize("mode", LEGACY + ["legacy17", DYNAMO])
def test_mlp_activations_fold_into_dense_layers(mode, tmp_path):
    torch.manual_seed(0)
    model = MLP()
    network, diff = compare(export(model, (6,), tmp_path / f"mlp_{mode}.onnx", mode))
    assert diff < TOLERANCE
    assert types(network) == ["Input"] + ["Dense"] * 7  # dropout gone, activations folded
    assert network.graph.ids == ["x", "fc1", "fc2", "fc3", "fc4", "fc5", "fc6", "out"]
    assert [layer.params["activation"] for layer in network.graph.layers[1:]] == [
        "relu", "tanh", "sigmoid", {"name": "leaky_relu", "alpha": 0.1},
        {"name": "elu", "alpha": 0.7}, "gelu", "softmax"]
    assert network.graph.analysis.total == torch_count(model)


@pytest.mark.parametrize("mode", LEGACY + [DYNAMO])
def test_cnn_with_batch_norm_and_pooling(mode, tmp_path):
    torch.manual_seed(0)
    model = CNN()
    network, diff = compare(export(model, (3, 18, 18), tmp_path / f"cnn_{mode}.onnx", mode))
    assert diff < TOLERANCE
    layers = {layer.type: layer.params for layer in network.graph.layers}
    folded = mode != "legacy_nofold"  # constant folding merges BatchNorm into the Conv
    expected = ["Input", "Conv2D"] + ([] if folded else ["BatchNorm", "Activation"]) + [
        "MaxPool2D", "Conv2D", "AvgPool2D", "Flatten", "Dense"]
    assert types(network) == expected
    conv1, conv2 = [layer.params for layer in network.graph.layers if layer.type == "Conv2D"]
    assert (conv1["padding"], conv1["strides"]) == ("same", 1)
    assert (conv2["padding"], conv2["strides"], conv2["activation"]) == ("valid", 2, "relu")
    assert layers["MaxPool2D"]["pool_size"] == layers["AvgPool2D"]["strides"] == 2
    if not folded:
        # Keras' momentum (ours) weighs the old statistic: 1 - torch's 0.2.
        assert layers["BatchNorm"]["momentum"] == pytest.approx(0.8)
        assert layers["BatchNorm"]["epsilon"] == pytest.approx(1e-4)
    assert network.graph.analysis.total == torch_count(model) - (4 * 8 if folded else 0)


@pytest.mark.parametrize("mode", LEGACY + [DYNAMO])
@pytest.mark.parametrize("head", ["adaptive_pool", "mean", "max"])
def test_global_pooling_heads(head, mode, tmp_path):
    torch.manual_seed(0)
    model = GapHead(head)
    network, diff = compare(export(model, (3, 6, 6), tmp_path / f"{head}_{mode}.onnx", mode))
    assert diff < TOLERANCE
    # GlobalAveragePool + Flatten, ReduceMean (keepdims) + Reshape, ReduceMean or ReduceMax.
    pool = "GlobalMaxPool2D" if head == "max" else "GlobalAvgPool2D"
    assert types(network) == ["Input", "Conv2D", pool, "Dense"]
    assert network.graph.analysis.total == torch_count(model)


@pytest.mark.parametrize("mode", LEGACY + [DYNAMO])
def test_residual_add_and_concat(mode, tmp_path):
    torch.manual_seed(0)
    model = ResidualConcat()
    network, diff = compare(export(model, (4,), tmp_path / f"residual_concat_{mode}.onnx", mode))
    assert diff < TOLERANCE
    graph = network.graph
    assert types(network) == ["Input", "Dense", "Dense", "Add", "Activation", "Dense",
                              "Concatenate", "Dense"]
    concat = next(layer for layer in graph.layers if layer.type == "Concatenate")
    assert concat.params["axis"] == 0  # ONNX's axis 1 counts the batch
    assert graph.layer("stem").params["activation"] == "relu"  # read by three layers
    add = next(layer.id for layer in graph.layers if layer.type == "Add")
    assert set(graph.outputs_of("stem")) == {"a", "b", add}
    assert graph.analysis.total == torch_count(model)


@pytest.mark.parametrize("mode", ["legacy", DYNAMO])
def test_prelu_layer_norm_silu_and_hard_sigmoid(mode, tmp_path):
    torch.manual_seed(0)
    model = MoreActivations()
    network, diff = compare(export(model, (2, 5, 5), tmp_path / f"activations_{mode}.onnx", mode))
    assert diff < TOLERANCE
    graph = network.graph
    assert types(network) == ["Input", "Conv2D", "Flatten", "Dense", "LayerNorm", "Dense",
                              "Dense"]
    assert [layer.params.get("activation") for layer in graph.layers if layer.type in (
        "Conv2D", "Dense")] == ["prelu", "prelu", "silu", "hard_sigmoid"]
    # PReLU's slopes, one per unit or channel, as the folded activation's weights.
    np.testing.assert_array_equal(network.weights["fc1.act.weight"],
                                  model.act1.weight.detach().numpy())
    np.testing.assert_array_equal(network.weights["conv.act.weight"],
                                  model.cact.weight.detach().numpy())
    assert graph.layer("norm").params["epsilon"] == pytest.approx(1e-3)
    assert graph.analysis.total == torch_count(model)


# -- our own export, read back ---------------------------------------------------------------
def with_random_weights(network):
    """Weights a trained network would have: nonzero biases and BatchNorm statistics (the
    exporter drops an all-zero bias, and 0/1 statistics would prove nothing)."""
    state = build_model(network.graph, seed=0).layer_state()
    g = torch.Generator().manual_seed(0)
    weights = {}
    for key, value in state.items():
        if value.is_floating_point() and not key.endswith("core.weight"):
            value = torch.rand(value.shape, generator=g) * 0.5 + (
                0.5 if key.endswith(("running_var", ".weight")) else -0.25)
        weights[key] = value.numpy()
    network.weights = weights
    return network


@pytest.mark.slow
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_round_trip_through_our_export(path, tmp_path):
    from designer.export.onnx_export import export_onnx

    original = with_random_weights(load(path))
    target = tmp_path / f"{path.stem}.onnx"
    export_onnx(original, target)
    network, diff = compare(target)
    assert diff < TOLERANCE
    assert network.graph.analysis.total == original.graph.analysis.total
    # Dropout does nothing at prediction time, so the exporter leaves it out.
    assert types(network) == [t for t in types(original) if t != "Dropout"]
    assert [layer.params.get("activation", "linear") for layer in network.graph.layers] == [
        layer.params.get("activation", "linear") for layer in original.graph.layers
        if layer.type != "Dropout"]


# -- graphs built by hand --------------------------------------------------------------------
def test_gemm_alpha_beta_untransposed_and_matmul_add(tmp_path):
    """Gemm with B untransposed, alpha and beta folded into the weights; MatMul + Add as one
    Dense; Identity and Dropout (nothing at prediction time) between them dropped."""
    rng = np.random.default_rng(0)
    b, c = constant(rng, "B", 3, 4), constant(rng, "C", 4)
    w2, b2 = constant(rng, "W2", 4, 2), constant(rng, "b2", 2)
    nodes = [helper.make_node("Identity", ["x"], ["xi"], name="/Identity"),
             helper.make_node("Gemm", ["xi", "B", "C"], ["h"], name="/hidden/Gemm", transA=0,
                              transB=0, alpha=0.5, beta=2.0),
             helper.make_node("Dropout", ["h"], ["hd"], name="/drop/Dropout"),
             helper.make_node("Tanh", ["hd"], ["t"], name="/Tanh"),
             helper.make_node("MatMul", ["t", "W2"], ["m"], name="/head/MatMul"),
             helper.make_node("Add", ["b2", "m"], ["y"], name="/head/Add")]
    path = save(nodes, [tensor("x", ["N", 3])], [tensor("y", ["N", 2])], [b, c, w2, b2],
                tmp_path / "gemm.onnx")
    network, diff = compare(path)
    assert diff < TOLERANCE
    assert types(network) == ["Input", "Dense", "Dense"]
    assert network.graph.ids == ["x", "hidden", "head"]
    weights = network.weights
    np.testing.assert_allclose(weights["hidden.core.weight"], 0.5 * numpy_helper.to_array(b).T,
                               rtol=1e-6)
    np.testing.assert_allclose(weights["hidden.core.bias"], 2.0 * numpy_helper.to_array(c),
                               rtol=1e-6)
    assert network.graph.layer("hidden").params["activation"] == "tanh"
    assert network.graph.layer("head").params["use_bias"] is True
    assert network.graph.analysis.total == 3 * 4 + 4 + 4 * 2 + 2


def test_old_opset_is_read(tmp_path):
    """An opset 8 file (IR 3, where initializers are also listed as inputs)."""
    rng = np.random.default_rng(1)
    inits = [constant(rng, "fc.weight", 4, 3), constant(rng, "fc.bias", 4),
             constant(rng, "s", 4, low=0.5, high=1.5), constant(rng, "o", 4),
             constant(rng, "mu", 4), constant(rng, "var", 4, low=0.5, high=2.0)]
    nodes = [helper.make_node("Gemm", ["x", "fc.weight", "fc.bias"], ["h"], transB=1),
             helper.make_node("BatchNormalization", ["h", "s", "o", "mu", "var"], ["n"],
                              epsilon=1e-3),
             helper.make_node("Relu", ["n"], ["r"]), helper.make_node("Softmax", ["r"], ["y"])]
    listed = [tensor(t.name, list(t.dims)) for t in inits]
    path = save(nodes, [tensor("x", ["N", 3])] + listed, [tensor("y", ["N", 4])], inits,
                tmp_path / "old.onnx", opset=8, ir_version=3)
    network, diff = compare(path)
    assert diff < TOLERANCE
    assert types(network) == ["Input", "Dense", "BatchNorm", "Activation", "Activation"]
    assert network.graph.analysis.total == 4 * 3 + 4 + 4 * 4


def test_import_network_dispatches_onnx(tmp_path):
    torch.manual_seed(0)
    path = export(ResidualConcat(), (4,), tmp_path / "res.onnx", "legacy")
    network = import_network(path)
    assert network.source is None  # a new document: Save asks where
    assert network.name == "res"  # the exporter's 'main_graph' says nothing
    assert network.extra["imported_from"]["format"] == "ONNX"
    assert network.extra["imported_from"]["outputs"] == {"y": "head"}

"""ONNX import checked against onnxruntime: files written by torch's own exporters (the legacy
TorchScript one with and without constant folding, and the dynamo one), by our own export of
every example network, and by hand with onnx.helper, each imported, built and run beside
onnxruntime on random inputs; and files that must be refused, with every reason named."""
import contextlib
import logging
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from designer.build import build_model  # noqa: E402
from designer.interop import import_network  # noqa: E402
from designer.interop.common import InteropError  # noqa: E402
from designer.interop.onnx_model import load_onnx  # noqa: E402
from designer.serialization import load  # noqa: E402

EXAMPLES = sorted((Path(__file__).parent.parent / "resources" / "examples").glob("*.json"))
TOLERANCE = 1e-5
LEGACY = ["legacy", "legacy_nofold"]
DYNAMO = pytest.param("dynamo", marks=pytest.mark.slow)


@contextlib.contextmanager
def quiet_export():
    """torch's exporters talk: the legacy one announces its own deprecation, the dynamo one
    trips a FutureWarning inside torch's pytree and logs every torchvision op it skips. None
    of it is about the files they write, so only these are silenced, only here."""
    logger = logging.getLogger("torch.onnx")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "You are using the legacy TorchScript",
                                    DeprecationWarning)
            warnings.filterwarnings("ignore", "The feature will be removed", DeprecationWarning)
            warnings.filterwarnings("ignore", r"`isinstance\(treespec, LeafSpec\)`",
                                    FutureWarning)
            yield
    finally:
        logger.setLevel(level)


def export(model: nn.Module, shape, path: Path, mode: str, dynamic: bool = True) -> Path:
    """Write `model` with torch's own exporter: 'legacy' (constant folding on, the default),
    'legacy_nofold', 'legacy17' (opset 17: GELU spelled with Erf) or 'dynamo'; the batch
    axis is named (dynamic) unless `dynamic` is false (then it is fixed at 3)."""
    model.eval()
    x = torch.randn(3, *shape, generator=torch.Generator().manual_seed(1))
    with quiet_export():
        if mode == "dynamo":
            torch.onnx.export(model, (x,), str(path), dynamo=True, external_data=False,
                              verbose=False, input_names=["x"], output_names=["y"],
                              dynamic_shapes=({0: torch.export.Dim("batch")},))
        else:
            torch.onnx.export(model, (x,), str(path), dynamo=False,
                              do_constant_folding=mode != "legacy_nofold",
                              opset_version=17 if mode == "legacy17" else None,
                              input_names=["x"], output_names=["y"],
                              dynamic_axes={"x": {0: "batch"}, "y": {0: "batch"}} if dynamic
                              else None)
    return path


def compare(path: Path, batch: int = 5):
    """(network, largest difference) between the imported network, built with its weights,
    and onnxruntime running the file, on the same random inputs."""
    network = load_onnx(path)
    model = build_model(network.graph, weights=network.weights).eval()
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    info = network.extra["imported_from"]
    rng = np.random.default_rng(0)
    feeds = {i.name: rng.standard_normal([d if isinstance(d, int) else batch for d in i.shape])
             .astype(np.float32) for i in session.get_inputs()}
    names = [o.name for o in session.get_outputs()]
    want = dict(zip(names, session.run(None, feeds)))
    by_layer = {info["inputs"][name]: torch.from_numpy(x) for name, x in feeds.items()}
    with torch.no_grad():
        got = model(*[by_layer[i] for i in model.input_ids])
    got = dict(zip(model.output_ids, [got] if torch.is_tensor(got) else got))
    diff = max(float(np.abs(got[info["outputs"][n]].numpy() - want[n]).max()) for n in names)
    print(f"{path.name}: largest difference from onnxruntime {diff:.2e}")
    return network, diff


def torch_count(model: nn.Module) -> int:
    """Parameters plus BatchNorm's running statistics, which we count too (as Keras does)."""
    stats = sum(b.numel() for name, b in model.named_buffers() if name.endswith(
        ("running_mean", "running_var")))
    return sum(p.numel() for p in model.parameters()) + stats


def types(network) -> list[str]:
    return [layer.type for layer in network.graph.layers]


# -- torch models ----------------------------------------------------------------------------
class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        sizes = [6, 16, 16, 12, 12, 10, 8]
        for k in range(6):
            setattr(self, f"fc{k + 1}", nn.Linear(sizes[k], sizes[k + 1]))
        self.out = nn.Linear(8, 5)
        self.drop = nn.Dropout(0.3)
        self.lrelu, self.elu = nn.LeakyReLU(0.1), nn.ELU(0.7)

    def forward(self, x):
        x = self.drop(torch.relu(self.fc1(x)))
        x = torch.sigmoid(self.fc3(torch.tanh(self.fc2(x))))
        x = F.gelu(self.fc6(self.elu(self.fc5(self.lrelu(self.fc4(x))))))
        return torch.softmax(self.out(x), dim=1)


class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(8, momentum=0.2, eps=1e-4)
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(8, 6, 3, stride=2, padding=0)
        self.avg = nn.AvgPool2d(2)
        self.fc = nn.Linear(24, 4)
        with torch.no_grad():  # statistics a trained network would have, not 0 and 1
            self.bn1.running_mean.uniform_(-0.5, 0.5)
            self.bn1.running_var.uniform_(0.5, 2.0)
            self.bn1.weight.uniform_(0.5, 1.5)
            self.bn1.bias.uniform_(-0.3, 0.3)

    def forward(self, x):
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = self.avg(F.relu(self.conv2(x)))
        # The legacy exporter writes Shape, Gather, Unsqueeze and Concat for the Reshape's shape.
        return self.fc(x.view(x.size(0), -1))


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
def save(nodes, inputs, outputs, initializers, path, opset=17, ir_version=None, **kwargs):
    graph = helper.make_graph(nodes, "hand_built", inputs, outputs, initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)], **kwargs)
    if ir_version is not None:
        model.ir_version = ir_version
    onnx.save(model, str(path))
    return path


def tensor(name, shape):
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)


def constant(rng, name, *shape, low=-1.0, high=1.0):
    return numpy_helper.from_array(rng.uniform(low, high, shape).astype(np.float32), name)


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


# -- refusals --------------------------------------------------------------------------------
class Recurrent(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 4, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


# Tracing an LSTM warns that its input-size check becomes a constant and that its initial
# state is sized for the traced batch: true, and this file is only written to be refused.
@pytest.mark.filterwarnings("ignore::torch.jit.TracerWarning")
@pytest.mark.filterwarnings("ignore:Exporting a model to ONNX with a batch_size:UserWarning")
def test_unsupported_ops_are_named_together(tmp_path):
    torch.manual_seed(0)
    path = export(Recurrent(), (5, 3), tmp_path / "lstm.onnx", "legacy")
    with pytest.raises(InteropError) as error:
        load_onnx(path)
    text = str(error.value)
    assert str(path) in text and "cannot be imported" in text
    assert "'/lstm/LSTM' (LSTM): recurrent layers (LSTM)" in text
    assert "'/lstm/Transpose' (Transpose)" in text  # every node, not only the first


def test_custom_domain_op_is_named(tmp_path):
    nodes = [helper.make_node("Relu", ["x"], ["r"], name="act"),
             helper.make_node("FancyOp", ["r"], ["y"], name="fancy", domain="com.example")]
    graph = helper.make_graph(nodes, "g", [tensor("x", ["N", 3])], [tensor("y", ["N", 3])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17),
                                                    helper.make_opsetid("com.example", 1)])
    onnx.save(model, str(tmp_path / "custom.onnx"))
    with pytest.raises(InteropError, match=r"node 'fancy' \(FancyOp\): FancyOp is a custom op "
                                           r"\(domain 'com.example'\)"):
        load_onnx(tmp_path / "custom.onnx")


def test_damaged_files_are_refused_clearly(tmp_path):
    torch.manual_seed(0)
    good = export(MLP(), (6,), tmp_path / "good.onnx", "legacy").read_bytes()
    cases = {"truncated.onnx": good[: len(good) // 2], "garbage.onnx": b"not a model\n" * 20,
             "empty.onnx": b""}
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InteropError) as error:
            load_onnx(path)
        text = str(error.value)
        assert text.startswith(str(path)) and (
            "not a readable ONNX model" in text or "holds no graph" in text), text
    with pytest.raises(InteropError, match="no such file"):
        load_onnx(tmp_path / "missing.onnx")


class Single(nn.Module):
    def __init__(self, layer, then=None):
        super().__init__()
        self.layer, self.then = layer, then

    def forward(self, x):
        x = self.layer(x)
        return self.then(x) if self.then else x


class Stem(nn.Module):
    """A ResNet-style stem: torch pads 1 on every side where Keras' 'same' at stride 2 on an even
    size pads 0 and 1, so the padding becomes a ZeroPadding2D layer in front."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, stride=2, padding=1)
        self.pad = nn.ZeroPad2d((1, 2, 0, 1))
        self.avg = nn.AvgPool2d(3, 2, padding=1)  # counts the padding's zeros (torch's default)
        self.conv2 = nn.Conv2d(4, 2, 3, padding=(2, 1))

    def forward(self, x):
        return self.conv2(self.avg(self.pad(torch.relu(self.conv(x)))))


# The legacy exporter notes that it could not pre-compute the Slice around its Pad: a remark
# about its own optimisation, not about the file.
@pytest.mark.filterwarnings("ignore:Constant folding - Only steps=1:UserWarning")
@pytest.mark.parametrize("mode", ["legacy", DYNAMO])
def test_explicit_padding_becomes_a_zero_padding_layer(mode, tmp_path):
    torch.manual_seed(0)
    path = export(Stem(), (3, 10, 8), tmp_path / "stem.onnx", mode)
    network, diff = compare(path)
    assert diff < TOLERANCE
    assert types(network).count("ZeroPadding2D") == 4
    pads = [layer.params["padding"] for layer in network.graph.layers
            if layer.type == "ZeroPadding2D"]
    assert pads == [1, [0, 1, 1, 2], 1, [2, 1]]
    assert network.graph.analysis.total == torch_count(Stem())


INEXACT = {
    "grouped_conv": (Single(nn.Conv2d(4, 4, 3, groups=2)), (4, 6, 6), "group=2"),
    "max_pool_padding_1": (Single(nn.MaxPool2d(3, 2, padding=1)), (2, 6, 6),
                           "'/layer/MaxPool' (MaxPool): pads [1, 1, 1, 1]"),
    "ceil_mode": (Single(nn.MaxPool2d(2, ceil_mode=True)), (2, 5, 5), "ceil_mode=1"),
    "constant_added": (Single(nn.ReLU(), lambda x: x + 1.0), (4,), "adds a constant"),
    "tanh_gelu": (Single(nn.Linear(3, 3), nn.GELU("tanh")), (3,), "tanh approximation"),
}


@pytest.mark.parametrize("case", INEXACT, ids=list(INEXACT))
def test_what_cannot_be_expressed_exactly_is_refused(case, tmp_path):
    torch.manual_seed(0)
    model, shape, reason = INEXACT[case]
    path = export(model, shape, tmp_path / f"{case}.onnx", "legacy")
    with pytest.raises(InteropError, match="cannot be imported") as error:
        load_onnx(path)
    assert reason in str(error.value)


HAND_BUILT_REFUSALS = {
    "computed_weight": ([helper.make_node("MatMul", ["x", "w"], ["y"], name="/fc/MatMul")],
                        [tensor("w", [3, 2])], ["N", 2],
                        "'/fc/MatMul' (MatMul): its second operand 'w' is computed from the "
                        "input"),
    "same_input_twice": ([helper.make_node("Add", ["x", "x"], ["y"], name="twice")], [],
                         ["N", 3], "'twice' (Add): reads the same values more than once"),
    "batch_reshaped_away": ([helper.make_node("Reshape", ["x", "flat"], ["y"], name="squash")],
                            [], ["M"], "reshapes its [3] input (batch left out) to [-1]"),
}


@pytest.mark.parametrize("case", HAND_BUILT_REFUSALS, ids=list(HAND_BUILT_REFUSALS))
def test_hand_built_graphs_that_are_refused(case, tmp_path):
    nodes, more_inputs, out_shape, reason = HAND_BUILT_REFUSALS[case]
    flat = numpy_helper.from_array(np.array([-1], np.int64), "flat")
    path = save(nodes, [tensor("x", ["N", 3])] + more_inputs, [tensor("y", out_shape)],
                [flat] if case == "batch_reshaped_away" else [], tmp_path / f"{case}.onnx")
    with pytest.raises(InteropError, match="cannot be imported") as error:
        load_onnx(path)
    assert reason in str(error.value)


def test_fixed_batch_size(tmp_path):
    """A file exported for one batch size: its Reshape names that size, not -1."""
    torch.manual_seed(0)
    model = CNN()
    path = export(model, (3, 18, 18), tmp_path / "cnn_fixed.onnx", "legacy", dynamic=False)
    assert onnx.load(str(path)).graph.input[0].type.tensor_type.shape.dim[0].dim_value == 3
    network, diff = compare(path)
    assert diff < TOLERANCE
    assert types(network) == ["Input", "Conv2D", "MaxPool2D", "Conv2D", "AvgPool2D", "Flatten",
                              "Dense"]


def test_same_pooling_that_leaves_padding_out(tmp_path):
    model = nn.Sequential(nn.MaxPool2d(3, 1, padding=1),
                          nn.AvgPool2d(3, 1, padding=1, count_include_pad=False))
    network, diff = compare(export(model, (2, 5, 5), tmp_path / "pool.onnx", "legacy"))
    assert diff < TOLERANCE
    assert types(network) == ["Input", "MaxPool2D", "AvgPool2D"]
    assert {layer.params["padding"] for layer in network.graph.layers[1:]} == {"same"}


def test_weights_stored_beside_the_model(tmp_path):
    torch.manual_seed(0)
    cnn = CNN()
    model = onnx.load(str(export(cnn, (3, 18, 18), tmp_path / "cnn.onnx", "legacy")))
    path = tmp_path / "beside" / "cnn.onnx"
    path.parent.mkdir()
    onnx.save_model(model, str(path), save_as_external_data=True, location="cnn.data",
                    size_threshold=0)
    network, diff = compare(path)
    assert diff < TOLERANCE
    assert network.graph.analysis.total == torch_count(cnn) - 4 * 8  # BatchNorm folded
    (path.parent / "cnn.data").unlink()
    with pytest.raises(InteropError, match="weights are stored beside it in cnn.data, which "
                                           "is missing"):
        load_onnx(path)

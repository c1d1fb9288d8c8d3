"""ONNX files that must be refused, with every reason named at once: ops we have no layer for,
custom domains, damaged files, and what cannot be expressed exactly; and the edge cases read
exactly (explicit padding, a fixed batch size, weights stored beside the model)."""

import numpy as np
import pytest
import torch
from torch import nn

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import helper, numpy_helper  # noqa: E402
from onnx_helpers import (  # noqa: E402
    CNN,
    DYNAMO,
    MLP,
    TOLERANCE,
    compare,
    export,
    save,
    tensor,
    torch_count,
    types,
)

from designer.interop.common import InteropError  # noqa: E402
from designer.interop.onnx_model import load_onnx  # noqa: E402


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

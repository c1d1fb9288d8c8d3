"""Shared by the ONNX import tests: torch's exporters, quietly; running an imported network
beside onnxruntime; and the pieces of graphs built by hand with onnx.helper."""
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
from designer.interop.onnx_model import load_onnx  # noqa: E402

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
    want = dict(zip(names, session.run(None, feeds), strict=True))
    by_layer = {info["inputs"][name]: torch.from_numpy(x) for name, x in feeds.items()}
    with torch.no_grad():
        got = model(*[by_layer[i] for i in model.input_ids])
    got = dict(zip(model.output_ids, [got] if torch.is_tensor(got) else got, strict=True))
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


# -- torch models more than one test file exports --------------------------------------------
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

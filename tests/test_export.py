"""Exports compute what the app computes: the standalone PyTorch script and ONNX (checked with
onnxruntime) against the built model, on every example and on a graph using every layer type."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from designer.build import build_model
from designer.export.onnx_export import export_onnx
from designer.export.pytorch_code import pytorch_code, write_pytorch
from designer.graph import Layer, NetworkGraph
from designer.layers import LAYERS
from designer.network import Network
from designer.serialization import load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))


def zoo() -> Network:
    """Every layer type, odd sizes for 'same' padding, a merge, and ids that clash with
    ModuleDict attributes or Python keywords."""
    g = NetworkGraph()
    layers = [
        Layer.create("Input", "in", shape=[50]),
        Layer.create("Reshape", "img", target_shape=[2, 5, 5]),
        Layer.create("ZeroPadding2D", "pad", padding=[0, 1, 1, 0]),
        Layer.create("Conv2D", "keys", filters=4, kernel_size=2, strides=2, padding="same",
                     activation="prelu"),
        Layer.create("MaxPool2D", "pool", pool_size=2, strides=1, padding="same"),
        Layer.create("AvgPool2D", "avg", pool_size=3, strides=1, padding="same"),
        Layer.create("BatchNorm", "bn"),
        Layer.create("LayerNorm", "ln"),
        Layer.create("Concatenate", "cat"),
        Layer.create("Flatten", "flat"),
        Layer.create("GlobalAvgPool2D", "gap"),
        Layer.create("GlobalMaxPool2D", "gmp"),
        Layer.create("Concatenate", "feat"),
        Layer.create("Dense", "class", units=6, activation={"name": "leaky_relu", "alpha": 0.1},
                     dropout=0.2),
        Layer.create("Dense", "side", units=6, activation="gelu", use_bias=False),
        Layer.create("Add", "add"),
        Layer.create("Activation", "act", activation="softmax"),
        Layer.create("Dropout", "drop", rate=0.1),
        Layer.create("LayerNorm", "ln2"),
    ]
    for layer in layers:
        g.add_layer(layer)
    for s, d in [("in", "img"), ("img", "pad"), ("pad", "keys"), ("keys", "pool"), ("keys", "avg"),
                 ("pool", "bn"), ("avg", "ln"), ("bn", "cat"), ("ln", "cat"), ("cat", "flat"),
                 ("cat", "gap"), ("cat", "gmp"), ("flat", "feat"), ("gap", "feat"),
                 ("gmp", "feat"), ("feat", "class"), ("feat", "side"), ("class", "add"),
                 ("side", "add"), ("add", "act"), ("act", "drop"), ("drop", "ln2")]:
        g.connect(s, d)
    assert g.analysis.valid, g.analysis.problems
    assert {layer.type for layer in g.layers} == set(LAYERS.names())
    return Network(g, name="zoo")


def _exec_export(network):
    namespace = {"__name__": "exported"}
    exec(compile(pytorch_code(network), "exported.py", "exec"), namespace)
    cls = [v for k, v in namespace.items() if isinstance(v, type)
           and issubclass(v, torch.nn.Module) and k != "SamePool"][-1]
    return cls()


@pytest.mark.parametrize("network", [zoo()] + [load(p) for p in EXAMPLES],
                         ids=["zoo"] + [p.stem for p in EXAMPLES])
def test_pytorch_script_matches_the_built_model(network):
    model = build_model(network.graph, seed=3)
    with torch.no_grad():  # give BatchNorm non-trivial statistics
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.running_mean.uniform_(-1, 1)
                m.running_var.uniform_(0.5, 2)
    exported = _exec_export(network)
    exported.load_layer_state(model.layer_state())
    model.eval()
    exported.eval()
    shape = network.graph.analysis.layers[model.input_ids[0]].output_shape
    x = torch.randn(4, *shape)
    with torch.no_grad():
        torch.testing.assert_close(exported(x), model(x), rtol=0, atol=0)


def test_script_runs_standalone_with_trained_weights(tmp_path):
    network = load(ROOT / "resources" / "examples" / "xor.json")
    network.weights = {k: v.numpy() for k, v in build_model(network.graph, seed=1)
                       .layer_state().items()}
    result = write_pytorch(network, tmp_path / "xor.py")
    assert Path(result["weights"]).exists()
    out = subprocess.run([sys.executable, result["path"], result["weights"]],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "output shape: (1, 1)" in out.stdout


@pytest.mark.parametrize("network", [zoo(), load(ROOT / "resources/examples/small_cnn.json")],
                         ids=["zoo", "small_cnn"])
def test_onnx_matches_torch(network, tmp_path):
    result = export_onnx(network, tmp_path / "net.onnx")
    assert result["max_abs_diff"] is not None and result["max_abs_diff"] < 1e-5
    import onnxruntime

    session = onnxruntime.InferenceSession(result["path"], providers=["CPUExecutionProvider"])
    shape = network.graph.analysis.layers["in"].output_shape
    batch = session.run(None, {result["inputs"][0]: torch.randn(7, *shape).numpy()})[0]
    assert batch.shape[0] == 7  # the batch axis is dynamic


def test_cli_export(tmp_path):
    xor = ROOT / "resources" / "examples" / "xor.json"
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(xor), "-o",
                          str(tmp_path / "xor.py")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.splitlines()[-1])["path"].endswith("xor.py")
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(xor), "-o",
                          str(tmp_path / "xor.txt")], capture_output=True, text=True)
    assert bad.returncode == 2 and "name it .onnx" in bad.stderr

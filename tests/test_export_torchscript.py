"""TorchScript export: the file loads with `torch.jit.load` alone and gives what
`predict --preprocessed` gives, for every example network and the all-layers zoo."""
import json
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
from test_export import EXAMPLES, zoo

from designer.build import build_model
from designer.export.torchscript import export_torchscript
from designer.predict import predict
from designer.serialization import load

ROOT = Path(__file__).resolve().parent.parent


def with_random_weights(network, seed=3):
    model = build_model(network.graph, seed=seed)
    for module in model.modules():  # non-trivial BatchNorm statistics
        if isinstance(module, torch.nn.modules.batchnorm._BatchNorm):
            module.running_mean.uniform_(-1, 1)
            module.running_var.uniform_(0.5, 2)
    network.weights = {k: v.numpy() for k, v in model.layer_state().items()}
    return network


def jit_outputs(path, x, fresh_process=False):
    """What the file computes, loaded by torch alone (in a fresh process that imports nothing
    of ours, when asked)."""
    if not fresh_process:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # TorchScript is deprecated
            return torch.jit.load(str(path))(torch.as_tensor(x)).numpy()
    np.save(path.with_suffix(".x.npy"), x)
    code = ("import sys, numpy as np, torch; m = torch.jit.load(sys.argv[1]); "
            "x = torch.as_tensor(np.load(sys.argv[2])); "
            "np.save(sys.argv[3], m(x).detach().numpy())")
    out = path.with_suffix(".y.npy")
    subprocess.run([sys.executable, "-c", code, str(path), str(path.with_suffix(".x.npy")),
                    str(out)], check=True, cwd=path.parent)
    return np.load(out)


@pytest.mark.parametrize("path", EXAMPLES + ["zoo"], ids=lambda p: getattr(p, "stem", p))
def test_torchscript_equals_predict(path, tmp_path):
    network = with_random_weights(zoo() if path == "zoo" else load(path))
    result = export_torchscript(network, tmp_path / "net.pt")
    assert result["max_abs_diff"] < 1e-6
    in_id = build_model(network.graph).input_ids[0]
    shape = network.graph.analysis.layers[in_id].output_shape
    x = np.random.default_rng(0).normal(size=(7, *shape)).astype(np.float32)
    got = jit_outputs(tmp_path / "net.pt", x)
    want = predict(network, x, preprocessed=True)["outputs"]
    assert np.abs(got.reshape(len(x), -1) - want).max() < 1e-6


def test_logits_become_the_probabilities_predict_gives(tmp_path):
    network = with_random_weights(load(ROOT / "resources/examples/mlp_dropout_digits.json"))
    out = network.graph.layer(build_model(network.graph).output_ids[0])
    out.params["activation"] = "linear"  # trained on logits: predict applies the softmax
    network.history = {"runs": [{"data": {"from_logits": True, "task": "classification"}}]}
    export_torchscript(network, tmp_path / "net.pt")
    x = np.random.default_rng(1).normal(size=(4, 64)).astype(np.float32)
    got = jit_outputs(tmp_path / "net.pt", x, fresh_process=True)
    assert np.allclose(got.sum(1), 1, atol=1e-6)
    assert np.abs(got - predict(network, x, preprocessed=True)["outputs"]).max() < 1e-6


@pytest.mark.filterwarnings("ignore:`torch.jit.load` is deprecated:DeprecationWarning")
def test_the_document_travels_inside(tmp_path):
    network = with_random_weights(load(ROOT / "resources/examples/xor.json"))
    export_torchscript(network, tmp_path / "xor.pt")
    extra = {"network.json": "", "preprocessing.json": ""}
    torch.jit.load(str(tmp_path / "xor.pt"), _extra_files=extra)
    assert json.loads(extra["network.json"])["name"] == "XOR"

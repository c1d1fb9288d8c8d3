"""`main.py summary` and `main.py validate` as a script or a person runs them."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
XOR = ROOT / "resources" / "examples" / "xor.json"


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


def test_summary_json_fields():
    out = run("summary", XOR, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["layers"][1] == {"id": "h", "type": "Dense", "output_shape": [4], "params": 12,
                                 "inputs": ["in"]}
    assert (data["total_params"], data["trainable_params"], data["non_trainable_params"]) == \
        (17, 17, 0)


def test_summary_text_looks_like_keras():
    out = run("summary", ROOT / "resources" / "examples" / "keras_template.json")
    assert out.returncode == 0
    assert "Total params: 238,218" in out.stdout and "Non-trainable params: 256" in out.stdout
    assert "(None, 28, 28)" in out.stdout


def test_validate(tmp_path):
    assert run("validate", XOR).returncode == 0
    bad = json.loads(XOR.read_text())
    bad["layers"][1]["units"] = -4
    bad["layers"][2]["activation"] = "sigmoidd"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    out = run("validate", path)
    assert out.returncode == 1
    assert out.stdout.splitlines() == [
        "h: units must be at least 1, got -4",
        "out: activation: unknown activation 'sigmoidd'. Did you mean 'sigmoid'? Known: linear, "
        "sigmoid, tanh, relu, leaky_relu, prelu, elu, selu, gelu, silu, mish, softplus, "
        "softsign, hard_sigmoid, softmax."]


@pytest.mark.parametrize("content", [None, "{broken", '{"layers": [{"id": 1}]}', "[]"])
def test_bad_input_is_one_line_without_traceback(tmp_path, content):
    path = tmp_path / "net.json"
    if content is not None:
        path.write_text(content)
    for command in ("summary", "validate"):
        out = run(command, path)
        assert out.returncode == 2
        assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
        assert out.stderr.startswith("error: ") and "net.json" in out.stderr


def test_usage_errors_do_not_trace():
    out = run("summary")
    assert out.returncode == 2 and "Traceback" not in out.stderr and "usage" in out.stderr

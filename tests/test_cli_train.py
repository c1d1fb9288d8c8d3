"""`main.py train`, `predict` and `datasets` as a script or a person runs them."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from designer.cli import main
from designer.serialization import load

ROOT = Path(__file__).resolve().parent.parent
XOR = ROOT / "resources" / "examples" / "xor.json"
SUMMARY_KEYS = {"epochs_run", "train_loss", "val_loss", "train_accuracy", "val_accuracy",
                "seconds", "samples_per_second", "stopped_reason"}


def _last_json(text):
    return json.loads(text.strip().splitlines()[-1])


def test_train_prints_a_summary_writes_the_log_and_saves(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "train", str(XOR), "--output",
                          str(tmp_path / "xor.nnd"), "--log", str(tmp_path / "log.jsonl")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    summary = _last_json(out.stdout)
    assert SUMMARY_KEYS <= set(summary) and summary["train_accuracy"] == 1.0
    assert summary["val_loss"] is None and summary["stopped_reason"] == "completed"
    assert "epoch" in out.stderr and "300/300" in out.stderr  # the progress bar
    lines = [json.loads(x) for x in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert lines[0]["type"] == "start" and lines[-1]["type"] == "end"
    assert sum(x["type"] == "epoch" for x in lines) == 300
    trained = load(tmp_path / "xor.nnd")
    assert trained.weights and trained.history["runs"][0]["summary"]["train_accuracy"] == 1.0


def test_overrides_and_a_regression_summary(tmp_path, capsys):
    net = tmp_path / "lin.json"
    net.write_text(json.dumps({
        "layers": [{"id": "in", "type": "Input", "shape": [1]}, {"id": "out", "type": "Dense",
                                                                 "units": 1}],
        "connections": [["in", "out"]], "dataset": {"name": "linear"},
        "training": {"loss": "mse", "optimizer": {"name": "sgd", "learning_rate": 0.01},
                     "validation_split": 0.2}}))
    assert main(["train", str(net), "--epochs", "3", "--seed", "4", "--quiet"]) == 0
    captured = capsys.readouterr()
    summary = _last_json(captured.out)
    assert summary["epochs_run"] == 3 and summary["seed"] == 4
    assert summary["train_accuracy"] is None and summary["val_r2"] is not None
    assert "--output" in captured.err


def test_precision_is_overridden_from_the_command_line(capsys):
    assert main(["train", str(XOR), "--epochs", "2", "--seed", "1", "--quiet",
                 "--precision", "bf16"]) == 0
    captured = capsys.readouterr()
    assert _last_json(captured.out)["engine"] == "autograd"  # bf16 needs autocast
    assert "precision bf16" in captured.err
    assert main(["train", str(XOR), "--epochs", "2", "--quiet", "--precision", "fp16",
                 "--device", "cpu"]) == 2  # a setting the machine cannot run
    assert "fp16 needs a CUDA GPU" in capsys.readouterr().err


def test_a_diverging_run_exits_non_zero_with_its_reason(tmp_path, capsys):
    doc = json.loads(XOR.read_text())
    doc["training"]["optimizer"] = {"name": "sgd", "learning_rate": 1e30}
    doc["training"]["loss"] = "mse"
    doc["layers"][-1]["activation"] = "linear"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    code = main(["train", str(path), "--quiet", "--output", str(tmp_path / "out.nnd")])
    captured = capsys.readouterr()
    assert code == 1 and "Traceback" not in captured.err
    assert "error: the loss became" in captured.err
    assert _last_json(captured.out)["stopped_reason"] == "diverged"
    assert not (tmp_path / "out.nnd").exists()


def test_setting_and_data_errors_are_one_line(tmp_path, capsys):
    doc = json.loads(XOR.read_text())
    doc["dataset"] = {"name": "iris"}
    path = tmp_path / "iris.json"
    path.write_text(json.dumps(doc))
    assert main(["train", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "expects [2]" in err and len(err.splitlines()) == 1
    assert main(["train", str(XOR), "--device", "tpu"]) == 2
    assert "device must be auto, cpu or cuda" in capsys.readouterr().err


def test_predict_from_csv_and_npy(tmp_path, capsys):
    assert main(["train", str(XOR), "--quiet", "--output", str(tmp_path / "x.nnd")]) == 0
    (tmp_path / "in.csv").write_text("a,b\n0,0\n0,1\n1,0\n1,1\n")
    assert main(["predict", str(tmp_path / "x.nnd"), "--input", str(tmp_path / "in.csv"),
                 "--output", str(tmp_path / "out.csv")]) == 0
    rows = (tmp_path / "out.csv").read_text().splitlines()
    assert rows[0] == "class,p(1)" and [r.split(",")[0] for r in rows[1:]] == ["0", "1", "1", "0"]
    np.save(tmp_path / "in.npy", np.array([[0, 1], [1, 1]], np.float32))
    assert main(["predict", str(tmp_path / "x.nnd"), "--input", str(tmp_path / "in.npy"),
                 "--output", str(tmp_path / "out.npy")]) == 0
    y = np.load(tmp_path / "out.npy")
    assert y.shape == (2, 1) and y[0, 0] > 0.5 > y[1, 0]
    assert main(["predict", str(XOR), "--input", str(tmp_path / "in.npy"), "--output",
                 str(tmp_path / "o.npy")]) == 2
    assert "no trained weights" in capsys.readouterr().err


def test_datasets_lists_shapes_and_tasks(capsys):
    assert main(["datasets"]) == 0
    lines = capsys.readouterr().out.splitlines()
    spiral = next(x for x in lines if x.startswith("spiral "))
    assert "classification" in spiral and " 2 " in spiral
    assert main(["datasets", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["digits"]["shape"] == [64] and rows["linear"]["task"] == "regression"

"""The GPU paths a user takes: `main.py train --device cuda` and a run of the window's Training
panel with its device set to cuda (both runners). They run where torch sees a CUDA GPU and skip
elsewhere (CI has none); mixed precision and torchrun on GPUs are in test_training_precision.py
and test_distributed.py."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from designer.training.process_runner import ProcessRunner
from designer.training.records import End, Start
from designer.training.runners import ThreadRunner, snapshot
from tests.training_helpers import collect, xor_net

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(),
                                reason="needs a CUDA GPU (torch sees none here)")
ROOT = Path(__file__).resolve().parent.parent


def test_train_on_cuda_from_the_command_line(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "train",
                          str(ROOT / "resources" / "examples" / "small_cnn.json"), "--epochs",
                          "2", "--device", "cuda", "--quiet", "--output",
                          str(tmp_path / "cnn.nnd")], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert summary["device"].startswith("cuda") and summary["engine"] == "autograd"
    assert summary["val_accuracy"] > 0.5 and (tmp_path / "cnn.nnd").exists()


@pytest.mark.parametrize("runner", [ThreadRunner, ProcessRunner])
def test_a_window_run_with_device_cuda_trains_on_the_gpu(runner):
    spec = {**snapshot(xor_net()), "overrides": {"epochs": 200},
            "options": {"device": "cuda"}}
    records = collect(runner(spec), timeout=120)
    start = next(r for r in records if isinstance(r, Start))
    end = next(r for r in records if isinstance(r, End))
    assert start.device.startswith("cuda") and end.reason == "completed"
    assert end.value("train_accuracy") == 1.0
    weights = records[-1].weights  # the result: NumPy arrays on the host
    assert all(isinstance(w, np.ndarray) for w in weights.values())

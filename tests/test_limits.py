"""Limits: a network, a run or a data file that cannot fit in memory is refused before anything
is allocated, with the numbers. ND_MEMORY_LIMIT_BYTES stands for a small machine, so no test
needs much memory."""
import gzip
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from helpers import chain

from designer import limits
from designer.datasets import DatasetError, tabular
from designer.datasets import idx as idx_module
from designer.errors import NetworkFileError
from designer.limits import ENV_LIMIT, human_bytes
from designer.serialization import load, loads, save

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
XOR = EXAMPLES / "xor.json"
DIGITS = EXAMPLES / "mlp_dropout_digits.json"
HUGE = 2_000_000_000


def huge_xor(tmp_path) -> Path:
    doc = json.loads(XOR.read_text())
    doc["layers"][1]["units"] = HUGE
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(doc))
    return path


def run(*args, limit=None):
    env = {k: v for k, v in os.environ.items() if k != ENV_LIMIT}
    if limit is not None:
        env[ENV_LIMIT] = str(limit)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_human_bytes():
    assert human_bytes(8e9) == "8.0 GB"
    assert human_bytes(23_100_000_000) == "23.1 GB"
    assert human_bytes(512e6) == "512 MB"
    assert human_bytes(68_096) == "68.1 kB"
    assert human_bytes(12) == "12 bytes"


def test_budget_from_the_environment_or_the_machine(monkeypatch):
    monkeypatch.setenv(ENV_LIMIT, "2e9")
    assert limits.budget() == limits.Budget(2_000_000_000, "the 2.0 GB limit set by "
                                            "ND_MEMORY_LIMIT_BYTES")
    monkeypatch.setenv(ENV_LIMIT, "lots")  # not a number: the machine's memory counts
    machine = limits.budget()
    assert machine is not None and machine.bytes > 0
    assert "this machine has" in machine.where and "90% of the" in machine.where
    monkeypatch.delenv(ENV_LIMIT)
    free = limits.available_memory()
    assert free and abs(limits.budget().bytes - 0.9 * free) < 0.1 * free  # memory moves a bit


def test_a_layer_too_big_for_memory_is_a_problem_with_the_numbers(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_LIMIT, "1e9")
    network = load(huge_xor(tmp_path))
    analysis = network.graph.analysis
    assert not analysis.valid
    assert analysis.problems_of("h") == [
        "Dense 'h' would need 24.0 GB of weights (6,000,000,000 parameters x 4 bytes), more "
        "than the 1.0 GB limit set by ND_MEMORY_LIMIT_BYTES; use fewer units"]
    # the layer after it is too big because of its input: the message says which to shrink
    assert analysis.problems_of("out") == [
        "Dense 'out' would need 8.0 GB of weights (2,000,000,001 parameters x 4 bytes), more "
        "than the 1.0 GB limit set by ND_MEMORY_LIMIT_BYTES; its input from 'h' has "
        "2,000,000,000 values per sample; make 'h' smaller"]
    assert analysis.layers["h"].output_shape == (HUGE,)  # the summary still shows its size


def test_a_single_sample_too_big_and_a_network_too_big_in_all(monkeypatch):
    monkeypatch.setenv(ENV_LIMIT, "1000000")
    wide = chain(("Input", {"shape": [300_000]}), ("Flatten", {}))
    assert wide.analysis.problems_of("l0") == [
        "Input 'l0' would need 1.2 MB for its output of a single sample (300,000 values x 4 "
        "bytes), more than the 1.0 MB limit set by ND_MEMORY_LIMIT_BYTES; give it a smaller "
        "shape"]
    # three layers of 0.4 MB each: none is too big alone, together they are
    deep = chain(("Input", {"shape": [316]}), ("Dense", {"units": 316}),
                 ("Dense", {"units": 316}), ("Dense", {"units": 316}))
    problems = [str(p) for p in deep.analysis.problems]
    assert problems == [
        "network: the network would need 1.2 MB of weights (300,516 parameters x 4 bytes), "
        "more than the 1.0 MB limit set by ND_MEMORY_LIMIT_BYTES; the biggest layer is Dense "
        "'l1' (401 kB)"]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_examples_fit_this_machine(path, monkeypatch):
    monkeypatch.delenv(ENV_LIMIT, raising=False)
    assert load(path).graph.analysis.valid


def test_cli_validate_and_summary_name_the_layer(tmp_path):
    out = run("validate", huge_xor(tmp_path), limit=10**9)
    assert out.returncode == 1
    assert out.stdout.splitlines()[0] == (
        "h: Dense 'h' would need 24.0 GB of weights (6,000,000,000 parameters x 4 bytes), more "
        "than the 1.0 GB limit set by ND_MEMORY_LIMIT_BYTES; use fewer units")
    assert run("summary", huge_xor(tmp_path), limit=10**9).returncode == 1


def test_cli_train_refuses_a_two_billion_unit_dense_before_allocating(tmp_path):
    out = run("train", huge_xor(tmp_path), "--quiet", limit=10**9)
    assert out.returncode in (1, 2), out.stderr
    assert "Dense 'h' would need 24.0 GB of weights" in out.stderr
    assert "internal error" not in out.stderr and "Traceback" not in out.stderr


def test_trainer_refuses_a_batch_that_does_not_fit(monkeypatch):
    from designer.training import Trainer, TrainingError

    network = load(DIGITS)
    monkeypatch.setenv(ENV_LIMIT, "300000")
    assert network.graph.analysis.valid  # the weights alone fit: only a run is refused
    built = []
    monkeypatch.setattr("designer.training.trainer.build_model",
                        lambda *a, **k: built.append(1))
    with pytest.raises(TrainingError) as e:
        Trainer(network).prepare()
    assert str(e.value) == (
        "training would need about 344 kB of memory (276 kB for the weights, their gradients "
        "and the adam optimizer's state; 68.1 kB for the activations of a batch of 32), more "
        "than the 300 kB limit set by ND_MEMORY_LIMIT_BYTES. The biggest layer is Dense "
        "'hidden1' (8,320 parameters, 128 output values per sample); make 'hidden1' smaller, "
        "or lower batch_size to 11 or less")
    assert not built  # refused before anything was built
    monkeypatch.setenv(ENV_LIMIT, "200000")
    with pytest.raises(TrainingError, match="its weights alone leave no room for a batch"):
        Trainer(network).prepare()
    monkeypatch.setenv(ENV_LIMIT, "300000")
    assert limits.training_problem(network.graph, 11, "adam") is None  # as the advice says
    assert limits.training_problem(network.graph, 12, "adam") is not None


def test_trainer_plans_for_the_batch_the_data_allows(monkeypatch):
    from designer.training import Trainer

    network = load(XOR)  # 4 samples: a batch_size of 100,000 is a batch of 4
    monkeypatch.setenv(ENV_LIMIT, "1000")
    trainer = Trainer(network, {"batch_size": 100_000, "epochs": 1})
    trainer.prepare()
    assert trainer.prepared


# -- files --------------------------------------------------------------------------------
def test_csv_size_cap_and_memory(monkeypatch, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,b,label\n" + "1.5,2.5,0\n" * 20)
    monkeypatch.setattr(tabular, "MAX_CSV_BYTES", 100)
    with pytest.raises(DatasetError) as e:
        tabular.load_csv(path)
    assert str(e.value) == f"{path}: the CSV file holds 210 bytes, over the 100 bytes limit " \
                           "for CSV files"
    monkeypatch.setattr(tabular, "MAX_CSV_BYTES", 1 << 30)
    monkeypatch.setenv(ENV_LIMIT, "1000")
    with pytest.raises(DatasetError) as e:
        tabular.load_csv(path)
    assert str(e.value) == (f"{path}: reading the CSV file (210 bytes) would need about 3.4 kB "
                            "of memory, more than the 1.0 kB limit set by "
                            "ND_MEMORY_LIMIT_BYTES")
    monkeypatch.delenv(ENV_LIMIT)
    assert len(tabular.load_csv(path)) == 20


def test_npz_size_cap(monkeypatch, tmp_path):
    path = tmp_path / "d.npz"
    np.savez(path, x=np.zeros((100, 3), np.float32), y=np.zeros(100, np.int64))
    monkeypatch.setattr(tabular, "MAX_NPZ_BYTES", 1000)
    with pytest.raises(DatasetError, match=r"d\.npz: the NPZ file holds 2\.3 kB, over the "
                                           r"1\.0 kB limit for NPZ files"):
        tabular.load_npz(path)
    monkeypatch.setattr(tabular, "MAX_NPZ_BYTES", 1 << 30)
    assert len(tabular.load_npz(path)) == 100


def _idx(path, dims, payload: bytes, opener=open):
    with opener(path, "wb") as f:
        f.write(bytes([0, 0, 0x08, len(dims)]) + np.array(dims, ">u4").tobytes() + payload)


def test_idx_header_checked_before_the_data_is_read(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte.gz"
    _idx(path, [4_000_000_000, 28, 28], b"\0" * 10, gzip.open)  # claims 3.1 TB
    with pytest.raises(DatasetError) as e:
        idx_module.read_idx(path)
    assert str(e.value) == (f"{path}: the IDX file holds 3.1 TB, over the 4.3 GB limit for "
                            "IDX files (its header declares shape (4000000000, 28, 28))")


def test_idx_memory_budget_and_normal_reads(monkeypatch, tmp_path):
    path = tmp_path / "images"
    _idx(path, [3, 2, 2], bytes(range(12)))
    assert idx_module.read_idx(path).tolist()[2] == [[8, 9], [10, 11]]
    monkeypatch.setenv(ENV_LIMIT, "50")  # 12 bytes become 9 x 12 in float32 copies
    with pytest.raises(DatasetError, match=r"reading the IDX file \(12 bytes\) would need about "
                                           r"108 bytes of memory"):
        idx_module.read_idx(path)
    monkeypatch.delenv(ENV_LIMIT)
    for payload in (bytes(11), bytes(13)):  # short or long: the shape does not match
        _idx(path, [3, 2, 2], payload)
        with pytest.raises(DatasetError, match=r"truncated IDX file \(expected shape "
                                               r"\(3, 2, 2\)\)"):
            idx_module.read_idx(path)


def test_nnd_member_cap_says_the_sizes(monkeypatch, tmp_path):
    path = save(loads(XOR.read_text()), tmp_path / "xor.nnd")
    size = zipfile.ZipFile(path).getinfo("network.json").file_size
    monkeypatch.setattr("designer.serialization.MAX_MEMBER_BYTES", 100)
    with pytest.raises(NetworkFileError) as e:
        load(path)
    assert str(e.value) == (f"{path}: its member network.json would unpack to "
                            f"{human_bytes(size)}, over the 100 bytes limit for a member of a "
                            ".nnd file; the file is damaged or not a Network Designer file")

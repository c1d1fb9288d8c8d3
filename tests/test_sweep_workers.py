"""`main.py sweep` workers: two processes share one study through a journal file, the pruner
stops hopeless trials, a diverging trial is recorded as failed while the sweep goes on, and the
output network holds every trial as a run."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import main
from designer.serialization import load
from designer.sweep.study import read_sweep
from tests.helpers import moons_doc

ROOT = Path(__file__).resolve().parent.parent
DOC = moons_doc(6, optimizer={"name": "adam", "learning_rate": 0.01})


def write(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc))
    return path


def last_json(text: str) -> dict:
    return json.loads(text.strip().splitlines()[-1])


def sweep(*args, capsys) -> dict:
    assert main(["sweep", *map(str, args)]) == 0
    return last_json(capsys.readouterr().out)


@pytest.mark.slow
def test_two_workers_share_one_study_and_the_output_holds_every_trial(tmp_path):
    net = write(tmp_path / "tiny.json", DOC)
    workers = [subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "sweep", str(net), "--trials", "3",
         "--output", str(tmp_path / f"out-{k}.nnd")], cwd=ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE) for k in range(2)]
    results = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), [err for _, err in results]
    summaries = [last_json(out) for out, _ in results]
    assert all(s["trials_run"] == 3 and s["study"] == "tiny" for s in summaries)
    assert all(s["storage"] == str(tmp_path / "tiny.sweep.journal") for s in summaries)
    last = max(summaries, key=lambda s: s["trials_in_study"] - s["running"])
    assert last["trials_in_study"] == 6 and last["running"] == 0
    assert last["complete"] + last["pruned"] == 6 and last["best_params"]

    sweep_ = read_sweep(str(tmp_path / "tiny.sweep.journal"))
    assert [t.number for t in sweep_.trials] == list(range(6))
    assert sweep_.metric == "val_loss" and sweep_.direction == "minimize"
    assert sweep_.network["name"] == "tiny" and "h.units" in sweep_.searched
    for t in sweep_.trials:
        assert t.history["name"] == f"trial {t.number}"
        assert t.history["sweep"]["params"] == t.params and t.settings == t.params
        assert sorted(t.values_per_epoch)[0] == 1
    best = sweep_.best
    assert best.number == last["best_trial"] and best.value == last["best_value"]
    assert load(best.network_file).graph.layer("h").params["units"] == best.params["h.units"]

    out = load(last["output"])
    runs = out.history["runs"]
    assert [r["name"] for r in runs] == [f"trial {n}" for n in range(6)]
    assert all(r["sweep"]["params"] == t.params for r, t in zip(runs, sweep_.trials,
                                                                 strict=True))
    assert out.weights and out.graph.layer("h").params["units"] == best.params["h.units"]
    assert out.training["optimizer"]["learning_rate"] == best.params["learning_rate"]


def test_the_pruner_stops_hopeless_trials(tmp_path, capsys):
    net = write(tmp_path / "tiny.json", DOC)
    space = write(tmp_path / "lr.json", {"learning_rate": {"low": 1e-6, "high": 0.1,
                                                           "log": True}})
    summary = sweep(net, "--trials", 5, "--space", space, "--startup-trials", 1,
                    "--warmup-epochs", 1, "--seed", 1, capsys=capsys)
    assert summary["pruned"] >= 1 and summary["trials_in_study"] == 5
    pruned = [t for t in read_sweep(summary["storage"]).trials if t.state == "pruned"]
    assert len(pruned) == summary["pruned"]
    for t in pruned:
        assert 2 <= len(t.values_per_epoch) < 6  # after the warm-up epoch, before the end
        assert t.network_file is None and "pruned at epoch" in t.history["summary"]["message"]


def test_a_diverging_trial_fails_and_the_sweep_goes_on(tmp_path, capsys):
    doc = json.loads(json.dumps(DOC))
    doc["training"].update(loss="mse", optimizer={"name": "sgd", "learning_rate": 0.01})
    doc["layers"][-1]["activation"] = "linear"
    net = write(tmp_path / "lin.json", doc)
    space = write(tmp_path / "huge.json", {"learning_rate": {"low": 0.01, "high": 1e30,
                                                             "log": True}})
    summary = sweep(net, "--trials", 4, "--space", space, "--epochs", 3, "--seed", 2,
                    "--output", tmp_path / "best.nnd", capsys=capsys)
    assert summary["trials_run"] == 4 and summary["trials_in_study"] == 4
    assert summary["failed"] >= 1 and summary["complete"] >= 1
    trials = read_sweep(summary["storage"]).trials
    failed = [t for t in trials if t.state == "failed"]
    assert all("diverged" in t.failure and t.network_file is None for t in failed)
    assert all(t.history["summary"]["reason"] == "diverged" for t in failed)
    runs = load(tmp_path / "best.nnd").history["runs"]
    assert [r["sweep"]["state"] for r in runs] == [t.state for t in trials]


def test_a_worker_refuses_a_study_of_another_sweep(tmp_path, capsys):
    net = write(tmp_path / "tiny.json", DOC)
    sweep(net, "--trials", 0, capsys=capsys)
    space = write(tmp_path / "lr.json", {"learning_rate": [0.01, 0.1]})
    assert main(["sweep", str(net), "--trials", "1", "--space", str(space)]) == 2
    assert "searches another space; give the same --space" in capsys.readouterr().err
    assert main(["sweep", str(net), "--trials", "1", "--direction", "maximize"]) == 2
    assert "is to minimize its metric, not maximize" in capsys.readouterr().err
    assert main(["sweep", str(net), "--trials", "1", "--metric", "val_mae"]) == 2
    assert "--metric 'val_mae' is not reported" in capsys.readouterr().err


def test_sqlite_serves_one_worker_with_a_warning(tmp_path, capsys):
    net = write(tmp_path / "tiny.json", DOC)
    url = f"sqlite:///{tmp_path / 'one.db'}"
    assert main(["sweep", str(net), "--trials", "1", "--storage", url, "--epochs", "2"]) == 0
    captured = capsys.readouterr()
    assert "warning: SQLite holds a study for one worker at a time" in captured.err
    summary = last_json(captured.out)
    assert summary["storage"] == url and summary["trials_in_study"] == 1
    assert [t.state for t in read_sweep(url).trials] == ["complete"]
    assert (tmp_path / "tiny.trials" / "trial-0000.nnd").is_file()  # beside the network


def test_a_trial_that_runs_out_of_memory_fails_and_the_sweep_goes_on(tmp_path, capsys,
                                                                     monkeypatch):
    """torch's out-of-memory error (a drawn batch or width too big for the GPU) ends that
    trial, recorded failed with the app's sentence, not the worker."""
    from designer.training.trainer import Trainer

    real, calls = Trainer.run, []

    def run(self):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real(self)

    monkeypatch.setattr(Trainer, "run", run)
    net = write(tmp_path / "net.json", DOC)
    summary = sweep(net, "--trials", 2, "--epochs", 2, "--pruner", "none", capsys=capsys)
    assert (summary["failed"], summary["complete"]) == (1, 1)
    failed = next(t for t in read_sweep(summary["storage"]).trials if t.state == "failed")
    assert failed.failure.startswith("the run ran out of memory: lower the batch size")

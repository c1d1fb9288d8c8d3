"""A trial whose worker ended without finishing it does not stay RUNNING for good: a killed
worker's trial is failed by the next worker of its machine, a SIGTERM (a cancelled job) fails
the trial as Ctrl-C does, and on a database a trial whose worker stopped beating Optuna's
heartbeat (another machine, lost) is failed by the next worker."""
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import optuna
import pytest
from optuna.storages import JournalStorage, RDBStorage
from optuna.storages.journal import JournalFileBackend
from optuna.trial import TrialState

from designer.cli import main
from designer.file_messages.sweep import WORKER_LOST
from designer.sweep import abandoned
from designer.sweep import worker as worker_module
from designer.sweep.abandoned import gone, this_worker
from designer.sweep.study import read_sweep
from designer.sweep.worker import SweepOptions, run_sweep
from tests.helpers import moons_doc

ROOT = Path(__file__).resolve().parent.parent
# a trial still running when its worker is stopped, whose epochs are long enough that the
# worker is seldom stopped while it writes the journal (a killed writer's lock is waited out
# for Optuna's 30 s grace period)
ENDLESS = {**moons_doc(1_000_000, batch_size=8), "dataset": {"name": "moons", "samples": 40000}}


def _network(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(doc))
    return path


def _default_sigint() -> None:
    """In the worker: Ctrl-C as in a terminal, even where the tests run with it ignored (a
    worker keeps an ignored SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def training_worker(tmp_path):
    """(network, journal, worker): a worker started on one endless trial, once it trains; a
    worker left running is killed at the end."""
    net = _network(tmp_path, ENDLESS)
    journal = tmp_path / "tiny.sweep.journal"
    worker = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "sweep", str(net), "--trials", "1",
         "--pruner", "none"], cwd=ROOT, text=True, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, preexec_fn=_default_sigint)
    try:
        _wait_until_training(worker, journal)
        yield net, journal, worker
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.communicate()


def _running_trials(journal: Path) -> list:
    if not journal.exists():
        return []
    try:
        study = optuna.load_study(study_name="tiny",
                                  storage=JournalStorage(JournalFileBackend(str(journal))))
    except KeyError:  # the worker has not made the study yet
        return []
    return [t for t in study.get_trials(states=(TrialState.RUNNING,)) if "worker" in t.user_attrs]


def _wait_until_training(worker: subprocess.Popen, journal: Path) -> None:
    """Until the worker's trial runs (a guard against a hang, not a measurement)."""
    deadline = time.monotonic() + 120
    while not _running_trials(journal):
        if worker.poll() is not None:
            raise AssertionError(f"the worker ended first: {worker.communicate()}")
        assert time.monotonic() < deadline, "the worker never started its trial"
        time.sleep(0.2)


def test_a_worker_is_gone_only_when_its_process_on_this_machine_has_ended():
    me = this_worker()
    assert gone(me) is None
    rebooted = {**me, "boot": "an earlier boot"}  # its process ended with that boot
    assert gone(rebooted) == me["pid"] and gone(rebooted, rebooted_counts=False) is None
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    assert gone({**me, "pid": ended.pid}) == ended.pid
    assert gone({**me, "pid": ended.pid, "host": "another-machine"}) is None
    assert gone({**me, "pid": ended.pid, "space": "pid:[1]"}) is None  # another container
    assert gone(None) is None and gone({"pid": "12"}) is None


def test_a_killed_worker_s_trial_is_failed_by_the_next_worker_of_its_machine(capsys,
                                                                             training_worker):
    net, journal, worker = training_worker
    worker.kill()
    worker.communicate(timeout=60)
    assert [t.number for t in _running_trials(journal)] == [0]  # Optuna alone keeps it so

    assert main(["sweep", str(net), "--trials", "0"]) == 0  # a worker with nothing to run
    why = f"its worker (process {worker.pid}) ended without finishing it"
    assert f"trial 0: failed: {why}" in capsys.readouterr().err
    trial = read_sweep(str(journal)).trials[0]
    assert trial.state == "failed" and trial.failure == why


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_a_stopped_worker_fails_its_running_trial_at_its_next_step(stop, training_worker):
    _, journal, worker = training_worker
    worker.send_signal(stop)
    _, err = worker.communicate(timeout=60)
    if stop == signal.SIGTERM:  # as a process that SIGTERM ended, for the scheduler
        assert worker.returncode == 143 and "stopped by SIGTERM" in err, err
    else:
        assert worker.returncode == 130 and "interrupted" in err, err
    trial = read_sweep(str(journal)).trials[0]
    assert trial.state == "failed" and trial.failure == "its worker was interrupted"


def test_on_a_database_a_trial_whose_worker_stopped_beating_is_failed(tmp_path, monkeypatch,
                                                                      capsys):
    monkeypatch.setattr(abandoned, "HEARTBEAT", 1)
    monkeypatch.setattr(abandoned, "GRACE", 2)
    url = f"sqlite:///{tmp_path / 'sweeps.db'}"
    net = _network(tmp_path, moons_doc(2))
    assert main(["sweep", str(net), "--trials", "1", "--storage", url]) == 0

    # a trial of another machine's worker, which beat once and was lost
    with pytest.warns(optuna.exceptions.ExperimentalWarning):
        storage = RDBStorage(url, heartbeat_interval=1, grace_period=2)
    lost = storage.create_new_trial(storage.get_study_id_from_name("tiny"))
    storage.set_trial_user_attr(lost, "worker", {"host": "another-machine", "pid": 1})
    storage.set_trial_user_attr(lost, "heartbeat", True)
    storage.record_heartbeat(lost)
    storage.engine.dispose()
    time.sleep(3.5)  # past the grace period, by the database's clock (whole seconds)

    assert main(["sweep", str(net), "--trials", "1", "--storage", url]) == 0
    assert f"trial 1: failed: {WORKER_LOST}" in capsys.readouterr().err
    trials = read_sweep(url).trials
    assert [t.state for t in trials] == ["complete", "failed", "complete"]
    assert trials[1].failure == WORKER_LOST  # the reader says it: Optuna lets nothing be added


def test_a_trial_another_worker_failed_meanwhile_does_not_end_its_worker(tmp_path,
                                                                         monkeypatch):
    """As when a worker paused past the grace period (suspended, asleep) finds its trial
    failed by another worker: it says so and goes on to its next trial."""
    real = worker_module.run_trial

    def failed_elsewhere(trial, job):
        if trial.number == 0:  # another worker fails it as it reports its first epoch
            report = trial.report

            def first_report(value, step):
                trial.study._storage.set_trial_state_values(trial._trial_id, TrialState.FAIL)
                report(value, step)
            trial.report = first_report
        return real(trial, job)

    monkeypatch.setattr(worker_module, "run_trial", failed_elsewhere)
    said = []
    net = _network(tmp_path, moons_doc(2))
    summary = run_sweep(str(net), SweepOptions(trials=2, pruner="none"), said.append)
    assert summary["trials_run"] == 2 and summary["failed"] == 1 and summary["complete"] == 1
    assert any(line.startswith("trial 0: failed by another worker") for line in said)


def test_a_stop_asked_for_as_a_trial_ends_still_stops_the_worker(tmp_path, monkeypatch):
    real = worker_module.run_trial

    def stop_late(trial, job):
        value = real(trial, job)
        job.stop.requested = True  # the signal came after the trial's last step
        return value

    monkeypatch.setattr(worker_module, "run_trial", stop_late)
    net = _network(tmp_path, moons_doc(2))
    with pytest.raises(KeyboardInterrupt):
        run_sweep(str(net), SweepOptions(trials=3, pruner="none"), lambda line: None)
    trials = read_sweep(str(tmp_path / "tiny.sweep.journal")).trials
    assert [t.state for t in trials] == ["complete"]  # told, and no other trial started


def test_a_database_worker_beats_its_heartbeat_while_it_trains(tmp_path, monkeypatch):
    """Another worker's check for lost trials, made while this one trains past the grace
    period, finds its trial beating and leaves it."""
    monkeypatch.setattr(abandoned, "HEARTBEAT", 1)
    monkeypatch.setattr(abandoned, "GRACE", 3)  # beats a second apart may be late by two
    real = worker_module.run_trial

    def long_trial(trial, job):
        time.sleep(5)  # past the grace period even in the database's whole seconds
        with pytest.warns(optuna.exceptions.ExperimentalWarning):
            optuna.storages.fail_stale_trials(trial.study)  # as another worker does
        return real(trial, job)

    monkeypatch.setattr(worker_module, "run_trial", long_trial)
    url = f"sqlite:///{tmp_path / 'sweeps.db'}"
    net = _network(tmp_path, moons_doc(2))
    options = SweepOptions(trials=1, pruner="none", storage=url)
    assert run_sweep(str(net), options, lambda line: None)["complete"] == 1

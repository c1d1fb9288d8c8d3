"""A sweep worker: opens (or starts) the study in its storage and runs its trials one after
another, asking Optuna for settings and telling it each result. Several workers running the
same command share the study: each runs its own --trials, and the study holds them all.

A trial the pruner stops is PRUNED; one that diverged or could not train is FAILED (with its
reason) and the worker goes on to its next trial. On a database a worker beats Optuna's
heartbeat while it trains; before and after each trial it fails the trials that an ended or
silent worker left RUNNING (abandoned.py).
"""
from __future__ import annotations

import json
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..errors import ParamError
from ..file_messages import sweep as M
from ..serialization import load, to_document
from .abandoned import Heartbeat, beats, fail_abandoned, this_worker
from .defaults import default_space
from .objective import Job, Pruned, StopRequest, TrialFailed, run_trial
from .opening import open_study
from .space import parse_space
from .storage import SQLITE_WARNING, default_study, opened, parse_storage, trials_folder
from .summary import setting_text, study_summary


@dataclass
class SweepOptions:
    trials: int
    space: str | None = None  # SPACE.json; None: the default space of the network
    storage: str | None = None  # a journal file or a database URL; None: beside the network
    study: str | None = None  # None: the network file's stem
    output: str | None = None  # where to write the best network with every trial as a run
    metric: str | None = None  # None: val_loss with a validation split, else loss
    direction: str | None = None  # None: minimize losses and mae, maximize accuracy and r2
    pruner: str = "median"  # median or none
    startup_trials: int = 5  # trials finished before the pruner may stop one
    warmup_epochs: int | None = None  # epochs before a trial may be stopped; None: a quarter
    seed: int | None = None  # the sampler's seed (give each worker its own, or none)
    epochs: int | None = None  # epochs of every trial; None: the network's
    device: str = "auto"
    trials_dir: str | None = None  # where finished trials' networks go
    stop: StopRequest | None = None  # set by a signal: the running trial stops and fails


def load_space(path: str | None, network):
    """The Space of a SPACE.json file, or the network's default space."""
    if path is None:
        return parse_space(default_space(network), network, "the default search space")
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ParamError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ParamError(f"{path}: cannot be read ({e})") from None
    except json.JSONDecodeError as e:
        raise ParamError(f"{path}: broken JSON at line {e.lineno}, column {e.colno}: "
                         f"{e.msg}") from None
    return parse_space(raw, network, str(path))


def run_sweep(network_file: str, options: SweepOptions, say=None) -> dict:
    """Run this worker's trials; returns the summary (the final JSON line of `main.py sweep`)."""
    say = say or _stderr
    started = time.perf_counter()
    if options.trials < 0:
        raise ParamError(f"--trials must be 0 or more, got {options.trials}")
    network = load(network_file)
    space = load_space(options.space, network)
    overrides = {"epochs": options.epochs} if options.epochs is not None else {}
    metric, direction, epochs = check_setup(network, overrides, options)
    spec = parse_storage(options.storage, network_file)
    if spec.sqlite:
        say(f"warning: {SQLITE_WARNING}")
    name = options.study or default_study(network_file)
    folder = Path(options.trials_dir).resolve() if options.trials_dir else \
        trials_folder(spec, name, network_file)
    job = Job(to_document(network), network.source, space, metric, name, folder, overrides,
              options.device, options.stop or StopRequest())
    attrs = {"metric": metric, "space": space.to_json(), "epochs": epochs,
             "network": job.document}
    with opened(spec, heartbeat=True) as storage:
        study = open_study(storage, spec, name, direction, _sampler(options),
                           _pruner(options, epochs), attrs)
        say(f"sweep {name!r} in {spec.text}: {options.trials} trial(s), {metric} "
            f"({direction}), searching {', '.join(space.searched)}")
        ran = _run_trials(study, storage, job, options.trials, say)
        summary = study_summary(study, spec.text, metric)
        summary["trials_run"] = ran
        summary["output"] = _output(study, network, options.output, say)
    summary["seconds"] = round(time.perf_counter() - started, 3)
    return summary


def _output(study, network, path: str | None, say) -> str | None:
    if not path:
        say("note: the trials were not written into a network; add --output OUT.nnd to get "
            "the best one with every trial as a run")
        return None
    from .output import write_output

    return str(write_output(study, network, path, say))


def check_setup(network, overrides: dict, options: SweepOptions) -> tuple[str, str, int]:
    """(metric, direction, epochs) after checking that the network trains at all (a broken
    setup fails here once, not in every trial)."""
    from ..training import Trainer
    from ..training.records import names_for

    trainer = Trainer(network, overrides, device=options.device, fresh=True,
                      introspection=False, apply=False)
    trainer.prepare()
    names = names_for(trainer.data.task)
    known = list(names) + ([f"val_{n}" for n in names] if trainer.data.val is not None else [])
    metric = options.metric or ("val_loss" if trainer.data.val is not None else "loss")
    if metric not in known:
        why = "" if trainer.data.val is not None or not metric.startswith("val_") else \
            " (the data has no validation split: set training.validation_split)"
        raise ParamError(f"--metric {metric!r} is not reported by this run{why}; metrics: "
                         f"{', '.join(known)}")
    direction = options.direction or ("maximize" if metric.split("_")[-1] in ("accuracy", "r2")
                                      else "minimize")
    if direction not in ("minimize", "maximize"):
        raise ParamError(f"--direction must be minimize or maximize, got {direction!r}")
    return metric, direction, trainer.settings.epochs


def _sampler(options: SweepOptions):
    import optuna

    return optuna.samplers.TPESampler(seed=options.seed)


def _pruner(options: SweepOptions, epochs: int):
    import optuna

    if options.pruner == "none":
        return optuna.pruners.NopPruner()
    if options.pruner != "median":
        raise ParamError(f"--pruner must be median or none, got {options.pruner!r}")
    warmup = options.warmup_epochs if options.warmup_epochs is not None else epochs // 4
    # steps are epochs counted from 1: after `warmup` epochs, epoch warmup + 1 may be pruned
    return optuna.pruners.MedianPruner(n_startup_trials=max(options.startup_trials, 0),
                                       n_warmup_steps=max(warmup, 0) + 1)


def _run_trials(study, storage, job: Job, trials: int, say) -> int:
    """Run up to `trials` trials, a line for each; how many ran. A stop request (a signal)
    ends the running trial as FAILED and raises KeyboardInterrupt once it is told."""
    for line in fail_abandoned(study, storage):
        say(line)
    ran = 0
    while ran < trials and not job.stop.requested:
        say(_run_one(study, storage, job))
        ran += 1
        for line in fail_abandoned(study, storage):
            say(line)
    if job.stop.requested:
        raise KeyboardInterrupt
    return ran


def _ask(study):
    # Optuna warns that its heartbeat belongs inside study.optimize, whose own beating thread
    # stops at the first database error; a worker beats it itself (Heartbeat) instead
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Heartbeat of storage is supposed to be used")
        return study.ask()


def _run_one(study, storage, job: Job) -> str:
    """Ask for a trial, run it, tell the study how it ended; one line saying so."""
    from optuna.exceptions import UpdateFinishedTrialError
    from optuna.trial import TrialState

    started = time.perf_counter()
    trial = _ask(study)
    value, state = None, TrialState.COMPLETE
    lost = f"failed by another worker: {M.WORKER_LOST}"
    try:
        with Heartbeat(storage, trial._trial_id):
            trial.set_user_attr("worker", this_worker())
            if beats(storage):
                trial.set_user_attr("heartbeat", True)
            value = run_trial(trial, job)
        said = f"{job.metric} {value:.4g}"
    except Pruned as e:
        state, said = TrialState.PRUNED, f"pruned at epoch {e.epoch}"
    except TrialFailed as e:
        _note(trial, "failure", str(e))
        state, said = TrialState.FAIL, f"failed: {e}"
    except UpdateFinishedTrialError:  # failed meanwhile by another worker: it missed beats
        state, said = None, lost
    except BaseException as e:  # interrupted, or a bug: the trial must not stay RUNNING
        _fail_at_once(study, trial, e)
        raise
    if state is not None:
        try:
            study.tell(trial, value, state=state, skip_if_finished=True)
        except UpdateFinishedTrialError:  # failed by another worker between check and write
            said = lost
    seconds = time.perf_counter() - started
    return f"trial {trial.number}: {said} in {seconds:.1f} s ({setting_text(trial.params)})"


def _fail_at_once(study, trial, error: BaseException) -> None:
    """Tell a trial FAILED as its worker stops; a storage that fails now too must not hide
    the error (or the interruption) that stops it."""
    from optuna.trial import TrialState

    why = M.WORKER_INTERRUPTED if isinstance(error, KeyboardInterrupt) else \
        f"{type(error).__name__}: {error}"
    try:
        _note(trial, "failure", why)
        study.tell(trial, state=TrialState.FAIL, skip_if_finished=True)
    except Exception:  # noqa: BLE001 - the next worker fails it (abandoned.py)
        pass


def _note(trial, key: str, value) -> None:
    """A user attribute on a trial that another worker may have failed meanwhile."""
    from optuna.exceptions import UpdateFinishedTrialError

    try:
        trial.set_user_attr(key, value)
    except UpdateFinishedTrialError:
        pass


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


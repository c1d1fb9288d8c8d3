"""Reading a sweep back (for the window, or a script): the study's trials with their settings,
their metric epoch by epoch, their runs and their trained networks' files.

    sweep = read_sweep("xor.sweep.journal")          # or a database URL; study=None: the only one
    for t in sweep.trials:
        t.number, t.state, t.params, t.value, t.values_per_epoch, t.history, t.network_file

A sweep watched while it runs is read again and again through one SweepReader, which keeps
its storage open: a journal file is replayed once, then only its new lines are read; a
database keeps one engine (its pooled connections) and Optuna's cache of finished trials.

    reader = SweepReader("postgresql+psycopg://me@db/sweeps", "xor")
    sweep = reader.read()   # ... and again every few seconds
    reader.close()

Reading never creates anything: a journal file or database tables that do not exist are a
StorageError (a DesignerError) with a plain sentence, as is a study that is not there.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from ..file_messages import sweep as M
from .storage import StorageError, close_storage, hide_password, open_storage, opened, parse_storage

STATES = {"COMPLETE": "complete", "PRUNED": "pruned", "FAIL": "failed", "RUNNING": "running",
          "WAITING": "waiting"}


@dataclass
class SweepTrial:
    number: int
    state: str  # "complete" | "pruned" | "failed" | "running" | "waiting"
    params: dict  # the searched settings Optuna drew, by name ("learning_rate", "h1.units")
    value: float | None  # the metric it ended with (a pruned trial: its last report)
    values_per_epoch: dict[int, float]  # the metric as reported after each epoch
    history: dict | None  # its run, as the network history stores it (None until it ends)
    network_file: str | None  # its trained network (.nnd), for finished trials
    settings: dict = field(default_factory=dict)  # every setting it trained with (and fixed)
    failure: str | None = None  # why a failed trial failed


@dataclass
class Sweep:
    name: str
    storage: str
    metric: str
    direction: str  # "minimize" | "maximize"
    trials: list[SweepTrial]
    network: dict | None  # the swept network's document (JSON-safe)
    space: dict | None = None  # the search space, in the SPACE.json form

    @property
    def searched(self) -> list[str]:
        """Every parameter any trial drew, in the order they were first drawn."""
        return list(dict.fromkeys(k for t in self.trials for k in t.params))

    @property
    def best(self) -> SweepTrial | None:
        """The best complete trial."""
        done = [t for t in self.trials if t.state == "complete" and t.value is not None]
        if not done:
            return None
        sign = 1 if self.direction == "minimize" else -1
        return min(done, key=lambda t: (sign * t.value, t.number))


def study_names(storage: str) -> list[str]:
    """The studies in a storage (a journal file or a database URL)."""
    spec = parse_storage(storage)
    with opened(spec, create=False) as storage_:
        return _names(storage_, spec.text)


def _names(storage, where: str) -> list[str]:
    import optuna

    try:
        return optuna.get_all_study_names(storage)
    except Exception as e:  # a damaged file or a database without Optuna's tables
        raise StorageError(M.CANNOT_LIST.format(where, _short(e))) from None


def read_sweep(storage: str, study: str | None = None) -> Sweep:
    """The sweep `study` in `storage`; without a name, the storage's only study (read once:
    the storage is closed again)."""
    with contextlib.closing(SweepReader(storage, study)) as reader:
        return reader.read()


class SweepReader:
    """One study in one storage, opened on the first read and kept open until close(). Not
    for two threads at once (the window reads in one background job at a time)."""

    def __init__(self, storage: str, study: str | None = None):
        self.storage, self.wanted = storage, study
        self.spec = None  # the storage parsed, on the first read (it may be refused)
        self._storage = None  # as opened (what close_storage closes)
        self._study = None  # the loaded optuna Study
        self._direction = "minimize"

    def read(self) -> Sweep:
        """The study as it is now."""
        study = self._study or self._load()
        try:
            trials = study.get_trials(deepcopy=False)
            attrs = study.user_attrs
        except Exception as e:
            raise StorageError(M.CANNOT_READ_STUDY.format(
                self.spec.text, study.study_name, _short(e))) from None
        return Sweep(study.study_name, self.spec.text, attrs.get("metric", "value"),
                     self._direction, [_trial(t) for t in sorted(trials, key=_number)],
                     attrs.get("network"), attrs.get("space"))

    def _load(self):
        import optuna

        self.spec = self.spec or parse_storage(self.storage)
        if self._storage is None:
            self._storage = open_storage(self.spec, create=False)
        name = _pick(_names(self._storage, self.spec.text), self.wanted, self.spec.text)
        optuna.logging.set_verbosity(optuna.logging.WARNING)
        try:  # (a database's storage wrapped once, so that its cache lasts between reads)
            study = optuna.load_study(study_name=name,
                                      storage=optuna.storages.get_storage(self._storage))
            self._direction = study.directions[0].name.lower()
        except Exception as e:
            raise StorageError(M.CANNOT_READ_STUDY.format(self.spec.text, name, _short(e))) \
                from None
        self._study = study
        return study

    def close(self) -> None:
        """Close the storage (a database's connections); a later read opens it again."""
        storage, self._storage, self._study = self._storage, None, None
        if storage is not None:
            close_storage(storage)


def _number(trial) -> int:
    return trial.number


def _pick(names: list[str], study: str | None, where: str) -> str:
    if study is not None:
        if study not in names:
            raise StorageError(M.NO_STUDY.format(where, study, ", ".join(names) or "none"))
        return study
    if not names:
        raise StorageError(M.NO_SWEEP.format(where))
    if len(names) > 1:
        raise StorageError(M.SEVERAL_SWEEPS.format(where, ", ".join(names)))
    return names[0]


def _trial(t) -> SweepTrial:
    attrs = t.user_attrs
    history = attrs.get("history")
    return SweepTrial(t.number, STATES.get(t.state.name, t.state.name.lower()), dict(t.params),
                      t.value, {int(k): v for k, v in t.intermediate_values.items()},
                      history if isinstance(history, dict) else None,
                      attrs.get("network_file"), attrs.get("settings") or {},
                      _failure(t))


def _failure(t) -> str | None:
    """Why a failed trial failed. Optuna's heartbeat fails a trial whose worker was lost
    without a word (nothing can be added to a finished trial); every other failed trial of a
    worker says why itself."""
    failure = t.user_attrs.get("failure")
    if failure is None and t.state.name == "FAIL" and t.user_attrs.get("heartbeat"):
        return M.WORKER_LOST
    return failure


def _short(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return hide_password(lines[0]) if lines else type(error).__name__

"""Trials whose worker ended without finishing them: killed (SIGKILL, out of memory), its
machine lost. Optuna would keep them RUNNING for good, so the window would show them running and
the study would never count them.

Two ways they are found, by the next worker that starts or finishes a trial:
- every trial records the process that runs it (user attribute "worker": its machine, that
  machine's boot, its process namespace and id); a RUNNING trial of this machine whose process
  is gone, or of an earlier boot of it, failed.
- on a database, a worker beats Optuna's heartbeat for its trial from a thread while it trains
  (Heartbeat), and Optuna fails a trial whose worker missed its beats for GRACE seconds
  (fail_stale): this finds the trials of another machine too (the database's clock decides,
  not the machines'). Nothing can be added to a trial Optuna failed so; its "heartbeat"
  attribute lets the window say why (study.py).
A journal file has no heartbeat in Optuna; its workers share one machine (or one disk), and the
first way covers the workers of that machine.
"""
from __future__ import annotations

import os
import socket
import threading
import warnings
from pathlib import Path

from ..file_messages import sweep as M

HEARTBEAT = 20  # seconds between a database worker's beats
GRACE = 120  # seconds without a beat before a database trial counts as abandoned
BOOT_ID = Path("/proc/sys/kernel/random/boot_id")  # new at every boot of a Linux machine


def this_worker() -> dict:
    """What a trial records of the process that runs it."""
    return {"host": socket.gethostname(), "boot": _read(BOOT_ID),
            "space": _pid_namespace(), "pid": os.getpid()}


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except OSError:  # not Linux
        return ""


def _pid_namespace() -> str:
    """Processes of two containers may share a host name but not their process ids."""
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:  # not Linux: one namespace
        return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def gone(worker, rebooted_counts: bool = True) -> int | None:
    """The process id of a trial's worker when it ran here and has ended, else None (another
    machine's worker, or one that runs still: a process id taken again counts as running).
    A worker of an earlier boot of this machine has ended, unless `rebooted_counts` is off:
    on a database another machine of the same name (a cloned VM) may share the study, and
    the heartbeat finds those trials."""
    if not isinstance(worker, dict) or not isinstance(worker.get("pid"), int):
        return None
    here = this_worker()
    if any(worker.get(key) != here[key] for key in ("host", "space")):
        return None
    if worker.get("boot") and worker["boot"] != here["boot"]:
        return worker["pid"] if rebooted_counts else None
    return None if _alive(worker["pid"]) else worker["pid"]


def fail_abandoned(study, storage) -> list[str]:
    """Fail the RUNNING trials whose worker has ended (this machine's) or stopped beating
    (a database's); a line for each."""
    from optuna.exceptions import UpdateFinishedTrialError
    from optuna.trial import TrialState

    lines = fail_stale(study, storage)
    for trial in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        pid = gone(trial.user_attrs.get("worker"), rebooted_counts=not beats(storage))
        if pid is None:
            continue
        why = M.WORKER_ENDED.format(pid)
        try:
            storage.set_trial_user_attr(trial._trial_id, "failure", why)
            storage.set_trial_state_values(trial._trial_id, TrialState.FAIL)
        except UpdateFinishedTrialError:  # another worker was quicker
            continue
        lines.append(f"trial {trial.number}: failed: {why}")
    return lines


def fail_stale(study, storage) -> list[str]:
    """Optuna's fail_stale_trials on a database whose heartbeat this worker beats."""
    import optuna
    from optuna.trial import TrialState

    if not beats(storage):
        return []
    beating = {t.number for t in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,))
               if t.user_attrs.get("heartbeat")}
    with warnings.catch_warnings():  # experimental in Optuna; this worker's main thread
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        optuna.storages.fail_stale_trials(study)
    lost = {t.number for t in study.get_trials(deepcopy=False, states=(TrialState.FAIL,))
            if "failure" not in t.user_attrs}  # (a worker's own failures say why)
    return [f"trial {n}: failed: {M.WORKER_LOST}" for n in sorted(beating & lost)]


def beats(storage) -> bool:
    """Whether `storage` is a database opened with Optuna's heartbeat (a worker's)."""
    return bool(getattr(storage, "get_heartbeat_interval", lambda: None)())


def heartbeat_options() -> dict:
    """RDBStorage's keyword arguments for a worker's heartbeat."""
    return {"heartbeat_interval": HEARTBEAT, "grace_period": GRACE}


class Heartbeat:
    """Beats a trial's heartbeat from a thread while it trains (nothing on a journal file).
    Unlike Optuna's own beating thread, a beat that fails (the database away a moment) does
    not end the beating: the next one tries again, and GRACE leaves room for several."""

    def __init__(self, storage, trial_id: int):
        self.storage, self.trial_id = storage, trial_id
        self._stop = threading.Event()
        self._thread = None

    def __enter__(self):
        if beats(self.storage):
            self._thread = threading.Thread(target=self._beat, name="sweep-heartbeat",
                                            daemon=True)
            self._thread.start()
        return self

    def _beat(self) -> None:
        while True:
            try:
                self.storage.record_heartbeat(self.trial_id)
            except Exception:  # noqa: BLE001 - tried again at the next beat
                pass
            if self._stop.wait(HEARTBEAT):
                return

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

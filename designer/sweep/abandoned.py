"""Trials whose worker ended without finishing them: killed (SIGKILL, out of memory), its
machine lost. Optuna would keep them RUNNING for good, so the window would show them running and
the study would never count them.

Two ways they are found, by the next worker that starts or finishes a trial:
- every trial records the process that runs it (user attribute "worker": its machine, process
  namespace and id); a RUNNING trial of this machine whose process is gone failed.
- on a database, workers beat Optuna's heartbeat (RDBStorage's heartbeat_interval) while they
  train, and Optuna fails a trial whose worker missed its beats for GRACE seconds: this finds
  the trials of another machine too (the database's clock decides, not the machines'). The
  window says why such a trial failed (study.py), since Optuna lets nothing be added to it.
A journal file has no heartbeat in Optuna; its workers share one machine (or one disk), and the
first way covers the workers of that machine.
"""
from __future__ import annotations

import os
import socket

from ..file_messages import sweep as M

HEARTBEAT = 20  # seconds between a database worker's beats
GRACE = 120  # seconds without a beat before a database trial counts as abandoned


def this_worker() -> dict:
    """What a trial records of the process that runs it."""
    return {"host": socket.gethostname(), "space": _pid_namespace(), "pid": os.getpid()}


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


def gone(worker) -> int | None:
    """The process id of a trial's worker when it ran here and has ended, else None (another
    machine's worker, or one that runs still: a process id taken again counts as running)."""
    if not isinstance(worker, dict) or not isinstance(worker.get("pid"), int):
        return None
    here = this_worker()
    if (worker.get("host"), worker.get("space")) != (here["host"], here["space"]):
        return None
    return None if _alive(worker["pid"]) else worker["pid"]


def fail_abandoned(study, storage) -> list[str]:
    """Fail the RUNNING trials of this machine whose worker has ended; a line for each."""
    from optuna.exceptions import UpdateFinishedTrialError
    from optuna.trial import TrialState

    lines = []
    for trial in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        pid = gone(trial.user_attrs.get("worker"))
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

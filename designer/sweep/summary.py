"""The final JSON line of `main.py sweep`, read from the whole study (every worker's trials),
and the short form of a trial's settings that the worker's log lines show."""
from __future__ import annotations

from ..training.run_compare import short


def study_summary(study, storage: str, metric: str) -> dict:
    """study, storage, metric, direction, trials_in_study, complete, pruned, failed, running,
    best_trial, best_value, best_params and best_network (its trained network's file)."""
    from optuna.trial import TrialState

    trials = study.get_trials(deepcopy=False)
    count = {state: sum(t.state == state for t in trials) for state in TrialState}
    out = {"study": study.study_name, "storage": storage, "metric": metric,
           "direction": study.direction.name.lower(), "trials_in_study": len(trials),
           "complete": count[TrialState.COMPLETE], "pruned": count[TrialState.PRUNED],
           "failed": count[TrialState.FAIL],
           "running": count[TrialState.RUNNING] + count[TrialState.WAITING],
           "best_trial": None, "best_value": None, "best_params": None, "best_network": None}
    best = best_trial(study)
    if best is not None:
        out.update(best_trial=best.number, best_value=best.value, best_params=best.params,
                   best_network=best.user_attrs.get("network_file"))
    return out


def best_trial(study):
    """The best complete trial, or None before any has finished."""
    try:
        return study.best_trial
    except ValueError:
        return None


def setting_text(params: dict) -> str:
    """'learning_rate=0.0123, h.units=16, h.activation=relu'."""
    return ", ".join(f"{k}={short(v)}" for k, v in params.items()) or "no settings drawn"

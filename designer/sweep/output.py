"""--output: the best trial's network (its settings and trained weights) with every trial of
the study that trained as a run of its history ("trial 7"), after the runs the swept network
already had. It is read back from the study, so any worker's output holds every worker's
trials; the file is written atomically (a worker that ends later simply writes a newer one)."""
from __future__ import annotations

import copy
from pathlib import Path

from ..serialization import from_document, load, save, to_document
from .objective import apply_settings
from .study import STATES
from .summary import best_trial

ENDED = ("COMPLETE", "PRUNED", "FAIL")  # and the reader's names of these states: STATES


def write_output(study, network, path: str | Path, say) -> Path:
    best = best_trial(study)
    out = _best_network(best, network, say)
    runs = list((network.history or {}).get("runs", [])) + trial_runs(study)
    out.history = {**copy.deepcopy(network.history or {}), "runs": runs}
    out.name = network.name
    return save(out, path)


def trial_runs(study) -> list[dict]:
    """The history entries of the study's ended trials, by trial number, each with its state
    and value in its "sweep" block."""
    runs = []
    for t in sorted(study.get_trials(deepcopy=False), key=lambda t: t.number):
        entry = t.user_attrs.get("history")
        if t.state.name not in ENDED or not isinstance(entry, dict):
            continue
        entry = copy.deepcopy(entry)
        entry.setdefault("sweep", {}).update(state=STATES[t.state.name], value=t.value)
        runs.append(entry)
    return runs


def _best_network(best, network, say):
    """The best trial's trained network; without its file (another machine's disk) its
    settings on the swept network, untrained; without any finished trial, the network."""
    if best is None:
        say("note: no trial has finished yet: the output holds the network as it was")
        out = from_document(to_document(network))
        out.weights = network.weights
        return out
    path = best.user_attrs.get("network_file")
    if path and Path(path).is_file():
        return load(path)
    say(f"note: the network of trial {best.number} ({path}) is not on this machine: the "
        "output holds its settings without trained weights")
    settings = best.user_attrs.get("settings") or best.params
    return from_document(apply_settings(to_document(network), settings))

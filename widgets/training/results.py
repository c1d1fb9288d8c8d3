"""Where a finished run's results go: into the open document when they fit it."""
from __future__ import annotations

from designer.serialization import to_document


def structure(document: dict) -> tuple:
    """A network's layers and connections without positions: what decides if weights fit."""
    layers = tuple(sorted(
        (layer["id"], layer["type"],
         tuple(sorted((k, repr(v)) for k, v in layer.items()
                      if k not in ("id", "type", "position"))))
        for layer in document["layers"]))
    return layers, tuple(map(tuple, document.get("connections", [])))


def weights_fit(run, network) -> bool:
    """True when `network` is still the network `run` trained (edits since change that)."""
    return structure(run.network_document) == structure(to_document(network))


def store_run(document, run, weights: bool | None = None) -> bool:
    """Add the run's history entry to the document and, when the network is unchanged since
    the run started (or `weights` is True), its trained weights. Returns True when the
    weights were stored. A diverged run keeps the weights the network had."""
    if run.history is None:
        return False
    usable = run.weights is not None and run.status != "diverged"
    take = usable and (weights if weights is not None else weights_fit(run, document.network))
    document.store_results(run.weights if take else None, run.history)
    return bool(take)

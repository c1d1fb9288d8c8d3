"""What every importer shares: its error, the one message for what cannot be imported, and
the last step that lays an imported network out and proves that its weights fit."""
from __future__ import annotations

import os

from ..errors import DesignerError
from ..file_messages import imports as I
from ..layout import auto_layout
from ..network import Network


class InteropError(DesignerError):
    """A file or code that cannot be imported; the message names the file and every reason."""


# A model file larger than this is no model this app can train on one machine; Keras code
# that long is no notes' code (and `ast` takes tens of times its size in memory).
MAX_MODEL_BYTES = 4 << 30
MAX_CODE_BYTES = 16 << 20


def check_size(path, what: str, cap: int = MAX_MODEL_BYTES, expansion: float = 2.0) -> None:
    """Refuse a model file too large to read (its kind's cap, or the memory reading it would
    take), with the sizes, before reading a byte of it."""
    from ..limits import file_problem

    try:
        size = os.path.getsize(path)
    except OSError:
        return  # the reader says what is wrong with a file it cannot open
    reason = file_problem(path, size, cap, what, expansion)
    if reason:
        raise InteropError(reason)


def refuse(where: str, reasons: list[str]) -> None:
    """Raise one InteropError listing every reason (e.g. one line per unsupported layer), so a
    user sees all that stands in the way at once and nothing is half-imported."""
    if reasons:
        raise InteropError(I.CANNOT_BE_IMPORTED.format(where, listed(reasons)))


def listed(reasons: list[str]) -> str:
    """One line per reason ("  - ..."), made so that the window finds each line again."""
    text = I.REASON.format(reasons[-1])
    for reason in reversed(reasons[:-1]):
        text = I.REASONS.format(reason, text)
    return text


def finish_import(network: Network, where: str, source_format: str,
                  reported_params: int | None = None) -> Network:
    """Lay the network out, check that it validates and that its weights load into the built
    model, and record where it came from (kept in the document as `imported_from`)."""
    graph = network.graph
    for layer_id, position in auto_layout(graph).items():
        graph.layer(layer_id).position = position
    analysis = graph.analysis
    if not analysis.valid:
        refuse(where, [str(p) for p in analysis.problems])
    if network.weights:
        from ..build import build_model

        try:
            build_model(graph, seed=0, weights=network.weights)
        except DesignerError as e:
            raise InteropError(I.WEIGHTS_DO_NOT_FIT.format(where, e)) from None
    info = {"format": source_format, "file": where}
    if reported_params is not None:
        info["parameters"] = int(reported_params)
        if reported_params != analysis.total:
            raise InteropError(I.PARAMETERS_DIFFER.format(where, source_format,
                                                          reported_params, analysis.total))
    network.extra["imported_from"] = info
    return network

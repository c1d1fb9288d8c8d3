"""What every importer shares: its error, the one message for what cannot be imported, and
the last step that lays an imported network out and proves that its weights fit."""
from __future__ import annotations

from ..errors import DesignerError
from ..layout import auto_layout
from ..network import Network


class InteropError(DesignerError):
    """A file or code that cannot be imported; the message names the file and every reason."""


def refuse(where: str, reasons: list[str]) -> None:
    """Raise one InteropError listing every reason (e.g. one line per unsupported layer), so a
    user sees all that stands in the way at once and nothing is half-imported."""
    if reasons:
        lines = "\n".join(f"  - {r}" for r in reasons)
        raise InteropError(f"{where}: cannot be imported:\n{lines}")


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
            raise InteropError(f"{where}: the weights do not fit the network: {e}") from None
    info = {"format": source_format, "file": where}
    if reported_params is not None:
        info["parameters"] = int(reported_params)
        if reported_params != analysis.total:
            raise InteropError(f"{where}: {source_format} reports {reported_params:,} "
                               f"parameters but the imported network has {analysis.total:,}")
    network.extra["imported_from"] = info
    return network

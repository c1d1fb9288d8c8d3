"""Auto-layout: place layers in ranks along the data flow (top-down or left-right).

A small Sugiyama-style layering: each layer's rank is its longest path from a source; a
connection that skips ranks reserves a slot in every rank it crosses, so it runs beside the
layers in between instead of through them; a few barycenter sweeps reduce crossings.
Positions are layer centres, like `Layer.position`. Qt-free, so scripts can use it too.
"""
from __future__ import annotations

import functools

from .analysis import find_cycles, topological_order

RANK_GAP = 110.0  # between ranks along the flow
SLOT_GAP = 240.0  # between neighbours in one rank (a box is about 190 wide)
SWEEPS = 4


def ranks(graph) -> dict[str, int]:
    """Longest-path rank of every layer; layers on a cycle follow everything else."""
    on_cycle = {i for c in find_cycles(graph) for i in c}
    order = topological_order(graph, skip=on_cycle)
    rank: dict[str, int] = {}
    for layer_id in order:
        rank[layer_id] = max((rank[s] + 1 for s in graph.inputs_of(layer_id) if s in rank),
                             default=0)
    last = max(rank.values(), default=-1)
    for layer_id in graph.ids:
        if layer_id not in rank:
            last += 1
            rank[layer_id] = last
    return rank


def _rows(graph, rank: dict[str, int]) -> tuple[list[list], dict]:
    """Ranks as rows of slots (layer ids and dummy slots of long connections), plus each
    slot's neighbours one rank up."""
    rows: list[list] = [[] for _ in range(max(rank.values(), default=-1) + 1)]
    up: dict = {}
    for layer_id in graph.ids:
        rows[rank[layer_id]].append(layer_id)
        up.setdefault(layer_id, [])
    for src, dst in graph.connections:
        lo, hi = rank[src], rank[dst]
        if hi <= lo:  # a connection against the flow (a cycle): no dummy slots
            continue
        prev = src
        for r in range(lo + 1, hi):
            dummy = ("edge", src, dst, r)
            rows[r].append(dummy)
            up[dummy] = [prev]
            prev = dummy
        up[dst].append(prev)
    return rows, up


def _order(rows: list[list], up: dict) -> list[list]:
    down: dict = {}
    for node, parents in up.items():
        for p in parents:
            down.setdefault(p, []).append(node)
    for sweep in range(SWEEPS):
        neighbours = up if sweep % 2 == 0 else down
        sequence = rows[1:] if sweep % 2 == 0 else rows[-2::-1]
        for row in sequence:
            where = {n: i for r in rows for i, n in enumerate(r)}
            row.sort(key=functools.partial(_barycenter, where=where, neighbours=neighbours))
    return rows


def _barycenter(node, where: dict, neighbours: dict) -> float:
    near = [where[n] for n in neighbours.get(node, []) if n in where]
    # where[], not row.index(): list.sort() shows the row empty while it sorts
    return sum(near) / len(near) if near else where[node]


def auto_layout(graph, direction: str = "down", origin: tuple[float, float] = (0.0, 0.0)
                ) -> dict[str, tuple[float, float]]:
    """New centre positions for every layer: direction 'down' (top-down) or 'right'."""
    if direction not in ("down", "right"):
        raise ValueError(f"direction must be 'down' or 'right', got {direction!r}")
    if not graph.ids:
        return {}
    rows = _order(*_rows(graph, ranks(graph)))
    positions = {}
    for r, row in enumerate(rows):
        for i, node in enumerate(row):
            if isinstance(node, tuple):
                continue
            across = (i - (len(row) - 1) / 2) * SLOT_GAP
            along = r * RANK_GAP if direction == "down" else r * SLOT_GAP
            across = across if direction == "down" else across * RANK_GAP / SLOT_GAP
            x, y = (across, along) if direction == "down" else (along, across)
            positions[node] = (origin[0] + x, origin[1] + y)
    return positions

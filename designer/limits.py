"""Memory limits: what a network, a run or a data file may ask of this machine, said with the
numbers before anything is allocated. Qt-free and torch-free, so analysis can use it.

The budget is BUDGET_FRACTION of the memory available now (/proc/meminfo's MemAvailable, or the
room left under a cgroup limit when that is smaller; os.sysconf elsewhere). The environment
variable ND_MEMORY_LIMIT_BYTES (a number of bytes, e.g. 2e9) sets the budget instead, exactly:
tests use it to stand for a small machine, users to keep a run within a share of a server.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from . import messages as M
from .file_messages import network_files as F

ENV_LIMIT = "ND_MEMORY_LIMIT_BYTES"
BUDGET_FRACTION = 0.9  # of the available memory; the app, torch and the data need the rest
VALUE_BYTES = 4  # float32
GRADIENT_FACTOR = 2  # a run keeps each activation and its gradient
OPTIMIZER_STATE = {"sgd": 0, "momentum": 1, "nesterov": 1, "adagrad": 1, "rmsprop": 1}
DEFAULT_OPTIMIZER_STATE = 2  # adam, adamw, adamax, nadam, adadelta: two values per weight
SURELY_FITS = 64_000_000  # a network this small is not checked against the machine's memory
#                           (analysis then reads no /proc file); ND_MEMORY_LIMIT_BYTES still is
_NO_LIMIT = 1 << 60  # cgroup v1 writes "no limit" as a number near 2**63


@dataclass(frozen=True)
class Budget:
    bytes: int
    where: str  # "the 20.8 GB the app may use here (90% of the 23.1 GB this machine has
    #             available)" or "the 1.0 MB limit set by ND_MEMORY_LIMIT_BYTES"


def human_bytes(n: float) -> str:
    """Decimal units, as disks and the issue tracker count: 8e9 -> '8.0 GB'."""
    for unit, size in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"
    return f"{int(n)} bytes"


def budget() -> Budget | None:
    """The memory one network or file may plan to use, or None where it cannot be told."""
    text = os.environ.get(ENV_LIMIT, "").strip()
    if text:
        try:
            cap = int(float(text))
        except (ValueError, OverflowError):
            cap = 0
        if cap > 0:
            return Budget(cap, M.LIMIT_SET_BY.format(human_bytes(cap), ENV_LIMIT))
    free = available_memory()
    if free is None:
        return None
    share = int(free * BUDGET_FRACTION)
    return Budget(share, M.LIMIT_SHARE.format(human_bytes(share), BUDGET_FRACTION,
                                              human_bytes(free)))


def available_memory() -> int | None:
    """Bytes that can be allocated now without swapping, or None if unknown."""
    free = _meminfo_available()
    if free is None:
        free = _sysconf_available()
    room = _cgroup_room()
    if room is not None:
        free = room if free is None else min(free, room)
    return free


def _meminfo_available() -> int | None:
    try:
        with open("/proc/meminfo", "rb") as f:
            for line in f:
                if line.startswith(b"MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _sysconf_available() -> int | None:
    for pages in ("SC_AVPHYS_PAGES", "SC_PHYS_PAGES"):  # macOS has only the total
        try:
            return os.sysconf(pages) * os.sysconf("SC_PAGE_SIZE")
        except (ValueError, OSError, AttributeError):
            continue
    return None


def _cgroup_room() -> int | None:
    """What a container's memory limit leaves (cgroup v2, then v1), page cache not counted."""
    for limit, usage, stat, cache in (
            ("memory.max", "memory.current", "memory.stat", b"inactive_file"),
            ("memory/memory.limit_in_bytes", "memory/memory.usage_in_bytes",
             "memory/memory.stat", b"total_inactive_file")):
        root = Path("/sys/fs/cgroup")
        try:
            text = (root / limit).read_text().strip()
            if text == "max" or int(text) >= _NO_LIMIT:
                return None
            used = int((root / usage).read_text())
            for line in (root / stat).read_bytes().splitlines():
                if line.startswith(cache + b" "):
                    used -= int(line.split()[1])
            return max(int(text) - max(used, 0), 0)
        except (OSError, ValueError, IndexError):
            continue
    return None


# -- networks ------------------------------------------------------------------------------
def _hint(graph, infos: dict, layer_id: str) -> str:
    """What to make smaller: the layer itself, or the layer feeding it more values than it
    gives (a Dense after a huge one has huge weights through no setting of its own)."""
    sources = graph.inputs_of(layer_id)
    sizes = {s: math.prod(infos[s].output_shape) for s in sources if infos[s].output_shape}
    own = infos[layer_id].output_shape
    if sizes and math.prod(own or (0,)) < sum(sizes.values()):
        big = max(sizes, key=sizes.get)
        return M.INPUT_TOO_BIG.format(big, sizes[big])
    names = {p.name for p in graph.layer(layer_id).spec.params}
    for name, hint in (("units", M.FEWER_UNITS), ("filters", M.FEWER_FILTERS),
                       ("shape", M.SMALLER_SHAPE), ("target_shape", M.SMALLER_TARGET_SHAPE)):
        if name in names:
            return hint
    return M.MAKE_IT_SMALLER


def layer_problems(graph, infos: dict, limit: Budget | None = None) -> list[tuple[str | None,
                                                                                 str]]:
    """(layer id or None, sentence) for each layer whose weights, or whose output for a single
    sample, cannot fit in memory, and for the whole network's weights when no one layer is to
    blame. Plain arithmetic over the analysis; the budget is read once."""
    need = {i: (info.total * VALUE_BYTES, math.prod(info.output_shape) * VALUE_BYTES
                if info.output_shape is not None else 0) for i, info in infos.items()}
    total = sum(w for w, _ in need.values())
    largest = max([total, *(a for _, a in need.values())])
    if largest == 0 or (largest <= SURELY_FITS and limit is None and not os.environ.get(ENV_LIMIT)):
        return []
    limit = limit or budget()
    if limit is None:
        return []
    out = []
    for layer_id, (weights, activation) in need.items():
        layer, info = graph.layer(layer_id), infos[layer_id]
        if weights > limit.bytes:
            out.append((layer_id, M.LAYER_WEIGHTS_TOO_BIG.format(
                layer.spec.name, layer_id, human_bytes(weights), info.total, VALUE_BYTES,
                limit.where, _hint(graph, infos, layer_id))))
        elif activation > limit.bytes:
            out.append((layer_id, M.LAYER_OUTPUT_TOO_BIG.format(
                layer.spec.name, layer_id, human_bytes(activation), activation // VALUE_BYTES,
                VALUE_BYTES, limit.where, _hint(graph, infos, layer_id))))
    if not out and total > limit.bytes:
        big = max(need, key=lambda i: need[i][0])
        params = sum(info.total for info in infos.values())
        out.append((None, M.NETWORK_TOO_BIG.format(
            human_bytes(total), params, VALUE_BYTES, limit.where, graph.layer(big).spec.name,
            big, human_bytes(need[big][0]))))
    return out


def training_problem(graph, batch_size: int, optimizer: str,
                     limit: Budget | None = None) -> str | None:
    """Why a run of this network at this batch size cannot fit in memory, or None: weights,
    their gradients and the optimizer's state, plus the activations (and their gradients) of
    one batch. Checked before anything is built."""
    analysis = graph.analysis
    if not analysis.valid:
        return None  # building refuses it with its problems
    state = OPTIMIZER_STATE.get(optimizer, DEFAULT_OPTIMIZER_STATE)
    per_weight = VALUE_BYTES * (2 + state)  # the weight, its gradient, the optimizer's state
    per_value = VALUE_BYTES * GRADIENT_FACTOR
    cost = {}
    for layer_id in analysis.order:
        info = analysis.layers[layer_id]
        cost[layer_id] = (info.total * per_weight,
                          math.prod(info.output_shape) * per_value if info.output_shape else 0)
    fixed = sum(w for w, _ in cost.values())
    per_sample = sum(a for _, a in cost.values())
    need = fixed + batch_size * per_sample
    limit = limit or (budget() if need else None)
    if limit is None or need <= limit.bytes:
        return None
    big = max(cost, key=lambda i: cost[i][0] + batch_size * cost[i][1])
    layer, info = graph.layer(big), analysis.layers[big]
    fits = (limit.bytes - fixed) // per_sample if per_sample else 0
    advice = (M.LOWER_BATCH.format(big, fits) if fits >= 1
              else M.NO_ROOM_FOR_BATCH.format(big))
    return M.TRAINING_TOO_BIG.format(
        human_bytes(need), human_bytes(fixed), optimizer, human_bytes(batch_size * per_sample),
        batch_size, limit.where, layer.spec.name, big, info.total,
        math.prod(info.output_shape), advice)


# -- files ---------------------------------------------------------------------------------
def file_problem(path, size: int, cap: int, what: str, expansion: float = 1.0) -> str | None:
    """Why a data file of `size` bytes is not read, or None: over its kind's fixed cap, or
    needing (about expansion x size) more memory than the budget allows."""
    if size > cap:
        return F.FILE_OVER_CAP.format(path, what, human_bytes(size), human_bytes(cap))
    need = size * expansion
    limit = budget() if need else None
    if limit is not None and need > limit.bytes:
        return F.FILE_NEEDS_MEMORY.format(path, what, human_bytes(size), human_bytes(need),
                                          limit.where)
    return None

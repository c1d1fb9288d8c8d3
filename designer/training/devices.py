"""Where a run computes: the device and, on the CPU, how many threads.

Measured on a 2-core machine: torch's intra-op threads slow tiny networks down (and in a
non-main thread lose a third to two thirds), while medium networks gain from every core. So a
run uses one thread when a step is small and all cores otherwise.
"""
from __future__ import annotations

import os

import torch

from .errors import TrainingError

SMALL_STEP_FLOPS = 5e6  # below this a step is dominated by per-operation overhead
SMALL_NETWORK = 10_000  # parameters: below this the CPU beats a GPU's launch latency


def choose_device(requested: str, parameters: int, sample_size: int) -> torch.device:
    requested = (requested or "auto").lower()
    if requested not in ("auto", "cpu", "cuda") and not requested.startswith("cuda:"):
        raise TrainingError(f"device must be auto, cpu or cuda, got {requested!r}")
    if requested == "cpu":
        return torch.device("cpu")
    available = torch.cuda.is_available()
    if requested.startswith("cuda"):
        if not available:
            raise TrainingError("device cuda was asked for, but torch sees no CUDA GPU here; "
                                "use --device cpu or auto")
        return torch.device(requested)
    tiny = parameters < SMALL_NETWORK and sample_size <= 64
    return torch.device("cuda" if available and not tiny else "cpu")


def choose_threads(requested, parameters: int, batch_size: int) -> int:
    cores = os.cpu_count() or 1
    if requested not in (None, "auto"):
        n = int(requested)
        if n < 1:
            raise TrainingError(f"threads must be at least 1, got {requested!r}")
        return n
    return 1 if 6 * parameters * batch_size < SMALL_STEP_FLOPS else cores

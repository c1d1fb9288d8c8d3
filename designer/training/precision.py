"""training.precision: the number format of a run's forward and backward passes.

- fp32 computes as it always has: no autocast, the same numbers.
- bf16 runs the forward under torch.autocast(bfloat16) on the CPU or a GPU; the loss is taken
  from the outputs cast back to fp32.
- fp16 does the same in float16 on CUDA only, with torch.amp.GradScaler: the loss is scaled
  before backward so small gradients survive float16, and a step whose gradients overflowed
  is skipped (the scale then halves), which is no divergence: the loss itself stayed finite.

Weights, gradients and the optimizer's state stay fp32 in every case (autocast casts copies).
Only the autograd engine runs bf16/fp16: the dense engine's hand-derived steps compute in fp32.

channels_last, measured on this AVX-512 BF16 CPU (the engine's steps, one thread, CPU time):
bf16 steps were 1.31x as fast as fp32 steps with the usual layout and 2.2x with the weights and
activations channels_last (bench/bench_cnn.py's 28x28 CNN); 1.14x and 1.45x on the small_cnn
example (8x8 digits). In fp32 on the CPU, bench_cnn's engine went from 0.99x a bare fp32 loop
(median of 5 rounds, 0.97-1.13) to 1.35x (5 rounds, 1.32-1.73) with it. So networks with
convolutions run channels_last on the CPU, and in bf16/fp16 on any device; their convolutions
sum in another order than with the usual layout (the same numbers up to fp32 rounding).
"""
from __future__ import annotations

from contextlib import nullcontext

import torch
from torch import nn

from .. import messages
from .errors import TrainingError

DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}


class Precision:
    """How one run's autograd engine computes; `Precision()` is plain fp32."""

    def __init__(self, name: str = "fp32", device=None, model=None):
        self.name = name
        self.dtype = DTYPES[name]
        self.mixed = name != "fp32"
        self.device_type = torch.device(device or "cpu").type
        self.scaler = torch.amp.GradScaler(self.device_type) if name == "fp16" else None
        self.channels_last = (self.mixed or self.device_type == "cpu") and model is not None \
            and has_convolutions(model)
        self.laid_out = False

    def autocast(self):
        """The context a forward pass runs in (nothing at fp32)."""
        if not self.mixed:
            return nullcontext()
        return torch.autocast(self.device_type, dtype=self.dtype)

    def prepare(self, model) -> None:
        """Puts the convolution weights channels_last where that pays (before an optimizer
        holds them: it keeps views of the tensors it was given)."""
        if self.channels_last and not self.laid_out:
            model.to(memory_format=torch.channels_last)
            self.laid_out = True


def has_convolutions(model) -> bool:
    return any(isinstance(m, nn.Conv2d) for m in model.modules())


def choose_precision(name: str, device, engine: str, model) -> tuple[Precision, list[str]]:
    """The run's Precision and the notes its Start record carries; a TrainingError when the
    device or the engine asked for cannot compute in that format."""
    device = torch.device(device)
    if name == "fp16" and device.type != "cuda":
        raise TrainingError(messages.FP16_NEEDS_CUDA)
    if name != "fp32" and engine == "dense":
        raise TrainingError(messages.DENSE_ENGINE_FP32.format(name))
    precision = Precision(name, device, model)
    if not precision.mixed:
        return precision, []
    notes = [messages.PRECISION_NOTE.format(name)]
    if name == "bf16" and not _bf16_is_native(device):
        notes.append(messages.BF16_EMULATED)
    return precision, notes


def run_precision(trainer) -> Precision:
    """choose_precision for a prepared trainer: its notes join the trainer's, and the model is
    laid out for it before DDP or an optimizer holds the weights."""
    precision, notes = choose_precision(trainer.settings.precision, trainer.device,
                                        trainer.requested["engine"], trainer.model)
    trainer.notes += notes
    precision.prepare(trainer.model)
    return precision


def _bf16_is_native(device) -> bool:
    if device.type == "cuda":
        return torch.cuda.is_bf16_supported(including_emulation=False)
    if device.type == "cpu":
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    return True

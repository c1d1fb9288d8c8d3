"""Each optimizer's update and gradient clipping, written once for both fast paths.

Every function here is plain Python that TorchScript also compiles: optimizers call them
directly, and DenseEngine pastes their source (`script_source`) into the TorchScript loop that
runs many steps without returning to Python. They update lists of tensors in place with
multi-tensor kernels, over P (parameters), G (gradients), S (the optimizer's state lists),
lr, t (this step's number, from 1) and the optimizer's hyperparameters (the loop passes them
as literal numbers, which TorchScript folds in as constants). designer/optimizers.py
documents the rules.

Torch's multi-tensor `_foreach_*` kernels have no public name but are what torch.optim itself
runs; the fused Adam kernel is used only where `fused_adam_available` says so, else the
`_foreach_*` form of the same rule runs.
"""
from __future__ import annotations

import functools
import inspect
import textwrap
from typing import List, Optional

import torch
from torch import Tensor


def clip_gradients(G: List[Tensor], clip_norm: Optional[float],
                   clip_value: Optional[float]) -> None:
    """In place: every value within +-clip_value, then all gradients together within norm
    clip_norm (one global norm, as torch's clip_grad_norm_)."""
    if clip_value is not None:
        torch._foreach_clamp_min_(G, -clip_value)
        torch._foreach_clamp_max_(G, clip_value)
    if clip_norm is not None:
        total = torch.linalg.vector_norm(torch.stack(torch._foreach_norm(G)))
        torch._foreach_mul_(G, (clip_norm / (total + 1e-6)).clamp(max=1.0))


def sgd(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int) -> None:
    torch._foreach_add_(P, G, alpha=-lr)


def momentum(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int,
             momentum: float) -> None:
    torch._foreach_mul_(S[0], momentum)
    torch._foreach_add_(S[0], G, alpha=-lr)
    torch._foreach_add_(P, S[0])


def nesterov(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int,
             momentum: float) -> None:
    torch._foreach_mul_(S[0], momentum)
    torch._foreach_add_(S[0], G, alpha=-lr)
    torch._foreach_add_(P, S[0], alpha=momentum)
    torch._foreach_add_(P, G, alpha=-lr)


def adagrad(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int,
            epsilon: float) -> None:
    torch._foreach_addcmul_(S[0], G, G)
    denom = torch._foreach_add(S[0], epsilon)
    torch._foreach_sqrt_(denom)
    torch._foreach_addcdiv_(P, G, denom, value=-lr)


def rmsprop(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int,
            rho: float, epsilon: float) -> None:
    torch._foreach_mul_(S[0], rho)
    torch._foreach_addcmul_(S[0], G, G, value=1 - rho)
    denom = torch._foreach_add(S[0], epsilon)
    torch._foreach_sqrt_(denom)
    torch._foreach_addcdiv_(P, G, denom, value=-lr)


def adadelta(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int,
             rho: float, epsilon: float) -> None:
    torch._foreach_mul_(S[0], rho)
    torch._foreach_addcmul_(S[0], G, G, value=1 - rho)
    std = torch._foreach_add(S[0], epsilon)
    torch._foreach_sqrt_(std)
    delta = torch._foreach_add(S[1], epsilon)
    torch._foreach_sqrt_(delta)
    torch._foreach_div_(delta, std)
    torch._foreach_mul_(delta, G)
    torch._foreach_mul_(S[1], rho)
    torch._foreach_addcmul_(S[1], delta, delta, value=1 - rho)
    torch._foreach_add_(P, delta, alpha=-lr)


def adam(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int,
         beta_1: float, beta_2: float, epsilon: float, weight_decay: float) -> None:
    """Adam, and AdamW with its decoupled weight decay (0 for Adam)."""
    if weight_decay != 0.0:
        torch._foreach_mul_(P, 1 - lr * weight_decay)
    torch._foreach_lerp_(S[0], G, 1 - beta_1)
    torch._foreach_mul_(S[1], beta_2)
    torch._foreach_addcmul_(S[1], G, G, value=1 - beta_2)
    denom = torch._foreach_div(S[1], 1 - beta_2 ** t)
    torch._foreach_sqrt_(denom)
    torch._foreach_add_(denom, epsilon)
    torch._foreach_addcdiv_(P, S[0], denom, value=-lr / (1 - beta_1 ** t))


def adam_fused(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int,
               beta_1: float, beta_2: float, epsilon: float, weight_decay: float) -> None:
    """adam() in one kernel; S[2] holds the step count, one shared tensor per parameter."""
    S[2][0].fill_(t)
    empty: List[Tensor] = []
    torch._fused_adamw_(P, G, S[0], S[1], empty, S[2], lr=lr, beta1=beta_1, beta2=beta_2,
                        weight_decay=weight_decay, eps=epsilon, amsgrad=False, maximize=False)


def adamax(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int,
           beta_1: float, beta_2: float, epsilon: float) -> None:
    torch._foreach_lerp_(S[0], G, 1 - beta_1)
    torch._foreach_mul_(S[1], beta_2)
    torch._foreach_maximum_(S[1], torch._foreach_abs(G))
    denom = torch._foreach_add(S[1], epsilon)
    torch._foreach_addcdiv_(P, S[0], denom, value=-lr / (1 - beta_1 ** t))


def nadam(P: List[Tensor], G: List[Tensor], S: List[List[Tensor]], lr: float, t: int,
          beta_1: float, beta_2: float, epsilon: float) -> None:
    """Dozat's momentum schedule mu_t = beta_1 (1 - 0.5 0.96^(0.004 t)); S[2][0] carries
    its running product (float64, as a Python float)."""
    mu = beta_1 * (1 - 0.5 * 0.96 ** (t * 0.004))
    mu_next = beta_1 * (1 - 0.5 * 0.96 ** ((t + 1) * 0.004))
    S[2][0].mul_(mu)
    product = float(S[2][0])
    torch._foreach_lerp_(S[0], G, 1 - beta_1)
    torch._foreach_mul_(S[1], beta_2)
    torch._foreach_addcmul_(S[1], G, G, value=1 - beta_2)
    denom = torch._foreach_div(S[1], 1 - beta_2 ** t)
    torch._foreach_sqrt_(denom)
    torch._foreach_add_(denom, epsilon)
    torch._foreach_addcdiv_(P, G, denom, value=-lr * (1 - mu) / (1 - product))
    torch._foreach_addcdiv_(P, S[0], denom, value=-lr * mu_next / (1 - product * mu_next))


def fused_adam_available(params) -> bool:
    """Whether adam_fused can run on these parameters: every one float32, on a device where
    this torch has the kernel (CPU since torch 2.4)."""
    return bool(params) and all(p.dtype == torch.float32 for p in params) and \
        _fused_adam_runs(params[0].device.type)


@functools.lru_cache(maxsize=None)
def _fused_adam_runs(device: str) -> bool:
    """One step of the kernel on one number: it may be missing, or built for CUDA only."""
    one = [torch.ones(1, device=device)]
    state = [[torch.zeros(1, device=device)], [torch.zeros(1, device=device)],
             [torch.zeros((), device=device)]]
    try:
        with torch.no_grad():
            adam_fused(one, [torch.ones(1, device=device)], state, 0.1, 1, 0.9, 0.999, 1e-7, 0.0)
    except (AttributeError, RuntimeError, NotImplementedError):
        return False
    return bool(torch.isfinite(one[0]).all())


def script_source(*functions) -> str:
    """The source of these functions, for a TorchScript compilation unit."""
    return "\n".join(textwrap.dedent(inspect.getsource(f)) for f in functions)

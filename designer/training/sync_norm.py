"""BatchNorm over the global batch of several processes (`training.sync_batchnorm`).

On CUDA a run uses torch's own SyncBatchNorm. torch's refuses CPU inputs, so on the CPU (gloo)
GlobalBatchNorm does the same arithmetic: each process sums its share's values and squares
per channel, one all-reduce adds the sums of every process, and the backward pass adds the
gradients of those sums the same way. With equal shares this is BatchNorm over the batch
that one process would take with all the processes' samples at once.
"""
from __future__ import annotations

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.modules.batchnorm import _BatchNorm


class _GlobalSum(torch.autograd.Function):
    """all_reduce(SUM) that carries gradients: the backward adds every process's gradients."""

    @staticmethod
    def forward(ctx, x):
        x = x.clone()
        dist.all_reduce(x)
        return x

    @staticmethod
    def backward(ctx, grad):
        grad = grad.contiguous().clone()
        dist.all_reduce(grad)
        return grad


class GlobalBatchNorm(_BatchNorm):
    """BatchNorm1d/2d whose training statistics cover every process's batch."""

    def _check_input_dim(self, x) -> None:
        if x.dim() not in (2, 3, 4):
            raise ValueError(f"expected a 2D, 3D or 4D input (got {x.dim()}D input)")

    def forward(self, x):
        if not self.training or not dist.is_initialized():
            return super().forward(x)
        shape = (1, -1) + (1,) * (x.dim() - 2)
        # shifted sums: values near the running mean lose no precision to E[x^2] - E[x]^2
        shift = (self.running_mean if self.running_mean is not None
                 else x.new_zeros(x.shape[1])).detach().view(shape)
        dims = [0] + list(range(2, x.dim()))
        xc = x - shift
        count = x.new_tensor([x.numel() // x.shape[1]])
        stats = _GlobalSum.apply(torch.cat([xc.sum(dims), xc.square().sum(dims), count]))
        c = x.shape[1]
        n = stats[2 * c].detach()
        centre = stats[:c] / n
        var = stats[c:2 * c] / n - centre.square()  # biased, as BatchNorm normalizes
        mean = shift.view(-1) + centre
        y = (x - mean.view(shape)) * torch.rsqrt(var.view(shape) + self.eps)
        if self.affine:
            y = y * self.weight.view(shape) + self.bias.view(shape)
        if self.track_running_stats:
            self._track(mean.detach(), var.detach() * (n / max(n.item() - 1, 1)))
        return y

    @torch.no_grad()
    def _track(self, mean, unbiased_var) -> None:
        self.num_batches_tracked.add_(1)
        f = self.momentum if self.momentum is not None else 1 / self.num_batches_tracked.item()
        self.running_mean.lerp_(mean, f)
        self.running_var.lerp_(unbiased_var, f)


def convert_norms(module: nn.Module, cuda: bool) -> int:
    """Replace every BatchNorm under `module` (in place) by one over the global batch, keeping
    its parameters and statistics; returns how many were replaced."""
    replaced = 0
    for name, child in module.named_children():
        if isinstance(child, _BatchNorm) and not isinstance(child, GlobalBatchNorm):
            setattr(module, name, _synced(child, cuda))
            replaced += 1
        else:
            replaced += convert_norms(child, cuda)
    return replaced


def _synced(bn: _BatchNorm, cuda: bool) -> nn.Module:
    if cuda:
        return nn.SyncBatchNorm.convert_sync_batchnorm(bn)
    new = GlobalBatchNorm(bn.num_features, bn.eps, bn.momentum, bn.affine,
                          bn.track_running_stats, device=None)
    if bn.affine:  # the same Parameter objects: their requires_grad (frozen layers) stays
        new.weight, new.bias = bn.weight, bn.bias
    new.running_mean, new.running_var = bn.running_mean, bn.running_var
    new.num_batches_tracked = bn.num_batches_tracked
    new.train(bn.training)
    return new

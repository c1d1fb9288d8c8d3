"""Loss functions by name (Keras' names), each returning one loss per sample.

Every loss takes the network's output and the target and returns a tensor of shape (N,); the
trainer averages it over the batch (so an epoch's loss is the mean over its samples). Formulas
follow the study notes: mean squared error and cross-entropy average over samples;
the Gaussian negative log-likelihood sums over output dimensions, then averages over samples.

Numerical stability: when the output layer ends in softmax (categorical) or sigmoid (binary),
the trainer hands these losses the layer's values *before* that activation with
`from_logits=True`, and the loss uses log-softmax / log-sigmoid. A linear output is read as
logits too. Any other output is read as probabilities and clipped to [1e-7, 1 - 1e-7], as
Keras does.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from .params import Param
from .registry import Registry

EPSILON = 1e-7  # probability clipping, as Keras' backend epsilon
LOG_2PI = math.log(2 * math.pi)


@dataclass(frozen=True)
class Loss:
    name: str
    help: str
    formula: str
    task: str  # "classification" or "regression"
    per_sample: Callable  # (output, target, from_logits: bool, **options) -> (N,) tensor
    params: tuple[Param, ...] = ()
    logit_activation: str | None = None  # the output activation it fuses with (stable form)
    # for the fast path (DenseEngine): the gradient of the mean loss with respect to the output
    # z (logits for cross-entropy, unit variance for gaussian_nll) and target y, as a torch
    # expression with options as {name!r}; None: only autograd runs it
    output_gradient: str | None = None

    def options(self, given: dict) -> dict:
        return {p.name: p.coerce(given.get(p.name, p.default)) for p in self.params}

    def __call__(self, output, target, from_logits: bool = False, **options):
        """Mean loss over the batch."""
        return self.per_sample(output, target, from_logits, **options).mean()


LOSSES: Registry[Loss] = Registry("loss")


def _flat(t):
    return t.reshape(t.shape[0], -1)


def _mse(out, y, from_logits):
    return (_flat(out) - _flat(y).to(out.dtype)).square().mean(1)


def _mae(out, y, from_logits):
    return (_flat(out) - _flat(y).to(out.dtype)).abs().mean(1)


def _huber(out, y, from_logits, delta=1.0):
    import torch.nn.functional as F

    return F.huber_loss(_flat(out), _flat(y).to(out.dtype), reduction="none",
                        delta=delta).mean(1)


def _binary_ce(out, y, from_logits):
    import torch
    import torch.nn.functional as F

    out, y = _flat(out), _flat(y).to(out.dtype)
    if y.shape != out.shape:
        y = y.reshape(out.shape)
    if from_logits:
        loss = F.binary_cross_entropy_with_logits(out, y, reduction="none")
    else:
        p = out.clamp(EPSILON, 1 - EPSILON)
        loss = -(y * torch.log(p) + (1 - y) * torch.log1p(-p))
    return loss.mean(1)


def _categorical_ce(out, y, from_logits):
    """Targets as class indices (N,) or one-hot / soft labels (N, C)."""
    import torch
    import torch.nn.functional as F

    out = _flat(out)
    if from_logits:  # one fused kernel, for class numbers and for probability rows alike
        if y.dtype in (torch.int64, torch.int32, torch.uint8):
            return F.cross_entropy(out, y.reshape(-1).long(), reduction="none")
        return F.cross_entropy(out, _flat(y).to(out.dtype), reduction="none")
    p = out / out.sum(1, keepdim=True)  # Keras: rescale to sum 1, clip, log
    log_p = torch.log(p.clamp(EPSILON, 1 - EPSILON))
    if y.dtype in (torch.int64, torch.int32, torch.uint8):
        return -log_p.gather(1, y.reshape(-1, 1).long()).squeeze(1)
    return -(_flat(y).to(out.dtype) * log_p).sum(1)


def _gaussian_nll(out, y, from_logits):
    """-log N(y; mean, variance). With as many outputs as targets the variance is 1, as in the
    notes' formula; with twice as many, the second half is each target's log-variance (the
    network learns its own uncertainty)."""
    import torch

    out, y = _flat(out), _flat(y).to(out.dtype)
    if out.shape[1] == 2 * y.shape[1]:
        mean, log_var = out[:, :y.shape[1]], out[:, y.shape[1]:]
        terms = 0.5 * (LOG_2PI + log_var + (y - mean).square() * torch.exp(-log_var))
    else:
        terms = 0.5 * (LOG_2PI + (y - out).square())
    return terms.sum(1)


def _add(name, help, formula, task, fn, params=(), logit_activation=None, aliases=(),
         gradient=None):
    LOSSES.register(name, Loss(name, help, formula, task, fn, params, logit_activation, gradient),
                    aliases)


_add("mse", "Mean squared error: the average squared distance between output and target. The "
     "usual regression loss; large errors weigh a lot.", "L = mean((y_hat - y)^2)",
     "regression", _mse, aliases=("mean_squared_error",),
     gradient="torch.sub(z, y).mul_(2.0 / z.numel())")
_add("mae", "Mean absolute error: the average distance. Less swayed by outliers than MSE.",
     "L = mean(|y_hat - y|)", "regression", _mae, aliases=("mean_absolute_error",),
     gradient="torch.sub(z, y).sign_().mul_(1.0 / z.numel())")
_add("huber", "Squared for small errors, absolute for large ones (beyond delta): robust to "
     "outliers yet smooth near zero.",
     "L = mean(0.5 e^2 if |e| <= delta else delta (|e| - 0.5 delta)), e = y_hat - y",
     "regression", _huber,
     params=(Param("delta", "float", 1.0, "Where squared turns into absolute.", min=0.0,
                   min_open=True),),
     gradient="torch.sub(z, y).clamp_(-{delta!r}, {delta!r}).mul_(1.0 / z.numel())")
_add("binary_crossentropy", "Cross-entropy for yes/no outputs in (0, 1), usually after a "
     "sigmoid: punishes confident wrong answers hard.",
     "L = -mean(y log p + (1 - y) log(1 - p))", "classification", _binary_ce,
     logit_activation="sigmoid", aliases=("bce",),
     gradient="torch.sigmoid(z).sub_(y).mul_(1.0 / z.numel())")
_add("categorical_crossentropy", "Cross-entropy for one-of-many classes, usually after a "
     "softmax. Targets may be class numbers or one-hot rows.",
     "L = -mean(sum_c y_c log p_c)", "classification", _categorical_ce,
     logit_activation="softmax",
     aliases=("cce", "sparse_categorical_crossentropy", "crossentropy"),
     gradient="torch.softmax(z, 1).sub_(y).mul_(1.0 / z.shape[0])")  # one-hot targets
_add("gaussian_nll", "Negative log-likelihood of the target under a normal distribution centred "
     "on the output (variance 1, or learned when the network outputs a log-variance per "
     "target): the probabilistic loss of the notes.",
     "L = mean_i sum_d [0.5 log(2 pi sigma^2) + (y - y_hat)^2 / (2 sigma^2)]",
     "regression", _gaussian_nll, aliases=("gaussian", "nll"),
     gradient="torch.sub(z, y).mul_(1.0 / z.shape[0])")  # unit variance: a sum over outputs

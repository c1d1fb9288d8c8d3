"""Activation functions by name (Keras' names), each with help text, formula, a NumPy reference
and a factory for its torch module. Torch is imported only when a module is built, so the
editor can validate and summarize networks without loading it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .params import Param, coerce_options
from .registry import Registry


@dataclass(frozen=True)
class Derivative:
    """How the fast path (DenseEngine) runs an activation without autograd: `forward` and
    `backward` name aten operators (torch.ops.aten); `args` are the forward's arguments after
    the input, `grad` the backward's, with {a} the input, {h} the output, g the incoming
    gradient and an option's name in braces for its value."""
    forward: str
    backward: str
    grad: str
    args: str = ""


@dataclass(frozen=True)
class Activation:
    name: str
    help: str
    formula: str
    numpy: Callable[..., np.ndarray]  # reference f(x, **options), also used for previews
    torch: Callable[..., object]  # (options, channels) -> torch.nn.Module
    params: tuple[Param, ...] = ()
    learnable_per_channel: bool = False  # PReLU learns one slope per channel
    derivative: Derivative | None = None  # None: only autograd runs it

    def coerce_options(self, options: dict, owner: str = "activation") -> dict:
        return coerce_options(self.params, options, owner)

    def options(self, given: dict) -> dict:
        """Options with defaults filled in."""
        return {p.name: given.get(p.name, p.default) for p in self.params}

    def param_count(self, channels: int) -> int:
        return channels if self.learnable_per_channel else 0


ACTIVATIONS: Registry[Activation] = Registry("activation")


def _nn():
    import torch.nn as nn

    return nn


def _alpha(default: float, help: str) -> tuple[Param, ...]:
    return (Param("alpha", "float", default, help, min=0.0),)


def _softmax_np(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _erf(x):
    from math import erf

    return np.vectorize(erf)(x)


_SELU_ALPHA, _SELU_SCALE = 1.6732632423543772, 1.0507009873554805


def _add(name, help, formula, numpy, torch, params=(), aliases=(), per_channel=False,
         derivative=None):
    ACTIVATIONS.register(name, Activation(name, help, formula, numpy, torch, params, per_channel,
                                          derivative), aliases)


_D = Derivative
_ELU_GRAD = "g, {alpha}, {scale}, 1, False, {a}"  # input scale 1, from the input (not output)


_add("linear", "No activation: the layer stays a linear (affine) map. Stacking only linear "
     "layers can never solve XOR.", "f(x) = x",
     lambda x: x, lambda o, c: _nn().Identity())
_add("sigmoid", "Squashes to (0, 1); natural for a yes/no output. Saturates for large |x|, where "
     "its gradient vanishes (at most 0.25), which slows deep sigmoid networks.",
     "f(x) = 1 / (1 + e^-x)", lambda x: 1 / (1 + np.exp(-x)), lambda o, c: _nn().Sigmoid(),
     derivative=_D("sigmoid", "sigmoid_backward", "g, {h}"))
_add("tanh", "Squashes to (-1, 1), centred on zero, which trains faster than sigmoid; it still "
     "saturates for large |x|.", "f(x) = (e^x - e^-x) / (e^x + e^-x)",
     np.tanh, lambda o, c: _nn().Tanh(), derivative=_D("tanh", "tanh_backward", "g, {h}"))
_add("relu", "Passes positives, zeroes negatives. Cheap, does not saturate for x > 0, the default "
     "for hidden layers; a unit stuck at negative inputs 'dies' (gradient 0).",
     "f(x) = max(0, x)", lambda x: np.maximum(0, x), lambda o, c: _nn().ReLU(),
     derivative=_D("relu", "threshold_backward", "g, {h}, 0"))
_add("leaky_relu", "ReLU with a small slope alpha for negatives, so units never die completely.",
     "f(x) = x if x > 0 else alpha * x",
     lambda x, alpha=0.2: np.where(x > 0, x, alpha * x),
     lambda o, c: _nn().LeakyReLU(o["alpha"]),
     _alpha(0.2, "Slope for negative inputs."),
     derivative=_D("leaky_relu", "leaky_relu_backward", "g, {a}, {alpha}, False", "{alpha}"))
_add("prelu", "Leaky ReLU whose negative slope is learned, one per unit or channel.",
     "f(x) = x if x > 0 else a * x  (a learned, starts at 0.25)",
     lambda x: np.where(x > 0, x, 0.25 * x),
     lambda o, c: _nn().PReLU(num_parameters=c), per_channel=True)
_add("elu", "Smooth for negatives, approaching -alpha; pushes mean activations toward zero.",
     "f(x) = x if x > 0 else alpha * (e^x - 1)",
     lambda x, alpha=1.0: np.where(x > 0, x, alpha * (np.exp(np.minimum(x, 0)) - 1)),
     lambda o, c: _nn().ELU(o["alpha"]), _alpha(1.0, "Value approached for very negative inputs."),
     derivative=_D("elu", "elu_backward", _ELU_GRAD.replace("{scale}", "1.0"), "{alpha}, 1.0, 1"))
_add("selu", "Scaled ELU that keeps activations self-normalizing; pair it with lecun_normal.",
     "f(x) = scale * (x if x > 0 else alpha * (e^x - 1))",
     lambda x: _SELU_SCALE * np.where(x > 0, x, _SELU_ALPHA * (np.exp(np.minimum(x, 0)) - 1)),
     lambda o, c: _nn().SELU(),
     derivative=_D("elu", "elu_backward", _ELU_GRAD.format(alpha=repr(_SELU_ALPHA),
                   scale=repr(_SELU_SCALE), a="{a}"), f"{_SELU_ALPHA!r}, {_SELU_SCALE!r}, 1"))
_add("gelu", "Weights the input by the chance a standard normal is below it; used in Transformers.",
     "f(x) = x * Phi(x)", lambda x: 0.5 * x * (1 + _erf(x / np.sqrt(2))),
     lambda o, c: _nn().GELU(),
     derivative=_D("gelu", "gelu_backward", "g, {a}, approximate='none'", "approximate='none'"))
_add("silu", "x times sigmoid(x) (also called swish): smooth and non-monotonic.",
     "f(x) = x * sigmoid(x)", lambda x: x / (1 + np.exp(-x)),
     lambda o, c: _nn().SiLU(), aliases=("swish",),
     derivative=_D("silu", "silu_backward", "g, {a}"))
_add("mish", "x times tanh(softplus(x)): smooth like swish.",
     "f(x) = x * tanh(ln(1 + e^x))", lambda x: x * np.tanh(np.logaddexp(0, x)),
     lambda o, c: _nn().Mish())
_add("softplus", "A smooth ReLU: always positive, its derivative is the sigmoid.",
     "f(x) = ln(1 + e^x)", lambda x: np.logaddexp(0, x), lambda o, c: _nn().Softplus(),
     derivative=_D("softplus", "softplus_backward", "g, {a}, 1.0, 20.0", "1.0, 20.0"))
_add("softsign", "Like tanh but approaches +-1 polynomially, saturating more gently.",
     "f(x) = x / (1 + |x|)", lambda x: x / (1 + np.abs(x)), lambda o, c: _nn().Softsign())
_add("hard_sigmoid", "A piecewise-linear, cheap approximation of sigmoid.",
     "f(x) = clip((x + 3) / 6, 0, 1)", lambda x: np.clip((x + 3) / 6, 0, 1),
     lambda o, c: _nn().Hardsigmoid())
_add("softmax", "Turns scores into probabilities that sum to 1 over the units (or channels): the "
     "output of a multi-class classifier.", "f(x)_i = e^x_i / sum_j e^x_j",
     _softmax_np, lambda o, c: _nn().Softmax(dim=1))


def make_activation(value, channels: int):
    """A torch module for a canonical activation value ('relu' or {'name': ..., ...})."""
    from .params import named_parts

    name, options = named_parts(value)
    spec = ACTIVATIONS.get(name)
    return spec.torch(spec.options(options), channels)

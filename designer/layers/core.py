"""Input, Dense, Activation, Dropout, Flatten and Reshape."""
from __future__ import annotations

import math

from ..activations import ACTIVATIONS
from ..errors import ShapeError
from ..messages import RESHAPE_NOT_MULTIPLE, RESHAPE_TOTAL
from ..params import Param, named_parts
from .base import (
    WEIGHT_KEYS,
    WEIGHT_PARAMS,
    LayerType,
    check_bias_init,
    fmt,
    need_flat,
    torch_modules,
    weight_counts,
)


def _dense_infer(p, shapes):
    need_flat("Dense", shapes[0])
    check_bias_init(p)
    return (p["units"],)


def _activation_count(p, shapes, out):
    n = ACTIVATIONS.get(named_parts(p["activation"])[0]).param_count(out[0])
    return (n, 0)


def _reshape_infer(p, shapes):
    size = math.prod(shapes[0])
    target = list(p["target_shape"])
    known = math.prod(d for d in target if d != -1)
    if -1 in target:
        if size % known:
            raise ShapeError(RESHAPE_NOT_MULTIPLE.format(fmt(shapes[0]), size, target, known))
        target[target.index(-1)] = size // known
    elif known != size:
        raise ShapeError(RESHAPE_TOTAL.format(fmt(shapes[0]), size, fmt(tuple(target)), known))
    return tuple(target)


CORE_TYPES = [
    LayerType(
        "Input", "Input", "Where data enters: the shape of one sample, without the batch.",
        (Param("shape", "shape", [2], "Shape of one sample, e.g. [2], [784] or [1, 28, 28] "
               "(images are channels, height, width)."),),
        infer=lambda p, s: tuple(p["shape"]),
        build=lambda p, s, o: torch_modules().Identity(),
        min_inputs=0, max_inputs=0, key_params=("shape",)),
    LayerType(
        "Dense", "Core",
        "Fully connected: every output unit sees every input (a perceptron layer).",
        (Param("units", "int", 8, "Number of output units (neurons).", min=1),) + WEIGHT_PARAMS,
        infer=_dense_infer,
        count=lambda p, s, o: weight_counts(p, s[0][0] * p["units"], p["units"], p["units"]),
        build=lambda p, s, o: torch_modules().dense(p, s[0]),
        key_params=("units",) + WEIGHT_KEYS),
    LayerType(
        "Activation", "Core", "Applies an activation function on its own, e.g. after BatchNorm.",
        (Param("activation", "activation", "relu", "The function to apply.",
               lookup=ACTIVATIONS.get),),
        infer=lambda p, s: s[0], count=_activation_count,
        build=lambda p, s, o: torch_modules().activation(p["activation"], o),
        key_params=("activation",)),
    LayerType(
        "Dropout", "Regularization", "Zeroes a random fraction of values while training, so "
        "units cannot co-adapt: a remedy for overfitting. Does nothing at prediction time.",
        (Param("rate", "float", 0.5, "Fraction of values to drop.", min=0.0, max=1.0,
               max_open=True),),
        infer=lambda p, s: s[0], build=lambda p, s, o: torch_modules().dropout(p["rate"]),
        key_params=("rate",)),
    LayerType(
        "Flatten", "Reshaping", "Lays every value of a sample out in one vector, e.g. "
        "(1, 28, 28) -> (784,), so a Dense layer can follow.", (),
        infer=lambda p, s: (math.prod(s[0]),), build=lambda p, s, o: torch_modules().Flatten()),
    LayerType(
        "Reshape", "Reshaping", "Rearranges the values of a sample into a new shape with the "
        "same number of values.",
        (Param("target_shape", "target_shape", [1, 28, 28],
               "New shape without the batch; one size may be -1 (whatever is left)."),),
        infer=_reshape_infer, build=lambda p, s, o: torch_modules().Reshape(o),
        key_params=("target_shape",)),
]

"""BatchNorm and LayerNorm."""
from __future__ import annotations

from ..errors import ShapeError
from ..messages import NORM_RANK
from ..params import Param
from .base import LayerType, fmt, torch_modules

TRAINABLE = Param("trainable", "bool", True, "Untick to freeze the scale and offset.")
EPSILON = Param("epsilon", "float", 1e-3, "Small number added to the variance to avoid "
                "dividing by zero.", min=0.0, min_open=True)



def _channels_infer(kind):
    def infer(p, shapes):
        if len(shapes[0]) not in (1, 2, 3):
            raise ShapeError(NORM_RANK.format(kind, fmt(shapes[0])))
        return shapes[0]

    return infer


def _bn_count(p, shapes, out):
    c = shapes[0][0]  # features of a vector, channels of an image (channels-first)
    # gamma and beta learn; the moving mean and variance are statistics, never trained (Keras).
    return (2 * c, 2 * c) if p["trainable"] else (0, 4 * c)


def _ln_count(p, shapes, out):
    n = 2 * shapes[0][0]
    return (n, 0) if p["trainable"] else (0, n)


NORM_TYPES = [
    LayerType(
        "BatchNorm", "Normalization", "Normalizes each feature (or channel) over the batch, then "
        "scales and shifts it: steadier, faster training and less sensitivity to initialization.",
        (Param("momentum", "float", 0.99, "How slowly the moving mean and variance used at "
               "prediction time follow the batches (Keras' convention: closer to 1 is slower).",
               min=0.0, max=1.0),
         EPSILON, TRAINABLE),
        infer=_channels_infer("BatchNorm"), count=_bn_count,
        build=lambda p, s, o: torch_modules().batch_norm(p, s[0])),
    LayerType(
        "LayerNorm", "Normalization", "Normalizes each sample over all its values, then scales "
        "and shifts per feature (or channel); independent of the batch size.",
        (EPSILON, TRAINABLE),
        infer=_channels_infer("LayerNorm"), count=_ln_count,
        build=lambda p, s, o: torch_modules().layer_norm(p, s[0])),
]

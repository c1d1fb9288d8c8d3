"""The registry of layer types."""
from ..registry import Registry
from .base import LayerType, Shape, fmt
from .conv import CONV_TYPES
from .core import CORE_TYPES
from .merge import MERGE_TYPES
from .norm import NORM_TYPES

LAYERS: Registry[LayerType] = Registry("layer type")
for _t in CORE_TYPES + CONV_TYPES + NORM_TYPES + MERGE_TYPES:
    LAYERS.register(_t.name, _t)

CATEGORIES = ("Input", "Core", "Convolution", "Pooling", "Normalization", "Regularization",
              "Reshaping", "Merge")

__all__ = ["LAYERS", "CATEGORIES", "LayerType", "Shape", "fmt"]

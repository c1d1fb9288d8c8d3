"""One Keras layer -> one Network Designer layer: its type and parameters, the order in which
it passes its values on, and how its Keras weights become ours. One module per family of
layers (keras_layers_*.py); this one chooses among them.

Shared by the Keras model importer (keras_model) and the Keras code importer (keras_code).
Keras images are channels-last (H, W, C), ours channels-first (C, H, W). A flat vector made
from an image therefore lists its values in another order than Keras' (`Tensor.perm`); the
layers after it (a Dense's kernel rows, a BatchNorm's statistics) are reordered to match, so
an imported network predicts what the Keras model predicts.
"""
from __future__ import annotations

from typing import Callable

from ..file_messages import keras as K
from . import (
    keras_layers_activation,
    keras_layers_norm,
    keras_layers_pooling,
    keras_layers_shape,
    keras_layers_weighted,
)
from .keras_layer_base import MALFORMED, LayerContext, Ours, Tensor
from .keras_names import KERAS_LAYER_CLASSES, KERAS_PART_CLASSES
from .keras_settings import Unsupported, is_custom

__all__ = ["MALFORMED", "NESTED_MODELS", "Ours", "Tensor", "map_layer"]

NESTED_MODELS = ("Sequential", "Functional", "Model")


def map_layer(class_name: str, config: dict, inputs: list[Tensor] | None = None,
              keras2: bool = False, registered_name: str | None = None,
              module: str | None = None, parts: dict | None = None) -> Ours:
    """Our layer for one Keras layer, or Unsupported naming everything that stands in the way.

    `inputs` are the tensors feeding it (our shapes); the settings that depend on them (a
    Concatenate's axis, a Reshape's order, a Dense's weights) are only checked when given.
    `keras2`: the config was written by Keras 2 (its hard_sigmoid differs from ours).
    `parts`: what keras_model folded into it of the Keras layers our export writes around
    one of ours: "permuted_in" (a Permute((3, 1, 2)) before a Flatten or Reshape),
    "permuted_out" (a Permute((2, 3, 1)) after a Reshape), "pad" and "scale" (the configs of
    the ZeroPadding2D before and the Rescaling after an AveragePooling2D)."""
    if is_custom(class_name, registered_name, module):
        raise Unsupported(K.CUSTOM_CLASS.format(registered_name or module))
    if class_name in NESTED_MODELS:
        raise Unsupported(K.NESTED_MODEL)
    if class_name == "Lambda":
        raise Unsupported(K.LAMBDA)
    if class_name not in KERAS_LAYER_CLASSES and class_name not in KERAS_PART_CLASSES:
        raise Unsupported(K.NO_SUCH_LAYER.format(class_name))
    if not isinstance(config, dict):
        raise Unsupported(K.CONFIG_NOT_OBJECT)
    ctx = LayerContext(config, inputs, keras2, parts or {})
    try:
        ours = _MAPPERS[class_name](ctx)
    except MALFORMED as e:  # a hand-written or damaged config: say so, never crash
        raise Unsupported(K.ODD_SETTING.format(e)) from None
    if ctx.why:
        raise Unsupported("; ".join(ctx.why))
    return ours


_MAPPERS: dict[str, Callable[[LayerContext], Ours]] = {
    **keras_layers_shape.MAPPERS, **keras_layers_weighted.MAPPERS,
    **keras_layers_pooling.MAPPERS, **keras_layers_norm.MAPPERS,
    **keras_layers_activation.MAPPERS,
}
assert set(_MAPPERS) == set(KERAS_LAYER_CLASSES) | set(KERAS_PART_CLASSES)

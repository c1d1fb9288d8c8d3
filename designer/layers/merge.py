"""Add and Concatenate: layers with several inputs, taken in the order they were connected."""
from __future__ import annotations

from ..errors import ShapeError
from ..messages import ADD_SHAPES, AXIS_MISSING, CONCAT_AXES, CONCAT_SIZES
from ..params import Param
from .base import LayerType, fmt, torch_modules


def _listing(shapes) -> str:
    return ", ".join(fmt(s) for s in shapes)


def _add_infer(p, shapes):
    if any(s != shapes[0] for s in shapes):
        raise ShapeError(ADD_SHAPES.format(_listing(shapes)))
    return shapes[0]


def _concat_infer(p, shapes):
    rank = len(shapes[0])
    if any(len(s) != rank for s in shapes):
        raise ShapeError(CONCAT_AXES.format(_listing(shapes)))
    axis = p["axis"]
    if not -rank <= axis < rank:
        raise ShapeError(AXIS_MISSING.format(axis, fmt(shapes[0])))
    axis %= rank
    for s in shapes:
        if s[:axis] + s[axis + 1:] != shapes[0][:axis] + shapes[0][axis + 1:]:
            raise ShapeError(CONCAT_SIZES.format(axis, _listing(shapes)))
    return shapes[0][:axis] + (sum(s[axis] for s in shapes),) + shapes[0][axis + 1:]


MERGE_TYPES = [
    LayerType(
        "Add", "Merge", "Adds its inputs element by element: the skip connection of a residual "
        "block.", (), infer=_add_infer, build=lambda p, s, o: torch_modules().Add(),
        min_inputs=2, max_inputs=None),
    LayerType(
        "Concatenate", "Merge", "Joins its inputs side by side along one axis.",
        (Param("axis", "int", 0, "Axis to join along, without the batch: 0 is features for "
               "vectors and channels for images; -1 is the last axis."),),
        infer=_concat_infer, build=lambda p, s, o: torch_modules().Concatenate(p["axis"], len(o)),
        min_inputs=2, max_inputs=None, key_params=("axis",)),
]

"""What every layer type declares: its parameters, how it infers its output shape, how many
weights it has, and how it becomes a torch module."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..activations import ACTIVATIONS
from ..errors import ShapeError
from ..initializers import INITIALIZERS
from ..messages import BIAS_INIT_MATRIX, FLAT_INPUT, IMAGE_INPUT
from ..params import Param, named_parts

Shape = tuple[int, ...]


@dataclass(frozen=True)
class LayerType:
    name: str
    category: str
    description: str
    params: tuple[Param, ...]
    infer: Callable[[dict, list[Shape]], Shape]  # raises ShapeError
    build: Callable[[dict, list[Shape], Shape], object]  # -> torch.nn.Module
    count: Callable[[dict, list[Shape], Shape], tuple[int, int]] = lambda p, i, o: (0, 0)
    min_inputs: int = 1
    max_inputs: int | None = 1  # None: any number
    key_params: tuple[str, ...] = ()  # shown on the canvas box

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def defaults(self) -> dict:
        return {p.name: p.default for p in self.params}

    @property
    def id_prefix(self) -> str:
        return self.name.lower()


def torch_modules():
    """designer.modules, imported on first build so editing never loads torch."""
    from .. import modules

    return modules


def fmt(shape: Shape) -> str:
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def one_input(kind: str, shapes: list[Shape]) -> Shape:
    return shapes[0]


def need_flat(kind: str, shape: Shape) -> None:
    if len(shape) != 1:
        raise ShapeError(FLAT_INPUT.format(kind, fmt(shape)))


def need_image(kind: str, shape: Shape) -> None:
    if len(shape) != 3:
        raise ShapeError(IMAGE_INPUT.format(kind, fmt(shape)))


# Settings shared by every layer with weights (Dense, Conv2D): what users set per layer.
WEIGHT_PARAMS = (
    Param("activation", "activation", "linear",
          "Function applied to the layer's output; 'linear' means none.",
          lookup=ACTIVATIONS.get),
    Param("init", "initializer", "glorot_uniform",
          "How the weights start (Xavier/Glorot, He, LeCun, ...).", lookup=INITIALIZERS.get),
    Param("bias_init", "initializer", "zeros", "How the biases start.", lookup=INITIALIZERS.get),
    Param("use_bias", "bool", True, "Add a learned bias to each output."),
    Param("dropout", "float", 0.0,
          "Fraction of outputs zeroed at random during training, after the activation.",
          min=0.0, max=1.0, max_open=True),
    Param("l1", "float", 0.0, "L1 penalty on the weights (drives some to exactly zero).",
          min=0.0),
    Param("l2", "float", 0.0, "L2 penalty on the weights (weight decay: keeps them small).",
          min=0.0),
    Param("max_norm", "float", None,
          "Largest allowed norm of each unit's incoming weights; empty for no limit.",
          min=0.0, min_open=True, optional=True),
    Param("trainable", "bool", True, "Untick to freeze the layer's weights during training."),
)
WEIGHT_KEYS = ("activation", "init", "dropout")


def weight_counts(p: dict, weights: int, biases: int, channels: int) -> tuple[int, int]:
    """(trainable, non_trainable) for a weight layer, counting a PReLU's learned slopes."""
    act_name, _ = named_parts(p["activation"])
    n = weights + (biases if p["use_bias"] else 0) + ACTIVATIONS.get(act_name).param_count(channels)
    return (n, 0) if p["trainable"] else (0, n)


def check_bias_init(p: dict) -> None:
    name, _ = named_parts(p["bias_init"])
    if INITIALIZERS.get(name).weights_only:
        raise ShapeError(BIAS_INIT_MATRIX.format(name))

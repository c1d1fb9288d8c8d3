"""Conv2D and pooling, channels-first (C, H, W), with Keras' 'valid' and 'same' padding."""
from __future__ import annotations

from ..conv_geometry import pool_strides, spatial_out
from ..params import Param, padding4, pair
from .base import (
    WEIGHT_KEYS,
    WEIGHT_PARAMS,
    LayerType,
    check_bias_init,
    need_image,
    torch_modules,
    weight_counts,
)

PADDING = Param("padding", "choice", "valid",
                "'valid': no padding, the output shrinks; 'same': pad so the output is "
                "input size / strides.", choices=("valid", "same"))



def _conv_infer(p, shapes):
    need_image("Conv2D", shapes[0])
    check_bias_init(p)
    h, w = spatial_out("Conv2D", shapes[0][1:], pair(p["kernel_size"]), pair(p["strides"]),
                       p["padding"])
    return (p["filters"], h, w)


def _conv_count(p, shapes, out):
    kh, kw = pair(p["kernel_size"])
    return weight_counts(p, p["filters"] * shapes[0][0] * kh * kw, p["filters"], p["filters"])


def _pool(kind: str, description: str) -> LayerType:
    def infer(p, shapes):
        need_image(kind, shapes[0])
        h, w = spatial_out(kind, shapes[0][1:], pair(p["pool_size"]), pool_strides(p),
                           p["padding"])
        return (shapes[0][0], h, w)

    return LayerType(
        kind, "Pooling", description,
        (Param("pool_size", "size", 2, "Window size: one number or [height, width].", min=1),
         Param("strides", "size", None, "Step between windows; empty means the window size.",
               min=1, optional=True),
         PADDING),
        infer=infer, build=lambda p, s, o: torch_modules().pool(kind, p, s[0]),
        key_params=("pool_size",))


def _global_pool(kind: str, description: str) -> LayerType:
    def infer(p, shapes):
        need_image(kind, shapes[0])
        return (shapes[0][0],)

    return LayerType(kind, "Pooling", description, (), infer=infer,
                     build=lambda p, s, o: torch_modules().GlobalPool(kind))


def _zero_pad_infer(p, shapes):
    need_image("ZeroPadding2D", shapes[0])
    top, bottom, left, right = padding4(p["padding"])
    c, h, w = shapes[0]
    return (c, h + top + bottom, w + left + right)


ZERO_PADDING = LayerType(
    "ZeroPadding2D", "Reshaping", "Adds rows and columns of zeros around an image, e.g. before "
    "a convolution that should keep the border.",
    (Param("padding", "padding", 1, "Zeros to add: one number for every side, [rows, columns], "
           "or [top, bottom, left, right].", min=0),),
    infer=_zero_pad_infer, build=lambda p, s, o: torch_modules().zero_padding(p["padding"]),
    key_params=("padding",))


CONV_TYPES = [
    LayerType(
        "Conv2D", "Convolution", "Slides learned filters over an image; each filter finds one "
        "pattern anywhere in it, with far fewer weights than Dense.",
        (Param("filters", "int", 8, "Number of filters (output channels).", min=1),
         Param("kernel_size", "size", 3, "Filter size: one number or [height, width].", min=1),
         Param("strides", "size", 1, "Step between filter positions.", min=1),
         PADDING) + WEIGHT_PARAMS,
        infer=_conv_infer, count=_conv_count,
        build=lambda p, s, o: torch_modules().conv2d(p, s[0]),
        key_params=("filters", "kernel_size") + WEIGHT_KEYS),
    _pool("MaxPool2D", "Keeps the largest value of each window: shrinks the image and keeps the "
          "strongest responses."),
    _pool("AvgPool2D", "Averages each window: shrinks the image smoothly."),
    _global_pool("GlobalAvgPool2D", "Averages each channel over the whole image: one number per "
                 "channel, whatever the image size (instead of Flatten before the classifier)."),
    _global_pool("GlobalMaxPool2D", "Keeps each channel's largest value over the whole image: "
                 "one number per channel."),
    ZERO_PADDING,
]

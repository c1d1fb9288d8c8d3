"""ONNX ops -> Network Designer layers, one small function per op (in onnx_ops_*.py).

Each handler reads its node through the importer (`ctx`) and returns the value its first
output becomes: a new layer, or the value of its input (ops that do nothing at prediction
time). A handler raises Refused with a plain reason when the node cannot be expressed exactly;
the importer names the node and collects every such reason before giving up.
"""
from __future__ import annotations

from ..file_messages import onnx as O
from .onnx_op_base import Refused, Skip, Value
from .onnx_ops_activation import ACTIVATION_OPS, activation
from .onnx_ops_pooling import global_pool, pad, pool, reduce
from .onnx_ops_shape import add, concat, flatten, passthrough, reshape, squeeze
from .onnx_ops_weighted import batch_norm, conv, gemm, layer_norm, matmul

__all__ = ["EXPLAINED", "OPS", "Refused", "Skip", "Value"]

OPS = {
    "Gemm": gemm, "MatMul": matmul, "Conv": conv,
    "MaxPool": pool("MaxPool2D"), "AveragePool": pool("AvgPool2D"),
    "GlobalAveragePool": global_pool("GlobalAvgPool2D"),
    "GlobalMaxPool": global_pool("GlobalMaxPool2D"),
    "ReduceMean": reduce("GlobalAvgPool2D"), "ReduceMax": reduce("GlobalMaxPool2D"),
    "BatchNormalization": batch_norm, "LayerNormalization": layer_norm,
    "Flatten": flatten, "Reshape": reshape, "Squeeze": squeeze, "Unsqueeze": squeeze,
    "Pad": pad, "Add": add, "Sum": add, "Concat": concat, "Identity": passthrough,
    "Dropout": passthrough,
    **{op: activation for op in ACTIVATION_OPS},
}
# Ops worth a specific word when refused.
EXPLAINED = {
    "Loop": O.LOOP, "If": O.BRANCH, "Scan": O.SCAN, "LSTM": O.LSTM, "GRU": O.GRU, "RNN": O.RNN,
    "Erf": O.ERF,
}

"""Exports of a network: a standalone PyTorch script and ONNX."""

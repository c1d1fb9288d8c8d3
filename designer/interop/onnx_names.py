"""Readable layer ids for the nodes of an ONNX graph, from what exporters record: weight
names, torch module scopes, node paths."""
from __future__ import annotations

import ast
import re

_STATE_KEY = re.compile(r"^(?P<path>[A-Za-z0-9_.]+)\.(weight|bias|kernel)$")


def layer_hint(node, weight_name: str | None = None) -> str:
    """A short readable id for the layer made from `node`: the module path of its weight
    ('fc1.weight' -> 'fc1'), the torch module scope the exporter recorded, the legacy
    exporter's node path ('/block/fc1/Gemm' -> 'block_fc1'), else the node's name."""
    if weight_name and (m := _STATE_KEY.match(weight_name)):
        path = m.group("path")
        return path[:-5] if path.endswith(".core") else path  # our own export's Dense/Conv2D
    scopes = _name_scopes(node)
    if scopes:
        return "_".join(scopes)
    name = node.name or ""
    if name.startswith("/"):
        parts = [p for p in name.split("/") if p]
        return "_".join(parts[:-1]) if len(parts) > 1 else (parts[0].lower() if parts else "")
    if name.startswith("node_"):
        return name[5:]
    return name or node.op_type.lower()


def _name_scopes(node) -> list[str]:
    """The torch module path of a node from the dynamo exporter's metadata, without the op."""
    for prop in node.metadata_props:
        if prop.key == "pkg.torch.onnx.name_scopes":
            try:
                scopes = ast.literal_eval(prop.value)  # a list literal; never evaluated code
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                return []
            if isinstance(scopes, list) and all(isinstance(s, str) for s in scopes):
                parts = [s for s in scopes[:-1] if s]
                return parts
    return []


def sanitize(hint: str, fallback: str) -> str:
    """`hint` made into a layer id: letters, digits, '_' and '-' only, at most 56 long."""
    text = re.sub(r"[^A-Za-z0-9_\-]+", "_", hint).strip("_").lstrip("-")
    return (text or fallback)[:56]

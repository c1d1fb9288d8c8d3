"""Networks from other tools, and the one entry point that recognises them.

`import_network(path)` reads Keras model JSON (Keras 2, 2.13-2.15 and 3), `.keras` and Keras 2
`.h5` files, Keras code (`.py`, read with `ast`, never run) and ONNX models, with their
weights, into a Network laid out on the canvas. Nothing from a file is ever executed: JSON,
HDF5 arrays and protobuf are read as data, and a layer or op we cannot read is named.
"""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

from ..errors import DesignerError
from ..file_messages import imports as I
from ..file_messages import network_files as F
from ..network import Network
from .common import InteropError

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
# What File > Import offers and Open / drag-and-drop also recognise.
IMPORT_SUFFIXES = (".keras", ".h5", ".hdf5", ".json", ".onnx", ".py")


def sniff(path: Path, head: bytes) -> str:
    """The kind of a file from its first bytes (and its name where bytes cannot tell):
    'network' (ours), 'keras_json', 'keras_zip', 'keras_h5', 'onnx' or 'keras_code'."""
    suffix = path.suffix.lower()
    if head.startswith(HDF5_SIGNATURE):
        return "keras_h5"
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError) as e:
            raise InteropError(I.DAMAGED_ZIP.format(path, e)) from None
        if "config.json" in names:
            return "keras_zip"
        if "network.json" in names:
            return "network"
        raise InteropError(I.ZIP_NEITHER.format(path))
    if suffix == ".onnx":
        return "onnx"
    if suffix == ".py":
        return "keras_code"
    text = head.lstrip()
    if text.startswith(b"{") or suffix == ".json":
        return _json_kind(path)
    if suffix in (".nnd",):
        return "network"
    raise InteropError(I.NOT_IMPORTABLE.format(path))


def _json_kind(path: Path) -> str:
    from ..serialization import FORMAT, _parse_json

    doc = _parse_json(path.read_bytes(), str(path))
    if isinstance(doc, dict) and "class_name" in doc and "config" in doc:
        return "keras_json"
    if isinstance(doc, dict) and (doc.get("format") == FORMAT or "layers" in doc):
        return "network"
    raise InteropError(I.JSON_NEITHER.format(path))


def file_kind(path: str | os.PathLike) -> str:
    path = Path(path)
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except FileNotFoundError:
        raise InteropError(F.NO_SUCH_FILE.format(path)) from None
    except IsADirectoryError:
        raise InteropError(F.IS_A_FOLDER.format(path)) from None
    except OSError as e:
        raise InteropError(F.CANNOT_READ.format(path, e.strerror or e)) from None
    return sniff(path, head)


def import_network(path: str | os.PathLike) -> Network:
    """A Network from any file we recognise (ours are loaded as they are)."""
    path = Path(path)
    kind = file_kind(path)
    if kind == "network":
        from ..serialization import load

        return load(path)
    if kind in ("keras_json", "keras_zip", "keras_h5"):
        from .keras_files import load_keras

        network = load_keras(path)
    elif kind == "onnx":
        from .onnx_model import load_onnx

        network = load_onnx(path)
    else:
        from .keras_code import load_keras_code

        network = load_keras_code(path)
    network.source = None  # an import is a new document: Save asks where
    return network


def is_importable(path: str | os.PathLike) -> bool:
    """True for files that need an import (not our own format) and look like one."""
    try:
        return file_kind(path) != "network"
    except DesignerError:  # unreadable: the ordinary opening says why
        return False


__all__ = ["InteropError", "IMPORT_SUFFIXES", "file_kind", "import_network", "is_importable"]

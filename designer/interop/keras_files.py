"""Keras files -> a Network: model JSON (structure only: imported untrained), `.keras` zips
(config.json + model.weights.h5) and Keras 2 `.h5` full-model files (the model_config
attribute + model_weights). HDF5 is read with h5py as plain arrays: nothing is unpickled,
deserialized into Keras objects or run, and links out of the file are not followed.
"""
from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path

import numpy as np

from ..file_messages import imports as I
from ..file_messages import keras as K
from ..file_messages import network_files as F
from ..network import Network
from .common import InteropError, check_size, finish_import
from .keras_compile import compile_settings
from .keras_model import network_from_keras_config, saved_layer_order

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
MAX_CONFIG_BYTES = 64 * 2 ** 20  # a config.json this large is no model config
# The names Keras gives a model nobody named: the file's name says more.
DEFAULT_MODEL_NAME = re.compile(r"^(sequential|functional|model)(_\d+)?$")

Weights = dict[str, list[np.ndarray]]
# What h5py and NumPy raise on a damaged or odd file.
H5_ERRORS = (OSError, KeyError, ValueError, RuntimeError, TypeError)


def load_keras(path: str | os.PathLike) -> Network:
    """A Network from a Keras model JSON, .keras or .h5 file, with its weights when the file
    has them; its parameter count is checked against the file's."""
    path = Path(path)
    where = str(path)
    check_size(path, F.KERAS_MODEL_FILE)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InteropError(F.CANNOT_READ.format(where, e.strerror or e)) from None
    if data.startswith(HDF5_SIGNATURE):
        doc, weights, version = _read_h5(data, where)
    elif data.startswith(b"PK"):
        doc, weights, version = _read_zip(data, where)
    else:
        doc, weights, version = _parse_json(data, where), None, None
    if isinstance(doc, dict) and version and "keras_version" not in doc:
        doc["keras_version"] = version
    network = network_from_keras_config(doc, where, weights, _title(doc, path))
    training, notes = compile_settings(doc.get("compile_config") if isinstance(doc, dict)
                                       else None)
    if training:
        network.training = training
    reported = None
    if weights is not None:
        reported = sum(int(np.size(a)) for arrays in weights.values() for a in arrays)
    network = finish_import(network, where, "Keras", reported)
    if notes:
        network.extra["imported_from"]["notes"] = [K.COMPILE_NOTE.format(n) for n in notes]
    return network


def _title(doc, path: Path) -> str:
    config = doc.get("config") if isinstance(doc, dict) else None
    name = config.get("name") if isinstance(config, dict) else None
    if isinstance(name, str) and name and not DEFAULT_MODEL_NAME.match(name):
        return name
    return path.stem


def _parse_json(data: bytes, where: str):
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InteropError(I.NOT_KERAS_FILE.format(where)) from None
    except json.JSONDecodeError as e:
        raise InteropError(F.BROKEN_JSON.format(where, e.lineno, e.colno, e.msg)) from None


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


# -- .keras: a zip of config.json, metadata.json and model.weights.h5 -----------------------
def _read_zip(data: bytes, where: str) -> tuple[dict, Weights | None, str | None]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = {i.filename: i for i in z.infolist()}
            if "config.json" not in members:
                raise InteropError(I.ZIP_WITHOUT_CONFIG.format(where))

            def read(name):
                if members[name].file_size > MAX_CONFIG_BYTES and name.endswith(".json"):
                    raise InteropError(I.IMPLAUSIBLY_LARGE.format(where, name))
                return z.read(name)

            doc = _parse_json(read("config.json"), F.AT.format(where, "config.json"))
            version = None
            if "metadata.json" in members:
                meta = _parse_json(read("metadata.json"), F.AT.format(where, "metadata.json"))
                version = meta.get("keras_version") if isinstance(meta, dict) else None
            if "model.weights.h5" not in members:
                if any(n.startswith("model.weights") for n in members):
                    raise InteropError(I.SHARDED_WEIGHTS.format(where))
                return doc, None, version
            h5_bytes = read("model.weights.h5")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as e:
        raise InteropError(I.DAMAGED_KERAS.format(where, e)) from None
    return doc, _zip_weights(h5_bytes, doc, where), version


def _zip_weights(h5_bytes: bytes, doc, where: str) -> Weights:
    """Each layer's arrays from model.weights.h5: layers/<path>/vars/0, 1, ... The path is
    matched by the `name` attribute Keras 3.x writes on vars, else by Keras' own naming (the
    snake_case class name, _1, _2, ... in model.layers order)."""
    h5py = _h5py()
    if not isinstance(doc, dict):
        return {}
    try:
        with h5py.File(io.BytesIO(h5_bytes), "r") as f:
            root = _group(f, "layers")
            if root is None:
                return {}
            paths = _paths_by_name(root, saved_layer_order(doc, where))
            return {name: _vars(root, path) for name, path in paths.items()}
    except H5_ERRORS as e:
        raise InteropError(I.DAMAGED_WEIGHTS.format(where, e)) from None


def _paths_by_name(root, layers: list[tuple[str, str]]) -> dict[str, str]:
    named = {}
    for path in root:
        group = _group(root, path)
        vars_group = _group(group, "vars") if group is not None else None
        if vars_group is not None and "name" in vars_group.attrs:
            named[_text(vars_group.attrs["name"])] = path
    if named:
        return {name: named[name] for name, _ in layers if name in named}
    used: dict[str, int] = {}
    out = {}
    for name, class_name in layers:
        stem = _snake_case(class_name)
        out[name] = stem if stem not in used else f"{stem}_{used[stem] + 1}"
        used[stem] = used.get(stem, -1) + 1
    return {name: path for name, path in out.items() if path in root}


def _snake_case(name: str) -> str:
    """Keras' naming of a class in saved files: PReLU -> p_re_lu, Conv2D -> conv2d."""
    name = re.sub(r"\W+", "", name)
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


def _vars(root, path: str) -> list[np.ndarray]:
    group = _group(_group(root, path), "vars")
    if group is None:
        return []
    keys = sorted((k for k in group if k.isdigit()), key=int)
    return [_array(group, k) for k in keys]


# -- Keras 2 .h5: model_config attribute, model_weights/<layer>/<weight names> --------------
def _read_h5(data: bytes, where: str) -> tuple[dict, Weights | None, str | None]:
    h5py = _h5py()
    try:
        with h5py.File(io.BytesIO(data), "r") as f:
            raw = f.attrs.get("model_config")
            if raw is None:
                raise InteropError(I.WEIGHTS_ONLY.format(where))
            doc = _parse_json(_text(raw).encode("utf-8"), F.AT.format(where, "model_config"))
            if isinstance(doc, dict) and "training_config" in f.attrs:
                doc["compile_config"] = _h5_compile(f.attrs["training_config"], where)
            version = _text(f.attrs["keras_version"]) if "keras_version" in f.attrs else None
            group = _group(f, "model_weights")
            weights = _h5_weights(group) if group is not None else None
    except H5_ERRORS as e:
        raise InteropError(I.DAMAGED_H5.format(where, e)) from None
    return doc, weights, version


def _h5_compile(raw, where: str) -> dict | None:
    """Keras 2's training_config ({"optimizer_config": ..., "loss": ...}) as compile_config."""
    try:
        config = json.loads(_text(raw))
    except ValueError:
        return None  # the settings are a help, not the model: an unreadable one is left out
    if not isinstance(config, dict):
        return None
    return {"optimizer": config.get("optimizer_config"), "loss": config.get("loss")}


def _h5_weights(group) -> Weights:
    """Per layer, the arrays its `weight_names` attribute lists, in that (Keras') order."""
    names = group.attrs.get("layer_names")
    if names is None:
        names = list(group)
    out = {}
    for name in map(_text, names):
        layer = _group(group, name)
        if layer is not None:
            out[name] = [_array(layer, _text(w)) for w in layer.attrs.get("weight_names", [])]
    return out


# -- safe HDF5 access ---------------------------------------------------------------------------
def _h5py():
    import h5py

    return h5py


def _inside(parent, name: str) -> bool:
    """True when `name` is stored in this file (not an external link to another file)."""
    h5py = _h5py()
    link = parent.get(name, getlink=True)
    return isinstance(link, (h5py.HardLink, h5py.SoftLink))


def _group(parent, name: str):
    h5py = _h5py()
    if parent is None or name not in parent or not _inside(parent, name):
        return None
    node = parent[name]
    return node if isinstance(node, h5py.Group) else None


def _array(parent, name: str) -> np.ndarray:
    h5py = _h5py()
    node = parent[name] if _inside(parent, name) else None
    if not isinstance(node, h5py.Dataset) or node.is_virtual or node.external:
        raise ValueError(f"{parent.name}/{name} is not an array stored in the file")
    return np.asarray(node[()])

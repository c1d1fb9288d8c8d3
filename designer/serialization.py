"""The network document (JSON) and the .nnd bundle (a zip like Keras' .keras file).

A bundle holds network.json, metadata.json and, once trained, weights.safetensors and
history.json. Loading never executes anything from the file: JSON and safetensors only.
Saving writes a temporary file beside the target and renames it, so a failure never leaves
half a file where a good one was.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import math
import os
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from . import FORMAT_VERSION, __version__
from .atomic_files import atomic_write
from .errors import GraphError, NetworkFileError
from .file_messages import network_files as F
from .graph import Layer, NetworkGraph
from .layers import LAYERS
from .limits import human_bytes
from .migrations import migrate
from .network import Network

FORMAT = "network-designer"
NETWORK_MEMBER, METADATA_MEMBER = "network.json", "metadata.json"
WEIGHTS_MEMBER, HISTORY_MEMBER = "weights.safetensors", "history.json"
KNOWN_KEYS = ("format", "format_version", "name", "layers", "connections", "dataset", "training")
MAX_MEMBER_BYTES = 4 << 30  # refuse absurd members (zip bombs) before reading them


# -- document <-> Network -------------------------------------------------------------------
def to_document(network: Network) -> dict:
    doc = {"format": FORMAT, "format_version": FORMAT_VERSION, "name": network.name,
           "layers": [layer.config() for layer in network.graph.layers],
           "connections": [[s, d] for s, d in network.graph.connections]}
    if network.dataset is not None:
        doc["dataset"] = network.dataset
    if network.training is not None:
        doc["training"] = network.training
    doc.update({k: v for k, v in network.extra.items() if k not in doc})
    return doc


def from_document(doc: Any, where: str = "the network") -> Network:
    """A Network from a parsed document; NetworkFileError names the first thing wrong."""
    if not isinstance(doc, dict):
        raise NetworkFileError(F.NOT_A_DOCUMENT.format(where, type(doc).__name__))
    if doc.get("format", FORMAT) != FORMAT:
        raise NetworkFileError(F.NOT_OUR_FORMAT.format(where, doc.get("format"), FORMAT))
    doc = migrate(doc, where)
    name = doc.get("name", "network")
    if not isinstance(name, str):
        raise NetworkFileError(F.NAME_NOT_TEXT.format(where, name))
    graph = _graph(doc, where)
    for key in ("dataset", "training"):
        if doc.get(key) is not None and not isinstance(doc[key], dict):
            raise NetworkFileError(F.KEY_NOT_OBJECT.format(where, key, doc[key]))
    extra = {k: v for k, v in doc.items() if k not in KNOWN_KEYS}
    return Network(graph, name, doc.get("dataset"), doc.get("training"), extra=extra)


def _graph(doc: dict, where: str) -> NetworkGraph:
    """The layers and connections of a document; cycles are left for the analysis to name."""
    graph = NetworkGraph()
    layers = _field(doc, "layers", list, where)
    for k, raw in enumerate(layers):
        here = F.AT.format(where, f"layers[{k}]")
        layer = _layer(raw, here)
        try:
            graph.add_layer(layer)
        except GraphError as e:
            raise NetworkFileError(F.AT.format(here, e)) from None
    for k, pair in enumerate(_field(doc, "connections", list, where, default=[])):
        if (not isinstance(pair, (list, tuple)) or len(pair) != 2
                or not all(isinstance(i, str) for i in pair)):
            raise NetworkFileError(F.BAD_CONNECTION.format(where, k, pair))
        try:
            graph.connect(pair[0], pair[1], check=False)
        except GraphError as e:
            raise NetworkFileError(F.AT.format(where, F.AT.format(f"connections[{k}]", e))) \
                from None
    return graph


def _field(doc: dict, key: str, kind: type, where: str, default=None):
    if key not in doc:
        if default is not None:
            return default
        raise NetworkFileError(F.MISSING_KEY.format(where, key))
    if not isinstance(doc[key], kind):
        raise NetworkFileError(F.KEY_OF_KIND.format(where, key, kind.__name__,
                                                    type(doc[key]).__name__))
    return doc[key]


def _layer(raw: Any, here: str) -> Layer:
    if not isinstance(raw, dict):
        raise NetworkFileError(F.LAYER_NOT_OBJECT.format(here))
    if "id" not in raw:
        raise NetworkFileError(F.LAYER_NO_ID.format(here))
    type_name = raw.get("type")
    if not isinstance(type_name, str):
        raise NetworkFileError(F.LAYER_NO_TYPE.format(here, raw["id"]))
    matches = [n for n in LAYERS if n.lower() == type_name.lower()]
    if not matches:
        raise NetworkFileError(F.AT.format(f"{here} ('{raw['id']}')",
                                           LAYERS.unknown_message(type_name)))
    position = raw.get("position")
    if position is not None and not (
            isinstance(position, (list, tuple)) and len(position) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                    for v in position)):
        raise NetworkFileError(F.BAD_POSITION.format(here, raw["id"], position))
    params = {k: v for k, v in raw.items() if k not in ("id", "type", "position")}
    try:
        return Layer.create(matches[0], raw["id"], position, **params)
    except GraphError as e:
        raise NetworkFileError(F.AT.format(here, e)) from None


# -- files --------------------------------------------------------------------------------
def load(path: str | os.PathLike) -> Network:
    """Open a .nnd bundle or a bare .json network."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NetworkFileError(F.NO_SUCH_FILE.format(path)) from None
    except IsADirectoryError:
        raise NetworkFileError(F.FOLDER_NOT_NETWORK.format(path)) from None
    except OSError as e:
        raise NetworkFileError(F.CANNOT_READ.format(path, e.strerror or e)) from None
    network = _load_bundle(data, path) if zipfile.is_zipfile(io.BytesIO(data)) else \
        from_document(_parse_json(data, str(path)), str(path))
    network.source = path
    return network


def loads(text: str | bytes, where: str = "the network") -> Network:
    return from_document(_parse_json(text, where), where)


def _parse_json(data: str | bytes, where: str) -> Any:
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        return json.loads(text)
    except UnicodeDecodeError:
        raise NetworkFileError(F.NOT_TEXT_OR_NND.format(where)) from None
    except json.JSONDecodeError as e:
        raise NetworkFileError(F.BROKEN_JSON.format(where, e.lineno, e.colno, e.msg)) from None


def _load_bundle(data: bytes, path: Path) -> Network:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = {i.filename: i for i in z.infolist()}
            if NETWORK_MEMBER not in members:
                raise NetworkFileError(F.ZIP_WITHOUT.format(path, NETWORK_MEMBER))

            def read(name):
                if members[name].file_size > MAX_MEMBER_BYTES:
                    raise NetworkFileError(F.MEMBER_TOO_BIG.format(
                        path, name, human_bytes(members[name].file_size),
                        human_bytes(MAX_MEMBER_BYTES)))
                return z.read(name)

            network = from_document(_parse_json(read(NETWORK_MEMBER), f"{path}:{NETWORK_MEMBER}"),
                                    str(path))
            if WEIGHTS_MEMBER in members:
                network.weights = _read_weights(read(WEIGHTS_MEMBER), path)
            if HISTORY_MEMBER in members:
                history = _parse_json(read(HISTORY_MEMBER), f"{path}:{HISTORY_MEMBER}")
                if not isinstance(history, dict):
                    raise NetworkFileError(F.MEMBER_NOT_OBJECT.format(path, HISTORY_MEMBER))
                network.history = history
            return network
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as e:
        raise NetworkFileError(F.DAMAGED_NND.format(path, e)) from None
    except (OSError, RuntimeError, NotImplementedError, ValueError, zlib.error) as e:
        # CRC and decompression errors, encrypted or unsupported members
        raise NetworkFileError(F.DAMAGED_NND.format(path, e)) from None


def _read_weights(blob: bytes, path: Path) -> dict[str, np.ndarray]:
    from safetensors import SafetensorError
    from safetensors.numpy import load as load_safetensors

    try:
        weights = load_safetensors(blob)
    except (SafetensorError, ValueError, Exception) as e:  # the library raises several kinds
        raise NetworkFileError(F.MEMBER_DAMAGED.format(path, WEIGHTS_MEMBER, e)) from None
    for key in weights:
        if "." not in key:
            raise NetworkFileError(F.BAD_WEIGHT_NAME.format(path, key))
    return weights


def save(network: Network, path: str | os.PathLike) -> Path:
    """Write a .nnd bundle (or bare JSON when the name ends in .json), atomically."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        payload = dumps(network).encode("utf-8")
    else:
        payload = _bundle_bytes(network)
    atomic_write(path, payload)
    network.source = path
    return path


def dumps(network: Network) -> str:
    return json.dumps(jsonable(to_document(network)), indent=2, ensure_ascii=False) + "\n"


def _bundle_bytes(network: Network) -> bytes:
    from safetensors.numpy import save as save_safetensors

    metadata = {"app": "Network Designer", "app_version": __version__,
                "format_version": FORMAT_VERSION,
                "saved_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(NETWORK_MEMBER, dumps(network))
        z.writestr(METADATA_MEMBER, json.dumps(metadata, indent=2) + "\n")
        if network.weights:
            arrays = {k: np.ascontiguousarray(v) for k, v in network.weights.items()}
            z.writestr(WEIGHTS_MEMBER, save_safetensors(arrays))
        if network.history is not None:
            z.writestr(HISTORY_MEMBER, json.dumps(jsonable(network.history)) + "\n")
    return buffer.getvalue()


def jsonable(value: Any) -> Any:
    """Plain JSON values: tuples become lists, NumPy scalars and arrays become numbers and
    lists, and NaN or infinity (a diverged run's loss) become null."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, np.ndarray):
        return jsonable(value.tolist())
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value

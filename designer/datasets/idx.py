"""MNIST and Fashion-MNIST from the standard IDX files, when they are on this machine.

Nothing is downloaded. A folder is searched for train-images-idx3-ubyte(.gz),
train-labels-idx1-ubyte(.gz) and the t10k pair: the dataset's "path" option first, then
$ND_DATASETS/<name>, ~/.local/share/network-designer/datasets/<name>, ~/.keras/datasets/<name>
and /usr/share/datasets/<name> (where Debian's dataset-fashion-mnist puts them).
"""
from __future__ import annotations

import gzip
import math
import os
from pathlib import Path

import numpy as np

from ..file_messages import data as D
from ..file_messages import network_files as F
from ..limits import file_problem
from ..params import Param
from .base import Dataset, DatasetError, register

FASHION_CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                   "Sneaker", "Bag", "Ankle boot"]
_FOLDERS = {"mnist": ("mnist",), "fashion_mnist": ("fashion-mnist", "fashion_mnist")}
_HINTS = {"mnist": D.MNIST_HINT.format(), "fashion_mnist": D.FASHION_HINT.format()}
MAX_IDX_BYTES = 4 << 30  # 4.3 GB of data; MNIST's training images are 47 MB
IDX_FLOAT_COPIES = 2  # the loader scales the data into float32 (a copy and a temporary)
_DTYPES = {0x08: np.uint8, 0x09: np.int8, 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """One IDX array (optionally gzipped). The header's shape is checked against MAX_IDX_BYTES
    and the memory budget before the data is read."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as f:
            head = f.read(4)
            if len(head) < 4 or head[0] != 0 or head[1] != 0 or head[2] not in _DTYPES:
                raise DatasetError(D.NOT_IDX.format(path))
            ndim = head[3]
            dims_bytes = f.read(4 * ndim)
            if len(dims_bytes) < 4 * ndim:
                raise DatasetError(D.TRUNCATED_IDX.format(path))
            dims = tuple(int(d) for d in np.frombuffer(dims_bytes, ">u4", ndim))
            dtype = np.dtype(_DTYPES[head[2]])
            size = math.prod(dims) * dtype.itemsize
            too_big = file_problem(path, size, MAX_IDX_BYTES, F.IDX_FILE,
                                   1 + IDX_FLOAT_COPIES * 4 / dtype.itemsize)
            if too_big:
                raise DatasetError(D.IDX_DECLARES.format(too_big, dims))
            data = f.read(size + 1)  # one byte more tells a longer file
    except (OSError, EOFError) as e:
        raise DatasetError(F.CANNOT_READ.format(path, e)) from None
    if len(data) != size:
        raise DatasetError(D.TRUNCATED_IDX_SHAPE.format(path, dims))
    return np.frombuffer(data, dtype).reshape(dims)


def _candidates(name: str, path: str | None) -> list[Path]:
    if path:
        return [Path(path).expanduser()]
    roots = [Path(os.environ["ND_DATASETS"])] if os.environ.get("ND_DATASETS") else []
    roots += [Path.home() / ".local/share/network-designer/datasets",
              Path.home() / ".keras/datasets", Path("/usr/share/datasets")]
    return [root / folder for root in roots for folder in _FOLDERS[name]]


def _file(folder: Path, stem: str) -> Path | None:
    for candidate in (folder / stem, folder / f"{stem}.gz", folder / stem.replace("-idx", ".idx")):
        if candidate.is_file():
            return candidate
    return None


def find_folder(name: str, path: str | None = None) -> Path | None:
    for folder in _candidates(name, path):
        if _file(folder, "train-images-idx3-ubyte") and _file(folder, "train-labels-idx1-ubyte"):
            return folder
    return None


def _missing(name: str) -> str | None:
    return None if find_folder(name) else D.NOT_FOUND.format(_HINTS[name])


def _loader(name: str, classes: list[str], description: str):
    def load(path: str | None = None, samples: int | None = None) -> Dataset:
        folder = find_folder(name, path)
        if folder is None:
            where = D.IN_FOLDER.format(path) if path else D.ON_THIS_MACHINE
            raise DatasetError(D.IDX_MISSING.format(name, where, _HINTS[name]))

        def pair(prefix):
            images, labels = _file(folder, f"{prefix}-images-idx3-ubyte"), \
                _file(folder, f"{prefix}-labels-idx1-ubyte")
            if not images or not labels:
                return None
            x, y = read_idx(images), read_idx(labels)
            if len(x) != len(y):
                raise DatasetError(D.IMAGES_LABELS.format(folder, len(x), prefix, len(y)))
            return x.astype(np.float32) / 255.0, y.astype(np.int64)

        x, y = pair("train")
        if samples:
            x, y = x[:samples], y[:samples]
        return Dataset(name, x, y, "classification", classes=classes, description=description,
                       test=pair("t10k"), transform={"kind": "scale", "factor": 1 / 255.0})
    return load


# A "path" option (the folder with the IDX files) is accepted too; see load_dataset.
_SOURCE = (Param("samples", "int", None, "Use only the first N training images.", min=1,
                 optional=True),)
register("mnist", "Handwritten digits 28x28, 60,000 + 10,000 test (IDX files, when present)",
         "classification", (28, 28), 10, _SOURCE, available=lambda: _missing("mnist"),
         takes_path=True)(
    _loader("mnist", [str(d) for d in range(10)], "Handwritten digits as 28x28 grey images."))
register("fashion_mnist", "Clothing photos 28x28, 10 classes, 60,000 + 10,000 test (IDX files, "
         "when present)", "classification", (28, 28), 10, _SOURCE,
         available=lambda: _missing("fashion_mnist"), takes_path=True)(
    _loader("fashion_mnist", FASHION_CLASSES, "Zalando's Fashion-MNIST: 28x28 grey photos of "
            "clothes in 10 classes."))

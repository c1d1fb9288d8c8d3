"""A user's own data: CSV tables and NPZ arrays.

CSV: the first row names the columns; one is the target. Numeric feature columns are
standardized, text columns one-hot encoded. The task is classification when the target is
text or holds a few whole numbers (at most MAX_AUTO_CLASSES), regression otherwise; the
dataset's "task" option overrides it. Rows with a missing value, a wrong number of fields or
text in a mostly numeric column are reported with their line numbers; they are left out only when
"skip_bad_rows" is true, and then the dataset's notes say so.

The fitted transform (means, standard deviations, categories) travels with the dataset, so a
trained network predicts from raw rows of the same table.
"""
from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

import numpy as np

from ..file_messages import data as D
from ..file_messages import network_files as F
from ..limits import file_problem
from .base import Dataset, DatasetError

MISSING = {"", "na", "n/a", "nan", "null", "none", "?"}
MAX_AUTO_CLASSES = 20
MAX_LISTED = 5
MAX_CSV_BYTES = 1 << 30  # 1.1 GB: minutes of parsing, and about 16 GB of memory
CSV_EXPANSION = 16  # memory while parsing / file size (measured 14.4 for 200,000 x 11 numbers)
MAX_NPZ_BYTES = 8 << 30  # 8.6 GB of arrays, uncompressed
NPZ_EXPANSION = 3  # the arrays, then float copies of them


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _read_rows(path: Path, delimiter: str | None) -> tuple[list[str], list[tuple[int, list]]]:
    try:
        too_big = file_problem(path, path.stat().st_size, MAX_CSV_BYTES, F.CSV_FILE,
                               CSV_EXPANSION)
        if too_big:
            raise DatasetError(too_big)
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DatasetError(F.NO_SUCH_FILE.format(path)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise DatasetError(D.NOT_TEXT.format(path, e)) from None
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [(reader.line_num, [c.strip() for c in row]) for row in reader if row]
    if not rows:
        raise DatasetError(D.EMPTY.format(path))
    header = rows[0][1]
    if len(set(header)) != len(header):
        raise DatasetError(D.HEADER.format(path, header))
    return header, rows[1:]


def _column_kinds(header, rows) -> dict[str, str]:
    """'numeric' when most present values are numbers (the others are then bad rows)."""
    kinds = {}
    for k, name in enumerate(header):
        values = [row[k] for _, row in rows if len(row) == len(header)
                  and row[k].lower() not in MISSING]
        numeric = sum(_number(v) is not None for v in values)
        kinds[name] = "numeric" if values and numeric > 0.5 * len(values) else "text"
    return kinds


def _bad_rows(header, rows, kinds) -> list[tuple[int, str]]:
    bad = []
    for line, row in rows:
        if len(row) != len(header):
            bad.append((line, D.FIELD_COUNT.format(len(row), len(header))))
            continue
        for name, value in zip(header, row, strict=True):
            if value.lower() in MISSING:
                bad.append((line, D.MISSING_VALUE.format(name)))
                break
            if kinds[name] == "numeric" and _number(value) is None:
                bad.append((line, D.NOT_NUMERIC.format(value, name)))
                break
    return bad


def _target_task(values: list[str], kind: str, task: str) -> str:
    if task in ("classification", "regression"):
        return task
    if kind == "text":
        return "classification"
    numbers = np.array([float(v) for v in values])
    whole = np.all(numbers == np.round(numbers))
    return "classification" if whole and len(set(values)) <= MAX_AUTO_CLASSES else "regression"


def _class_order(values: list[str], kind: str) -> list[str]:
    unique = set(values)
    if kind == "numeric":
        return sorted(unique, key=float)
    return sorted(unique)


def fit_table(header, rows, target, kinds) -> dict:
    """The transform of the feature columns: means and spreads, categories."""
    spec = {"kind": "table", "columns": [c for c in header if c != target], "numeric": {},
            "categorical": {}}
    for name in spec["columns"]:
        k = header.index(name)
        if kinds[name] == "numeric":
            values = np.array([float(row[k]) for row in rows])
            std = float(values.std())
            spec["numeric"][name] = [float(values.mean()), std if std > 0 else 1.0]
        else:
            spec["categorical"][name] = sorted({row[k] for row in rows})
    return spec


def apply_table(spec: dict, header: list[str], rows: list[list[str]], where: str) -> np.ndarray:
    """Feature matrix for raw rows under a fitted table transform."""
    missing = [c for c in spec["columns"] if c not in header]
    if missing:
        raise DatasetError(D.COLUMNS_MISSING.format(where, missing))
    parts = []
    for name in spec["columns"]:
        k = header.index(name)
        if name in spec["numeric"]:
            mean, std = spec["numeric"][name]
            try:
                col = np.array([float(row[k]) for row in rows])
            except ValueError as e:
                raise DatasetError(D.COLUMN_AT.format(where, name, e)) from None
            parts.append(((col - mean) / std)[:, None])
        else:
            cats = spec["categorical"][name]
            parts.append(np.array([[row[k] == c for c in cats] for row in rows], float)
                         .reshape(len(rows), len(cats)))
    return np.concatenate(parts, 1) if parts else np.zeros((len(rows), 0))


def feature_names(spec: dict) -> list[str]:
    names = []
    for name in spec["columns"]:
        if name in spec["numeric"]:
            names.append(name)
        else:
            names += [f"{name}={c}" for c in spec["categorical"][name]]
    return names


def load_csv(path: str | os.PathLike, target: str | int | None = None, task: str = "auto",
             skip_bad_rows: bool = False, delimiter: str | None = None) -> Dataset:
    path = Path(path)
    header, rows = _read_rows(path, delimiter)
    target = _target_column(path, header, target)
    if task not in ("auto", "classification", "regression"):
        raise DatasetError(D.BAD_TASK.format(path, task))
    kinds = _column_kinds(header, rows)
    good, notes = _good_rows(path, header, rows, kinds, skip_bad_rows)
    t = header.index(target)
    task, classes, y = _targets(path, [row[t] for row in good], target, kinds[target], task)
    spec = fit_table(header, good, target, kinds)
    x = apply_table(spec, header, good, str(path))
    spec["target"] = target
    return Dataset(path.stem, x, y, task, classes=classes, feature_names=feature_names(spec),
                   description=f"{path.name}: {len(good)} rows, target {target!r}",
                   transform=spec, notes=notes)


def _target_column(path: Path, header: list[str], target: str | int | None) -> str:
    """The target's column name, given as a name, a column number or None (the last)."""
    if target is None:
        target = header[-1]
    if isinstance(target, int) and not isinstance(target, bool):
        if not -len(header) <= target < len(header):
            raise DatasetError(D.NO_COLUMN_NUMBER.format(path, target, len(header)))
        target = header[target]
    if target not in header:
        raise DatasetError(D.NO_COLUMN.format(path, target, ", ".join(header)))
    return target


def _good_rows(path: Path, header, rows, kinds, skip_bad_rows: bool
               ) -> tuple[list[list[str]], list[str]]:
    """(the rows without a bad value, a note on those left out); bad rows are an error unless
    `skip_bad_rows`."""
    bad = _bad_rows(header, rows, kinds)
    notes = []
    if bad:
        listed = "; ".join(F.LINE.format(line, why) for line, why in bad[:MAX_LISTED])
        if len(bad) > MAX_LISTED:
            listed = D.AND_MORE.format(listed, len(bad) - MAX_LISTED)
        if not skip_bad_rows:
            raise DatasetError(D.BAD_ROWS.format(path, len(bad), listed))
        notes.append(D.BAD_ROWS_LEFT_OUT.format(len(bad), path.name, listed))
    bad_lines = {line for line, _ in bad}
    good = [row for line, row in rows if line not in bad_lines]
    if not good:
        raise DatasetError(D.NO_ROWS.format(path))
    return good, notes


def _targets(path: Path, values: list[str], target: str, kind: str, task: str):
    """(task, classes or None, target array) for the target column's raw values."""
    task = _target_task(values, kind, task)
    if task == "classification":
        classes = _class_order(values, kind)
        return task, classes, np.array([classes.index(v) for v in values])
    if kind != "numeric":
        raise DatasetError(D.TEXT_TARGET.format(path, target))
    return task, None, np.array([float(v) for v in values])


def _as_targets(y: np.ndarray, task: str, where: str) -> tuple[np.ndarray, str]:
    if task == "auto":
        integral = y.dtype.kind in "iub" or (y.dtype.kind == "f" and np.all(y == np.round(y)))
        one_hot = y.ndim == 2 and y.shape[1] > 1 and integral and np.all(y.sum(1) == 1)
        few = y.ndim == 1 and integral and len(np.unique(y)) <= MAX_AUTO_CLASSES
        task = "classification" if (y.dtype.kind in "iub" and y.ndim == 1) or one_hot or few \
            else "regression"
    if task == "classification":
        if y.ndim == 2 and y.shape[1] > 1:
            is_one_hot = np.all((y == 0) | (y == 1)) and np.all(y.sum(1) == 1)
            return (y.argmax(1) if is_one_hot else y.astype(np.float32)), task
        flat = y.reshape(len(y))
        if np.any(flat < 0) or np.any(flat != np.round(flat)):
            raise DatasetError(D.CLASS_TARGETS.format(where))
        return flat.astype(np.int64), task
    return y.astype(np.float32), task


def _npz_size(path: Path) -> int:
    """The uncompressed size of an .npz's arrays, as its zip directory declares it (the file's
    size when it is no zip; 0 when it cannot be read: np.load then says what is wrong)."""
    try:
        with zipfile.ZipFile(path) as z:
            return sum(i.file_size for i in z.infolist())
    except zipfile.BadZipFile:
        return path.stat().st_size
    except (OSError, ValueError):
        return 0


def load_npz(path: str | os.PathLike, task: str = "auto") -> Dataset:
    """Arrays x and y (and optionally x_test, y_test) from a NumPy .npz file."""
    path = Path(path)
    too_big = file_problem(path, _npz_size(path), MAX_NPZ_BYTES, F.NPZ_FILE, NPZ_EXPANSION)
    if too_big:
        raise DatasetError(too_big)
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
    except FileNotFoundError:
        raise DatasetError(F.NO_SUCH_FILE.format(path)) from None
    except (OSError, ValueError) as e:
        raise DatasetError(D.NOT_NPZ.format(path, e)) from None
    if "x" not in arrays or "y" not in arrays:
        raise DatasetError(D.NPZ_ARRAYS.format(path, ", ".join(arrays)) if arrays
                           else D.NPZ_ARRAYS_NONE.format(path))
    x, y = arrays["x"], arrays["y"]
    if x.dtype.kind not in "iufb" or y.dtype.kind not in "iufb":
        raise DatasetError(D.NPZ_NUMBERS.format(path))
    if len(x) != len(y):
        raise DatasetError(D.NPZ_LENGTHS.format(path, len(x), len(y)))
    y, task = _as_targets(y, task, str(path))
    test = None
    if "x_test" in arrays and "y_test" in arrays:
        test = (arrays["x_test"].astype(np.float32), _as_targets(arrays["y_test"], task,
                                                                  str(path))[0])
    classes = None
    if task == "classification":
        n = y.shape[1] if y.ndim == 2 else int(y.max()) + 1
        classes = [str(c) for c in range(n)]
    return Dataset(path.stem, x, y, task, classes=classes,
                   description=f"{path.name}: {len(x)} samples", test=test)

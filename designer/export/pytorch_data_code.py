"""The data part of the exported PyTorch script: load_dataset() makes a built-in set with the
app's own generator code (same formulas, same seed), loads a scikit-learn set with the same
scaling, or reads a CSV table, an NPZ file or IDX files from their paths with the same
preprocessing; make_data() shapes, converts and splits it as designer.training.data does."""
from __future__ import annotations

import textwrap

from ..datasets import DATASETS, resolve_path
from ..datasets.base import NOISE, SAMPLES, SEED
from .pytorch_rules_code import setting

_TRUTH = {"and": [0, 0, 0, 1], "or": [0, 1, 1, 1], "nand": [1, 1, 1, 0], "nor": [1, 0, 0, 0],
          "xor": [0, 1, 1, 0]}

# Each generator as the app writes it (designer/datasets/synthetic.py), over the constants
# SAMPLES, NOISE and DATA_SEED; `points` turns Playground labels 1/-1 into classes 1/0.
_GENERATED = {
    "circle": '''    rng, radius = np.random.default_rng(DATA_SEED), 5.0
    half = SAMPLES // 2
    xy, labels = [], []
    for lo, hi, n in ((0.0, radius * 0.5, half), (radius * 0.7, radius, SAMPLES - half)):
        r = rng.uniform(lo, hi, n)
        angle = rng.uniform(0, 2 * np.pi, n)
        p = np.stack([r * np.sin(angle), r * np.cos(angle)], 1)
        shift = rng.uniform(-radius, radius, (n, 2)) * NOISE
        labels.append(np.where(np.hypot(*(p + shift).T) < radius * 0.5, 1, -1))
        xy.append(p)
    return points(np.concatenate(xy), np.concatenate(labels))''',
    "quadrants": '''    rng, padding = np.random.default_rng(DATA_SEED), 0.3
    p = rng.uniform(-5, 5, (SAMPLES, 2))
    p += np.where(p > 0, padding, -padding)
    shift = rng.uniform(-5, 5, (SAMPLES, 2)) * NOISE
    return points(p, np.where((p + shift).prod(1) >= 0, 1, -1))''',
    "gaussian": '''    rng = np.random.default_rng(DATA_SEED)
    variance = 0.5 + NOISE * (4 - 0.5) / 0.5
    half = SAMPLES // 2
    pos = rng.normal(2, np.sqrt(variance), (half, 2))
    neg = rng.normal(-2, np.sqrt(variance), (SAMPLES - half, 2))
    return points(np.concatenate([pos, neg]), np.r_[np.ones(half), -np.ones(SAMPLES - half)])''',
    "spiral": '''    rng = np.random.default_rng(DATA_SEED)
    n = SAMPLES // 2
    xy, labels = [], []
    for delta, label, count in ((0.0, 1, n), (np.pi, -1, SAMPLES - n)):
        i = np.arange(count)
        r = i / count * 5
        t = 1.75 * i / count * 2 * np.pi + delta
        p = np.stack([r * np.sin(t), r * np.cos(t)], 1) + rng.uniform(-1, 1, (count, 2)) * NOISE
        xy.append(p)
        labels.append(np.full(count, label))
    return points(np.concatenate(xy), np.concatenate(labels))''',
    "moons": '''    from sklearn.datasets import make_moons

    x, y = make_moons(n_samples=SAMPLES, noise=NOISE, random_state=DATA_SEED)
    return x.astype(np.float32), y.astype(np.int64), None''',
    "linear": '''    rng = np.random.default_rng(DATA_SEED)
    x = np.linspace(1, 10, SAMPLES)
    y = 2 * x + 1 + rng.normal(0, 1, SAMPLES) * NOISE
    return x[:, None].astype(np.float32), y, None''',
    "plane": '''    rng, radius = np.random.default_rng(DATA_SEED), 6.0
    p = rng.uniform(-radius, radius, (SAMPLES, 2))
    shift = rng.uniform(-radius, radius, (SAMPLES, 2)) * NOISE
    return p.astype(np.float32), (p + shift).sum(1) / 10, None''',
    "sine": '''    rng = np.random.default_rng(DATA_SEED)
    x = rng.uniform(-np.pi, np.pi, SAMPLES)
    y = np.sin(x) + rng.normal(0, 1, SAMPLES) * NOISE
    return x[:, None].astype(np.float32), y, None''',
}

_POINTS = '''

def points(xy, labels):
    """Playground points: float32 coordinates, labels 1/-1 as classes 1/0."""
    return np.asarray(xy, np.float32), (np.asarray(labels) > 0).astype(np.int64), None
'''

_SKLEARN = {"digits": "load_digits", "iris": "load_iris", "wine": "load_wine",
            "breast_cancer": "load_breast_cancer"}

SPLITS = '''

def split_indices(n, validation, test, seed, labels=None):
    """Shuffled (train, validation, test) index arrays, as the app splits: with class labels,
    each class is split in the same proportions (stratified)."""
    rng = np.random.default_rng(seed)
    groups = [np.arange(n)]
    if labels is not None:
        groups = [np.flatnonzero(labels == c) for c in np.unique(labels)]
    parts = ([], [], [])
    for group in groups:
        group = rng.permutation(group)
        n_test, n_val = share(len(group), test), share(len(group), validation)
        parts[2].append(group[:n_test])
        parts[1].append(group[n_test:n_test + n_val])
        parts[0].append(group[n_test + n_val:])
    return [rng.permutation(np.concatenate(p)).astype(np.int64) for p in parts]


def share(size, fraction):
    """How many of a group's `size` samples a split takes: at least one, never all."""
    if fraction <= 0:
        return 0
    return min(max(int(round(size * fraction)), 1), size - 1) if size > 1 else 0
'''


def _constant(name: str, value, comment: str) -> str:
    return setting(name, value, comment)


def _doc(text: str) -> str:
    return textwrap.fill(text, 92, subsequent_indent="    ")


# -- one load_dataset() per kind of data -------------------------------------------------------
def _generated(name: str, options: dict) -> tuple[list[str], str]:
    if name in _TRUTH:
        return [], f'''

def load_dataset():
    """The truth table of {name.upper()}: the four corners of the unit square."""
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    return x, np.array({_TRUTH[name]}), None
'''
    entry = DATASETS.get(name)
    values = {p.name: options.get(p.name, p.default) for p in entry.params}
    constants = [_constant("SAMPLES", values["samples"], SAMPLES.help),
                 _constant("NOISE", values["noise"], NOISE.help),
                 _constant("DATA_SEED", values["seed"], SEED.help)]
    helper = "" if name in ("moons", "linear", "plane", "sine") else _POINTS
    return constants, f'''{helper}

def load_dataset():
    """{_doc(entry.help + ": generated as the app generates it. Returns x, y and no test set.")}"""
{_GENERATED[name]}
'''


def _bundled(name: str) -> tuple[list[str], str]:
    entry = DATASETS.get(name)
    if name == "digits":
        scale = '''    x = bunch.data.astype(np.float64) / 16.0  # pixel values 0..16 -> [0, 1]'''
    else:
        scale = '''    x = bunch.data.astype(np.float64)
    std = x.std(0)
    x = (x - x.mean(0)) / np.where(std > 0, std, 1.0)  # standardized per feature'''
    return [], f'''

def load_dataset():
    """{_doc(entry.help + ": scikit-learn's copy, scaled as the app scales it.")}"""
    from sklearn.datasets import {_SKLEARN[name]}

    bunch = {_SKLEARN[name]}()
{scale}
    return x.astype(np.float32), bunch.target.astype(np.int64), None
'''


def _idx(name: str, options: dict, base_dir) -> tuple[list[str], str]:
    from ..datasets.idx import _candidates, find_folder

    path = options.get("path")
    path = str(resolve_path(str(path), base_dir)) if path else None
    found = find_folder(name, path)
    folders = [str(found)] if found else [str(p) for p in _candidates(name, path)]
    constants = [_constant("DATA_FOLDERS", folders, "where the IDX files are looked for (the "
                           "first folder that has them)"),
                 _constant("TRAIN_SAMPLES", options.get("samples"),
                           "use only the first N training images (None: all)")]
    return constants, f'''

def read_idx(path):
    """One array from an IDX file (optionally gzipped): the format MNIST is published in."""
    import gzip

    with (gzip.open if path.endswith(".gz") else open)(path, "rb") as f:
        data = f.read()
    dtype = {{0x08: np.uint8, 0x09: np.int8, 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4",
             0x0E: ">f8"}}[data[2]]
    dims = np.frombuffer(data, ">u4", data[3], 4).astype(int)
    return np.frombuffer(data, dtype, offset=4 + 4 * data[3]).reshape(dims)


def idx_file(folder, stem):
    for name in (stem, stem + ".gz", stem.replace("-idx", ".idx")):
        if os.path.isfile(os.path.join(folder, name)):
            return os.path.join(folder, name)
    return None


def load_dataset():
    """{name}: not made by code but read from its IDX files (train-images-idx3-ubyte ...),
    pixels scaled to [0, 1]. Returns x, y and the official test set (t10k) when present."""
    folder = next((f for f in DATA_FOLDERS if idx_file(f, "train-images-idx3-ubyte")), None)
    if folder is None:
        raise SystemExit(f"{name}: the IDX files are not in {{', '.join(DATA_FOLDERS)}}")

    def pair(prefix):
        images = idx_file(folder, prefix + "-images-idx3-ubyte")
        labels = idx_file(folder, prefix + "-labels-idx1-ubyte")
        if images is None or labels is None:
            return None
        return read_idx(images).astype(np.float32) / 255.0, read_idx(labels).astype(np.int64)

    x, y = pair("train")
    if TRAIN_SAMPLES:
        x, y = x[:TRAIN_SAMPLES], y[:TRAIN_SAMPLES]
    return x, y, pair("t10k")
'''


def _npz(spec: dict, plan) -> tuple[list[str], str]:
    path = str(resolve_path(str(spec["npz"]), plan.base_dir))
    constants = [_constant("NPZ_PATH", path, "arrays x and y (and x_test, y_test): read from "
                           "this file, not made by code"),
                 _constant("TASK", plan.task, "how the app reads y")]
    return constants, '''

def load_dataset():
    """The arrays of NPZ_PATH, targets read as the app reads them for TASK."""
    with np.load(NPZ_PATH, allow_pickle=False) as f:
        arrays = {k: f[k] for k in f.files}
    test = None
    if "x_test" in arrays and "y_test" in arrays:
        test = (arrays["x_test"].astype(np.float32), npz_targets(arrays["y_test"]))
    return arrays["x"].astype(np.float32), npz_targets(arrays["y"]), test


def npz_targets(y):
    if TASK == "regression":
        return y.astype(np.float32)
    if y.ndim == 2 and y.shape[1] > 1:  # one-hot rows become class numbers; others stay soft
        one_hot = np.all((y == 0) | (y == 1)) and np.all(y.sum(1) == 1)
        return y.argmax(1) if one_hot else y.astype(np.float32)
    return y.reshape(len(y)).astype(np.int64)
'''


def _csv(spec: dict, plan) -> tuple[list[str], str]:
    from ..datasets.tabular import MISSING, _column_kinds, _read_rows

    path = resolve_path(str(spec["csv"]), plan.base_dir)
    table = plan.dataset.transform
    target = table["target"]
    header, rows = _read_rows(path, spec.get("delimiter"))
    target_numeric = _column_kinds(header, rows)[target] == "numeric"
    constants = [
        _constant("CSV_PATH", str(path), "the table: read from this file, not made by code"),
        _constant("TARGET", target, "the column the network predicts"),
        _constant("TASK", plan.task, "classification (a class per distinct target value) or "
                  "regression, as the app decided"),
        _constant("TARGET_IS_NUMBER", target_numeric, "classes sorted by value (else "
                  "alphabetically)"),
        _constant("FEATURES", table["columns"], "the input columns, in the table's order"),
        _constant("NUMERIC", list(table["numeric"]), "standardized: (value - mean) / std over "
                  "the rows"),
        _constant("CATEGORICAL", list(table["categorical"]), "one-hot: a 0/1 column per "
                  "category, categories sorted"),
        _constant("SKIP_BAD_ROWS", bool(spec.get("skip_bad_rows", False)), "leave out rows "
                  "with missing or malformed values (else stop and name them)"),
        _constant("DELIMITER", spec.get("delimiter"), "None: sniffed from the file"),
        _constant("MISSING", sorted(MISSING), "values that count as missing"),
    ]
    return constants, '''

def read_table():
    """(header, [(line number, fields)]) of CSV_PATH, read as the app reads it."""
    with open(CSV_PATH, encoding="utf-8-sig") as f:
        text = f.read()
    delimiter = DELIMITER
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\\t").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [(reader.line_num, [c.strip() for c in row]) for row in reader if row]
    return rows[0][1], rows[1:]


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def load_dataset():
    """The table's features, preprocessed as the app does (standardized numbers, one-hot
    text), and its targets."""
    header, rows = read_table()
    numbers = set(NUMERIC) | ({TARGET} if TARGET_IS_NUMBER else set())
    good, bad = [], []
    for line, row in rows:
        fine = len(row) == len(header) and all(
            v.lower() not in MISSING and (name not in numbers or is_number(v))
            for name, v in zip(header, row))
        (good if fine else bad).append(row if fine else line)
    if bad and not SKIP_BAD_ROWS:
        raise SystemExit(f"{CSV_PATH}: bad rows on lines {bad[:5]}; fix them or set "
                         "SKIP_BAD_ROWS = True")
    if bad:
        print(f"note: left out {len(bad)} bad row(s) of {CSV_PATH}, lines {bad[:5]}")
    values = [row[header.index(TARGET)] for row in good]
    if TASK == "classification":
        classes = sorted(set(values), key=float if TARGET_IS_NUMBER else None)
        y = np.array([classes.index(v) for v in values])
    else:
        y = np.array([float(v) for v in values])
    parts = []
    for name in FEATURES:
        column = [row[header.index(name)] for row in good]
        if name in NUMERIC:
            col = np.array([float(v) for v in column])
            std = float(col.std())
            parts.append(((col - float(col.mean())) / (std if std > 0 else 1.0))[:, None])
        else:
            categories = sorted(set(column))
            parts.append(np.array([[v == c for c in categories] for v in column], float)
                         .reshape(len(column), len(categories)))
    x = np.concatenate(parts, 1) if parts else np.zeros((len(good), 0))
    return x.astype(np.float32), y, None
'''


def dataset_code(plan) -> tuple[list[str], str]:
    """(constant lines for the settings block, the functions), or raises KeyError for a
    dataset the script has no code for."""
    spec = plan.spec
    if "csv" in spec:
        return _csv(spec, plan)
    if "npz" in spec:
        return _npz(spec, plan)
    name = DATASETS.get(spec["name"]).name
    options = {k: v for k, v in spec.items() if k != "name"}
    if name in _SKLEARN:
        return _bundled(name)
    if DATASETS.get(name).takes_path:
        return _idx(name, options, plan.base_dir)
    if name in _TRUTH or name in _GENERATED:
        return _generated(name, options)
    raise KeyError(name)


def targets_line(plan) -> str:
    """The statement of loss_targets(y): targets in the form the loss takes (as
    designer.training.data.targets)."""
    if plan.task != "classification":
        return ("y = y.astype(np.float32)\n    return y[:, None] if y.ndim == 1 else y  "
                "# float values, one column per target")
    if plan.soft_labels:
        return "return y.astype(np.float32)  # rows of class probabilities"
    if plan.loss["name"] == "categorical_crossentropy":
        return "return y.astype(np.int64)  # class numbers"
    if plan.binary:
        return "return y.astype(np.float32)[:, None]  # one 0/1 column: the class is 1"
    return f"return np.eye({plan.n_classes}, dtype=np.float32)[y]  # one 0/1 column per class"


def make_data_code(plan) -> str:
    labels = "y if y.ndim == 1 else None" if plan.task == "classification" else "None"
    return f'''

def loss_targets(y):
    """Targets in the form the loss takes."""
    {targets_line(plan)}


def make_data(seed=SEED):
    """The run's data as the app prepares it: samples shaped for the Input, targets for the
    loss, and the app's shuffled split (stratified by class). Returns {{"train": (x, y),
    "validation": (x, y) or None, "test": (x, y) or None}} as tensors."""
    x, y, official_test = load_dataset()
    x = x.reshape(len(x), *INPUT_SHAPE)
    train, val, test = split_indices(len(x), VALIDATION_SPLIT, TEST_SPLIT, seed,
                                     labels={labels})
    t = loss_targets(y)

    def pair(index):
        if len(index) == 0:
            return None
        return (torch.as_tensor(np.ascontiguousarray(x[index])),
                torch.as_tensor(np.ascontiguousarray(t[index])))

    data = {{"train": pair(train), "validation": pair(val), "test": pair(test)}}
    if official_test is not None and TEST_SPLIT == 0:  # the dataset's own test set
        tx, ty = official_test
        data["test"] = (torch.as_tensor(np.ascontiguousarray(tx.reshape(len(tx), *INPUT_SHAPE))),
                        torch.as_tensor(np.ascontiguousarray(loss_targets(ty))))
    return data
{SPLITS}'''

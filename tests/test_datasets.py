"""Every built-in dataset, CSV/NPZ import, IDX files, splits and fitting to the Input."""
import gzip
import struct

import numpy as np
import pytest

from designer.datasets import (
    DATASETS,
    DatasetError,
    dataset_catalog,
    fit_to_input,
    load_dataset,
    split_indices,
)
from designer.datasets.idx import find_folder, read_idx

GENERATED = ["and", "or", "nand", "nor", "xor", "circle", "quadrants", "gaussian", "spiral",
             "moons", "linear", "plane", "sine", "digits", "iris", "wine", "breast_cancer"]


def test_every_named_dataset_of_the_issue_is_registered():
    assert set(GENERATED) | {"mnist", "fashion_mnist"} == set(DATASETS.names())


@pytest.mark.parametrize("name", GENERATED)
def test_every_built_in_dataset_loads_as_declared(name):
    spec = DATASETS.get(name)
    ds = load_dataset(name)
    assert ds.task == spec.task and ds.sample_shape == spec.shape
    assert ds.x.dtype == np.float32 and np.isfinite(ds.x).all()
    if ds.task == "classification":
        assert ds.y.dtype == np.int64 and ds.n_classes == spec.classes
        assert set(np.unique(ds.y)) == set(range(spec.classes))
    else:
        assert ds.y.dtype == np.float32 and ds.y.shape == (len(ds), 1)
    assert ds.description


def test_truth_tables_are_the_four_corners():
    for name, labels in {"and": [0, 0, 0, 1], "or": [0, 1, 1, 1], "nand": [1, 1, 1, 0],
                         "nor": [1, 0, 0, 0], "xor": [0, 1, 1, 0]}.items():
        ds = load_dataset(name)
        assert ds.x.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
        assert ds.y.tolist() == labels


def test_playground_sets_take_samples_noise_and_seed():
    a = load_dataset({"name": "spiral", "samples": 200, "noise": 0.2})
    b = load_dataset({"name": "spiral", "samples": 200, "noise": 0.2})
    c = load_dataset({"name": "spiral", "samples": 200, "noise": 0.2, "seed": 1})
    assert len(a) == 200 and np.array_equal(a.x, b.x) and not np.array_equal(a.x, c.x)
    assert np.abs(a.x).max() <= 6 and a.domain == ((-6.0, 6.0), (-6.0, 6.0))
    clean = load_dataset({"name": "circle", "samples": 300})
    r = np.hypot(*clean.x.T)
    assert np.all((r < 2.5) == (clean.y == 1))
    quad = load_dataset({"name": "quadrants", "samples": 300})
    assert np.all((quad.x.prod(1) >= 0) == (quad.y == 1))
    assert np.all(np.abs(quad.x) >= 0.3)
    blobs = load_dataset("gaussian")
    assert blobs.x[blobs.y == 1].mean(0) == pytest.approx([2, 2], abs=0.2)


def test_regression_sets():
    lin = load_dataset("linear")
    assert lin.x.min() == 1 and lin.x.max() == 10 and len(lin) == 1000
    assert np.allclose(lin.y[:, 0], 2 * lin.x[:, 0] + 1)
    plane = load_dataset("plane")
    assert np.allclose(plane.y[:, 0], plane.x.sum(1) / 10, atol=1e-6)
    sine = load_dataset("sine")
    assert np.allclose(sine.y[:, 0], np.sin(sine.x[:, 0]), atol=1e-6)


def test_real_sets_are_scaled_ready_to_train():
    digits = load_dataset("digits")
    assert digits.x.min() == 0 and digits.x.max() == 1 and len(digits) == 1797
    iris = load_dataset("iris")
    assert iris.x.mean(0) == pytest.approx(np.zeros(4), abs=1e-5)
    assert iris.x.std(0) == pytest.approx(np.ones(4), abs=1e-4)
    assert iris.classes == ["setosa", "versicolor", "virginica"]
    assert iris.transform["kind"] == "standardize"


def test_unknown_names_and_options_are_explained():
    with pytest.raises(DatasetError, match="Did you mean 'spiral'"):
        load_dataset("spirale")
    with pytest.raises(DatasetError, match="unknown option 'nois'"):
        load_dataset({"name": "spiral", "nois": 0.1})
    with pytest.raises(DatasetError, match="samples must be at least 4"):
        load_dataset({"name": "circle", "samples": 2})
    with pytest.raises(DatasetError, match="needs a \"name\""):
        load_dataset({"file": "x.csv"})


def _write_idx(path, array, code):
    header = bytes([0, 0, code, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    data = header + array.astype({0x08: ">u1"}[code]).tobytes()
    if str(path).endswith(".gz"):
        with gzip.open(path, "wb") as f:
            f.write(data)
    else:
        path.write_bytes(data)


def test_idx_files_from_a_folder(tmp_path):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (12, 28, 28), dtype=np.uint8)
    labels = rng.integers(0, 10, 12).astype(np.uint8)
    _write_idx(tmp_path / "train-images-idx3-ubyte.gz", images, 0x08)
    _write_idx(tmp_path / "train-labels-idx1-ubyte.gz", labels, 0x08)
    _write_idx(tmp_path / "t10k-images-idx3-ubyte", images[:4], 0x08)
    _write_idx(tmp_path / "t10k-labels-idx1-ubyte", labels[:4], 0x08)
    assert np.array_equal(read_idx(tmp_path / "train-images-idx3-ubyte.gz"), images)
    ds = load_dataset({"name": "mnist", "path": str(tmp_path)})
    assert ds.sample_shape == (28, 28) and len(ds) == 12
    assert np.allclose(ds.x, images / 255.0) and ds.y.tolist() == labels.tolist()
    assert len(ds.test[0]) == 4
    small = load_dataset({"name": "fashion_mnist", "path": str(tmp_path), "samples": 5})
    assert len(small) == 5 and small.classes[0] == "T-shirt/top"


def test_missing_idx_files_say_how_to_get_them(tmp_path):
    with pytest.raises(DatasetError, match="dataset-fashion-mnist"):
        load_dataset({"name": "fashion_mnist", "path": str(tmp_path)})
    (tmp_path / "train-images-idx3-ubyte").write_bytes(b"\x00\x00\x08\x03garbage")
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(b"junk")
    with pytest.raises(DatasetError, match="IDX"):
        load_dataset({"name": "mnist", "path": str(tmp_path)})


@pytest.mark.skipif(find_folder("fashion_mnist") is None, reason="Fashion-MNIST not installed")
def test_installed_fashion_mnist():
    ds = load_dataset({"name": "fashion_mnist", "samples": 100})
    assert ds.sample_shape == (28, 28) and len(ds.test[0]) == 10000


def test_catalog_lists_shapes_tasks_and_availability():
    rows = {r["name"]: r for r in dataset_catalog()}
    assert rows["spiral"]["shape"] == [2] and rows["spiral"]["task"] == "classification"
    assert rows["linear"]["task"] == "regression" and rows["digits"]["classes"] == 10
    assert rows["spiral"]["options"] == {"samples": 500, "noise": 0.0, "seed": 0}
    assert rows["xor"]["unavailable"] is None


def test_splits_are_seeded_disjoint_and_stratified():
    labels = np.repeat([0, 1, 2], [50, 30, 20])
    train, val, test = split_indices(100, 0.2, 0.1, seed=3, labels=labels)
    assert len(set(train) | set(val) | set(test)) == 100
    assert (len(train), len(val), len(test)) == (70, 20, 10)
    assert np.bincount(labels[val]).tolist() == [10, 6, 4]
    again = split_indices(100, 0.2, 0.1, seed=3, labels=labels)
    assert all(np.array_equal(a, b) for a, b in zip((train, val, test), again, strict=True))
    train, val, test = split_indices(4, 0.0, 0.0)
    assert sorted(train) == [0, 1, 2, 3] and len(val) == len(test) == 0
    with pytest.raises(DatasetError, match="must leave data to train on"):
        split_indices(10, 0.6, 0.5)
    with pytest.raises(DatasetError, match="validation_split must be"):
        split_indices(10, -0.1)


def test_samples_are_fitted_to_the_input_shape():
    x = np.zeros((5, 64), np.float32)
    assert fit_to_input(x, [1, 8, 8]).shape == (5, 1, 8, 8)
    assert fit_to_input(x, (64,)) is x
    with pytest.raises(DatasetError, match=r"expects \[2\] \(2 values\); set the Input's shape "
                                           r"to \[64\]"):
        fit_to_input(x, [2], "digits", "in")

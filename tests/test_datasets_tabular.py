"""A user's own data: CSV tables (standardized, one-hot, bad rows reported) and NPZ arrays."""
import numpy as np
import pytest

from designer.datasets import DatasetError, load_dataset
from designer.datasets.tabular import apply_table

CSV = """age,colour,height,label
10,red,1.0,yes
20,blue,2.0,no
30,red,3.0,yes
40,green,4.0,no
"""


def test_csv_standardizes_numbers_and_one_hot_encodes_text(tmp_path):
    (tmp_path / "d.csv").write_text(CSV)
    ds = load_dataset({"csv": "d.csv", "target": "label"}, base_dir=tmp_path)
    assert ds.task == "classification" and ds.classes == ["no", "yes"]
    assert ds.y.tolist() == [1, 0, 1, 0]
    assert ds.feature_names == ["age", "colour=blue", "colour=green", "colour=red", "height"]
    assert ds.x[:, 0] == pytest.approx((np.array([10, 20, 30, 40]) - 25) / np.std([10, 20, 30,
                                                                                     40]))
    assert ds.x[:, 1:4].tolist() == [[0, 0, 1], [1, 0, 0], [0, 0, 1], [0, 1, 0]]
    # the fitted transform turns raw rows into the same features again
    rows = [line.split(",") for line in CSV.splitlines()[1:]]
    header = CSV.splitlines()[0].split(",")
    assert np.allclose(apply_table(ds.transform, header, rows, "x"), ds.x)


def test_task_is_inferred_and_can_be_overridden(tmp_path):
    (tmp_path / "r.csv").write_text("x,y\n" + "".join(f"{i},{i * 0.5 + 0.1}\n" for i in range(30)))
    assert load_dataset({"csv": str(tmp_path / "r.csv"), "target": "y"}).task == "regression"
    (tmp_path / "c.csv").write_text("x;y\n" + "".join(f"{i};{i % 3}\n" for i in range(30)))
    ds = load_dataset({"csv": str(tmp_path / "c.csv"), "target": "y"})
    assert ds.task == "classification" and ds.classes == ["0", "1", "2"]
    ds = load_dataset({"csv": str(tmp_path / "c.csv"), "target": "y", "task": "regression"})
    assert ds.task == "regression" and ds.y.shape == (30, 1)
    # the last column is the default target
    assert load_dataset({"csv": str(tmp_path / "c.csv")}).classes == ["0", "1", "2"]


def test_bad_rows_are_reported_not_silently_dropped(tmp_path):
    text = CSV + "50,red,,yes\n60,blue,abc,no\n70,red,7.0\n"
    (tmp_path / "bad.csv").write_text(text)
    with pytest.raises(DatasetError) as e:
        load_dataset({"csv": str(tmp_path / "bad.csv"), "target": "label"})
    message = str(e.value)
    assert "3 bad row(s)" in message and "line 6: missing value in 'height'" in message
    assert "line 7: 'abc' in the numeric column 'height'" in message
    assert "line 8: 3 fields, expected 4" in message and "skip_bad_rows" in message
    ds = load_dataset({"csv": str(tmp_path / "bad.csv"), "target": "label",
                       "skip_bad_rows": True})
    assert len(ds) == 4 and "left out 3 bad row(s)" in ds.notes[0]


def test_csv_errors_name_the_problem(tmp_path):
    (tmp_path / "d.csv").write_text(CSV)
    with pytest.raises(DatasetError, match="no column 'lable'; the columns are age"):
        load_dataset({"csv": str(tmp_path / "d.csv"), "target": "lable"})
    with pytest.raises(DatasetError, match="no such file"):
        load_dataset({"csv": str(tmp_path / "none.csv")})
    with pytest.raises(DatasetError, match="unknown: sep"):
        load_dataset({"csv": str(tmp_path / "d.csv"), "sep": ";"})
    with pytest.raises(DatasetError, match="holds text"):
        load_dataset({"csv": str(tmp_path / "d.csv"), "target": "colour", "task": "regression"})


def test_npz_with_class_numbers_one_hot_or_regression(tmp_path):
    x = np.random.default_rng(0).normal(size=(20, 3)).astype(np.float32)
    np.savez(tmp_path / "c.npz", x=x, y=np.arange(20) % 4)
    ds = load_dataset({"npz": "c.npz"}, base_dir=tmp_path)
    assert ds.task == "classification" and ds.n_classes == 4 and np.allclose(ds.x, x)
    np.savez(tmp_path / "h.npz", x=x, y=np.eye(4)[np.arange(20) % 4], x_test=x[:5],
             y_test=np.eye(4)[np.arange(5) % 4])
    ds = load_dataset({"npz": str(tmp_path / "h.npz")})
    assert ds.y.tolist() == (np.arange(20) % 4).tolist() and ds.test[1].tolist() == [0, 1, 2, 3, 0]
    np.savez(tmp_path / "r.npz", x=x, y=x.sum(1))
    ds = load_dataset({"npz": str(tmp_path / "r.npz")})
    assert ds.task == "regression" and ds.y.shape == (20, 1)
    np.savez(tmp_path / "bad.npz", inputs=x)
    with pytest.raises(DatasetError, match="needs arrays named x and y"):
        load_dataset({"npz": str(tmp_path / "bad.npz")})

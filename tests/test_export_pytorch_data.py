"""The exported PyTorch script makes the app's data: the same arrays and splits from a CSV, an
NPZ, IDX files or a built-in dataset, and training on IDX files reaches the app's losses."""
import re
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from designer.build import build_model
from designer.datasets import DATASETS, load_dataset
from designer.export.pytorch_code import write_pytorch
from designer.export.pytorch_data_code import dataset_code
from designer.network import Network
from designer.serialization import load
from designer.training.data import prepare
from designer.training.settings import TrainingSettings
from tests.helpers import chain
from tests.pytorch_export_helpers import (
    EXAMPLES,
    app_run,
    fashion_idx,
    main_here,
    printed_epochs,
    rel_close,
    run_script,
)


# -- data -----------------------------------------------------------------------------------
def _prepared(network):
    settings = TrainingSettings.from_dict(network.training)
    model = build_model(network.graph, seed=settings.seed)
    return prepare(network, model, settings, torch.device("cpu"), settings.seed)


def _assert_same_splits(saved, data) -> None:
    for name, split in (("train", data.train), ("validation", data.val), ("test", data.test)):
        if split is None:
            assert f"x_{name}" not in saved
            continue
        assert np.array_equal(saved[f"x_{name}"], split.x.numpy()), name
        assert np.array_equal(saved[f"y_{name}"], split.y.numpy()), name
        assert saved[f"y_{name}"].dtype == split.y.numpy().dtype


TABLES = {  # text, numbers, a missing value (left out), classes named by text or by number
    "text target": ("size,color,weight,label\n1.5,red,3,cat\n2.0,blue,4,dog\nNA,red,5,cat\n"
                    "3.1,green,2,bird\n0.5,red,7,dog\n2.2,blue,1,cat\n1.1,green,9,bird\n"
                    "4.0,red,3,dog\n2.5,blue,6,cat\n", "label", 3),
    "number classes": ("a;kind;b;grade\n1;x;2.5;10\n2;y;1.5;9\n3;x;0.5;2\n4;z;3.5;10\n5;y;2.0;2\n"
                       "6;x;1.0;9\n7;z;4.0;2\n", "grade", 3),
    "regression": ("a,kind,b,value\n1,x,2.5,0.3\n2,y,1.5,1.7\n3,x,0.5,2.25\n4,z,3.5,-1.5\n"
                   "5,y,2.0,0.0\n6,x,1.0,0.75\n", "value", 1),
}


@pytest.mark.parametrize("table", list(TABLES))
def test_a_csv_export_makes_the_apps_arrays(table, tmp_path):
    text, target, outputs = TABLES[table]
    (tmp_path / "table.csv").write_text(text)
    head = [("Input", {"shape": [5]}), ("Dense", {"units": 4, "activation": "tanh"})]
    out_layer = ("Dense", {"units": outputs, "activation": "softmax" if outputs > 1
                           else "linear"})
    network = Network(chain(*head, out_layer), "table net",
                      {"csv": "table.csv", "target": target, "skip_bad_rows": True},
                      {"seed": 2, "epochs": 2, "batch_size": 2, "validation_split": 0.3},
                      source=tmp_path / "table.json")
    if table == "text target":  # a real run; the other tables run the same text here
        script = Path(write_pytorch(network, tmp_path / "table.py")["path"])
        out = run_script(script, "--save-data", "data.npz")
    else:
        out = main_here(network, "--save-data", str(tmp_path / "data.npz"))
    _assert_same_splits(np.load(tmp_path / "data.npz"), _prepared(network))
    app = app_run(network)
    for ours, theirs in zip(app.epochs, printed_epochs(out), strict=True):
        assert rel_close(ours.loss, theirs["loss"], 1e-4)
    if table == "text target":
        assert "left out 1 bad row" in out


def test_an_npz_export_reads_the_arrays_and_their_test_set(tmp_path):
    rng = np.random.default_rng(3)
    y = rng.integers(0, 3, 40)
    np.savez(tmp_path / "arrays.npz", x=rng.normal(size=(40, 2, 2)), y=np.eye(3)[y],
             x_test=rng.normal(size=(9, 2, 2)), y_test=np.eye(3)[rng.integers(0, 3, 9)])
    network = Network(chain(("Input", {"shape": [4]}), ("Dense", {"units": 3,
                                                                   "activation": "softmax"})),
                      "npz", {"npz": str(tmp_path / "arrays.npz")},
                      {"seed": 4, "epochs": 1, "validation_split": 0.25})
    main_here(network, "--save-data", str(tmp_path / "data.npz"))
    _assert_same_splits(np.load(tmp_path / "data.npz"), _prepared(network))


@pytest.mark.parametrize("name", [n for n in DATASETS if not DATASETS.get(n).takes_path])
def test_every_built_in_dataset_is_made_by_the_apps_code(name):
    # the first settings (samples, noise, seed) of those that take them: shorter wins
    values = (37, 0.2, 4)
    options = {p.name: v for p, v in zip(DATASETS.get(name).params, values, strict=False)}
    spec = {"name": name, **options}
    constants, functions = dataset_code(SimpleNamespace(spec=spec, base_dir=None))
    namespace = {}
    exec("import numpy as np\n" + "\n".join(constants) + functions, namespace)
    x, y, test = namespace["load_dataset"]()
    ours = load_dataset(spec)
    assert test is None and x.dtype == np.float32 and np.array_equal(x, ours.x)
    y = y.astype(ours.y.dtype).reshape(ours.y.shape)
    assert np.array_equal(y, ours.y)


def test_an_idx_export_reads_the_files_and_trains_like_the_app(tmp_path):
    network = load(EXAMPLES / "keras_template.json")
    network.dataset = {"name": "fashion_mnist", "path": str(fashion_idx(tmp_path / "fashion")),
                       "samples": 70}
    network.training["epochs"] = 2
    script = Path(write_pytorch(network, tmp_path / "keras_template.py")["path"])
    out = run_script(script, "--save-data", "data.npz")
    _assert_same_splits(np.load(tmp_path / "data.npz"), _prepared(network))
    app = app_run(network)
    rows = printed_epochs(out)
    assert len(rows) == 2
    for ours, theirs in zip(app.epochs, rows, strict=True):
        assert rel_close(ours.loss, theirs["loss"], 1e-4)
        assert rel_close(ours.value("val_loss"), theirs["val_loss"], 1e-4)
    test = dict(re.findall(r"(\w+) (\S+)", out.split("test: ")[1]))
    assert rel_close(app.result.test["loss"], float(test["loss"]), 1e-4)

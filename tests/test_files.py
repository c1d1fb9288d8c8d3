"""The network file: the JSON contract, the .nnd bundle, migration, and loaders that turn any
broken file into one clear NetworkFileError."""
import json
import random
import zipfile

import numpy as np
import pytest

from designer import FORMAT_VERSION, migrations
from designer.errors import NetworkFileError
from designer.serialization import dumps, load, loads, save, to_document

CONTRACT = {
    "format": "network-designer", "format_version": 1, "name": "XOR",
    "layers": [{"id": "in", "type": "Input", "shape": [2]},
               {"id": "h", "type": "Dense", "units": 4, "activation": "tanh",
                "init": "glorot_uniform", "dropout": 0.1},
               {"id": "out", "type": "Dense", "units": 1, "activation": "sigmoid"}],
    "connections": [["in", "h"], ["h", "out"]],
    "dataset": {"name": "xor"},
    "training": {"loss": "binary_crossentropy", "optimizer": {"name": "adam",
                                                              "learning_rate": 0.05},
                 "epochs": 300, "batch_size": 4}}


def test_the_documented_example_loads_with_defaults_filled():
    net = loads(json.dumps(CONTRACT))
    assert net.name == "XOR" and net.graph.ids == ["in", "h", "out"]
    assert net.graph.layer("out").params["init"] == "glorot_uniform"  # omitted -> default
    assert net.graph.layer("h").params["dropout"] == 0.1
    assert net.dataset == {"name": "xor"} and net.training["epochs"] == 300
    assert net.graph.analysis.valid
    doc = to_document(net)
    for key in ("format", "format_version", "name", "connections", "dataset", "training"):
        assert doc[key] == CONTRACT[key]
    assert loads(dumps(net)).graph.layer("h").config() == net.graph.layer("h").config()


def test_unknown_top_level_keys_survive(tmp_path):
    net = loads(json.dumps({**CONTRACT, "description": "kept"}))
    assert to_document(net)["description"] == "kept"


def test_bundle_round_trip_with_weights_and_history(tmp_path):
    net = loads(json.dumps(CONTRACT))
    net.weights = {"h.core.weight": np.arange(8, dtype=np.float32).reshape(4, 2),
                   "h.core.bias": np.zeros(4, np.float32)}
    net.history = {"runs": [{"name": "run 1", "loss": [0.7, 0.2, float("nan")]}]}
    path = save(net, tmp_path / "xor.nnd")
    with zipfile.ZipFile(path) as z:
        assert set(z.namelist()) == {"network.json", "metadata.json", "weights.safetensors",
                                     "history.json"}
        meta = json.loads(z.read("metadata.json"))
        assert meta["format_version"] == FORMAT_VERSION and "saved_at" in meta
    again = load(path)
    assert to_document(again) == to_document(net)
    np.testing.assert_array_equal(again.weights["h.core.weight"], net.weights["h.core.weight"])
    assert again.history["runs"][0]["loss"] == [0.7, 0.2, None]  # NaN stored as null
    assert again.source == path


def test_untrained_bundle_has_no_weight_members(tmp_path):
    path = save(loads(json.dumps(CONTRACT)), tmp_path / "x.nnd")
    assert set(zipfile.ZipFile(path).namelist()) == {"network.json", "metadata.json"}


def test_bare_json_save_and_load(tmp_path):
    path = save(loads(json.dumps(CONTRACT)), tmp_path / "x.json")
    assert json.loads(path.read_text())["layers"][0] == {"id": "in", "type": "Input",
                                                         "shape": [2]}
    assert load(path).graph.ids == ["in", "h", "out"]


def test_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = save(loads(json.dumps(CONTRACT)), tmp_path / "x.nnd")
    good = path.read_bytes()
    net = loads(json.dumps(CONTRACT))
    net.weights = {"h.core.weight": object()}  # cannot be written
    with pytest.raises(Exception, match="dtype"):  # safetensors refuses the array
        save(net, path)
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["x.nnd"]  # no temporary file left


@pytest.mark.parametrize("text,expected", [
    ("", "broken JSON at line 1"),
    ("{", "broken JSON"),
    ("[]", "expected a JSON object"),
    ("{}", "missing 'layers'"),
    ('{"layers": 3}', "'layers' must be a list"),
    ('{"layers": [5]}', "layers[0] must be an object"),
    ('{"layers": [{"type": "Dense"}]}', "layers[0] has no 'id'"),
    ('{"layers": [{"id": "a"}]}', "layers[0] ('a') has no 'type'"),
    ('{"layers": [{"id": "a", "type": "Dence"}]}', "Did you mean 'Dense'"),
    ('{"layers": [{"id": "a", "type": "Dense"}, {"id": "a", "type": "Dense"}]}',
     "layers[1]: a layer named 'a' already exists"),
    ('{"layers": [{"id": "a b", "type": "Dense"}]}', "not a usable layer id"),
    ('{"layers": [{"id": "a", "type": "Dense", "position": [1]}]}', "position must be [x, y]"),
    ('{"layers": [], "connections": [["a"]]}', "connections[0] must be a pair"),
    ('{"layers": [], "connections": [["a", "b"]]}', "connections[0]: there is no layer 'a'"),
    ('{"format": "keras", "layers": []}', "not a Network Designer network"),
    ('{"format_version": 99, "layers": []}', "written by a newer Network Designer"),
    ('{"format_version": "1", "layers": []}', "format_version must be a whole number"),
    ('{"layers": [], "training": 3}', "'training' must be an object"),
    ('{"name": 5, "layers": []}', "'name' must be text"),
])
def test_bad_documents_give_one_clear_error(text, expected):
    with pytest.raises(NetworkFileError) as e:
        loads(text, "net.json")
    assert expected in str(e.value) and str(e.value).startswith("net.json")


def test_bad_files(tmp_path):
    cases = {"missing.nnd": None, "binary.json": b"\x89PNG\x00\xff",
             "notnet.nnd": _zip({"other.txt": b"hi"}),
             "badweights.nnd": _zip({"network.json": json.dumps(CONTRACT).encode(),
                                     "weights.safetensors": b"garbage"}),
             "badhistory.nnd": _zip({"network.json": json.dumps(CONTRACT).encode(),
                                     "history.json": b"[1, 2]"}),
             "truncated.nnd": _zip({"network.json": json.dumps(CONTRACT).encode()})[:60]}
    for name, data in cases.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
        with pytest.raises(NetworkFileError) as e:
            load(tmp_path / name)
        assert name in str(e.value)
    with pytest.raises(NetworkFileError, match="is a folder"):
        load(tmp_path)


def _zip(members: dict) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


def test_random_corruption_never_escapes_as_another_error(tmp_path):
    """Flip, cut and splice bytes of real files: the loader either loads or says what is wrong."""
    rng = random.Random(0)
    net = loads(json.dumps(CONTRACT))
    net.weights = {"h.core.weight": np.ones((4, 2), np.float32)}
    sources = [save(net, tmp_path / "good.nnd").read_bytes(), json.dumps(CONTRACT).encode()]
    for k in range(1500):
        data = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(data))
            data[i] = rng.randrange(256)
        if k % 3 == 0:
            data = data[: rng.randrange(len(data))]
        path = tmp_path / f"bad{k}.nnd"
        path.write_bytes(bytes(data))
        try:
            load(path)
        except NetworkFileError:
            pass


def test_migration_chain_runs_each_step(monkeypatch):
    """Version 1 is the first format; a stand-in v1 -> v2 migration proves the chain."""
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, lambda d: {**d, "name": d["name"] + " (v2)"})
    doc = migrations.migrate({"format_version": 1, "name": "n", "layers": []}, "f")
    assert doc == {"format_version": 2, "name": "n (v2)", "layers": []}
    monkeypatch.delitem(migrations.MIGRATIONS, 1)
    with pytest.raises(NetworkFileError, match="no migration from format version 1"):
        migrations.migrate({"format_version": 1, "layers": []}, "f")


def test_loading_never_unpickles(tmp_path):
    import pickle

    path = tmp_path / "evil.nnd"
    path.write_bytes(_zip({"network.json": pickle.dumps({"layers": []})}))
    with pytest.raises(NetworkFileError):
        load(path)

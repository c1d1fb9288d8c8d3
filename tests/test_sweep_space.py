"""The sweep's search space (SPACE.json and the default one), storage names, the settings a
trial trains with, and the reader's errors: everything of `main.py sweep` that needs no run."""
import json

import optuna
import pytest

from designer.cli import main
from designer.errors import DesignerError, ParamError
from designer.serialization import from_document, loads
from designer.sweep.defaults import default_space
from designer.sweep.objective import apply_settings
from designer.sweep.space import parse_space
from designer.sweep.storage import parse_storage, trials_folder
from designer.sweep.study import read_sweep, study_names
from tests.helpers import moons_doc

DOC = moons_doc(4, optimizer={"name": "momentum", "learning_rate": 0.02, "momentum": 0.8})
NET = from_document(DOC)


@pytest.mark.parametrize("raw, said", [
    ([1, 2], "expected a JSON object"),
    ({"lerning_rate": [0.1]}, "unknown key 'lerning_rate' (did you mean 'learning_rate'?)"),
    ({"layers": {"h9": {"units": [4]}}}, "no layer 'h9' in the network; layers: in, h, out"),
    ({"layers": {"h": {"unit": [4, 8]}}}, "layers: h: Dense unknown setting 'unit' (did you "
                                          "mean 'units'?)"),
    ({"layers": {"h": {"activation": ["relu", "relux"]}}}, "layers: h.activation: "),
    ({"layers": {"h": {"units": [0, 4]}}}, "layers: h.units: units must be at least 1, got 0"),
    ({"layers": {"h": {"units": {"low": 2.5, "high": 8}}}}, "h.units.low: units must be a "
                                                            "whole number"),
    ({"optimizer": {"low": 1, "high": 2}}, "optimizer: a range needs a number setting"),
    ({"optimizer": ["adam", "adamz"]}, "optimizer: unknown optimizer 'adamz'"),
    ({"learning_rate": {"low": 0, "high": 1}}, "learning_rate must be more than 0, got 0"),
    ({"layers": {"h": {"l2": {"low": 0, "high": 0.1, "log": True}}}}, "needs low above 0"),
    ({"learning_rate": {"low": 0.1, "high": 0.01}}, "low (0.1) must be less than high (0.01)"),
    ({"learning_rate": {"low": 0.1}}, "a range needs both \"low\" and \"high\""),
    ({"learning_rate": {"low": 0.01, "high": 0.1, "lg": True}}, "unknown range key 'lg'"),
    ({"batch_size": []}, "batch_size: the list of choices is empty"),
    ({"batch_size": 16}, "searches nothing"),
    ({"layers": {"h": {"activation": [{"name": "leaky_relu", "alpha": 0.2}]}}},
     "choices must be plain values"),
])
def test_a_bad_space_is_refused_naming_the_key(raw, said):
    with pytest.raises(ParamError) as e:
        parse_space(raw, NET, "space.json")
    assert str(e.value).startswith("space.json") and said in str(e.value)


def test_a_space_reads_into_dimensions_and_back():
    raw = {"learning_rate": {"low": 1e-4, "high": 0.1, "log": True}, "optimizer": ["adam", "gd"],
           "batch_size": {"low": 8, "high": 64, "step": 8}, "schedule": "cosine",
           "layers": {"h": {"units": [4, 8, 8], "activation": ["relu", "tanh"],
                            "dropout": {"low": 0, "high": 0.5}}}}
    space = parse_space(raw, NET)
    assert space.searched == ["learning_rate", "optimizer", "batch_size", "h.units",
                              "h.activation", "h.dropout"]  # the schedule is fixed
    back = space.to_json()
    assert back["optimizer"] == ["adam", "sgd"] and back["layers"]["h"]["units"] == [4, 8]
    assert back["schedule"] == "cosine" and back["layers"]["h"]["dropout"] == {"low": 0.0,
                                                                               "high": 0.5}
    assert parse_space(back, NET).to_json() == back
    by_name = {d.name: d for d in space.dimensions}
    assert by_name["batch_size"].integer and not by_name["h.dropout"].integer


def test_the_default_space_leaves_the_output_layer_alone():
    space = default_space(NET)
    assert space["learning_rate"] == {"low": 0.002, "high": 0.2, "log": True}
    assert space["optimizer"] == ["momentum", "adam", "sgd"]
    assert space["batch_size"] == [16, 32, 64]
    assert list(space["layers"]) == ["h"]
    assert space["layers"]["h"]["units"] == {"low": 4, "high": 16, "log": True}
    assert space["layers"]["h"]["activation"] == ["tanh", "relu"]
    assert parse_space(space, NET).to_json() == space


def test_a_trial_network_takes_the_drawn_settings():
    doc = apply_settings(DOC, {"learning_rate": 0.05, "h.units": 16, "h.activation": "relu",
                               "batch_size": 8, "schedule": "cosine"})
    assert doc["training"]["optimizer"] == {"name": "momentum", "learning_rate": 0.05,
                                            "momentum": 0.8}  # its own options stay
    net = from_document(doc)
    assert net.graph.layer("h").params["units"] == 16
    assert doc["training"]["batch_size"] == 8 and doc["training"]["schedule"] == {"name":
                                                                                  "cosine"}
    assert DOC["layers"][1]["units"] == 8  # the swept network is untouched
    other = apply_settings(DOC, {"optimizer": "adam"})["training"]["optimizer"]
    assert other["name"] == "adam" and other["learning_rate"] == 0.001  # adam's own rate


def test_storage_names(tmp_path):
    spec = parse_storage(None, tmp_path / "xor.json")
    assert spec.journal == tmp_path / "xor.sweep.journal" and spec.url is None
    assert trials_folder(spec, "xor", tmp_path / "xor.json") == tmp_path / "xor.trials"
    db = parse_storage("postgresql+psycopg://me:secret@db.lab/sweeps")
    assert db.url.endswith("me:secret@db.lab/sweeps") and "secret" not in db.text
    assert trials_folder(db, "a b", tmp_path / "n.json") == tmp_path / "a_b.trials"
    assert parse_storage("sqlite:///s.db").sqlite and not db.sqlite


def test_the_reader_says_what_is_wrong(tmp_path):
    with pytest.raises(DesignerError, match="no such sweep journal"):
        read_sweep(str(tmp_path / "none.journal"))
    assert not (tmp_path / "none.journal").exists()  # reading creates nothing
    path = tmp_path / "s.journal"
    path.write_text("")
    with pytest.raises(DesignerError, match="holds no sweep yet"):
        read_sweep(str(path))
    storage = optuna.storages.JournalStorage(
        optuna.storages.journal.JournalFileBackend(str(path)))
    for name in ("a", "b"):
        optuna.create_study(storage=storage, study_name=name)
    assert study_names(str(path)) == ["a", "b"]
    with pytest.raises(DesignerError, match=r"holds several sweeps \(a, b\); choose one"):
        read_sweep(str(path))
    with pytest.raises(DesignerError, match="has no study 'c'; studies: a, b"):
        read_sweep(str(path), "c")
    sweep = read_sweep(str(path), "b")
    assert sweep.name == "b" and sweep.trials == [] and sweep.best is None
    with pytest.raises(DesignerError, match="cannot open the database .*: no such file"):
        read_sweep(f"sqlite:///{tmp_path / 'none.db'}")
    assert not (tmp_path / "none.db").exists()


def test_cli_space_errors_are_one_line(tmp_path, capsys):
    net = tmp_path / "tiny.json"
    net.write_text(json.dumps(DOC))
    space = tmp_path / "space.json"
    space.write_text('{"learning_rate": [0.1,]}')
    assert main(["sweep", str(net), "--trials", "1", "--space", str(space)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {space}: broken JSON at line 1") and len(err.splitlines()) == 1
    space.write_text('{"layers": {"h": {"units": "many"}}}')
    assert main(["sweep", str(net), "--trials", "1", "--space", str(space)]) == 2
    assert "layers: h.units: units must be a whole number" in capsys.readouterr().err
    assert main(["sweep", str(net)]) == 2
    assert "--trials N" in capsys.readouterr().err
    assert not (tmp_path / "tiny.sweep.journal").exists()


def test_show_space_prints_the_default_space(tmp_path, capsys):
    net = tmp_path / "tiny.json"
    net.write_text(json.dumps(DOC))
    assert main(["sweep", str(net), "--show-space"]) == 0
    assert json.loads(capsys.readouterr().out) == default_space(loads(json.dumps(DOC)))

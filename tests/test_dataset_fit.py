"""A dataset that does not fit the network is a problem before anything trains: the Input
against the samples, the output layer against the classes or targets and the loss, each with
a sentence naming the dataset and the layer and (where known) the fix behind "Make the network
fit"; `main.py validate` reports them and exits 1."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from designer.dataset_fit import DataFacts, catalogued_facts, dataset_problems
from designer.datasets import DATASETS, dataset_catalog, load_dataset
from designer.serialization import load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"


def network(example="xor", dataset=None, training=None, **params):
    """An example network with another dataset block and some parameters changed
    (params: layer__param=value)."""
    net = load(EXAMPLES / f"{example}.json")
    if dataset is not None:
        net.dataset = dataset
    if training is not None:
        net.training = training
    for key, value in params.items():
        layer_id, name = key.split("__")
        net.graph.set_param(layer_id, name, value)
    return net


def lines(net):
    return [str(p) for p in dataset_problems(net)]


def apply_fixes(net):
    for problem in dataset_problems(net):
        problem.fix.apply(net.graph)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_every_example_fits_its_dataset(path):
    assert lines(load(path)) == []


def test_iris_on_an_input_of_two_names_the_dataset_and_both_layers():
    net = network(dataset={"name": "iris"}, training={})
    assert lines(net) == [
        "in: the Input 'in' takes 2 values per sample, but the dataset 'iris' gives 4; set its "
        "shape to [4]",
        "out: the dataset 'iris' has 3 classes, but the output layer 'out' has 1 unit with "
        "sigmoid; use 3 units with softmax"]
    apply_fixes(net)
    assert net.graph.layer("in").params["shape"] == [4]
    assert (net.graph.layer("out").params["units"],
            net.graph.layer("out").params["activation"]) == (3, "softmax")
    assert lines(net) == []


def test_the_loss_decides_the_output_fix():
    # xor's file asks for binary cross-entropy: one yes/no unit per class then
    net = network(dataset={"name": "iris"}, in__shape=[4])
    assert lines(net) == ["out: the dataset 'iris' has 3 classes, but the output layer 'out' "
                          "has 1 unit with sigmoid; use 3 units"]
    # a regression loss on classes: the loss must change, not the layer (no fix)
    net = network(dataset={"name": "iris"}, training={"loss": "mse"}, in__shape=[4])
    [problem] = dataset_problems(net)
    assert problem.layer_id == "out" and problem.fix is None
    assert "iris has 3 classes" in problem.message and "mse" in problem.message


def test_a_softmax_cannot_follow_a_regression_target():
    net = network("sine_regression", y__activation="softmax")
    assert lines(net) == ["y: the dataset 'sine' is a regression target, but the output "
                          "layer 'y' ends in softmax; use 1 unit with linear"]
    apply_fixes(net)
    assert net.graph.layer("y").params["activation"] == "linear" and lines(net) == []
    net = network("sine_regression", y__units=3)
    assert lines(net) == ["y: the dataset 'sine' has 1 target value per sample, but the output "
                          "layer 'y' has 3 units with linear; use 1 unit"]


def test_a_softmax_over_one_unit_always_gives_one():
    net = network(training={}, out__activation="softmax")
    assert lines(net) == ["out: the dataset 'xor' has 2 classes, but the output layer 'out' has "
                          "1 unit with softmax, which always gives 1; use 1 unit with sigmoid"]


def test_images_keep_their_channel_when_the_input_is_fitted():
    net = network("small_cnn", dataset={"name": "mnist"})
    [problem] = dataset_problems(net)  # judged from the catalogue: the IDX files need not exist
    assert str(problem) == ("in: the Input 'in' takes 64 values per sample, but the dataset "
                            "'mnist' gives 784; set its shape to [1, 28, 28]")
    apply_fixes(net)
    assert net.graph.analysis.valid and lines(net) == []


def test_a_file_that_cannot_be_loaded_is_a_problem_of_the_network(tmp_path):
    net = network(dataset={"csv": str(tmp_path / "missing.csv")})
    [problem] = dataset_problems(net)
    assert problem.layer_id is None
    assert problem.message.startswith("the dataset '") and "cannot be loaded" in problem.message
    assert dataset_problems(net, load=False) == []  # the GUI does not load on its thread


def test_a_csv_is_judged_from_its_data(tmp_path):
    rows = ["a,b,c,label"] + [f"{k},{k % 3},{k % 5},{'yes' if k % 2 else 'no'}"
                              for k in range(30)]
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n")
    net = network(dataset={"csv": str(tmp_path / "t.csv"), "target": "label"})
    assert lines(net) == ["in: the Input 'in' takes 2 values per sample, but the dataset 't' "
                          "gives 3; set its shape to [3]"]
    loaded = load_dataset(net.dataset)
    assert dataset_problems(net, loaded, load=False) == dataset_problems(net)


def test_a_network_with_graph_problems_is_judged_after_they_are_fixed():
    net = network(dataset={"name": "iris"}, h__units=0)
    assert lines(net) == []  # the analysis explains the graph first


@pytest.mark.parametrize("name", [row["name"] for row in dataset_catalog()
                                  if not row["unavailable"]
                                  and DATASETS.get(row["name"]).load.__module__.endswith(
                                      ("synthetic", "bundled"))])
def test_the_catalogue_tells_what_the_loaded_data_is(name):
    facts = DataFacts.of(load_dataset({"name": name}))
    assert catalogued_facts({"name": name}) == facts


def test_validate_reports_a_dataset_that_does_not_fit(tmp_path):
    doc = json.loads((EXAMPLES / "xor.json").read_text())
    doc["dataset"] = {"name": "iris"}
    doc.pop("training", None)
    path = tmp_path / "iris.json"
    path.write_text(json.dumps(doc))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", str(path)],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert out.returncode == 1, out.stderr
    assert out.stdout.splitlines() == [
        "in: the Input 'in' takes 2 values per sample, but the dataset 'iris' gives 4; set its "
        "shape to [4]",
        "out: the dataset 'iris' has 3 classes, but the output layer 'out' has 1 unit with "
        "sigmoid; use 3 units with softmax"]

"""Every bundled example validates, and its summary reports what Keras would."""
import json
from pathlib import Path

import pytest
import torch

from designer.build import build_model
from designer.serialization import load
from designer.summary import summary_dict

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
# file -> (total, trainable, non-trainable, output shape)
EXPECTED = {
    "xor": (17, 17, 0, (1,)),
    "and_perceptron": (3, 3, 0, (1,)),
    # Keras: Flatten 784; Dense 128 x5 (100,480 + 4 x 16,512); BatchNorm 512 of which 256 are
    # moving statistics; Dense 512 (66,048); Dense 10 (5,130).
    "keras_template": (238_218, 237_962, 256, (10,)),
    "mlp_dropout_digits": (64 * 128 + 128 + 128 * 64 + 64 + 64 * 10 + 10,) * 2 + (0, (10,)),
    "small_cnn": (13_706, 13_706, 0, (10,)),
    "residual_block": (609, 609, 0, (1,)),
    "spiral_playground": (2 * 8 + 8 + 8 * 8 + 8 + 8 + 1,) * 2 + (0, (1,)),
    "sine_regression": (1 * 16 + 16 + 16 * 16 + 16 + 16 + 1,) * 2 + (0, (1,)),
}


def test_every_example_is_listed():
    assert {p.stem for p in EXAMPLES.glob("*.json")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_validates_and_summarizes(name):
    net = load(EXAMPLES / f"{name}.json")
    assert net.graph.analysis.problems == []
    summary = summary_dict(net.graph)
    total, trainable, frozen, out_shape = EXPECTED[name]
    assert (summary["total_params"], summary["trainable_params"],
            summary["non_trainable_params"]) == (total, trainable, frozen)
    assert sum(row["params"] for row in summary["layers"]) == total
    assert net.dataset and net.training and all(x.position for x in net.graph.layers)
    model = build_model(net.graph, seed=0).eval()
    in_shape = net.graph.analysis.layers[model.input_ids[0]].output_shape
    assert tuple(model(torch.randn(2, *in_shape)).shape) == (2, *out_shape)


def test_keras_template_rows():
    rows = summary_dict(load(EXAMPLES / "keras_template.json").graph)["layers"]
    assert [(r["type"], r["output_shape"], r["params"]) for r in rows] == [
        ("Input", [28, 28], 0), ("Flatten", [784], 0), ("Dense", [128], 100_480),
        ("Dense", [128], 16_512), ("Dense", [128], 16_512), ("Dense", [128], 16_512),
        ("Dense", [128], 16_512), ("Dropout", [128], 0), ("BatchNorm", [128], 512),
        ("Activation", [128], 0), ("Dense", [512], 66_048), ("Dense", [10], 5_130)]


def test_residual_block_is_a_dag_with_add():
    net = load(EXAMPLES / "residual_block.json")
    assert net.graph.inputs_of("add") == ["block_b", "stem"]
    assert json.loads((EXAMPLES / "residual_block.json").read_text())["connections"]

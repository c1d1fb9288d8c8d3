"""Predictions from trained networks: raw inputs, Monte Carlo dropout, tables, logits."""
import numpy as np
import pytest
import sklearn.datasets

from designer.datasets import load_dataset
from designer.predict import PredictionError, predict, read_inputs, write_outputs
from designer.training import train
from tests.training_helpers import dense_net


def test_raw_inputs_get_the_training_preprocessing():
    net = dense_net(hidden=(("relu", 16),), inputs=4, out_units=3, out_act="softmax",
                    dataset={"name": "iris"}, training={"epochs": 60, "seed": 0,
                                                        "optimizer": {"name": "adam",
                                                                      "learning_rate": 0.02}})
    train(net, introspection=False)
    raw = sklearn.datasets.load_iris()
    result = predict(net, raw.data)
    assert result["outputs"].shape == (150, 3)
    assert np.allclose(result["outputs"].sum(1), 1, atol=1e-5)
    assert (result["classes"] == raw.target).mean() > 0.9
    assert result["class_names"] == ["setosa", "versicolor", "virginica"]
    scaled = load_dataset("iris").x
    same = predict(net, scaled, preprocessed=True)
    assert np.allclose(same["outputs"], result["outputs"], atol=1e-5)
    with pytest.raises(PredictionError, match="4 values per sample|2 values"):
        predict(net, raw.data[:, :2])


def test_monte_carlo_dropout_gives_a_spread():
    net = dense_net(hidden=(("relu", 32),), dropout=0.5, training={"epochs": 3, "seed": 0})
    train(net, introspection=False)
    x = np.array([[0.0, 0.0], [4.0, 4.0]])
    plain = predict(net, x)
    assert plain["std"] is None
    mc = predict(net, x, mc_samples=30)
    assert mc["std"].shape == (2, 1) and mc["std"].max() > 0
    assert np.all((mc["outputs"] >= 0) & (mc["outputs"] <= 1))


def test_linear_output_classifiers_report_probabilities():
    net = dense_net(out_act="linear", training={"epochs": 20, "seed": 0,
                                                 "loss": "binary_crossentropy"})
    train(net, introspection=False)
    out = predict(net, np.array([[0.0, 0.0], [5.0, 5.0]]))["outputs"]
    assert np.all((out > 0) & (out < 1))


def test_a_table_trained_network_predicts_from_raw_rows(tmp_path):
    lines = ["size,colour,label"] + [f"{s},{c},{'big' if s > 5 else 'small'}"
                                     for s, c in zip(range(1, 11), "rgbrgbrgbr", strict=True)] * 3
    (tmp_path / "t.csv").write_text("\n".join(lines) + "\n")
    net = dense_net(hidden=(("tanh", 8),), inputs=4, out_units=1, out_act="sigmoid",
                    dataset={"csv": str(tmp_path / "t.csv"), "target": "label"},
                    training={"epochs": 200, "seed": 0, "batch_size": 30,
                              "optimizer": {"name": "adam", "learning_rate": 0.05}})
    train(net, introspection=False)
    (tmp_path / "new.csv").write_text("colour,size\ng,2\nb,9\n")
    x, done = read_inputs(net, tmp_path / "new.csv")
    assert done and x.shape == (2, 4)
    result = predict(net, x, preprocessed=done)
    assert [result["class_names"][c] for c in result["classes"]] == ["small", "big"]
    write_outputs(result, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_text().splitlines()[0] == "class,p(small)" or \
        (tmp_path / "out.csv").read_text().splitlines()[0] == "class,p(big)"
    (tmp_path / "bad.csv").write_text("size\n3\n")
    with pytest.raises(PredictionError, match="columns \\['colour'\\]"):
        read_inputs(net, tmp_path / "bad.csv")

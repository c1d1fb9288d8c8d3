"""Choosing a dataset suggests the settings a course would start with for its size, sets the
rate only of optimizers it suits, and goes back to the automatic loss when the loss does not fit
the task. No Qt here."""
import pytest

from designer.training.settings import TrainingSettings
from designer.training.suggestions import suggested_settings

ADAM = TrainingSettings()


@pytest.mark.parametrize("samples, shape, expected", [
    (4, [2], (4, 300, 0.0, 0.05)),  # a truth table: one batch of the whole table
    (200, [2], (10, 300, 0.2, 0.01)),  # the Playground's sets
    (150, [4], (16, 100, 0.2, 0.01)),  # iris
    (1797, [8, 8], (32, 60, 0.2, 0.001)),  # digits
    (70_000, [28, 28], (128, 10, 0.1, 0.001)),  # MNIST
])
def test_the_settings_follow_the_size_of_the_data(samples, shape, expected):
    out = suggested_settings({"samples": samples, "shape": shape,
                              "task": "classification", "classes": 2}, ADAM)
    got = (out["batch_size"], out["epochs"], out["validation_split"],
           out["optimizer"]["learning_rate"])
    assert got == expected
    assert out["optimizer"]["beta_1"] == ADAM.optimizer["beta_1"]  # the rest stays
    assert "loss" not in out  # automatic: it fits


def test_an_empty_table_still_gets_a_batch_of_one():
    assert suggested_settings({"samples": 0}, ADAM)["batch_size"] == 1


def test_sgd_keeps_the_rate_it_has():
    sgd = TrainingSettings.from_dict({"optimizer": {"name": "sgd", "learning_rate": 0.3}})
    out = suggested_settings({"samples": 150, "shape": [4], "task": "classification"}, sgd)
    assert out["optimizer"] == {"name": "sgd", "learning_rate": 0.3}


@pytest.mark.parametrize("loss, task, classes, back_to_automatic", [
    ("mse", "classification", 3, True),  # a regression loss on classes
    ("categorical_crossentropy", "regression", None, True),
    ("binary_crossentropy", "classification", 3, True),  # two classes only
    ("binary_crossentropy", "classification", 2, False),
    ("mse", "regression", None, False),
])
def test_a_loss_that_does_not_fit_the_task_goes_back_to_automatic(loss, task, classes,
                                                                  back_to_automatic):
    current = TrainingSettings.from_dict({"loss": loss})
    out = suggested_settings({"samples": 150, "shape": [4], "task": task,
                              "classes": classes}, current)
    assert ("loss" in out) == back_to_automatic
    assert out.get("loss") is None

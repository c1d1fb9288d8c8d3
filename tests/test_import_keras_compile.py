"""A saved model's compile() comes along as the training settings (.keras compile_config,
Keras 2 .h5 training_config); what cannot be followed is named in a note and left out."""
import os

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

import pytest  # noqa: E402

from designer.interop import import_network  # noqa: E402
from designer.interop.keras_compile import compile_settings  # noqa: E402
from designer.training.settings import TrainingSettings  # noqa: E402

keras = pytest.importorskip("keras")

# Keras 3.15's torch backend saves through np.array(variable), which NumPy 2 answers with this
# DeprecationWarning (Keras' Variable.__array__ lacks `copy`): not ours.
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")


def small(optimizer, loss):
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(3, activation="tanh"),
                              keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=optimizer, loss=loss)
    return model


@pytest.mark.parametrize("suffix", [".keras", ".h5"])
def test_compile_becomes_the_training_settings(suffix, tmp_path):
    model = small(keras.optimizers.SGD(0.05, momentum=0.9, nesterov=True), "binary_crossentropy")
    path = tmp_path / f"net{suffix}"
    model.save(path)
    network = import_network(path)
    assert network.training == {"optimizer": {"name": "nesterov", "learning_rate": 0.05,
                                              "momentum": 0.9},
                                "loss": "binary_crossentropy"}
    settings = TrainingSettings.from_dict(network.training)
    assert settings.optimizer["name"] == "nesterov" and settings.optimizer["momentum"] == 0.9
    assert "notes" not in network.extra["imported_from"]


def test_adam_with_its_float32_learning_rate(tmp_path):
    small(keras.optimizers.Adam(learning_rate=0.003, beta_2=0.99), "mse").save(tmp_path / "a.keras")
    training = import_network(tmp_path / "a.keras").training
    assert training["optimizer"] == {"name": "adam", "learning_rate": 0.003, "beta_1": 0.9,
                                     "beta_2": 0.99, "epsilon": 1e-07}
    assert training["loss"] == "mse"


def test_what_cannot_be_followed_is_a_note_and_the_rest_comes(tmp_path):
    small(keras.optimizers.Adam(amsgrad=True), "binary_crossentropy").save(tmp_path / "b.keras")
    network = import_network(tmp_path / "b.keras")
    assert network.training == {"loss": "binary_crossentropy"}
    notes = network.extra["imported_from"]["notes"]
    assert len(notes) == 1 and "amsgrad" in notes[0]


def test_nothing_to_read_gives_no_settings():
    assert compile_settings(None) == (None, [])
    assert compile_settings({"optimizer": None, "loss": None}) == (None, [])

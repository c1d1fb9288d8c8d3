"""Forms of Keras code read without running it: Keras 2 spellings, constants and script
forms, Keras' automatic names, the model that is trained, pasted code, files and the CLI, and
proof that nothing is executed. See test_import_keras_code.py for how fixtures are checked."""
import json
import os

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

import pytest  # noqa: E402
from keras_code_fixtures import (  # noqa: E402
    MLP,
    REGULARIZED,
    TWO_MODELS,
)

from designer.interop import import_network  # noqa: E402
from designer.interop.keras_code import (  # noqa: E402
    keras_config_from_code,
    load_keras_code,
    network_from_keras_code,
)

# Keras 3.15's torch backend turns its Variables into arrays with np.array(x), which NumPy 2
# answers with this DeprecationWarning (Keras' Variable.__array__ lacks `copy`): not ours.
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")


# -- forms of Keras code ----------------------------------------------------------------------
def names_and_classes(code: str) -> list[tuple[str, str]]:
    config, _ = keras_config_from_code(code, "t.py")
    return [(e["config"]["name"], e["class_name"]) for e in config["config"]["layers"]]


def test_keras2_spellings():
    code = """
from keras.models import Sequential
from keras.layers import *
from keras.optimizers import SGD
from keras import regularizers
model = Sequential()
model.add(Convolution2D(8, 3, 3, batch_input_shape=(None, 28, 28, 1)))
model.add(MaxPool2D())
model.add(Flatten())
model.add(Dense(10, kernel_regularizer=regularizers.l2(l=0.02)))
model.compile(optimizer=SGD(lr=0.1, momentum=0.9), loss='mse')
model.fit(X, y, 16, 5)
"""
    config, training = keras_config_from_code(code, "old.py")
    layers = config["config"]["layers"]
    assert [(e["config"]["name"], e["class_name"]) for e in layers] == [
        ("input_layer", "InputLayer"), ("conv2d", "Conv2D"),
        ("max_pooling2d", "MaxPooling2D"), ("flatten", "Flatten"), ("dense", "Dense")]
    assert layers[0]["config"]["batch_shape"] == [None, 28, 28, 1]
    assert layers[1]["config"]["kernel_size"] == 3 and layers[1]["config"]["strides"] == 3
    assert layers[4]["config"]["kernel_regularizer"]["config"] == {"l2": 0.02}
    assert training["optimizer"] == {"name": "momentum", "learning_rate": 0.1, "momentum": 0.9}
    assert (training["batch_size"], training["epochs"]) == (16, 5)


def test_constants_names_and_script_forms():
    code = """
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers as L

SIZE = 28 * 28
UNITS = [128, 64]
RATE = 0.5 if SIZE > 100 else 0.1
BATCH, EPOCHS = 64, 3
tf.random.set_seed(42)
strategy = tf.distribute.MirroredStrategy()

def plot(history):
    import matplotlib.pyplot as plt
    plt.plot(history.history["loss"])

if __name__ == "__main__":
    keras.backend.clear_session()
    with strategy.scope():
        model = keras.models.Sequential([
            L.Reshape((SIZE,), input_shape=(28, 28)),
            L.Dense(UNITS[0], activation=tf.nn.relu, name="hidden"),
            L.Dropout(RATE),
            L.Dense(UNITS[-1], activation=keras.activations.relu, use_bias=False),
            L.Dense(-(-10), activation="softmax"),
        ])
        model.layers[0]
        model.compile(optimizer=keras.optimizers.Adam(1e-3, clipvalue=0.5),
                      loss=keras.losses.Huber(delta=2.0))
    plot(model.fit(x, y, batch_size=BATCH, epochs=EPOCHS))
"""
    config, training = keras_config_from_code(code, "script.py")
    layers = config["config"]["layers"]
    assert [e["config"]["name"] for e in layers] == [
        "input_layer", "reshape", "hidden", "dropout", "dense", "dense_1"]
    assert layers[1]["config"]["target_shape"] == [784]
    assert layers[2]["config"] == {"name": "hidden", "units": 128, "activation": "relu"}
    assert layers[3]["config"]["rate"] == 0.5
    assert layers[4]["config"]["units"] == 64 and layers[4]["config"]["use_bias"] is False
    assert layers[5]["config"]["units"] == 10
    assert training["seed"] == 42 and training["clip_value"] == 0.5
    assert training["optimizer"]["learning_rate"] == 1e-3
    assert training["loss"] == {"name": "huber", "delta": 2.0}
    assert (training["batch_size"], training["epochs"]) == (64, 3)


def test_names_follow_keras_counting():
    """Names count per class over the whole file; a given name takes no number; Keras'
    clear_session starts them afresh."""
    code = """
import keras
from keras import layers
a = keras.Sequential([keras.Input((4,)), layers.Dense(3), layers.Dense(3, name="out")])
b = keras.Sequential([keras.Input((4,)), layers.Dense(3), layers.Dense(2)])
b.compile(loss="mse")
"""
    assert names_and_classes(code) == [("input_layer_1", "InputLayer"),
                                       ("dense_1", "Dense"), ("dense_2", "Dense")]
    fresh = code.replace("b = ", "keras.backend.clear_session()\nb = ")
    assert [n for n, _ in names_and_classes(fresh)] == ["input_layer", "dense", "dense_1"]


def test_the_trained_model_is_chosen_and_trainable_is_read():
    """TWO_MODELS builds two models and trains the second (its names checked against Keras'
    by the tests above)."""
    config, training = keras_config_from_code(TWO_MODELS, "two.py")
    layers = config["config"]["layers"]
    assert [e["config"]["name"] for e in layers] == [
        "input_layer_1", "dense_3", "dense_2", "dense_5"]
    assert layers[2]["config"]["trainable"] is False
    assert training["optimizer"]["name"] == "sgd" and training["epochs"] == 1
    assert training["batch_size"] == 32  # Keras' fit defaults


def test_pasted_code_and_file_and_cli(tmp_path, capsys):
    network = network_from_keras_code(REGULARIZED, "pasted code")
    assert network.name == "regularized_mlp"
    assert network.training["early_stopping"] == {
        "patience": 5, "min_delta": 0, "monitor": "val_loss", "restore_best_weights": True}
    path = tmp_path / "xor_net.py"
    path.write_text(MLP)
    from_file = load_keras_code(path)
    assert from_file.name == "xor_net"  # an unnamed model takes the file's name
    assert import_network(path).graph.ids == from_file.graph.ids
    from designer.cli import main
    from designer.serialization import load

    out = tmp_path / "xor_net.nnd"
    assert main(["import", str(path), "-o", str(out)]) == 0
    saved = load(out)
    assert saved.training == from_file.training and saved.graph.ids == from_file.graph.ids
    assert json.loads(capsys.readouterr().out)["format"] == "Keras code"


def test_code_is_never_executed(tmp_path, capsys):
    marker = tmp_path / "pwned"
    code = f"""
open({str(marker)!r}, "w").write("ran")
print("this code ran")
__import__("os").system("touch {marker}")
import keras
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
exec("open({str(marker)!r}, 'w')")
"""
    path = tmp_path / "evil.py"
    path.write_text(code)
    network = load_keras_code(path)
    assert list(network.graph.ids) == ["input_layer", "dense"]
    assert not marker.exists()
    assert capsys.readouterr() == ("", "")

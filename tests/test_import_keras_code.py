"""Keras code, as the study notes and tutorials write it, read into a Network without running it.

Each fixture snippet is read by `ast` alone; the test then runs the same snippet (our own
fixture, never a user's file) with the real Keras 3 to check what we read: the model config we
write, rebuilt by Keras, equals the config of the model the code builds (layer names included);
the imported network has Keras' layers and parameter counts; the training settings are
compile's and fit's. `import tensorflow` lines run against Keras 3 through stand-in modules.
"""
import builtins
import inspect
import json
import os
import types
import warnings

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

import pytest  # noqa: E402

from designer.interop import import_network  # noqa: E402
from designer.interop.common import InteropError  # noqa: E402
from designer.interop.keras_code import (  # noqa: E402
    keras_config_from_code,
    load_keras_code,
    network_from_keras_code,
)
from designer.interop.keras_code_args import (  # noqa: E402
    CALLBACK_ARGS,
    COMPILE_ARGS,
    FIT_ARGS,
    INPUT_ARGS,
    LAYER_ALIASES,
    LAYER_ARGS,
    LOSS_ARGS,
    MERGE_FUNCTIONS,
    OBJECT_ALIASES,
    OBJECT_ARGS,
    OPTIMIZER_ARGS,
)
from designer.interop.keras_names import KERAS_LOSSES, KERAS_OPTIMIZERS  # noqa: E402
from designer.training.settings import TrainingSettings  # noqa: E402

keras = pytest.importorskip("keras")

# Keras 3.15's torch backend turns its Variables into arrays with np.array(x), which NumPy 2
# answers with this DeprecationWarning (Keras' Variable.__array__ lacks `copy`): not ours.
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")

# -- fixtures in the notes' style -----------------------------------------------------------
MLP = """\
import numpy as np
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense
from tensorflow.keras.optimizers import Adam

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
y = np.array([0, 1, 1, 0])
model = Sequential()
model.add(Dense(64, input_dim=2, activation='relu', kernel_initializer='he_normal'))
model.add(Dense(32, activation='relu'))
model.add(Dense(1, activation='sigmoid'))
model.compile(optimizer=Adam(learning_rate=0.01), loss='binary_crossentropy',
              metrics=['accuracy'])
model.summary()
history = model.fit(X, y, epochs=100, batch_size=4, validation_split=0.2)
print(model.evaluate(X, y))
"""

CNN = """\
import keras
from keras import layers

num_classes = 10
input_shape = (28, 28, 1)
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = x_train.astype("float32") / 255

model = keras.Sequential(
    [
        keras.Input(shape=input_shape),
        layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Conv2D(64, (3, 3), activation="relu", padding="same"),
        layers.MaxPooling2D((2, 2)),
        layers.Flatten(),
        layers.Dropout(0.5),
        layers.Dense(num_classes, activation="softmax"),
    ]
)
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=128, epochs=15, validation_split=0.1)
"""

FUNCTIONAL = """\
import tensorflow as tf

inputs = tf.keras.Input(shape=(16,), name="features")
x = tf.keras.layers.Dense(32, activation="relu")(inputs)
x = tf.keras.layers.BatchNormalization()(x)
shortcut = tf.keras.layers.Dense(32)(inputs)
x = tf.keras.layers.add([x, shortcut])
y = tf.keras.layers.Dense(8, activation="tanh")(x)
z = tf.keras.layers.Add()([tf.keras.layers.Dense(8)(inputs), y])
merged = tf.keras.layers.concatenate([x, z])
outputs = tf.keras.layers.Dense(3, activation="softmax", name="probabilities")(merged)
model = tf.keras.Model(inputs=inputs, outputs=outputs)
model.compile(
    optimizer=tf.keras.optimizers.SGD(learning_rate=0.1, momentum=0.9, nesterov=True),
    loss=tf.keras.losses.SparseCategoricalCrossentropy(),
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=20)
"""

REGULARIZED = """\
from keras.models import Sequential
from keras.layers import Dense, Dropout, Activation, Input
from keras import regularizers, initializers, constraints
from keras.optimizers import RMSprop
from keras.callbacks import EarlyStopping, ModelCheckpoint, ReduceLROnPlateau

n_features = 20
hidden = 2 * 32
model = Sequential(name="regularized_mlp")
model.add(Input(shape=(n_features,)))
model.add(Dense(hidden, kernel_regularizer=regularizers.l2(0.001),
                kernel_initializer=initializers.RandomNormal(stddev=0.1),
                kernel_constraint=constraints.max_norm(3.0)))
model.add(Activation('relu'))
model.add(Dropout(0.25))
model.add(Dense(hidden // 2, 'tanh', kernel_regularizer=regularizers.L1L2(l1=1e-5, l2=1e-4)))
model.add(Dense(1))
early = EarlyStopping(monitor='val_loss', patience=5, restore_best_weights=True)
model.compile(RMSprop(learning_rate=0.005), 'mse')
model.fit(X, y, epochs=50, validation_split=0.25,
          callbacks=[early, ModelCheckpoint('best.keras'), ReduceLROnPlateau(factor=0.5)])
"""

CNN_BLOCKS = """\
import keras
from keras import layers, initializers, regularizers, constraints

img_rows, img_cols = 32, 32
model = keras.Sequential([
    layers.Conv2D(16, 3, padding="same", input_shape=(img_rows, img_cols, 3),
                  kernel_initializer=initializers.HeNormal()),
    layers.BatchNormalization(),
    layers.Activation("relu"),
    layers.Conv2D(32, (3, 3), strides=2, kernel_constraint=constraints.MaxNorm(3, axis=[0, 1, 2]),
                  kernel_regularizer=regularizers.L1L2(l1=1e-5, l2=1e-4)),
    layers.LeakyReLU(0.1),
    layers.AveragePooling2D(2),
    layers.Conv2D(32, 3, activation="elu"),
    layers.GlobalAveragePooling2D(),
    layers.Dense(10, activation="softmax",
                 kernel_initializer=initializers.RandomNormal(stddev=0.1)),
])
model.compile(optimizer=keras.optimizers.Adagrad(), loss="sparse_categorical_crossentropy")
"""

TWO_MODELS = """\
import keras
from keras import layers
base = keras.Sequential([layers.Dense(4, input_shape=(2,)), layers.Dense(1)])
frozen = layers.Dense(8)
frozen.trainable = False
model = keras.Sequential([layers.Dense(8, input_shape=(2,)), frozen, layers.Dense(1)])
model.pop()
model.add(layers.Dense(2))
model.compile(optimizer="sgd", loss="mse")
model.fit(X, y)
base.compile(optimizer="adam", loss="mse")
"""

FIXTURES = {"mlp": MLP, "cnn": CNN, "functional": FUNCTIONAL, "regularized": REGULARIZED,
            "cnn_blocks": CNN_BLOCKS, "two_models": TWO_MODELS}
# Keras' fit defaults, read before a test stands in for fit.
FIT_DEFAULTS = {k: p.default for k, p in inspect.signature(keras.Model.fit).parameters.items()}


# -- running a fixture with the real Keras ----------------------------------------------------
def stand_in_import():
    """An __import__ under which `import tensorflow as tf` and `from tensorflow.keras... import`
    give Keras 3. Only the fixture's namespace sees it: sys.modules stays as it is (Keras asks
    it whether TensorFlow is installed)."""
    tf = types.SimpleNamespace(keras=keras,
                               random=types.SimpleNamespace(set_seed=keras.utils.set_random_seed))
    modules = {"tensorflow": tf, "tensorflow.keras": keras}
    for sub in ("layers", "models", "optimizers", "losses", "regularizers", "initializers",
                "constraints", "callbacks"):
        modules[f"tensorflow.keras.{sub}"] = getattr(keras, sub)

    def stand_in(name, globals=None, locals=None, fromlist=(), level=0):
        if name in modules:
            return modules[name] if fromlist else tf
        return builtins.__import__(name, globals, locals, fromlist, level)

    return stand_in


def run_with_keras(code: str, monkeypatch) -> tuple:
    """(the model the fixture builds, the arguments of its last fit) from running it with
    Keras 3; fit only records, data loading is stood in for."""
    fits = []
    monkeypatch.setattr(keras.Model, "fit", lambda self, *a, **kw: fits.append((a, kw)))
    monkeypatch.setattr(keras.Model, "summary", lambda self, *a, **kw: None)
    monkeypatch.setattr(keras.Model, "evaluate", lambda self, *a, **kw: None)
    mnist = types.SimpleNamespace(load_data=lambda: ((_Data(), None), (None, None)))
    monkeypatch.setattr(keras.datasets, "mnist", mnist)
    keras.backend.clear_session()  # Keras' automatic names start afresh, as ours do
    namespace = {"X": None, "y": None, "x_train": None, "y_train": None,
                 "__builtins__": {**vars(builtins), "__import__": stand_in_import(),
                                  "print": _quiet}}
    with warnings.catch_warnings():
        # Keras 3 warns that input_shape=/input_dim= on a layer is Keras 2's way: the fixtures
        # use it on purpose, as the notes do.
        warnings.filterwarnings("ignore", "Do not pass an `input_shape`", UserWarning)
        exec(compile(code, "fixture.py", "exec"), namespace)
    return namespace["model"], (fits[-1] if fits else None)


class _Data:
    def astype(self, dtype):
        return self

    def __truediv__(self, other):
        return self


def _quiet(*args, **kwargs):
    pass


def rebuilt(config: dict):
    """Keras' own model from the config we wrote (our fixtures only)."""
    keras.backend.clear_session()
    cls = keras.Sequential if config["class_name"] == "Sequential" else keras.Model
    return cls.from_config(config["config"])


def layer_configs(model) -> list[dict]:
    return model.get_config()["layers"]


# -- the config we read is the model the code builds ------------------------------------------
@pytest.mark.parametrize("name", FIXTURES)
def test_config_is_what_keras_builds(name, monkeypatch):
    config, _ = keras_config_from_code(FIXTURES[name], f"{name}.py")
    json.dumps(config)  # plain JSON, as a file would hold it
    model, _ = run_with_keras(FIXTURES[name], monkeypatch)
    ours = rebuilt(config)
    assert [c["config"]["name"] for c in layer_configs(ours)] == \
        [c["config"]["name"] for c in layer_configs(model)]
    assert layer_configs(ours) == layer_configs(model)  # every argument, defaults and all
    assert ours.count_params() == model.count_params()


@pytest.mark.parametrize("name", FIXTURES)
def test_network_has_keras_layers_and_counts(name, monkeypatch):
    network = network_from_keras_code(FIXTURES[name], f"{name}.py")
    model, _ = run_with_keras(FIXTURES[name], monkeypatch)
    names = [c["config"]["name"] for c in layer_configs(model)]
    assert sorted(network.graph.ids) == sorted(names)
    if isinstance(model, keras.Sequential):
        assert list(network.graph.ids) == names
    analysis = network.graph.analysis
    assert analysis.valid
    for layer in model.layers:
        assert analysis.layers[layer.name].total == layer.count_params(), layer.name
    assert analysis.total == model.count_params()
    assert network.extra["imported_from"] == {"format": "Keras code", "file": f"{name}.py"}
    assert network.weights is None  # code holds no trained weights


@pytest.mark.parametrize("name", FIXTURES)
def test_training_is_compile_and_fit(name, monkeypatch):
    _, training = keras_config_from_code(FIXTURES[name], f"{name}.py")
    model, fit = run_with_keras(FIXTURES[name], monkeypatch)
    TrainingSettings.from_dict(training)  # valid settings of ours
    optimizer = model.optimizer
    cls = type(optimizer).__name__
    keras_config = optimizer.get_config()
    expected_name = KERAS_OPTIMIZERS[cls.lower()]
    if cls == "SGD" and keras_config["momentum"]:
        expected_name = "nesterov" if keras_config["nesterov"] else "momentum"
    assert training["optimizer"]["name"] == expected_name
    for key, value in training["optimizer"].items():
        if key != "name":
            assert value == pytest.approx(keras_config[key], rel=1e-6), key
    loss = model.loss if isinstance(model.loss, str) else type(model.loss).__name__
    loss_name = training["loss"] if isinstance(training["loss"], str) else \
        training["loss"]["name"]
    assert loss_name == KERAS_LOSSES[loss]
    if fit is None:
        assert not {"epochs", "batch_size", "validation_split"} & set(training)
        return
    args, kwargs = fit
    given = {**dict(zip(FIT_ARGS, args)), **kwargs}
    assert training["epochs"] == given.get("epochs", FIT_DEFAULTS["epochs"])
    assert training["batch_size"] == (given.get("batch_size", FIT_DEFAULTS["batch_size"]) or 32)
    assert training["validation_split"] == given.get("validation_split",
                                                     FIT_DEFAULTS["validation_split"])
    stoppers = [c for c in given.get("callbacks") or []
                if isinstance(c, keras.callbacks.EarlyStopping)]
    if stoppers:
        es = training["early_stopping"]
        assert (es["patience"], es["monitor"], es["restore_best_weights"], es["min_delta"]) == (
            stoppers[0].patience, stoppers[0].monitor, stoppers[0].restore_best_weights,
            abs(stoppers[0].min_delta))
    else:
        assert "early_stopping" not in training
    plateaus = [c for c in given.get("callbacks") or []
                if isinstance(c, keras.callbacks.ReduceLROnPlateau)]
    if plateaus:
        p, ours = plateaus[0], training["schedule"]
        assert ours["name"] == "reduce_on_plateau"
        assert {k: ours[k] for k in ("factor", "patience", "min_delta", "cooldown", "min_lr",
                                     "monitor")} == {
            "factor": p.factor, "patience": p.patience, "min_delta": p.min_delta,
            "cooldown": p.cooldown, "min_lr": p.min_lr, "monitor": p.monitor}
    else:
        assert "schedule" not in training


def test_mlp_reads_as_the_notes_mean_it():
    network = network_from_keras_code(MLP, "mlp.py")
    assert list(network.graph.ids) == ["input_layer", "dense", "dense_1", "dense_2"]
    first = network.graph.layer("dense").params
    assert (first["units"], first["activation"], first["init"]) == (64, "relu", "he_normal")
    assert network.graph.layer("input_layer").params["shape"] == [2]
    assert network.training == {
        "optimizer": {"name": "adam", "learning_rate": 0.01, "beta_1": 0.9, "beta_2": 0.999,
                      "epsilon": 1e-7},
        "loss": "binary_crossentropy", "epochs": 100, "batch_size": 4,
        "validation_split": 0.2}


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "adamw", "rmsprop", "adagrad",
                                       "adadelta", "adamax", "nadam"])
def test_optimizer_strings_take_keras_defaults(optimizer, monkeypatch):
    """optimizer='adagrad' trains with Keras' Adagrad (learning rate 0.001), not ours."""
    code = ("import keras\nmodel = keras.Sequential([keras.Input(shape=(3,)), "
            f"keras.layers.Dense(1)])\nmodel.compile(optimizer='{optimizer}', loss='mse')\n")
    _, training = keras_config_from_code(code, "opt.py")
    model, _ = run_with_keras(code, monkeypatch)
    keras_config = model.optimizer.get_config()
    assert training["optimizer"]["name"] == optimizer
    for key, value in training["optimizer"].items():
        if key != "name":
            assert value == pytest.approx(keras_config[key], rel=1e-6), key
    TrainingSettings.from_dict(training)


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


# -- what cannot be read is named with its line ---------------------------------------------
def refusal(code: str, where: str = "t.py") -> str:
    with pytest.raises(InteropError) as info:
        keras_config_from_code(code, where)
    return str(info.value)


def test_loop_custom_layer_and_runtime_value_are_named_together():
    code = """\
import keras
from keras.layers import Dense
x_train = keras.datasets.mnist.load_data()[0][0]
model = keras.Sequential()
model.add(keras.Input(shape=(784,)))
for units in [64, 32]:
    model.add(Dense(units, activation="relu"))
class Scale(keras.layers.Layer):
    def call(self, x):
        return x * 2
model.add(Scale())
model.add(Dense(x_train.shape[1]))
model.compile(optimizer="adam", loss="mse")
"""
    message = refusal(code, "notes.py")
    assert message.startswith("notes.py: cannot be imported:")
    lines = message.splitlines()[1:]
    assert len(lines) == 3
    assert lines[0].startswith("  - line 6: a for loop builds layers")
    assert lines[1].startswith("  - line 11: `Scale()` is not a Keras layer (Scale is a class "
                               "defined at line 8)")
    assert lines[2] == ("  - line 12: Dense's units `x_train.shape[1]` is only known when the "
                        "code runs")


@pytest.mark.parametrize("code, expected", [
    ("import keras\nmodel = keras.Sequential([keras.Input((3,)),\n  keras.layers.Dense(2)\n",
     "t.py: line 2: '[' was never closed"),
    ("import keras\nn = len([1, 2])\nm = keras.Sequential([keras.Input((3,)), "
     "keras.layers.Dense(n)])\n",
     "line 3: Dense's units `len([1, 2])` (line 2) is only known when the code runs"),
    ("import keras\nfrom keras import layers\ni = keras.Input((3,))\nx = i + 1\n"
     "m = keras.Model(i, layers.Dense(2)(x))\n", "line 4: `i + 1` computes on tensors"),
    ("import keras\nfrom keras import layers\ni = keras.Input((3,))\nd = layers.Dense(3)\n"
     "m = keras.Model(i, d(d(i)))\n", "line 5: the layer 'dense' (line 4) is used a second"),
    ("import keras\nm = keras.Sequential([keras.layers.Dense(n) for n in (3, 2)])\n",
     "line 2: a comprehension builds layers"),
    ("import keras\ndef build():\n    return keras.Sequential([keras.layers.Dense(2)])\n"
     "model = build()\n", "line 2: the function build builds layers"),
    ("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(lambda v: v)])"
     "\n", "line 2: a Lambda layer runs code"),
    ("import keras\nfrom blocks import ResBlock\nm = keras.Sequential([keras.Input((3,)), "
     "ResBlock(4)])\n", "line 3: `ResBlock(4)` is not a Keras layer (ResBlock comes from "
     "blocks)"),
    ("import keras\nm = keras.Sequential([keras.layers.Dense(2)])\nm.fit(X, y)\n",
     "line 2: the Sequential model never states its input shape"),
    ("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n"
     "m.compile(optimizer='ftrl', loss='mse')\n", "line 3: the optimizer ftrl has no"),
    ("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n"
     "m.compile(optimizer='adam', loss='kld')\n", "line 3: the loss kld has no counterpart"),
    ("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n"
     "m.compile(optimizer='adam', loss='mse')\nm.fit(X, y, epochs=int(sys.argv[1]))\n",
     "line 4: fit's epochs `int(sys.argv[1])` is only known when the code runs"),
    ("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n"
     "m.compile(optimizer='adam', loss='mse')\nm.fit(X, y, validation_split=1.5)\n",
     "line 4: training: validation_split"),
    ("import numpy as np\nX = np.zeros((4, 2))\nprint(X)\n", "no Keras model is built here"),
    ("import keras\nm = keras.Sequential([keras.Input((3,))])\nif deep:\n"
     "    m.add(keras.layers.Dense(8))\n", "line 3: an if statement builds layers"),
    ("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n"
     "m.trainable = False\n", "line 3: `m.trainable = ...` changes the model"),
    ("import keras\na, b = keras.Input((3,)), keras.Input((3,))\n"
     "m = keras.Model(a, keras.layers.add([a, b]))\n",
     "line 3: the model's outputs need the input 'input_layer_1' (line 2)"),
    ("import keras\ndef act(v):\n    return v\nm = keras.Sequential([keras.Input((3,)), "
     "keras.layers.Dense(2, activation=act)])\n",
     "line 4: Dense's activation `act` (line 2) is only known when the code runs (act is a "
     "function defined at line 2)"),
    ("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n"
     "m.compile(optimizer='adam', loss='mse')\n"
     "m.fit(X, y, callbacks=[keras.callbacks.LearningRateScheduler(f)])\n",
     "line 4: the callback LearningRateScheduler (line 4) cannot be imported"),
])
def test_refusals_name_their_line(code, expected):
    assert expected in refusal(code)


def test_training_that_cannot_be_followed_is_named():
    code = """\
import keras
m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
m.compile(optimizer=keras.optimizers.Adam(amsgrad=True, clipnorm=1.0),
          loss=keras.losses.BinaryCrossentropy(label_smoothing=0.1))
m.fit(X, y, class_weight={0: 1, 1: 2},
      callbacks=[keras.callbacks.EarlyStopping(monitor="val_accuracy")])
"""
    lines = refusal(code).splitlines()[1:]
    assert lines == [
        "  - line 3: Adam's amsgrad=True cannot be imported (only False)",
        "  - line 3: Adam's clipnorm clips each weight's gradients on their own, which ours do "
        "not (global_clipnorm, all gradients together, is read)",
        "  - line 3: BinaryCrossentropy's label_smoothing=0.1 cannot be imported (only 0.0)",
        "  - line 5: fit's class_weight={0: 1, 1: 2} cannot be imported (only None)",
        "  - line 6: EarlyStopping watches 'val_accuracy' (mode 'auto'); only the loss or "
        "val_loss can be imported"]
    for old, new in (("amsgrad=True, clipnorm", "global_clipnorm"), ("val_accuracy", "loss"),
                     ("label_smoothing=0.1", "from_logits=True"),
                     ("class_weight={0: 1, 1: 2}", "shuffle=True")):
        code = code.replace(old, new)
    _, training = keras_config_from_code(code, "t.py")
    assert training["clip_norm"] == 1.0 and training["loss"] == "binary_crossentropy"
    assert training["early_stopping"]["monitor"] == "loss"


# -- our tables are Keras' signatures ---------------------------------------------------------
def parameters(obj) -> list[tuple[str, object]]:
    return [(n, p.default) for n, p in inspect.signature(obj).parameters.items()
            if n not in ("self", "args", "kwargs")]


def test_positional_names_are_keras_signatures():
    for cls, names in LAYER_ARGS.items():
        real = [n for n, _ in parameters(getattr(keras.layers, cls))]
        assert real[:len(names)] == list(names), cls
    assert [n for n, _ in parameters(keras.Input)][:len(INPUT_ARGS)] == list(INPUT_ARGS)
    assert [n for n, _ in parameters(keras.Model.fit)][:len(FIT_ARGS)] == list(FIT_ARGS)
    assert [n for n, _ in parameters(keras.Model.compile)][:2] == list(COMPILE_ARGS)
    for alias, cls in LAYER_ALIASES.items():
        if hasattr(keras.layers, alias):
            assert getattr(keras.layers, alias) is getattr(keras.layers, cls), alias
    for function, cls in MERGE_FUNCTIONS.items():
        keras.backend.clear_session()
        a, b = keras.Input((2,)), keras.Input((2,))
        out = getattr(keras.layers, function)([a, b])
        assert type(out._keras_history[0]).__name__ == cls


def test_object_defaults_are_keras_signatures():
    for family, classes in OBJECT_ARGS.items():
        module = getattr(keras, family)
        for cls, args in classes.items():
            assert parameters(getattr(module, cls))[:len(args)] == list(args), cls
        for alias, cls in OBJECT_ALIASES[family].items():
            assert getattr(module, alias) is getattr(module, cls), alias
    for module, table in ((keras.optimizers, OPTIMIZER_ARGS), (keras.losses, LOSS_ARGS),
                          (keras.callbacks, CALLBACK_ARGS)):
        for cls, args in table.items():
            assert parameters(getattr(module, cls))[:len(args)] == list(args), cls

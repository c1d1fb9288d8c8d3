"""What Keras code cannot be read is named with its line, all at once: loops, custom layers,
values only the running code knows, operations on tensors, training that cannot be followed."""
import pytest

from designer.interop.common import InteropError
from designer.interop.keras_code import keras_config_from_code


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

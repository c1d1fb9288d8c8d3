"""Keras code in the study notes' style, and the real Keras 3 that checks how we read it: each
snippet is our own fixture (never a user's file), run with `import tensorflow` standing in for
Keras 3. Shared by the test_import_keras_code*.py files.
"""
import builtins
import inspect
import os
import types
import warnings

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

import pytest  # noqa: E402

keras = pytest.importorskip("keras")

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

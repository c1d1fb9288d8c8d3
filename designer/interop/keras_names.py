"""One table of correspondences between our names and Keras' names, used both ways: by the
Keras importers (model JSON, files, code) and by the Keras code export.

Our activation and initializer names are Keras' own snake_case names already; what differs is
written here once: Keras' class names for initializers, VarianceScaling's (scale, mode,
distribution) triples, the losses' and optimizers' names, and the defaults that differ.
"""
from __future__ import annotations

# -- activations ----------------------------------------------------------------------------
# Keras activation strings (model JSON, `activation="..."`) -> ours. Names missing here and
# missing from our registry cannot be imported.
KERAS_ACTIVATIONS = {
    "linear": "linear", "sigmoid": "sigmoid", "tanh": "tanh", "relu": "relu",
    "leaky_relu": "leaky_relu", "elu": "elu", "selu": "selu", "gelu": "gelu", "silu": "silu",
    "swish": "silu", "mish": "mish", "softplus": "softplus", "softsign": "softsign",
    "hard_sigmoid": "hard_sigmoid", "softmax": "softmax",
}
# Ours -> the Keras 3 string (PReLU is a layer in Keras, not a string).
ACTIVATION_TO_KERAS = {ours: keras for keras, ours in KERAS_ACTIVATIONS.items()
                       if keras != "swish"}
# Activations whose options Keras' strings cannot carry become layers of their own:
# ours -> (Keras layer class, {our option: its argument}).
ACTIVATION_LAYERS = {"leaky_relu": ("LeakyReLU", {"alpha": "negative_slope"}),
                     "elu": ("ELU", {"alpha": "alpha"})}
# Keras 2's hard_sigmoid is clip(0.2 x + 0.5, 0, 1); Keras 3's (and ours) is clip((x + 3) / 6).
# Keras 3's leaky_relu activation has negative_slope 0.2 (ours: alpha 0.2); the LeakyReLU
# *layer* defaults to 0.3 (Keras 2's `alpha`, Keras 3's `negative_slope`).
KERAS_LEAKY_RELU_LAYER_SLOPE = 0.3

# -- initializers ---------------------------------------------------------------------------
# Keras class names (tf.keras 2 and Keras 3 configs) -> our names; snake_case strings are ours.
KERAS_INITIALIZER_CLASSES = {
    "Zeros": "zeros", "Ones": "ones", "Constant": "constant",
    "RandomUniform": "random_uniform", "RandomNormal": "random_normal",
    "TruncatedNormal": "truncated_normal", "Orthogonal": "orthogonal",
    "Identity": "identity", "GlorotUniform": "glorot_uniform", "GlorotNormal": "glorot_normal",
    "HeUniform": "he_uniform", "HeNormal": "he_normal", "LecunUniform": "lecun_uniform",
    "LecunNormal": "lecun_normal",
}
INITIALIZER_TO_KERAS = {ours: cls for cls, ours in KERAS_INITIALIZER_CLASSES.items()}
# Snake-case strings Keras accepts that are not our names.
KERAS_INITIALIZER_ALIASES = {"zero": "zeros", "one": "ones", "uniform": "random_uniform",
                             "normal": "random_normal", "xavier_uniform": "glorot_uniform",
                             "xavier_normal": "glorot_normal"}
# VarianceScaling (scale, mode) -> our name's stem; the distribution picks _uniform/_normal.
# Keras' *_normal initializers draw from a truncated normal (rescaled to the same variance);
# ours draw from a plain normal of that variance: the family and spread are the same.
VARIANCE_SCALING = {(1.0, "fan_avg"): "glorot", (2.0, "fan_in"): "he", (1.0, "fan_in"): "lecun"}
NORMAL_DISTRIBUTIONS = ("normal", "truncated_normal", "untruncated_normal")
# Option names of ours that Keras spells otherwise (Orthogonal/Identity: gain).
INITIALIZER_OPTIONS = {"value": "value", "minval": "minval", "maxval": "maxval",
                       "mean": "mean", "stddev": "stddev", "gain": "gain"}

# -- losses ---------------------------------------------------------------------------------
KERAS_LOSSES = {
    "mse": "mse", "mean_squared_error": "mse", "MeanSquaredError": "mse",
    "mae": "mae", "mean_absolute_error": "mae", "MeanAbsoluteError": "mae",
    "huber": "huber", "huber_loss": "huber", "Huber": "huber",
    "binary_crossentropy": "binary_crossentropy", "BinaryCrossentropy": "binary_crossentropy",
    "categorical_crossentropy": "categorical_crossentropy",
    "CategoricalCrossentropy": "categorical_crossentropy",
    "sparse_categorical_crossentropy": "categorical_crossentropy",
    "SparseCategoricalCrossentropy": "categorical_crossentropy",
}
# Ours -> Keras. Our categorical cross-entropy takes class numbers or one-hot rows; Keras needs
# the sparse loss for class numbers, which is what our datasets give.
LOSS_TO_KERAS = {"mse": "mean_squared_error", "mae": "mean_absolute_error", "huber": "huber",
                 "binary_crossentropy": "binary_crossentropy",
                 "categorical_crossentropy": "sparse_categorical_crossentropy"}
# The same as keras.losses classes, which take options (Huber's delta, from_logits).
LOSS_CLASS_TO_KERAS = {"mse": "MeanSquaredError", "mae": "MeanAbsoluteError", "huber": "Huber",
                       "binary_crossentropy": "BinaryCrossentropy",
                       "categorical_crossentropy": "SparseCategoricalCrossentropy"}

# -- optimizers -----------------------------------------------------------------------------
# Keras optimizer (class or string) -> ours. SGD becomes momentum or nesterov from its settings.
KERAS_OPTIMIZERS = {"sgd": "sgd", "rmsprop": "rmsprop", "adam": "adam", "adamw": "adamw",
                    "adagrad": "adagrad", "adadelta": "adadelta", "adamax": "adamax",
                    "nadam": "nadam"}
OPTIMIZER_TO_KERAS = {"sgd": "SGD", "momentum": "SGD", "nesterov": "SGD", "rmsprop": "RMSprop",
                      "adam": "Adam", "adamw": "AdamW", "adagrad": "Adagrad",
                      "adadelta": "Adadelta", "adamax": "Adamax", "nadam": "Nadam"}
# Keras argument names -> ours (Keras 2 wrote `lr`).
OPTIMIZER_OPTIONS = {"learning_rate": "learning_rate", "lr": "learning_rate",
                     "momentum": "momentum", "beta_1": "beta_1", "beta_2": "beta_2",
                     "epsilon": "epsilon", "rho": "rho", "weight_decay": "weight_decay",
                     "initial_accumulator_value": "initial_accumulator_value"}


def variance_scaling_name(scale: float, mode: str, distribution: str) -> str | None:
    """Our initializer for a Keras VarianceScaling, or None when it is none of ours."""
    stem = VARIANCE_SCALING.get((float(scale), mode))
    if stem is None:
        return None
    if distribution == "uniform":
        return f"{stem}_uniform"
    return f"{stem}_normal" if distribution in NORMAL_DISTRIBUTIONS else None


# -- layers (Keras model import) --------------------------------------------------------------
# Keras layer classes -> our layer type (aliases included). Activation layers all become our
# Activation layer; the importer (keras_layers) reads each one's settings.
KERAS_LAYER_CLASSES = {
    "InputLayer": "Input", "Dense": "Dense", "Dropout": "Dropout", "Flatten": "Flatten",
    "Reshape": "Reshape", "Activation": "Activation", "ReLU": "Activation",
    "LeakyReLU": "Activation", "ELU": "Activation", "Softmax": "Activation",
    "PReLU": "Activation", "BatchNormalization": "BatchNorm", "LayerNormalization": "LayerNorm",
    "Conv2D": "Conv2D", "Convolution2D": "Conv2D", "MaxPooling2D": "MaxPool2D",
    "MaxPool2D": "MaxPool2D", "AveragePooling2D": "AvgPool2D", "AvgPool2D": "AvgPool2D",
    "GlobalAveragePooling2D": "GlobalAvgPool2D", "GlobalAvgPool2D": "GlobalAvgPool2D",
    "GlobalMaxPooling2D": "GlobalMaxPool2D", "GlobalMaxPool2D": "GlobalMaxPool2D",
    "Add": "Add", "Concatenate": "Concatenate", "ZeroPadding2D": "ZeroPadding2D",
    # GroupNormalization(groups=1) normalizes over all values, one scale per channel: ours.
    "GroupNormalization": "LayerNorm",
}
# Keras layers that are no layer of ours alone, but part of one the way our Keras export
# writes it (keras_model folds them into it): Permute((3, 1, 2)) before a Flatten or Reshape of
# an image, Permute((2, 3, 1)) after a Reshape into one, and ZeroPadding2D + AveragePooling2D +
# Rescaling for uneven 'same' average pooling. Elsewhere they are refused by name.
KERAS_PART_CLASSES = {"Permute": ("Flatten", "Reshape"), "Rescaling": ("AvgPool2D",)}

# -- regularizers ---------------------------------------------------------------------------
# Keras regularizer strings -> (l1, l2) with Keras' defaults: Keras 3 knows "l1", "l2" and
# "l1l2" (L1L2() is 0, 0); Keras 2's "l1_l2" function defaulted to 0.01 each.
KERAS_REGULARIZER_STRINGS = {"l1": (0.01, 0.0), "L1": (0.01, 0.0), "l2": (0.0, 0.01),
                             "L2": (0.0, 0.01), "l1l2": (0.0, 0.0), "L1L2": (0.0, 0.0),
                             "l1_l2": (0.01, 0.01)}
# Keras regularizer classes (and their snake_case aliases) -> the config keys they read
# (L1L2 and Keras 2.0 use both); a missing key takes the default above.
KERAS_REGULARIZER_CLASSES = {"L1": ("l1",), "L2": ("l2",), "L1L2": ("l1", "l2"),
                             "l1": ("l1",), "l2": ("l2",), "l1l2": ("l1", "l2"),
                             "l1_l2": ("l1", "l2")}

"""Keras' signatures as far as code written by hand needs them: the names of positional
arguments (`Dense(64, 'relu')` is units, activation), the defaults of the small objects a layer
takes (regularizers, constraints, initializers), and the aliases that Keras writes under their
class's own name. Checked against Keras 3 itself by tests/test_import_keras_code.py.

Names are keyed by Keras' class names; what they correspond to in our network is
keras_names.py's business.
"""
from __future__ import annotations

_CONV = ("filters", "kernel_size", "strides", "padding", "data_format", "dilation_rate",
         "groups", "activation", "use_bias")
_CONV_T = ("filters", "kernel_size", "strides", "padding", "output_padding", "data_format",
           "dilation_rate", "activation", "use_bias")
_POOL = ("pool_size", "strides", "padding", "data_format")
_GLOBAL_POOL = ("data_format", "keepdims")
_RNN = ("units", "activation")

# Layer class -> its leading positional parameters (a prefix of Keras 3's signature). A layer
# missing here may still be written with keyword arguments only.
LAYER_ARGS: dict[str, tuple[str, ...]] = {
    "Dense": ("units", "activation", "use_bias", "kernel_initializer", "bias_initializer",
              "kernel_regularizer", "bias_regularizer", "activity_regularizer",
              "kernel_constraint", "bias_constraint"),
    "Conv1D": _CONV, "Conv2D": _CONV, "Conv3D": _CONV,
    "Conv1DTranspose": _CONV_T, "Conv2DTranspose": _CONV_T,
    "SeparableConv2D": ("filters", "kernel_size", "strides", "padding"),
    "DepthwiseConv2D": ("kernel_size", "strides", "padding", "depth_multiplier"),
    "MaxPooling1D": _POOL, "MaxPooling2D": _POOL, "MaxPooling3D": _POOL,
    "AveragePooling1D": _POOL, "AveragePooling2D": _POOL, "AveragePooling3D": _POOL,
    "GlobalAveragePooling1D": _GLOBAL_POOL, "GlobalAveragePooling2D": _GLOBAL_POOL,
    "GlobalMaxPooling1D": _GLOBAL_POOL, "GlobalMaxPooling2D": _GLOBAL_POOL,
    "Dropout": ("rate", "noise_shape", "seed"), "SpatialDropout1D": ("rate",),
    "SpatialDropout2D": ("rate",), "GaussianDropout": ("rate",), "AlphaDropout": ("rate",),
    "GaussianNoise": ("stddev",),
    "Activation": ("activation",), "Flatten": ("data_format",), "Reshape": ("target_shape",),
    "Permute": ("dims",), "RepeatVector": ("n",),
    "BatchNormalization": ("axis", "momentum", "epsilon", "center", "scale"),
    "LayerNormalization": ("axis", "epsilon", "center", "scale"),
    "Concatenate": ("axis",), "Dot": ("axes", "normalize"),
    "LeakyReLU": ("negative_slope",), "ReLU": ("max_value", "negative_slope", "threshold"),
    "ELU": ("alpha",), "Softmax": ("axis",),
    "PReLU": ("alpha_initializer", "alpha_regularizer", "alpha_constraint", "shared_axes"),
    "ZeroPadding2D": ("padding", "data_format"), "Cropping2D": ("cropping", "data_format"),
    "UpSampling2D": ("size", "data_format", "interpolation"),
    "Embedding": ("input_dim", "output_dim"), "LSTM": _RNN, "GRU": _RNN, "SimpleRNN": _RNN,
    "Rescaling": ("scale", "offset"), "Normalization": ("axis", "mean", "variance"),
    "InputLayer": ("shape", "batch_size", "dtype", "sparse", "ragged", "batch_shape"),
}
INPUT_ARGS = ("shape", "batch_size", "dtype", "sparse", "ragged", "batch_shape", "name")

# Aliases Keras exports for a class; its configs carry the class's own name.
LAYER_ALIASES = {
    "MaxPool1D": "MaxPooling1D", "MaxPool2D": "MaxPooling2D", "MaxPool3D": "MaxPooling3D",
    "AvgPool1D": "AveragePooling1D", "AvgPool2D": "AveragePooling2D",
    "AvgPool3D": "AveragePooling3D",
    "GlobalAvgPool1D": "GlobalAveragePooling1D", "GlobalAvgPool2D": "GlobalAveragePooling2D",
    "GlobalMaxPool1D": "GlobalMaxPooling1D", "GlobalMaxPool2D": "GlobalMaxPooling2D",
    "Convolution1D": "Conv1D", "Convolution2D": "Conv2D", "Convolution3D": "Conv3D",
    "Convolution2DTranspose": "Conv2DTranspose", "SeparableConvolution2D": "SeparableConv2D",
}
# keras.layers.add([a, b]) and friends: one new layer of the class, called on the list.
MERGE_FUNCTIONS = {"add": "Add", "subtract": "Subtract", "multiply": "Multiply",
                   "average": "Average", "maximum": "Maximum", "minimum": "Minimum",
                   "concatenate": "Concatenate", "dot": "Dot"}
MERGE_FUNCTION_ARGS = {"concatenate": ("inputs", "axis"), "dot": ("inputs", "axes", "normalize")}

# Objects a layer takes: class -> ((parameter, Keras 3 default), ...) in signature order, and
# the lower-case functions Keras exports as aliases of those classes.
OBJECT_ARGS: dict[str, dict[str, tuple[tuple[str, object], ...]]] = {
    "regularizers": {"L1": (("l1", 0.01),), "L2": (("l2", 0.01),),
                     "L1L2": (("l1", 0.0), ("l2", 0.0))},
    "constraints": {"MaxNorm": (("max_value", 2), ("axis", 0)), "NonNeg": (),
                    "UnitNorm": (("axis", 0),),
                    "MinMaxNorm": (("min_value", 0.0), ("max_value", 1.0), ("rate", 1.0),
                                   ("axis", 0))},
    "initializers": {
        "RandomNormal": (("mean", 0.0), ("stddev", 0.05), ("seed", None)),
        "RandomUniform": (("minval", -0.05), ("maxval", 0.05), ("seed", None)),
        "TruncatedNormal": (("mean", 0.0), ("stddev", 0.05), ("seed", None)),
        "Constant": (("value", 0.0),), "Zeros": (), "Ones": (),
        "VarianceScaling": (("scale", 1.0), ("mode", "fan_in"),
                            ("distribution", "truncated_normal"), ("seed", None)),
        "Orthogonal": (("gain", 1.0), ("seed", None)), "Identity": (("gain", 1.0),),
        **{f"{stem}{kind}": (("seed", None),) for stem in ("Glorot", "He", "Lecun")
           for kind in ("Uniform", "Normal")},
    },
}
OBJECT_ALIASES = {
    "regularizers": {"l1": "L1", "l2": "L2", "l1_l2": "L1L2"},
    "constraints": {"max_norm": "MaxNorm", "non_neg": "NonNeg", "unit_norm": "UnitNorm",
                    "min_max_norm": "MinMaxNorm"},
    "initializers": {"random_normal": "RandomNormal", "random_uniform": "RandomUniform",
                     "truncated_normal": "TruncatedNormal", "constant": "Constant",
                     "zeros": "Zeros", "ones": "Ones", "variance_scaling": "VarianceScaling",
                     "orthogonal": "Orthogonal", "identity": "Identity",
                     **{f"{stem.lower()}_{kind.lower()}": f"{stem}{kind}"
                        for stem in ("Glorot", "He", "Lecun") for kind in ("Uniform", "Normal")}},
}
# Keras 2 spellings of an object's parameters.
OBJECT_ARG_ALIASES = {"L1": {"l": "l1"}, "L2": {"l": "l2"}}

# Training objects: optimizers, losses and callbacks, by class, with their leading positional
# parameters and Keras 3's defaults (what a string like optimizer="adagrad" means).
OPTIMIZER_ARGS = {
    "SGD": (("learning_rate", 0.01), ("momentum", 0.0), ("nesterov", False)),
    "Adam": (("learning_rate", 0.001), ("beta_1", 0.9), ("beta_2", 0.999), ("epsilon", 1e-7),
             ("amsgrad", False)),
    "AdamW": (("learning_rate", 0.001), ("weight_decay", 0.004), ("beta_1", 0.9),
              ("beta_2", 0.999), ("epsilon", 1e-7), ("amsgrad", False)),
    "RMSprop": (("learning_rate", 0.001), ("rho", 0.9), ("momentum", 0.0), ("epsilon", 1e-7),
                ("centered", False)),
    "Adagrad": (("learning_rate", 0.001), ("initial_accumulator_value", 0.1),
                ("epsilon", 1e-7)),
    "Adadelta": (("learning_rate", 0.001), ("rho", 0.95), ("epsilon", 1e-7)),
    "Adamax": (("learning_rate", 0.001), ("beta_1", 0.9), ("beta_2", 0.999), ("epsilon", 1e-7)),
    "Nadam": (("learning_rate", 0.001), ("beta_1", 0.9), ("beta_2", 0.999), ("epsilon", 1e-7)),
}
_CE = (("from_logits", False), ("label_smoothing", 0.0))
LOSS_ARGS = {"Huber": (("delta", 1.0),), "BinaryCrossentropy": _CE,
             "CategoricalCrossentropy": _CE,
             "SparseCategoricalCrossentropy": (("from_logits", False), ("ignore_class", None)),
             "MeanSquaredError": (), "MeanAbsoluteError": ()}
CALLBACK_ARGS = {
    "EarlyStopping": (("monitor", "val_loss"), ("min_delta", 0), ("patience", 0),
                      ("verbose", 0), ("mode", "auto"), ("baseline", None),
                      ("restore_best_weights", False), ("start_from_epoch", 0)),
    "ReduceLROnPlateau": (("monitor", "val_loss"), ("factor", 0.1), ("patience", 10),
                          ("verbose", 0), ("mode", "auto"), ("min_delta", 1e-4),
                          ("cooldown", 0), ("min_lr", 0.0)),
}
# Callbacks that only watch or save: they leave the training as it is.
OBSERVING_CALLBACKS = {"ModelCheckpoint", "TensorBoard", "CSVLogger", "ProgbarLogger",
                       "History", "BaseLogger", "TerminateOnNaN", "RemoteMonitor",
                       "BackupAndRestore"}
COMPILE_ARGS = ("optimizer", "loss")
FIT_ARGS = ("x", "y", "batch_size", "epochs", "verbose", "callbacks", "validation_split",
            "validation_data", "shuffle", "class_weight", "sample_weight", "initial_epoch")

"""Why one Keras layer cannot be imported (designer/interop/keras_model.py, keras_layers*.py,
keras_layer_base.py, keras_settings.py, keras_config.py): the layer named, then each reason,
several joined by "; "."""

# -- the layer and its place (keras_model.py, keras_config.py) ------------------------------
LAYER_REASON = "layer '{0}' ({1}): {2}"
SHARED_LAYER = ("it is called {0:d} times (a shared layer); each of our layers has its own "
                "weights and one use")
TENSOR_KWARGS = "it takes tensors as keyword arguments"
SECOND_CALL = "it takes a second call or second output of a layer"
TAKES_TWICE = "it takes one layer's output twice; ours connect two layers once"
INPUT_COUNT = "it has {0:d} inputs, where ours takes {1:d}"
INPUT_COUNT_SEVERAL = "it has {0:d} inputs, where ours takes several"
EXTRA_WEIGHTS = "the file holds {0:d} weight arrays for it, where ours has none"
NO_WEIGHTS = "the file holds no weights for it"
WEIGHT_SHAPES = "its weights should be {0}, but the file has {1}"
WEIGHT_SHAPES_NONE = "its weights should be {0}, but the file has none"
OUTPUT_FEEDS = ("layer '{0}' is an output of the model and also feeds other layers; ours take "
                "only end layers as outputs")
OUTPUT_FLATTENS = ("layer '{0}' is an output that flattens an image: ours list its values "
                   "channels-first, Keras channels-last")
NOT_AN_OUTPUT = "layer '{0}' feeds nothing but is not an output of the Keras model"

# -- the kind of layer (keras_layers.py) ----------------------------------------------------
CUSTOM_CLASS = "a custom class ({0}); its code is never run"
NESTED_MODEL = "a model nested inside the model; rebuild it as one flat network"
LAMBDA = "a Lambda layer holds Python code, which is never run"
NO_SUCH_LAYER = "Network Designer has no layer like Keras' {0}"
CONFIG_NOT_OBJECT = "its config is not an object"
ODD_SETTING = "a setting holds a value Keras does not write ({0})"

# -- its settings (keras_layer_base.py, keras_layers_*.py) ----------------------------------
IS_SET = "{0} is set ({1})"
NO_PRELU_PENALTY = "ours have no penalty or constraint on PReLU slopes"
NO_BATCHNORM_PENALTY = "ours have no penalty or constraint on BatchNorm"
NO_LAYERNORM_PENALTY = "ours have no penalty or constraint on LayerNorm"
KERNEL_PENALTY_ONLY = "ours has only a kernel penalty and a kernel max_norm"
PLAIN_WEIGHTS = "ours are plain float weights"
SINGLE_VALUES = "ours drop single values"
CHANNELS_LAST = "data_format {0!r}: only channels_last images are read"
WRONG_AXIS = ("{0} along axis {1} of shape {2}: ours work along axis {3} (features or "
              "channels)")
ACTS_ALONG = ("{0} over shape {1}: ours act along the first axis of a sequence, Keras along the "
              "last")
RELU_LIMITS = "max_value or threshold is set (ours: plain or leaky ReLU)"
PRELU_AXES = ("PReLU over shape {0} with shared_axes {1}: ours learn one slope per unit of a "
              "vector, per channel of a sequence (shared_axes [2]) or per channel of an image "
              "(shared_axes [1, 2])")
PRELU_FROZEN = "it is frozen (ours always learn PReLU slopes)"
CENTER_SCALE_ALWAYS = "center or scale is off (ours always learn both)"
CENTER_SCALE = "center or scale is off (ours learn both)"
CENTER_SCALE_RMS = "center or scale is off, or rms_scaling is on (ours learn both)"
RENORM = "batch renormalization or virtual batches"
LAYERNORM_SHAPE = ("LayerNormalization of shape {0}: Keras learns a scale and an offset for "
                   "every value it normalizes, ours one per channel, so only vectors import")
GROUPS_NORM = "groups {0}: ours normalize over all the values of a sample (groups 1)"
AROUND_POOLING = "with the ZeroPadding2D before it and the Rescaling after it"
SAME_AVERAGE_ONLY = ("{0}, it is 'same' average pooling only with padding 'valid', "
                     "channels_last and no offset")
SAME_PADS = "{0}: it pads (top, bottom, left, right) {1}, where 'same' pads {2}"
SAME_SCALE = ("{0}: its scale is not each window's cells / real cells, so it is not 'same' "
              "average pooling")
RESCALING = ("ours have no layer that rescales values; a Rescaling is read only as our Keras "
             "export writes uneven 'same' average pooling: ZeroPadding2D, "
             "AveragePooling2D('valid'), then Rescaling")
KEEPDIMS = "keepdims is true (ours give one value per channel, a vector)"
INPUT_SIZES = "its shape {0} must give every size (without the batch)"
INPUT_RANK = ("inputs of shape {0}: ours take vectors, sequences or images (height, width, "
              "channels)")
SPARSE = "sparse or ragged inputs"
PERMUTE_BEFORE = "the Permute((3, 1, 2)) before it takes shape {0}, not an image"
PERMUTE_AFTER = "the Permute((2, 3, 1)) after it takes shape {0}, not an image"
CANNOT_RESHAPE = "cannot reshape {0} into {1}"
RESHAPE_CHANNELS_LAST = ("reshaping {0} into the image {1} takes the values in Keras' "
                         "channels-last order, which ours do not keep")
RESHAPE_ORDER = ("reshaping {0} into {1} takes the values in Keras' channels-last order, which "
                 "ours do not keep")
RESHAPE_IMAGE = ("reshaping {0} into the image {1}: Keras fills it in (height, width, channels) "
                 "order and ours in (channels, height, width) order, so the values would land "
                 "elsewhere; the two agree only for one channel")
PERMUTE = ("ours keep images (channels, height, width) and have no layer that reorders axes; a "
           "Permute is read only where our Keras export writes one: Permute((3, 1, 2)) right "
           "before a Flatten or Reshape, or Permute((2, 3, 1)) right after a Reshape into an "
           "image")
ADDS_ORDERS = ("it adds vectors flattened from images of other shapes, whose values ours order "
               "differently")
AXIS_NOT_WHOLE = "axis {0!r} is not a whole number"
BATCH_AXIS = "axis {0} is the batch axis or no axis of shape {1}"
DILATION = "dilation_rate {0} (ours convolve without gaps)"
GROUPS_CONV = "groups {0} (ours connect every input channel)"
PADDING = "padding {0!r} (ours: valid or same)"

# -- named settings (keras_settings.py) -----------------------------------------------------
NOT_KERAS_OBJECT = "{0!r} is not a Keras object"
CUSTOM_OBJECT = "custom object {0!r}"
CUSTOM_ACTIVATION = "custom activation {0!r}"
ACTIVATION_NOT_NAME = "activation {0!r} is not a name"
HARD_SIGMOID = ("Keras 2's hard_sigmoid is clip(0.2 x + 0.5, 0, 1); ours (Keras 3's) is "
                "clip((x + 3) / 6, 0, 1)")
NO_SUCH_ACTIVATION = "activation {0!r} is not one Network Designer has"
VARIANCE_SCALING = ("{0} VarianceScaling(scale={1}, mode={2!r}, distribution={3!r}) is none of "
                    "ours (Glorot, He, LeCun)")
NO_SUCH_INITIALIZER = "{0} {1!r} is not one Network Designer has"
REGULARIZER = "kernel_regularizer {0} is not L1, L2 or L1L2"  # a name (quoted) or a class
CONSTRAINT = "kernel_constraint {0} is not MaxNorm"
MAX_NORM_AXIS = "MaxNorm axis {0!r} is not whole numbers"
MAX_NORM_AXES = ("MaxNorm over axis {0}: ours bounds each unit's incoming weights (Keras axis "
                 "{1})")
NOT_A_NUMBER = "{0} {1!r} is not a number"
COMPILE_NOTE = "compile(): {0}"

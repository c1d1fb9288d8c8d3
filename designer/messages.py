"""The sentences a learner meets while editing and training, each once, as a template with
numbered fields: the call sites fill them (`FLAT_INPUT.format(kind, fmt(shape))`), and the
window translates the finished sentence by finding the template it was made from
(widgets/catalog.py `message`), so no exception has to carry anything but its text.

A field may hold a smaller sentence that is itself a template here (a hint, a memory budget,
"use 3 units with softmax"); the window translates those too. The sentences about files (a
network file, an import, an export, a dataset) are in designer/file_messages/, and listed here
too."""
from __future__ import annotations

from . import file_messages

# -- layers' shapes (designer/layers, designer/conv_geometry.py) ----------------------------
FLAT_INPUT = "{0} expects a flat vector but gets shape {1}; add a Flatten layer before it."
IMAGE_INPUT = ("{0} expects an image shaped (channels, height, width) but gets {1}; add a "
               "Reshape before it (e.g. target_shape [1, 28, 28]).")
BIAS_INIT_MATRIX = ("bias_init {0!r} needs a matrix; biases are vectors. Use zeros or a random "
                    "initializer for biases.")
RESHAPE_NOT_MULTIPLE = ("cannot reshape {0} ({1} values) into {2}: {1} is not a multiple of "
                        "{3}")
RESHAPE_TOTAL = ("cannot reshape {0} ({1} values) into {2} ({3} values); the sizes must "
                 "multiply to the same total")
ADD_SHAPES = ("Add needs inputs of one shape, but gets {0}; make the branches produce the same "
              "shape")
CONCAT_AXES = "Concatenate needs inputs with the same number of axes, but gets {0}"
AXIS_MISSING = "axis {0} does not exist for inputs of shape {1}"
CONCAT_SIZES = "Concatenate along axis {0} needs every other size to match, but gets {1}"
NORM_RANK = "{0} takes vectors, sequences or images, not {1}"
WINDOW_TOO_BIG = ("{0}'s window {1}x{2} is larger than its {3}x{4} input; use a smaller window "
                  "or padding 'same'")

# -- wiring (designer/analysis.py, designer/graph.py) ---------------------------------------
NO_SETTING = "{0} has no setting {1!r}"
NO_SETTING_HINT = "{0} has no setting {1!r} (did you mean {2!r}?)"
INPUT_TAKES_NONE = "Input layers take no inputs; remove the connection from '{0}'"
NO_INPUT = "has no input; connect a layer to it"
TOO_FEW_INPUTS = "{0} needs at least {1} inputs but has {2}"
TOO_MANY_INPUTS = ("{0} takes one input but has {1} (from {2}); merge them with Add or "
                   "Concatenate first")
ON_CYCLE = ("is on a cycle {0}; a network must flow one way, so remove one of these "
            "connections")
EMPTY_NETWORK = "the network is empty; drag an Input layer onto the canvas"
NO_INPUT_LAYER = "the network has no Input layer; every network starts with one"
BAD_ID = ("{0!r} is not a usable layer id: use 1-64 letters, digits, '_' or '-', starting "
          "with a letter, digit or '_'")
NO_LAYER = "there is no layer {0!r}"
FEEDS_ITSELF = "'{0}' cannot feed itself"
FEEDS_INPUT = "'{0}' is an Input layer: data enters there, nothing can feed it"
ALREADY_FEEDS = "'{0}' already feeds '{1}'"
DOES_NOT_FEED = "'{0}' does not feed '{1}'"
WOULD_CYCLE = ("connecting '{0}' to '{1}' would make a cycle ('{1}' already leads to '{0}'); "
               "a network must flow one way")
HAS_ONE_INPUT = ("'{0}' ({1}) takes one input and already has one from '{2}'; merge branches "
                 "with Add or Concatenate first")
LAYER_EXISTS = "a layer named {0!r} already exists"

# -- the network against its dataset (designer/dataset_fit.py) ------------------------------
DATASET_UNLOADABLE = "the dataset {0!r} cannot be loaded: {1}"
INPUT_MISFIT = ("the Input '{0}' takes {1} values per sample, but the dataset '{2}' gives {3}; "
                "set its shape to {4}")
FIT_INPUT = "Fit the Input to the data"
FIT_OUTPUT = "Fit the output layer to the data"
OUTPUT_MISFIT = "{0}, but the output layer '{1}' {2}"
OUTPUT_MISFIT_FIX = "{0}, but the output layer '{1}' {2}; {3}"
SOFTMAX_ONE = "{0}, but the output layer '{1}' {2}, which always gives 1"
SOFTMAX_ONE_FIX = "{0}, but the output layer '{1}' {2}, which always gives 1; {3}"
REGRESSION_SOFTMAX = ("the dataset '{0}' is a regression target, but the output layer '{1}' "
                      "ends in softmax")
REGRESSION_SOFTMAX_FIX = ("the dataset '{0}' is a regression target, but the output layer "
                          "'{1}' ends in softmax; {2}")
# ... their parts: what the dataset has, what the layer has, what to use instead
HAS_CLASSES = "the dataset '{0}' has {1} classes"
HAS_TARGET_VALUE = "the dataset '{0}' has {1} target value per sample"
HAS_TARGET_VALUES = "the dataset '{0}' has {1} target values per sample"
GIVES_SHAPE = "gives {0}"
HAS_UNIT_WITH = "has {0} unit with {1}"
HAS_UNITS_WITH = "has {0} units with {1}"
USE_UNIT = "use {0} unit"
USE_UNITS = "use {0} units"
USE_UNIT_WITH = "use {0} unit with {1}"
USE_UNITS_WITH = "use {0} units with {1}"

# -- memory (designer/limits.py) ------------------------------------------------------------
LIMIT_SET_BY = "the {0} limit set by {1}"
LIMIT_SHARE = "the {0} the app may use here ({1:.0%} of the {2} this machine has available)"
INPUT_TOO_BIG = "its input from '{0}' has {1:,} values per sample; make '{0}' smaller"
FEWER_UNITS = "use fewer units"
FEWER_FILTERS = "use fewer filters"
SMALLER_SHAPE = "give it a smaller shape"
SMALLER_TARGET_SHAPE = "give it a smaller target_shape"
MAKE_IT_SMALLER = "make it smaller"
LAYER_WEIGHTS_TOO_BIG = ("{0} '{1}' would need {2} of weights ({3:,} parameters x {4} bytes), "
                         "more than {5}; {6}")
LAYER_OUTPUT_TOO_BIG = ("{0} '{1}' would need {2} for its output of a single sample ({3:,} "
                        "values x {4} bytes), more than {5}; {6}")
NETWORK_TOO_BIG = ("the network would need {0} of weights ({1:,} parameters x {2} bytes), more "
                   "than {3}; the biggest layer is {4} '{5}' ({6})")
TRAINING_TOO_BIG = ("training would need about {0} of memory ({1} for the weights, their "
                    "gradients and the {2} optimizer's state; {3} for the activations of a "
                    "batch of {4:,}), more than {5}. The biggest layer is {6} '{7}' ({8:,} "
                    "parameters, {9:,} output values per sample); {10}")
LOWER_BATCH = "make '{0}' smaller, or lower batch_size to {1:,} or less"
NO_ROOM_FOR_BATCH = "make '{0}' smaller: its weights alone leave no room for a batch"

# -- how a run ends (designer/training) -----------------------------------------------------
EARLY_STOP = ("early stopping: {0} has not improved for {1} epochs (best {2:.4g} at epoch "
              "{3})")
EARLY_STOP_RESTORED = ("early stopping: {0} has not improved for {1} epochs (best {2:.4g} at "
                       "epoch {3}); restored the weights of epoch {3}")
DIVERGED_NAN = ("the loss became NaN at epoch {0}, step {1}: the weights diverged. Try {2}. "
                "The network keeps the weights it had before this run.")
DIVERGED_INFINITE = ("the loss became infinite at epoch {0}, step {1}: the weights diverged. "
                     "Try {2}. The network keeps the weights it had before this run.")
TRY_LR = "a smaller learning rate (it was {0:.3g})"
TRY_LR_OR = "a smaller learning rate (it was {0:.3g}) or {1}"
TRY_LR_AND_OR = "a smaller learning rate (it was {0:.3g}), {1} or {2}"
TRY_PENALTIES = "smaller L1/L2 penalties (up to {0:g} here)"
TRY_CLIPPING = "gradient clipping (clip_norm)"
OUT_OF_MEMORY = ("the run ran out of memory{0}: lower the batch size{1} or make the network "
                 "smaller, or close other programs and train again")
ASKED_FOR = " (it asked for {0} more)"
BATCH_NOW = " (now {0:,})"
ENDED = "the training process ended unexpectedly"
ENDED_EXIT = "the training process ended unexpectedly (exit code {0})"
ENDED_SIGNAL = "the training process ended unexpectedly (killed by signal {0})"
ENDED_SIGNAL_NAMED = "the training process ended unexpectedly (killed by signal {0}, {1})"
ENDED_KILLED = ("the training process ended unexpectedly (killed by signal {0}, {1}); if nobody "
                "ended it, the machine probably ran out of memory: lower the batch size or "
                "make the network smaller")

# -- number formats (designer/training/precision.py) ---------------------------------------
FP16_NEEDS_CUDA = "precision fp16 needs a CUDA GPU; use bf16 on the CPU"
DENSE_ENGINE_FP32 = ("the dense engine computes in fp32 only; use precision fp32, or the "
                     "autograd engine for {0}")
PRECISION_NOTE = ("precision {0}: forward passes under autocast, weights and optimizer state in "
                  "fp32, trained by the autograd engine (the dense engine computes in fp32 only)")
BF16_EMULATED = ("bf16 is emulated on this device (it has no native bf16 arithmetic) and is "
                 "usually slower than fp32 here")

# -- a setting's value (designer/params.py) --------------------------------------------------
AT_LEAST = "at least {0}"
MORE_THAN = "more than {0}"
AT_MOST = "at most {0}"
LESS_THAN = "less than {0}"
AT_LEAST_AT_MOST = "at least {0} and at most {1}"
AT_LEAST_LESS_THAN = "at least {0} and less than {1}"
MORE_THAN_AT_MOST = "more than {0} and at most {1}"
MORE_THAN_LESS_THAN = "more than {0} and less than {1}"
NEEDS_VALUE = "{0} needs a value"
OUT_OF_RANGE = "{0} must be {1}, got {2}"
NOT_WHOLE = "{0} must be a whole number, got {1!r}"
NOT_WHOLE_LIST = "{0} must be a list of whole numbers, got {1!r}"
NOT_NUMBER = "{0} must be a number, got {1!r}"
NOT_FINITE = "{0} must be a finite number, got {1!r}"
NOT_BOOL = "{0} must be true or false, got {1!r}"
NOT_CHOICE = "{0} must be one of {1}; got {2!r}"
NOT_INT_LIST = "{0} must be a list of whole numbers such as [28, 28], got {1!r}"
NOT_NUMBER_LIST = "{0} must be a list of numbers such as [0.5, 0.75], got {1!r}"
SIZE_BELOW_ONE = "every size in {0} must be at least 1, got {1}"
TARGET_SIZES = ("{0} sizes must be at least 1, with at most one -1 (meaning 'whatever is "
                "left'); got {1}")
NOT_SIZE = "{0} must be one number or [height, width], got {1!r}"
NOT_PADDING = ("{0} must be one number, [rows, columns] or [top, bottom, left, right], none "
               "below 0; got {1!r}")

# -- edits, as the undo history names them (designer/commands.py) ---------------------------
ADD_LAYER = "Add {0} '{1}'"
INSERT_LAYER = "Insert {0} '{1}'"
DELETE = "Delete {0}"
DELETE_LAYERS = "Delete {0} layers"
CONNECT = "Connect {0} -> {1}"
DISCONNECT = "Disconnect {0} -> {1}"
SET_PARAM = "Set {0}.{1}"
MOVE = "Move {0}"
MOVE_LAYERS = "Move {0} layers"
RENAME = "Rename {0} to {1}"
PASTE = "Paste {0} layer(s)"
EDIT_SETUP = "Edit setup"

TEMPLATES: tuple[str, ...] = file_messages.templates(globals()) + file_messages.TEMPLATES
JOINERS = file_messages.JOINERS  # "{0}: {1}", "{0}; {1}": split where their parts are known
# The edits' names hold layer names and setting names, never a smaller sentence, and are never
# held by one: a layer named "Move it" stays "Move it" in "Delete Move it".
EDITS = frozenset((ADD_LAYER, INSERT_LAYER, DELETE, DELETE_LAYERS, CONNECT, DISCONNECT,
                   SET_PARAM, MOVE, MOVE_LAYERS, RENAME, PASTE, EDIT_SETUP))

"""What Keras code does that cannot be read without running it (designer/interop/keras_code*.py):
each problem names its line (network_files.LINE), then what stands in the way."""

AT_LINE = " (line {0:d})"
DETAIL = " ({0})"
NO_MODEL = ("no Keras model is built here (Sequential([...]), model.add(...) or "
            "keras.Model(inputs, outputs))")

# -- values only the running code knows (keras_code_values.py, keras_code_expr.py) ----------
ONLY_AT_RUN_TIME = "{0} `{1}`{2} is only known when the code runs{3}"
NOT_A_LAYER_DETAIL = "`{0}`{1} is not a Keras layer ({2}); custom layers cannot be imported"
NOT_A_LAYER_UNKNOWN = "`{0}`{1} is not a Keras layer: it is only known when the code runs"
WHOLE_MODEL_AS_LAYER = ("`{0}` is a whole model (line {1:d}) used as a layer; models inside "
                        "models cannot be imported")
NOT_A_LAYER = "`{0}` is not a Keras layer"
POSITIONAL_OF = ("{0}: the positional arguments of {1} are not known here; write them as "
                 "name=value")
POSITIONAL = "the positional arguments of {0} are not known here; write them as name=value"
CONFIG_CANNOT_HOLD = "{0} is {1}, which a layer config cannot hold"
NOT_PLAIN = "{0} is {1}, not a plain value"
OUTPUT_OF = "the output of layer '{0}'"
THE_LAYER = "the layer '{0}' (line {1:d})"
A_MODEL = "a model (line {0:d})"
AN_OBJECT = "a {0} (line {1:d})"
COMES_FROM = "{0} comes from {1}"
LAMBDA_CODE = "a lambda is code of the file"
CHANGED_AT = "{0} is changed at line {1:d}"
CLASS_AT = "{0} is a class defined at line {1:d}"
FUNCTION_AT = "{0} is a function defined at line {1:d}"
SET_INSIDE = "{0} is set inside {1} at line {2:d}"
TENSOR_ARITHMETIC = ("`{0}` computes on tensors; only Keras layers can be imported (e.g. "
                     "layers.Add()([a, b]))")
TENSOR_OPERATION = "`{0}` is an operation on tensors, not a Keras layer; it cannot be imported"

# -- code that builds layers where it cannot be followed (keras_code_statements.py) ---------
BUILDS_LAYERS = "builds layers"
TRAINS_THE_MODEL = "trains the model"
A_FOR_LOOP = "a for loop"
A_WHILE_LOOP = "a while loop"
AN_IF = "an if statement"
A_TRY = "a try statement"
A_MATCH = "a match statement"
COMPREHENSION = "a comprehension {0}; write each layer out"
IN_A_CLASS = "the class {0} {1}: a custom layer or model, which cannot be imported"
IN_A_FUNCTION = ("the function {0} {1}; write the model at the top level of the file (the code "
                 "is read, not run, so functions are not followed)")
# ... a loop, an if, a try or a match that builds layers or trains the model
BLOCK_BUILDS = ("{0} builds layers; write each step out at the top level (the code is read, not "
                "run)")
BLOCK_TRAINS = ("{0} trains the model; write each step out at the top level (the code is read, "
                "not run)")
CHANGES_MODEL = "`{0} = ...` changes the model after it is built; that cannot be read"

# -- calls (keras_code_calls.py, keras_code_models.py) --------------------------------------
TOO_MANY_POSITIONAL = ("{0} is given {1:d} positional arguments; the meaning of the ones after "
                       "{2:d} is not known here, write them as name=value")
UNPACKED = "{0}(**...): arguments unpacked from a dict cannot be read; write them as name=value"
GIVEN_TWICE = "{0} is given {1} twice"
NAME_NOT_STRING = "{0}'s name must be a string"
NOT_A_SHAPE = "{0} must be a shape like (28, 28, 1), given {1!r}"
THE_INPUT_SHAPE = "the input's shape"
THE_INPUT_BATCH_SHAPE = "the input's batch_shape"
NO_SHAPE = "`{0}` does not say its shape; write shape=(...)"
FROM_TENSOR = "an input made from an existing tensor cannot be imported"
SHARED = ("the layer '{0}' (line {1:d}) is used a second time; shared layers cannot be "
          "imported")
CALL_ARGUMENTS = ("`{0}`: a layer is called with its inputs only here; other call arguments "
                  "(training=, mask=) cannot be imported")
MODEL_AS_LAYER = ("`{0}` calls a whole model (line {1:d}) as a layer; models inside models cannot "
                  "be imported")
LAMBDA_LAYER = "a Lambda layer runs code (`{0}`); it cannot be imported"
BARE_LAYER = "a bare Layer (`{0}`); it cannot be imported"
LAYERS_AT_RUN_TIME = "the layers `{0}` are only known when the code runs"
SUBCLASSED = ("a subclassed model or a Model without inputs and outputs cannot be imported; "
              "write keras.Model(inputs, outputs)")
NOT_LAYER_OUTPUTS = "the model's {0} `{1}` (line {2:d}) are not the output of Keras layers"
NOT_TENSORS = "the model's {0} must be Keras tensors"
NOT_AN_INPUT = "the model's input '{0}' is not made by keras.Input(...)"
ADD_SEQUENTIAL = "add() belongs to Sequential models"
INPUT_FIRST = "an input can only come first in a Sequential model"
NO_INPUT_SHAPE = ("the Sequential model never states its input shape; give its first layer "
                  "input_shape=(...) or begin with keras.Input(shape=(...))")
INPUT_NOT_LISTED = ("the model's outputs need the input '{0}' (line {1:d}), which is not among its "
                    "inputs")
SAME_NAME = "two layers are named '{0}' (lines {1:d} and {2:d})"

# -- compile and fit (keras_code_training.py; also a saved model's compile()) ---------------
THE_OPTIMIZER = "the optimizer"
THE_LOSS = "the loss"
A_CALLBACK = "a callback"
ONLY_DEFAULT = "{0}'s {1}={2!r} cannot be imported (only {3!r})"
NOT_OPTIMIZER = "{0} must be a Keras optimizer, given {1!r}"
NOT_LOSS = "{0} must be a Keras loss, given {1!r}"
NO_SUCH_OPTIMIZER = "the optimizer {0} has no counterpart here (optimizers: {1})"
SCHEDULE = ("{0} is the schedule {1}; learning-rate schedules are not imported (choose one in "
            "the training settings)")
CLIPNORM = ("{0}'s clipnorm clips each weight's gradients on their own, which ours do not "
            "(global_clipnorm, all gradients together, is read)")
ARGUMENT = "{0}'s argument {1} cannot be imported"
LOSS_PER_OUTPUT = "one loss per output cannot be imported (one loss only)"
NO_SUCH_LOSS = "the loss {0} has no counterpart here (losses: {1})"
REDUCTION = "{0}'s reduction={1!r} cannot be imported (the mean over the batch only)"
CALLBACK = "the callback {0} (line {1:d}) cannot be imported"
NOT_A_CALLBACK = "a callback must be a Keras callback, given {0!r}"
WATCHES = "{0} watches {1!r} (mode {2!r}); only the loss or val_loss can be imported"

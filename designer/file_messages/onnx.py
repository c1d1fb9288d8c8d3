"""Why an ONNX node, input or output cannot become our layers (designer/interop/onnx_importer.py,
onnx_folding.py, onnx_op_base.py, onnx_ops*.py): the place named, then the reason."""

# -- places ---------------------------------------------------------------------------------
NODE = "node '{0}' ({1})"
NODE_NUMBER = "node #{0:d} ({1})"
INPUT = "input '{0}'"
OUTPUT = "output '{0}'"
UNREADABLE_NODE = "cannot be read ({0})"

# -- the graph's inputs and outputs (onnx_importer.py, onnx_folding.py) ---------------------
NOT_A_TENSOR = "not a tensor"
NOT_REAL_NUMBERS = "holds whole numbers or text; Network Designer's inputs are real numbers"
NO_BATCH_AXIS = "needs a shape with a batch axis and at least one more axis"
SIZES_NOT_FIXED = ("its sizes {0} (after the batch) are not all fixed; Network Designer's Input "
                   "needs a fixed shape")
INDEPENDENT_OUTPUT = "does not depend on the input"
PASSED_THROUGH = "is an input passed straight through"
SAME_OUTPUTS = ("outputs '{0}' and '{1}' are the same values; Network Designer gives each output "
                "once")
OUTPUT_READ = ("output '{0}' is also read inside the network; Network Designer's outputs are "
               "the layers nothing reads")

# -- any node (onnx_importer.py, onnx_op_base.py, onnx_folding.py) --------------------------
CUSTOM_OP = "{0} is a custom op (domain '{1}'), not a standard ONNX op"
NO_LAYER_FOR_OP = "{0} has no Network Designer layer"
SECOND_OUTPUT = "its output '{0}' is used; only the first output of a {1} can be imported"
SHAPE_DIFFERS = ("Network Designer's layers would give shape {0} where the file has {1} (batch "
                 "left out)")
INPUT_MISSING = "its input {0:d} is missing"
CONSTANT_INPUT = ("its input '{0}' is a constant; Network Designer's layers take data that flows "
                  "from the network's input")
NO_WEIGHT = "it has no {0}"
WEIGHT_UNREADABLE = "its {0} '{1}' cannot be read ({2})"
WEIGHT_COMPUTED = "its {0} '{1}' is computed from the input, not stored in the file"
WEIGHT_NOT_NUMBERS = "its {0} '{1}' holds {2} values, not numbers"
LIST_COMPUTED = "its {0} '{1}' are computed, not stored in the file"
NOT_PER_CHANNEL = ("{0} has shape {1}, which is not one number per channel of its ({2:d}-channel) "
                   "input; Network Designer cannot express that broadcast")
WRONG_RANK = "its input has shape {0} (batch left out); Network Designer's {1} takes {2}"
VECTORS = "vectors"
IMAGES = "images (C, H, W)"
ANY_RANK = "vectors or sequences (channels, length) or images (C, H, W)"
BIAS_NOT_FOLDED = ("adds a constant to a value that is not the output of a Dense or Conv2D layer "
                   "without a bias (read only there); Network Designer has no layer for that")
READS_TWICE = ("reads the same values more than once; Network Designer's {0} merges distinct "
               "layers")
# ... ops worth a specific word (onnx_ops.py EXPLAINED)
LOOP = "control flow (a loop) cannot become layers"
BRANCH = "control flow (a branch) cannot become layers"
SCAN = "control flow (a scan) cannot become layers"
LSTM = "recurrent layers (LSTM) are not part of Network Designer"
GRU = "recurrent layers (GRU) are not part of Network Designer"
RNN = "recurrent layers (RNN) are not part of Network Designer"
ERF = "Erf outside the GELU pattern x * 0.5 * (1 + erf(x / sqrt(2)))"

# -- activations (onnx_ops_activation.py) ---------------------------------------------------
NO_ACTIVATION = "{0} has no Network Designer activation"
GELU_TANH = "the tanh approximation of GELU; Network Designer's gelu is exact"
SELU = "Selu with alpha={0}, gamma={1}; ours uses the self-normalizing constants"
HARD_SIGMOID = ("HardSigmoid with alpha={0}, beta={1}; ours is clip((x + 3) / 6, 0, 1) "
                "(alpha=1/6, beta=0.5)")
SOFTMAX_AXIS = ("softmax over axis {0} of a {1:d}-D tensor; Network Designer's softmax runs over "
                "units (vectors) or channels")

# -- pooling and padding (onnx_ops_pooling.py, onnx_ops_weighted.py) ------------------------
WINDOW_RANK = "a {0:d}-D window; Network Designer pools images only"
DILATED_POOLING = "dilated pooling windows"
PAD_MODE = "mode {0!r} padding; ZeroPadding2D adds zeros"
PADS_AT_RUN_TIME = "its pads are computed at run time"
PAD_VALUE = "it pads with {0}; ZeroPadding2D adds zeros"
PAD_AXES = "padding chosen axes (an 'axes' input)"
PAD_WHERE = "pads {0}: ZeroPadding2D adds zeros around height and width only"
CEIL_MODE = ("ceil_mode=1 adds a partial window at the edge; Network Designer's pooling keeps "
             "whole windows only")
REDUCES_OVER = ("reduces over {0}; only the mean or maximum over an image's height and width "
                "(axes [2, 3]) is a global pooling layer")
SAME_LOWER = "auto_pad SAME_LOWER puts the odd padding row first; Keras' 'same' puts it last"
PADS_NEITHER = ("pads {0} (top, left, bottom, right) are neither 'valid' (none) nor 'same' ({1} "
                "for its {2}x{3} input at strides {4}); Network Designer pads only these two "
                "ways")

# -- shapes and merges (onnx_ops_shape.py) --------------------------------------------------
FLATTEN_AXIS = ("flattens from axis {0}, which mixes the batch with other axes; only axis 1 "
                "keeps the batch apart")
TARGET_COMPUTED = ("its target shape is computed from values Network Designer cannot fold into "
                   "a fixed shape")
RESHAPE_BATCH = ("reshapes its {0} input (batch left out) to {1}, which does not keep the batch "
                 "axis apart")
SQUEEZE = ("squeezes axes {0} of a {1} input (batch left out); only axes of size 1 besides the "
           "batch can go")
UNSQUEEZE_BATCH = "unsqueezes the batch axis"
ONLY_BATCH = "leaves nothing but the batch axis"
BROADCAST_ADD = ("adds tensors of shapes {0} by broadcasting; Network Designer's Add needs equal "
                 "shapes")
ADDS_CONSTANTS = "adds constants; Network Designer's Add merges layer outputs"
CONCAT_BATCH = "concatenates along the batch axis"
TRAINING_DROPOUT = "Dropout in training mode drops values at prediction time"

# -- weighted layers (onnx_ops_weighted.py) -------------------------------------------------
TRANS_A = "transA=1 multiplies across the batch; only transA=0 is a Dense layer"
MATRIX_RANK = "its matrix B has shape {0}, not 2-D"
MATRIX_INPUTS = "its matrix takes {0:d} inputs but gets {1:d}"
MATMUL_SHAPE = ("multiplies its ({0:d},) input by a {1} matrix; a Dense layer needs an (inputs, "
                "units) matrix")
CONV_RANK = "a {0:d}-D convolution; Network Designer has Conv2D only"
GROUPED = ("group={0} (a grouped or depthwise convolution); Conv2D connects every input channel "
           "to every filter")
DILATIONS = "dilations {0}; Conv2D has no dilation"
KERNEL_CHANNELS = "its kernel takes {0:d} channels but gets {1:d}"
TRAINING_MODE = "training_mode=1 normalizes with each batch's own statistics"
SPATIAL = "spatial=0 keeps statistics per position, not per channel"
LAYER_NORM_AXIS = ("normalizes a {0} input from axis {1}; Network Designer's LayerNorm matches "
                   "ONNX's on vectors only")

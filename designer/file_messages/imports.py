"""What stops an import as a whole: a file that is no model we read, a damaged one, weights that
do not fit (designer/interop/__init__.py, common.py, keras_files.py, keras_config.py,
keras_code.py, onnx_model.py). The reasons for single layers and nodes are in keras.py,
keras_code.py and onnx.py beside this module."""

# -- recognising a file (designer/interop/__init__.py) --------------------------------------
DAMAGED_ZIP = "{0}: damaged zip file ({1})"
ZIP_NEITHER = ("{0}: a zip that is neither a .keras model (config.json) nor a Network Designer "
               "file (network.json)")
NOT_IMPORTABLE = ("{0}: not a file Network Designer can open or import (a network .nnd/.json, "
                  "a Keras .keras/.h5/model JSON/.py, or an .onnx model)")
JSON_NEITHER = ("{0}: JSON that is neither a Network Designer network nor a Keras model "
                "(model.to_json())")

# -- every importer (designer/interop/common.py) --------------------------------------------
CANNOT_BE_IMPORTED = "{0}: cannot be imported:\n{1}"
REASON = "  - {0}"  # one line of the list; REASONS holds the first line and the rest
REASONS = "  - {0}\n{1}"
MORE_REASONS = "... and {0:d} more"
WEIGHTS_DO_NOT_FIT = "{0}: the weights do not fit the network: {1}"
PARAMETERS_DIFFER = "{0}: {1} reports {2:,} parameters but the imported network has {3:,}"

# -- Keras files (designer/interop/keras_files.py, keras_config.py) -------------------------
NOT_KERAS_FILE = "{0}: not a Keras model file (neither JSON, .keras nor .h5)"
ZIP_WITHOUT_CONFIG = "{0}: a zip without config.json; not a .keras model"
IMPLAUSIBLY_LARGE = "{0}: {1} is implausibly large"
SHARDED_WEIGHTS = ("{0}: its weights are not in one model.weights.h5 (sharded or another "
                   "format), which is not read")
DAMAGED_KERAS = "{0}: a damaged .keras file ({1})"
DAMAGED_WEIGHTS = "{0}: damaged weights in model.weights.h5 ({1})"
WEIGHTS_ONLY = ("{0}: holds weights only (no model_config); import a file saved with "
                "model.save(), which keeps the structure")
DAMAGED_H5 = "{0}: a damaged or unreadable .h5 file ({1})"
SUBCLASSED = ("{0}: a Keras {1} model cannot be imported: only Sequential and Functional "
              "models keep their structure in the file (a subclassed model's is Python code, "
              "which is never run)")
NOT_A_CONFIG = "{0}: not a Keras model config ({1})"
# ... what is wrong with the config
NEEDS_CLASS_NAME = "it needs a class_name and a config"
NO_CLASS_NAME = "layer {0:d} has no class_name"
NO_NAME = "layer {0:d} has no name"
EMPTY_SEQUENTIAL = "a Sequential model without layers"
EMPTY_FUNCTIONAL = "a Functional model without layers"
NODES_NOT_LIST = "inbound_nodes is not a list"
ODD_NODE = "an inbound node {0!r}"
NODE_WITHOUT_NAME = "an inbound node without a layer name"
TWO_NAMED = "two layers are named {0!r}"
INPUT_NOT_IN_MODEL = "layer {0!r} takes its input from {1!r}, which is not in the model"
LAYERS_CYCLE = "layers {0} feed each other in a cycle"

# -- a Keras code file (designer/interop/keras_code.py) -------------------------------------
NOT_UTF8 = "{0}: not UTF-8 text ({1} at byte {2:d})"
NOT_VALID_PYTHON = "{0}: line {1}: {2} (this is not valid Python, so it cannot be read)"
NOT_PARSED = "{0}: cannot be parsed as Python ({1})"
TOO_DEEP = "{0}: expressions nested too deeply to read"

# -- ONNX files (designer/interop/onnx_model.py) --------------------------------------------
NOT_ONNX = ("{0}: not a readable ONNX model; the file is damaged, cut short or of another kind "
            "({1})")
EXTERNAL_MISSING = "{0}: its weights are stored beside it in {1}, which is missing"
EXTERNAL_UNREADABLE = "{0}: its external weights cannot be read ({1})"
NEEDS_ONNX = "reading ONNX models needs the package onnx: pip install onnx"
NO_GRAPH = "{0}: not an ONNX model (it holds no graph)"
INVALID_ONNX = "{0}: not a valid ONNX model ({1})"

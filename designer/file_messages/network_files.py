"""Any file the app reads (designer/serialization.py, designer/migrations.py, the importers'
and the datasets' file errors), its size (designer/limits.py file_problem) and the registries'
unknown names (designer/registry.py)."""

# -- joining: a place and what is wrong there, or several reasons ---------------------------
# Translated as they are; each part is found again on its own ("layers[2]: there is no layer
# 'x'"), so a sentence built from smaller ones comes out whole in the window's language.
AT = "{0}: {1}"
AND = "{0}; {1}"
LINE = "line {0:d}: {1}"  # a line of code or of a CSV file, and what is wrong there

# -- any file -------------------------------------------------------------------------------
NO_SUCH_FILE = "{0}: no such file"
IS_A_FOLDER = "{0}: is a folder, not a file"
CANNOT_READ = "{0}: cannot be read ({1})"
BROKEN_JSON = "{0}: broken JSON at line {1:d}, column {2:d}: {3}"
# ... too big to read (designer/limits.py file_problem), with the kinds of files it names
FILE_OVER_CAP = "{0}: the {1} holds {2}, over the {3} limit for {1}s"
FILE_NEEDS_MEMORY = "{0}: reading the {1} ({2}) would need about {3} of memory, more than {4}"
KERAS_MODEL_FILE = "Keras model file"
KERAS_CODE_FILE = "Keras code file"
ONNX_MODEL_FILE = "ONNX model file"
CSV_FILE = "CSV file"
NPZ_FILE = "NPZ file"
IDX_FILE = "IDX file"

# -- a network file (designer/serialization.py, designer/migrations.py) ---------------------
FOLDER_NOT_NETWORK = "{0}: is a folder, not a network file"
NOT_TEXT_OR_NND = "{0}: not a text (JSON) or .nnd file"
NOT_A_DOCUMENT = "{0}: expected a JSON object with 'layers', got {1}"
NOT_OUR_FORMAT = "{0}: not a Network Designer network (format is {1!r}, expected {2!r})"
NAME_NOT_TEXT = "{0}: 'name' must be text, got {1!r}"
KEY_NOT_OBJECT = "{0}: '{1}' must be an object, got {2!r}"
MISSING_KEY = "{0}: missing '{1}'"
KEY_OF_KIND = "{0}: '{1}' must be a {2}, got {3}"
BAD_CONNECTION = ("{0}: connections[{1:d}] must be a pair of layer ids like [\"in\", \"h\"], "
                  "got {2!r}")
LAYER_NOT_OBJECT = "{0} must be an object like {{\"id\": ..., \"type\": ...}}"
LAYER_NO_ID = "{0} has no 'id'"
LAYER_NO_TYPE = "{0} ('{1}') has no 'type'"
BAD_POSITION = "{0} ('{1}'): position must be [x, y], got {2!r}"
ZIP_WITHOUT = "{0}: a zip without {1}; not a Network Designer file"
MEMBER_TOO_BIG = ("{0}: its member {1} would unpack to {2}, over the {3} limit for a member of "
                  "a .nnd file; the file is damaged or not a Network Designer file")
MEMBER_NOT_OBJECT = "{0}: {1} must hold an object"
DAMAGED_NND = "{0}: damaged .nnd file ({1})"
MEMBER_DAMAGED = "{0}: {1} is damaged ({2})"
BAD_WEIGHT_NAME = "{0}: weight {1!r} is not named '<layer>.<parameter>'"
BAD_VERSION = "{0}: format_version must be a whole number of at least 1, got {1!r}"
NEWER_VERSION = ("{0} was written by a newer Network Designer (format version {1:d}; this "
                 "version reads up to {2:d}). Update the app to open it.")
NO_MIGRATION = "{0}: no migration from format version {1:d}"

# -- a name no registry knows (designer/registry.py) ----------------------------------------
UNKNOWN_NAME = "unknown {0} {1!r}.{2} Known: {3}."
DID_YOU_MEAN = " Did you mean {0!r}?"
UNKNOWN = {  # by the registry's family: its name is part of the sentence
    "layer type": "unknown layer type {0!r}.{1} Known: {2}.",
    "activation": "unknown activation {0!r}.{1} Known: {2}.",
    "initializer": "unknown initializer {0!r}.{1} Known: {2}.",
    "loss": "unknown loss {0!r}.{1} Known: {2}.",
    "optimizer": "unknown optimizer {0!r}.{1} Known: {2}.",
    "schedule": "unknown schedule {0!r}.{1} Known: {2}.",
    "dataset": "unknown dataset {0!r}.{1} Known: {2}.",
    "export format": "unknown export format {0!r}.{1} Known: {2}.",
}

"""A dataset that cannot be loaded (designer/datasets/*) or does not fit the network it is to
train (designer/datasets/splits.py, designer/training/data.py TrainingError)."""

# -- the dataset block (designer/datasets/__init__.py, base.py) -----------------------------
SPEC_NOT_OBJECT = ("dataset must be an object like {{\"name\": \"xor\"}}, {{\"csv\": "
                   "\"file.csv\", \"target\": \"column\"}} or {{\"npz\": \"file.npz\"}}")
SPEC_WITHOUT_SOURCE = "dataset needs a \"name\" (a built-in set), \"csv\" or \"npz\""
DATASET_AT = "dataset {0}: {1}"
UNKNOWN_OPTION = "dataset {0}: unknown option {1!r} (options: {2})"
UNKNOWN_OPTION_NONE = "dataset {0}: unknown option {1!r} (options: none)"
CSV_KEYS = "a CSV dataset takes {0}; unknown: {1}"
NPZ_KEYS = "an NPZ dataset takes {0}; unknown: {1}"
INPUTS_TARGETS = "dataset {0!r}: {1:d} inputs but {2:d} targets"

# -- MNIST and Fashion-MNIST's IDX files (designer/datasets/idx.py) -------------------------
NOT_IDX = "{0}: not an IDX file"
TRUNCATED_IDX = "{0}: truncated IDX file"
TRUNCATED_IDX_SHAPE = "{0}: truncated IDX file (expected shape {1})"
IDX_DECLARES = "{0} (its header declares shape {1})"
IDX_MISSING = "{0}: the IDX files (train-images-idx3-ubyte ...) are not {1}; {2}"
IN_FOLDER = "in {0}"
ON_THIS_MACHINE = "on this machine"
NOT_FOUND = "not found on this machine: {0}"
MNIST_HINT = ("put the four MNIST IDX files in a folder and give it as {{\"name\": \"mnist\", "
              "\"path\": \"FOLDER\"}}")
FASHION_HINT = ("install Debian's package dataset-fashion-mnist (apt-get install "
                "dataset-fashion-mnist), or give a folder with the IDX files as {{\"name\": "
                "\"fashion_mnist\", \"path\": \"FOLDER\"}}")
IMAGES_LABELS = "{0}: {1:d} {2} images but {3:d} labels"

# -- CSV and NPZ files (designer/datasets/tabular.py) ---------------------------------------
NOT_TEXT = "{0}: cannot be read as text ({1})"
EMPTY = "{0}: the file is empty"
HEADER = "{0}: the first row must name every column once; got {1}"
COLUMNS_MISSING = "{0}: the columns {1} the network was trained on are missing"
COLUMN_AT = "{0}: column {1!r}: {2}"
BAD_TASK = "{0}: task must be auto, classification or regression, got {1!r}"
NO_COLUMN_NUMBER = "{0}: no column number {1:d} (it has {2:d})"
NO_COLUMN = "{0}: no column {1!r}; the columns are {2}"
BAD_ROWS = ("{0}: {1:d} bad row(s): {2}. Fix them, or set \"skip_bad_rows\": true to leave them "
            "out")
BAD_ROWS_LEFT_OUT = "left out {0:d} bad row(s) of {1}: {2}"
AND_MORE = "{0} (and {1:d} more)"
FIELD_COUNT = "{0:d} fields, expected {1:d}"
MISSING_VALUE = "missing value in {0!r}"
NOT_NUMERIC = "{0!r} in the numeric column {1!r}"
NO_ROWS = "{0}: no usable rows"
TEXT_TARGET = "{0}: the target {1!r} holds text, so it cannot be a regression target"
CLASS_TARGETS = "{0}: class targets must be whole numbers from 0"
NOT_NPZ = "{0}: not a readable .npz file ({1})"
NPZ_ARRAYS = "{0}: needs arrays named x and y; it has {1}"
NPZ_ARRAYS_NONE = "{0}: needs arrays named x and y; it has none"
NPZ_NUMBERS = "{0}: x and y must hold numbers"
NPZ_LENGTHS = "{0}: x has {1:d} samples but y has {2:d}"

# -- splits and the Input (designer/datasets/splits.py) -------------------------------------
SPLIT_RANGE = "{0} must be at least 0 and less than 1, got {1}"
SPLITS_SUM = ("validation_split + test_split must leave data to train on; they add up to "
              "{0:g}")
NO_TRAINING_SAMPLES = "the splits leave no samples to train on ({0:d} samples in all)"
SHAPE_MISFIT = ("{0} gives samples of shape {1} ({2:d} values), but the Input '{3}' expects {4} "
                "({5:d} values); set the Input's shape to {1}")
THE_DATASET = "the dataset {0!r}"
THE_TEST_SET = "the test set of {0!r}"

# -- the dataset against the output layer and the loss (designer/training/data.py) ----------
NO_DATASET = "{0}: the network has no dataset; add one like \"dataset\": {{\"name\": \"xor\"}}"
LOSS_FOR_CLASSES = ("the loss {0} is for classes, but {1} is a regression dataset; use mse, "
                    "mae, huber or gaussian_nll")
REGRESSION_LOSS_UNITS = ("{0} has {1:d} classes, but the output layer '{2}' has {3:d} unit(s); "
                         "with the loss {4}, give it {5:d}")
BINARY_UNITS = ("{0} has {1:d} classes, but the output layer '{2}' has {3:d} unit(s); "
                "binary_crossentropy needs 1 unit for two classes or one per class ({1:d})")
CLASS_UNITS = ("{0} has {1:d} classes, but the output layer '{2}' has {3:d} unit(s); set its "
               "units to {1:d}")
CLASS_UNITS_OR_BINARY = ("{0} has {1:d} classes, but the output layer '{2}' has {3:d} unit(s); set "
                         "its units to {1:d} (or 1 unit with binary_crossentropy)")
TARGET_UNITS = ("{0} has {1:d} target value(s) per sample, but the output layer '{2}' gives {3}; "
                "make it {1:d} unit(s)")
TARGET_UNITS_GAUSSIAN = ("{0} has {1:d} target value(s) per sample, but the output layer '{2}' "
                         "gives {3}; make it {1:d} unit(s) (or {4:d} with gaussian_nll: means and "
                         "log-variances)")
ONE_INPUT_OUTPUT = ("training needs one Input and one output layer; this network has {0:d} "
                    "Input(s) and {1:d} output(s) ({2})")

"""A readable Keras 3 script (Functional API) that rebuilds a network: layer names are the layer
ids, the layers are configured as ours (keras_code_layers.py), compile() uses the network's
loss and optimizer, and a trained network's weights travel beside it as `<stem>.weights.npz`
(numpy arrays already in Keras' layouts, keyed "<Keras layer name>/<index>", loaded without
pickle), so its predictions equal ours.
"""
from __future__ import annotations

import io
import keyword
import re
import textwrap
from pathlib import Path

import numpy as np

from ..build import build_model
from ..datasets import DATASETS
from ..errors import DesignerError
from ..file_messages import export as E
from ..interop import keras_names as K
from ..losses import LOSSES
from ..training.data import choose_loss, load_network_dataset
from ..training.forward import output_head
from ..training.settings import TrainingSettings
from .keras_code_layers import AVERAGE_SCALE, CONVERTERS, Spec, Step, call_code, keras_shape, lit
from .naming import class_name, network_title
from .onnx_export import ExportError

_RESERVED = {"keras", "layers", "initializers", "regularizers", "constraints", "ops", "np",
             "os", "math", "Path", "model", "build_model", "WEIGHTS"}


# -- the model ------------------------------------------------------------------------------
def _variables(ids) -> dict[str, str]:
    taken, out = set(_RESERVED), {}
    for layer_id in ids:
        name = re.sub(r"\W", "_", layer_id)
        name = f"x_{name}" if name[0].isdigit() else name
        while keyword.iskeyword(name) or name in taken:
            name += "_"
        taken.add(name)
        out[layer_id] = name
    return out


def _split_args(text: str) -> list[str]:
    """Top-level comma-separated parts of a call's arguments."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth == 0:
            parts.append(text[start:k].strip())
            start = k + 1
    return parts + [text[start:].strip()]


def _call_lines(prefix: str, code: str, suffix: str, indent: int = 4) -> list[str]:
    """`prefix + code + suffix` on one line, or with one argument per line when too long."""
    pad = " " * indent
    line = f"{pad}{prefix}{code}{suffix}"
    if len(line) <= 100:
        return [line]
    head, _, inner = code.partition("(")
    args = _split_args(inner[:-1])
    return [f"{pad}{prefix}{head}("] + [f"{pad}    {a}," for a in args] + [f"{pad}){suffix}"]


def _layers_code(network, model) -> tuple[list[str], dict[str, list[Step]]]:
    graph, analysis = network.graph, network.graph.analysis
    var = _variables(model.ids)
    names = set(model.ids)
    lines, steps_of = [], {}
    for layer_id in model.ids:
        layer, info = graph.layer(layer_id), analysis.layers[layer_id]
        if layer.type == "Input":
            lines.append(f"    {var[layer_id]} = keras.Input(shape="
                         f"{lit(keras_shape(info.output_shape))}, name={lit(layer_id)})")
            continue
        convert = CONVERTERS.get(layer.type)
        if convert is None:
            raise ExportError(E.NO_KERAS_LAYER.format(layer_id, layer.type))
        sources = graph.inputs_of(layer_id)
        spec = Spec(layer_id, layer.type, info.params,
                    [analysis.layers[s].output_shape for s in sources],
                    tuple(info.output_shape), names)
        steps_of[layer_id] = convert(spec)
        x = var[sources[0]] if len(sources) == 1 else f"[{', '.join(var[s] for s in sources)}]"
        for step in steps_of[layer_id]:
            if step.comment:
                lines += [f"    # {line}" for line in textwrap.wrap(step.comment, 94)]
            lines += _call_lines(f"{var[layer_id]} = ", step.code, f"({x})")
            x = var[layer_id]
    ins = [var[i] for i in model.input_ids]
    outs = [var[i] for i in model.output_ids]
    inputs = ins[0] if len(ins) == 1 else f"[{', '.join(ins)}]"
    outputs = outs[0] if len(outs) == 1 else f"[{', '.join(outs)}]"
    lines.append(f"    return keras.Model(inputs={inputs}, outputs={outputs}, "
                 f"name={lit(class_name(network))})")
    return lines, steps_of


def _weight_arrays(network, steps_of: dict[str, list[Step]]) -> dict[str, np.ndarray]:
    arrays = {}
    for layer_id, steps in steps_of.items():
        def get(key, layer_id=layer_id):
            try:
                return np.asarray(network.weights[f"{layer_id}.{key}"], dtype=np.float32)
            except KeyError:
                raise ExportError(E.NO_WEIGHT.format(layer_id, key)) from None

        for step in steps:
            for k, array in enumerate(step.weights(get) if step.weights else ()):
                arrays[f"{step.name}/{k}"] = np.ascontiguousarray(array)
    return arrays


# -- compile --------------------------------------------------------------------------------
GAUSSIAN_NLL = '''

LOG_2PI = math.log(2 * math.pi)


def gaussian_nll(y_true, y_pred):
    """Network Designer's gaussian_nll (Keras has none): -log N(y; mean, variance) summed over
    the outputs. With twice as many outputs as targets the second half is each target's
    log-variance; otherwise the variance is 1."""
    y_pred = ops.reshape(y_pred, (ops.shape(y_pred)[0], -1))
    y_true = ops.cast(ops.reshape(y_true, (ops.shape(y_true)[0], -1)), y_pred.dtype)
    width = y_true.shape[-1]
    if y_pred.shape[-1] == 2 * width:
        mean, log_var = y_pred[:, :width], y_pred[:, width:]
        terms = 0.5 * (LOG_2PI + log_var + ops.square(y_true - mean) * ops.exp(-log_var))
    else:
        terms = 0.5 * (LOG_2PI + ops.square(y_true - y_pred))
    return ops.sum(terms, axis=-1)
'''


def _dataset_kind(network):
    """What choose_loss reads of a dataset (its task): a built-in set's spec, else the data."""
    spec = network.dataset
    spec = {"name": spec} if isinstance(spec, str) else spec
    try:
        if isinstance(spec, dict) and isinstance(spec.get("name"), str):
            return DATASETS.get(spec["name"])
        return load_network_dataset(network)
    except (DesignerError, ValueError) as e:
        raise ExportError(E.LOSS_FROM_DATASET.format(e)) from None


def _loss(network, settings, model) -> tuple[dict, str]:
    """The loss config and where it came from (for a comment)."""
    if settings.loss is not None:
        return settings.loss, ""
    width = int(np.prod(model.output_shapes[0]))
    if network.dataset:
        return choose_loss(_dataset_kind(network), None, width), "chosen from the dataset"
    # No data to choose from: what the output layer ends with says what it is for.
    for name, act in (("categorical_crossentropy", "softmax"), ("binary_crossentropy", "sigmoid")):
        if output_head(model, name).activation == act:
            return {"name": name}, "chosen from the output activation (no dataset)"
    return {"name": "mse"}, "chosen from the output activation (no dataset)"


def _compile_lines(network, settings, model) -> tuple[list[str], str]:
    """The lines of compile_model(), and helper code the loss needs."""
    config, why = _loss(network, settings, model)
    name = config["name"]
    spec = LOSSES.get(name)
    # Like the trainer, read an unbounded output (e.g. linear) as logits.
    logits = (spec.logit_activation is not None and len(model.output_ids) == 1
              and output_head(model, name).activation == "linear")
    if name == "gaussian_nll":
        loss, helper = "gaussian_nll", GAUSSIAN_NLL
    elif name in K.LOSS_CLASS_TO_KERAS:
        kw = {k: lit(v) for k, v in config.items() if k != "name"}
        if logits:
            kw["from_logits"] = "True"
        loss, helper = call_code(f"keras.losses.{K.LOSS_CLASS_TO_KERAS[name]}", (), kw), ""
    else:
        raise ExportError(E.NO_KERAS_LOSS.format(lit(name)))
    metrics = "[]"
    if spec.task == "classification":
        binary_logits = logits and name == "binary_crossentropy"
        metrics = "[keras.metrics.BinaryAccuracy(threshold=0.0)]" if binary_logits \
            else '["accuracy"]'
    lines = (["def compile_model(model):", "    model.compile("]
             + _call_lines("optimizer=", _optimizer_code(settings), ",", 8)
             + [f"        loss={loss},{f'  # {why}' if why else ''}",
                f"        metrics={metrics},", "    )", "    return model"])
    return lines, helper


def _optimizer_code(settings) -> str:
    config = dict(settings.optimizer)
    name = config.pop("name")
    arg = {ours: keras for keras, ours in K.OPTIMIZER_OPTIONS.items() if keras != "lr"}
    kw = {arg.get(k, k): lit(v) for k, v in config.items()}
    if name == "nesterov":
        kw["nesterov"] = "True"
    if settings.clip_norm is not None:  # ours clips the norm of all gradients together
        kw["global_clipnorm"] = lit(settings.clip_norm)
    if settings.clip_value is not None:
        kw["clipvalue"] = lit(settings.clip_value)
    return call_code(f"keras.optimizers.{K.OPTIMIZER_TO_KERAS[name]}", (), kw)


def _training_notes(settings) -> list[str]:
    notes = [f"Training in the app: epochs={settings.epochs}, "
             f"batch_size={settings.batch_size}, validation_split={settings.validation_split}."]
    schedule = dict(settings.schedule)
    if schedule.pop("name") != "constant" or schedule.get("warmup_epochs"):
        notes.append(f"The app varies the learning rate ({settings.schedule}); a Keras "
                     "LearningRateScheduler callback can do the same.")
    if settings.early_stopping:
        notes.append(f"The app stops early ({settings.early_stopping}): see "
                     "keras.callbacks.EarlyStopping.")
    return notes


# -- the file -------------------------------------------------------------------------------
def _imports(body: str) -> str:
    used = [m for m in ("constraints", "initializers", "layers", "ops", "regularizers")
            if f"{m}." in body]
    return f"from keras import {', '.join(used)}  # noqa: E402\n" if used else "\n"


def _example(network, model) -> str:
    shapes = [keras_shape(network.graph.analysis.layers[i].output_shape)
              for i in model.input_ids]
    xs = [f'rng.normal(size={lit((1, *s))}).astype("float32")' for s in shapes]
    if len(xs) == 1:
        return f"    x = {xs[0]}"
    return "\n".join(["    x = ["] + [f"        {x}," for x in xs] + ["    ]"])


def _header(network, settings, model) -> str:
    analysis = network.graph.analysis
    inputs = ", ".join(f"{i} {keras_shape(analysis.layers[i].output_shape)}"
                       for i in model.input_ids)
    notes = _training_notes(settings)
    if any(len(analysis.layers[i].output_shape) == 3 for i in model.input_ids):
        notes.insert(0, "Images are channels-last here, (height, width, channels), as Keras "
                        "expects; Network Designer holds them (channels, height, width): give "
                        "this model x.transpose(0, 2, 3, 1).")
    notes_text = "\n".join(_wrap(n) for n in notes)
    return f'''"""{network_title(network)}: exported from Network Designer as Keras 3 code.

Inputs (without the batch axis): {inputs}.
Layer names are the layer ids of the app. Run `python {{this file}}` to build, compile and try
the model; a trained network's weights (the .weights.npz beside it) are loaded first.
{notes_text}
"""'''


LOAD_AND_MAIN = '''

def load_weights(model, path=WEIGHTS):
    """Set every layer's weights from arrays named "<layer name>/<index>" (Keras' layouts)."""
    with np.load(path, allow_pickle=False) as arrays:
        for layer in model.layers:
            if layer.weights:
                layer.set_weights([arrays[f"{layer.name}/{k}"]
                                   for k in range(len(layer.weights))])
    return model


if __name__ == "__main__":
    model = compile_model(build_model())
    model.summary()
    if WEIGHTS.exists():
        load_weights(model)
        print("loaded the weights of", WEIGHTS.name)
    rng = np.random.default_rng(0)
EXAMPLE
    out = model(x, training=False)
    print("output shapes:", [tuple(o.shape) for o in keras.tree.flatten(out)])
'''


def _export(network) -> tuple[str, dict[str, np.ndarray]]:
    """The script, and the weight arrays by "<Keras layer name>/<index>" (empty: untrained)."""
    try:
        model = build_model(network.graph, seed=0, weights=network.weights)
        settings = TrainingSettings.from_dict(network.training)
    except DesignerError as e:
        raise ExportError(E.CANNOT_EXPORT_KERAS.format(e)) from None
    lines, steps_of = _layers_code(network, model)
    compile_lines, loss_helper = _compile_lines(network, settings, model)
    body = "\n".join(lines)
    helper = (AVERAGE_SCALE if "average_scale(" in body else "") + loss_helper
    code = "\n".join([
        _header(network, settings, model),
        *(["import math"] if loss_helper else []),
        "import os",
        "from pathlib import Path",
        "",
        'os.environ.setdefault("KERAS_BACKEND", "torch")  # any Keras 3 backend works; '
        "the app has torch",
        "",
        "import keras  # noqa: E402",
        "import numpy as np  # noqa: E402",
        _imports(body + helper),
        'WEIGHTS = Path(__file__).with_suffix(".weights.npz")',
        helper,
        "",
        "def build_model():",
        body,
        "",
        "",
        *compile_lines,
        LOAD_AND_MAIN.replace("EXAMPLE", _example(network, model)),
    ])
    arrays = _weight_arrays(network, steps_of) if network.weights else {}
    return code, arrays


def _wrap(text: str, width: int = 96) -> str:
    return "\n".join(textwrap.wrap(text, width))


def keras_code(network) -> str:
    """The Keras 3 script for `network` (ExportError names what Keras cannot express)."""
    return _export(network)[0]


def write_keras(network, path) -> dict:
    """Write the script and, for a trained network, `<stem>.weights.npz` beside it (an older
    one is removed for an untrained network: the script would load it)."""
    from ..atomic_files import atomic_write

    path = Path(path)
    code, arrays = _export(network)
    atomic_write(path, code.encode("utf-8"))
    weights = path.with_suffix(".weights.npz")
    if not arrays:
        weights.unlink(missing_ok=True)
        return {"path": str(path), "weights": None}
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    atomic_write(weights, buffer.getvalue())
    return {"path": str(path), "weights": str(weights)}

"""`model.compile(...)` and `model.fit(...)` as our training settings: optimizer, loss, epochs,
batch size, validation split, and the EarlyStopping / ReduceLROnPlateau callbacks.

Where Keras code leaves a value out, Keras' default applies (compile's optimizer "rmsprop",
fit's epochs 1 and batch size 32, Adagrad's learning rate 0.001...), not ours: the import must
train as the code would.
"""
from __future__ import annotations

from ..errors import ParamError
from ..file_messages import keras_code as C
from ..file_messages import network_files as F
from ..optimizers import OPTIMIZERS
from .keras_code_args import CALLBACK_ARGS, OBSERVING_CALLBACKS, OPTIMIZER_ARGS
from .keras_code_values import BAD, KerasObject, Ref, keras_family, plain_value
from .keras_names import KERAS_LOSSES, KERAS_OPTIMIZERS, OPTIMIZER_OPTIONS

_OPTIMIZER_CLASSES = {name.lower(): name for name in OPTIMIZER_ARGS}
# Keras arguments that change nothing we train with, whatever their value.
_IGNORED = {"name", "jit_compile", "ema_momentum", "ema_overwrite_frequency",
            "loss_scale_factor", "gradient_accumulation_steps", "verbose"}
# Arguments whose Keras default is the only value we can follow.
_DEFAULT_ONLY = {"amsgrad": False, "momentum": 0.0, "centered": False, "use_ema": False,
                 "decay": 0.0, "weight_decay": None, "label_smoothing": 0.0,
                 "ignore_class": None, "axis": -1, "dtype": None, "baseline": None,
                 "start_from_epoch": 0, "initial_epoch": 0, "class_weight": None,
                 "sample_weight": None}
_REDUCTIONS = ("sum_over_batch_size", "auto", None)
_FIT_DEFAULTS = {"epochs": 1, "batch_size": None, "validation_split": 0.0}


def training_settings(compile_call, fit_call, problems: list[str]) -> dict:
    """Our "training" block from the (line, arguments) of compile and fit; either may be None."""
    out: dict = {}
    if compile_call:
        line, args = compile_call
        out.update(_optimizer(args.get("optimizer", "rmsprop"), line, problems))
        if args.get("loss") is not None:
            loss = _loss(args["loss"], line, problems)
            if loss is not None:
                out["loss"] = loss
    if fit_call:
        line, args = fit_call
        for key, default in _FIT_DEFAULTS.items():
            value = plain_value(args.get(key, default), line, f"fit's {key}", problems)
            if value is not BAD:
                out[key] = 32 if key == "batch_size" and value is None else value
        for key in ("initial_epoch", "class_weight", "sample_weight"):
            _default_only(key, args, line, "fit", problems)
        out.update(_callbacks(args.get("callbacks"), line, problems))
    return out


def check_settings(training: dict, line: int, problems: list[str]) -> None:
    from ..training.settings import TrainingSettings

    try:
        TrainingSettings.from_dict(training)
    except ParamError as e:
        problems.append(F.LINE.format(line, e))


def _default_only(key: str, args: dict, line: int, owner: str, problems: list[str]) -> bool:
    if key not in args:
        return True
    value = plain_value(args[key], line, f"{owner}'s {key}", problems)
    if value is BAD:
        return False
    if value != _DEFAULT_ONLY[key] and not (key == "weight_decay" and value == 0):
        problems.append(F.LINE.format(line, C.ONLY_DEFAULT.format(owner, key, value,
                                                                  _DEFAULT_ONLY[key])))
        return False
    return True


_NOT_OF = {"optimizers": C.NOT_OPTIMIZER, "losses": C.NOT_LOSS}


def _object(value, family: str, line: int, what: str, problems: list[str]):
    """(class or function name, arguments) of a string, a Keras function or a Keras object."""
    if isinstance(value, str):
        return value, {}
    if isinstance(value, Ref) and (keras_family(value.path) or ("",))[0] == family:
        return keras_family(value.path)[1], {}
    if isinstance(value, KerasObject) and value.family == family:
        if value.extra:
            problems.append(F.LINE.format(line, C.POSITIONAL.format(value.class_name)))
            return None, {}
        return value.class_name, value.args
    if plain_value(value, line, what, problems) is not BAD:  # names it when it is code
        problems.append(F.LINE.format(line, _NOT_OF[family].format(what, value)))
    return None, {}


def _optimizer(value, line: int, problems: list[str]) -> dict:
    name, args = _object(value, "optimizers", line, C.THE_OPTIMIZER, problems)
    if name is None:
        return {}
    cls = _OPTIMIZER_CLASSES.get(name.lower())
    ours = KERAS_OPTIMIZERS.get(name.lower())
    if cls is None or ours is None:
        problems.append(F.LINE.format(line, C.NO_SUCH_OPTIMIZER.format(
            name, ", ".join(OPTIMIZER_ARGS))))
        return {}
    merged = {**dict(OPTIMIZER_ARGS[cls]), **args}
    if cls == "SGD" and merged["momentum"]:
        ours = "nesterov" if merged["nesterov"] else "momentum"
    settings, extra = {"name": ours}, {}
    params = {p.name for p in OPTIMIZERS.get(ours).params}
    for key, raw in merged.items():
        if not _unused(key, ours):
            options, training = _optimizer_arg(key, raw, cls, merged, params, line, problems)
            settings.update(options)
            extra.update(training)
    return {"optimizer": settings, **extra}


def _unused(key: str, ours: str) -> bool:
    """True for an optimizer argument that changes nothing we train with (SGD's momentum and
    nesterov chose our optimizer already)."""
    return key in _IGNORED or key == "nesterov" or (key == "momentum" and ours == "sgd")


def _optimizer_arg(key: str, raw, cls: str, merged: dict, params: set[str], line: int,
                   problems: list[str]) -> tuple[dict, dict]:
    """(our optimizer's settings, our training settings) from one Keras optimizer argument;
    what cannot be imported is noted in `problems`."""
    what = f"{cls}'s {key}"
    if key in ("global_clipnorm", "clipvalue"):
        value = plain_value(raw, line, what, problems)
        if value not in (None, BAD):
            return {}, {"clip_norm" if key == "global_clipnorm" else "clip_value": value}
    elif isinstance(raw, KerasObject):  # e.g. learning_rate=ExponentialDecay(...)
        problems.append(F.LINE.format(line, C.SCHEDULE.format(what, raw.class_name)))
    elif key == "clipnorm":
        if plain_value(raw, line, what, problems) not in (None, BAD):
            problems.append(F.LINE.format(line, C.CLIPNORM.format(cls)))
    elif OPTIMIZER_OPTIONS.get(key) in params:
        value = plain_value(raw, line, what, problems)
        if value is not BAD:
            return {OPTIMIZER_OPTIONS[key]: value}, {}
    elif key in _DEFAULT_ONLY:
        _default_only(key, merged, line, cls, problems)
    else:
        problems.append(F.LINE.format(line, C.ARGUMENT.format(cls, key)))
    return {}, {}


def _loss(value, line: int, problems: list[str]):
    if isinstance(value, (list, tuple, dict)):
        problems.append(F.LINE.format(line, C.LOSS_PER_OUTPUT))
        return None
    name, args = _object(value, "losses", line, C.THE_LOSS, problems)
    if name is None:
        return None
    ours = KERAS_LOSSES.get(name) or KERAS_LOSSES.get(name.lower())
    if ours is None:
        known = sorted({k for k in KERAS_LOSSES if k.islower()})
        problems.append(F.LINE.format(line, C.NO_SUCH_LOSS.format(name, ", ".join(known))))
        return None
    loss = {"name": ours, **_loss_args(name, ours, args, line, problems)}
    return loss if len(loss) > 1 else ours


def _loss_args(name: str, ours: str, args: dict, line: int, problems: list[str]) -> dict:
    """Our loss' settings from the Keras loss' arguments (Huber's delta only)."""
    settings = {}
    for key, raw in args.items():
        # from_logits: our losses read a linear output as logits and fuse a softmax/sigmoid
        # output, so the stable computation follows from the network, not from this flag.
        if key in ("from_logits", "name"):
            continue
        if key == "delta" and ours == "huber":
            value = plain_value(raw, line, f"{name}'s delta", problems)
            if value is not BAD:
                settings["delta"] = value
        elif key == "reduction":
            if plain_value(raw, line, f"{name}'s reduction", problems) not in _REDUCTIONS:
                problems.append(F.LINE.format(line, C.REDUCTION.format(name, raw)))
        elif key in _DEFAULT_ONLY:
            _default_only(key, args, line, name, problems)
        else:
            problems.append(F.LINE.format(line, C.ARGUMENT.format(name, key)))
    return settings


def _callbacks(value, line: int, problems: list[str]) -> dict:
    if value is None:
        return {}
    if not isinstance(value, (list, tuple)):
        value = [value]
    out = {}
    for item in value:
        if isinstance(item, KerasObject) and item.family == "callbacks":
            if item.class_name in OBSERVING_CALLBACKS:
                continue
            if item.class_name in CALLBACK_ARGS and not item.extra:
                out.update(_callback(item, line, problems))
                continue
            problems.append(F.LINE.format(line, C.CALLBACK.format(item.class_name, item.line)))
        elif plain_value(item, line, C.A_CALLBACK, problems) is not BAD:
            problems.append(F.LINE.format(line, C.NOT_A_CALLBACK.format(item)))
    return out


def _callback(cb: KerasObject, line: int, problems: list[str]) -> dict:
    args = {**dict(CALLBACK_ARGS[cb.class_name]), **cb.args}
    values = {}
    for key, raw in args.items():
        value = plain_value(raw, cb.line, f"{cb.class_name}'s {key}", problems)
        if value is BAD:
            return {}
        values[key] = value
    ok = all(_default_only(k, values, cb.line, cb.class_name, problems)
             for k in ("baseline", "start_from_epoch") if k in values)
    if values["monitor"] not in ("val_loss", "loss") or values["mode"] not in ("auto", "min"):
        problems.append(F.LINE.format(cb.line, C.WATCHES.format(cb.class_name, values["monitor"],
                                                                values["mode"])))
        ok = False
    if not ok:
        return {}
    common = {"patience": values["patience"], "min_delta": abs(values["min_delta"]),
              "monitor": values["monitor"]}
    if cb.class_name == "EarlyStopping":
        return {"early_stopping": {**common,
                                   "restore_best_weights": values["restore_best_weights"]}}
    return {"schedule": {"name": "reduce_on_plateau", **common, "factor": values["factor"],
                         "cooldown": values["cooldown"], "min_lr": values["min_lr"]}}

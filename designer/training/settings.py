"""The "training" block of a network file, validated into one object with every default.

Keys (fixed by the file format): epochs, batch_size, seed, loss, optimizer, schedule,
early_stopping, clip_norm, clip_value, validation_split, test_split, precision, sync_batchnorm.
"""
from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass, field

from ..errors import ParamError
from ..losses import LOSSES
from ..optimizers import optimizer_config
from ..params import Param, named_config
from ..schedules import schedule_config

KEYS = ("epochs", "batch_size", "seed", "loss", "optimizer", "schedule", "early_stopping",
        "clip_norm", "clip_value", "validation_split", "test_split", "precision",
        "sync_batchnorm")

_EPOCHS = Param("epochs", "int", 10, "Passes over the training data.", min=1)
_BATCH = Param("batch_size", "int", 32, "Samples per update.", min=1)
_SEED = Param("seed", "int", None, "Seed for initial weights, splits, shuffling and dropout; "
              "empty: a new one each run (recorded in the history).", min=0, optional=True)
_CLIP_NORM = Param("clip_norm", "float", None, "Largest allowed norm of all gradients together "
                   "(gradient clipping); empty: no clipping.", min=0.0, min_open=True,
                   optional=True)
_CLIP_VALUE = Param("clip_value", "float", None, "Largest allowed size of any one gradient "
                    "value; empty: no clipping.", min=0.0, min_open=True, optional=True)
_SPLIT = dict(min=0.0, max=1.0, max_open=True)
_VAL = Param("validation_split", "float", 0.0, "Fraction of the data held out to check "
             "generalization each epoch.", **_SPLIT)
_TEST = Param("test_split", "float", 0.0, "Fraction held out until the end of training.",
              **_SPLIT)
_PRECISION = Param("precision", "choice", "fp32", "Number format of the forward and backward "
                   "passes: fp32 (exact), bf16 (faster on CPUs with AVX-512 BF16 or AMX and on "
                   "recent GPUs), fp16 (CUDA only, with loss scaling). Weights stay fp32.",
                   choices=("fp32", "bf16", "fp16"))
_SYNC_BN = Param("sync_batchnorm", "bool", False, "With several processes (torchrun), "
                 "BatchNorm computes its statistics over the whole global batch instead of "
                 "each process's share.")
_ES = (Param("patience", "int", 10, "Epochs without improvement before stopping.", min=0),
       Param("min_delta", "float", 0.0, "Smallest decrease that counts as an improvement.",
             min=0.0),
       Param("monitor", "choice", "val_loss", "Which loss to watch (val_loss falls back to loss "
             "without a validation split).", choices=("val_loss", "loss")),
       Param("restore_best_weights", "bool", True, "On stopping, go back to the weights of the "
             "best epoch."))


@dataclass
class TrainingSettings:
    epochs: int = 10
    batch_size: int = 32
    seed: int | None = None
    loss: dict | None = None  # {"name": ..., options}; None: chosen from the data and output
    optimizer: dict = field(default_factory=lambda: optimizer_config("adam"))
    schedule: dict = field(default_factory=lambda: schedule_config(None))
    early_stopping: dict | None = None
    clip_norm: float | None = None
    clip_value: float | None = None
    validation_split: float = 0.0
    test_split: float = 0.0
    precision: str = "fp32"
    sync_batchnorm: bool = False

    @classmethod
    def from_dict(cls, raw: dict | None, overrides: dict | None = None) -> "TrainingSettings":
        """Validated settings; ParamError names the first key that is wrong."""
        merged = dict(raw or {})
        merged.update({k: v for k, v in (overrides or {}).items() if v is not None})
        for key in merged:
            if key not in KEYS:
                close = difflib.get_close_matches(key, KEYS, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise ParamError(f"training has no setting {key!r}{hint}; settings: "
                                 f"{', '.join(KEYS)}")
        s = cls()
        for param in (_EPOCHS, _BATCH, _SEED, _CLIP_NORM, _CLIP_VALUE, _VAL, _TEST, _PRECISION,
                      _SYNC_BN):
            if param.name in merged:
                setattr(s, param.name, _coerce(param, merged[param.name]))
        if merged.get("loss") is not None:
            s.loss = loss_config(merged["loss"])
        if "optimizer" in merged:
            s.optimizer = _wrap(optimizer_config, merged["optimizer"])
        if "schedule" in merged:
            s.schedule = _wrap(schedule_config, merged["schedule"])
        s.early_stopping = _early_stopping(merged.get("early_stopping"))
        if s.validation_split + s.test_split >= 1:
            raise ParamError("training: validation_split + test_split must leave data to train "
                             f"on; they add up to {s.validation_split + s.test_split:g}")
        return s

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def learning_rate(self) -> float:
        return self.optimizer["learning_rate"]


def _coerce(param: Param, value):
    try:
        return param.coerce(value)
    except ParamError as e:
        raise ParamError(f"training: {e}") from None


def _wrap(fn, value):
    try:
        return fn(value)
    except ParamError as e:
        raise ParamError(f"training: {e}") from None


def loss_config(value) -> dict:
    """{"name": canonical, options} from "mse" or {"name": "huber", "delta": 2}."""
    return _wrap(lambda v: named_config(v, LOSSES, "loss",
                                        '{"name": "huber", "delta": 1.0}')[1], value)


def _early_stopping(value) -> dict | None:
    if value is None or value is False:
        return None
    if value is True:
        value = {}
    if not isinstance(value, dict):
        raise ParamError("training: early_stopping must be true, false or an object like "
                         "{\"patience\": 10}")
    by_name = {p.name: p for p in _ES}
    out = {p.name: p.default for p in _ES}
    for key, raw in value.items():
        if key not in by_name:
            raise ParamError(f"training: early_stopping has no setting {key!r} (settings: "
                             f"{', '.join(by_name)})")
        out[key] = _coerce(by_name[key], raw)
    return out


# The schemas of the plain settings, for editors (the app's training panel).
PARAMS = {p.name: p for p in (_EPOCHS, _BATCH, _SEED, _CLIP_NORM, _CLIP_VALUE, _VAL, _TEST,
                              _PRECISION, _SYNC_BN)}
EARLY_STOPPING_PARAMS = _ES

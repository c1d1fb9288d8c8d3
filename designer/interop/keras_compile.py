"""A saved model's compile() (a `.keras` file's `compile_config`, a Keras 2 `.h5` file's
`training_config`) as our training settings, through the same reading as compile() in Keras
code. What cannot be followed is left at our defaults and said in a note: a file's settings
help, but the network and its weights are what the import is for."""
from __future__ import annotations

import numpy as np

from .keras_code_training import check_settings, training_settings
from .keras_code_values import KerasObject


def compile_settings(config) -> tuple[dict | None, list[str]]:
    """(our "training" block or None, notes on what was left out)."""
    if not isinstance(config, dict):
        return None, []
    args = {}
    for key, family in (("optimizer", "optimizers"), ("loss", "losses")):
        value = _object(config.get(key), family)
        if value is not None:
            args[key] = value
    if not args:
        return None, []
    problems: list[str] = []
    training = training_settings((0, args), None, problems)
    check_settings(training, 0, problems)
    notes = [p.removeprefix("line 0: ") for p in problems]
    if problems:  # keep only what reads cleanly
        training = {k: v for k, v in training.items() if not _named_in(k, notes)}
    return training or None, notes


def _object(value, family: str):
    """A config entry as Keras code would have written it: a name, or a class and arguments."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("class_name"), str):
        args = {k: _plain(v) for k, v in (value.get("config") or {}).items()}
        return KerasObject(family, value["class_name"], args, 0, value["class_name"])
    return None


def _plain(value):
    """Keras stores a float32 learning rate as 0.0010000000474974513; it was 0.001."""
    if isinstance(value, float):
        return float(str(np.float32(value)))
    return value


def _named_in(key: str, notes: list[str]) -> bool:
    words = {"optimizer": ("optimizer", "SGD", "Adam", "RMSprop", "Ada", "Nadam"),
             "loss": ("loss",)}.get(key, (key,))
    return any(w in note for note in notes for w in words)

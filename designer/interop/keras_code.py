"""Keras code as the study notes and tutorials write it, read into a Network without running it.

The code is parsed with Python's `ast` and its top-level statements are followed in order:
imports (`tf.keras.`, `keras.`, `from keras.layers import Dense`...), constants
(`num_classes = 10`), `Sequential([...])` and `model.add(...)`, Functional calls
(`x = layers.Dense(64)(x)`, `keras.Model(inputs, outputs)`), then `model.compile(...)` and
`model.fit(...)`, which become the training settings. `keras_config_from_code` turns that into a
Keras model config (what `model.get_config()` would write), which keras_model.py maps to our
layers like any other Keras model.

What cannot be read is named with its line, all at once: a loop, an if, a function or a class
that builds layers, a custom layer, a value only the running code knows (`x_train.shape[1]`),
arithmetic on tensors. Statements that do not touch the model (data loading, plots, prints,
`model.summary()`, `model.evaluate(...)`) pass silently. Nothing is ever executed.
"""
from __future__ import annotations

import ast
import os
import re
from pathlib import Path

from ..file_messages import imports as I
from ..file_messages import keras_code as C
from ..file_messages import network_files as F
from ..network import Network
from .common import MAX_CODE_BYTES, InteropError, check_size, finish_import, refuse
from .keras_code_models import ModelCalls
from .keras_code_statements import Statements
from .keras_code_training import check_settings, training_settings
from .keras_code_values import Model

SOURCE_FORMAT = "Keras code"
_AUTO_MODEL_NAME = re.compile(r"(sequential|functional)(_\d+)?")


def keras_config_from_code(text: str, where: str) -> tuple[dict, dict]:
    """(the Keras model config of the model the code builds, our training settings from its
    compile and fit). Raises InteropError naming every line that cannot be read."""
    return _Reader(text, where).read()


def network_from_keras_code(text: str, where: str, name: str | None = None) -> Network:
    """The Network that Keras code builds (pasted or from a file), with its training settings;
    `name` names it unless the model names itself (Sequential(name=...))."""
    from .keras_model import network_from_keras_config

    model_config, training = keras_config_from_code(text, where)
    auto = _AUTO_MODEL_NAME.fullmatch(model_config["config"]["name"])
    network = network_from_keras_config(model_config, where,
                                        name=name if auto and name else None)
    network.training = training or None
    return finish_import(network, where, SOURCE_FORMAT)


def load_keras_code(path: str | os.PathLike) -> Network:
    """A Network from a .py file of Keras code, named after the file unless the model names
    itself."""
    path = Path(path)
    check_size(path, F.KERAS_CODE_FILE, MAX_CODE_BYTES, expansion=50)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise InteropError(I.NOT_UTF8.format(path, e.reason, e.start)) from None
    except OSError as e:
        raise InteropError(F.CANNOT_READ.format(path, e.strerror or e)) from None
    return network_from_keras_code(text, str(path), name=path.stem)


class _Reader(Statements, ModelCalls):
    """The whole file: its statements (keras_code_statements), the calls that make layers
    (keras_code_calls) and models (keras_code_models), then the model chosen and its training."""

    def __init__(self, text: str, where: str):
        super().__init__(text)
        self.where = where

    def read(self) -> tuple[dict, dict]:
        try:
            tree = ast.parse(self.text)
        except SyntaxError as e:
            raise InteropError(I.NOT_VALID_PYTHON.format(self.where, e.lineno, e.msg)) \
                from None
        except (ValueError, MemoryError, RecursionError) as e:
            raise InteropError(I.NOT_PARSED.format(self.where, e)) from None
        try:
            self.block(tree.body)
            model = self.chosen_model()
            config = self.model_config(model) if model else None
        except RecursionError:
            raise InteropError(I.TOO_DEEP.format(self.where)) from None
        training = self.training(model) if model else {}
        refuse(self.where, sorted(self.problems, key=_line_of))
        return config, training

    def chosen_model(self) -> Model | None:
        """The model the code trains last (else compiles, else builds last)."""
        for attr in ("fit", "compile", None):
            found = [m for m in self.models if attr is None or getattr(m, attr)]
            if found:
                return found[-1]
        if not self.problems:
            self.problems.append(C.NO_MODEL)
        return None

    def training(self, model: Model) -> dict:
        training = training_settings(model.compile, model.fit, self.problems)
        if self.seed is not None:
            training["seed"] = self.seed
        line = (model.fit or model.compile or (model.line,))[0]
        if not self.problems:
            check_settings(training, line, self.problems)
        return training


def _line_of(problem: str) -> int:
    match = re.match(r"line (\d+)", problem)
    return int(match.group(1)) if match else 0

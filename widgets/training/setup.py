"""What the next run will train on and how: the network's "dataset" and "training" blocks, edited
as undoable steps, with the validated settings (every default filled in) for the panel to show.

An edit is a QUndoCommand on the document's stack that holds only keys and values and swaps
them in the network's dicts; `changed` tells the views after every edit, undo, redo or newly
opened network. Choosing a dataset also brings settings that suit it (one undo step)."""
from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from designer.errors import ParamError
from designer.losses import LOSSES
from designer.training.settings import TrainingSettings

from ..i18n import tr

MERGE_SETUP = 2  # QUndoCommand id: repeated edits of one training setting merge
MISSING = object()


class EditSetup(QUndoCommand):
    """Set keys of network.training (field "training") or the whole dataset block."""

    def __init__(self, setup: "TrainingSetup", changes: dict, text: str):
        super().__init__(text)
        self.setup = setup
        self.changes = dict(changes)  # (field, key) -> new value (None: remove the key)
        self.old = {k: setup.raw(*k) for k in self.changes}

    def redo(self) -> None:
        self.setup.write(self.changes)

    def undo(self) -> None:
        self.setup.write(self.old)

    def id(self) -> int:
        return MERGE_SETUP if len(self.changes) == 1 else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, EditSetup) or other.changes.keys() != self.changes.keys():
            return False
        self.changes = dict(other.changes)
        if self.changes == self.old:
            self.setObsolete(True)
        return True


class TrainingSetup(QObject):
    changed = Signal()

    def __init__(self, document, parent=None):
        super().__init__(parent or document)
        self.document = document
        document.reset.connect(self.changed)

    # -- reading ----------------------------------------------------------------------------
    @property
    def network(self):
        return self.document.network

    @property
    def dataset(self) -> dict | None:
        return self.network.dataset

    @property
    def training(self) -> dict:
        return dict(self.network.training or {})

    def raw(self, field: str, key: str | None):
        if field == "dataset":
            return self.network.dataset
        return (self.network.training or {}).get(key)

    def settings(self) -> tuple[TrainingSettings, str | None]:
        """The validated settings, and why the file's settings were refused (then defaults)."""
        try:
            return TrainingSettings.from_dict(self.network.training), None
        except ParamError as e:
            return TrainingSettings(), str(e)

    # -- editing ----------------------------------------------------------------------------
    def set(self, key: str, value, text: str | None = None) -> None:
        """Set one training setting (None removes it: the default applies)."""
        if self.raw("training", key) == value:
            return
        self._push({("training", key): value}, text or tr("Set training {0}").format(key))

    def set_many(self, values: dict, text: str) -> None:
        changes = {("training", k): v for k, v in values.items()
                   if self.raw("training", k) != v}
        if changes:
            self._push(changes, text)

    def set_dataset(self, spec: dict | None, suggested: dict | None = None) -> None:
        """Choose another dataset; `suggested` training settings come in the same undo step."""
        changes = {("dataset", None): spec}
        for key, value in (suggested or {}).items():
            if self.raw("training", key) != value:
                changes[("training", key)] = value
        name = (spec or {}).get("name") or (spec or {}).get("csv") or (spec or {}).get("npz")
        self._push(changes, tr("Use the dataset {0}").format(name))

    def _push(self, changes: dict, text: str) -> None:
        self.document.undo_stack.push(EditSetup(self, changes, text))

    def write(self, changes: dict) -> None:
        """Apply (field, key) -> value pairs to the network (the undo command calls this)."""
        training = dict(self.network.training or {})
        for (field, key), value in changes.items():
            if field == "dataset":
                self.network.dataset = value
            elif value is None:
                training.pop(key, None)
            else:
                training[key] = value
        self.network.training = training or None
        self.changed.emit()


# -- settings that suit a dataset ---------------------------------------------------------------
def suggested_settings(info: dict, current: TrainingSettings) -> dict:
    """Training settings that make sense for a dataset (info: name, task, samples, shape,
    classes): the batch size, epochs, validation split and learning rate a course would start
    with, and the automatic loss when the current one does not fit the task."""
    n, shape = int(info.get("samples") or 0), tuple(info.get("shape") or ())
    size = math.prod(shape) if shape else 0
    if n <= 16:  # truth tables: the whole table is one batch, nothing to hold out
        out = {"batch_size": max(n, 1), "epochs": 300, "validation_split": 0.0, "lr": 0.05}
    elif size <= 2:  # the Playground's sets and 1-D curves
        out = {"batch_size": 10, "epochs": 300, "validation_split": 0.2, "lr": 0.01}
    elif n <= 1000:  # small tables (iris, wine, breast cancer)
        out = {"batch_size": 16, "epochs": 100, "validation_split": 0.2, "lr": 0.01}
    elif n <= 5000:  # digits
        out = {"batch_size": 32, "epochs": 60, "validation_split": 0.2, "lr": 0.001}
    else:  # MNIST-sized
        out = {"batch_size": 128, "epochs": 10, "validation_split": 0.1, "lr": 0.001}
    lr = out.pop("lr")
    optimizer = dict(current.optimizer)
    if optimizer["name"] in ("adam", "adamw", "nadam", "adamax", "rmsprop"):
        optimizer["learning_rate"] = lr
    out["optimizer"] = optimizer
    loss = current.loss
    if loss is not None and (LOSSES.get(loss["name"]).task != info.get("task") or (
            loss["name"] == "binary_crossentropy" and (info.get("classes") or 2) > 2)):
        out["loss"] = None  # automatic: categorical cross-entropy for many classes
    return out


def describe_suggestion(values: dict) -> str:
    parts = []
    if "epochs" in values:
        parts.append(tr("{0} epochs").format(values["epochs"]))
    if "batch_size" in values:
        parts.append(tr("batch {0}").format(values["batch_size"]))
    if "validation_split" in values:
        parts.append(tr("{0:.0%} held out for validation").format(values["validation_split"]))
    if "optimizer" in values:
        parts.append(tr("learning rate {0:g}").format(values["optimizer"]["learning_rate"]))
    return ", ".join(parts)


# -- does the network fit the data? -----------------------------------------------------------
def fit_problem(network, dataset, loss: dict | None):
    """(sentence, fix) for the first way the network does not fit the loaded `dataset`; fix
    is the designer Macro behind "Make the network fit" (or None). (None, None) when it fits.
    The rules and sentences are designer.dataset_fit's, shared with the Problems list,
    `main.py validate` and Train's refusal."""
    from designer.dataset_fit import DataFacts, fit_problems

    problems = fit_problems(network, DataFacts.of(dataset), loss)
    if not problems:
        return None, None
    message = problems[0].message
    return message[:1].upper() + message[1:] + ".", problems[0].fix

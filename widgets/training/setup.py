"""What the next run will train on and how: the network's "dataset" and "training" blocks, edited
as undoable steps, with the validated settings (every default filled in) for the panel to show.

An edit is a designer.commands.EditSetup (keys and values only) run through the document like
any graph edit, so one undo stack holds both and repeated edits of one setting merge. `changed`
tells the views when the blocks changed: after an edit, undo or redo of them, or another network.
Choosing a dataset also brings settings that suit it (one undo step)."""
from __future__ import annotations

import copy

from PySide6.QtCore import QObject, Signal

from designer.commands import choose_dataset, edit_training
from designer.datasets import dataset_label
from designer.errors import ParamError
from designer.training.settings import TrainingSettings

from ..i18n import tr


class TrainingSetup(QObject):
    changed = Signal()

    def __init__(self, document, parent=None):
        super().__init__(parent or document)
        self.document = document
        self._seen = self._blocks()
        document.reset.connect(self._on_reset)
        document.changed.connect(self._on_document_changed)

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

    def settings(self) -> tuple[TrainingSettings, str | None]:
        """The validated settings, and why the file's settings were refused (then defaults)."""
        try:
            return TrainingSettings.from_dict(self.network.training), None
        except ParamError as e:
            return TrainingSettings(), str(e)

    # -- editing ----------------------------------------------------------------------------
    def set(self, key: str, value, text: str | None = None) -> None:
        """Set one training setting (None removes it: the default applies)."""
        self.set_many({key: value}, text or tr("Set training {0}").format(key))

    def set_many(self, values: dict, text: str) -> None:
        edit = edit_training(self.network, values, text)
        if edit is not None:
            self.document.execute(edit)

    def set_dataset(self, spec: dict | None, suggested: dict | None = None) -> None:
        """Choose another dataset; `suggested` training settings come in the same undo step."""
        text = tr("Use the dataset {0}").format(dataset_label(spec) if spec else None)
        self.document.execute(choose_dataset(self.network, spec, suggested, text))

    # -- announcing -------------------------------------------------------------------------
    def _blocks(self) -> tuple:
        return copy.deepcopy((self.network.dataset, self.network.training))

    def _on_reset(self) -> None:
        self._seen = self._blocks()
        self.changed.emit()

    def _on_document_changed(self) -> None:
        """Any edit, undo or redo ends here: announce only those that changed the blocks."""
        blocks = self._blocks()
        if blocks != self._seen:
            self._seen = blocks
            self.changed.emit()


def describe_suggestion(values: dict) -> str:
    """The settings designer.training.suggestions suggested, as a phrase for the status bar."""
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

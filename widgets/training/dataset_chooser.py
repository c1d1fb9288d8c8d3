"""The training form's data rows: the dataset (the catalogue's or a CSV/NPZ file), its options,
a preview of its samples, and a note, with a one-click fix, when the network does not fit it.

The data loads off the GUI thread; choosing a dataset waits for its data, then sets it with
settings that suit it, as one undo step."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QPushButton, QWidget

from designer.dataset_fit import fit_problem
from designer.datasets import DATASETS, dataset_catalog
from designer.training.suggestions import suggested_settings

from .. import catalog, dialogs
from ..editors import make_editor
from ..i18n import tr
from .data_preview import DatasetLoader, DatasetPreview
from .setup import describe_suggestion

FROM_FILE = "\u2026file"


def _spec_key(spec) -> str:
    return json.dumps(spec, sort_keys=True, default=str)


def _spec_of(data: str) -> dict:
    """The dataset block of a combo entry: a catalogue name or a file's path."""
    if data in DATASETS:
        return {"name": data}
    return {"csv": data} if str(data).lower().endswith(".csv") else {"npz": data}


class DatasetChooser(QObject):
    """Adds the data rows to the training form's `form` and keeps them in step with `setup`."""

    message = Signal(str)
    loadedData = Signal()  # `dataset` is another one (or None: it failed to load)

    def __init__(self, setup, form: QFormLayout, parent: QWidget):
        super().__init__(parent)
        self.setup, self.widget = setup, parent
        self.loader = DatasetLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.dataset = None  # the loaded Dataset of the network's dataset block
        self._dataset_key = None
        self._choosing = None  # a dataset chosen in the combo, waiting for its data
        self._fix = None
        self._options_of = object()
        self._dataset_editors = {}
        self._build(form)
        setup.document.changed.connect(self.update_fit)  # the Input or output was edited

    def _build(self, form: QFormLayout) -> None:
        self.combo = QComboBox()
        self.combo.setMaxVisibleItems(20)
        for row in dataset_catalog():
            self.combo.addItem(row["name"], row["name"])
            i = self.combo.count() - 1
            tip = catalog.designer(row["help"])
            if row["unavailable"]:  # e.g. the IDX files are not on this machine
                tip += f"\n({catalog.message(row['unavailable'])})"
            self.combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
            if row["unavailable"]:
                self.combo.model().item(i).setEnabled(False)
        self.combo.insertSeparator(self.combo.count())
        self.combo.addItem(tr("From a CSV or NPZ file\u2026"), FROM_FILE)
        self.combo.activated.connect(self._on_dataset_chosen)
        form.addRow(tr("dataset"), self.combo)
        self.options = QWidget()
        self.options_form = QFormLayout(self.options)
        self.options_form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.options)
        self.preview = DatasetPreview()
        form.addRow(self.preview)
        self.fit_note = QLabel()
        self.fit_note.setObjectName("fieldError")
        self.fit_note.setWordWrap(True)
        self.fit_button = QPushButton(tr("Make the network fit"))
        self.fit_button.setToolTip(tr("Change the Input's shape or the output layer so that "
                                      "they fit this data (one undo step)"))
        self.fit_button.clicked.connect(self._apply_fix)
        form.addRow(self.fit_note)
        form.addRow(self.fit_button)

    # -- from the model ------------------------------------------------------------------------
    def show_choice(self) -> None:
        spec = self.setup.dataset or {}
        name = spec.get("name")
        if name is not None and name in DATASETS:
            name = DATASETS.canonical(name)
        if name is None and ("csv" in spec or "npz" in spec):
            label = str(spec.get("csv") or spec.get("npz"))
            index = self.combo.findData(label)
            if index < 0:
                self.combo.insertItem(self.combo.count() - 2, label, label)
                index = self.combo.findData(label)
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setCurrentIndex(self.combo.findData(name))
        self._build_options(name, spec)

    def _build_options(self, name, spec: dict) -> None:
        kind = "csv" if name is None and "csv" in spec else name
        if kind != self._options_of:
            self._rebuild_options(name, kind)
        for key, editor in self._dataset_editors.items():
            editor.set_value(spec.get(key, editor.param.default))
        if kind == "csv":
            self.csv_target.setText(str(spec.get("target", "")))
            self.csv_skip.blockSignals(True)
            self.csv_skip.setChecked(bool(spec.get("skip_bad_rows", False)))
            self.csv_skip.blockSignals(False)

    def _rebuild_options(self, name, kind) -> None:
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self._dataset_editors = {}
        params = DATASETS.get(name).params if name in DATASETS else ()
        for param in params:
            editor = make_editor(param)
            editor.committed.connect(lambda v, k=param.name: self._on_option(k, v))
            self.options_form.addRow(catalog.label(param), editor)
            self._dataset_editors[param.name] = editor
        if kind == "csv":
            self._csv_options()
        self._options_of = kind
        self.options.setVisible(bool(params) or kind == "csv")

    def _csv_options(self) -> None:
        """A table's target column and what to do with rows that do not parse."""
        from PySide6.QtWidgets import QLineEdit

        self.csv_target = QLineEdit()
        self.csv_target.setPlaceholderText(tr("the last column"))
        self.csv_target.setToolTip(tr("The column to predict; the other columns are the "
                                      "inputs (numbers standardized, text one-hot encoded)"))
        self.csv_target.editingFinished.connect(
            lambda: self._on_option("target", self.csv_target.text().strip() or None))
        self.csv_skip = QCheckBox(tr("leave out rows that do not parse"))
        self.csv_skip.toggled.connect(
            lambda on: self._on_option("skip_bad_rows", True if on else None))
        self.options_form.addRow(tr("target"), self.csv_target)
        self.options_form.addRow("", self.csv_skip)

    def load_preview(self) -> None:
        spec = self.setup.dataset
        key = ("preview", _spec_key(spec), str(self.base_dir()))
        if key == self._dataset_key:
            return
        self._dataset_key = key
        self.dataset = None
        if not spec:
            self.preview.show_message(tr("Choose a dataset to train on."))
            return
        self.preview.show_message(tr("Loading the data\u2026"))
        self.loader.request(key, spec, self.base_dir())

    def base_dir(self):
        source = self.setup.network.source
        path = self.setup.document.path
        return (path or source).parent if (path or source) else None

    def update_fit(self) -> None:
        text, fix = (None, None)
        if self.dataset is not None:
            s, _error = self.setup.settings()
            text, fix = fit_problem(self.setup.network, self.dataset, s.loss)
        self._fix = fix
        self.fit_note.setText(catalog.message(text) if text else "")
        self.fit_note.setVisible(bool(text))
        self.fit_button.setVisible(fix is not None)

    # -- to the model --------------------------------------------------------------------------
    def _on_dataset_chosen(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == FROM_FILE:
            self._choose_file()
            return
        if data is None:
            return
        current = (self.setup.dataset or {})
        if data in DATASETS and current.get("name") in DATASETS and \
                DATASETS.canonical(current["name"]) == DATASETS.canonical(data):
            return
        self._request_choice(_spec_of(data))

    def _request_choice(self, spec: dict) -> None:
        key = ("choose", _spec_key(spec))
        self._choosing = key
        self.preview.show_message(tr("Loading the data\u2026"))
        self.loader.request(key, spec, self.base_dir())

    def _choose_file(self) -> None:
        path = dialogs.export_path(self.widget, str(self.base_dir() or ""), "data")
        if not path:
            self.show_choice()
            return
        base = self.base_dir()
        if base is not None:  # beside the network file: keep the two together
            try:
                path = str(Path(path).resolve().relative_to(Path(base).resolve()))
            except ValueError:
                pass
        self._request_choice({"csv": path} if path.lower().endswith(".csv") else {"npz": path})

    def _on_loaded(self, key, dataset, error: str) -> None:
        if key[0] == "choose" and key == self._choosing:
            self._choose(json.loads(key[1]), dataset)
        elif key == self._dataset_key:
            self._show_loaded(dataset, error)

    def _choose(self, spec: dict, dataset) -> None:
        self._choosing = None
        suggested = None
        if dataset is not None:
            s, _ = self.setup.settings()
            info = {**dataset.info(), "shape": list(dataset.sample_shape)}
            suggested = suggested_settings(info, s)
            self.message.emit(tr("Settings suited to {0}: {1} (Ctrl+Z undoes it).").format(
                dataset.name, describe_suggestion(suggested)))
        self.setup.set_dataset(spec, suggested)
        self.show_choice()  # the same file again changes nothing: the combo shows it anyway

    def _show_loaded(self, dataset, error: str) -> None:
        if dataset is None:
            self.preview.show_message(tr("The data cannot be loaded: {0}").format(
                catalog.message(error)))
            self.dataset = None
        else:
            self.dataset = dataset
            self.preview.show_dataset(dataset)
        self.loadedData.emit()
        self.update_fit()

    def _on_option(self, key: str, value) -> None:
        spec = dict(self.setup.dataset or {})
        if spec.get(key) == value:
            return
        if value is None:
            spec.pop(key, None)
        else:
            spec[key] = value
        self.setup.set_dataset(spec)

    def _apply_fix(self) -> None:
        if self._fix is not None:
            self.setup.document.execute(self._fix)
            self.update_fit()

    def reset(self) -> None:
        """Another document is open: a dataset chosen for the old one and still loading is
        not put into the new one."""
        self._choosing = None

    def shutdown(self) -> None:
        self.loader.wait()

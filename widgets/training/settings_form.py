"""The training settings: the data (with a preview), loss, optimizer and its parameters (with the
learning-rate finder), schedule (with the planned curve), epochs, batch size, validation split,
early stopping, clipping, seed, and where and how fast to run.

Every editor shows the network's own settings and writes through TrainingSetup, so each change
is one undo step and saved with the file. Device and speed are preferences of this computer,
not of the network: they are remembered in the app's settings instead."""
from __future__ import annotations

import json
import math
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.datasets import DATASETS, dataset_catalog
from designer.losses import LOSSES
from designer.optimizers import OPTIMIZERS, optimizer_config
from designer.schedules import SCHEDULES, schedule_config, schedule_curve
from designer.training.settings import EARLY_STOPPING_PARAMS, PARAMS, loss_config

from .. import dialogs, settings
from ..editors import make_editor
from ..i18n import tr
from .data_preview import DatasetLoader, DatasetPreview
from .form_parts import ConfigEditor, OptionalIntEditor, Section, Sparkline
from .lr_finder import LrFinderView
from .plotting import shrinkable
from .setup import describe_suggestion, fit_problem, suggested_settings

FROM_FILE = "\u2026file"
SPEEDS = (("watch", 50.0), ("slow", 10.0), ("full", None))
SPEED_TEXT = {"watch": QT_TRANSLATE_NOOP("", "Watch it learn (up to 50 epochs/s)"),
              "slow": QT_TRANSLATE_NOOP("", "Slow motion (up to 10 epochs/s)"),
              "full": QT_TRANSLATE_NOOP("", "Full speed")}
DEVICES = ("auto", "cpu", "cuda")


def _registry_tooltip(registry):
    def tooltip(name: str) -> str:
        spec = registry.get(name)
        formula = getattr(spec, "formula", "")
        text = f"<b>{name}</b><br>{spec.help}"
        return "<qt>" + text + (f"<br><code>{formula}</code>" if formula else "") + "</qt>"
    return tooltip


def _spec_key(spec) -> str:
    return json.dumps(spec, sort_keys=True, default=str)


class TrainingForm(QWidget):
    message = Signal(str)

    def __init__(self, setup, parent=None):
        super().__init__(parent)
        self.setup = setup
        self.loader = DatasetLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.dataset = None  # the loaded Dataset of the network's dataset block
        self._dataset_key = None
        self._choosing = None  # a dataset chosen in the combo, waiting for its data
        self._fix = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self._data_section())
        layout.addWidget(self._optimization_section())
        layout.addWidget(self._run_section())
        layout.addStretch(1)
        setup.changed.connect(self.refresh)
        setup.document.changed.connect(self._update_fit)  # the Input or output was edited
        setup.document.fileChanged.connect(self._update_resume)  # weights came or went
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _data_section(self) -> Section:
        section = Section(tr("Data"))
        self.dataset_combo = QComboBox()
        self.dataset_combo.setMaxVisibleItems(20)
        for row in dataset_catalog():
            self.dataset_combo.addItem(row["name"], row["name"])
            i = self.dataset_combo.count() - 1
            tip = row["help"] + (f"\n({row['unavailable']})" if row["unavailable"] else "")
            self.dataset_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
            if row["unavailable"]:
                self.dataset_combo.model().item(i).setEnabled(False)
        self.dataset_combo.insertSeparator(self.dataset_combo.count())
        self.dataset_combo.addItem(tr("From a CSV or NPZ file\u2026"), FROM_FILE)
        self.dataset_combo.activated.connect(self._on_dataset_chosen)
        section.form.addRow(tr("dataset"), self.dataset_combo)
        self.dataset_options = QWidget()
        self.dataset_options_form = QFormLayout(self.dataset_options)
        self.dataset_options_form.setContentsMargins(0, 0, 0, 0)
        self._options_of = object()
        self._dataset_editors = {}
        section.form.addRow(self.dataset_options)
        self.preview = DatasetPreview()
        section.form.addRow(self.preview)
        self.fit_note = QLabel()
        self.fit_note.setObjectName("fieldError")
        self.fit_note.setWordWrap(True)
        self.fit_button = QPushButton(tr("Make the network fit"))
        self.fit_button.setToolTip(tr("Change the Input's shape or the output layer so that "
                                      "they fit this data (one undo step)"))
        self.fit_button.clicked.connect(self._apply_fix)
        section.form.addRow(self.fit_note)
        section.form.addRow(self.fit_button)
        self.editors = {}
        for key in ("validation_split", "test_split"):
            self._plain_editor(section, key)
        return section

    def _optimization_section(self) -> Section:
        section = Section(tr("Loss and optimizer"))
        self.loss = ConfigEditor(LOSSES, loss_config, automatic=tr("automatic"),
                                 tooltip=_registry_tooltip(LOSSES))
        self.loss.combo.setToolTip(tr("What the network minimizes. Automatic: binary or "
                                      "categorical cross-entropy for classes, MSE for values."))
        self.loss.committed.connect(lambda c: self.setup.set("loss", c, tr("Set the loss")))
        section.form.addRow(tr("loss"), self.loss)
        self.optimizer = ConfigEditor(OPTIMIZERS, optimizer_config,
                                      tooltip=_registry_tooltip(OPTIMIZERS))
        self.optimizer.committed.connect(self._on_optimizer)
        section.form.addRow(tr("optimizer"), self.optimizer)
        self.lr_finder = LrFinderView(lambda: self.setup.network)
        self.lr_finder.useRate.connect(self._use_rate)
        section.form.addRow("", self.lr_finder)
        self.schedule = ConfigEditor(SCHEDULES, schedule_config,
                                     tooltip=_registry_tooltip(SCHEDULES))
        self.schedule.committed.connect(
            lambda c: self.setup.set("schedule", c, tr("Set the learning-rate schedule")))
        section.form.addRow(tr("schedule"), self.schedule)
        self.schedule_preview = Sparkline()
        self.schedule_preview.setToolTip(tr("The learning rate this schedule plans over the "
                                            "run (log scale)"))
        section.form.addRow("", self.schedule_preview)
        return section

    def _run_section(self) -> Section:
        section = Section(tr("Run"))
        self._plain_editor(section, "epochs")
        self._plain_editor(section, "batch_size")
        seed = OptionalIntEditor(PARAMS["seed"], tr("new each run"))
        seed.committed.connect(lambda v: self.setup.set("seed", v, tr("Set the seed")))
        section.form.addRow(tr("seed"), seed)
        self.editors["seed"] = seed
        self.early = QCheckBox(tr("stop when it stops improving"))
        self.early.setToolTip(tr("Early stopping: end the run when the validation loss has not "
                                 "improved for a number of epochs (patience), and go back to "
                                 "the best weights. A remedy for overfitting."))
        self.early.toggled.connect(self._on_early)
        section.form.addRow(tr("early stopping"), self.early)
        self.early_options = QWidget()
        form = QFormLayout(self.early_options)
        form.setContentsMargins(12, 0, 0, 0)
        self.early_editors = {}
        for param in EARLY_STOPPING_PARAMS:
            editor = make_editor(param)
            editor.committed.connect(lambda v, k=param.name: self._on_early_option(k, v))
            form.addRow(param.name.replace("_", " "), editor)
            self.early_editors[param.name] = editor
        section.form.addRow(self.early_options)
        self._plain_editor(section, "clip_norm")
        self._plain_editor(section, "clip_value")
        self.resume = QCheckBox(tr("start from the network's weights"))
        self.resume.setToolTip(tr("Continue training the weights the network has now (from an "
                                  "earlier run or a file). Unticked, every run starts from "
                                  "freshly initialized weights, so runs compare fairly."))
        section.form.addRow(tr("continue"), self.resume)
        self.device = QComboBox()
        for name in DEVICES:
            self.device.addItem(name, name)
        self.device.setToolTip(tr("Where to compute. auto: the GPU for larger networks when "
                                  "there is one, else the CPU (small networks are faster on "
                                  "the CPU)"))
        self.device.setCurrentIndex(max(0, self.device.findData(
            settings.value("training/device", "auto"))))
        self.device.activated.connect(
            lambda _i: settings.set_value("training/device", self.device.currentData()))
        section.form.addRow(tr("device"), self.device)
        self.speed = QComboBox()
        for key, _rate in SPEEDS:
            self.speed.addItem(tr(SPEED_TEXT[key]), key)
        self.speed.setToolTip(tr("Small networks learn in a blink; slowed down, you can watch "
                                 "the boundary and the histograms change. Large networks are "
                                 "never slowed."))
        self.speed.setCurrentIndex(max(0, self.speed.findData(
            settings.value("training/speed", "watch"))))
        self.speed.activated.connect(
            lambda _i: settings.set_value("training/speed", self.speed.currentData()))
        section.form.addRow(tr("speed"), self.speed)
        shrinkable(self.dataset_combo, self.device, self.speed)
        return section

    def _plain_editor(self, section: Section, key: str) -> None:
        param = PARAMS[key]
        editor = make_editor(param)
        editor.committed.connect(lambda v, k=key: self.setup.set(k, v))
        section.form.addRow(key.replace("_", " "), editor)
        self.editors[key] = editor

    # -- run options (this computer's preferences) ---------------------------------------------
    def run_options(self) -> dict:
        options = {"device": self.device.currentData(),
                    "fresh": not (self.resume.isChecked() and self.resume.isEnabled())}
        rate = dict(SPEEDS)[self.speed.currentData()]
        if rate:
            options["epochs_per_second"] = rate
            options["snapshot_every"] = 0.1  # a smooth picture when there is time for it
        return options

    # -- from the model ------------------------------------------------------------------------
    def refresh(self) -> None:
        s, error = self.setup.settings()
        if error:
            self.message.emit(tr("The file's training settings were not understood ({0}); "
                                 "showing the defaults.").format(error))
        for key, editor in self.editors.items():
            editor.set_value(getattr(s, key))
        self.loss.set_config(s.loss)
        self.optimizer.set_config(s.optimizer)
        self.schedule.set_config(s.schedule)
        self.early.blockSignals(True)
        self.early.setChecked(s.early_stopping is not None)
        self.early.blockSignals(False)
        self.early_options.setVisible(s.early_stopping is not None)
        for key, editor in self.early_editors.items():
            editor.set_value((s.early_stopping or {}).get(key, editor.param.default))
        self._update_resume()
        self._show_dataset_choice()
        self._load_preview()
        self._update_schedule_preview(s)
        self._update_fit()

    def _show_dataset_choice(self) -> None:
        spec = self.setup.dataset or {}
        name = spec.get("name")
        if name is not None and name in DATASETS:
            name = DATASETS.canonical(name)
        if name is None and ("csv" in spec or "npz" in spec):
            label = str(spec.get("csv") or spec.get("npz"))
            index = self.dataset_combo.findData(label)
            if index < 0:
                self.dataset_combo.insertItem(self.dataset_combo.count() - 2, label, label)
                index = self.dataset_combo.findData(label)
            self.dataset_combo.setCurrentIndex(index)
        else:
            self.dataset_combo.setCurrentIndex(self.dataset_combo.findData(name))
        self._build_dataset_options(name, spec)

    def _build_dataset_options(self, name, spec: dict) -> None:
        kind = "csv" if name is None and "csv" in spec else name
        if kind != self._options_of:
            while self.dataset_options_form.rowCount():
                self.dataset_options_form.removeRow(0)
            self._dataset_editors = {}
            params = DATASETS.get(name).params if name in DATASETS else ()
            for param in params:
                editor = make_editor(param)
                editor.committed.connect(lambda v, k=param.name: self._on_dataset_option(k, v))
                self.dataset_options_form.addRow(param.name, editor)
                self._dataset_editors[param.name] = editor
            if kind == "csv":
                self._csv_options()
            self._options_of = kind
            self.dataset_options.setVisible(bool(params) or kind == "csv")
        for key, editor in self._dataset_editors.items():
            editor.set_value(spec.get(key, editor.param.default))
        if kind == "csv":
            self.csv_target.setText(str(spec.get("target", "")))
            self.csv_skip.blockSignals(True)
            self.csv_skip.setChecked(bool(spec.get("skip_bad_rows", False)))
            self.csv_skip.blockSignals(False)

    def _csv_options(self) -> None:
        """A table's target column and what to do with rows that do not parse."""
        from PySide6.QtWidgets import QLineEdit

        self.csv_target = QLineEdit()
        self.csv_target.setPlaceholderText(tr("the last column"))
        self.csv_target.setToolTip(tr("The column to predict; the other columns are the "
                                      "inputs (numbers standardized, text one-hot encoded)"))
        self.csv_target.editingFinished.connect(
            lambda: self._on_dataset_option("target", self.csv_target.text().strip() or None))
        self.csv_skip = QCheckBox(tr("leave out rows that do not parse"))
        self.csv_skip.toggled.connect(
            lambda on: self._on_dataset_option("skip_bad_rows", True if on else None))
        self.dataset_options_form.addRow(tr("target"), self.csv_target)
        self.dataset_options_form.addRow("", self.csv_skip)

    def _load_preview(self) -> None:
        spec = self.setup.dataset
        key = ("preview", _spec_key(spec), str(self._base_dir()))
        if key == self._dataset_key:
            return
        self._dataset_key = key
        self.dataset = None
        if not spec:
            self.preview.show_message(tr("Choose a dataset to train on."))
            return
        self.preview.show_message(tr("Loading the data\u2026"))
        self.loader.request(key, spec, self._base_dir())

    def _base_dir(self):
        source = self.setup.network.source
        path = self.setup.document.path
        return (path or source).parent if (path or source) else None

    def _update_schedule_preview(self, s) -> None:
        steps = 1
        if self.dataset is not None:
            train = len(self.dataset) * (1 - s.validation_split - s.test_split)
            steps = max(math.ceil(train / max(s.batch_size, 1)), 1)
        try:
            x, y = schedule_curve(s.schedule, s.learning_rate, s.epochs, steps, points=120)
        except Exception:  # a schedule the trainer will explain
            self.schedule_preview.hide()
            return
        self.schedule_preview.show()
        name = s.schedule["name"]
        caption = tr("{0}: {1:.2g} \u2192 {2:.2g} over {3} epochs").format(
            name, y[0], y[-1], s.epochs)
        if name == "reduce_on_plateau":
            caption = tr("reduce_on_plateau: {0:.2g}, lowered when the loss stalls").format(y[0])
        self.schedule_preview.set_curve(x, y, log=y.max() / max(y.min(), 1e-12) > 20,
                                        caption=caption)

    def _update_resume(self) -> None:
        self.resume.setEnabled(bool(self.setup.network.weights))

    def _update_fit(self) -> None:
        text, fix = (None, None)
        if self.dataset is not None:
            s, _error = self.setup.settings()
            text, fix = fit_problem(self.setup.network, self.dataset, s.loss)
        self._fix = fix
        self.fit_note.setText(text or "")
        self.fit_note.setVisible(bool(text))
        self.fit_button.setVisible(fix is not None)

    # -- to the model --------------------------------------------------------------------------
    def _on_dataset_chosen(self, index: int) -> None:
        data = self.dataset_combo.itemData(index)
        if data == FROM_FILE:
            self._choose_file()
            return
        if data is None:
            return
        current = (self.setup.dataset or {})
        if data in DATASETS and current.get("name") in DATASETS and \
                DATASETS.canonical(current["name"]) == DATASETS.canonical(data):
            return
        spec = {"name": data} if data in DATASETS else {"csv": data} \
            if str(data).lower().endswith(".csv") else {"npz": data}
        self._request_choice(spec)

    def _request_choice(self, spec: dict) -> None:
        key = ("choose", _spec_key(spec))
        self._choosing = key
        self.preview.show_message(tr("Loading the data\u2026"))
        self.loader.request(key, spec, self._base_dir())

    def _choose_file(self) -> None:
        path = dialogs.export_path(self, str(self._base_dir() or ""), "data")
        if not path:
            self._show_dataset_choice()
            return
        base = self._base_dir()
        if base is not None:  # beside the network file: keep the two together
            try:
                path = str(Path(path).resolve().relative_to(Path(base).resolve()))
            except ValueError:
                pass
        self._request_choice({"csv": path} if path.lower().endswith(".csv") else {"npz": path})

    def _on_loaded(self, key, dataset, error: str) -> None:
        if key[0] == "choose" and key == self._choosing:
            self._choosing = None
            spec = json.loads(key[1])
            suggested = None
            if dataset is not None:
                s, _ = self.setup.settings()
                info = {**dataset.info(), "shape": list(dataset.sample_shape)}
                suggested = suggested_settings(info, s)
                self.message.emit(tr("Settings suited to {0}: {1} (Ctrl+Z undoes it).").format(
                    dataset.name, describe_suggestion(suggested)))
            self.setup.set_dataset(spec, suggested)
            return
        if key != self._dataset_key:
            return
        if dataset is None:
            self.preview.show_message(tr("The data cannot be loaded: {0}").format(error))
            self.dataset = None
        else:
            self.dataset = dataset
            self.preview.show_dataset(dataset)
        s, _ = self.setup.settings()
        self._update_schedule_preview(s)
        self._update_fit()

    def _on_dataset_option(self, key: str, value) -> None:
        spec = dict(self.setup.dataset or {})
        if spec.get(key) == value:
            return
        if value is None:
            spec.pop(key, None)
        else:
            spec[key] = value
        self.setup.set_dataset(spec)

    def _on_optimizer(self, config: dict) -> None:
        s, _ = self.setup.settings()
        old = s.optimizer
        if config["name"] != old["name"]:  # another optimizer keeps a rate the user chose
            old_default = OPTIMIZERS.get(old["name"]).defaults()["learning_rate"]
            if old["learning_rate"] != old_default:
                config = {**config, "learning_rate": old["learning_rate"]}
        self.setup.set("optimizer", config, tr("Set the optimizer"))

    def _use_rate(self, rate: float) -> None:
        s, _ = self.setup.settings()
        rate = float(f"{rate:.2g}")
        self.setup.set("optimizer", {**s.optimizer, "learning_rate": rate},
                       tr("Use the suggested learning rate"))
        self.message.emit(tr("Learning rate set to {0:g}").format(rate))

    def _on_early(self, on: bool) -> None:
        value = {p.name: p.default for p in EARLY_STOPPING_PARAMS} if on else None
        self.setup.set("early_stopping", value, tr("Set early stopping"))

    def _on_early_option(self, key: str, value) -> None:
        s, _ = self.setup.settings()
        self.setup.set("early_stopping", {**(s.early_stopping or {}), key: value},
                       tr("Set early stopping"))

    def _apply_fix(self) -> None:
        if self._fix is not None:
            self.setup.document.execute(self._fix)
            self._update_fit()

    def reset(self) -> None:
        """Another document is open: a dataset chosen for the old one and still loading is
        not put into the new one, and the old network's learning-rate test goes."""
        self._choosing = None
        self.lr_finder.clear()

    def shutdown(self) -> None:
        self.lr_finder.shutdown()
        self.loader.wait()

"""The training settings: the data (with a preview), loss, optimizer and its parameters (with the
learning-rate finder), schedule (with the planned curve), epochs, batch size, validation split,
early stopping, clipping, seed, and where and how fast to run.

Every editor shows the network's own settings and writes through TrainingSetup, so each change
is one undo step and saved with the file. The data rows are a DatasetChooser's. Device and speed
are preferences of this computer, not of the network: they are remembered in the app's
preferences instead."""
from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QVBoxLayout, QWidget

from designer.losses import LOSSES
from designer.optimizers import OPTIMIZERS, optimizer_config
from designer.schedules import SCHEDULES, schedule_config, schedule_curve
from designer.training.settings import EARLY_STOPPING_PARAMS, PARAMS, loss_config

from .. import catalog, preferences
from ..editors import make_editor
from ..i18n import tr
from .dataset_chooser import DatasetChooser
from .form_parts import ConfigEditor, OptionalIntEditor, Section, Sparkline
from .lr_finder import LrFinderView
from .plotting import shrinkable

SPEEDS = (("watch", 50.0), ("slow", 10.0), ("full", None))
SPEED_TEXT = {"watch": QT_TRANSLATE_NOOP("", "Watch it learn (up to 50 epochs/s)"),
              "slow": QT_TRANSLATE_NOOP("", "Slow motion (up to 10 epochs/s)"),
              "full": QT_TRANSLATE_NOOP("", "Full speed")}
DEVICES = ("auto", "cpu", "cuda")


def _registry_tooltip(registry):
    def tooltip(name: str) -> str:
        spec = registry.get(name)
        formula = getattr(spec, "formula", "")
        text = f"<b>{name}</b><br>{catalog.designer(spec.help)}"
        return "<qt>" + text + (f"<br><code>{formula}</code>" if formula else "") + "</qt>"
    return tooltip


class TrainingForm(QWidget):
    message = Signal(str)

    def __init__(self, setup, parent=None):
        super().__init__(parent)
        self.setup = setup
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self._data_section())
        layout.addWidget(self._optimization_section())
        layout.addWidget(self._run_section())
        layout.addStretch(1)
        setup.changed.connect(self.refresh)
        setup.document.fileChanged.connect(self._update_resume)  # weights came or went
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _data_section(self) -> Section:
        section = Section(tr("Data"))
        self.chooser = c = DatasetChooser(self.setup, section.form, self)
        c.message.connect(self.message)
        c.loadedData.connect(self._on_data_loaded)
        self.dataset_combo, self.preview, self.loader = c.combo, c.preview, c.loader
        self.fit_note, self.fit_button = c.fit_note, c.fit_button
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
        seed = OptionalIntEditor(PARAMS["seed"], tr("shared by the runs"))
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
            form.addRow(catalog.label(param), editor)
            self.early_editors[param.name] = editor
        section.form.addRow(self.early_options)
        self._plain_editor(section, "clip_norm")
        self._plain_editor(section, "clip_value")
        self._plain_editor(section, "precision")
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
            preferences.value("training/device", "auto"))))
        self.device.activated.connect(
            lambda _i: preferences.set_value("training/device", self.device.currentData()))
        section.form.addRow(tr("device"), self.device)
        self.speed = QComboBox()
        for key, _rate in SPEEDS:
            self.speed.addItem(tr(SPEED_TEXT[key]), key)
        self.speed.setToolTip(tr("Small networks learn in a blink; slowed down, you can watch "
                                 "the boundary and the histograms change. Large networks are "
                                 "never slowed."))
        self.speed.setCurrentIndex(max(0, self.speed.findData(
            preferences.value("training/speed", "watch"))))
        self.speed.activated.connect(
            lambda _i: preferences.set_value("training/speed", self.speed.currentData()))
        section.form.addRow(tr("speed"), self.speed)
        self.new_seed = QCheckBox(tr("a new seed for each run"))
        self.new_seed.setToolTip(tr("Unticked, runs without a seed of their own share one, drawn "
                                    "when the network was opened, so a comparison changes only "
                                    "what you changed: the same initial weights, shuffling and "
                                    "dropout. Ticked, each run draws its own, to see how much "
                                    "the outcome varies by chance."))
        self.new_seed.setChecked(preferences.value("training/new_seed_each_run", False, bool))
        self.new_seed.toggled.connect(
            lambda on: preferences.set_value("training/new_seed_each_run", on))
        section.form.addRow(tr("seed"), self.new_seed)
        shrinkable(self.dataset_combo, self.device, self.speed)
        return section

    def _plain_editor(self, section: Section, key: str) -> None:
        param = PARAMS[key]
        editor = make_editor(param)
        editor.committed.connect(lambda v, k=key: self.setup.set(k, v))
        section.form.addRow(catalog.label(param), editor)
        self.editors[key] = editor

    # -- run options (this computer's preferences) ---------------------------------------------
    def new_seeds(self) -> bool:
        """Whether each run without a seed of its own draws one (else they share one)."""
        return self.new_seed.isChecked()

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
        self.chooser.show_choice()
        self.chooser.load_preview()
        self._update_schedule_preview(s)
        self.chooser.update_fit()

    @property
    def dataset(self):
        """The loaded Dataset of the network's dataset block (None until it is loaded)."""
        return self.chooser.dataset

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

    def _on_data_loaded(self) -> None:  # the steps per epoch are known now
        s, _ = self.setup.settings()
        self._update_schedule_preview(s)

    def _update_resume(self) -> None:
        self.resume.setEnabled(bool(self.setup.network.weights))

    # -- to the model --------------------------------------------------------------------------
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

    def reset(self) -> None:
        """Another document is open: a dataset chosen for the old one and still loading is
        not put into the new one, and the old network's learning-rate test goes."""
        self.chooser.reset()
        self.lr_finder.clear()

    def shutdown(self) -> None:
        self.lr_finder.shutdown()
        self.chooser.shutdown()

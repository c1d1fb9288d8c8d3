"""Training in the main window: the Training panel and the plot panels as docks, the Train
action (F5), and the rules that keep runs and documents straight:

- a run trains a snapshot of the network, so editing never touches a running model;
- a finished run goes into the document (its history, and its weights when the network is
  still the one it trained), so saving and reopening shows its curves;
- closing the window or opening another file asks before stopping running runs, and no run's
  thread or process outlives the window;
- an error inside a run shows a dialog with the reason, and the app goes on; a diverged run
  says why in the panel and the status bar.
"""
from __future__ import annotations

import secrets

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle

from designer.dataset_fit import dataset_problems

from .. import catalog, dialogs
from ..i18n import tr
from .boundary import BoundaryPanel
from .canvas_tint import CanvasTint
from .confusion import ConfusionPanel
from .curves import CurvesPanel
from .dynamics import DynamicsPanel
from .follow import RunFollowing
from .frames import SCHEDULER
from .outlook import outlook_of
from .panel import TrainingPanel
from .results import store_run, weights_fit
from .runs import RunManager
from .session import TrainingSession
from .setup import TrainingSetup
from .sweep_view import SweepWatcher
from .unit_pictures import UnitPictures
from .weights import WeightsPanel

Area = Qt.DockWidgetArea
PLOTS = (("curves", CurvesPanel, QT_TRANSLATE_NOOP("", "Loss and accuracy")),
         ("boundary", BoundaryPanel, QT_TRANSLATE_NOOP("", "Decision boundary")),
         ("confusion", ConfusionPanel, QT_TRANSLATE_NOOP("", "Confusion matrix")),
         ("weights", WeightsPanel, QT_TRANSLATE_NOOP("", "Weights")),
         ("dynamics", DynamicsPanel, QT_TRANSLATE_NOOP("", "Gradients and activations")))
# Where each dock starts: tabbed behind the editor's panels, raised when training starts.
TABS = (("inspector", "training"), ("summary", "curves"), ("problems", "boundary"),
        ("problems", "confusion"), ("history", "weights"), ("history", "dynamics"))
PLOT_SHARE = 0.46  # of the window's height, for the plots once training starts
PREWARM_MS = 4000  # after start-up (and PyTorch's own warm-up), start a spare trainer process


class TrainingController(QObject):
    def __init__(self, window, backend: str | None = None):
        super().__init__(window)
        # runs without a seed of their own share this one (drawn anew for each network)
        self.shared_seed = _draw_seed()
        self.window = window
        self.document = window.document
        self.setup = TrainingSetup(self.document, self)
        self.manager = RunManager(self, backend)
        self.session = TrainingSession(self.manager, self)
        self.panel = TrainingPanel(self.session, self.setup)
        self.plots = {name: cls(self.session) for name, cls, _title in PLOTS}
        self.tint = CanvasTint(window.scene, self.session, self)
        self.units = UnitPictures(window.scene, self.session, self)
        self._closed = False
        self._shown_plots = False
        self._build_docks()
        self.following = RunFollowing(self)  # File › Follow Run…
        self.sweep = SweepWatcher(self)  # File › Open Sweep…
        self._build_actions()
        self._wire()
        self.session.reset(outlook_of(self.document.network))
        self._load_history()
        QTimer.singleShot(PREWARM_MS, self._prewarm)

    def _prewarm(self) -> None:
        """A spare training process, ready before the first Train (processes only), and the
        plots built while nothing trains: building one on its first show held the window up
        for up to 80 ms just as a run began (bench/bench_app_training.py)."""
        if not self._closed and self.window.isVisible():
            self.manager.prewarm()
            for k, plot in enumerate(self.plots.values()):  # one per pass of the event loop
                QTimer.singleShot(50 * (k + 1), plot, plot.ensure_built)

    # -- building ----------------------------------------------------------------------------
    def _build_docks(self) -> None:
        w = self.window
        w.add_panel(self.panel, tr("Training"), "training", Area.RightDockWidgetArea)
        for name, _cls, title in PLOTS:
            w.add_panel(self.plots[name], tr(title), name, Area.BottomDockWidgetArea)
        for first, second in TABS:  # stacked until the window tabs them when first shown,
            # so that their widths do not add up and widen the window
            w.splitDockWidget(w.panel(first), w.panel(second), Qt.Orientation.Vertical)
        w.add_pending_tabs(TABS)

    def _build_actions(self) -> None:
        w, Pix = self.window, QStyle.StandardPixmap
        menu = w.add_menu("training", tr("&Training"))
        if "help" in w.menus:  # File, Edit, View, Training, Help
            w.menuBar().insertMenu(w.menu("help").menuAction(), menu)

        def action(name, text, slot, keys=(), tip="", icon=None):
            a = QAction(text, w)
            a.setObjectName(name)
            if keys:
                a.setShortcuts([QKeySequence(k) for k in keys])
            if tip:
                a.setStatusTip(tip)
                a.setToolTip(tip)
            if icon is not None:
                a.setIcon(w.style().standardIcon(icon))
            a.triggered.connect(slot)
            w.addAction(a)
            w.actions_by_name[name] = a
            menu.addAction(a)
            return a

        self.train_action = action("train", tr("&Train"), self.train, ["F5"],
                                   tr("Train the network with its training settings"),
                                   Pix.SP_MediaPlay)
        self.pause_action = action("pause_run", tr("&Pause / Resume"),
                                   self.panel.controls._pause_or_resume, ["F6"],
                                   tr("Pause or resume the selected run"))
        self.step_action = action("step_run", tr("&Step One Batch"),
                                  self.panel.controls.step_batch, ["F7"])
        self.stop_action = action("stop_run", tr("St&op"), self.stop_current, ["Shift+F5"],
                                  tr("Stop the selected run"), Pix.SP_MediaStop)
        menu.addSeparator()
        action("find_lr", tr("Find a &Learning Rate"), self._find_lr,
               tip=tr("The learning-rate range test"))
        action("stop_all", tr("Stop &All Runs"), lambda: self.manager.stop_all())
        menu.addSeparator()
        tint = action("tint_canvas", tr("Show &Gradients on the Canvas"), self.tint.set_enabled,
                      tip=tr("Tag each layer on the canvas with its gradient norm and weight "
                             "spread for the selected run; vanishing gradients fade out"))
        tint.setCheckable(True)
        units = action("unit_pictures", tr("Show Hidden &Units on the Canvas"),
                       self.units.set_enabled,
                       tip=tr("For two inputs: beside each hidden layer, what each unit outputs "
                              "over the input plane (orange below 0, blue above)"))
        units.setCheckable(True)
        units.setChecked(self.units.enabled)
        toolbar = getattr(w, "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.train_action)
            toolbar.addAction(self.stop_action)
        self._update_actions()

    def _wire(self) -> None:
        m, controls, runs = self.manager, self.panel.controls, self.panel.runs
        m.computeBoundChanged.connect(SCHEDULER.set_compute_bound)
        m.runFinished.connect(self._on_finished)
        m.runFailed.connect(self._on_failed)
        self.session.changed.connect(lambda *_: self._update_actions())
        controls.trainRequested.connect(self.train)
        runs.stopRequested.connect(lambda run: run.stop())
        runs.deleteRequested.connect(self.delete_run)
        runs.restoreRequested.connect(self.restore_run)
        runs.renameRequested.connect(self.rename_run)
        self.panel.form.message.connect(self.window.show_message)
        self.document.reset.connect(self._on_reset)
        self.document.changed.connect(self._on_document_changed)  # setup edits included
        self.window.files.guards.append(self.confirm_stop)
        problems = getattr(self.window, "problems", None)
        if problems is not None:  # how the network does not fit its data, below the graph's
            problems.add_source(self.dataset_problems)  # refreshed on document.changed
            self.panel.form.loader.loaded.connect(self._on_data_loaded)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- training ----------------------------------------------------------------------------
    def train(self):
        """Start a run of the network as it is now; returns the Run (or None and says why)."""
        network = self.document.network
        refused = self._refusal()
        if refused is not None:
            text, panel = refused
            self._say(text)
            if panel:
                self.window.panel(panel).raise_()
            return None
        self._take_back_refusal()
        overrides = {}
        if (network.training or {}).get("seed") is None and not self.panel.form.new_seeds():
            overrides["seed"] = self.shared_seed  # seed is no hidden variable of a comparison
        run = self.manager.start(network, overrides, options=self.panel.form.run_options())
        self.show_plots(run)
        self.window.show_message(tr("{0} started: it trains a copy of the network, so you can "
                                    "keep editing.").format(run.name))
        return run

    def stop_current(self) -> None:
        run = self.session.current
        if run is not None:
            run.stop()

    def _find_lr(self) -> None:
        self.window.panel("training").raise_()
        self.panel.form.lr_finder.start()

    def _refusal(self) -> tuple[str, str | None] | None:
        """Why the network cannot be trained as it is now (the sentence, and the panel that
        helps), or None."""
        network = self.document.network
        analysis = network.graph.analysis
        if not len(network.graph):
            return tr("Add layers to the network first: there is nothing to train."), None
        if not analysis.valid:
            return (tr("Fix the problems first: {0}").format(catalog.problem(analysis.problems[0])),
                    "problems")
        if not network.dataset:
            return tr("Choose a dataset in the Training panel first."), "training"
        misfit = self.dataset_problems()
        if misfit:
            return tr("Fix the problems first: {0}").format(catalog.problem(misfit[0])), "problems"
        return None

    def dataset_problems(self) -> list:
        """How the network does not fit its dataset: a built-in set from its catalogue entry,
        a file from the data the Training panel loaded (nothing until it has)."""
        return dataset_problems(self.document.network, self.panel.form.dataset, load=False)

    def _on_data_loaded(self, *_args) -> None:
        self.window.problems.refresh()
        self._follow_refusal()

    def _say(self, text: str) -> None:
        self.window.show_message(text)
        self.panel.controls.show_refusal(text)

    def _follow_refusal(self) -> None:
        """After an edit: a refusal on show follows the problems (another sentence), and goes
        once they are fixed."""
        shown = self.panel.controls.refusal
        if shown is None:
            return
        refused = self._refusal()
        if refused is None:
            self._take_back_refusal()
        elif refused[0] != shown:
            self._take_back_refusal()
            self._say(refused[0])

    def _take_back_refusal(self) -> None:
        shown = self.panel.controls.refusal
        if shown is None:
            return
        self.panel.controls.show_refusal(None)
        if self.window.statusBar().currentMessage() == shown:
            self.window.statusBar().clearMessage()

    def show_plots(self, run, pictures: bool = True) -> None:
        """Bring the plots to the front (the boundary for 1-D and 2-D data, else the
        confusion matrix; without `pictures`, the curves only: a followed log has no more)
        and give them room, the first time."""
        w = self.window
        w.panel("training").raise_()
        w.panel("curves").raise_()
        shape = None
        for layer in self.document.network.graph.layers:
            if layer.type == "Input":
                shape = self.document.network.graph.analysis.layers[layer.id].output_shape
        if pictures:
            w.panel("boundary" if shape in ((1,), (2,)) else "confusion").raise_()
            w.panel("weights").raise_()
        if not self._shown_plots:
            self._shown_plots = True
            target = int(w.height() * PLOT_SHARE)
            if w.panel("curves").height() < target:
                w.resizeDocks([w.panel("curves")], [target], Qt.Orientation.Vertical)

    def _update_actions(self) -> None:
        run = self.session.current
        active = run is not None and run.active
        for a in (self.pause_action, self.step_action, self.stop_action):
            a.setEnabled(active)

    # -- results -----------------------------------------------------------------------------
    def _on_finished(self, run) -> None:
        stored = store_run(self.document, run)
        if run.status == "diverged":
            self.window.show_message(tr("{0} diverged: {1}").format(
                run.name, catalog.message(run.end.message or "") if run.end else ""))
        elif stored:
            self.window.show_message(tr("{0} {1}: its weights are now in the network (save "
                                        "to keep them)").format(run.name, tr(run.status)))
        else:
            self.window.show_message(tr("{0} {1}. The network changed while it trained, so its "
                                        "weights were not put into it; use Restore weights "
                                        "after undoing the changes.").format(
                run.name, tr(run.status)))

    def _on_failed(self, run, message: str) -> None:
        if self._closed:
            return
        dialogs.show_error(self.window, tr("Training failed"),
                           tr("{0} could not train: {1}").format(run.name,
                                                                  catalog.message(message)))

    def delete_run(self, run) -> None:
        stored = not run.external and run.history is not None and self._stored(run)
        if stored and not dialogs.confirm(
                self.window, tr("Delete run"),
                tr("Delete \u201c{0}\u201d and its curves? The file keeps it until you "
                   "save.").format(run.name)):
            return
        self.manager.remove(run)
        if stored:
            self.document.update_history_run(run.history["id"], remove=True)

    def rename_run(self, run, name: str) -> None:
        self.manager.rename(run, name)
        if not run.external and run.history is not None and self._stored(run):
            self.document.update_history_run(run.history["id"], name=name)

    def restore_run(self, run) -> None:
        if run.weights is None or run.status == "diverged":
            return
        if not weights_fit(run, self.document.network):
            dialogs.show_error(self.window, tr("Restore weights"), tr(
                "The network has changed since {0} started, so its weights no longer fit it. "
                "Undo the changes (Ctrl+Z) to get back to the network it trained, then "
                "restore.").format(run.name))
            return
        self.document.store_results(run.weights, None)
        self.window.show_message(tr("The weights of {0} are now in the network.").format(
            run.name))

    def _stored(self, run) -> bool:
        runs = (self.document.network.history or {}).get("runs", [])
        return any(r.get("id") == run.history.get("id") for r in runs)

    # -- documents and closing -----------------------------------------------------------------
    def confirm_stop(self) -> bool:
        """Before the document closes: ask, then stop the running runs (their results are
        stored, so the usual save question follows)."""
        active = self.manager.active_runs
        if not active:
            return True
        names = ", ".join(r.name for r in active)
        if not dialogs.confirm(self.window, tr("Stop training"),
                               tr("{0} still training ({1}). Stop and keep what it has "
                                  "learned so far?").format(len(active), names)):
            return False
        self.manager.stop_all()
        return True

    def _on_reset(self) -> None:
        """Another network is open (New, Open, Open Example, Import, Revert): nothing of the
        closed one stays. Its runs go (the manager), the selection, traces and loaded data go
        (the session), every panel forgets what it drew ("reset") and shows the new
        network's outlook, the Training panel drops a refusal and a learning-rate test of the
        old network; then the new network's saved runs come in from its history."""
        self.manager.clear()
        self.shared_seed = _draw_seed()
        self.session.reset(outlook_of(self.document.network))
        self._take_back_refusal()
        self.panel.form.reset()
        self._load_history()

    def _on_document_changed(self) -> None:
        self.session.set_outlook(outlook_of(self.document.network))
        self._follow_refusal()

    def _load_history(self) -> None:
        self.session.base_dir = self._base_dir()
        last = None
        for entry in (self.document.network.history or {}).get("runs", []):
            if entry.get("epochs"):
                last = self.manager.add_saved(entry)
        if last is not None:  # a trained network opens on its curves, as a run ends on them
            self.show_plots(last, pictures=bool(last.snapshot))

    def _base_dir(self):
        path = self.document.path or self.document.network.source
        return path.parent if path else None

    def shutdown(self) -> None:
        """Stop every run and background job; after this no thread or process of ours runs."""
        if self._closed:
            return
        self._closed = True
        self.following.shutdown()
        self.sweep.shutdown()
        self.panel.shutdown()
        self.manager.shutdown()
        self.session.shutdown()


def _draw_seed() -> int:
    return secrets.randbelow(2**31)

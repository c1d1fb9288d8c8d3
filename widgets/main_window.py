"""The main window: the canvas in the middle, panels around it as dock widgets.

Extending it (the training panels): `add_panel(widget, title, name, area)` docks a widget,
lists it under View > Panels and remembers where the user put it; `panel(name)` returns the
dock, e.g. the "training" placeholder to replace; `menu(name)` returns a menu to add actions
to ("file", "edit", "view", or a new one made by `add_menu`). The open network is
`window.document.network`; `open_network(network)` and `open_file(path)` show another one."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QUndoView, QWidget

from designer.interop import IMPORT_SUFFIXES
from designer.network import Network

from . import actions, preferences
from .autosave import Autosave
from .controller import EditorController
from .document import Document
from .file_actions import FileController
from .i18n import tr
from .inspector import Inspector
from .lessons import LessonGuide
from .model_export import ModelExporter
from .palette import LayerPalette
from .problems import ProblemsPanel
from .scene import NetworkScene
from .style import EXAMPLES
from .summary_panel import SummaryPanel
from .view import NetworkView

FIRST_EXAMPLE = EXAMPLES / "spiral_playground.json"
DROPPABLE = (".nnd", *IMPORT_SUFFIXES)  # our files, and the Keras and ONNX files we import
Area = Qt.DockWidgetArea



class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.actions_by_name = {}
        self._restore_state = False
        self.docks: dict[str, QDockWidget] = {}
        self.menus: dict[str, QMenu] = {}
        self.document = Document(self)
        self.scene = NetworkScene(self.document, self)
        self.view = NetworkView(self.scene)
        self.controller = EditorController(self.document, self.scene, self.view, self)
        self.files = FileController(self, self.document)
        self.exporter = ModelExporter(self, self.document)
        self.autosave = Autosave(self.document, parent=self)  # a recovery copy while unsaved
        self.autosave.message.connect(self.show_message)
        self.setCentralWidget(self.view)
        self._build_panels()
        actions.build(self)
        self._build_panels_menu()
        from .training.controller import TrainingController

        self.training = TrainingController(self)
        self.lessons = LessonGuide(self)  # Help › Lessons…
        self._wire()
        self.setAcceptDrops(True)
        self.resize(1600, 1000)
        self._update_title()
        self.statusBar().showMessage(tr("Ready"))

    # -- panels ----------------------------------------------------------------------------
    def _build_panels(self) -> None:
        # The bottom panels (summary, then the training plots) run under the layer palette:
        # the plots need the width more than the palette needs the height.
        self.setCorner(Qt.Corner.BottomLeftCorner, Area.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        self.palette = LayerPalette()
        self.inspector = Inspector(self.document, self.controller)
        self.summary = SummaryPanel(self.document)
        self.problems = ProblemsPanel(self.document)
        self.history = QUndoView(self.document.undo_stack)
        self.history.setEmptyLabel(tr("<opened>"))
        self.add_panel(self.palette, tr("Layers"), "palette", Area.LeftDockWidgetArea)
        self.add_panel(self.inspector, tr("Inspector"), "inspector", Area.RightDockWidgetArea)
        self.add_panel(self.summary, tr("Summary"), "summary", Area.BottomDockWidgetArea)
        self.add_panel(self.problems, tr("Problems"), "problems", Area.BottomDockWidgetArea)
        self.splitDockWidget(self.docks["summary"], self.docks["problems"],
                             Qt.Orientation.Horizontal)
        self.add_panel(self.history, tr("History"), "history", Area.BottomDockWidgetArea)
        self.splitDockWidget(self.docks["problems"], self.docks["history"],
                             Qt.Orientation.Horizontal)
        # Tabbing two groups of one area before the window is first shown leaves a stray
        # tab bar on screen (Qt 6.11); showEvent tabs them (add_pending_tabs), then restores
        # the saved layout.
        self._pending_tabs = []
        self.palette.setMinimumWidth(230)
        self.inspector.setMinimumWidth(330)

    def add_panel(self, widget: QWidget, title: str, name: str,
                  area: Qt.DockWidgetArea = Area.RightDockWidgetArea,
                  tabify_with: str | None = None) -> QDockWidget:
        """Dock `widget` as a panel the user can move, float, close and reopen."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")  # restoreState finds docks by object name
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if tabify_with is not None:
            self.tabifyDockWidget(self.docks[tabify_with], dock)
        self.docks[name] = dock
        if hasattr(self, "panels_menu"):
            self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def add_pending_tabs(self, pairs) -> None:
        """Tab each (first, second) pair of docks when the window is first shown; `first`
        stays in front."""
        self._pending_tabs.extend(pairs)

    def panel(self, name: str) -> QDockWidget:
        return self.docks[name]

    def _build_panels_menu(self) -> None:
        for dock in self.docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())

    def add_menu(self, name: str, title: str) -> QMenu:
        menu = self.menuBar().addMenu(title)
        self.menus[name] = menu
        return menu

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    # -- wiring ----------------------------------------------------------------------------
    def _wire(self) -> None:
        self.scene.selectedIdsChanged.connect(self.inspector.show_layers)
        self.palette.appendRequested.connect(self.controller.append_layer)
        self.summary.layerActivated.connect(self.show_layer)
        self.problems.layerActivated.connect(self.show_layer)
        self.problems.countChanged.connect(self._on_problem_count)
        for source in (self.document.message, self.controller.message, self.inspector.message,
                       self.scene.hint, self.files.message, self.exporter.message):
            source.connect(self.show_message)
        self.document.fileChanged.connect(self._update_title)
        self.document.reset.connect(self._on_reset)
        self.files.recentChanged.connect(self.refresh_recent_menu)
        self._on_problem_count(self.problems.count_shown)

    def _on_reset(self) -> None:
        QTimer.singleShot(0, self.fit_readable)  # once the new items have their size

    def fit_readable(self) -> None:
        """Fit the network, but not so small that its text cannot be read."""
        self.view.fit(min_zoom=0.85)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_layer(self, layer_id: str) -> None:
        """Select a layer and bring it into view (from the problems list or summary)."""
        if layer_id in self.scene.layer_items:
            self.scene.select_ids([layer_id])
            self.view.centerOn(self.scene.layer_items[layer_id])

    def focus_rename(self) -> None:
        if len(self.scene.selected_ids()) == 1:
            self.docks["inspector"].show()
            self.inspector.name_edit.setFocus()
            self.inspector.name_edit.selectAll()

    def set_snap(self, on: bool) -> None:
        self.scene.snap = bool(on)
        preferences.set_value("canvas/snap", bool(on))

    def _on_problem_count(self, count: int) -> None:
        title = tr("Problems ({0})").format(count) if count else tr("Problems")
        self.docks["problems"].setWindowTitle(title)

    def _update_title(self) -> None:
        document = self.document
        name = document.display_name
        if document.path is None and document.network.source is None:
            name = tr("{0} (not saved yet)").format(name)
        self.setWindowTitle(tr("{0}[*] \u2014 Network Designer").format(name))
        self.setWindowModified(document.modified)
        if "revert" in self.actions_by_name:
            self.actions_by_name["revert"].setEnabled(document.path is not None)

    def refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = preferences.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.files.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    # -- documents -------------------------------------------------------------------------
    def open_network(self, network: Network, path=None) -> None:
        """Show `network` (e.g. built by a script); the current one is replaced without asking."""
        self.files.open_network(network, Path(path) if path else None)

    def open_file(self, path) -> bool:
        return self.files.open_path(path)

    def start(self, path: str | None = None) -> None:
        """What the window shows first: a recovery copy after a crash (if the user wants it),
        else the given file, else the last file, else an example."""
        if self.autosave.offer_recovery(self):
            return
        if path and self.files.open_path(path, ask=False):
            return
        last = preferences.recent_files()[:1]
        first_run = not preferences.value("session/started", False, bool)
        preferences.set_value("session/started", True)
        if not path and not first_run and last and Path(last[0]).exists() and \
                self.files.open_path(last[0], ask=False):
            return
        self.files.open_example(FIRST_EXAMPLE, ask=False)

    # -- window events ---------------------------------------------------------------------
    def restore_layout(self) -> None:
        """The size and place of the window from the last session (call before show())."""
        geometry = preferences.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._restore_state = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending_tabs:
            for first, second in self._pending_tabs:
                self.tabifyDockWidget(self.docks[first], self.docks[second])
                self.docks[first].raise_()
            self._pending_tabs = []
            self.resizeDocks([self.docks["palette"], self.docks["inspector"]], [270, 370],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.docks[n] for n in ("summary", "problems", "history")],
                             [500, 360, 360], Qt.Orientation.Horizontal)
            self.resizeDocks([self.docks["summary"]], [200], Qt.Orientation.Vertical)
            state = preferences.value("window/state") if self._restore_state else None
            if state is not None:
                self.restoreState(state, preferences.STATE_VERSION)

    def save_layout(self) -> None:
        preferences.set_value("window/geometry", self.saveGeometry())
        preferences.set_value("window/state", self.saveState(preferences.STATE_VERSION))

    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.training.shutdown()  # no run's thread or process outlives the window
        self.autosave.close()  # a clean close: nothing to recover
        event.accept()

    def dragEnterEvent(self, event) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.files.open_path(path))

    @staticmethod
    def _dropped_file(event) -> str | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(DROPPABLE):
                return url.toLocalFile()
        return None

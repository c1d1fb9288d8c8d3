"""The runs table: every run with its colour, status, progress, best validation result and the
settings that differ between the runs (what a comparison is about: sigmoid vs ReLU, Xavier vs
He, one learning rate or another). Select a run to watch it in the plots; untick it to hide it;
stop, delete, rename it, or put its weights back into the editor."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from designer.training.run_compare import differences, run_settings

from ..i18n import tr
from .frames import SCHEDULER

COLUMNS = ("run", "status", "epoch", "best", "differs")
ROOT = QModelIndex()  # the invalid index: the table's rows hang from it
REFRESH_MS = 200  # rows redraw at most this often while their runs report epochs
STATUS_TEXT = {status: status for status in (  # the run's status, as the table shows it
    QT_TRANSLATE_NOOP("", "starting"), QT_TRANSLATE_NOOP("", "running"),
    QT_TRANSLATE_NOOP("", "paused"), QT_TRANSLATE_NOOP("", "finished"),
    QT_TRANSLATE_NOOP("", "early stopped"), QT_TRANSLATE_NOOP("", "stopped"),
    QT_TRANSLATE_NOOP("", "diverged"), QT_TRANSLATE_NOOP("", "failed"))}


def _swatch(color: str) -> QIcon:
    """The run's colour as a dot, ringed in white so that it shows on a selected row too."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(QPen(QColor("white"), 1.5))
    p.drawEllipse(QRectF(1.5, 1.5, 11, 11))
    p.end()
    icon = QIcon(pixmap)
    # Qt tints an icon's selected look with the highlight colour: a blue run vanished.
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


def _settings_of(run) -> dict:
    document = run.spec.get("document") if run.spec else None
    seed = run.start.seed if run.start else None
    return run_settings(document, run.history, run.overrides, seed)


class Best:
    """A run's best result so far, folded in epoch by epoch (a table row is redrawn up to 30
    times a second; a 10,000-epoch run must not be scanned each time)."""

    def __init__(self):
        self.count = 0
        self.found: dict[str, tuple[float, int]] = {}  # key -> (best value, its epoch)

    def update(self, run) -> None:
        task = run.start.task if run.start else "classification"
        key = "accuracy" if task == "classification" else "r2"
        for r in run.epochs[self.count:]:
            for name in (f"val_{key}", key):
                value = r.value(name)
                if value is not None and (name not in self.found
                                          or value > self.found[name][0]):
                    self.found[name] = (value, r.epoch)
        self.count = len(run.epochs)
        self.key = key

    def text(self, run) -> tuple[str, str]:
        """('97.2% val', tooltip): the best validation result, else the best training one."""
        self.update(run)
        for prefix, where in (("val_", tr("validation")), ("", tr("training"))):
            if prefix + self.key in self.found:
                value, epoch = self.found[prefix + self.key]
                text = f"{value:.1%}" if self.key == "accuracy" else f"R\u00b2 {value:.3f}"
                short = tr("val") if prefix else tr("train")
                return (f"{text} {short}", tr("Best {0} {1}: {2:.4g} at epoch {3}").format(
                    where, self.key, value, epoch))
        return "", ""


class RunsModel(QAbstractTableModel):
    renamed = Signal(object, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.runs: list = []
        self.diffs: dict[int, list[str]] = {}
        self.best: dict[int, Best] = {}
        self._dirty: set = set()
        self._swatches: dict[str, QIcon] = {}
        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.runs = self.session.runs
        self.diffs = differences({r.number: _settings_of(r) for r in self.runs}) \
            if len(self.runs) > 1 else {}
        self.best = {r.number: self.best.get(r.number) or Best() for r in self.runs}
        self.endResetModel()

    def _on_changed(self, run, kinds) -> None:
        kinds = set(kinds or ())
        if run is None or kinds & {"added", "removed", "start"} or run not in self.runs:
            self.reload()
            return
        if kinds & {"status", "name", "visibility", "end", "result", "error"}:
            self._row_changed(run)
        elif "epoch" in kinds and run not in self._dirty:  # a few times a second is plenty
            self._dirty.add(run)
            if len(self._dirty) == 1:
                QTimer.singleShot(SCHEDULER.interval(REFRESH_MS), self._flush)

    def _flush(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for run in dirty:
            if run in self.runs:
                self._row_changed(run)

    def _row_changed(self, run) -> None:
        row = self.runs.index(run)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt's model interface ----------------------------------------------------------------
    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.runs)

    def columnCount(self, parent=ROOT) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Run"), tr("Status"), tr("Epoch"), tr("Best"), tr("Differs in"))[section]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        run = self.runs[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(run, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "run":
            if run.color not in self._swatches:  # asked for on every repaint of the table
                self._swatches[run.color] = _swatch(run.color)
            return self._swatches[run.color]
        if role == Qt.ItemDataRole.CheckStateRole and column == "run":
            shown = run.number not in self.session.hidden
            return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(run, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and \
                run.status in ("failed", "diverged"):
            return QColor("#b42323")
        return None

    def _text(self, run, column: str) -> str:
        if column == "run":
            return run.name
        if column == "status":
            return tr(STATUS_TEXT.get(run.status, run.status))
        if column == "epoch":
            total = run.total_epochs
            return f"{run.epoch} / {total}" if total else str(run.epoch)
        if column == "best":
            return self.best[run.number].text(run)[0]
        return ", ".join(self.diffs.get(run.number, []))

    def _tooltip(self, run, column: str) -> str | None:
        if column == "status":
            return run.error or (run.end.message if run.end else None) or None
        if column == "best":
            return self.best[run.number].text(run)[1] or None
        if column == "differs":
            items = self.diffs.get(run.number, [])
            return "\n".join(items) if items else None
        if column == "run":
            return tr("Untick to hide this run from the plots; double-click to rename")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        run = self.runs[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            self.session.set_shown(run, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role == Qt.ItemDataRole.EditRole and str(value).strip():
            self.renamed.emit(run, str(value).strip())
            return True
        return False


class RunsTable(QWidget):
    stopRequested = Signal(object)
    deleteRequested = Signal(object)
    restoreRequested = Signal(object)
    renameRequested = Signal(object, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = RunsModel(session, self)
        self.model.renamed.connect(self.renameRequested)
        self.view = QTableView()
        self.view.setObjectName("runsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        self.model.modelReset.connect(self._show_current)
        session.selectionChanged.connect(lambda _run: self._show_current())
        self.stop_button = QPushButton(tr("Stop"))
        self.delete_button = QPushButton(tr("Delete"))
        self.restore_button = QPushButton(tr("Restore weights"))
        self.restore_button.setToolTip(tr("Put this run's trained weights into the network in "
                                          "the editor"))
        self.stop_button.clicked.connect(lambda: self._act(self.stopRequested))
        self.delete_button.clicked.connect(lambda: self._act(self.deleteRequested))
        self.restore_button.clicked.connect(lambda: self._act(self.restoreRequested))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.stop_button, self.delete_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        session.changed.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _act(self, signal) -> None:
        run = self.session.current
        if run is not None:
            signal.emit(run)

    def _on_row(self, current, _previous) -> None:
        if current.isValid() and current.row() < len(self.model.runs):
            self.session.select(self.model.runs[current.row()])

    def _show_current(self) -> None:
        run = self.session.current
        if run in self.model.runs:
            row = self.model.runs.index(run)
            if self.view.currentIndex().row() != row:
                self.view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        run = self.session.current
        self.stop_button.setEnabled(run is not None and run.active)
        self.delete_button.setEnabled(run is not None)
        self.restore_button.setEnabled(run is not None and run.weights is not None
                                       and run.status != "diverged")

    def _menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        run = self.model.runs[index.row()]
        self.session.select(run)
        menu = QMenu(self)
        menu.addAction(tr("Rename"), lambda: self.view.edit(self.model.index(index.row(), 0)))
        stop = menu.addAction(tr("Stop"), lambda: self.stopRequested.emit(run))
        stop.setEnabled(run.active)
        restore = menu.addAction(tr("Restore weights into the editor"),
                                 lambda: self.restoreRequested.emit(run))
        restore.setEnabled(run.weights is not None and run.status != "diverged")
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: self.deleteRequested.emit(run))
        menu.popup(self.view.viewport().mapToGlobal(pos))

"""The runs table: every run with its colour, status, progress, best validation result, the
settings that differ between the runs (what a comparison is about: sigmoid vs ReLU, Xavier vs
He, one learning rate or another) and a column per differing setting or searched parameter of
a sweep. Select a run to watch it in the plots; untick it to hide it; sort by any column;
colour the runs by a setting or by their result; stop, delete, rename it, put its weights back
into the editor, or open a sweep trial's network."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from .colors import SCALE
from .run_colors import RESULT, Coloring, coloring, paint
from .run_params import metric_of
from .runs_model import COLUMNS, RunsModel

DIFFERS = COLUMNS.index("differs")
DIFFERS_WIDTH = 220  # at most, when parameter columns follow it
MIN_ROWS = 3  # rows the table shows at least (a comparison is of two or three runs)
FIT_ROWS = 60  # columns fit this many rows, those in view first (not all of a big sweep's)


class ColorBy(QWidget):
    """"Colour by: [run | result | a setting]" and its legend; paints the session's runs."""

    def __init__(self, session, model: RunsModel, parent=None):
        super().__init__(parent)
        self.session, self.model = session, model
        self.key = None  # None: each run its own colour; RESULT; or a parameter's key
        self.coloring: Coloring | None = None
        self.choice = QComboBox()
        self.choice.setObjectName("colorBy")
        self.choice.setToolTip(tr("Colour the runs' curves by a setting (a scale for numbers, "
                                  "a colour per choice) or by their result"))
        self.choice.currentIndexChanged.connect(self._on_choice)
        self.legend = QLabel()
        self.legend.setObjectName("muted")
        self.legend.setMinimumWidth(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Colour by")))
        layout.addWidget(self.choice)
        layout.addWidget(self.legend, 1)
        model.modelReset.connect(self.refresh)
        self.refresh()

    def choose(self, key) -> None:
        """Colour by `key` (None, RESULT or a parameter's key), if it is offered."""
        index = self.choice.findData(key)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    def refresh(self) -> None:
        """The runs or their columns changed: relist the choices, and paint again."""
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(tr("run"), None)
        self.choice.addItem(tr("result"), RESULT)
        for column in self.model.params.columns:
            self.choice.addItem(column.label, column.key)
        index = self.choice.findData(self.key)
        self.key = self.key if index >= 0 else None
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)
        self.setVisible(len(self.model.runs) > 1)
        self._paint()

    def _on_choice(self, _index: int) -> None:
        self.key = self.choice.currentData()
        self._paint()

    def _paint(self) -> None:
        runs = self.model.runs
        self.coloring = None if self.key is None else coloring(runs, self._values(runs))
        self._show_legend()
        if paint(runs, self.coloring):
            self.session.changed.emit(None, {"color", "visibility"})

    def _values(self, runs: list) -> list:
        if self.key == RESULT:  # on one scale only the runs judged by the commonest metric
            found = [metric_of(r, self.model.best.get(r.number)) for r in runs]
            names = Counter(f[0] for f in found if f)
            metric = names.most_common(1)[0][0] if names else None
            return [f[1] if f and f[0] == metric else None for f in found]
        column = self.model.params.column(self.key)
        return [self.model.params.value(r, column) if column else None for r in runs]

    def _show_legend(self) -> None:
        c = self.coloring
        if c is None:
            self.legend.setText("")
        elif c.scale:
            ends = tr("{0:.3g} \u2192 {1:.3g}").format(c.low, c.high)
            log = tr(" (log)") if c.log else ""
            self.legend.setText(_gradient_html() + f" {ends}{log}")
        else:
            self.legend.setText("  ".join(f"<span style='color:{color}'>\u25cf</span> {text}"
                                          for text, color in c.choices))


def _gradient_html() -> str:
    return "".join(f"<span style='color:#{r:02x}{g:02x}{b:02x}'>\u2588</span>"
                   for r, g, b in SCALE)


class RunsTable(QWidget):
    stopRequested = Signal(object)
    deleteRequested = Signal(object)
    restoreRequested = Signal(object)
    renameRequested = Signal(object, str)
    openRequested = Signal(object)  # a sweep trial whose network to open in the editor

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
        self.view.setMinimumHeight(self._rows_height(MIN_ROWS))
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # in the order they came
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        self.model.modelReset.connect(self._on_reset)
        self.color_by = ColorBy(session, self.model)
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
        layout.addWidget(self.color_by)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        session.changed.connect(lambda *_: self._update_buttons())
        self._on_reset()

    def _rows_height(self, rows: int) -> int:
        """The table's height for its header, `rows` rows and a horizontal scroll bar."""
        view = self.view
        return (view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                + rows * view.verticalHeader().defaultSectionSize()
                + view.horizontalScrollBar().sizeHint().height())

    def sort_by(self, key: str, descending: bool) -> None:
        """Sort by a column ("best", a parameter's key, ...) as a click on its header does."""
        self.model.sync()  # every run in, and its parameters' columns
        self.model.sorting = (key, descending)
        section = self.model.sort_section()
        if section >= 0:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.view.sortByColumn(section, order)

    def _on_reset(self) -> None:
        """Columns may have come or gone: size them, and keep the sort indicator on its
        column. A sweep's trials all differ in their parameters: no "Differs in" then."""
        header = self.view.horizontalHeader()
        columns = self.model.columnCount()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if columns > len(COLUMNS):
            header.setSectionResizeMode(DIFFERS, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(DIFFERS, min(self.view.sizeHintForColumn(DIFFERS),
                                              DIFFERS_WIDTH))
        else:
            header.setSectionResizeMode(DIFFERS, QHeaderView.ResizeMode.Stretch)
        runs = self.model.runs
        self.view.setColumnHidden(DIFFERS, bool(runs) and all(r.remote for r in runs))
        section = self.model.sort_section()
        order = Qt.SortOrder.DescendingOrder if self.model.sorting[1] \
            else Qt.SortOrder.AscendingOrder
        if section >= 0 and (header.sortIndicatorSection(), header.sortIndicatorOrder()) != \
                (section, order):
            header.blockSignals(True)  # the model is sorted already
            header.setSortIndicator(section, order)
            header.blockSignals(False)
            header.viewport().update()
        self._show_current()

    def _on_double_click(self, index) -> None:
        run = self.model.runs[index.row()] if index.isValid() else None
        if run is not None and run.remote and run.network_file:
            self.openRequested.emit(run)

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
        self.stop_button.setText(tr("Stop following") if run is not None and run.external
                                 and not run.remote else tr("Stop"))
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
        if run.remote:
            trial = menu.addAction(tr("Open this trial's network"),
                                   lambda: self.openRequested.emit(run))
            trial.setEnabled(bool(run.network_file))
        else:
            menu.addAction(tr("Rename"),
                           lambda: self.view.edit(self.model.index(index.row(), 0)))
        stop = menu.addAction(tr("Stop following") if run.external else tr("Stop"),
                              lambda: self.stopRequested.emit(run))
        stop.setEnabled(run.active)
        restore = menu.addAction(tr("Restore weights into the editor"),
                                 lambda: self.restoreRequested.emit(run))
        restore.setEnabled(run.weights is not None and run.status != "diverged")
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: self.deleteRequested.emit(run))
        menu.popup(self.view.viewport().mapToGlobal(pos))

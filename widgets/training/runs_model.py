"""The runs table's model: every run with its colour, status, progress, best result (a sweep
trial's value for its metric), what it differs in, and a column per searched parameter or
differing setting (run_params.py); sortable by any column, runs without a value last."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon

from designer.training.run_compare import differences

from .. import catalog
from ..i18n import tr
from .colors import swatch
from .frames import SCHEDULER
from .run_params import RunParams, cell, metric_of, sort_key

COLUMNS = ("run", "status", "epoch", "best", "differs")  # then one per parameter
ROOT = QModelIndex()  # the invalid index: the table's rows hang from it
REFRESH_MS = 200  # rows redraw at most this often while their runs report epochs
STATUS_TEXT = {status: status for status in (  # the run's status, as the table shows it
    QT_TRANSLATE_NOOP("", "starting"), QT_TRANSLATE_NOOP("", "running"),
    QT_TRANSLATE_NOOP("", "paused"), QT_TRANSLATE_NOOP("", "finished"),
    QT_TRANSLATE_NOOP("", "early stopped"), QT_TRANSLATE_NOOP("", "stopped"),
    QT_TRANSLATE_NOOP("", "diverged"), QT_TRANSLATE_NOOP("", "failed"),
    QT_TRANSLATE_NOOP("", "waiting"), QT_TRANSLATE_NOOP("", "pruned"))}
HEADERS = (QT_TRANSLATE_NOOP("", "Run"), QT_TRANSLATE_NOOP("", "Status"),
           QT_TRANSLATE_NOOP("", "Epoch"), QT_TRANSLATE_NOOP("", "Best"),
           QT_TRANSLATE_NOOP("", "Differs in"))
MUTED = {"pruned": "#7b8794", "failed": "#b42323", "diverged": "#b42323"}
RESORT_ON = {"epoch": {"epoch", "best"}, "status": {"status"}}  # kinds -> sort keys they move
RELOAD_ON = {"added", "removed", "start", "params"}  # a run's kinds that change the columns
REDRAW_ALL_ON = {"color", "visibility", "selection", "dataset", "document"}  # all runs' kinds


class Best:
    """A run's best result so far, folded in epoch by epoch (a table row is redrawn up to 30
    times a second; a 10,000-epoch run must not be scanned each time)."""

    def __init__(self):
        self.count = 0
        self.found: dict[str, tuple[float, int]] = {}  # key -> (best value, its epoch)
        self.key = "accuracy"

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

    def found_value(self, run) -> tuple[str, float] | None:
        """(metric, value): the best validation result, else the best training one."""
        self.update(run)
        for name in (f"val_{self.key}", self.key):
            if name in self.found:
                return name, self.found[name][0]
        return None

    def text(self, run) -> tuple[str, str]:
        """('97.2% val', tooltip), or a sweep trial's ('val_loss 0.123', tooltip)."""
        self.update(run)
        if run.objective is not None:
            found = metric_of(run)
            if found is not None:
                return f"{found[0]} {found[1]:.4g}", tr("The sweep's metric, {0}").format(
                    found[0])
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
        self.params = RunParams([])
        self.diffs: dict[int, list[str]] = {}
        self.best: dict[int, Best] = {}
        self.sorting = ("run", False)  # (column key, descending)
        self._dirty: set = set()
        self._reload_due = False
        self._swatches: dict[str, QIcon] = {}
        session.changed.connect(self._on_changed)
        self.reload()

    def reload_soon(self) -> None:
        """Reload once the events queued now are handled: a sweep adding 200 trials, each
        added, started and described, is one reload rather than 600 (each is linear in the
        runs, and every view of the table resizes its columns after it)."""
        if not self._reload_due:
            self._reload_due = True
            QTimer.singleShot(0, self.sync)

    def sync(self) -> None:
        """Do the reload asked for by reload_soon now (for a caller about to read the rows)."""
        if self._reload_due:
            self.reload()

    def reload(self) -> None:
        self._reload_due = False
        self.beginResetModel()
        runs = self.session.runs
        self.params = RunParams(runs)
        self.diffs = differences(self.params.settings) if len(runs) > 1 else {}
        self.best = {r.number: self.best.get(r.number) or Best() for r in runs}
        self.runs = self._sorted(runs)
        self.endResetModel()

    def column_key(self, section: int):
        """"run", "status", "epoch", "best", "differs", or a parameter's Column."""
        if section < len(COLUMNS):
            return COLUMNS[section]
        return self.params.columns[section - len(COLUMNS)]

    def _on_changed(self, run, kinds) -> None:
        kinds = set(kinds or ())
        if run is None:
            self._on_all_changed(kinds)
            return
        if "removed" in kinds:
            self._remove_row(run)  # at once: no row for a run that is gone
        elif "added" in kinds and run not in self.runs:
            self._append_row(run)  # at once, last; in its place after the reload
        if kinds & RELOAD_ON or run not in self.runs:
            self.reload_soon()
            return
        if kinds & {"status", "name", "visibility", "end", "result", "error", "color"}:
            self._row_changed(run)
            if self.sorting[0] in RESORT_ON["status"]:
                self._resort()
        elif "epoch" in kinds and run not in self._dirty:  # a few times a second is plenty
            self._dirty.add(run)
            if len(self._dirty) == 1:
                QTimer.singleShot(SCHEDULER.interval(REFRESH_MS), self._flush)

    def _on_all_changed(self, kinds: set) -> None:
        """Every run: coloured anew or shown/hidden (their swatches and ticks), else the
        runs themselves may have changed (another document: "reset")."""
        if kinds <= REDRAW_ALL_ON:
            if kinds & {"color", "visibility"} and self.runs:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.runs) - 1, 0))
            return
        self.reload_soon()

    def _append_row(self, run) -> None:
        row = len(self.runs)
        self.beginInsertRows(ROOT, row, row)
        self.runs.append(run)
        self.best.setdefault(run.number, Best())
        self.endInsertRows()

    def _remove_row(self, run) -> None:
        if run in self.runs:
            row = self.runs.index(run)
            self.beginRemoveRows(ROOT, row, row)
            del self.runs[row]
            self.endRemoveRows()

    def _flush(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for run in dirty:
            if run in self.runs:
                self._row_changed(run)
        if self.sorting[0] in RESORT_ON["epoch"]:
            self._resort()

    def _row_changed(self, run) -> None:
        row = self.runs.index(run)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.column_key(column)
        self.sorting = (key.key if not isinstance(key, str) else key,
                        order == Qt.SortOrder.DescendingOrder)
        self._resort()

    def sort_section(self) -> int:
        """The column sorted by now (-1: none of those shown)."""
        key = self.sorting[0]
        if key in COLUMNS:
            return COLUMNS.index(key)
        keys = [c.key for c in self.params.columns]
        return len(COLUMNS) + keys.index(key) if key in keys else -1

    def _resort(self) -> None:
        order = self._sorted(self.runs)
        if order == self.runs:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        rows = {id(run): k for k, run in enumerate(order)}
        new = [self.index(rows[id(self.runs[i.row()])], i.column()) for i in old]
        self.runs = order
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted(self, runs: list) -> list:
        key, descending = self.sorting
        if key == "run":
            return sorted(runs, key=lambda r: r.number, reverse=descending)
        pairs = [(self._sort_value(r, key), r) for r in runs]
        present = sorted((p for p in pairs if p[0] not in (None, "")),
                         key=lambda p: sort_key(p[0]), reverse=descending)
        return [r for _v, r in present] + [r for v, r in pairs if v in (None, "")]

    def _sort_value(self, run, key: str):
        if key == "epoch":
            return run.epoch
        if key == "best":
            found = metric_of(run, self.best.setdefault(run.number, Best()))
            return found[1] if found else None
        if key in ("status", "differs"):
            return self._text(run, key)
        column = self.params.column(key)
        return self.params.value(run, column) if column else None

    # -- Qt's model interface ----------------------------------------------------------------
    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.runs)

    def columnCount(self, parent=ROOT) -> int:
        return len(COLUMNS) + len(self.params.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = self.column_key(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section]) if isinstance(key, str) else key.label
        if role == Qt.ItemDataRole.ToolTipRole and not isinstance(key, str):
            what = tr("Searched by the sweep") if key.searched else \
                tr("A setting that differs between the runs")
            return f"{what}: {', '.join(key.keys)}"
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
            if not self.runs[index.row()].remote:  # a trial: double-click opens its network
                base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        run = self.runs[index.row()]
        column = self.column_key(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(run, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "run":
            if run.color not in self._swatches:  # asked for on every repaint of the table
                self._swatches[run.color] = swatch(run.color)
            return self._swatches[run.color]
        if role == Qt.ItemDataRole.CheckStateRole and column == "run":
            shown = run.number not in self.session.hidden
            return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(run, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and \
                run.status in MUTED:
            return QColor(MUTED[run.status])
        return None

    def _text(self, run, column) -> str:
        if not isinstance(column, str):
            return cell(self.params.value(run, column))
        if column == "run":
            return run.name
        if column == "status":
            return tr(STATUS_TEXT.get(run.status, run.status))
        if column == "epoch":
            total = run.total_epochs
            return f"{run.epoch} / {total}" if total else str(run.epoch)
        if column == "best":
            return self.best.setdefault(run.number, Best()).text(run)[0]
        return ", ".join(self.diffs.get(run.number, []))

    def _tooltip(self, run, column) -> str | None:
        if not isinstance(column, str):
            settings = self.params.settings.get(run.number, {})
            return "\n".join(f"{k} = {cell(settings.get(k))}" for k in column.keys)
        if column == "status":
            said = run.error or (run.end.message if run.end else None)
            return catalog.message(said) if said else None  # designer's sentence, translated
        if column == "best":
            return self.best.setdefault(run.number, Best()).text(run)[1] or None
        if column == "differs":
            items = self.diffs.get(run.number, [])
            return "\n".join(items) if items else None
        if column == "run":
            if run.network_file:
                return tr("Double-click to open this trial's network in the editor")
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

"""The problems list: every validation message, each tied to its layer; clicking one selects
that layer on the canvas. Below the graph's own problems come those of other sources (the
training panel adds how the network does not fit its dataset); a problem that carries a fix
(a designer command) has a "Make the network fit" row under it, and the same action on its
context menu."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu

from . import catalog, icons
from .i18n import tr

FIX_ROLE = Qt.ItemDataRole.UserRole + 1  # the command that fixes the item's problem
ACTION_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a "Make the network fit" row


class ProblemsPanel(QListWidget):
    layerActivated = Signal(str)
    countChanged = Signal(int)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.sources: list[Callable[[], list]] = []  # more problems, after the graph's
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self.count_shown = -1
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)
        document.changed.connect(self.refresh)
        self.refresh()

    def add_source(self, problems: Callable[[], list]) -> None:
        """Show `problems()` below the graph's problems (call refresh when they change)."""
        self.sources.append(problems)
        self.refresh()

    def problems(self) -> list:
        found = list(self.document.graph.analysis.problems)
        for source in self.sources:
            found += source()
        return found

    def refresh(self) -> None:
        problems = self.problems()
        self.clear()
        if not problems:
            item = QListWidgetItem(QIcon(icons.ok_pixmap(16)),
                                   tr("No problems: every layer fits its input."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        for problem in problems:
            where, text = problem.layer_id or tr("network"), catalog.message(problem.message)
            item = QListWidgetItem(QIcon(icons.problem_pixmap(16)), f"{where}: {text}")
            item.setData(Qt.ItemDataRole.UserRole, problem.layer_id)
            item.setToolTip(text)
            self.addItem(item)
            fix = getattr(problem, "fix", None)
            if fix is not None:
                item.setData(FIX_ROLE, fix)
                self.addItem(self._fix_item(problem.layer_id, fix))
        if len(problems) != self.count_shown:
            self.count_shown = len(problems)
            self.countChanged.emit(len(problems))

    def _fix_item(self, layer_id, fix) -> QListWidgetItem:
        item = QListWidgetItem("\u2192 " + tr("Make the network fit"))
        item.setData(Qt.ItemDataRole.UserRole, layer_id)
        item.setData(FIX_ROLE, fix)
        item.setData(ACTION_ROLE, True)
        item.setToolTip(tr("Change the layer so that it fits the data (one undo step)"))
        font = item.font()
        font.setUnderline(True)
        item.setFont(font)
        item.setForeground(self.palette().link())
        return item

    def fix(self, item: QListWidgetItem) -> bool:
        """Run the item's "Make the network fit" (one undo step); False when it has none."""
        command = item.data(FIX_ROLE)
        return command is not None and self.document.execute(command)

    def _on_clicked(self, item: QListWidgetItem) -> None:
        if item.data(ACTION_ROLE):
            self.fix(item)
            return
        layer_id = item.data(Qt.ItemDataRole.UserRole)
        if layer_id:
            self.layerActivated.emit(layer_id)

    def _on_context_menu(self, pos) -> None:
        item = self.itemAt(pos)
        if item is None or item.data(FIX_ROLE) is None:
            return
        menu = QMenu(self)
        menu.addAction(tr("Make the network fit"), lambda: self.fix(item))
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()

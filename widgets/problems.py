"""The problems list: every validation message, each tied to its layer; clicking one selects
that layer on the canvas."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from . import icons
from .i18n import tr


class ProblemsPanel(QListWidget):
    layerActivated = Signal(str)
    countChanged = Signal(int)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.count_shown = -1
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        problems = self.document.graph.analysis.problems
        self.clear()
        if not problems:
            item = QListWidgetItem(QIcon(icons.ok_pixmap(16)),
                                   tr("No problems: every layer fits its input."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        for problem in problems:
            where = problem.layer_id or tr("network")
            item = QListWidgetItem(QIcon(icons.problem_pixmap(16)), f"{where}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.layer_id)
            item.setToolTip(problem.message)
            self.addItem(item)
        if len(problems) != self.count_shown:
            self.count_shown = len(problems)
            self.countChanged.emit(len(problems))

    def _on_clicked(self, item: QListWidgetItem) -> None:
        layer_id = item.data(Qt.ItemDataRole.UserRole)
        if layer_id:
            self.layerActivated.emit(layer_id)

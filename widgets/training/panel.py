"""The Training panel: the controls and progress on top, the runs below, the settings under
them (scrolling), in one dock next to the Inspector."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from .controls import ControlsBar
from .runs_table import RunsTable
from .training_form import TrainingForm


class TrainingPanel(QWidget):
    def __init__(self, session, setup, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.controls = ControlsBar(session)
        self.runs = RunsTable(session)
        self.form = TrainingForm(setup)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.scroll = scroll
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(6, 6, 6, 0)
        top_layout.addWidget(self.controls)
        top_layout.addWidget(self.runs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def shutdown(self) -> None:
        self.form.shutdown()

"""The model summary: Keras' model.summary() as a table, with the totals on top and whether
the network is ready. Clicking a row selects its layer on the canvas."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.summary import summary_dict

from . import icons, style
from .i18n import tr


def shape_text(shape) -> str:
    return "?" if shape is None else "(" + ", ".join(["None", *map(str, shape)]) + ")"


class SummaryPanel(QWidget):
    layerActivated = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.status_icon = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([tr("Layer (type)"), tr("Output shape"), tr("Param #"),
                                    tr("Connected to")])
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemClicked.connect(
            lambda item, _col: self.layerActivated.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        top = QHBoxLayout()
        top.addWidget(self.status_icon)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        data = summary_dict(self.document.graph)
        self.totals.setText(tr("Total params: <b>{0:,}</b> \u00b7 trainable: {1:,} \u00b7 "
                               "non-trainable: {2:,}").format(
            data["total_params"], data["trainable_params"], data["non_trainable_params"]))
        problems = len(data["problems"])
        self.status_icon.setPixmap(icons.problem_pixmap(16) if problems else icons.ok_pixmap(16))
        self.status.setText(tr("{0} problem(s): see the Problems list").format(problems)
                            if problems else tr("Valid: every shape fits"))
        self.status.setStyleSheet(f"color: {style.PROBLEM.name() if problems else style.OK.name()};"
                                  " font-weight: bold;")
        self.table.setUpdatesEnabled(False)
        self.table.clear()
        for row in data["layers"]:
            params = row["params"]
            item = QTreeWidgetItem([f"{row['id']} ({row['type']})", shape_text(row["output_shape"]),
                                    "?" if params is None else f"{params:,}",
                                    ", ".join(row["inputs"])])
            item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
            item.setIcon(0, icons.layer_icon(row["type"]))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        self.table.setUpdatesEnabled(True)

    def totals_text(self) -> str:
        return self.totals.text()

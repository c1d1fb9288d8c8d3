"""The layer palette: every registered layer type by category, with an icon, a one-line
description and a search box. Drag an entry onto the canvas, or double-click it to add it
after the selected layer."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.layers import CATEGORIES, LAYERS

from . import catalog, concepts, icons, style
from .view import LAYER_MIME

CATEGORY_NAMES = (  # so that lupdate offers the registry's category names for translation
    QT_TRANSLATE_NOOP("LayerPalette", "Input"), QT_TRANSLATE_NOOP("LayerPalette", "Core"),
    QT_TRANSLATE_NOOP("LayerPalette", "Convolution"),
    QT_TRANSLATE_NOOP("LayerPalette", "Pooling"),
    QT_TRANSLATE_NOOP("LayerPalette", "Normalization"),
    QT_TRANSLATE_NOOP("LayerPalette", "Regularization"),
    QT_TRANSLATE_NOOP("LayerPalette", "Reshaping"), QT_TRANSLATE_NOOP("LayerPalette", "Merge"))
TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2


class _EntryDelegate(QStyledItemDelegate):
    """Layer entries on two lines: the name, then its description in grey."""

    def sizeHint(self, option, index):
        if index.data(TYPE_ROLE) is None:
            return super().sizeHint(option, index)
        return QSize(option.rect.width(), 2 * QFontMetrics(option.font).height() + 10)

    def paint(self, painter, option, index):
        if index.data(TYPE_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        option.text, option.icon = "", QIcon()
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.drawPixmap(rect.left() + 4, rect.top() + (rect.height() - 24) // 2,
                           icons.layer_pixmap(index.data(TYPE_ROLE), 24))
        text_left = rect.left() + 36
        line = QFontMetrics(option.font).height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.highlightedText().color() if selected else style.TEXT)
        painter.drawText(QRect(text_left, rect.top() + 4, rect.right() - text_left, line),
                         Qt.AlignmentFlag.AlignVCenter, index.data(TYPE_ROLE))
        painter.setFont(option.font)
        painter.setPen(option.palette.highlightedText().color() if selected else style.MUTED)
        description = QFontMetrics(option.font).elidedText(
            index.data(DESCRIPTION_ROLE), Qt.TextElideMode.ElideRight, rect.right() - text_left - 4)
        painter.drawText(QRect(text_left, rect.top() + 5 + line, rect.right() - text_left, line),
                         Qt.AlignmentFlag.AlignVCenter, description)
        painter.restore()


class _PaletteTree(QTreeWidget):
    entryChosen = Signal(QTreeWidgetItem)  # double-click or Enter

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.entryChosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def mimeData(self, items):
        names = [i.data(0, TYPE_ROLE) for i in items if i.data(0, TYPE_ROLE)]
        if not names:
            return None
        mime = QMimeData()
        mime.setData(LAYER_MIME, QByteArray(names[0].encode("utf-8")))
        mime.setText(names[0])
        return mime

    def mimeTypes(self):
        return [LAYER_MIME]


class LayerPalette(QWidget):
    appendRequested = Signal(str)  # a layer type to add after the selected layer

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search layers\u2026"))
        self.search.setClearButtonEnabled(True)
        self.tree = _PaletteTree()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(6)
        self.tree.setItemDelegate(_EntryDelegate(self.tree))
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(False)
        hint = QLabel(self.tr("Drag a layer onto the canvas, or double-click it to add it "
                              "after the selected layer."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        self.entries: dict[str, QTreeWidgetItem] = {}
        self._fill()
        self.search.textChanged.connect(self.filter)
        self.tree.itemDoubleClicked.connect(self._on_activated)
        self.tree.entryChosen.connect(lambda item: self._on_activated(item, 0))

    def _fill(self) -> None:
        for category in CATEGORIES:
            types = [LAYERS.get(n) for n in LAYERS if LAYERS.get(n).category == category]
            if not types:
                continue
            head = QTreeWidgetItem(self.tree, [self.tr(category)])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setForeground(0, style.category_color(category))
            for spec in types:
                entry = QTreeWidgetItem(head, [spec.name])
                entry.setData(0, TYPE_ROLE, spec.name)
                entry.setData(0, DESCRIPTION_ROLE, catalog.designer(spec.description))
                entry.setToolTip(0, concepts.layer_tooltip(spec.name))
                entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                               | Qt.ItemFlag.ItemIsDragEnabled)
                self.entries[spec.name] = entry
            head.setExpanded(True)

    def filter(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            shown = 0
            for j in range(head.childCount()):
                entry = head.child(j)
                haystack = " ".join([entry.data(0, TYPE_ROLE), entry.data(0, DESCRIPTION_ROLE),
                                     head.text(0)]).lower()
                hidden = not all(w in haystack for w in words)
                entry.setHidden(hidden)
                shown += not hidden
            head.setHidden(shown == 0)

    def _on_activated(self, item: QTreeWidgetItem, column: int) -> None:
        type_name = item.data(0, TYPE_ROLE)
        if type_name:
            self.appendRequested.emit(type_name)

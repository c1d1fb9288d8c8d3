"""LiveText: text that changes many times while a run trains (a status line, a caption),
repainted in place.

A QLabel asks for a new layout on every setText, and Qt passes that request up through every
parent to the main window, which then lays out all of its docks again (measured while a run
trained: seven times a second, the largest share of the window's own CPU time, which a run
that uses every core pays for). LiveText keeps the height it has reserved and only repaints;
it asks for more room only when a text needs more lines than it has ever had.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, Qt, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QWidget


class LiveText(QWidget):
    def __init__(self, lines: int = 1, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(0)
        self._doc.setDefaultFont(self.font())
        self._height = lines * self.fontMetrics().lineSpacing() + 2
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._height)
        self.setAutoFillBackground(True)  # opaque: a new text repaints this, not its parents

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        if Qt.mightBeRichText(text):
            self._doc.setHtml(text)
        else:
            self._doc.setPlainText(text)
        self._fit()
        self.update()

    def _fit(self) -> None:
        self._doc.setTextWidth(max(1, self.width()))
        needed = int(self._doc.size().height()) + 2
        if needed > self._height:  # rare: grow once, never shrink back and forth
            self._height = needed
            self.setFixedHeight(needed)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._text[:40]), self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(1, self._height)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # e.g. from the style sheet, once polished
            self._doc.setDefaultFont(self.font())
            self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._text:
            self._fit()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text,
                                 self.palette().color(QPalette.ColorRole.WindowText))
        context.clip = self.rect().toRectF()
        self._doc.documentLayout().draw(painter, context)
        painter.end()

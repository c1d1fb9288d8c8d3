"""The confusion matrix of the selected run: how often each true class (row) was predicted as
each class (column), on the validation data when there is some. The diagonal is what it gets
right; everything else shows which classes it mixes up."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF

from ..i18n import tr
from ..live_text import LiveText
from . import colors
from .plotting import LivePanel, style_plot

MAX_LABELLED = 12  # classes; beyond, the cells carry no numbers
WHERE = {"train": QT_TRANSLATE_NOOP("", "training"),
         "validation": QT_TRANSLATE_NOOP("", "validation")}


def CellLabels():
    """The counts written in the cells, drawn by one item in one pass. (A pyqtgraph TextItem
    per cell is a text document each: 100 of them took 25 ms a redraw, 60 ms to make.)"""
    import pyqtgraph as pg
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor

    class _CellLabels(pg.GraphicsObject):
        def __init__(self):
            super().__init__()
            self.cells: list[tuple[int, int, str, QColor]] = []
            self.n = 0

        def set_cells(self, matrix, share) -> None:
            n = 0 if matrix is None else len(matrix)
            if n != self.n:
                self.prepareGeometryChange()
            self.n = n
            light, dark = QColor("#ffffff"), QColor("#1f2328")
            self.cells = [] if matrix is None else [
                (i, j, str(int(matrix[i, j])), light if share[i, j] > 0.55 else dark)
                for i in range(self.n) for j in range(self.n)]
            self.update()

        def boundingRect(self):
            return QRectF(-0.5, -0.5, self.n, self.n)

        def paint(self, painter, *args):
            # text in screen pixels: the cells' coordinates are scaled, the font must not be
            to_screen = painter.transform()
            painter.resetTransform()
            for i, j, text, color in self.cells:
                centre = to_screen.map(QPointF(j, i))
                painter.setPen(color)
                painter.drawText(QRectF(centre.x() - 40, centre.y() - 10, 80, 20),
                                 Qt.AlignmentFlag.AlignCenter, text)

    return _CellLabels()


class ConfusionPanel(LivePanel):
    title = "Confusion matrix"
    kinds = {"snapshot", "end", "start"}

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.set_note(tr("For classification: which classes the network confuses, updated as "
                         "it trains."))
        self.caption = LiveText()  # a new text each epoch: see LiveText
        self.caption.setObjectName("muted")
        self.header.addWidget(self.caption, 1)
        self._shown = None
        self._classes = None  # the class names on the axes now
        self.matrix = None

    def build(self):
        import pyqtgraph as pg

        self.pg = pg
        view = pg.PlotWidget(background="w")
        self.plot = view.getPlotItem()
        style_plot(self.plot, tr("predicted class"), tr("true class"))
        self.plot.showGrid(x=False, y=False)
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.labels = CellLabels()
        self.plot.addItem(self.labels)
        return view

    def _matrix(self, run):
        snap = run.snapshot
        if snap is not None and snap.confusion is not None:
            return np.asarray(snap.confusion), snap.confusion_on or "train"
        if run.end is not None and run.end.confusion is not None:
            return np.asarray(run.end.confusion), "validation"
        return None, None

    def redraw(self) -> None:
        run = self.session.current
        matrix, where = self._matrix(run) if run is not None else (None, None)
        if matrix is None:
            self.body.setVisible(False)
            self.caption.setText("")
            task = (run.start.task if run.start else None) if run is not None else \
                self.session.outlook.task
            self.set_note(tr("Regression has no classes to confuse: see the MAE and R\u00b2 "
                             "curves.") if task == "regression" else
                          tr("For classification: which classes the network confuses, "
                             "updated as it trains."))
            return
        self.set_note("")
        self.body.show()
        key = (run.number, id(matrix), matrix.tobytes())
        if key == self._shown:
            return
        self._shown = key
        self.matrix = matrix
        classes = list((run.start.classes if run.start else None) or range(len(matrix)))
        self._draw(matrix, [str(c) for c in classes])
        total = int(matrix.sum())
        right = int(np.trace(matrix))
        self.caption.setText(tr("<span style='color:{0}'>\u25cf</span> {1} \u00b7 {2} data: "
                                "{3} of {4} right ({5:.1%})").format(
            run.color, run.name, tr(WHERE.get(where, where)), right, total,
            right / total if total else 0))

    def forget(self) -> None:
        self._shown = self._classes = self.matrix = None
        self.caption.setText("")
        if self.built:
            self.image.clear()
            self.labels.set_cells(None, None)
            self.body.setVisible(False)

    def _draw(self, matrix: np.ndarray, classes: list[str]) -> None:
        n = len(matrix)
        rows = matrix.sum(1, keepdims=True)
        share = np.divide(matrix, rows, out=np.zeros(matrix.shape, float), where=rows > 0)
        self.image.setImage(share.T, levels=(0, 1), lut=colors.density_lut(),
                            autoLevels=False)
        if classes != self._classes:  # new ticks or a new range re-draw both axes
            self._classes = classes
            self.image.setRect(QRectF(-0.5, -0.5, n, n))
            ticks = [[(i, c) for i, c in enumerate(classes)]]
            self.plot.getAxis("bottom").setTicks(ticks)
            self.plot.getAxis("left").setTicks(ticks)
            self.plot.setRange(xRange=(-0.5, n - 0.5), yRange=(-0.5, n - 0.5), padding=0.02)
        self.labels.set_cells(matrix if n <= MAX_LABELLED else None, share)

    def table(self):
        run = self.session.current
        matrix = self._matrix(run)[0] if run is not None else None
        if matrix is None:
            return ["true \\ predicted"], []
        names = run.start.classes if run.start else None
        classes = [str(c) for c in names or range(len(matrix))]
        return (["true \\ predicted"] + classes,
                [[classes[i]] + [int(v) for v in row] for i, row in enumerate(matrix)])

"""A look at the data before training: points for 2-D sets, a curve's samples for 1-D sets, a
grid of images for image sets, the first rows for tables. Datasets load in a background thread
(scikit-learn's sets take a moment); the preview is drawn with QPainter, so it costs nothing
at start-up."""
from __future__ import annotations

import math
import threading

import numpy as np
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.background import BackgroundJob
from designer.errors import DesignerError

from ..i18n import tr, unexpected
from . import colors
from .form_parts import card_painter

IMAGE_SAMPLES = 12
TABLE_ROWS = 5
POINTS = 600  # drawn at most


class DatasetLoader(QObject):
    """Loads datasets off the GUI thread, one at a time; the latest request wins."""

    loaded = Signal(object, object, str)  # request key, Dataset or None, error message

    def __init__(self, parent=None):
        super().__init__(parent)
        self._job: BackgroundJob | None = None
        self._pending = None
        self._lock = threading.Lock()

    def request(self, key, spec, base_dir=None) -> None:
        with self._lock:
            self._pending = (key, spec, base_dir)
            if self._job is None or not self._job.alive:
                self._start_next()

    def _start_next(self) -> None:  # with the lock held
        job, self._pending = self._pending, None
        self._job = None
        if job is not None:  # nobody drains this job: a bug in _work must reach excepthook
            self._job = BackgroundJob("dataset-loader", error=None).start(self._work, *job)

    def _work(self, key, spec, base_dir) -> None:
        from designer.datasets import load_dataset

        try:
            dataset, error = load_dataset(spec, base_dir), ""
        except DesignerError as e:  # says why; translated where it is shown
            dataset, error = None, str(e) or type(e).__name__
        except Exception as e:  # a bug or a missing package: Python's words, after ours
            dataset, error = None, unexpected(e)
        with self._lock:
            latest = self._pending is None
        if latest:
            self.loaded.emit(key, dataset, error)
        with self._lock:
            self._start_next()

    def wait(self, timeout: float = 10.0) -> None:
        while True:
            with self._lock:
                self._pending = None
                job = self._job
            if job is None or not job.alive or not job.join(timeout):
                return  # nothing loads, or a load outlasted `timeout`


def image_shape(sample_shape: tuple) -> tuple[int, int] | None:
    """(height, width) when samples look like grey images: 8x8 digits, 28x28, 1x28x28."""
    dims = [d for d in sample_shape if d != 1]
    if len(dims) == 2 and min(dims) >= 5:
        return dims[0], dims[1]
    if len(dims) == 1:
        side = math.isqrt(dims[0])
        if side >= 5 and side * side == dims[0]:
            return side, side
    return None


def describe(dataset) -> str:
    shape = dataset.sample_shape
    features = shape[0] if len(shape) == 1 else "\u00d7".join(map(str, shape))
    what = tr("{0} samples \u00b7 {1} features").format(len(dataset), features)
    if dataset.task == "classification":
        names = dataset.classes or [str(i) for i in range(dataset.n_classes)]
        shown = ", ".join(names[:4]) + (", \u2026" if len(names) > 4 else "")
        what += tr(" \u00b7 {0} classes ({1})").format(len(names), shown)
    else:
        what += tr(" \u00b7 regression")
    if dataset.test is not None:
        what += tr(" \u00b7 {0} test samples").format(len(dataset.test[0]))
    return what


class _Canvas(QWidget):
    """Points or images, painted directly."""

    def __init__(self):
        super().__init__()
        self.setMinimumHeight(150)
        self.mode, self.dataset = None, None
        self._image: QImage | None = None

    def show_dataset(self, dataset, mode: str) -> None:
        self.dataset, self.mode = dataset, mode
        self._image = _image_grid(dataset) if mode == "images" else None
        self.update()

    def paintEvent(self, event) -> None:
        p = card_painter(self)
        if self.mode == "points":
            self._paint_points(p)
        elif self.mode == "curve":
            self._paint_curve(p)
        elif self.mode == "images" and self._image is not None:
            self._paint_images(p)
        p.end()

    def _box(self) -> QRectF:
        side = min(self.width(), self.height()) - 12
        if self.mode == "curve":
            return QRectF(6, 6, self.width() - 12, self.height() - 12)
        return QRectF((self.width() - side) / 2, 6, side, side)

    def _paint_points(self, p: QPainter) -> None:
        ds = self.dataset
        x = ds.x[:, :2]
        (x0, x1), (y0, y1) = ds.domain or _bounds(x)
        box = self._box()
        pick = _subsample(len(x))
        values = _point_colors(ds, pick)
        p.setPen(QPen(QColor(255, 255, 255, 200), 0.8))
        for (px, py), color in zip(x[pick], values, strict=True):
            sx = box.left() + (px - x0) / (x1 - x0 or 1) * box.width()
            sy = box.bottom() - (py - y0) / (y1 - y0 or 1) * box.height()
            p.setBrush(color)
            p.drawEllipse(QPointF(sx, sy), 3.2, 3.2)

    def _paint_curve(self, p: QPainter) -> None:
        ds = self.dataset
        x, y = ds.x[:, 0], ds.y[:, 0]
        (x0, x1), (y0, y1) = _bounds(np.stack([x, y], 1))
        box = self._box()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colors.CLASS[1]))
        for i in _subsample(len(x)):
            sx = box.left() + (x[i] - x0) / (x1 - x0 or 1) * box.width()
            sy = box.bottom() - (y[i] - y0) / (y1 - y0 or 1) * box.height()
            p.drawEllipse(QPointF(sx, sy), 2.2, 2.2)

    def _paint_images(self, p: QPainter) -> None:
        image = self._image
        scale = min((self.width() - 8) / image.width(), (self.height() - 8) / image.height())
        w, h = image.width() * scale, image.height() * scale
        target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(target, image)


def _subsample(n: int) -> np.ndarray:
    if n <= POINTS:
        return np.arange(n)
    return np.random.default_rng(0).choice(n, POINTS, replace=False)


def _bounds(x: np.ndarray):
    lo, hi = x.min(0), x.max(0)
    pad = 0.08 * np.where(hi > lo, hi - lo, 1.0)
    return (float(lo[0] - pad[0]), float(hi[0] + pad[0])), (float(lo[1] - pad[1]),
                                                             float(hi[1] + pad[1]))


def _point_colors(ds, pick) -> list[QColor]:
    if ds.task == "classification" and ds.y.ndim == 1:
        return [QColor(colors.class_color(int(c))) for c in ds.y[pick]]
    values = ds.y[pick, 0] if ds.y.ndim == 2 else ds.y[pick]
    lo, hi = float(values.min()), float(values.max())
    return [colors.value_color((v - lo) / (hi - lo or 1.0)) for v in values]


def _image_grid(ds) -> QImage | None:
    """A strip of grey sample images, two rows, labelled by colour underneath."""
    hw = image_shape(ds.sample_shape)
    if hw is None:
        return None
    h, w = hw
    count = min(IMAGE_SAMPLES, len(ds))
    cols = min(6, count)
    rows = math.ceil(count / cols)
    pad = 1
    grid = np.full((rows * (h + pad) + pad, cols * (w + pad) + pad), 255, np.uint8)
    picks = _spread_classes(ds, count)
    for k, i in enumerate(picks):
        img = ds.x[i].reshape(h, w)
        lo, hi = float(img.min()), float(img.max())
        grey = 255 - ((img - lo) / (hi - lo or 1.0) * 255)  # ink dark on white
        r, c = divmod(k, cols)
        grid[pad + r * (h + pad):pad + r * (h + pad) + h,
             pad + c * (w + pad):pad + c * (w + pad) + w] = grey.astype(np.uint8)
    grid = np.ascontiguousarray(grid)
    image = QImage(grid.data, grid.shape[1], grid.shape[0], grid.strides[0],
                   QImage.Format.Format_Grayscale8)
    return image.copy()


def _spread_classes(ds, count: int) -> list[int]:
    """Sample indices covering as many classes as possible (one of each, then more)."""
    if ds.task != "classification" or ds.y.ndim != 1:
        return list(range(count))
    picks, seen = [], set()
    for i, c in enumerate(ds.y[:2000]):
        if int(c) not in seen:
            seen.add(int(c))
            picks.append(i)
        if len(picks) == count:
            break
    rest = [i for i in range(len(ds)) if i not in set(picks)]
    return (picks + rest)[:count]


class DatasetPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        self.canvas = _Canvas()
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMaximumHeight(150)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for w in (self.message, self.canvas, self.table):
            self.stack.addWidget(w)
        self.stack.setMaximumHeight(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.stack)
        layout.addWidget(self.caption)
        self.dataset = None
        self.mode = "message"

    def show_message(self, text: str) -> None:
        self.dataset, self.mode = None, "message"
        self.message.setText(text)
        self.caption.setText("")
        self.stack.setCurrentWidget(self.message)

    def show_dataset(self, dataset) -> None:
        self.dataset = dataset
        shape = dataset.sample_shape
        if shape == (2,):
            self.mode = "points"
        elif shape == (1,) and dataset.task == "regression":
            self.mode = "curve"
        elif image_shape(shape) is not None and len(shape) >= 1 and math.prod(shape) >= 25:
            self.mode = "images"
        else:
            self.mode = "table"
        if self.mode == "table":
            self._fill_table(dataset)
            self.stack.setCurrentWidget(self.table)
        else:
            self.canvas.show_dataset(dataset, self.mode)
            self.stack.setCurrentWidget(self.canvas)
        self.caption.setText(describe(dataset))

    def _fill_table(self, ds) -> None:
        n_features = int(np.prod(ds.sample_shape))
        names = list(ds.feature_names or [])[:n_features]
        names += [f"x{i + 1}" for i in range(len(names), n_features)]
        shown = min(n_features, 8)
        headers = names[:shown] + (["\u2026"] if n_features > shown else []) + [tr("target")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        rows = min(TABLE_ROWS, len(ds))
        self.table.setRowCount(rows)
        flat = ds.x[:rows].reshape(rows, -1)
        for r in range(rows):
            cells = [f"{v:.3g}" for v in flat[r, :shown]]
            if n_features > shown:
                cells.append("\u2026")
            cells.append(_target_text(ds, r))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()


def _target_text(ds, row: int) -> str:
    y = ds.y[row]
    if ds.task == "classification" and np.ndim(y) == 0:
        return ds.classes[int(y)] if ds.classes else str(int(y))
    return ", ".join(f"{v:.3g}" for v in np.ravel(y)[:3])

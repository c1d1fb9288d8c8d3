"""The canvas as a PNG or SVG picture: every layer and connection, on a plain background."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from .i18n import tr

PAD = 30.0


def export_scene(scene, path) -> Path:
    """Write the scene to `path` (.svg draws vectors; anything else is a PNG at 2x)."""
    path = Path(path)
    rect = scene.itemsBoundingRect().adjusted(-PAD, -PAD, PAD, PAD)
    if rect.isEmpty():
        rect = QRectF(0, 0, 200, 100)
    selected = scene.selectedItems()
    caches = {item: item.cacheMode() for item in scene.items()}
    scene.clearSelection()
    scene.plain_background = True
    for item in caches:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # vectors, not cached pixels
    try:
        if path.suffix.lower() == ".svg":
            _svg(scene, rect, path)
        else:
            _png(scene, rect, path.with_suffix(".png") if not path.suffix else path)
    finally:
        scene.plain_background = False
        for item, mode in caches.items():
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)
    return path


def _svg(scene, rect: QRectF, path: Path) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle("Network Designer")
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()


def _png(scene, rect: QRectF, path: Path, scale: int = 2) -> None:
    image = QImage(int(rect.width() * scale), int(rect.height() * scale),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect,
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not image.save(str(path)):
        raise OSError(tr("{0} could not be written").format(path))

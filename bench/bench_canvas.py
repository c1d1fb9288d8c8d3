"""How the editor copes with a big network: prints timings, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_canvas.py [LAYERS]

Builds residual-style blocks of Dense layers (a few hundred layers and connections), opens
them in the main window and times what a user does: open, select, edit a setting (shape
inference and every badge update), drag all layers, undo, paint the whole canvas."""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from designer.graph import Layer, NetworkGraph  # noqa: E402
from designer.layout import auto_layout  # noqa: E402
from designer.network import Network  # noqa: E402


def big_network(n_layers: int) -> Network:
    graph = NetworkGraph()
    graph.add_layer(Layer.create("Input", "in", shape=[32]))
    last, k = "in", 0
    while len(graph) < n_layers - 3:
        a, b, add = f"a{k}", f"b{k}", f"add{k}"
        graph.add_layer(Layer.create("Dense", a, units=32, activation="relu"))
        graph.add_layer(Layer.create("Dense", b, units=32))
        graph.add_layer(Layer.create("Add", add))
        for src, dst in ((last, a), (a, b), (b, add), (last, add)):
            graph.connect(src, dst)
        last, k = add, k + 1
    for layer_id, pos in auto_layout(graph).items():
        graph.layer(layer_id).position = pos
    return Network(graph, "bench")


def timed(label: str, fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    print(f"{label:<46} {median:8.1f} ms")
    return median


def mouse(widget, kind, pos, buttons):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else \
        Qt.MouseButton.NoButton
    QApplication.sendEvent(widget, QMouseEvent(kind, QPointF(pos),
                                               QPointF(widget.mapToGlobal(pos)), button,
                                               buttons, Qt.KeyboardModifier.NoModifier))


def main(n_layers: int = 300) -> None:
    app = QApplication.instance() or QApplication([])
    from widgets.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    network = big_network(n_layers)
    graph = network.graph
    print(f"{len(graph)} layers, {len(graph.connections)} connections")
    timed("open (scene built, analysis, panels)", lambda: window.open_network(big_network(
        n_layers)), repeat=3)
    graph = window.document.graph
    values = iter(range(40, 400))
    timed("analysis after one edit (shapes, counts)",
          lambda: (graph.set_param("a0", "units", next(values)), graph.analysis), repeat=5)
    timed("edit one setting (command + all views)",
          lambda: window.controller.set_param(["a0"], "units", next(values)))
    picks = iter(graph.ids * 2)
    timed("select another layer (inspector rebuilt)",
          lambda: window.scene.select_ids([next(picks)]))
    stack = window.document.undo_stack
    timed("undo + redo one edit", lambda: (stack.undo(), stack.redo()))
    view = window.view
    window.view.fit()
    timed("paint the whole canvas (fit to view)", lambda: view.viewport().grab(), repeat=3)
    window.controller.select_all()
    viewport = view.viewport()
    center = view.mapToScene(viewport.rect().center())
    item = min(window.scene.layer_items.values(),
               key=lambda i: (i.scenePos() - center).manhattanLength())
    start = view.mapFromScene(item.scenePos())
    mouse(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    steps = []
    for i in range(1, 21):
        t = time.perf_counter()
        mouse(viewport, QEvent.Type.MouseMove, start + QPoint(i * 3, i * 2),
              Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        steps.append(time.perf_counter() - t)
    t = time.perf_counter()
    mouse(viewport, QEvent.Type.MouseButtonRelease, start + QPoint(60, 40),
          Qt.MouseButton.NoButton)
    release = time.perf_counter() - t
    print(f"{'drag all layers: one mouse move':<46} {statistics.median(steps) * 1000:8.1f} ms")
    print(f"{'drag all layers: release (one Move command)':<46} {release * 1000:8.1f} ms")
    original = big_network(n_layers).graph
    moved = sum(layer.position != original.layer(layer.id).position for layer in graph.layers)
    stack = window.document.undo_stack
    last = stack.command(stack.count() - 1).text()
    print(f"(the drag moved {moved} layers; last undo step: {last!r})")
    window.document.undo_stack.setClean()
    window.close()
    del app


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)

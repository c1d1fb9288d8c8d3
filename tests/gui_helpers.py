"""Helpers for the GUI tests: a main window on an empty canvas, and real input events
(drag-and-drop from the palette, mouse drags on the canvas, menu and combo box clicks)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def make_window(qtbot):
    from widgets.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    return window


def view_point(window, scene_pos) -> QPoint:
    return window.view.mapFromScene(QPointF(scene_pos[0], scene_pos[1]) if isinstance(
        scene_pos, tuple) else scene_pos)


def drop_from_palette(window, type_name: str, scene_pos) -> None:
    """Drag `type_name` from the palette and drop it on the canvas at `scene_pos`."""
    palette = window.palette
    mime = palette.tree.mimeData([palette.entries[type_name]])
    viewport = window.view.viewport()
    pos = view_point(window, scene_pos)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, actions, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the canvas refused the drag"
    move = QDragMoveEvent(pos, actions, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(pos), actions, mime, LEFT, NO_MOD)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def _mouse(widget, kind, pos: QPoint, button, buttons, modifiers=NO_MOD) -> None:
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(pos)), button, buttons,
                        modifiers)
    QApplication.sendEvent(widget, event)


def mouse_drag(widget, start: QPoint, end: QPoint, steps: int = 6, modifiers=NO_MOD) -> None:
    """Press the left button at `start`, move to `end` in steps, release there."""
    _mouse(widget, QEvent.Type.MouseButtonPress, start, LEFT, LEFT, modifiers)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        _mouse(widget, QEvent.Type.MouseMove, QPoint(round(p.x()), round(p.y())), NO_BUTTON,
               LEFT, modifiers)
    _mouse(widget, QEvent.Type.MouseButtonRelease, end, LEFT, NO_BUTTON, modifiers)


def click(widget, pos: QPoint, modifiers=NO_MOD) -> None:
    _mouse(widget, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT, modifiers)
    _mouse(widget, QEvent.Type.MouseButtonRelease, pos, LEFT, NO_BUTTON, modifiers)


def double_click(widget, pos: QPoint) -> None:
    """Press, release, double-click, release: what a real double-click delivers."""
    click(widget, pos)
    _mouse(widget, QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT)
    _mouse(widget, QEvent.Type.MouseButtonRelease, pos, LEFT, NO_BUTTON)


def click_layer(window, layer_id: str, modifiers=NO_MOD) -> None:
    """Click a layer box (on its settings line, away from the ports)."""
    item = window.scene.layer_items[layer_id]
    click(window.view.viewport(), view_point(window, item.scenePos()), modifiers)


def connect_ports(window, src: str, dst: str) -> None:
    """Drag from src's output port to dst's input port (or its box, if it has none)."""
    items = window.scene.layer_items
    start = view_point(window, items[src].out_port.scenePos())
    target = items[dst].in_port or items[dst]
    end = view_point(window, target.scenePos())
    mouse_drag(window.view.viewport(), start, end)


def choose_in_combo(qtbot, combo, text: str) -> None:
    """Open the combo box's list with a click and click the entry `text`."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    QTest.mouseClick(combo, LEFT)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    # A combo box ignores a release that comes within a double-click time of the click
    # that opened it (so a press-drag-release also works); a person is never that fast.
    qtbot.wait(QApplication.doubleClickInterval() + 150)  # its timer may run late
    model_index = view.model().index(index, 0)
    view.scrollTo(model_index)
    rect = view.visualRect(model_index)
    spot = QPoint(min(rect.center().x(), view.viewport().width() // 2), rect.center().y())
    for _ in range(3):  # on a loaded machine that timer can be late: click again
        QTest.mouseClick(view.viewport(), LEFT, NO_MOD, spot)
        if not view.isVisible():
            break
        qtbot.wait(200)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)
    assert combo.currentText() == text


def choose_in_menu_button(qtbot, button, text: str) -> None:
    """Click a tool button whose menu pops up, then click the menu entry `text`."""
    menu: QMenu = button.menu()
    chosen = []

    def pick():
        if not menu.isVisible():
            QTimer.singleShot(10, pick)
            return
        for action in menu.actions():
            if action.text() == text:
                chosen.append(text)
                QTest.mouseClick(menu, LEFT, NO_MOD, menu.actionGeometry(action).center())
                return
        menu.close()

    QTimer.singleShot(10, pick)
    QTest.mouseClick(button, LEFT)  # returns once the menu closes
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
    assert chosen == [text], f"{text!r} is not in the menu"


def type_into(qtbot, widget, text: str) -> None:
    """Select what a line edit or spin box holds, type `text` and press Enter."""
    target = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    target.setFocus()
    target.selectAll()
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)

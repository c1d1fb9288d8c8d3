"""The canvas: drops from the palette, connections drawn port to port, moves, deletion,
clipboard, auto-layout and zoom, each through real input events where feasible."""
import pytest
from gui_helpers import (
    click,
    click_layer,
    connect_ports,
    double_click,
    drop_from_palette,
    make_window,
    mouse_drag,
    view_point,
)
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from designer.serialization import load
from widgets.style import EXAMPLES


@pytest.fixture
def window(qtbot):
    return make_window(qtbot)


def build_chain(window, *types):
    """Drop each type 120 px below the last and connect them in a chain; returns the ids."""
    ids = []
    for k, type_name in enumerate(types):
        drop_from_palette(window, type_name, (0, 120 * k))
        ids.append(window.scene.selected_ids()[0])
        if k:
            connect_ports(window, ids[-2], ids[-1])
    return ids


def test_dragging_from_the_palette_creates_a_layer_at_the_drop_point(window):
    drop_from_palette(window, "Dense", (40, 60))
    graph = window.document.graph
    assert graph.ids == ["dense"]
    assert graph.layer("dense").position == pytest.approx((40, 60), abs=1)
    item = window.scene.layer_items["dense"]
    assert item.pos() == QPointF(*graph.layer("dense").position)
    assert item.isSelected()
    assert window.inspector.type_name == "Dense"


def test_dropping_onto_a_connection_inserts_the_layer_into_it(window):
    a, b = build_chain(window, "Input", "Dense")
    edge = window.scene.edge_items[(a, b)]
    middle = edge.path().pointAtPercent(0.5)
    drop_from_palette(window, "Dropout", middle)
    graph = window.document.graph
    assert graph.connections == [(a, "dropout"), ("dropout", b)]
    window.document.undo_stack.undo()
    assert graph.connections == [(a, b)] and "dropout" not in graph


def test_connecting_two_ports_adds_a_connection(window):
    build_chain(window, "Input")
    drop_from_palette(window, "Dense", (150, 150))
    connect_ports(window, "input", "dense")
    assert window.document.graph.connections == [("input", "dense")]
    assert ("input", "dense") in window.scene.edge_items
    assert window.document.undo_stack.count() == 3


def test_an_illegal_connection_is_refused_with_the_reason_in_the_status_bar(window):
    a, b, c = build_chain(window, "Input", "Dense", "Dense")
    count = window.document.undo_stack.count()
    connect_ports(window, c, a)  # into an Input
    assert "Input layer" in window.statusBar().currentMessage()
    start = view_point(window, window.scene.layer_items[c].out_port.scenePos())
    end = view_point(window, window.scene.layer_items[b].in_port.scenePos())
    mouse_drag(window.view.viewport(), start, end)  # would make a cycle
    assert "cycle" in window.statusBar().currentMessage()
    connect_ports(window, a, b)  # a duplicate
    assert "already feeds" in window.statusBar().currentMessage()
    assert window.document.graph.connections == [(a, b), (b, c)]
    assert window.document.undo_stack.count() == count


def test_drawing_a_connection_from_an_input_port_backwards_works_too(window):
    drop_from_palette(window, "Input", (0, 0))
    drop_from_palette(window, "Dense", (0, 150))
    items = window.scene.layer_items
    start = view_point(window, items["dense"].in_port.scenePos())
    end = view_point(window, items["input"].scenePos())  # anywhere on the box
    mouse_drag(window.view.viewport(), start, end)
    assert window.document.graph.connections == [("input", "dense")]


def test_a_whole_drag_of_several_layers_is_one_undo_step(window):
    a, b = build_chain(window, "Input", "Dense")
    window.scene.select_ids([a, b])
    stack = window.document.undo_stack
    count = stack.count()
    start = view_point(window, window.scene.layer_items[b].scenePos())
    mouse_drag(window.view.viewport(), start, start + QPoint(100, 40), steps=10)
    graph = window.document.graph
    assert stack.count() == count + 1
    assert graph.layer(a).position == pytest.approx((100, 40), abs=2)
    assert graph.layer(b).position == pytest.approx((100, 160), abs=2)
    stack.undo()
    assert graph.layer(a).position == (0, 0)
    assert window.scene.layer_items[b].pos() == QPointF(0, 120)


def test_snap_to_grid_rounds_moved_positions(window):
    drop_from_palette(window, "Dense", (0, 0))
    window.actions_by_name["snap"].trigger()
    start = view_point(window, (0, 0))
    mouse_drag(window.view.viewport(), start, start + QPoint(33, 47))
    x, y = window.document.graph.layer("dense").position
    assert x % 20 == 0 and y % 20 == 0 and (x, y) != (0, 0)


def test_rubber_band_selects_and_delete_removes_with_connections_and_undo_restores(window):
    ids = build_chain(window, "Input", "Dense", "Dense")
    graph = window.document.graph
    view = window.view
    window.scene.clearSelection()
    top_left = view_point(window, (-150, 60))  # around the two Dense layers only
    bottom_right = view_point(window, (150, 300))
    mouse_drag(view.viewport(), top_left, bottom_right)
    assert window.scene.selected_ids() == ids[1:]
    window.actions_by_name["delete"].trigger()
    assert graph.ids == ids[:1] and graph.connections == []
    assert not window.scene.edge_items and list(window.scene.layer_items) == ids[:1]
    window.document.undo_stack.undo()
    assert graph.ids == ids and graph.connections == [(ids[0], ids[1]), (ids[1], ids[2])]
    assert set(window.scene.edge_items) == set(graph.connections)


def test_a_selected_connection_can_be_deleted(window):
    a, b = build_chain(window, "Input", "Dense")
    window.scene.clearSelection()
    edge = window.scene.edge_items[(a, b)]
    click(window.view.viewport(), view_point(window, edge.path().pointAtPercent(0.5)))
    assert edge.isSelected()
    window.actions_by_name["delete"].trigger()
    assert window.document.graph.connections == [] and len(window.document.graph) == 2


def test_copy_paste_keeps_inner_connections_only(window):
    a, b, c = build_chain(window, "Input", "Dense", "Dense")
    window.scene.select_ids([b, c])
    window.actions_by_name["copy"].trigger()
    window.actions_by_name["paste"].trigger()
    graph = window.document.graph
    new = window.scene.selected_ids()
    assert len(new) == 2 and not set(new) & {a, b, c}
    assert (new[0], new[1]) in graph.connections
    assert not any(s == a and d in new for s, d in graph.connections)
    assert graph.layer(new[0]).position == pytest.approx(
        (graph.layer(b).position[0] + 40, graph.layer(b).position[1] + 40))
    window.document.undo_stack.undo()
    assert graph.ids == [a, b, c]


def test_cut_then_paste_and_duplicate(window):
    a, b = build_chain(window, "Input", "Dense")
    window.scene.select_ids([b])
    window.actions_by_name["cut"].trigger()
    assert window.document.graph.ids == [a]
    window.actions_by_name["paste"].trigger()
    assert len(window.document.graph) == 2
    window.actions_by_name["duplicate"].trigger()
    assert len(window.document.graph) == 3


def test_double_clicking_a_palette_entry_appends_after_the_selected_layer(window, qtbot):
    drop_from_palette(window, "Input", (0, 0))
    palette = window.palette
    for type_name in ("Dense", "Dropout"):
        item = palette.entries[type_name]
        rect = palette.tree.visualItemRect(item)
        double_click(palette.tree.viewport(), rect.center())
    graph = window.document.graph
    assert graph.connections == [("input", "dense"), ("dense", "dropout")]
    assert graph.layer("dropout").position == pytest.approx((0, 220))


def test_palette_search_hides_what_does_not_match(window, qtbot):
    palette = window.palette
    qtbot.keyClicks(palette.search, "pool")
    shown = [name for name, item in palette.entries.items() if not item.isHidden()]
    assert shown == ["MaxPool2D", "AvgPool2D", "GlobalAvgPool2D", "GlobalMaxPool2D"]


def test_rename_through_the_inspector_and_undo(window, qtbot):
    drop_from_palette(window, "Dense", (0, 0))
    edit = window.inspector.name_edit
    edit.setText("hidden")
    edit.editingFinished.emit()
    graph = window.document.graph
    assert graph.ids == ["hidden"] and "hidden" in window.scene.layer_items
    edit.setText("bad name!")
    edit.editingFinished.emit()
    assert graph.ids == ["hidden"] and edit.text() == "hidden"
    assert "not a usable layer id" in window.inspector.name_error.text()
    window.document.undo_stack.undo()
    assert graph.ids == ["dense"] and window.inspector.name_edit.text() == "dense"


def test_invalid_layers_are_marked_and_clicking_a_problem_selects_its_layer(window):
    drop_from_palette(window, "Input", (0, 0))
    drop_from_palette(window, "Dense", (300, 0))
    item = window.scene.layer_items["dense"]
    assert item.problems and "no input" in item.problems[0]
    assert "no input" in item.toolTip()
    problems = window.problems
    rows = [problems.item(i) for i in range(problems.count())]
    row = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole) == "dense")
    window.scene.clearSelection()
    problems.itemClicked.emit(row)
    assert window.scene.selected_ids() == ["dense"]
    assert window.docks["problems"].windowTitle() == "Problems (1)"


def test_auto_layout_is_one_step_and_zoom_keys_and_wheel_zoom(window):
    window.files.open_example(EXAMPLES / "residual_block.json")
    graph = window.document.graph
    graph_positions = {layer.id: layer.position for layer in graph.layers}
    window.actions_by_name["layout_right"].trigger()
    assert graph.layer("out").position[1] == 0 and graph.layer("out").position[0] > 1000
    window.document.undo_stack.undo()
    assert {layer.id: layer.position for layer in graph.layers} == graph_positions
    view = window.view
    z = view.zoom()
    window.actions_by_name["zoom_in"].trigger()
    assert view.zoom() == pytest.approx(z * 1.25)
    wheel = QWheelEvent(QPointF(50, 50), QPointF(view.viewport().mapToGlobal(QPoint(50, 50))),
                        QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(z * 1.25 / 1.15)
    window.actions_by_name["fit"].trigger()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.layers_rect())


def test_the_canvas_mirrors_every_example_and_undo_of_a_delete_reaches_no_dead_item(window):
    for path in sorted(EXAMPLES.glob("*.json")):
        window.files.open_example(path)
        graph = window.document.graph
        assert set(window.scene.layer_items) == set(graph.ids)
        assert set(window.scene.edge_items) == set(graph.connections)
        assert graph.analysis.valid, path.name
        assert window.problems.count_shown == 0
        window.controller.select_all()
        window.actions_by_name["delete"].trigger()
        assert not window.scene.layer_items
        window.document.undo_stack.undo()
        assert set(window.scene.edge_items) == set(load(path).graph.connections)
        click_layer(window, graph.ids[-1])
        assert window.scene.selected_ids() == [graph.ids[-1]]


def test_middle_button_and_space_drag_pan_the_canvas(window, qtbot):
    window.files.open_example(EXAMPLES / "keras_template.json")
    view = window.view
    view.reset_zoom()
    viewport = view.viewport()
    before = view.mapToScene(viewport.rect().center())
    start, end = QPoint(300, 300), QPoint(300, 200)
    from gui_helpers import _mouse

    middle = Qt.MouseButton.MiddleButton
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, middle, middle)
    _mouse(viewport, QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton, middle)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, end, middle, Qt.MouseButton.NoButton)
    after = view.mapToScene(viewport.rect().center())
    assert after.y() - before.y() == pytest.approx(100, abs=2)
    qtbot.keyPress(view, Qt.Key.Key_Space)
    mouse_drag(viewport, end, start)
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.mapToScene(viewport.rect().center()).y() == pytest.approx(before.y(), abs=2)
    assert window.document.undo_stack.count() == 0  # panning moved no layer

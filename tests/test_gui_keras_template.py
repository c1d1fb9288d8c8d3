"""The issue's "done when": from an empty canvas, with the mouse alone, build the Keras template
of the study notes, see it validate with Keras' parameter counts (238,218 total,
256 non-trainable), undo every step and redo it, save, reopen and get the same network."""
from itertools import pairwise

from gui_helpers import (
    choose_in_combo,
    choose_in_menu_button,
    connect_ports,
    double_click,
    drop_from_palette,
    make_window,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from designer.serialization import load, to_document
from widgets.style import EXAMPLES


def toolbar_click(window, name: str) -> None:
    """Click the toolbar button of an action, as a person does."""
    button = window.toolbar.widgetForAction(window.actions_by_name[name])
    assert isinstance(button, QToolButton) and button.isEnabled(), name
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def palette_double_click(window, type_name: str) -> str:
    """Add a layer after the selected one; returns the new layer's id."""
    tree = window.palette.tree
    double_click(tree.viewport(), tree.visualItemRect(window.palette.entries[type_name]).center())
    return window.scene.selected_ids()[0]


def preset(qtbot, window, param: str, label: str) -> None:
    choose_in_menu_button(qtbot, window.inspector.editors[param].presets_button, label)


def combo(qtbot, window, param: str, text: str) -> None:
    choose_in_combo(qtbot, window.inspector.editors[param].combo, text)


def dense(qtbot, window, units: str, activation: str | None = None) -> None:
    preset(qtbot, window, "units", units)
    if activation is not None:
        combo(qtbot, window, "activation", activation)


def build_keras_template(qtbot, window) -> list[str]:
    ids = []
    drop_from_palette(window, "Input", (0, 0))
    ids.append(window.scene.selected_ids()[0])
    preset(qtbot, window, "shape", "28\u00d728: an image (Flatten next)")
    drop_from_palette(window, "Flatten", (0, 110))
    ids.append(window.scene.selected_ids()[0])
    connect_ports(window, ids[0], ids[1])  # drawn port to port
    window.scene.select_ids([ids[1]])
    ids.append(palette_double_click(window, "Dense"))  # appended and connected
    dense(qtbot, window, "128", "sigmoid")
    drop_from_palette(window, "Dense", (0, 330))
    ids.append(window.scene.selected_ids()[0])
    connect_ports(window, ids[2], ids[3])
    dense(qtbot, window, "128", "relu")
    combo(qtbot, window, "init", "he_uniform")
    ids.append(palette_double_click(window, "Dense"))
    dense(qtbot, window, "128", "tanh")
    ids.append(palette_double_click(window, "Dense"))
    dense(qtbot, window, "128", "relu")
    preset(qtbot, window, "l1", "0.001")
    ids.append(palette_double_click(window, "Dense"))
    dense(qtbot, window, "128", "relu")
    preset(qtbot, window, "l2", "0.001")
    ids.append(palette_double_click(window, "Dropout"))
    preset(qtbot, window, "rate", "0.1")
    ids.append(palette_double_click(window, "BatchNorm"))
    ids.append(palette_double_click(window, "Activation"))  # relu by default
    ids.append(palette_double_click(window, "Dense"))
    dense(qtbot, window, "512")
    ids.append(palette_double_click(window, "Dense"))
    dense(qtbot, window, "10", "softmax")
    return ids


def structure(graph) -> tuple[list, list]:
    """Types and settings in order, and connections by position: ids aside."""
    order = {layer_id: k for k, layer_id in enumerate(graph.ids)}
    return ([(layer.type, layer.params) for layer in graph.layers],
            [(order[s], order[d]) for s, d in graph.connections])


def test_build_the_keras_template_with_the_mouse_undo_it_all_save_and_reopen(
        qtbot, dialogs, tmp_path):
    window = make_window(qtbot)
    assert len(window.document.graph) == 0
    ids = build_keras_template(qtbot, window)
    graph = window.document.graph

    assert structure(graph) == structure(load(EXAMPLES / "keras_template.json").graph)
    assert graph.connections == list(pairwise(ids))
    summary = window.summary.totals.text()
    assert "<b>238,218</b>" in summary and "trainable: 237,962" in summary
    assert "non-trainable: 256" in summary
    assert window.summary.status.text().startswith("Valid")
    assert window.problems.count_shown == 0
    assert "512 params (256 fixed)" in window.scene.layer_items[ids[8]]._content[2]

    built = to_document(window.document.network)
    steps = window.document.undo_stack.count()
    assert steps >= 30
    for _ in range(steps):
        toolbar_click(window, "undo")
    assert len(graph) == 0 and not window.scene.layer_items
    assert "<b>0</b>" in window.summary.totals.text()
    for _ in range(steps):
        toolbar_click(window, "redo")
    assert to_document(window.document.network) == built

    dialogs.save_as_answer = str(tmp_path / "keras_template.nnd")
    toolbar_click(window, "save")
    assert not window.document.modified
    toolbar_click(window, "new")
    assert len(window.document.graph) == 0
    dialogs.open_answer = str(tmp_path / "keras_template.nnd")
    toolbar_click(window, "open")
    assert to_document(window.document.network) == built
    assert "<b>238,218</b>" in window.summary.totals.text()
    assert set(window.scene.edge_items) == set(window.document.graph.connections)

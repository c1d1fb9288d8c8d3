"""Files and habits: save and reopen, broken files, unsaved-changes questions, the title's
modified mark, revert, recent files, examples, export, file drops and the first start."""
import json

import pytest
from gui_helpers import drop_from_palette, make_window
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from designer.serialization import load, to_document
from widgets import preferences
from widgets.file_actions import examples
from widgets.style import EXAMPLES


@pytest.fixture
def window(qtbot):
    return make_window(qtbot)


def doc_of(window) -> dict:
    return to_document(window.document.network)


def test_save_then_open_gives_an_equal_network(window, dialogs, tmp_path):
    window.files.open_example(EXAMPLES / "residual_block.json")
    window.controller.set_param(["block_a"], "units", 12)
    window.controller.set_param(["block_b"], "units", 12)
    before = doc_of(window)
    for name in ("net.nnd", "net.json"):
        dialogs.save_as_answer = str(tmp_path / name)
        window.actions_by_name["save_as"].trigger()
        assert not window.document.modified and window.document.path == tmp_path / name
        window.actions_by_name["new"].trigger()
        assert len(window.document.graph) == 0
        dialogs.open_answer = str(tmp_path / name)
        window.actions_by_name["open"].trigger()
        assert doc_of(window) == before
        assert window.document.path == tmp_path / name and not window.document.modified
    assert to_document(load(tmp_path / "net.nnd")) == before


def test_a_broken_file_shows_an_error_and_leaves_the_document_untouched(window, dialogs,
                                                                       tmp_path):
    drop_from_palette(window, "Input", (0, 0))
    network, count = window.document.network, window.document.undo_stack.count()
    title = window.windowTitle()
    broken = tmp_path / "broken.json"
    broken.write_text('{"layers": [{"id": "a", "type": "Dense"}, ')
    dialogs.open_answer = str(broken)
    dialogs.save_answer = "discard"
    window.actions_by_name["open"].trigger()
    assert len(dialogs.errors) == 1
    title_text, message = dialogs.errors[0]
    assert "broken JSON" in message and "broken.json" in message
    assert window.document.network is network and window.document.undo_stack.count() == count
    assert window.windowTitle() == title and window.document.modified
    unknown = tmp_path / "unknown.json"
    unknown.write_text(json.dumps({"layers": [{"id": "a", "type": "Dence"}]}))
    assert not window.files.open_path(unknown, ask=False)
    assert "Did you mean 'Dense'?" in dialogs.errors[1][1]
    assert window.document.network is network


def test_unsaved_changes_are_protected(window, dialogs, tmp_path):
    drop_from_palette(window, "Input", (0, 0))
    dialogs.save_answer = "cancel"
    window.actions_by_name["new"].trigger()
    assert len(window.document.graph) == 1 and dialogs.asked
    dialogs.save_answer = "save"
    dialogs.save_as_answer = str(tmp_path / "kept")
    window.actions_by_name["new"].trigger()
    assert (tmp_path / "kept.nnd").exists() and len(window.document.graph) == 0
    drop_from_palette(window, "Input", (0, 0))
    dialogs.save_answer = "cancel"
    assert not window.close() and window.isVisible()
    dialogs.save_answer = "discard"
    window.files.open_example(EXAMPLES / "xor.json")
    assert window.document.network.name == "XOR"


def test_the_title_shows_the_file_and_undo_after_save_marks_modified_again(window, dialogs,
                                                                          tmp_path):
    drop_from_palette(window, "Input", (0, 0))
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    dialogs.save_as_answer = str(tmp_path / "first.nnd")
    window.actions_by_name["save"].trigger()
    assert not window.isWindowModified() and window.windowTitle().startswith("first.nnd")
    window.document.undo_stack.undo()
    assert window.isWindowModified() and window.document.modified
    window.document.undo_stack.redo()
    assert not window.isWindowModified()


def test_revert_reloads_the_file(window, dialogs, tmp_path):
    window.files.open_example(EXAMPLES / "xor.json")
    dialogs.save_as_answer = str(tmp_path / "xor.nnd")
    window.actions_by_name["save"].trigger()
    window.controller.set_param(["h"], "units", 9)
    window.actions_by_name["revert"].trigger()
    assert window.document.graph.layer("h").params["units"] == 4
    assert not window.document.modified and window.document.undo_stack.count() == 0


def test_revert_asks_the_guards_first(window, dialogs, tmp_path):
    dialogs.save_as_answer = str(tmp_path / "net.nnd")
    window.files.open_example(EXAMPLES / "xor.json")
    window.actions_by_name["save_as"].trigger()
    window.controller.set_param(["h"], "units", 9)
    window.files.guards.append(lambda: False)  # a run the user keeps training
    window.actions_by_name["revert"].trigger()
    assert window.document.graph.layer("h").params["units"] == 9 and not dialogs.asked
    window.files.guards.clear()
    window.actions_by_name["revert"].trigger()
    assert window.document.graph.layer("h").params["units"] == 4


def test_recent_files_and_examples_menus(window, dialogs, tmp_path):
    for name in ("a.nnd", "b.nnd"):
        dialogs.save_as_answer = str(tmp_path / name)
        window.actions_by_name["save_as"].trigger()
    titles = [a.text() for a in window.recent_menu.actions()]
    assert titles == ["b.nnd", "a.nnd"]
    window.recent_menu.actions()[1].trigger()
    assert window.document.path == tmp_path / "a.nnd"
    names = [a.text() for a in window.examples_menu.actions()]
    assert len(names) == len(examples()) and "Keras template" in names
    (tmp_path / "b.nnd").unlink()
    assert not window.files.open_path(tmp_path / "b.nnd", ask=False)
    assert [a.text() for a in window.recent_menu.actions()] == ["a.nnd"]


def test_export_png_and_svg(window, dialogs, tmp_path):
    window.files.open_example(EXAMPLES / "small_cnn.json")
    window.scene.select_ids(["conv1"])
    for name in ("net.png", "net.svg"):
        dialogs.image_answer = str(tmp_path / name)
        window.actions_by_name["export"].trigger()
        assert (tmp_path / name).stat().st_size > 1000
    svg = (tmp_path / "net.svg").read_text()
    assert "<svg" in svg and "conv1" in svg  # vectors and text, not a picture of them
    assert window.scene.selected_ids() == ["conv1"]


def test_dropping_a_network_file_on_the_window_opens_it(window, qtbot, tmp_path):
    path = tmp_path / "dropped.json"
    path.write_text((EXAMPLES / "xor.json").read_text())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    viewport = window.view.viewport()  # dropped on the canvas, it reaches the window
    enter = QDragEnterEvent(QPoint(20, 20), *args)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(20, 20), *args))
    qtbot.waitUntil(lambda: window.document.path == path, timeout=2000)
    assert window.document.network.name == "XOR"


def test_files_without_positions_get_laid_out(window, tmp_path):
    doc = json.loads((EXAMPLES / "xor.json").read_text())
    for layer in doc["layers"]:
        del layer["position"]
    (tmp_path / "bare.json").write_text(json.dumps(doc))
    window.files.open_path(tmp_path / "bare.json")
    positions = [layer.position for layer in window.document.graph.layers]
    assert positions == [(0.0, 0.0), (0.0, 110.0), (0.0, 220.0)]
    assert not window.document.modified


def test_first_start_shows_an_example_with_its_dataset_later_starts_the_last_file(
        qtbot, dialogs, tmp_path):
    first = make_window(qtbot)
    first.start()
    network = first.document.network
    assert network.name == "Spiral (Playground)" and network.dataset["name"] == "spiral"
    assert network.graph.analysis.valid and first.document.path is None
    dialogs.save_as_answer = str(tmp_path / "mine.nnd")
    first.actions_by_name["save"].trigger()
    first.close()
    second = make_window(qtbot)
    second.start()
    assert second.document.path == tmp_path / "mine.nnd"
    third = make_window(qtbot)
    third.start(str(EXAMPLES / "small_cnn.json"))
    assert third.document.network.name == "Small CNN (digits)"


def test_the_dock_layout_is_remembered(qtbot):
    first = make_window(qtbot)
    first.docks["history"].close()
    first.close()
    assert preferences.value("window/state") is not None
    from widgets.main_window import MainWindow

    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_layout()
    second.show()
    qtbot.waitExposed(second)
    assert not second.docks["history"].isVisible()
    assert second.docks["summary"].isVisible()

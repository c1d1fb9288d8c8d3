"""The canvas pictures each hidden unit of a two-input network beside its layer while a run
trains, and hides them on request."""
from tests.gui_training_helpers import training_window, wait_ended


def test_hidden_units_show_beside_their_layer_and_can_be_hidden(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)  # XOR: 2 inputs, 4 hidden units
    controller = window.training
    controller.setup.set("epochs", 20)
    run = controller.train()
    wait_ended(qtbot, run)
    pictures = controller.units
    assert pictures.shown() == {"h": 4}
    item = pictures.items["h"]
    assert item.parentItem() is window.scene.layer_items["h"]  # it moves with its layer
    assert item.mapToScene(item.boundingRect().topRight()).x() < \
        window.scene.layer_items["h"].sceneBoundingRect().left()  # to the left of the box
    assert len({image.pixel(0, 0) for image in item.images}) > 1  # four different units
    action = window.actions_by_name["unit_pictures"]
    assert action.isChecked()
    action.trigger()
    assert pictures.shown() == {} and not action.isChecked()
    action.trigger()
    assert pictures.shown() == {"h": 4}

"""The inspector: edits reach the model, model changes reach the widgets, invalid input stays
in the widget with its reason, several layers of one type are edited together, and the
initializer preview follows the layer's fans."""
import pytest
from gui_helpers import (
    choose_in_combo,
    choose_in_menu_button,
    drop_from_palette,
    make_window,
    type_into,
)
from PySide6.QtCore import Qt


@pytest.fixture
def window(qtbot):
    window = make_window(qtbot)
    drop_from_palette(window, "Input", (0, 0))
    window.inspector.editors["shape"].submit([784])
    drop_from_palette(window, "Dense", (0, 120))
    window.controller.connect_layers("input", "dense")
    window.scene.select_ids(["dense"])
    return window


def test_typing_a_value_changes_the_model_and_undo_changes_the_widget(window, qtbot):
    spin = window.inspector.editors["units"].spin
    type_into(qtbot, spin, "128")
    graph = window.document.graph
    assert graph.layer("dense").params["units"] == 128
    assert window.scene.layer_items["dense"].set_content  # the box shows the new count:
    assert "100,480" in window.scene.layer_items["dense"]._content[2]
    window.document.undo_stack.undo()
    assert graph.layer("dense").params["units"] == 8
    assert spin.value() == 8


def test_repeated_edits_of_one_setting_are_one_undo_step(window, qtbot):
    stack = window.document.undo_stack
    count = stack.count()
    spin = window.inspector.editors["units"].spin
    for text in ("16", "32", "64"):
        type_into(qtbot, spin, text)
    assert stack.count() == count + 1
    stack.undo()
    assert window.document.graph.layer("dense").params["units"] == 8


def test_invalid_input_is_refused_at_the_widget_with_a_reason(window, qtbot):
    stack = window.document.undo_stack
    count = stack.count()
    units = window.inspector.editors["units"]
    type_into(qtbot, units.spin, "0")
    assert "units must be at least 1" in units.error.text() and not units.error.isHidden()
    assert units.spin.value() == 8 and units.spin.property("invalid")
    assert "at least 1" in window.statusBar().currentMessage()
    dropout = window.inspector.editors["dropout"]
    type_into(qtbot, dropout.spin, "1")
    assert "less than 1" in dropout.error.text()
    window.scene.select_ids(["input"])
    shape = window.inspector.editors["shape"]
    type_into(qtbot, shape.edit, "28, zero")
    assert "whole numbers" in shape.error.text() and shape.edit.text() == "784"
    assert stack.count() == count
    assert window.document.graph.layer("dense").params["units"] == 8
    type_into(qtbot, shape.edit, "28 x 28")
    assert window.document.graph.layer("input").params["shape"] == [28, 28]
    assert shape.error.isHidden()


def test_model_changes_update_the_inspector(window):
    window.controller.set_param(["dense"], "activation", "tanh")
    window.controller.set_param(["dense"], "use_bias", False)
    editors = window.inspector.editors
    assert editors["activation"].combo.currentText() == "tanh"
    assert not editors["use_bias"].check.isChecked()
    assert window.inspector.params_label.text() == "6,272"  # 784 * 8 weights, no bias


def test_choosing_from_combo_boxes_and_preset_menus_with_the_mouse(window, qtbot):
    editors = window.inspector.editors
    choose_in_combo(qtbot, editors["activation"].combo, "relu")
    choose_in_menu_button(qtbot, editors["units"].presets_button, "128")
    choose_in_menu_button(qtbot, editors["dropout"].presets_button, "0.25")
    params = window.document.graph.layer("dense").params
    assert (params["activation"], params["units"], params["dropout"]) == ("relu", 128, 0.25)


def test_activation_options_appear_and_are_stored_with_the_name(window, qtbot):
    named = window.inspector.editors["activation"]
    choose_in_combo(qtbot, named.combo, "leaky_relu")
    assert not named.options.isHidden()
    alpha = named.option_editors["alpha"]
    assert alpha.spin.value() == pytest.approx(0.2)
    type_into(qtbot, alpha.spin, "0.3")
    assert window.document.graph.layer("dense").params["activation"] == {
        "name": "leaky_relu", "alpha": 0.3}
    choose_in_combo(qtbot, named.combo, "relu")
    assert named.options.isHidden()


def test_several_layers_of_one_type_are_edited_together(window, qtbot):
    drop_from_palette(window, "Dense", (250, 120))
    window.controller.set_param(["dense_1"], "units", 4)
    window.scene.select_ids(["dense", "dense_1"])
    inspector = window.inspector
    assert inspector.type_name == "Dense" and not inspector.name_edit.isEnabled()
    assert not inspector.editors["units"].mixed.isHidden()
    assert inspector.editors["activation"].mixed.isHidden()
    count = window.document.undo_stack.count()
    type_into(qtbot, inspector.editors["units"].spin, "32")
    graph = window.document.graph
    assert [graph.layer(i).params["units"] for i in ("dense", "dense_1")] == [32, 32]
    assert window.document.undo_stack.count() == count + 1
    assert inspector.editors["units"].mixed.isHidden()
    window.scene.select_ids(["dense", "input"])
    assert inspector.type_name is None and not inspector.editors


def test_the_initializer_preview_follows_fans_and_initializer(window, qtbot):
    inspector = window.inspector
    type_into(qtbot, inspector.editors["units"].spin, "128")
    preview = inspector.preview
    assert "fan_in 784, fan_out 128" in preview.caption.text()
    assert "0.0811" in preview.caption.text()  # sqrt(6 / (784 + 128))
    assert "sqrt(6 / (fan_in + fan_out))" in preview.caption.text()
    choose_in_combo(qtbot, inspector.editors["init"].combo, "he_uniform")
    assert "0.0875" in preview.caption.text()  # sqrt(6 / 784)
    chosen, reference = preview._curves
    assert len(chosen.xData) == len(reference.xData) and chosen.yData.sum() > 0
    window.controller.connect_layers("input", "dense")  # refused: already connected
    window.document.undo_stack.undo()  # the init change
    assert "0.0811" in preview.caption.text()


def test_the_preview_explains_when_the_input_is_missing(window):
    drop_from_palette(window, "Dense", (300, 300))
    assert "Connect this layer's input" in window.inspector.preview.caption.text()


def test_choices_explain_themselves_with_formulas_and_the_study_notes(window):
    editors = window.inspector.editors
    act = editors["activation"].combo
    tip = act.itemData(act.findText("sigmoid"), Qt.ItemDataRole.ToolTipRole)
    assert "1 / (1 + e^-x)" in tip and "Vanishing gradients" in tip
    init = editors["init"].combo
    tip = init.itemData(init.findText("he_uniform"), Qt.ItemDataRole.ToolTipRole)
    assert "sqrt(6 / fan_in)" in tip and "ReLU" in tip
    assert "Bernoulli" in editors["dropout"].toolTip() and "overfitting" in editors[
        "dropout"].toolTip()
    assert "Lasso" in editors["l1"].toolTip() and "Ridge" in editors["l2"].toolTip()
    palette_tip = window.palette.entries["BatchNorm"].toolTip(0)
    assert "initial weights" in palette_tip


# -- the initializer preview explains an impossible size in a plain sentence -------------
@pytest.mark.parametrize("units", [-5, 0])
def test_a_size_below_one_is_explained_not_a_math_error(window, units):
    preview = window.inspector.preview
    assert "fan_in 784" in preview.caption.text() and preview.plot.isVisible()
    window.controller.set_param(["dense"], "units", units)
    text = preview.caption.text()
    assert text == "No preview: units must be at least 1."
    assert preview.plot.isHidden() and preview.key.isHidden()
    window.controller.set_param(["dense"], "units", 16)
    assert "fan_in 784, fan_out 16" in preview.caption.text() and preview.plot.isVisible()


def test_a_convolution_names_the_size_that_is_wrong(window):
    window.controller.set_param(["input"], "shape", [1, 8, 8])
    drop_from_palette(window, "Conv2D", (200, 120))
    window.controller.connect_layers("input", "conv2d")
    window.scene.select_ids(["conv2d"])
    preview = window.inspector.preview
    window.controller.set_param(["conv2d"], "kernel_size", -3)
    assert preview.caption.text() == "No preview: kernel size must be at least 1."
    window.controller.set_param(["conv2d"], "kernel_size", 3)
    window.controller.set_param(["conv2d"], "filters", -1)
    assert preview.caption.text() == "No preview: filters must be at least 1."

"""The initializer preview says in a plain sentence why it has nothing to draw: a layer size
below 1 (typed, pasted or loaded from a file) never shows Python's 'math domain error'."""
import pytest
from gui_helpers import drop_from_palette, make_window


@pytest.fixture
def window(qtbot):
    window = make_window(qtbot)
    drop_from_palette(window, "Input", (0, 0))
    window.inspector.editors["shape"].submit([784])
    drop_from_palette(window, "Dense", (0, 120))
    window.controller.connect_layers("input", "dense")
    window.scene.select_ids(["dense"])
    return window


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

"""A dataset that does not fit the network shows in the Problems list before Train, with a
"Make the network fit" row that fixes it as one undo step; Train refuses with the list's
sentence, and the refusal follows the fixes."""
from PySide6.QtCore import Qt

from tests.gui_training_helpers import shown_docks, training_window

IN_LINE = ("in: the Input 'in' takes 2 values per sample, but the dataset 'iris' gives 4; "
           "set its shape to [4]")
OUT_LINE = ("out: the dataset 'iris' has 3 classes, but the output layer 'out' has 1 unit with "
            "sigmoid; use 3 units with softmax")
FIX = "\u2192 Make the network fit"


def rows(panel):
    return [panel.item(k).text() for k in range(panel.count())]


def click(qtbot, panel, text):
    """Click the first row that reads `text`, as a person does."""
    item = panel.item(rows(panel).index(text))
    panel.scrollToItem(item)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.visualItemRect(item).center())


def test_a_dataset_that_does_not_fit_is_a_problem_with_its_fix(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example="xor")
    shown_docks(window, "problems")
    panel, c, controls = window.problems, window.training, window.training.panel.controls
    network = window.document.network
    assert rows(panel) == ["No problems: every layer fits its input."]

    c.setup.set_many({"loss": None}, "automatic loss")
    c.setup.set_dataset({"name": "iris"})  # judged from the catalogue: nothing to wait for
    assert rows(panel) == [IN_LINE, FIX, OUT_LINE, FIX]
    assert panel.count_shown == 2 and "(2)" in window.panel("problems").windowTitle()

    assert c.train() is None and c.session.runs == []  # Train refuses with the same sentence
    assert controls.message.text() == "Fix the problems first: " + IN_LINE
    assert window.statusBar().currentMessage() == controls.message.text()

    click(qtbot, panel, FIX)  # the Input's fix
    assert network.graph.layer("in").params["shape"] == [4]
    assert rows(panel) == [OUT_LINE, FIX]
    assert controls.message.text() == "Fix the problems first: " + OUT_LINE  # it follows

    assert panel.fix(panel.item(0))  # the context menu's action: the output layer's fix
    out = network.graph.layer("out").params
    assert (out["units"], out["activation"]) == (3, "softmax")
    assert rows(panel) == ["No problems: every layer fits its input."]
    assert controls.refusal is None and not controls.message.isVisible()

    window.document.undo_stack.undo()  # each fix is one undo step
    assert rows(panel) == [OUT_LINE, FIX]
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()  # the dataset: XOR fits again
    assert rows(panel) == ["No problems: every layer fits its input."]


def test_a_regression_target_under_a_softmax_refuses_train(qtbot, dialogs, monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch, example="sine_regression")
    c, panel = window.training, window.problems
    from designer.commands import SetParam

    window.document.execute(SetParam("y", "activation", "softmax"))
    line = ("y: the dataset 'sine' is a regression target, but the output layer 'y' ends in "
            "softmax; use 1 unit with linear")
    assert rows(panel) == [line, FIX]
    assert c.train() is None
    assert c.panel.controls.message.text() == "Fix the problems first: " + line
    panel.fix(panel.item(1))
    assert rows(panel) == ["No problems: every layer fits its input."]
    assert c.panel.controls.refusal is None

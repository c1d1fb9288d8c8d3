"""The interface in Korean: View › Language remembers the choice and offers a restart, and a
window made in Korean shows its menus, toolbar, panels' titles and buttons in Korean, with
Qt's own buttons following the same choice."""
import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QTabBar,
)

from tests.gui_helpers import make_window
from widgets import language, preferences

# Names Korean learners keep in English: libraries, formats, shortcuts, the notes' acronyms
# (MLP, CNN, AND, XOR), the TensorFlow Playground, the registries' own names (layer types,
# activations, initializers, optimizers, losses, datasets) and the symbols of the formulas.
KEPT = re.compile(r"ONNX|PyTorch|TorchScript|Keras|Network Designer|Python|CSV|PNG|SVG|JSON|"
                  r"Ctrl\S*|F\d|ReLU|Adam|XOR|AND|MLP|CNN|TensorFlow|Playground|English|Xavier|He\b|"
                  r"\b(alpha|beta|epsilon|rho|delta)\b")


def _registry_names() -> set[str]:
    from designer.activations import ACTIVATIONS
    from designer.datasets import DATASETS
    from designer.initializers import INITIALIZERS
    from designer.layers import LAYERS
    from designer.losses import LOSSES
    from designer.optimizers import OPTIMIZERS

    return {word for registry in (ACTIVATIONS, DATASETS, INITIALIZERS, LAYERS, LOSSES,
                                  OPTIMIZERS) for name in registry
            for word in re.findall(r"[A-Za-z]{3,}", name)}


@pytest.fixture
def korean(qapp):
    language.install(qapp, "ko")
    yield
    language.install(qapp, "en")


def _english_words(text: str) -> list[str]:
    text = KEPT.sub("", re.sub(r"<[^>]+>", "", text.replace("&", "")))
    names = _registry_names()
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in names]


def _menu_texts(menu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            out += _menu_texts(action.menu())
        elif not action.isSeparator():
            out.append(action.text())
    return out


def test_the_language_menu_remembers_the_choice_and_offers_a_restart(qtbot, dialogs):
    window = make_window(qtbot)
    actions = window.language_menu.actions()
    assert [a.data() for a in actions] == ["system", "en", "ko"]
    assert [a.text() for a in actions[1:]] == ["English", "\ud55c\uad6d\uc5b4"]
    assert actions[0].isChecked() and language.chosen() == "system"
    dialogs.confirm_answer = False  # "later": the window stays as it is
    actions[2].trigger()
    assert preferences.value(language.KEY) == "ko" and language.chosen() == "ko"
    assert "Restart" in dialogs.asked[-1] and window.isVisible()
    asked = len(dialogs.asked)
    actions[2].trigger()  # the same choice again asks nothing
    assert len(dialogs.asked) == asked


def test_a_korean_window_has_no_english_left_in_its_menus_toolbar_panels_and_labels(
        qtbot, dialogs, korean):
    window = make_window(qtbot)
    window.files.open_example(language.RESOURCES / "examples" / "spiral_playground.json")
    texts = [t for menu in window.menuBar().findChildren(type(window.language_menu))
             if menu.parent() is window.menuBar() for t in _menu_texts(menu)]
    texts += [a.text() for a in window.toolbar.actions() if not a.isSeparator()]
    texts += [d.windowTitle() for d in window.findChildren(QDockWidget)]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.text()]
    texts += [bar.tabText(i) for bar in window.findChildren(QTabBar) for i in range(bar.count())]
    texts += [label.text() for label in window.findChildren(QLabel) if label.text()]
    assert len(texts) > 100 and any("\ud30c\uc77c" in t for t in texts)  # 파일: File
    english = {t: _english_words(t) for t in texts if _english_words(t)}
    assert english == {}


def test_qt_own_buttons_follow_the_choice(qtbot, korean):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") != "Save"
    assert QApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_the_undo_history_names_edits_in_korean(qtbot, dialogs, korean):
    from designer import commands
    from designer.graph import Layer

    window = make_window(qtbot)
    window.document.execute(commands.AddLayer(Layer.create("Dense", "h9", units=3)))
    window.document.execute(commands.SetParam("h9", "units", 4))
    window.document.execute(commands.Rename("h9", "hidden"))
    stack = window.document.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert texts == ["Dense 'h9' \ucd94\uac00", "h9.units \uc124\uc815",
                     "h9 \uc774\ub984\uc744 hidden(\uc73c)\ub85c \ubc14\uafb8\uae30"]


def test_a_refused_value_is_explained_in_korean(qtbot, korean):
    from designer.params import Param
    from widgets.editors import make_editor

    editor = make_editor(Param("rate", "float", 0.5, "the share", min=0, max=1, max_open=True))
    qtbot.addWidget(editor)
    said = []
    editor.refused.connect(said.append)
    assert not editor.submit(1.5)
    assert said == ["rate\uc740(\ub294) 0 \uc774\uc0c1 1 \ubbf8\ub9cc\uc774\uc5b4\uc57c "
                    "\ud558\ub294\ub370 1.5\uc785\ub2c8\ub2e4"]  # the range translated too


def test_qts_own_file_dialog_is_korean_where_qt_leaves_it_english(qtbot, korean):
    """Qt's Korean lacks a few texts of its file dialog (Open, Save, Import, Export use it
    where the desktop has no dialog of its own); the catalogue supplies them."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "", "", "ONNX (*.onnx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert texts and not [t for t in texts if re.search("[A-Za-z]{3}", t)], texts
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                      "All other platforms") == "폴더"

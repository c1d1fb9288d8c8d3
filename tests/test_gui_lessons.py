"""Help › Lessons…: the list, opening a lesson and training its runs side by side, the Lesson
dock's conclusion from the runs' own records (every lesson, briefly), and lesson 9's step."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from designer.lessons import conclusion, lessons, result
from tests.gui_training_helpers import ENDED, training_window, wait_ended
from widgets.lessons import first_sentence

ALL = lessons()
BY_ORDER = {lesson.order: lesson for lesson in ALL}
COMPARED = [lesson for lesson in ALL if lesson.kind == "compare"]
QUICK_EPOCHS = 3


@pytest.fixture
def window(qtbot, dialogs, monkeypatch):
    return training_window(qtbot, dialogs, monkeypatch, example=None)


def lesson_runs(window, lesson) -> dict:
    """{run key: Run} of the window's runs (started in the lesson's order)."""
    runs = window.training.manager.runs
    return {spec.key: run for spec, run in zip(lesson.runs, runs, strict=True)}


def core_conclusion(window, lesson, lang="en") -> str:
    """What designer.lessons concludes from the same runs' records."""
    runs = lesson_runs(window, lesson)
    return conclusion(lesson, {key: result(lesson.run(key), run.epochs, run.end, run.snapshot)
                               for key, run in runs.items()}, lang)


def train_briefly(qtbot, window, lesson) -> str:
    guide = window.lessons
    guide.epochs = QUICK_EPOCHS
    assert guide.start(lesson)
    qtbot.waitUntil(lambda: guide.panel.conclusion_text is not None, timeout=60_000)
    return guide.panel.conclusion_text


def test_help_lists_every_lesson_in_order(qtbot, window):
    help_menu = window.menu("help").actions()
    names = [a.objectName() for a in help_menu]
    assert names.index("lessons") < names.index("getting_started")
    window.actions_by_name["lessons"].trigger()
    dialog = window.lessons.dialog
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.texts()
    assert len(rows) == len(ALL) >= 10
    for row, lesson in zip(rows, ALL, strict=True):
        title, sentence = row.split("\n")
        assert title == f"{lesson.order}. {lesson.title('en')}"
        assert sentence == first_sentence(lesson.explain("en"))
        assert sentence and "<" not in sentence and len(sentence) < len(lesson.explain("en"))
    dialog.reject()


def test_first_sentence_of_an_explanation():
    assert first_sentence("A <b>big</b> net. It overfits.<br>More") == "A big net."
    assert first_sentence("x1 = 0.1 and e.g.<br>next") == "x1 = 0.1 and e.g."


def test_choosing_a_lesson_opens_it_and_trains_its_runs_side_by_side(qtbot, window, dialogs):
    lesson = BY_ORDER[1]
    window.lessons.choose()
    dialog = window.lessons.dialog
    dialog.list.setCurrentRow(ALL.index(lesson))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    network = window.document.network
    assert [layer.id for layer in network.graph.layers] == \
        [layer.id for layer in lesson.network.graph.layers]
    assert "lesson" not in network.extra and network.source is None
    assert window.document.path is None
    runs = window.training.manager.runs
    assert [run.name for run in runs] == [spec.name("en") for spec in lesson.runs]
    assert len({run.color for run in runs}) == len(runs)
    dock = window.panel("lesson")
    assert dock.isVisible()
    panel = window.lessons.panel
    assert lesson.title("en") in panel.title.text()
    assert all(run.color in panel.run_labels[run.number].text() for run in runs)
    assert panel.conclusion_text is None and panel.waiting.isVisibleTo(panel)
    window.training.manager.stop_all()  # stopped runs still conclude, from what they have
    qtbot.waitUntil(lambda: panel.conclusion_text is not None, timeout=30_000)
    assert {run.status for run in runs} <= set(ENDED)
    assert panel.conclusion_text == core_conclusion(window, lesson)
    assert "{" not in panel.conclusion_text
    assert not dialogs.errors


def test_lesson_1_says_the_accuracy_its_runs_reached(qtbot, window):
    lesson = BY_ORDER[1]
    text = train_briefly(qtbot, window, lesson)
    runs = lesson_runs(window, lesson)
    for key in ("and", "or", "xor", "mlp"):
        assert f"{runs[key].epochs[-1].value('accuracy'):.0%}" in text


@pytest.mark.parametrize("lesson", COMPARED, ids=lambda lesson: lesson.slug)
def test_every_lesson_trains_and_concludes_from_its_runs(qtbot, window, dialogs, lesson):
    text = train_briefly(qtbot, window, lesson)
    runs = lesson_runs(window, lesson)
    assert [run.name for run in runs.values()] == [spec.name("en") for spec in lesson.runs]
    for run in runs.values():
        assert run.status != "failed", run.error
        assert 1 <= len(run.epochs) <= QUICK_EPOCHS
    assert text == core_conclusion(window, lesson)
    assert text != conclusion(lesson, {}, "en")  # the runs' numbers, not blanks
    assert text.strip() and "{" not in text and "}" not in text
    assert not dialogs.errors


def test_a_lesson_in_korean(qtbot, window):
    from widgets import language, preferences

    preferences.set_value(language.KEY, "ko")
    lesson = BY_ORDER[2]
    text = train_briefly(qtbot, window, lesson)
    runs = window.training.manager.runs
    assert [run.name for run in runs] == [spec.name("ko") for spec in lesson.runs]
    assert text == core_conclusion(window, lesson, "ko") != core_conclusion(window, lesson)
    assert any("\uac00" <= ch <= "\ud7a3" for ch in text) and "{" not in text
    assert lesson.explain("ko") == window.lessons.panel.explain.text()


def test_lesson_9_shows_the_backprop_step_without_training(qtbot, window):
    lesson = BY_ORDER[9]
    assert lesson.kind == "backprop"
    assert window.lessons.start(lesson)
    panel = window.lessons.panel
    assert window.training.manager.runs == []
    assert [layer.id for layer in window.document.network.graph.layers] == \
        [layer.id for layer in lesson.network.graph.layers]
    steps = panel.steps.toPlainText()
    assert "E_total = E_o1 + E_o2 = 0.02193381 + 0.00203809 = 0.02397190" in steps
    assert "W1' = 0.3 − 0.5×0.00080888 = 0.29959556" in steps
    assert panel.steps.font().fixedPitch()  # monospace, so the numbers line up
    assert panel.steps_box.isVisibleTo(panel) and not panel.runs_box.isVisibleTo(panel)
    assert "E_total = 0.02397190" in panel.conclusion_text


def test_opening_another_document_ends_the_lesson(qtbot, window):
    lesson = BY_ORDER[8]
    window.lessons.epochs = 200
    window.lessons.start(lesson)
    runs = list(window.training.manager.runs)
    assert window.files.new()  # asks to stop the runs (confirmed), then opens
    for run in runs:
        wait_ended(qtbot, run)
    assert window.lessons.lesson is None and not window.panel("lesson").isVisible()
    assert window.training.manager.runs == []

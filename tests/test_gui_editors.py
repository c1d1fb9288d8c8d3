"""The editors: one factory gives every parameter of every registry an editor that shows its
default and takes it back; a list of numbers is checked by its schema alone; the training
form's ConfigEditor is a NamedEditor checked by its config function."""
import pytest
from gui_helpers import type_into
from test_param_defaults import every_param

from designer.params import KINDS, Param
from designer.schedules import SCHEDULES, schedule_config
from widgets.editors import NamedEditor, OptionalNumberEditor, make_editor
from widgets.number_editors import NumberListEditor
from widgets.training.form_parts import ConfigEditor


def _committed(editor) -> list:
    seen = []
    editor.committed.connect(seen.append)
    return seen


def test_make_editor_edits_every_parameter_of_every_registry(qtbot):
    kinds = set()
    for where, param in every_param():
        editor = make_editor(param)
        qtbot.addWidget(editor)
        seen = _committed(editor)
        editor.set_value(param.default)
        assert editor.value() == param.default and seen == [], where  # the model's: no echo
        assert editor.submit(param.default) and seen == [param.default], where
        kinds.add(param.kind)
    assert kinds == set(KINDS)  # so every kind's editor was built above


def test_a_number_list_is_checked_by_its_schema_alone(qtbot):
    param = SCHEDULES.get("step").params[0]
    editor = make_editor(param)
    qtbot.addWidget(editor)
    assert isinstance(editor, NumberListEditor)
    editor.set_value(param.default)
    seen, refused = _committed(editor), []
    editor.refused.connect(refused.append)
    type_into(qtbot, editor.edit, "[0.25; 0.6]")
    assert seen == [[0.25, 0.6]]
    type_into(qtbot, editor.edit, "0.3, -1")
    assert refused == ["milestones must be at least 0, got -1"]
    type_into(qtbot, editor.edit, "half, 0.75")
    assert "milestones must be a list of numbers" in refused[-1]
    assert seen == [[0.25, 0.6]] and editor.edit.text() == "0.25, 0.6"  # back to the model's


def test_an_optional_whole_number_may_be_left_empty(qtbot):
    editor = make_editor(Param("samples", "int", None, "", min=1, optional=True))
    qtbot.addWidget(editor)
    assert isinstance(editor, OptionalNumberEditor)
    seen = _committed(editor)
    type_into(qtbot, editor.edit, "500")
    editor.edit.clear()
    editor.edit.editingFinished.emit()
    assert seen == [500, None]


@pytest.fixture
def schedule(qtbot):
    editor = ConfigEditor(SCHEDULES, schedule_config)
    qtbot.addWidget(editor)
    editor.set_config(schedule_config("constant"))
    editor.committed.connect(editor.set_config)  # as the form does, through the document
    return editor


def _choose(editor, name: str) -> None:
    editor.combo.setCurrentIndex(editor.combo.findData(name))
    editor.combo.activated.emit(editor.combo.currentIndex())


def test_config_editor_is_a_named_editor_with_a_config_function(schedule, qtbot):
    assert isinstance(schedule, NamedEditor)
    seen = _committed(schedule)
    _choose(schedule, "step")
    assert seen == [schedule_config("step")] and schedule.config == seen[-1]
    assert set(schedule.editors) == {"milestones", "factor", "warmup_epochs"}
    _choose(schedule, "step")  # the same entry again keeps its settings: nothing to commit
    assert len(seen) == 1
    type_into(qtbot, schedule.editors["milestones"].edit, "0.4")
    assert seen[-1] == {**schedule_config("step"), "milestones": [0.4]} == schedule.config


def test_config_editor_refuses_what_its_config_function_refuses(schedule, qtbot):
    _choose(schedule, "piecewise")
    seen = _committed(schedule)
    type_into(qtbot, schedule.editors["values"].edit, "0.1")  # one value for one boundary
    assert seen == [] and "one more value than boundaries" in schedule.error.text()
    assert schedule.config == schedule_config("piecewise")
    assert schedule.editors["values"].edit.text() == "0.01, 0.001"  # back to the config's

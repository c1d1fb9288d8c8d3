"""Designer's sentences reach the window in its language: each is made from one template of
designer/messages.py, widgets/catalog.py `message` finds that template in a finished sentence
and translates it with the values it holds (and the sentences inside them)."""
from string import Formatter

import pytest

from designer import messages
from designer.dataset_fit import DataFacts, fit_problems
from designer.graph import Layer, NetworkGraph
from designer.network import Network
from designer.training.process_runner import ended_unexpectedly
from designer.training.stopping import diverged_message
from widgets import catalog, language
from widgets.document import Document
from widgets.problems import ProblemsPanel


@pytest.fixture
def korean(qapp):
    language.install(qapp, "ko")
    yield
    language.install(qapp, "en")


def _fields(template: str) -> dict[str, str]:
    """Field number -> how the template writes it ("{1:,}", "{0!r}"), first occurrence."""
    out = {}
    for _literal, field, spec, conversion in Formatter().parse(template):
        if field is not None and field not in out:
            out[field] = "{0" + (f"!{conversion}" if conversion else "") + (
                f":{spec}" if spec else "") + "}"
    return out


def _made_up(spec: str, k: int):
    """A value for field k that its format spec takes (numbers for ",", ".4g", ".0%", whole
    numbers for "d")."""
    if spec.endswith(":d}"):
        return 1234 + k
    return 1234.5 + k if spec != "{0}" and spec != "{0!r}" else f"val{k}"


@pytest.mark.parametrize("template", messages.TEMPLATES)
def test_every_template_is_found_again_with_its_values(template):
    fields = _fields(template)
    values = [_made_up(fields[str(k)], k) for k in range(len(fields))]
    sentence = template.format(*values)
    found = catalog.match(sentence)
    assert found is not None
    assert found[0] == template
    assert found[1] == {str(k): fields[str(k)].format(v) for k, v in enumerate(values)}
    assert catalog.message(sentence) == sentence  # English: the sentence as it was


def test_the_templates_are_in_the_catalogue_once_each():
    listed = catalog.texts()["messages"]
    assert listed == list(dict.fromkeys(messages.TEMPLATES))
    assert messages.FLAT_INPUT in listed and len(listed) > 60


def _dense_after_conv() -> NetworkGraph:
    graph = NetworkGraph()
    for layer in (Layer.create("Input", "img", shape=[1, 8, 8]),
                  Layer.create("Conv2D", "conv", filters=4),
                  Layer.create("Dense", "head", units=3)):
        graph.add_layer(layer)
    graph.connect("img", "conv")
    graph.connect("conv", "head")
    return graph


def test_a_real_problem_is_english_then_korean_with_its_values(korean):
    problem = _dense_after_conv().analysis.problems_of("head")[0]
    assert problem == messages.FLAT_INPUT.format("Dense", "(4, 6, 6)")
    shown = catalog.message(problem)
    assert "Dense" in shown and "(4, 6, 6)" in shown and "Flatten" in shown
    assert "flat vector" not in shown and "평평한 벡터" in shown


def test_a_sentence_inside_a_sentence_is_translated_too(korean):
    """The output layer's misfit is built from parts; each part comes out Korean."""
    network = Network()
    graph = network.graph
    for layer in (Layer.create("Input", "in", shape=[2]),
                  Layer.create("Dense", "out", units=1, activation="sigmoid")):
        graph.add_layer(layer)
    graph.connect("in", "out")
    facts = DataFacts("spiral", "classification", (2,), 3)
    sentence = fit_problems(network, facts, None)[0].message
    assert sentence.startswith("the dataset 'spiral' has 3 classes, but the output layer")
    shown = catalog.message(sentence)
    assert shown == ("데이터셋 'spiral'의 클래스는 3개이지만 출력층 'out'은(는) sigmoid 활성화 "
                     "함수를 쓰는 유닛 1개입니다. softmax 활성화 함수를 쓰는 유닛 3개로 바꾸세요")
    capitalised = sentence[:1].upper() + sentence[1:] + "."  # as the training form shows it
    assert catalog.message(capitalised) == shown + "."


def test_how_a_run_ended_is_korean(korean):
    diverged = catalog.message(diverged_message(float("nan"), 3, 7, 0.5, 0.0, False))
    assert diverged.startswith("에포크 3, 스텝 7에서 손실이 NaN이 되었습니다")
    assert "학습률(이번에는 0.5) 또는 그레이디언트 클리핑(clip_norm)" in diverged
    assert catalog.message(ended_unexpectedly(-9)).startswith(
        "학습 프로세스가 예기치 않게 끝났습니다(시그널 9, SIGKILL")


def test_english_sentences_stay_exactly_as_designer_wrote_them():
    sentence = "The Input 'in' takes 4 values per sample, but the " \
        "dataset 'xor' gives 2; set its shape to [2]."
    assert catalog.match(sentence[:1].lower() + sentence[1:-1])[0] == \
        messages.INPUT_MISFIT
    assert catalog.message(sentence) == sentence


def test_an_unknown_sentence_is_unchanged(korean):
    for text in ("something nobody wrote", "", "Dense: 3 units", "the dataset"):
        assert catalog.message(text) == text


def test_the_problems_list_shows_them_in_korean(qtbot, korean):
    document = Document()
    for layer in _dense_after_conv().layers:
        document.network.graph.add_layer(Layer.create(layer.type, layer.id, **layer.params))
    document.network.graph.connect("img", "conv")
    document.network.graph.connect("conv", "head")
    panel = ProblemsPanel(document)
    qtbot.addWidget(panel)
    texts = [panel.item(i).text() for i in range(panel.count())]
    assert any(t.startswith("head: Dense은(는) 평평한 벡터") and "(4, 6, 6)" in t for t in texts)
    empty = ProblemsPanel(Document())
    qtbot.addWidget(empty)
    assert empty.item(0).text().startswith("신경망: 신경망이 비어 있습니다")


def test_names_inside_an_edit_or_a_sentence_are_never_taken_for_an_edit(korean):
    """A layer named like an edit ("Move it") keeps its name: edits hold names, not sentences,
    and no sentence holds an edit."""
    deleted = catalog.message(messages.DELETE.format("Move it"))
    assert "Move it" in deleted and deleted != messages.DELETE.format("Move it")
    renamed = catalog.message(messages.RENAME.format("Delete x", "Paste 3 layer(s)"))
    assert "Delete x" in renamed and "Paste 3 layer(s)" in renamed
    problem = catalog.message(messages.FLAT_INPUT.format("Move it", "(4, 6, 6)"))
    assert "Move it" in problem and "평평한 벡터" in problem


def test_a_long_list_of_reasons_is_translated_reason_by_reason(korean):
    """Every split of a joined list is tried, so the work grows fast with its length: past
    catalog.MAX_JOINS separators the list is cut at each "; " and each reason translated."""
    def reasons(k):
        return "; ".join(messages.NO_SETTING.format(f"layer{i}", f"x{i}") for i in range(k))

    for k in (3, catalog.MAX_JOINS + 1):
        shown = catalog.message(reasons(k))
        assert shown.count("설정이 없습니다") == k and shown.count("; ") == k - 1
        assert "has no setting" not in shown

"""Lessons (designer/lessons): loading and checking lesson files, the networks their runs
train, the results a conclusion names, the conclusion in both languages, and headless
training; `main.py validate` on a lesson file; every lesson under resources/lessons."""
import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from designer.lessons import (
    LESSONS_DIR,
    LessonError,
    RunResult,
    conclusion,
    lesson_problems,
    lessons,
    load_lesson,
    result,
    train_lesson,
)
from designer.lessons.text import render
from designer.training.records import End, Epoch, Snapshot
from designer.training.trainer import Trainer

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "lessons"
XOR, BACKPROP = DATA / "01_xor.json", DATA / "09_backprop.json"
SHIPPED = sorted(LESSONS_DIR.glob("*.json"))


def write(tmp_path, change, source=XOR):
    """A copy of a lesson file with `change(doc)` applied; returns its path."""
    doc = json.loads(source.read_text(encoding="utf-8"))
    change(doc)
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def block(doc):
    return doc["lesson"]


def run_cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


# -- loading -------------------------------------------------------------------------------
def test_a_lesson_loads_with_its_texts_and_runs():
    lesson = load_lesson(XOR)
    assert (lesson.slug, lesson.order, lesson.kind, lesson.epochs, lesson.target_loss) == \
        ("01_xor", 1, "compare", 30, 0.3)
    assert lesson.title("ko") == "XOR에는 은닉층이 필요하다"
    assert lesson.title("ko_KR") == lesson.title("ko")
    assert lesson.title("fr") == lesson.title("en") == "XOR needs a hidden layer"
    assert lesson.explain("en").startswith("Watch the <b>accuracy</b>.")
    assert [r.key for r in lesson.runs] == ["perceptron", "mlp"]
    assert lesson.run("mlp").name("ko") == "다층 퍼셉트론"
    assert [r.target_loss for r in lesson.runs] == [0.3, 0.3]
    assert len(lesson.parts) == 4
    with pytest.raises(LessonError, match="no run 'mpl'"):
        lesson.run("mpl")


def test_lessons_come_sorted_by_order(tmp_path):
    assert [lesson.slug for lesson in lessons(DATA)] == ["01_xor", "09_backprop"]
    assert lessons(tmp_path) == [] and lessons(tmp_path / "absent") == []


def _set(*keys_and_value):
    """A change that sets doc[k1][k2]... = value."""
    *keys, last, value = keys_and_value

    def change(doc):
        target = doc
        for key in keys:
            target = target[key]
        target[last] = value
    return change


def _runs(k, key, value):
    return _set("lesson", "runs", k, key, value)


BROKEN = [  # (change, the problem's text after "<file>: ")
    (_runs(1, "key", "2mlp"),
     "run '2mlp': 'key' must be an identifier (letters, digits, _), got '2mlp'"),
    (_runs(1, "key", "perceptron"),
     "lesson: runs: the key 'perceptron' is used by more than one run"),
    (_runs(1, "key", "best"), "run 'best': 'key' cannot be 'best'"),
    (_set("lesson", "epoch", 5), "lesson: unknown key 'epoch' (did you mean 'epochs'?)"),
    (_runs(0, "colour", "red"), "run 'perceptron': unknown key 'colour'"),
    (_set("lesson", "kind", "race"), "lesson: kind must be one of compare, backprop"),
    (_set("lesson", "epochs", 0), "lesson: 'epochs' must be a whole number of at least 1"),
    (_runs(1, "set", {"h9": {"activation": "relu"}}),
     "run 'mlp': layer 'h9' in 'set' does not exist (layers: in, h, out)"),
    (_set("lesson", "conclusion", 0, "en", "{mlp.acuracy:.0%}"),
     "lesson: conclusion[0]: en: '{mlp.acuracy}': 'acuracy' is not a result"),
    (_set("lesson", "conclusion", 0, "ko", "{mpl.accuracy}"),
     "lesson: conclusion[0]: ko: '{mpl.accuracy}': no run or aggregate 'mpl'"),
    (_set("lesson", "conclusion", 0, "en", "{mlp.name:.2f}"),
     "lesson: conclusion[0]: en: '{mlp.name:.2f}': the format '.2f' does not fit name"),
    (_set("lesson", "conclusion", 0, "en", "{mlp.loss!r}"),
     "lesson: conclusion[0]: en: '{mlp.loss}': conversions and nested fields are not allowed"),
    (_set("lesson", "conclusion", 0, "en", "{0}"),
     "lesson: conclusion[0]: en: '{0}' must name a run and a result like {run.accuracy}"),
    (_set("lesson", "conclusion", 1, "when", "mlp.solve"),
     "lesson: conclusion[1]: when: '{mlp.solve}': 'solve' is not a result"),
    (_set("lesson", "title", {"en": "XOR"}), "lesson: title: missing the 'ko' text"),
    (_runs(0, "name", {"ko": "퍼셉트론"}), "run 'perceptron': name: missing the 'en' text"),
    (_set("lesson", "conclusion", 2, "ko", " "), "lesson: conclusion[2]: missing the 'ko' text"),
    (_runs(0, "set", {"out": {"units": -1}}),
     "run 'perceptron': out: units must be at least 1, got -1"),
    (_runs(1, "training", {"optimizer": {"name": "sgdd"}}),
     "run 'mlp': training: unknown optimizer 'sgdd'"),
    (_runs(0, "dataset", {"name": "digits"}),
     "run 'perceptron': in: the Input 'in' takes 2 values per sample, but the dataset 'digits' "
     "gives 64"),
    (_runs(0, "layers", []), "run 'perceptron': 'layers' and 'connections' go together"),
]


@pytest.mark.parametrize(("change", "expected"), BROKEN)
def test_each_problem_is_named_with_the_file_and_the_part(tmp_path, change, expected):
    path = write(tmp_path, change)
    with pytest.raises(LessonError) as caught:
        load_lesson(path)
    assert str(caught.value).startswith(f"{path}: {expected}")


def test_every_problem_is_listed_and_counted(tmp_path):
    def change(doc):
        _runs(1, "set", {"h9": {}})(doc)
        _set("lesson", "explain", {"en": "x"})(doc)
    path = write(tmp_path, change)
    assert lesson_problems(path) == [
        f"{path}: lesson: explain: missing the 'ko' text",
        f"{path}: run 'mlp': layer 'h9' in 'set' does not exist (layers: in, h, out)"]
    with pytest.raises(LessonError, match=r"\(and 1 more problems\)$"):
        load_lesson(path)


def test_a_plain_network_or_a_broken_base_is_refused(tmp_path):
    plain = ROOT / "resources" / "examples" / "xor.json"
    with pytest.raises(LessonError, match="no 'lesson' object"):
        load_lesson(plain)
    path = write(tmp_path, _set("layers", 1, "units", 0))
    assert lesson_problems(path)[0] == \
        f"{path}: base network: out: units must be at least 1, got 0"
    assert not any("base network" in p for p in lesson_problems(path, base=False))
    with pytest.raises(LessonError, match="no such file"):
        load_lesson(tmp_path / "absent.json")


# -- variants --------------------------------------------------------------------------------
def test_a_variant_applies_graph_set_training_dataset_and_epochs():
    lesson = load_lesson(XOR)
    base = copy.deepcopy(lesson.network.training)
    perceptron, mlp = lesson.variant("perceptron"), lesson.variant(lesson.run("mlp"))
    assert perceptron.graph.ids == ["in", "out"] and perceptron.dataset == {"name": "xor"}
    assert perceptron.training == {**base, "epochs": 30}
    assert mlp.graph.ids == ["in", "h", "out"]
    assert mlp.graph.connections == [("in", "h"), ("h", "out")]
    assert mlp.graph.layer("h").params["activation"] == "tanh"  # set, over the run's layers
    assert mlp.training == {**base, "epochs": 30,
                            "optimizer": {"name": "adam", "learning_rate": 0.1}}
    assert "lesson" not in mlp.extra and mlp.source == XOR
    assert lesson.network.dataset == {"name": "and"} and lesson.network.training == base


def test_a_runs_own_epochs_win_over_the_lessons(tmp_path):
    lesson = load_lesson(write(tmp_path, _runs(0, "training", {"epochs": 5})))
    assert lesson.variant("perceptron").training["epochs"] == 5
    assert lesson.variant("mlp").training["epochs"] == 30


# -- results ---------------------------------------------------------------------------------
def _records(network):
    epochs, snapshot, end = [], None, None
    for record in Trainer(network, introspection=True, apply=False).run():
        if isinstance(record, Epoch):
            epochs.append(record)
        elif isinstance(record, Snapshot):
            snapshot = record
        elif isinstance(record, End):
            end = record
    return epochs, snapshot, end


def test_result_from_a_real_run():
    lesson = load_lesson(XOR)
    run = lesson.run("mlp")
    epochs, snapshot, end = _records(lesson.variant(run))
    r = result(run, epochs, end, snapshot)
    assert (r.key, r.name, r.epochs_run, r.reason) == ("mlp", "MLP", 30, "completed")
    assert (r.loss, r.accuracy) == (epochs[-1].loss, epochs[-1].value("accuracy"))
    assert r.first_loss == epochs[0].loss > r.loss
    assert r.val_loss is r.mae is r.r2 is r.best_val_loss is r.overfit_epoch is None
    assert r.seconds == end.seconds and r.seconds_per_epoch == pytest.approx(end.seconds / 30)
    assert r.reach_epoch == next(e.epoch for e in epochs if e.loss <= 0.3)
    assert r.solved == (r.accuracy >= 0.99) and not r.diverged and not r.overfits
    norms = list(snapshot.gradients.values())
    assert len(norms) == 2 and (r.grad_first, r.grad_last) == (norms[0], norms[-1])
    assert r.grad_ratio == pytest.approx(min(norms) / max(norms))


def _epoch(n, loss, val_loss=None, **values):
    return Epoch(epoch=n, values={"loss": loss, "val_loss": val_loss, **values})


def test_result_sees_overfitting_divergence_and_regression():
    run = load_lesson(XOR).run("mlp")
    # validation loss falls to epoch 10, then rises while training loss keeps falling
    curve = [_epoch(n, 1.0 / n, 1.0 / n if n <= 10 else 0.1 + 0.02 * (n - 10), accuracy=0.9)
             for n in range(1, 41)]
    r = result(run, curve, End(reason="completed", epochs_run=40, seconds=2.0))
    assert (r.best_val_epoch, r.best_val_loss) == (10, 0.1)
    assert r.overfits and r.overfit_epoch == 10 and not r.solved
    assert r.seconds_per_epoch == 0.05 and r.reach_epoch == 4  # loss 0.25 <= 0.3
    gone = result(run, [_epoch(1, 0.7, accuracy=1.0), _epoch(2, float("nan"))],
                  End(reason="diverged", epochs_run=2))
    assert gone.diverged and not gone.solved and gone.loss is None and gone.reach_epoch is None
    fit = result(run, [_epoch(1, 0.01, r2=0.995, mae=0.05)], None)
    assert fit.solved and fit.accuracy is None and fit.epochs_run == 1 and fit.reason is None


# -- conclusions ------------------------------------------------------------------------------
def _results(mlp_accuracy, reach=None):
    return {"perceptron": RunResult(key="perceptron", names={"en": "perceptron", "ko": "퍼셉트론"},
                                    accuracy=0.5, loss=0.69),
            "mlp": RunResult(key="mlp", names={"en": "MLP", "ko": "다층 퍼셉트론"},
                             accuracy=mlp_accuracy, solved=mlp_accuracy >= 0.99, loss=0.1,
                             reach_epoch=reach)}


def test_conclusion_with_conditions_and_missing_numbers_in_both_languages():
    lesson = load_lesson(XOR)
    assert conclusion(lesson, _results(1.0, reach=12), "en") == (
        "The perceptron reached 50%, the MLP 100% (validation loss –). "
        "One hidden layer solved XOR. MLP reached loss 0.3 first, at epoch 12.")
    assert conclusion(lesson, _results(0.75), "ko") == (
        "퍼셉트론은 50%, 다층 퍼셉트론은 75% (검증 손실 –). "
        "다층 퍼셉트론은 에포크가 더 필요합니다.")
    # a run without results (stopped, failed) shows its numbers as missing
    only = {"mlp": _results(1.0)["mlp"]}
    assert conclusion(lesson, only, "en").startswith("The perceptron reached –, the MLP 100%")


def test_templates_never_fail_and_evaluate_nothing():
    scope = {"a": RunResult(name="A", reason="completed", loss=0.123456)}
    assert render("{a.loss:.2f} {a.reason:.2f} {a.val_loss:.1%} {a.name} {{x}}", scope) == \
        "0.12 – – A {x}"
    assert render("{a.__class__} {b.loss}", scope) == "– –"


def test_aggregates_pick_best_worst_and_fastest():
    lesson = load_lesson(XOR)
    lesson.parts = [{"en": "{best.name} {worst.name} {fastest.name} {fastest.reach_epoch}",
                     "ko": "{best.name}"}]
    results = _results(1.0, reach=7)
    assert conclusion(lesson, results, "en") == "MLP perceptron MLP 7"
    assert conclusion(lesson, _results(1.0), "en") == "MLP perceptron – –"
    results["mlp"].diverged = True  # a diverged run is never the best
    assert conclusion(lesson, results, "ko") == "퍼셉트론"


def test_backprop_conclusion_has_the_notes_numbers():
    lesson = load_lesson(BACKPROP)
    assert lesson.kind == "backprop" and lesson.runs == []
    assert train_lesson(lesson) == {}
    text = conclusion(lesson, {}, "en")
    assert text.startswith("E_total = 0.02397190; W5 becomes 0.4")
    assert "{" not in conclusion(lesson, {}, "ko")


def test_backprop_placeholders_are_checked(tmp_path):
    path = write(tmp_path, _set("lesson", "conclusion", 0, "en", "{step.E_totl}"), BACKPROP)
    with pytest.raises(LessonError, match="'E_totl' is not a result"):
        load_lesson(path)
    path = write(tmp_path, _set("lesson", "runs", [{"key": "a"}]), BACKPROP)
    assert "a backprop lesson has no runs" in lesson_problems(path)[0]


def test_train_lesson_runs_every_run():
    lesson = load_lesson(XOR)
    results = train_lesson(lesson)
    assert list(results) == ["perceptron", "mlp"]
    assert results["mlp"].solved and not results["perceptron"].solved
    assert results["perceptron"].epochs_run == 30
    assert "One hidden layer solved XOR." in conclusion(lesson, results, "en")
    assert list(train_lesson(lesson, epochs=2).values())[0].epochs_run == 2


# -- main.py validate --------------------------------------------------------------------------
def test_validate_checks_the_lesson_block(tmp_path):
    good = run_cli("validate", XOR)
    assert good.returncode == 0, good.stdout + good.stderr

    def change(doc):
        _runs(1, "set", {"h9": {}})(doc)
        _set("lesson", "conclusion", 0, "en", "{mlp.acuracy}")(doc)
    path = write(tmp_path, change)
    out = run_cli("validate", path)
    assert out.returncode == 1
    assert out.stdout.splitlines() == [
        f"{path}: run 'mlp': layer 'h9' in 'set' does not exist (layers: in, h, out)",
        f"{path}: lesson: conclusion[0]: en: '{{mlp.acuracy}}': 'acuracy' is not a result "
        "(known: " + out.stdout.split("(known: ", 1)[1].splitlines()[0]]


# -- the shipped lessons -----------------------------------------------------------------------
needs_lessons = pytest.mark.skipif(not SHIPPED, reason="no lessons in resources/lessons yet")


@needs_lessons
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_lesson_loads(path):
    lesson = load_lesson(path)
    assert lesson.title("en") and lesson.title("ko") and lesson.parts


@needs_lessons
@pytest.mark.slow
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_lesson_trains_and_concludes(path):
    lesson = load_lesson(path)
    results = train_lesson(lesson, epochs=3)
    assert sorted(results) == sorted(run.key for run in lesson.runs)
    for lang in ("en", "ko"):
        text = conclusion(lesson, results, lang)
        assert text and "{" not in text and "}" not in text

"""In a Korean window, what stops an import, a pasted piece of Keras code, an export or a
dataset is said in Korean: the error dialogs and the data preview pass designer's sentences
through widgets/catalog.py `message`."""
import pytest

from tests.gui_helpers import choose_in_combo, make_window
from tests.gui_training_helpers import EXAMPLES, training_window
from widgets import language


@pytest.fixture
def korean(qapp):
    language.install(qapp, "ko")
    yield
    language.install(qapp, "en")


@pytest.fixture
def window(qtbot, dialogs, korean):
    dialogs.save_answer = "discard"
    return make_window(qtbot)


def test_a_broken_model_file_is_refused_in_korean(window, dialogs, tmp_path):
    broken = tmp_path / "broken.keras"
    broken.write_bytes(b"PK\x03\x04" + bytes(40))
    dialogs.import_answer = str(broken)
    window.actions_by_name["import"].trigger()
    assert dialogs.errors == [("파일을 가져올 수 없음",
                               f"{broken}: 손상된 zip 파일입니다(File is not a zip file)")]


def test_pasted_keras_code_that_cannot_be_read_is_explained_in_korean(window, dialogs):
    dialogs.keras_code_answer = ("from keras import layers, Sequential\n"
                                 "model = Sequential([layers.Input((2,))])\n"
                                 "for n in (4, 1):\n"
                                 "    model.add(layers.Dense(n))\n")
    window.actions_by_name["paste_keras"].trigger()
    (title, text), = dialogs.errors
    assert title == "Keras 코드를 읽을 수 없음"
    assert text.splitlines() == [
        "붙여넣은 코드: 가져올 수 없습니다:",
        "  - 3행: for 반복문에서 층을 만듭니다. 각 단계를 파일의 맨 바깥 수준에 하나씩 쓰세요"
        "(코드는 실행하지 않고 읽기만 합니다)"]


def test_an_export_refused_for_a_problem_says_it_in_korean(window, dialogs, tmp_path):
    window.files.open_example(EXAMPLES / "xor.json")
    window.controller.set_param(["h"], "units", 0)
    dialogs.model_export_answer = str(tmp_path / "xor.onnx")
    window.actions_by_name["export_onnx"].trigger()
    (title, text), = dialogs.errors
    assert title == "내보낼 수 없음"
    assert text.startswith("신경망을 ONNX 형식으로 내보낼 수 없습니다: 문제를 고치기 전에는 "
                           "신경망을 내보낼 수 없습니다: h: units은(는) 1 이상이어야 하는데 "
                           "0입니다")


def test_a_csv_with_bad_rows_is_explained_in_the_data_preview(qtbot, dialogs, monkeypatch,
                                                              korean, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b,y\n1,2,0\n1,x,1\n" + "3,4,1\n" * 5)
    window = training_window(qtbot, dialogs, monkeypatch)
    form = window.training.panel.form
    dialogs.export_answer = str(path)
    choose_in_combo(qtbot, form.dataset_combo, "CSV 또는 NPZ 파일에서\u2026")
    qtbot.waitUntil(lambda: "3행" in form.preview.message.text(), timeout=10_000)
    assert form.preview.message.text() == (
        f"데이터를 불러올 수 없습니다: {path}: 잘못된 행 1개: 3행: 숫자 열 'b'에 'x'이(가) "
        "있습니다. 고치거나, \"skip_bad_rows\": true로 설정해 빼세요")


def test_the_export_dialog_names_the_format_in_korean(window, dialogs, monkeypatch, tmp_path):
    from widgets import dialogs as dialog_module

    asked = []
    monkeypatch.setattr(dialog_module, "model_export_path",
                        lambda parent, title, suggested, filter_: asked.append((title, filter_)))
    window.files.open_example(EXAMPLES / "xor.json")
    window.actions_by_name["export_python"].trigger()
    assert asked == [("신경망을 PyTorch 스크립트 형식으로 내보내기", "Python 스크립트 (*.py)")]

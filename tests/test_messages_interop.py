"""Sentences about files reach the window in its language: real broken inputs (a cut .keras and
.h5 file, Keras layers and ONNX ops we have no layer for, Keras code that builds layers in a
loop, an unknown layer type, a file over its size limit, a CSV with bad rows, a dataset that
does not fit) raise designer's English sentences, and widgets/catalog.py `message` gives them
back in Korean with the values they hold, the smaller sentences inside them translated too."""
import io
import json
import zipfile

import numpy as np
import pytest

from designer import messages
from designer.datasets import Dataset, fit_to_input, load_dataset
from designer.errors import DesignerError
from designer.file_messages import network_files as F
from designer.graph import Layer
from designer.interop import import_network
from designer.interop.keras_code import network_from_keras_code
from designer.layers import LAYERS
from designer.limits import file_problem
from designer.network import Network
from designer.serialization import load
from designer.training.data import check_fit
from widgets import catalog, i18n, language


@pytest.fixture
def korean(qapp):
    language.install(qapp, "ko")
    yield
    language.install(qapp, "en")


def _refusal(call, *args) -> str:
    with pytest.raises((DesignerError, ValueError)) as caught:
        call(*args)
    return str(caught.value)


def _keras_config(*layers) -> dict:
    return {"class_name": "Sequential", "config": {"name": "s", "layers": [
        {"class_name": "InputLayer", "config": {"batch_shape": [None, 4], "name": "input"}},
        *layers]}}


def test_a_cut_keras_file_and_a_cut_h5_file(korean, tmp_path):
    whole = io.BytesIO()
    with zipfile.ZipFile(whole, "w") as z:
        z.writestr("config.json", json.dumps(_keras_config()))
        z.writestr("model.weights.h5", bytes(4000))
    keras_file = tmp_path / "model.keras"
    keras_file.write_bytes(whole.getvalue()[:100])
    english = _refusal(import_network, keras_file)
    assert english.startswith(f"{keras_file}: damaged zip file (")
    assert catalog.message(english).startswith(f"{keras_file}: 손상된 zip 파일입니다(")

    h5_file = tmp_path / "model.h5"
    h5_file.write_bytes(b"\x89HDF\r\n\x1a\n" + bytes(100))
    shown = catalog.message(_refusal(import_network, h5_file))
    assert shown.startswith(f"{h5_file}: 손상되었거나 읽을 수 없는 .h5 파일입니다(")


def test_every_keras_layer_that_cannot_be_imported_is_named_in_korean(korean, tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps(_keras_config(
        {"class_name": "Lambda", "config": {"name": "lam"}},
        {"class_name": "LSTM", "config": {"name": "rnn", "units": 3}},
        {"class_name": "Dense", "config": {"name": "d", "units": 3, "activation": "swishy"}})))
    english = _refusal(import_network, path)
    assert english.count("\n  - layer '") == 3
    assert catalog.message(english).splitlines() == [
        f"{path}: 가져올 수 없습니다:",
        "  - 층 'lam'(Lambda): Lambda 층에는 Python 코드가 들어 있고, 코드는 실행하지 않습니다",
        "  - 층 'rnn'(LSTM): Network Designer에는 Keras의 LSTM 같은 층이 없습니다",
        "  - 층 'd'(Dense): 활성화 함수 'swishy'은(는) Network Designer에 없습니다"]


def test_onnx_ops_without_a_layer_are_named_in_korean(korean, tmp_path):
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper

    nodes = [helper.make_node("Sin", ["x"], ["s"], name="wave"),
             helper.make_node("FancyOp", ["s"], ["y"], name="fancy", domain="com.example")]
    value = [helper.make_tensor_value_info(n, TensorProto.FLOAT, ["N", 3]) for n in "xy"]
    graph = helper.make_graph(nodes, "g", value[:1], value[1:])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17),
                                                    helper.make_opsetid("com.example", 1)])
    path = tmp_path / "model.onnx"
    onnx.save(model, str(path))
    shown = catalog.message(_refusal(import_network, path))
    assert shown.splitlines()[1:] == [
        "  - 노드 'wave'(Sin): Sin에 해당하는 Network Designer 층이 없습니다",
        "  - 노드 'fancy'(FancyOp): FancyOp은(는) 표준 ONNX 연산이 아니라 사용자 정의 "
        "연산(domain 'com.example')입니다"]


KERAS_CODE = """import keras
from keras import layers
model = keras.Sequential()
model.add(layers.Input((4,)))
for units in [8, 8]:
    model.add(layers.Dense(units))
model.add(layers.Lambda(lambda x: x * 2))
"""


def test_pasted_keras_code_that_cannot_be_read_is_explained_line_by_line(korean):
    english = _refusal(network_from_keras_code, KERAS_CODE, "the pasted code")
    assert "line 5: a for loop builds layers; write each step out" in english
    lines = catalog.message(english).splitlines()
    assert lines[1].startswith("  - 5행: for 반복문에서 층을 만듭니다. 각 단계를")
    assert lines[2] == ("  - 7행: Lambda 층은 코드를 실행합니다"
                        "(`layers.Lambda(lambda x: x * 2)`). 가져올 수 없습니다")


def test_an_unknown_layer_type_in_a_network_file(korean, tmp_path):
    korean_hint = ("알 수 없는 층 종류 'Dens'입니다. 'Dense'을(를) 뜻했나요? "
                   "사용할 수 있는 층: Input,")
    assert catalog.message(_refusal(LAYERS.get, "Dens")).startswith(korean_hint)
    path = tmp_path / "net.json"
    path.write_text(json.dumps({"layers": [{"id": "in", "type": "Input", "shape": [2]},
                                           {"id": "h", "type": "Dens"}]}))
    english = _refusal(load, path)
    assert english.startswith(f"{path}: layers[1] ('h'): unknown layer type 'Dens'.")
    assert catalog.message(english).startswith(f"{path}: layers[1] ('h'): {korean_hint}")


def test_a_network_file_from_a_newer_app(korean, tmp_path):
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"format_version": 999, "layers": []}))
    shown = catalog.message(_refusal(load, path))
    assert shown.startswith(f"{path}은(는) 더 새로운 Network Designer로 저장되었습니다"
                            "(형식 버전 999")
    assert shown.endswith("열려면 앱을 업데이트하세요.")


def test_files_over_their_size_limit(korean, tmp_path, monkeypatch):
    path = tmp_path / "data.csv"
    assert catalog.message(file_problem(path, 5000, 1000, F.CSV_FILE)) == \
        f"{path}: CSV 파일의 크기가 5.0 kB(으)로 CSV 파일 한도 1.0 kB을(를) 넘습니다"
    path.write_text("a,y\n" + "1,0\n" * 20)
    monkeypatch.setattr("designer.datasets.tabular.MAX_CSV_BYTES", 50)
    english = _refusal(load_dataset, {"csv": str(path)})
    assert english == f"{path}: the CSV file holds 84 bytes, over the 50 bytes limit for CSV files"
    assert catalog.message(english) == \
        f"{path}: CSV 파일의 크기가 84 bytes(으)로 CSV 파일 한도 50 bytes을(를) 넘습니다"


def test_a_csv_with_bad_rows_names_each_in_korean(korean, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b,y\n1,2,0\n1,x,1\n3\n1,,0\n1,2,0\n")
    shown = catalog.message(_refusal(load_dataset, {"csv": str(path)}))
    assert shown == (f"{path}: 잘못된 행 3개: 3행: 숫자 열 'b'에 'x'이(가) 있습니다; 4행: 값이 "
                     "1개인데 3개여야 합니다; 5행: 'b'에 값이 없습니다. 고치거나, "
                     "\"skip_bad_rows\": true로 설정해 빼세요")


def test_a_dataset_that_does_not_fit_the_network(korean):
    three = Dataset("blobs", np.zeros((6, 2)), np.array([0, 1, 2, 0, 1, 2]), "classification")
    english = _refusal(check_fit, three, {"name": "categorical_crossentropy"}, 2, "out", (2,))
    assert english == ("blobs has 3 classes, but the output layer 'out' has 2 unit(s); set its "
                       "units to 3")
    assert catalog.message(english) == \
        "blobs의 클래스는 3개인데 출력층 'out'의 유닛은 2개입니다. 유닛을 3개로 하세요"
    english = _refusal(fit_to_input, three.x, (3,), "the dataset 'blobs'", "in")
    assert catalog.message(english) == (
        "데이터셋 'blobs'의 샘플 모양은 [2](값 2개)인데 Input 'in'은(는) [3](값 3개)를 받습니다. "
        "Input의 모양을 [2](으)로 설정하세요")


def test_an_export_refused_for_the_network_s_problems(korean, tmp_path):
    from designer.export.formats import export

    network = Network()
    for layer in (Layer.create("Input", "img", shape=[1, 8, 8]),
                  Layer.create("Dense", "head", units=3)):
        network.graph.add_layer(layer)
    network.graph.connect("img", "head")
    english = _refusal(export, network, tmp_path / "n.onnx", "onnx")
    assert english == ("the network cannot be exported until its problems are fixed: head: "
                       + messages.FLAT_INPUT.format("Dense", "(1, 8, 8)"))
    assert catalog.message(english) == (
        "문제를 고치기 전에는 신경망을 내보낼 수 없습니다: head: Dense은(는) 평평한 벡터를 받아야 "
        "하는데 모양 (1, 8, 8)을(를) 받습니다. 앞에 Flatten 층을 추가하세요.")


def test_an_error_no_sentence_explains_is_said_in_korean_with_python_s_words(korean):
    shown = i18n.unexpected(KeyError("x"))
    assert shown == "예기치 않은 오류가 발생했습니다(KeyError: 'x')"
    assert catalog.message("RuntimeError: something nobody wrote") == \
        "RuntimeError: something nobody wrote"

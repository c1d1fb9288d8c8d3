"""File > Export and File > Import in the window, as a person uses them: the default file name
from the network's file, a message naming what was written, a reason when it cannot be done,
and imports (from the menu, Open, a drop, or pasted Keras code) that open as new, unsaved,
laid-out networks with their weights."""
import numpy as np
import onnxruntime
import pytest
import torch
from gui_helpers import make_window
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from designer.build import build_model
from designer.export.onnx_export import export_onnx
from designer.serialization import load, save
from widgets.style import EXAMPLES


@pytest.fixture
def window(qtbot, dialogs):
    dialogs.save_answer = "discard"  # an import is an unsaved document: closing asks
    return make_window(qtbot)


def trained_xor(tmp_path):
    """XOR with weights, saved under a name of its own (the exports are named after it)."""
    network = load(EXAMPLES / "xor.json")
    model = build_model(network.graph, seed=5)
    network.weights = {k: v.numpy() for k, v in model.layer_state().items()}
    network.name = "network"  # a placeholder: the file's name names the exports
    return save(network, tmp_path / "deep_xor.nnd")


def test_the_export_menu_offers_every_format(window):
    texts = [a.text().replace("&", "") for a in window.export_menu.actions() if a.text()]
    assert texts == ["ONNX\u2026", "PyTorch Script\u2026", "TorchScript\u2026",
                     "Keras Code\u2026", "Image\u2026"]


@pytest.mark.parametrize("fmt, name", [("onnx", "deep_xor.onnx"), ("python", "deep_xor.py"),
                                       ("torchscript", "deep_xor.pt"),
                                       ("keras", "deep_xor_keras.py")])
def test_export_from_the_window(window, dialogs, tmp_path, fmt, name):
    path = trained_xor(tmp_path)
    assert window.files.open_path(path, ask=False)
    out = tmp_path / "out" / name
    out.parent.mkdir()
    dialogs.model_export_answer = str(out)
    window.actions_by_name[f"export_{fmt}"].trigger()
    assert dialogs.suggested == [str(tmp_path / name)]  # named after the file, beside it
    assert out.stat().st_size > 0 and not dialogs.errors
    assert str(out) in window.statusBar().currentMessage()
    if fmt == "onnx":
        session = onnxruntime.InferenceSession(str(out), providers=["CPUExecutionProvider"])
        x = np.array([[0, 1], [1, 1]], np.float32)
        got = session.run(None, {session.get_inputs()[0].name: x})[0]
        model = build_model(window.document.graph, weights=window.document.network.weights)
        with torch.no_grad():
            want = model.eval()(torch.as_tensor(x)).numpy()
        assert np.abs(got - want).max() < 1e-5
    if fmt == "keras":
        assert "keras.Model(" in out.read_text()
        assert out.with_suffix(".weights.npz").exists()
    if fmt == "python":
        assert "class DeepXor(" in out.read_text()
        assert (out.with_suffix(".safetensors")).exists()
        assert "safetensors" in window.statusBar().currentMessage()


def test_keras_code_export_is_named_apart_from_the_pytorch_script(window, dialogs, tmp_path):
    window.files.open_path(trained_xor(tmp_path), ask=False)
    dialogs.model_export_answer = None  # the user cancels the file dialog
    window.actions_by_name["export_keras"].trigger()
    assert dialogs.suggested == [str(tmp_path / "deep_xor_keras.py")]
    assert not dialogs.errors and not list((tmp_path).glob("*keras*"))


def test_an_export_that_cannot_be_done_says_why(window, dialogs, tmp_path):
    window.files.open_example(EXAMPLES / "xor.json")
    window.controller.set_param(["h"], "units", 0)
    dialogs.model_export_answer = str(tmp_path / "xor.onnx")
    window.actions_by_name["export_onnx"].trigger()
    assert len(dialogs.errors) == 1
    title, text = dialogs.errors[0]
    assert "cannot be exported as ONNX" in text and "h: units" in text
    assert not (tmp_path / "xor.onnx").exists()


def onnx_of_small_cnn(tmp_path):
    """small_cnn as trained weights look: biases too (torch's exporter drops all-zero ones)."""
    network = load(EXAMPLES / "small_cnn.json")
    model = build_model(network.graph, seed=2)
    with torch.no_grad():
        for p in model.parameters():
            p.normal_(0, 0.3)
    network.weights = {k: v.numpy() for k, v in model.layer_state().items()}
    return export_onnx(network, tmp_path / "cnn.onnx")["path"], model.eval()


def test_import_an_onnx_model_from_the_menu(window, dialogs, tmp_path):
    path, model = onnx_of_small_cnn(tmp_path)
    dialogs.import_answer = path
    window.actions_by_name["import"].trigger()
    assert not dialogs.errors, dialogs.errors
    doc = window.document
    assert doc.path is None and doc.modified  # a new document: closing asks to save it
    assert doc.graph.analysis.valid and doc.network.weights
    assert len({layer.position for layer in doc.graph.layers}) == len(doc.graph)  # laid out
    assert "Imported cnn.onnx" in window.statusBar().currentMessage()
    x = torch.randn(3, 1, 8, 8)
    with torch.no_grad():
        got = build_model(doc.graph, weights=doc.network.weights).eval()(x)
        assert torch.allclose(got, model(x), atol=1e-5)
    summary_total = doc.graph.analysis.total
    assert summary_total == sum(p.numel() for p in model.parameters()) + sum(
        b.numel() for n, b in model.named_buffers() if "running" in n)


def test_open_and_drop_recognise_model_files(window, qtbot, dialogs, tmp_path):
    path, _ = onnx_of_small_cnn(tmp_path)
    dialogs.open_answer = path
    window.actions_by_name["open"].trigger()
    assert window.document.network.weights and window.document.path is None
    window.actions_by_name["new"].trigger()
    assert dialogs.asked  # the imported network was not saved: New asked first
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(20, 20), *args)
    QApplication.sendEvent(window.view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window.view.viewport(), QDropEvent(QPointF(20, 20), *args))
    qtbot.waitUntil(lambda: len(window.document.graph) > 0, timeout=3000)


def test_a_broken_model_file_leaves_the_document_untouched(window, dialogs, tmp_path):
    window.files.open_example(EXAMPLES / "xor.json")
    network = window.document.network
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"\x08\x07garbage" * 10)
    dialogs.import_answer = str(broken)
    window.actions_by_name["import"].trigger()
    assert len(dialogs.errors) == 1 and "broken.onnx" in dialogs.errors[0][1]
    assert window.document.network is network


PASTED = """
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense

model = Sequential()
model.add(Dense(4, input_dim=2, activation='tanh', kernel_initializer='he_normal'))
model.add(Dense(1, activation='sigmoid'))
model.compile(optimizer='sgd', loss='binary_crossentropy', metrics=['accuracy'])
model.fit(X, y, epochs=500, batch_size=4)
"""


def test_paste_keras_code(window, dialogs):
    dialogs.keras_code_answer = PASTED
    window.actions_by_name["paste_keras"].trigger()
    assert not dialogs.errors, dialogs.errors
    graph = window.document.graph
    dense = [layer for layer in graph.layers if layer.type == "Dense"]
    assert [d.params["units"] for d in dense] == [4, 1]
    assert dense[0].params["init"] == "he_normal"
    training = window.document.network.training
    assert training["epochs"] == 500 and training["batch_size"] == 4
    assert graph.analysis.total == 4 * 2 + 4 + 4 + 1

"""Model files too large to read are refused with their sizes before a byte is read."""
import pytest

from designer.interop import import_network
from designer.interop.common import InteropError
from designer.interop.keras_files import load_keras


@pytest.mark.parametrize("name, what", [("big.onnx", "ONNX model file"),
                                        ("big.keras", "Keras model file"),
                                        ("big.h5", "Keras model file"),
                                        ("big.py", "Keras code file")])
def test_a_file_too_big_for_the_memory_is_refused_with_sizes(name, what, tmp_path, monkeypatch):
    path = tmp_path / name
    head = {".keras": b"PK\x03\x04", ".h5": b"\x89HDF\r\n\x1a\n"}.get(path.suffix, b"")
    path.write_bytes(head + b"\0" * 5000)
    monkeypatch.setenv("ND_MEMORY_LIMIT_BYTES", "1000")
    with pytest.raises(InteropError, match=f"reading the {what} \\(5.0 kB\\) would need about"):
        # a .keras zip this broken is caught by the sniffer first: ask its reader directly
        (load_keras if path.suffix == ".keras" else import_network)(path)


def test_code_longer_than_any_notes_is_refused(tmp_path, monkeypatch):
    from designer.interop import keras_code

    monkeypatch.setattr(keras_code, "MAX_CODE_BYTES", 100)
    path = tmp_path / "long.py"
    path.write_text("x = 1\n" * 100)
    reason = "holds 600 bytes, over the 100 bytes limit for Keras code files"
    with pytest.raises(InteropError, match=reason):
        import_network(path)

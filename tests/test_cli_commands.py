"""The command line as a person types it: mistyped commands and missing files are refused
(never a window that hangs without a screen), and exports pick their format from the name."""
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import refusal
from designer.errors import DesignerError
from designer.export.formats import format_for

ROOT = Path(__file__).resolve().parent.parent
XOR = ROOT / "resources" / "examples" / "xor.json"


def run(*args, **kw):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=kw.get("cwd", ROOT), env=env,
                          timeout=60)


@pytest.mark.parametrize("argv, message", [
    (["sumary", "net.json"], "unknown command 'sumary' (did you mean 'summary'?)"),
    (["import-keras", "model.json"], "unknown command 'import-keras' (did you mean 'import'?)"),
    (["missing.nnd"], "missing.nnd: no such file"),
    (["frobnicate"], "unknown command 'frobnicate'; commands: export, import"),
])
def test_a_mistyped_command_is_refused_with_status_2(argv, message):
    out = run(*argv)
    assert out.returncode == 2
    assert message in out.stderr


def test_the_window_is_for_existing_files_or_nothing():
    assert refusal([]) is None
    assert refusal([str(XOR)]) is None
    assert refusal(["-platform", "offscreen"]) is None  # Qt's own options pass through


@pytest.mark.parametrize("name, fmt", [("a.onnx", "onnx"), ("a.py", "python"),
                                       ("a.PT", "torchscript"), ("a.torchscript", "torchscript")])
def test_format_from_the_extension(name, fmt):
    assert format_for(name).name == fmt


def test_keras_code_is_asked_for_by_name():
    assert format_for("model.py", "keras").name == "keras"
    with pytest.raises(DesignerError, match="cannot tell the format"):
        format_for("model.txt")


def test_cli_torchscript_export(tmp_path):
    out = run("export", XOR, "-o", tmp_path / "xor.pt")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.splitlines()[-1])
    assert result["format"] == "torchscript" and result["max_abs_diff"] < 1e-6


def test_exports_get_the_permissions_of_a_normal_file(tmp_path):
    """A new export gets 0666 less the umask (not mkstemp's private 0600); an overwritten
    file keeps its mode."""
    old = os.umask(0o022)
    try:
        assert run("export", XOR, "-o", tmp_path / "xor.py").returncode == 0
        assert stat.S_IMODE((tmp_path / "xor.py").stat().st_mode) == 0o644
        (tmp_path / "xor.pt").write_bytes(b"old")
        os.chmod(tmp_path / "xor.pt", 0o640)
        assert run("export", XOR, "-o", tmp_path / "xor.pt").returncode == 0
        assert stat.S_IMODE((tmp_path / "xor.pt").stat().st_mode) == 0o640
        assert (tmp_path / "xor.pt").read_bytes() != b"old"
    finally:
        os.umask(old)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary files

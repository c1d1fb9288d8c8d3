"""The application as a whole: it starts fast (no torch before the window is up), runs
`main.py FILE` to the end, and its strings really go through Qt's translator."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import make_window
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, tmp_path, timeout: float = 60) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=timeout)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_the_window_shows_an_example_without_loading_torch(tmp_path):
    out = run_python(
        "import sys\n"
        "from widgets.app import make_application\n"
        "app = make_application([])\n"
        "from widgets.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); w.start(None); app.processEvents()\n"
        "print(w.document.network.name, 'torch' in sys.modules, 'pyqtgraph' in sys.modules)\n",
        tmp_path)
    assert out.split() == ["Spiral", "(Playground)", "False", "False"]


def test_main_py_opens_a_file_and_exits_cleanly(tmp_path):
    # Layers left on the clipboard at quit once crashed the offscreen app at exit (SIGSEGV).
    out = run_python(
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import widgets.app as a\n"
        "make = a.make_application\n"
        "def patched(argv):\n"
        "    app = make(argv)\n"
        "    def report():\n"
        "        w = next(x for x in QApplication.topLevelWidgets()\n"
        "                 if x.objectName() == 'main_window')\n"
        "        print(w.document.network.name, w.windowTitle())\n"
        "        w.controller.select_all(); assert w.controller.copy_selected()\n"
        "        app.quit()\n"
        "    QTimer.singleShot(1500, report)\n"
        "    return app\n"
        "a.make_application = patched\n"
        "import main\n"
        "code = main.main(['resources/examples/small_cnn.json'])\n"
        "print('exit', code, 'torch' in sys.modules)\n",
        tmp_path)
    lines = out.strip().splitlines()
    assert lines[0].startswith("Small CNN (digits) small_cnn.json")
    assert lines[-1] == "exit 0 True"  # torch was loaded in the background meanwhile


@pytest.mark.skipif(shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
                    is None, reason="pyside6-lrelease is not installed")
def test_strings_go_through_the_translator(qtbot, tmp_path):
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ko">'
        "<context><name></name>"
        "<message><source>Valid: every shape fits</source>"
        "<translation>유효함: 모든 모양이 맞습니다</translation></message>"
        "<message><source>Stacking linear layers gives just another linear map: without a "
        "non-linear activation, ten layers are no better than one.</source>"
        "<translation>선형 층만 쌓으면 하나의 선형 변환일 뿐입니다.</translation></message>"
        "</context><context><name>LayerPalette</name>"
        "<message><source>Search layers\u2026</source><translation>층 검색\u2026</translation>"
        "</message></context></TS>", encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "t.qm")], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window(qtbot)
        window.files.open_example(ROOT / "resources" / "examples" / "xor.json")
        assert window.summary.status.text() == "유효함: 모든 모양이 맞습니다"
        assert window.palette.search.placeholderText() == "층 검색\u2026"
        window.scene.select_ids(["h"])
        combo = window.inspector.editors["activation"].combo
        tip = combo.itemData(combo.findText("linear"), 3)  # Qt.ToolTipRole
        assert "선형 층만 쌓으면" in tip
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_main_window_takes_new_panels_and_menus(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    window = make_window(qtbot)
    plots = QLabel("loss curves")
    dock = window.add_panel(plots, "Loss", "loss", Qt.DockWidgetArea.BottomDockWidgetArea)
    assert window.panel("loss") is dock and dock.widget() is plots
    assert dock.toggleViewAction() in window.panels_menu.actions()
    training = window.panel("training")
    training.setWidget(QLabel("the training panel"))  # replaces the placeholder
    menu = window.add_menu("train", "&Train")
    assert window.menu("train") is menu and window.menu("file").title() == "&File"

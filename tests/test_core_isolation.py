"""designer/ is the Qt-free core: importing all of it loads no Qt (nor Keras, which only the
tests use), and the editor-side modules (registries, analysis, files) do not even load torch,
so the window can show fast."""
import pkgutil
import subprocess
import sys
from pathlib import Path

import designer

# Every module of the package, found rather than listed, so a new one is covered too.
ALL = ("designer", *(m.name for m in pkgutil.walk_packages(
    [str(Path(designer.__file__).parent)], prefix="designer.")))
LIGHT = ("designer.graph", "designer.analysis", "designer.commands", "designer.serialization",
         "designer.summary")


def _loaded_after(modules) -> set[str]:
    code = ("import importlib, sys\n"
            f"for m in {list(modules)!r}: importlib.import_module(m)\n"
            "print(' '.join(sorted(k.split('.')[0] for k in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_designer_never_imports_qt():
    loaded = _loaded_after(ALL)
    assert "designer" in loaded and "torch" in loaded  # the probe really imported everything
    found = {"designer.cli.imports", "designer.export.formats", "designer.training.trainer"}
    assert found <= set(ALL)  # the walk found the modules, nested ones too
    assert not loaded & {"PySide6", "shiboken6", "pyqtgraph", "widgets", "superqt", "keras"}


def test_editing_and_files_do_not_load_torch():
    assert "torch" not in _loaded_after(LIGHT)


def test_no_package_imports_in_a_circle():
    # A cycle, even a deferred one, ties modules so that neither can be read or moved alone
    # (layers/base -> modules -> layers/conv -> base was one; the geometry now stands apart).
    import grimp

    for package in ("designer", "widgets"):
        graph = grimp.build_graph(package)
        assert len(graph.modules) > 20  # the graph holds the package
        circles = [(m, d) for m in sorted(graph.modules)
                   for d in graph.find_modules_directly_imported_by(m)
                   if graph.chain_exists(importer=d, imported=m)]
        assert circles == [], package

"""The house keeps its modules small: none of the project's Python files passes 400 lines, so
that a module has one purpose and a reader can hold it in mind (split one along its meanings
when it grows)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 400
FOLDERS = ("designer", "widgets", "tests", "bench", "scripts")


def _project_files() -> list[Path]:
    files = [ROOT / "main.py"]
    for folder in FOLDERS:
        files += sorted((ROOT / folder).rglob("*.py"))
    return files


def test_no_module_is_over_400_lines():
    files = _project_files()
    assert len(files) > 100  # the walk found the project
    long = {str(p.relative_to(ROOT)): n for p in files
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert long == {}

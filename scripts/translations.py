"""Refresh the translation files: what lupdate finds in widgets/ (tr() literals), plus the texts
it cannot find (widgets/catalog.py: the examples' names and descriptions), keeping every
translation already made; then compile them for the app.

    .venv/bin/python scripts/translations.py      # after changing a text; then translate
                                                  # the new entries (Qt Linguist) and run again
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "widgets").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)


def _translated(ts: Path, contexts) -> dict[tuple[str, str], str]:
    """The translations the file has for the catalogue's contexts."""
    found = {}
    raw = ts.read_text(encoding="utf-8") if ts.exists() else ""
    if "<TS" not in raw:
        return found
    for context in ET.fromstring(raw[raw.index("<TS"):]).findall("context"):
        name = context.findtext("name")
        for message in context.findall("message") if name in contexts else ():
            done = message.find("translation")
            if done is not None and done.text and done.get("type") != "unfinished":
                found[(name, message.findtext("source"))] = done.text
    return found


def add_catalog(ts: Path, texts: dict[str, list[str]], done: dict) -> None:
    """Append the catalogue's contexts (lupdate keeps only what it finds in the code), with
    the translations `done` already has."""
    raw = ts.read_text(encoding="utf-8")
    head, body = raw[:raw.index("<TS")], raw[raw.index("<TS"):]
    root = ET.fromstring(body)
    for name, sources in texts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in sources:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if (name, source) in done:
                translation.text = done[(name, source)]
            else:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    ts.write_text(head + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def refresh(ts: Path, texts: dict[str, list[str]]) -> None:
    done = _translated(ts, texts)
    lupdate(ts)  # drops the catalogue's contexts: their texts are not in the code
    add_catalog(ts, texts, done)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from widgets.catalog import texts

    for ts in sorted(FOLDER.glob("*.ts")):
        refresh(ts, texts())
        subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Korean interface is complete and current: every string the code passes to tr(), and every
text of the catalogue (widgets/catalog.py), is in resources/translations/network_designer_ko.ts
with a translation that keeps its placeholders, and the compiled .qm the app loads is built
from that file."""
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from widgets.catalog import texts

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "network_designer_ko.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[0-9]+(?::[^}]*)?\}")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


@pytest.fixture(scope="module")
def from_the_code(tmp_path_factory) -> dict:
    """The file as scripts/translations.py makes it today (lupdate's findings in the code and
    the catalogue's texts), in a copy."""
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" /
                                                  "translations.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    shutil.copy(TS, fresh)
    script.refresh(fresh, texts())
    return _messages(fresh)


def test_every_string_of_the_code_is_in_the_korean_file(from_the_code):
    committed = _messages(TS)
    assert len(from_the_code) > 400  # lupdate read the code
    missing = sorted(set(from_the_code) - set(committed))
    stale = sorted(set(committed) - set(from_the_code))
    assert missing == [] and stale == []


def test_every_string_is_translated_and_keeps_its_placeholders():
    problems = []
    for (_context, source), translation in _messages(TS).items():
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            problems.append(("untranslated", source))
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(("placeholders", source, text))
        elif re.fullmatch(r"[\x00-\x7f]*", text) and re.search(r"[a-z]{4,} [a-z]{4,}", source):
            problems.append(("left in English", source))  # a sentence with no Hangul
    assert problems == []


def test_the_compiled_file_is_built_from_the_translations(tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(built)],
                   check=True, capture_output=True)
    assert QM.exists() and QM.read_bytes() == built.read_bytes()

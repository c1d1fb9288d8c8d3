"""Texts the window shows that are not tr() literals in its code, so that lupdate cannot find
them: the example networks' names and descriptions (context "examples"). scripts/translations.py
writes them into the translation files next to lupdate's findings; `translate` looks them up,
and the tests check that every one is there and translated."""
from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from .style import EXAMPLES


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if text else text


def texts() -> dict[str, list[str]]:
    """Context -> the texts to translate under it, in a stable order."""
    examples: list[str] = []
    for path in sorted(EXAMPLES.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        examples += [t for t in (doc.get("name"), doc.get("description")) if t]
    return {"examples": list(dict.fromkeys(examples))}

"""The sentences about files the window shows: a network file, an import (Keras, ONNX, Keras
code) or an export that fails, a dataset that cannot be loaded or does not fit, a file too big
to read, a name no registry knows, a sweep's storage that cannot be read. Like
designer/messages.py (which lists them all in its TEMPLATES), each is a template with numbered
fields, so that the window finds the template a finished sentence was made from and translates
it (widgets/catalog.py `message`)."""
from __future__ import annotations

from . import data, export, imports, keras, keras_code, network_files, onnx, sweep

MODULES = (network_files, imports, keras, keras_code, onnx, data, export, sweep)


def templates(namespace: dict) -> tuple[str, ...]:
    """A module's templates: its upper-case texts, and those of its upper-case tables."""
    found: list[str] = []
    for name, value in namespace.items():
        if not name.isupper():
            continue
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            found += [v for v in value.values() if isinstance(v, str)]
    return tuple(found)


TEMPLATES: tuple[str, ...] = tuple(t for module in MODULES for t in templates(vars(module)))
# Joining templates (a place and what is wrong there; several reasons): the window splits a
# sentence at the one of their separators whose parts it knows (widgets/catalog.py).
JOINERS = (network_files.AT, network_files.AND)

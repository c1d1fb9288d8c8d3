"""Texts the window shows that are not tr() literals in its code, so that lupdate cannot find
them: the example networks' names and descriptions (context "examples"), and the registries'
texts (context "designer": each layer's, activation's, initializer's, loss's, optimizer's,
schedule's and dataset's description, and each setting's label and help), and the templates of
designer's sentences (context "messages": designer/messages.py; `message` finds the template a
finished sentence was made from and translates it with the values it holds).
scripts/translations.py writes them into the translation files next to lupdate's findings;
`translate` and `designer` look them up, and the tests check that every one is there and
translated."""
from __future__ import annotations

import functools
import json
import re
from string import Formatter

from PySide6.QtCore import QCoreApplication

from .style import EXAMPLES


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if text else text


def designer(text: str) -> str:
    """A text of designer's registries, in the interface's language."""
    return translate("designer", text)


def label(param) -> str:
    """A setting's label: its name in words ("learning rate"), translated."""
    return designer(param.name.replace("_", " "))


def texts() -> dict[str, list[str]]:
    """Context -> the texts to translate under it, in a stable order."""
    examples: list[str] = []
    for path in sorted(EXAMPLES.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        examples += [t for t in (doc.get("name"), doc.get("description")) if t]
    from designer.messages import TEMPLATES

    return {"examples": list(dict.fromkeys(examples)),
            "designer": list(dict.fromkeys(t for t in _registry_texts() if t)),
            "messages": list(dict.fromkeys(TEMPLATES))}


def _registry_texts():
    from designer.activations import ACTIVATIONS
    from designer.datasets import DATASETS
    from designer.initializers import INITIALIZERS
    from designer.layers import LAYERS
    from designer.losses import LOSSES
    from designer.optimizers import OPTIMIZERS
    from designer.schedules import SCHEDULES
    from designer.training.settings import EARLY_STOPPING_PARAMS, PARAMS

    for registry in (LAYERS, ACTIVATIONS, INITIALIZERS, LOSSES, OPTIMIZERS, SCHEDULES,
                     DATASETS):
        for name in registry:
            spec = registry.get(name)
            yield getattr(spec, "description", None) or getattr(spec, "help", None)
            yield from _param_texts(getattr(spec, "params", ()))
    yield from _param_texts((*PARAMS.values(), *EARLY_STOPPING_PARAMS))


def _param_texts(params):
    for param in params:
        yield param.name.replace("_", " ")
        yield param.help


# -- designer's sentences ------------------------------------------------------------------
def message(text: str) -> str:
    """A sentence of designer's (a problem, a refusal, why a run ended, an edit's name) in the
    interface's language: the template it was made from, translated, holding the same values
    (those that are smaller sentences of designer's translated too; an edit's values are names
    and stay as they are). Unchanged when no template made it. Also takes a sentence that was
    capitalised and closed with a full stop."""
    return _message(text, nested=False)


def _message(text: str, nested: bool) -> str:
    found = None
    if text[:1].isupper() and text.endswith("."):  # tried first: else "." joins a value
        inner = _translated(text[:1].lower() + text[1:-1], nested)
        found = None if inner is None else inner[:1].upper() + inner[1:] + "."
    if found is None:
        found = _translated(text, nested)
    return text if found is None else found


def problem(item) -> str:
    """A designer Problem as the window lists it: its layer (or "network") and its sentence."""
    return f"{item.layer_id or translate('', 'network')}: {message(item.message)}"


def match(text: str, nested: bool = False) -> tuple[str, dict[str, str]] | None:
    """(template, field number -> the value it holds) of the template `text` was made from:
    the most specific one (the most fixed text) when several fit. A nested value (one a
    template holds) is never an edit's name."""
    from designer.messages import EDITS

    for template, pattern in _patterns():
        if nested and template in EDITS:
            continue
        found = pattern.fullmatch(text)
        if found:
            return template, {name[1:]: value for name, value in found.groupdict().items()}
    return None


def _translated(text: str, nested: bool) -> str | None:
    from designer.messages import EDITS

    found = match(text, nested)
    if found is None:
        return None
    template, values = found
    out = []
    for literal, field, _spec, _conversion in Formatter().parse(translate("messages", template)):
        out.append(literal)
        if field is not None:  # the value as the sentence wrote it: spec and !r are applied
            value = values[field]
            out.append(value if template in EDITS else _message(value, nested=True))
    return "".join(out)


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern]]:
    from designer.messages import TEMPLATES

    return sorted(((t, _pattern(t)) for t in TEMPLATES), key=lambda tp: -_fixed_length(tp[0]))


def _pattern(template: str) -> re.Pattern:
    """{n} becomes a lazy group (a second {n} must repeat the first's text)."""
    parts, seen = [], set()
    for literal, field, _spec, _conversion in Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(f"(?P=f{field})" if field in seen else f"(?P<f{field}>.*?)")
            seen.add(field)
    return re.compile("".join(parts), re.DOTALL)


def _fixed_length(template: str) -> int:
    return sum(len(literal) for literal, *_ in Formatter().parse(template))

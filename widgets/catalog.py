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
            "messages": list(dict.fromkeys(TEMPLATES)),
            **QT_MISSING}


# Texts of Qt's own file dialog that Qt's Korean translation (qtbase_ko.qm) lacks: the dialog
# the window opens for Open, Save, Import and Export would say them in English.
QT_MISSING = {"QFileDialog": ["&Look in:", "Files of &type:"],
              "QAbstractFileIconProvider": ["Folder"]}


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
    if _separators(text) > MAX_JOINS and "; " in text:  # a long list: each reason on its own
        return "; ".join(_message(part, nested) for part in text.split("; "))
    found = None
    if text[:1].isupper() and text.endswith("."):  # tried first: else "." joins a value
        # ... but only as one template's: "Dense expects ...; add ... before it." is one
        inner = _translated(text[:1].lower() + text[1:-1], nested, joined=False)
        found = None if inner is None else inner[:1].upper() + inner[1:] + "."
    if found is None:
        found = _translated(text, nested)
    return text if found is None else found


def problem(item) -> str:
    """A designer Problem as the window lists it: its layer (or "network") and its sentence."""
    return f"{item.layer_id or translate('', 'network')}: {message(item.message)}"


def match(text: str, nested: bool = False) -> tuple[str, dict[str, str]] | None:
    """(template, field number -> the value it holds) of the template `text` was made from.
    When several fit, the reading that finds the most fixed text, its values' included: in
    "line 3: a for loop builds layers; write each step out ..." a line holds a sentence that
    holds two smaller ones; then the template with the most fixed text of its own. A nested
    value (one a template holds) is never an edit's name."""
    found = _parse(text, nested)
    return None if found is None else (found[1], dict(found[2]))


@functools.lru_cache(maxsize=8192)
def _parse(text: str, nested: bool) -> tuple[tuple[int, int], str, tuple] | None:
    """((score, the template's own fixed text), template, ((field, value), ...)) of the best
    reading of `text`, or None."""
    from designer.messages import EDITS, JOINERS

    best = None
    for template, pattern in _patterns():
        if (nested and template in EDITS) or template in JOINERS:
            continue
        found = pattern.fullmatch(text)
        if found:
            values = tuple((name[1:], value) for name, value in found.groupdict().items())
            held = 0 if template in EDITS else sum(_score(value) for _field, value in values)
            key = (_fixed_length(template) + held, _fixed_length(template))
            if best is None or key > best[0]:
                best = (key, template, values)
    joined = _joined(text) if "\n" not in text else None  # a joiner's parts are one line
    return joined if joined is not None and (best is None or joined[0] > best[0]) else best


def _separator(joiner: str) -> str:
    return list(Formatter().parse(joiner))[1][0]


def _separators(text: str) -> int:
    from designer.messages import JOINERS

    return sum(text.count(_separator(joiner)) for joiner in JOINERS)


MAX_JOINS = 20  # past this many separators a list is split at each "; " instead


def _joined(text: str):
    """The best way to read `text` as two sentences joined ("node 'x' (Relu): its input ...",
    "r1; r2"): the split, at one of the joiners' separators, whose parts are read best."""
    from designer.messages import JOINERS

    if _separators(text) > MAX_JOINS:
        return None  # every split of a long list is tried: the work grows with its cube
    best = None
    for template in JOINERS:
        separator = _separator(template)
        at = text.find(separator)
        while at >= 0:
            left, right = text[:at], text[at + len(separator):]
            key = (len(separator) + _score(left) + _score(right), len(separator))
            if best is None or key > best[0]:
                best = (key, template, (("0", left), ("1", right)))
            at = text.find(separator, at + 1)
    return best


def _score(value: str) -> int:
    """How much fixed text of templates a value held by a template is made of (0: none)."""
    found = _parse(value, True)
    return 0 if found is None else found[0][0]


def _translated(text: str, nested: bool, joined: bool = True) -> str | None:
    from designer.messages import EDITS, JOINERS

    found = match(text, nested)
    if found is None or (not joined and found[0] in JOINERS):
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


# What a field can hold: a repr ({0!r}: a quoted string, a list, a word), a formatted number
# ({0:,}), or any text on one line (on several only in a template that has several lines).
_REPR = (r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|\[[^\n]*?\]|\([^\n]*?\)|\{[^\n]*?\}"
         r"|[^\s,;:'\"()\[\]{}]+")
_NUMBER = r"\S+?"


def _pattern(template: str) -> re.Pattern:
    """{n} becomes a lazy group of what it can hold (a second {n} repeats the first's text)."""
    parts, seen = [], set()
    text = "[^\n]*?" if "\n" not in template else ".*?"
    for literal, field, spec, conversion in Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is not None:
            held = f"(?:{_REPR})" if conversion == "r" else _NUMBER if spec else text
            parts.append(f"(?P=f{field})" if field in seen else f"(?P<f{field}>{held})")
            seen.add(field)
    return re.compile("".join(parts), re.DOTALL)


def _fixed_length(template: str) -> int:
    return sum(len(literal) for literal, *_ in Formatter().parse(template))

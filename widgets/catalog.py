"""Texts the window shows that are not tr() literals in its code, so that lupdate cannot find
them: the example networks' names and descriptions (context "examples"), and the registries'
texts (context "designer": each layer's, activation's, initializer's, loss's, optimizer's,
schedule's and dataset's description, and each setting's label and help).
scripts/translations.py writes them into the translation files next to lupdate's findings;
`translate` and `designer` look them up, and the tests check that every one is there and
translated."""
from __future__ import annotations

import json

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
    return {"examples": list(dict.fromkeys(examples)),
            "designer": list(dict.fromkeys(t for t in _registry_texts() if t))}


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

"""A lesson and its runs, and the network each run trains (its variant of the base)."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DesignerError, NetworkFileError
from ..network import Network
from ..serialization import from_document, to_document

LANGUAGES = ("en", "ko")
KINDS = ("compare", "backprop")


class LessonError(DesignerError, ValueError):
    """A lesson file that cannot be used: names the file and the part that is wrong."""


def pick(texts: dict[str, str], lang: str) -> str:
    """The text in `lang` ("ko", "ko_KR"...), else in English."""
    return texts.get((lang or "en")[:2].lower()) or texts.get("en", "")


@dataclass
class LessonRun:
    """One run of a lesson: a variant of the base network (see Lesson.variant)."""

    key: str  # an identifier; templates name the run's results by it
    names: dict[str, str]  # language -> the run's name
    layers: list | None = None  # with connections: the run's whole graph instead of the base's
    connections: list | None = None
    set: dict[str, dict] = field(default_factory=dict)  # layer id -> parameters changed
    training: dict = field(default_factory=dict)  # merged key by key into the base block
    dataset: dict | None = None  # replaces the base's dataset block
    target_loss: float | None = None  # the lesson's, which reach_epoch is measured against

    def name(self, lang: str = "en") -> str:
        return pick(self.names, lang)


@dataclass
class Lesson:
    path: Path
    network: Network  # the base network document (its extra keeps the "lesson" block)
    order: int
    titles: dict[str, str]
    explains: dict[str, str]
    runs: list[LessonRun] = field(default_factory=list)
    parts: list[dict] = field(default_factory=list)  # the conclusion's parts, as in the file
    kind: str = "compare"  # or "backprop": no runs, the notes' step number by number
    epochs: int | None = None  # every run's epochs (else the training block's)
    target_loss: float | None = None

    @property
    def slug(self) -> str:
        """The file's name without .json (01_xor): a stable id for settings and tests."""
        return self.path.stem

    def title(self, lang: str = "en") -> str:
        return pick(self.titles, lang)

    def explain(self, lang: str = "en") -> str:
        """What to watch and why (may hold <b>, <i>, <br>)."""
        return pick(self.explains, lang)

    def run(self, key: str) -> LessonRun:
        for run in self.runs:
            if run.key == key:
                return run
        raise LessonError(f"{self.path}: no run {key!r} (runs: "
                          f"{', '.join(r.key for r in self.runs)})")

    def variant(self, run: LessonRun | str) -> Network:
        """The network `run` trains: the base with the run's graph, layer settings, training
        keys and dataset, at the lesson's epochs (a run's own training.epochs wins). A new
        Network each call, without the lesson block; LessonError names what does not apply."""
        run = self.run(run) if isinstance(run, str) else run
        where = f"{self.path}: run '{run.key}'"
        doc = copy.deepcopy(to_document(self.network))
        doc.pop("lesson", None)
        if run.layers is not None:
            doc["layers"], doc["connections"] = copy.deepcopy(run.layers), run.connections or []
        _set_params(doc["layers"], run.set, where)
        training = dict(doc.get("training") or {})
        if self.epochs is not None:
            training["epochs"] = self.epochs
        training.update(copy.deepcopy(run.training))
        doc["training"] = training
        if run.dataset is not None:
            doc["dataset"] = copy.deepcopy(run.dataset)
        try:
            network = from_document(doc, where)
        except NetworkFileError as e:
            raise LessonError(str(e)) from None
        network.source = self.network.source
        return network


def _set_params(layers: list, changes: dict, where: str) -> None:
    """Apply a run's "set" to the document's layer configs (validated when they load)."""
    by_id = {raw.get("id"): raw for raw in layers if isinstance(raw, dict)}
    for layer_id, params in changes.items():
        if layer_id not in by_id:
            raise LessonError(f"{where}: layer '{layer_id}' in 'set' does not exist (layers: "
                              f"{', '.join(map(str, by_id))})")
        if not isinstance(params, dict):
            raise LessonError(f"{where}: 'set' of '{layer_id}' must be an object like "
                              f"{{\"activation\": \"relu\"}}, got {params!r}")
        for key in ("id", "type"):
            if key in params:
                raise LessonError(f"{where}: 'set' cannot change the {key} of '{layer_id}'")
        by_id[layer_id].update(copy.deepcopy(params))

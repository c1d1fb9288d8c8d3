"""Reading and checking lesson files: every problem named with the file and the part."""
from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

from ..dataset_fit import dataset_problems
from ..errors import DesignerError
from ..serialization import load
from ..training.settings import TrainingSettings
from .model import KINDS, LANGUAGES, Lesson, LessonError, LessonRun
from .text import AGGREGATES, STEP, field_problem, known_fields, template_problems

LESSONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "lessons"
BLOCK_KEYS = ("order", "title", "explain", "kind", "epochs", "target_loss", "runs",
              "conclusion")
RUN_KEYS = ("key", "name", "layers", "connections", "set", "training", "dataset")
PART_KEYS = (*LANGUAGES, "when", "unless")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
RESERVED = (*AGGREGATES, STEP)


def load_lesson(path: str | os.PathLike) -> Lesson:
    """The lesson in `path`, checked whole: the base network, every run's variant, the texts
    in every language and every placeholder. LessonError names the first problem (and how
    many more there are)."""
    lesson, problems = check_lesson(path)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise LessonError(problems[0] + more)
    return lesson


def lesson_problems(path: str | os.PathLike, base: bool = True) -> list[str]:
    """Every problem of a lesson file, one sentence each (empty: it is a good lesson).
    base=False leaves out the base network's own problems (`main.py validate` says those)."""
    return check_lesson(path, base)[1]


def lessons(folder: str | os.PathLike | None = None) -> list[Lesson]:
    """Every lesson in `folder` (resources/lessons), sorted by order, then file name."""
    folder = Path(folder) if folder is not None else LESSONS_DIR
    found = [load_lesson(p) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []
    return sorted(found, key=lambda lesson: (lesson.order, lesson.slug))


def network_problems(network) -> list[str]:
    """What `main.py validate` says of a network: its graph, its fit to its dataset, and its
    training block."""
    problems = [str(p) for p in network.graph.analysis.problems]
    if not problems:
        problems = [str(p) for p in dataset_problems(network)]
    try:
        TrainingSettings.from_dict(network.training)
    except DesignerError as e:
        problems.append(str(e))
    return problems


def check_lesson(path: str | os.PathLike,
                 base: bool = True) -> tuple[Lesson | None, list[str]]:
    """(the lesson, []) or (what could be read, its problems); base: with the base network's
    own problems."""
    path = Path(path)
    try:
        network = load(path)
    except DesignerError as e:
        return None, [str(e)]
    block = network.extra.get("lesson")
    if not isinstance(block, dict):
        return None, [f"{path}: no 'lesson' object (a lesson is a network document with a "
                      f"\"lesson\" block)"]
    checker = _Checker(path)
    if base:
        checker.many(f"{path}: base network", network_problems(network))
    lesson = checker.lesson(network, block)
    return lesson, checker.problems


class _Checker:
    def __init__(self, path: Path):
        self.path, self.problems = path, []

    def add(self, part: str, problem: str) -> None:
        self.problems.append(f"{part}: {problem}")

    def many(self, part: str, problems: list[str]) -> None:
        for problem in problems:
            self.add(part, problem)

    def lesson(self, network, block: dict) -> Lesson:
        where = f"{self.path}: lesson"
        self.keys(where, block, BLOCK_KEYS)
        kind = block.get("kind", "compare")
        if kind not in KINDS:
            self.add(where, f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
        lesson = Lesson(self.path, network, self.number(where, block, "order", int, 0) or 0,
                        self.texts(f"{where}: title", block.get("title")),
                        self.texts(f"{where}: explain", block.get("explain")), kind=kind,
                        epochs=self.number(where, block, "epochs", int, 1),
                        target_loss=self.number(where, block, "target_loss", float, 0))
        lesson.runs = self.runs(lesson, block.get("runs", []))
        lesson.parts = self.conclusion(lesson, block.get("conclusion"))
        return lesson

    def keys(self, where: str, raw: dict, allowed: tuple[str, ...]) -> None:
        for key in raw:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.add(where, f"unknown key '{key}'{hint}; keys: {', '.join(allowed)}")

    def number(self, where: str, raw: dict, key: str, kind: type, least: float):
        value = raw.get(key)
        if value is None:
            return None
        ok = (isinstance(value, (int, float)) and not isinstance(value, bool)
              and (kind is float or isinstance(value, int)) and value >= least)
        if not ok:
            self.add(where, f"'{key}' must be a {'whole ' if kind is int else ''}number of at "
                            f"least {least}, got {value!r}")
            return None
        return kind(value)

    def texts(self, where: str, raw) -> dict[str, str]:
        """A {"en": ..., "ko": ...} text; each language must be there and not empty."""
        if not isinstance(raw, dict):
            self.add(where, 'must be an object like {"en": "...", "ko": "..."}')
            return {}
        for lang in LANGUAGES:
            if not isinstance(raw.get(lang), str) or not raw[lang].strip():
                self.add(where, f"missing the '{lang}' text")
        return {k: v for k, v in raw.items() if k in LANGUAGES and isinstance(v, str)}

    def runs(self, lesson: Lesson, raw) -> list[LessonRun]:
        where = f"{self.path}: lesson: runs"
        if not isinstance(raw, list):
            self.add(where, "must be a list of runs")
            return []
        if lesson.kind == "backprop" and raw:
            self.add(where, "a backprop lesson has no runs")
        elif lesson.kind == "compare" and not raw:
            self.add(where, "a lesson compares at least one run")
        runs = [r for k, item in enumerate(raw) if (r := self.run(lesson, k, item)) is not None]
        keys = [r.key for r in runs]
        for key in sorted({k for k in keys if keys.count(k) > 1}):
            self.add(where, f"the key '{key}' is used by more than one run")
        return runs

    def run(self, lesson: Lesson, index: int, raw) -> LessonRun | None:
        key = raw.get("key") if isinstance(raw, dict) else None
        where = f"{self.path}: run '{key}'" if isinstance(key, str) else \
            f"{self.path}: runs[{index}]"
        if not isinstance(raw, dict):
            self.add(where, "must be an object with a 'key' and a 'name'")
            return None
        before = len(self.problems)
        self.keys(where, raw, RUN_KEYS)
        self.run_key(where, key)
        self.run_shapes(where, raw)
        run = LessonRun(str(key), self.texts(f"{where}: name", raw.get("name")),
                        raw.get("layers"), raw.get("connections"), raw.get("set") or {},
                        raw.get("training") or {}, raw.get("dataset"), lesson.target_loss)
        if len(self.problems) == before:
            self.variant(where, lesson, run)
        return run

    def run_key(self, where: str, key) -> None:
        if not isinstance(key, str) or not IDENTIFIER.match(key):
            self.add(where, f"'key' must be an identifier (letters, digits, _), got {key!r}")
        elif key in RESERVED:
            self.add(where, f"'key' cannot be '{key}' (templates use it for "
                            f"{', '.join(RESERVED)})")

    def run_shapes(self, where: str, raw: dict) -> None:
        for key, kind in (("layers", list), ("connections", list), ("set", dict),
                          ("training", dict), ("dataset", dict)):
            if raw.get(key) is not None and not isinstance(raw[key], kind):
                self.add(where, f"'{key}' must be a {kind.__name__}, got {raw[key]!r}")
        if ("layers" in raw) != ("connections" in raw):
            self.add(where, "'layers' and 'connections' go together (the run's whole graph)")

    def variant(self, where: str, lesson: Lesson, run: LessonRun) -> None:
        try:
            network = lesson.variant(run)
        except LessonError as e:
            self.problems.append(str(e))
            return
        self.many(where, network_problems(network))

    def conclusion(self, lesson: Lesson, raw) -> list[dict]:
        where = f"{self.path}: lesson: conclusion"
        if not isinstance(raw, list) or not raw:
            self.add(where, "must be a list of parts like {\"en\": \"...\", \"ko\": \"...\"}")
            return []
        known = known_fields(lesson.kind, [r.key for r in lesson.runs])
        parts = []
        for k, part in enumerate(raw):
            here = f"{where}[{k}]"
            if not isinstance(part, dict):
                self.add(here, "must be an object like {\"en\": \"...\", \"ko\": \"...\"}")
                continue
            self.part(here, part, known)
            parts.append(part)
        return parts

    def part(self, where: str, part: dict, known: dict) -> None:
        self.keys(where, part, PART_KEYS)
        self.texts(where, {k: v for k, v in part.items() if k in LANGUAGES})
        for lang in LANGUAGES:
            if isinstance(part.get(lang), str):
                self.many(f"{where}: {lang}", template_problems(part[lang], known))
        for condition in ("when", "unless"):
            name = part.get(condition)
            if name is None:
                continue
            problem = field_problem(name, known) if isinstance(name, str) else \
                f"must name a result like \"mlp.solved\", got {name!r}"
            if problem:
                self.add(f"{where}: {condition}", problem)

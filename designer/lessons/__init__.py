"""Lessons: the study notes' concepts as one-click experiments (no Qt here).

A lesson is a network document (resources/lessons/NN_slug.json) with one more top-level key,
"lesson": its title and explanation in English and Korean, the runs it compares (each a
variant of the base network) and a conclusion whose placeholders name the runs' results.

    lesson = load_lesson("resources/lessons/01_xor.json")   # validated; LessonError if not
    network = lesson.variant("mlp")                         # what run "mlp" trains
    results = train_lesson(lesson, epochs=30)               # {run key: RunResult}, headless
    text = conclusion(lesson, results, "ko")

A GUI that trains the runs itself turns each run's records into a RunResult with
`result(run, epochs, end, snapshot)`.
"""
from .loading import LESSONS_DIR, lesson_problems, lessons, load_lesson
from .model import LANGUAGES, Lesson, LessonError, LessonRun
from .results import RunResult, result
from .text import conclusion
from .train import train_lesson

__all__ = ["LANGUAGES", "LESSONS_DIR", "Lesson", "LessonError", "LessonRun", "RunResult",
           "conclusion", "lesson_problems", "lessons", "load_lesson", "result", "train_lesson"]

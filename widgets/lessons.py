"""Help › Lessons…: the study notes' concepts as one-click experiments (designer.lessons).

LessonsDialog lists the lessons in the interface's language. LessonGuide runs the chosen one:
it opens the lesson's base network as a new, unsaved document (like an example), starts every
run of the lesson side by side through the training controller's RunManager (each in its
colour, named by its run name) and shows the Lesson dock (widgets/lesson_panel.py); once every
run has ended, stopped or failed, the dock shows the conclusion the runs' own records give.
The backprop lesson trains nothing: the dock shows designer.backprop's step number by number.
"""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from designer import backprop
from designer.errors import DesignerError
from designer.lessons import conclusion, lessons, result
from designer.serialization import load

from . import catalog, dialogs
from .i18n import tr
from .language import lesson_language
from .lesson_panel import ENDED, LessonPanel, scrolled

Area = Qt.DockWidgetArea
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
DOCK_WIDTH = 430
STEP_DOCK_WIDTH = 560  # the backprop lesson's formulas want more room


def first_sentence(text: str) -> str:
    """The first sentence of an explanation (HTML allowed), as plain text."""
    plain = html.unescape(_TAG.sub("", _BREAK.sub("\n", text))).strip()
    return _SENTENCE_END.split(plain.split("\n", 1)[0], 1)[0].strip()


class LessonsDialog(QDialog):
    """Every lesson: number, title and the first sentence of its explanation. Accepting it
    (Start, Enter or a double-click) leaves the lesson in `chosen`."""

    def __init__(self, parent, found: list, lang: str):
        super().__init__(parent)
        self.setObjectName("lessons_dialog")
        self.setWindowTitle(tr("Lessons"))
        self.lessons = found
        intro = QLabel(tr("Each lesson opens a network and trains the runs it compares side by "
                          "side. The Lesson panel says what to watch and, once the runs have "
                          "ended, what their numbers showed."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a light selection: each row's text keeps its own colours on it
        self.list.setStyleSheet("QListWidget::item:selected { background: #dce8fa; }")
        for lesson in found:
            self._add(lesson, lang)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = buttons.addButton(tr("&Start"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 700)

    def _add(self, lesson, lang: str) -> None:
        label = QLabel(f"<b>{lesson.order}. {html.escape(lesson.title(lang))}</b><br>"
                       f"<span style='color:#5f6b78'>"
                       f"{html.escape(first_sentence(lesson.explain(lang)))}</span>")
        label.setWordWrap(True)
        label.setContentsMargins(6, 4, 6, 4)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        item = QListWidgetItem(self.list)
        item.setData(Qt.ItemDataRole.UserRole, lesson.slug)
        width = 660  # the list's width less its margins and scroll bar, so the text can wrap
        item.setSizeHint(QSize(width, label.heightForWidth(width) + 4))
        self.list.setItemWidget(item, label)

    def texts(self) -> list[str]:
        """What each row shows, as plain text (for tests)."""
        rows = (self.list.itemWidget(self.list.item(k)).text() for k in range(self.list.count()))
        return [html.unescape(_TAG.sub("", _BREAK.sub("\n", row))) for row in rows]

    @property
    def chosen(self):
        row = self.list.currentRow()
        return self.lessons[row] if 0 <= row < len(self.lessons) else None


class LessonGuide(QObject):
    """Runs lessons in `window` (a MainWindow with its training controller)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson = None
        self.lang = "en"
        self.runs: dict[str, object] = {}  # run key -> Run, for the lesson on show
        self.epochs: int | None = None  # every run's epochs when set (tests, a quick look)
        self.dialog: LessonsDialog | None = None
        self.panel: LessonPanel | None = None
        self._opening = False
        manager = window.training.manager
        manager.runUpdated.connect(self._on_run_updated)
        manager.runRemoved.connect(self._on_run_removed)
        window.document.reset.connect(self._on_reset)

    # -- choosing --------------------------------------------------------------------------
    def choose(self) -> LessonsDialog | None:
        """Show the list of lessons; the chosen one starts when the dialog is accepted."""
        try:
            found = lessons()
        except DesignerError as e:
            dialogs.show_error(self.window, tr("Cannot read the lessons"),
                               catalog.message(str(e)))
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = LessonsDialog(self.window, found, lesson_language())
        self.dialog.accepted.connect(self._on_chosen)
        self.dialog.open()
        return self.dialog

    def _on_chosen(self) -> None:
        if self.dialog is not None and self.dialog.chosen is not None:
            self.start(self.dialog.chosen)

    # -- starting --------------------------------------------------------------------------
    def start(self, lesson) -> bool:
        """Open `lesson`'s network (asking about unsaved work first) and train its runs, or
        show its step; False when the person kept the open document."""
        if not self.window.files.maybe_save():
            return False
        try:
            network = load(lesson.path)
        except DesignerError as e:
            dialogs.show_error(self.window, tr("Cannot open the lesson"),
                               catalog.message(str(e)))
            return False
        self.lang = lesson_language()
        network.extra.pop("lesson", None)  # the document is the network; the lesson is here
        network.source = None  # a new, unsaved copy: saving asks where
        network.name = tr("Lesson {0}: {1}").format(lesson.order, lesson.title(self.lang))
        self._opening = True
        try:
            self.window.files.open_network(network, None)
        finally:
            self._opening = False
        self.lesson, self.runs = lesson, {}
        if lesson.kind == "backprop":
            step = backprop.one_step()
            self._show_dock(STEP_DOCK_WIDTH).show_step(
                lesson, self.lang, backprop.format_step(step),
                conclusion(lesson, {"step": step}, self.lang))
            self.window.show_message(network.name)
            return True
        self._start_runs(lesson)
        self._show_dock().show_lesson(lesson, self.lang, list(self.runs.values()))
        return True

    def _start_runs(self, lesson) -> None:
        training = self.window.training
        overrides = {"epochs": self.epochs} if self.epochs else {}
        # at the Training panel's speed, so that the plots show the runs learning (at full
        # speed a small lesson ends in a fraction of a second, between two snapshots);
        # always from the lesson's own initial weights
        options = {**training.panel.form.run_options(), "fresh": True}
        for spec in lesson.runs:
            self.runs[spec.key] = training.manager.start(
                lesson.variant(spec), overrides, name=spec.name(self.lang), options=options)
        first = next(iter(self.runs.values()), None)
        if first is not None:
            training.show_plots(first)  # the plots to the front, as Train does
            self.window.show_message(tr("{0} runs started side by side.").format(
                len(self.runs)))

    def again(self) -> None:
        if self.lesson is not None:
            self.start(self.lesson)

    def _show_dock(self, width: int = DOCK_WIDTH) -> LessonPanel:
        """The Lesson dock, made the first time: in front of the Training panel (the column
        that runs the window's full height; the dock lists the runs too), wide enough for its
        text."""
        window = self.window
        if self.panel is None:
            self.panel = LessonPanel()
            self.panel.againRequested.connect(self.again)
            self.panel.listRequested.connect(self.choose)
            window.add_panel(scrolled(self.panel), tr("Lesson"), "lesson",
                             Area.RightDockWidgetArea, tabify_with="training")
        dock = window.panel("lesson")
        dock.show()
        dock.raise_()
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        return self.panel

    # -- following the runs ----------------------------------------------------------------
    def _ours(self, run) -> bool:
        return any(r is run for r in self.runs.values())

    def _on_run_updated(self, run, kinds) -> None:
        if self.panel is None or not self._ours(run):
            return
        self.panel.update_run(run)
        if "status" in kinds or "result" in kinds or "error" in kinds:
            self._conclude_if_ended()

    def _on_run_removed(self, run) -> None:
        if self._opening or not self._ours(run):
            return
        self.runs = {k: r for k, r in self.runs.items() if r is not run}
        self._conclude_if_ended()

    def _conclude_if_ended(self) -> None:
        if self.lesson is None or self.panel is None or self.panel.conclusion_text is not None:
            return
        if any(run.status not in ENDED for run in self.runs.values()):
            return
        self.panel.show_conclusion(conclusion(self.lesson, self.results(), self.lang))

    def results(self) -> dict:
        """{run key: RunResult} from each run's records so far (a run that stopped or failed
        early gives what it has; a deleted run gives nothing)."""
        return {key: result(self.lesson.run(key), run.epochs, run.end, run.snapshot)
                for key, run in self.runs.items()}

    def _on_reset(self) -> None:
        """Another document opened: the lesson's runs went with the old one."""
        if self._opening or self.lesson is None:
            return
        self.lesson, self.runs = None, {}
        if self.panel is not None:
            self.window.panel("lesson").hide()

"""The Lesson dock: a lesson's title and explanation, its runs in their colours with their
status, and the conclusion its runs' numbers gave (or, for the backprop lesson, the notes'
step number by number). It only shows; widgets/lessons.py drives it."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .i18n import tr

ENDED = ("finished", "early stopped", "stopped", "diverged", "failed")  # Run.status values
CONCLUSION_STYLE = ("QLabel { background: #eef4fd; border: 1px solid #c5d8f5; "
                    "border-radius: 4px; padding: 6px 8px; }")


def monospace() -> QFont:
    """The system's fixed-width font, asked for by its kind too (some platforms name none)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    return font


def _label(text: str = "", rich: bool = True, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def run_line(run) -> str:
    """One run as the dock lists it: its colour, its name, its status and latest numbers."""
    parts = [tr(run.status)]
    last = run.epochs[-1] if run.epochs else None
    if run.active and last is not None and run.total_epochs:
        parts.append(tr("epoch {0} / {1}").format(last.epoch, run.total_epochs))
    elif run.status == "failed" and run.error:
        parts.append(run.error)
    if last is not None and last.loss is not None:
        parts.append(tr("loss {0:.4g}").format(last.loss))
    accuracy = last.value("accuracy") if last is not None else None
    if accuracy is not None:
        parts.append(tr("accuracy {0:.0%}").format(accuracy))
    return (f"<span style='color:{run.color}; font-size:15px'>\u25a0</span> "
            f"<b>{html.escape(run.name)}</b><br>"
            f"<span style='color:#5f6b78'>{html.escape(' · '.join(parts))}</span>")


class LessonPanel(QWidget):
    """What the Lesson dock holds (in a scroll area)."""

    againRequested = Signal()  # train the lesson's runs again
    listRequested = Signal()  # show every lesson

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = _label(name="lessonTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.explain = _label()
        self.runs_box = QGroupBox(tr("Runs"))
        self.runs_layout = QVBoxLayout(self.runs_box)
        self.run_labels: dict[int, QLabel] = {}  # run number -> its line
        self.conclusion_text: str | None = None  # what the conclusion shows (None: waiting)
        self.steps_box = QGroupBox(tr("One step, number by number"))
        self.steps = QPlainTextEdit()
        self.steps.setReadOnly(True)
        self.steps.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.steps.setFont(monospace())
        self.steps.setMinimumHeight(360)
        QVBoxLayout(self.steps_box).addWidget(self.steps)
        self.conclusion_title = QLabel(tr("What the runs showed"))
        self.conclusion_title.setStyleSheet("font-weight: bold;")
        self.conclusion = _label(rich=False)
        self.waiting = _label(tr("The conclusion appears here when every run has ended."),
                             rich=False, name="muted")
        self.again = QPushButton(tr("Train &Again"))
        self.again.setToolTip(tr("Open the lesson's network again and train its runs anew"))
        self.again.clicked.connect(self.againRequested)
        self.others = QPushButton(tr("All &Lessons\u2026"))
        self.others.clicked.connect(self.listRequested)
        self._build()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.again)
        buttons.addWidget(self.others)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        for widget in (self.title, self.explain, self.runs_box, self.steps_box,
                       self.conclusion_title, self.conclusion, self.waiting):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.conclusion.setStyleSheet(CONCLUSION_STYLE)

    # -- what the guide tells it ---------------------------------------------------------------
    def show_lesson(self, lesson, lang: str, runs: list) -> None:
        """A compare lesson: its texts and its runs (Run objects, in the lesson's order)."""
        self._texts(lesson, lang)
        self.runs_box.setVisible(True)
        self.steps_box.setVisible(False)
        self.again.setVisible(True)
        self.conclusion_title.setText(tr("What the runs showed"))
        self._set_runs(runs)
        self.show_conclusion(None)

    def show_step(self, lesson, lang: str, lines: list[str], text: str) -> None:
        """The backprop lesson: the step's lines and its conclusion; nothing trains."""
        self._texts(lesson, lang)
        self._set_runs([])
        self.runs_box.setVisible(False)
        self.steps_box.setVisible(True)
        self.again.setVisible(False)
        self.steps.setPlainText("\n".join(lines))
        self.conclusion_title.setText(tr("What the step showed"))
        self.show_conclusion(text)

    def _texts(self, lesson, lang: str) -> None:
        self.title.setText(html.escape(tr("Lesson {0}: {1}").format(lesson.order,
                                                                     lesson.title(lang))))
        self.explain.setText(lesson.explain(lang))

    def _set_runs(self, runs: list) -> None:
        for label in self.run_labels.values():
            self.runs_layout.removeWidget(label)
            label.deleteLater()
        self.run_labels = {}
        for run in runs:
            label = _label()
            self.run_labels[run.number] = label
            self.runs_layout.addWidget(label)
            self.update_run(run)

    def update_run(self, run) -> None:
        label = self.run_labels.get(run.number)
        if label is not None:
            label.setText(run_line(run))

    def show_conclusion(self, text: str | None) -> None:
        """The conclusion, or None while runs still train."""
        self.conclusion_text = text
        self.conclusion.setText(text or "")
        self.conclusion.setVisible(text is not None)
        self.waiting.setVisible(text is None)


def scrolled(panel: QWidget) -> QScrollArea:
    """`panel` in a scroll area that follows the dock's width (the text wraps to it)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(panel)
    return area

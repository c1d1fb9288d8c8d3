"""The question File › Open Sweep… asks: where the sweep's study lives (an Optuna journal file,
chosen or typed, or a database URL typed in) and which study, listed from the storage. The
studies are listed in a background thread: a database whose host is down can take minutes to
say so, and the dialog must not freeze meanwhile."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from designer.background import BackgroundJob

from .. import catalog, preferences
from ..i18n import tr

CHECK_MS = 100  # how often a listing in progress is looked at


def study_names(storage: str) -> list[str]:
    """The studies in a storage (designer.sweep.study; Optuna is imported on first use)."""
    from designer.sweep.study import study_names as names

    return names(storage)


class SweepDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Open a sweep"))
        self.storage = QLineEdit(preferences.value("sweep/storage", "", str))
        self.storage.setPlaceholderText(tr("a journal file, or postgresql+psycopg://user@host/db"))
        self.storage.setToolTip(tr("Where the sweep's workers keep their study: the journal file "
                                   "(NETWORK.sweep.journal by default) or the database URL "
                                   "they were given with --storage"))
        self.storage.setMinimumWidth(420)
        self.storage.editingFinished.connect(self.list_studies)
        browse = QPushButton(tr("Browse\u2026"))
        browse.clicked.connect(self._browse)
        self.study = QComboBox()
        self.study.setEditable(True)
        self.study.setToolTip(tr("The study to show (the storage may hold several)"))
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.storage, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Storage"), row)
        form.addRow(tr("Study"), self.study)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.storage.textChanged.connect(self._update_ok)
        self._listed = None  # the storage whose studies are listed (or being listed)
        self._job: BackgroundJob | None = None  # the latest listing (older ones are ignored)
        self._job_storage = None  # the storage it lists
        self.checker = QTimer(self)
        self.checker.setInterval(CHECK_MS)
        self.checker.timeout.connect(self._check)
        self._update_ok()
        if self.storage.text():
            self.list_studies()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open a sweep's journal"), self.storage.text(),
            tr("Optuna journals (*.journal *.log);;All files (*)"))
        if path:
            self.storage.setText(path)
            self.list_studies()

    def list_studies(self) -> None:
        """List the storage's studies in the background (the answer comes to _check)."""
        storage = self.storage.text().strip()
        if not storage or storage == self._listed:
            return
        self._listed = storage
        self.note.setText(tr("Reading\u2026"))
        # a new job, even while an older one hangs (its answer is ignored when it comes)
        self._job = BackgroundJob("sweep-studies").start(study_names, storage)
        self._job_storage = storage
        self.checker.start()

    def _check(self) -> None:
        job = self._job
        if job is None or not job.done.is_set():
            return
        self.checker.stop()
        self._job = None
        found = job.outcome()
        if self._job_storage != self.storage.text().strip():  # changed since: a stale answer
            self._listed = None  # (listed again once the person is done typing)
            self.note.clear()
        elif isinstance(found, list):
            self._show(found)
        else:  # any storage's error (a missing driver, a refused login, a host down)
            said = found.get("message") if isinstance(found, dict) else None
            message = catalog.message(str(said or "?"))
            self.note.setText(tr("Cannot list the studies: {0}").format(message))

    def _show(self, names: list[str]) -> None:
        typed = self.study.currentText()
        self.study.clear()
        self.study.addItems(names)
        if typed in names:
            self.study.setCurrentText(typed)
        counted = {0: tr("No study in this storage yet"), 1: tr("One study")}
        self.note.setText(counted.get(len(names)) or tr("{0} studies").format(len(names)))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        ok.setEnabled(bool(self.storage.text().strip()))

    def chosen(self) -> tuple[str, str | None]:
        storage = self.storage.text().strip()
        preferences.set_value("sweep/storage", storage)
        return storage, self.study.currentText().strip() or None


def choose_sweep(parent) -> tuple[str, str | None] | None:
    """(storage, study or None) to open, or None when the person cancels."""
    dialog = SweepDialog(parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

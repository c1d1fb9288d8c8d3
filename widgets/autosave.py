"""Autosave: a recovery copy of the open document while it has unsaved changes, and the offer
to restore one after a crash.

A timer (settings key autosave/interval_seconds, 60 s by default, 0 for none) writes the
document, with its finished runs' weights and history, to this window's recovery copy
(designer.recovery) whenever it is modified. Once the document is clean again (saved, undone
to its saved state, another one opened, the window closed) the copy is removed."""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from designer.errors import DesignerError
from designer.recovery import RecoveryStore

from . import catalog, dialogs, preferences
from .i18n import tr


class Autosave(QObject):
    saved = Signal(object)  # the recovery bundle's path, after each copy
    message = Signal(str)

    def __init__(self, document, folder=None, parent=None, interval: float | None = None):
        super().__init__(parent)
        self.document = document
        self.store = RecoveryStore(folder if folder is not None else preferences.recovery_folder())
        self.last_seconds: float | None = None  # how long the last copy took to write
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.save_if_modified)
        self.set_interval(preferences.autosave_interval() if interval is None else interval)
        document.fileChanged.connect(self._on_file_changed)

    def set_interval(self, seconds: float) -> None:
        self.timer.stop()
        if seconds > 0:
            self.timer.start(max(50, round(seconds * 1000)))

    # -- writing -----------------------------------------------------------------------------
    def save_if_modified(self) -> bool:
        if not self.document.modified:
            return False
        return self.save_now()

    def save_now(self) -> bool:
        """Write the copy now; a failure (a full disk) is said once in the status bar and
        retried at the next tick."""
        document = self.document
        began = time.perf_counter()
        try:
            path = self.store.save(document.network, document.path, document.display_name)
        except (OSError, DesignerError, ValueError) as e:
            self.message.emit(tr("Autosave failed: {0}").format(getattr(e, "strerror", None)
                                                                or e))
            return False
        self.last_seconds = time.perf_counter() - began
        self.saved.emit(path)
        return True

    def _on_file_changed(self) -> None:
        if not self.document.modified:
            self.store.remove()

    def close(self) -> None:
        """The window closes cleanly: nothing to recover."""
        self.timer.stop()
        self.store.remove()

    # -- recovering --------------------------------------------------------------------------
    def offer_recovery(self, window) -> bool:
        """Offer the copies of instances that did not close cleanly, newest first; True once
        one is restored (as an unsaved document; its old copy becomes this window's)."""
        for copy in self.store.orphans():
            answer = dialogs.ask_restore(window, copy.name, copy.saved_at.astimezone(),
                                         str(copy.original) if copy.original else None)
            if answer == "discard":
                self.store.discard(copy)
            elif answer == "restore":
                try:
                    network = copy.load()
                except DesignerError as e:
                    dialogs.show_error(window, tr("Cannot restore"), catalog.message(str(e)))
                    self.store.discard(copy)
                    continue
                window.files.open_network(network, copy.original, unsaved=True)
                if self.save_now():
                    self.store.discard(copy)
                window.show_message(tr("Restored \u201c{0}\u201d as it was at {1}; save it to "
                                       "keep it.").format(copy.name, copy.saved_at.astimezone()
                                                          .strftime("%H:%M:%S")))
                return True
        return False

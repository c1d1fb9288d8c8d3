"""QUndoCommand adapters over the Qt-free commands of designer.commands.

An adapter holds a designer command (ids, keys and values only) and replays it on the document's
network: graph edits and training-setup edits alike. It never touches a Qt item, so undoing the
deletion of a layer cannot reach a dead view.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from designer.commands import Command

from . import catalog

MERGEABLE = 1  # QUndoCommand id: repeated edits of one setting may merge into one undo step


class UndoAdapter(QUndoCommand):
    def __init__(self, document, command: Command, applied: bool = False):
        super().__init__(catalog.message(command.text))  # the history in the UI's language
        self.document, self.command = document, command
        self._skip_first_redo = applied  # the document applied it already, to catch refusals

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self.document.replay(self.command.apply_to)

    def undo(self) -> None:
        self.document.replay(self.command.revert_from)

    def id(self) -> int:
        return MERGEABLE if self.command.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoAdapter) or not self.command.merge(other.command):
            return False
        if self.command.undoes_nothing:
            self.setObsolete(True)  # edited back to where it started: nothing left to undo
        return True

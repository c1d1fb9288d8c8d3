"""QUndoCommand adapters over the Qt-free commands of designer.commands.

An adapter holds a designer command (ids and values only) and replays it on the document's
graph; it never touches a Qt item, so undoing the deletion of a layer cannot reach a dead view.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from designer.commands import Command, SetParam

MERGE_SET_PARAM = 1  # repeated edits of one setting of one layer merge into one undo step


class UndoAdapter(QUndoCommand):
    def __init__(self, document, command: Command, applied: bool = False):
        super().__init__(command.text)
        self.document, self.command = document, command
        self._skip_first_redo = applied  # the document applied it already, to catch refusals

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self.document.replay(self.command.apply)

    def undo(self) -> None:
        self.document.replay(self.command.revert)

    def id(self) -> int:
        return MERGE_SET_PARAM if isinstance(self.command, SetParam) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoAdapter) or not self.command.merge(other.command):
            return False
        command = self.command
        if isinstance(command, SetParam) and command.value == command.old:
            self.setObsolete(True)  # edited back to where it started: nothing left to undo
        return True

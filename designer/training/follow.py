"""Following a training log as it grows: the JSONL file `main.py train --log LOG.jsonl` writes
(one flat record per line: start, epoch..., end), read a piece at a time while another process,
or another machine on a shared disk, still appends to it.

    tail = LogTail("run.jsonl")
    read = tail.read()       # every complete line written since the last read, as records
    read.records, read.notes, read.exists, read.restarted

Only complete lines are read: a line still being written waits for its newline until the next
read. A line that is not a record (garbled, cut short by a crash, from another program) is
skipped with a Note naming its line, and the lines after it are read as usual. A file that does
not exist yet is waited for; one that starts again (shorter than what was read, or a new file
in its place: another run writing the same log) is read again from the top, with `restarted`
set so that the caller can show the new run apart from the old one. Nothing here raises for a
file that cannot be read: its OSError becomes a Note too.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .records import Epoch, Record, from_dict

CHUNK = 8 << 20  # bytes read at most per call: a huge log comes in over a few calls
MAX_LINE = 4 << 20  # a "line" longer than this without a newline is not a record: dropped


@dataclass(frozen=True)
class Note:
    """Something about the file worth telling a person. kind: "garbled" (line `line` is not a
    record: `detail` says why), "unreadable" (the file cannot be read: `detail`), "too_long"
    (line `line` never ended within MAX_LINE bytes)."""

    kind: str
    line: int = 0
    detail: str = ""

    @property
    def text(self) -> str:
        """The note in English (the window words it in the interface's language)."""
        if self.kind == "garbled":
            return f"line {self.line} is not a training record ({self.detail}); skipped"
        if self.kind == "too_long":
            return f"line {self.line} is longer than {MAX_LINE} bytes; skipped"
        return f"the log cannot be read: {self.detail}"


@dataclass
class TailRead:
    """What one read found: the new records, notes, whether the file exists, and whether it
    started again since the last read."""

    records: list[Record] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    exists: bool = True
    restarted: bool = False


class LogTail:
    """Reads a growing JSONL log of training records, complete lines only."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.offset = 0  # bytes consumed (complete lines, and a dropped overlong line)
        self.lines = 0  # complete lines read so far (for the notes' line numbers)
        self._partial = b""  # the start of a line whose newline has not come yet
        self._identity: tuple[int, int] | None = None  # (device, inode) of the file read
        self._skipping = False  # inside an overlong line: drop bytes up to its newline

    def read(self) -> TailRead:
        out = TailRead()
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            out.exists = False
            return out
        except OSError as e:
            out.notes.append(Note("unreadable", detail=_reason(e)))
            return out
        if self._started_again(stat):
            self._rewind()
            out.restarted = True
        try:
            data = self._read_bytes()
        except OSError as e:
            out.notes.append(Note("unreadable", detail=_reason(e)))
            return out
        self._parse(data, out)
        return out

    def _started_again(self, stat: os.stat_result) -> bool:
        """A new file under the same name, or one shorter than what was read already."""
        identity = (stat.st_dev, stat.st_ino)
        known, self._identity = self._identity, identity
        seen = self.offset + len(self._partial)
        return (known is not None and known != identity) or stat.st_size < seen

    def _rewind(self) -> None:
        self.offset, self.lines, self._partial, self._skipping = 0, 0, b"", False

    def _read_bytes(self) -> bytes:
        with open(self.path, "rb") as f:
            f.seek(self.offset + len(self._partial))
            return f.read(CHUNK)

    def _parse(self, data: bytes, out: TailRead) -> None:
        pieces = (self._partial + data).split(b"\n")
        self._partial = pieces.pop()  # no newline yet: its end comes with a later read
        for piece in pieces:
            self.offset += len(piece) + 1
            self.lines += 1
            if self._skipping:  # the end of an overlong line, already noted
                self._skipping = False
                continue
            if piece.strip():
                _add(piece, self.lines, out)
        if len(self._partial) > MAX_LINE:
            if not self._skipping:
                out.notes.append(Note("too_long", line=self.lines + 1))
            self.offset += len(self._partial)
            self._partial, self._skipping = b"", True


def _add(line: bytes, number: int, out: TailRead) -> None:
    try:
        out.records.append(parse_line(line))
    except ValueError as e:
        out.notes.append(Note("garbled", line=number, detail=str(e)))


def parse_line(line: bytes | str) -> Record:
    """One log line as its record; ValueError (with a short reason) when it is not one."""
    try:
        data = json.loads(line)
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON: {e.msg} at column {e.colno}") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    try:
        record = from_dict(data)
    except TypeError as e:
        raise ValueError(str(e)) from None
    if isinstance(record, Epoch):
        _check_epoch(record)
    return record


def _check_epoch(record: Epoch) -> None:
    """An epoch's numbers are drawn: refuse one without a whole epoch number, and leave out
    values that are not numbers (a newer writer's extra keys)."""
    if isinstance(record.epoch, bool) or not isinstance(record.epoch, int):
        raise ValueError(f"epoch {record.epoch!r} is not a whole number")
    record.values = {k: v for k, v in record.values.items() if v is None or _number(v)}
    if not _number(record.lr):
        record.lr = None


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__

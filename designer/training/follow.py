"""Following a training log as it grows: the JSONL file `main.py train --log LOG.jsonl` writes
(one flat record per line: start, epoch..., end), read a piece at a time while another process,
or another machine on a shared disk, still appends to it.

    tail = LogTail("run.jsonl")
    read = tail.read()       # every complete line written since the last read, as records
    read.records, read.notes, read.exists, read.restarted

Only complete lines are read: a line still being written waits for its newline until the next
read. A line that is not a record (garbled, cut short by a crash, from another program) is
skipped with a Note naming its line, and the lines after it are read as usual. Only the
records that command writes are taken (start, epoch and end: a log never hands the window
weights or results), and their fields are checked against their types: one of the wrong type
is left at its default, with a Note, so that nothing in a log can trip the window. A file that
does not exist yet is waited for; one that starts again (shorter than what was read, or a new file
in its place: another run writing the same log) is read again from the top, with `restarted`
set so that the caller can show the new run apart from the old one. Nothing here raises for a
file that cannot be read: its OSError becomes a Note too.
"""
from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .records import KINDS, End, Epoch, Record, Start, from_dict

CHUNK = 8 << 20  # bytes read at most per call: a huge log comes in over a few calls
MAX_LINE = 4 << 20  # a "line" longer than this without a newline is not a record: dropped


@dataclass(frozen=True)
class Note:
    """Something about the file worth telling a person. kind: "garbled" (line `line` is not a
    record: `detail` says why), "wrong_type" (line `line` is a record but its fields named in
    `detail`, comma-separated, had the wrong type: left at their defaults), "unreadable" (the
    file cannot be read: `detail`), "too_long" (line `line` never ended within MAX_LINE
    bytes)."""

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
        if self.kind == "wrong_type":
            return f"line {self.line}: {self.detail} of the wrong type; left at the default"
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
        record, wrong = parse_line(line)
    except ValueError as e:
        out.notes.append(Note("garbled", line=number, detail=str(e)))
        return
    out.records.append(record)
    if wrong:
        out.notes.append(Note("wrong_type", line=number, detail=", ".join(wrong)))


def parse_line(line: bytes | str) -> tuple[Record, list[str]]:
    """One log line as its record, and the names of its fields that had the wrong type (each
    left at its default); ValueError (with a short reason) when it is not a record a training
    log holds."""
    data = _json_object(line)
    kind = data.get("type")
    cls = LOGGED.get(kind) if isinstance(kind, str) else None
    if cls is None:
        known = isinstance(kind, str) and kind in KINDS
        raise ValueError(f"a {kind} record does not belong in a training log" if known
                         else f"unknown record type {_short(kind)}")
    record = from_dict(data)
    if isinstance(record, Epoch) and not _whole(record.epoch):
        raise ValueError(f"epoch {_short(record.epoch)} is not a whole number")
    wrong = _fix_fields(record)
    if isinstance(record, (Epoch, End)):  # a newer writer's extra keys that are not numbers
        record.values = {k: v for k, v in record.values.items() if v is None or _number(v)}
    return record, wrong


def _json_object(line: bytes | str) -> dict:
    try:
        data = json.loads(line)
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON: {e.msg} at column {e.colno}") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fix_fields(record: Record) -> list[str]:
    """Put a field of the wrong type back to its default (the window would trip over it);
    the names of those fields."""
    wrong = []
    for f in dataclasses.fields(record):
        check = CHECKS[type(record)][f.name]
        if check is not None and not check(getattr(record, f.name)):
            setattr(record, f.name, f.default_factory() if f.default is dataclasses.MISSING
                    else f.default)
            wrong.append(f.name)
    return wrong


# -- what each field of a logged record may hold ---------------------------------------------
def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _text(value) -> bool:
    return isinstance(value, str)


def _flag(value) -> bool:
    return isinstance(value, bool)


def _scalar(value) -> bool:
    return value is None or isinstance(value, (str, int, float))


def _list_of(check):
    return lambda value: isinstance(value, list) and all(map(check, value))


def _dict_of(check):
    return lambda value: (isinstance(value, dict)
                          and all(_text(k) and check(v) for k, v in value.items()))


def _optional(check):
    return lambda value: value is None or check(value)


def _schedule(value) -> bool:
    """The planned curve: as many rates as epochs, all numbers."""
    return (_dict_of(_list_of(_number))(value) and {"epochs", "lr"} <= value.keys()
            and len(value["epochs"]) == len(value["lr"]))


def _matrix(value) -> bool:
    """A confusion matrix: counts, as many columns as rows."""
    return (_list_of(_list_of(_whole))(value) and len(value) > 0
            and all(len(row) == len(value) for row in value))


_SIMPLE = {"int": _whole, "float": _number, "str": _text, "bool": _flag, "dict": _dict_of(_scalar),
           "list[str]": _list_of(_text)}
_DEEPER = {  # what the window reads inside (beyond the annotation), and what it never reads
    "classes": _optional(_list_of(_scalar)),
    "optimizer": _optional(_dict_of(_scalar)),
    "schedule": _optional(_schedule),
    "test": _optional(_dict_of(_optional(_number))),
    "confusion": _optional(_matrix),
    "values": None,  # numbers by name: filtered (a newer writer's other keys are dropped)
}


def _check_for(f: dataclasses.Field):
    """A field's check, from its annotation (records.py); None when it is not checked."""
    if f.name in _DEEPER:
        return _DEEPER[f.name]
    annotation = str(f.type)
    base = annotation.removesuffix(" | None")
    check = _SIMPLE.get(base)  # None: a new kind of field (tests/test_follow.py asks for one)
    return _optional(check) if check is not None and base != annotation else check


LOGGED: dict[str, type[Record]] = {cls.type: cls for cls in (Start, Epoch, End)}
CHECKS = {cls: {f.name: _check_for(f) for f in dataclasses.fields(cls)}
          for cls in LOGGED.values()}


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__

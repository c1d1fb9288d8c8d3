"""Writing a file so that it is never half-written: a temporary file beside the target,
flushed, given the mode a normal file gets, renamed over the target in one step, and the folder
synced; temporaries of writers killed mid-save are cleared by the next save of the same path.
Every file the app writes (saves, exports, recovery copies) goes through here."""
from __future__ import annotations

import contextlib
import os
import socket
import stat
import tempfile
import zlib
from pathlib import Path
from typing import Iterator


def atomic_write(path: Path, payload: bytes) -> None:
    with atomic_target(Path(path)) as tmp:
        with open(tmp, "wb") as f:
            f.write(payload)


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` to write; on success it is flushed to disk, takes the
    mode of the file it replaces (or the mode a new file gets under the user's umask, not
    mkstemp's private 0600) and replaces `path` in one rename, and the folder is synced so
    the rename itself survives a power cut. A failure never leaves half a file: the old one
    stays, and the temporary file is removed. A writer killed outright cannot remove its
    temporary file, so the name carries the writer's process id and every save of the same
    path first removes the temporaries of writers that are gone."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.{_writer_tag()}.", suffix=".tmp",
                                dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _fsync_path(tmp)
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    _fsync_folder(path.parent)


def _writer_tag() -> str:
    """'<pid>-<host>': who writes a temporary file, so that a later save can tell whether
    its writer is still alive (on this machine; a folder shared over the network may hold
    another machine's, which are left alone)."""
    return f"{os.getpid()}-{zlib.crc32(socket.gethostname().encode()):08x}"


def _remove_stale_temporaries(path: Path) -> None:
    """Remove the '.NAME.<pid>-<host>.*.tmp' files beside `path` whose writer on this machine
    no longer runs (a save killed between its temporary file and the rename)."""
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows
        return
    host = _writer_tag().split("-", 1)[1]
    prefix = f".{path.name}."
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        tag = name[len(prefix):].split(".", 1)[0]
        pid, _, writer_host = tag.partition("-")
        if writer_host != host or not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            pass


def _alive(pid: int) -> bool:
    """Whether a process with this id runs (a reused id reads as alive: its file then waits
    for a later save, which is the safe side)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, under another user
        return True
    return True


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    """The process's umask, read without changing it where Linux tells it."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

"""Recovery copies of open documents, for after a crash, a kill or a power cut.

Each running window (an *instance*: process id plus a random token, so two windows of one
process, or two processes, never write the same file) keeps at most one copy in a folder the
caller chooses (the app uses a folder beside its settings):

    recovery-<pid>-<token>.nnd    the document as a .nnd bundle (layers, weights, history)
    recovery-<pid>-<token>.json   what it is: original file, name, time, process

Both are written atomically (a temporary file renamed over the old one), the bundle first, so
a kill at any moment leaves the previous copy or the new one. A copy whose process is gone is
an *orphan*: the next start offers to restore it. A clean close or a save removes the copy.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import secrets
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from .atomic_files import atomic_write
from .network import Network
from .serialization import load, save

PREFIX = "recovery-"
FORMAT = "network-designer-recovery"


def process_started(pid: int) -> str | None:
    """When process `pid` started, as the kernel tells it (Linux), so that a new process that
    got a dead one's id is not taken for it; None where that cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return fields[19]  # field 22, starttime, counted after the command name
    except (OSError, IndexError):
        return None


def process_alive(pid: int, started: str | None = None) -> bool:
    """Whether the process that wrote a copy still runs (same id and, where known, same start
    time)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        alive = _windows_alive(pid)
    else:
        try:
            os.kill(pid, 0)
            alive = True
        except ProcessLookupError:
            alive = False
        except PermissionError:  # another user's process has that id
            alive = True
        except OSError:
            alive = False
    if alive and started is not None:
        now = process_started(pid)
        alive = now is None or now == started
    return alive


def _windows_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel = ctypes.windll.kernel32
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    try:
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
    finally:
        kernel.CloseHandle(handle)


@dataclass(frozen=True)
class Copy:
    """One recovery copy found on disk."""
    bundle: Path
    meta: Path
    name: str  # what the user calls the document: its file name, else the network's name
    original: Path | None  # the file it was opened from or last saved to
    source: Path | None  # where relative dataset paths start
    saved_at: _dt.datetime  # aware, UTC
    pid: int
    instance: str

    def load(self) -> Network:
        """The network as it was saved, with weights and history; NetworkFileError if the copy
        cannot be read."""
        network = load(self.bundle)
        network.source = self.source or self.original
        return network


class RecoveryStore:
    """The recovery copies in `folder`: this instance's own, and orphans of dead ones."""

    def __init__(self, folder: str | os.PathLike, instance: str | None = None):
        self.folder = Path(folder)
        self.pid = os.getpid()
        self.instance = instance or f"{self.pid}-{secrets.token_hex(4)}"
        self.host = socket.gethostname()
        self._started = process_started(self.pid)

    @property
    def bundle_path(self) -> Path:
        return self.folder / f"{PREFIX}{self.instance}.nnd"

    @property
    def meta_path(self) -> Path:
        return self.folder / f"{PREFIX}{self.instance}.json"

    # -- this instance ---------------------------------------------------------------------
    def save(self, network: Network, original: str | os.PathLike | None = None,
             name: str | None = None) -> Path:
        """Write this instance's copy of `network` (network.source is left as it was)."""
        source = network.source
        try:
            save(network, self.bundle_path)
        finally:
            network.source = source
        now = _dt.datetime.now(_dt.timezone.utc)
        meta = {"format": FORMAT, "version": 1, "instance": self.instance, "pid": self.pid,
                "started": self._started, "host": self.host,
                "name": name or (Path(original).name if original else network.name),
                "original": str(original) if original else None,
                "source": str(source) if source else None,
                "saved_at": now.isoformat(timespec="seconds"),
                "bundle": self.bundle_path.name}
        atomic_write(self.meta_path, (json.dumps(meta, indent=2) + "\n").encode("utf-8"))
        return self.bundle_path

    def remove(self) -> None:
        """Forget this instance's copy (a clean close, a save, a discarded document)."""
        for path in (self.meta_path, self.bundle_path):
            _unlink(path)

    @property
    def has_copy(self) -> bool:
        return self.meta_path.exists()

    # -- other instances -------------------------------------------------------------------
    def orphans(self) -> list[Copy]:
        """Copies left by instances whose process is gone, newest first. Unreadable metadata
        and temporary files left by a kill mid-write are removed on the way."""
        if not self.folder.is_dir():
            return []
        found = []
        for meta_path in self.folder.glob(f"{PREFIX}*.json"):
            copy = self._read(meta_path)
            if copy is None:
                _unlink(meta_path)
            elif copy.instance != self.instance and not self._alive(meta_path):
                if copy.bundle.exists():
                    found.append(copy)
                else:
                    _unlink(meta_path)
        self._sweep()
        return sorted(found, key=lambda c: c.saved_at, reverse=True)

    def discard(self, copy: Copy) -> None:
        for path in (copy.meta, copy.bundle):
            _unlink(path)

    def _alive(self, meta_path: Path) -> bool:
        meta = _read_json(meta_path) or {}
        if meta.get("host") not in (None, self.host):
            return True  # a shared home folder: that machine's process cannot be checked
        pid = meta.get("pid")
        return isinstance(pid, int) and process_alive(pid, meta.get("started"))

    def _read(self, meta_path: Path) -> Copy | None:
        meta = _read_json(meta_path)
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            return None
        try:
            saved_at = _dt.datetime.fromisoformat(meta["saved_at"])
            bundle = self.folder / Path(meta["bundle"]).name
            return Copy(bundle=bundle, meta=meta_path, name=str(meta.get("name") or bundle.stem),
                        original=Path(meta["original"]) if meta.get("original") else None,
                        source=Path(meta["source"]) if meta.get("source") else None,
                        saved_at=saved_at if saved_at.tzinfo else
                        saved_at.replace(tzinfo=_dt.timezone.utc),
                        pid=int(meta["pid"]), instance=str(meta["instance"]))
        except (KeyError, TypeError, ValueError):
            return None

    def _sweep(self) -> None:
        """Bundles without metadata and temporary files of dead instances (a kill between
        the two writes, or during one)."""
        for path in self.folder.glob(f"*{PREFIX}*"):
            instance = _instance_of(path.name)
            if instance is None or instance == self.instance:
                continue
            if path.suffix == ".json" and not path.name.startswith("."):
                continue
            meta = self.folder / f"{PREFIX}{instance}.json"
            if meta.exists() and not path.name.startswith("."):
                continue  # a bundle with its metadata: an orphan or a live copy
            pid = instance.split("-", 1)[0]
            if pid.isdigit() and not process_alive(int(pid)):
                _unlink(path)


def _instance_of(file_name: str) -> str | None:
    """'<pid>-<token>' from recovery-<pid>-<token>.nnd, .json or their temporary files."""
    name = file_name.lstrip(".")
    if not name.startswith(PREFIX):
        return None
    rest = name[len(PREFIX):]
    stem = rest.split(".", 1)[0]
    return stem if stem.count("-") == 1 else None


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass  # a read-only folder: the copy stays, and is offered again


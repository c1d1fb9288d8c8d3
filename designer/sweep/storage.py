"""Where a sweep's study lives (--storage), and where its trials' networks go.

- a file path: an Optuna journal file (JournalFileBackend), which several workers on one
  machine, or on machines sharing a disk, append to;
- a database URL Optuna accepts (postgresql+psycopg://USER@HOST/DB, mysql+pymysql://...):
  workers on many machines;
- nothing: the journal file NETWORK.sweep.journal beside the network file.
SQLite works for one worker only: Optuna's own advice is never to share it between parallel
workers ("database is locked", damaged files), so a sqlite URL gets a warning.
"""
from __future__ import annotations

import contextlib
import re
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..errors import DesignerError
from ..file_messages import sweep as M

JOURNAL_SUFFIX = ".sweep.journal"
TRIALS_SUFFIX = ".trials"
SQLITE_WARNING = ("SQLite holds a study for one worker at a time: several workers on one SQLite "
                  "file fail with 'database is locked' or damage it (Optuna's advice). For "
                  "parallel workers use a journal file (the default) or PostgreSQL/MySQL.")
DRIVERS = {"postgresql": "psycopg[binary] (pip install 'network-designer[cluster]')",
           "mysql": "a MySQL driver such as pymysql (pip install pymysql)"}


class StorageError(DesignerError):
    """A storage that cannot be opened or read: names it and says why."""


@dataclass(frozen=True)
class StorageSpec:
    text: str  # as shown to people: the journal's path, or the URL without its password
    url: str | None = None  # a database URL
    journal: Path | None = None  # a journal file

    @property
    def sqlite(self) -> bool:
        return bool(self.url) and self.url.startswith("sqlite")


def parse_storage(value: str | None, network_file: str | Path | None = None) -> StorageSpec:
    """The storage named by --storage (None: the journal beside the network file)."""
    if not value:
        if network_file is None:
            raise StorageError("no storage given and no network file to put the journal beside")
        return _journal(default_journal(network_file))
    if "://" in value:
        return StorageSpec(hide_password(value), url=value)
    return _journal(Path(value).expanduser())


def _journal(path: Path) -> StorageSpec:
    path = path.resolve()
    return StorageSpec(str(path), journal=path)


def default_journal(network_file: str | Path) -> Path:
    """NETWORK.sweep.journal beside the network file (xor.json -> xor.sweep.journal)."""
    path = Path(network_file)
    return path.with_name(path.stem + JOURNAL_SUFFIX)


def default_study(network_file: str | Path) -> str:
    """The study a network's sweeps share unless --study says otherwise: the file's stem."""
    return Path(network_file).stem


def trials_folder(spec: StorageSpec, study: str, network_file: str | Path | None) -> Path:
    """Where the trained networks of finished trials go: STUDY.trials beside the journal file,
    or beside the network file when the study is in a database."""
    base = spec.journal.parent if spec.journal else Path(network_file or ".").resolve().parent
    return base / (_safe(study) + TRIALS_SUFFIX)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.\-]", "_", name) or "study"


def hide_password(url: str) -> str:
    return re.sub(r"(://[^/:@]*:)[^@/]*@", r"\1***@", url)


def open_storage(spec: StorageSpec, create: bool = True, heartbeat: bool = False):
    """The Optuna storage of `spec`. Without `create`, a journal file or database tables that
    do not exist yet are an error instead of being made. A worker's database storage takes
    Optuna's heartbeat (`heartbeat`; see abandoned.py), a reader's does not."""
    if spec.journal is not None:
        return _open_journal(spec.journal, create)
    return _open_database(spec, create, heartbeat)


def _open_journal(path: Path, create: bool):
    from optuna.storages import JournalStorage
    from optuna.storages.journal import JournalFileBackend

    if path.is_dir():
        raise StorageError(M.JOURNAL_IS_FOLDER.format(path))
    if not create and not path.is_file():
        raise StorageError(M.NO_JOURNAL.format(path))
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        return JournalStorage(JournalFileBackend(str(path)))
    except (OSError, ValueError, UnicodeDecodeError) as e:
        raise StorageError(M.BAD_JOURNAL.format(path, e)) from None


def _open_database(spec: StorageSpec, create: bool, heartbeat: bool, attempts: int = 4):
    """RDBStorage, trying again while another worker is creating Optuna's tables (two
    workers starting at once collide there: a unique violation in the database's catalog)."""
    if not create and spec.sqlite and ":///" in spec.url:  # SQLite would make the file
        path = Path(spec.url.split(":///", 1)[1].split("?", 1)[0])
        if str(path) != ":memory:" and not path.is_file():
            raise StorageError(M.NO_DATABASE.format(spec.text, f"{path}: no such file"))
    for attempt in range(attempts if create else 1):
        try:
            return _rdb(spec, create, heartbeat)
        except StorageError:
            if not create or attempt == attempts - 1:
                raise
            time.sleep(0.5 * (attempt + 1))


def _rdb(spec: StorageSpec, create: bool, heartbeat: bool):
    from optuna.exceptions import ExperimentalWarning
    from optuna.storages import RDBStorage

    from .abandoned import heartbeat_options

    def make(**options):
        return RDBStorage(spec.url, skip_table_creation=not create,
                          engine_kwargs={"pool_pre_ping": True}, **options)

    try:
        if not heartbeat:  # the window's readers, in threads: catch_warnings is not for them
            return make()
        with warnings.catch_warnings():  # Optuna calls its heartbeat experimental
            warnings.simplefilter("ignore", ExperimentalWarning)
            return make(**heartbeat_options())
    except ImportError as e:  # not worth trying again
        scheme = spec.url.split(":", 1)[0].split("+", 1)[0]
        need = DRIVERS.get(scheme, "its database driver")
        raise DesignerError(M.NEEDS_DRIVER.format(spec.text, need, e)) from None
    except Exception as e:  # SQLAlchemy's and the drivers' many errors: one sentence
        raise StorageError(M.NO_DATABASE.format(spec.text, _first_line(e))) from None


@contextlib.contextmanager
def opened(spec: StorageSpec, create: bool = True, heartbeat: bool = False):
    """open_storage as a context: a database's connections are closed at the end."""
    storage = open_storage(spec, create, heartbeat)
    try:
        yield storage
    finally:
        close_storage(storage)


def close_storage(storage) -> None:
    """Close a database storage's connections (a journal file holds none open)."""
    getattr(storage, "remove_session", lambda: None)()
    engine = getattr(storage, "engine", None)
    if engine is not None:
        engine.dispose()


def _first_line(error: BaseException) -> str:
    """The first line of the error's root cause (Optuna wraps the driver's own words)."""
    while error.__cause__ is not None or error.__context__ is not None:
        error = error.__cause__ or error.__context__
    text = str(error).strip().splitlines()
    return hide_password(text[0]) if text else type(error).__name__

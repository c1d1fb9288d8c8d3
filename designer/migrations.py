"""One migration per format_version bump: MIGRATIONS[n] turns a version-n document into
version n + 1. Version 1 is the first public format, so the list is empty so far; the chain
and its refusal of newer versions are tested with a stand-in migration."""
from __future__ import annotations

from typing import Callable

from . import FORMAT_VERSION
from .errors import NetworkFileError

MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


def migrate(doc: dict, where: str) -> dict:
    version = doc.get("format_version", FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise NetworkFileError(f"{where}: format_version must be a whole number of at least 1, "
                               f"got {version!r}")
    if version > FORMAT_VERSION:
        raise NetworkFileError(
            f"{where} was written by a newer Network Designer (format version {version}; this "
            f"version reads up to {FORMAT_VERSION}). Update the app to open it.")
    while version < FORMAT_VERSION:
        if version not in MIGRATIONS:
            raise NetworkFileError(f"{where}: no migration from format version {version}")
        doc = MIGRATIONS[version](dict(doc))
        version += 1
        doc["format_version"] = version
    return doc

"""One migration per format_version bump: MIGRATIONS[n] turns a version-n document into
version n + 1. Version 1 is the first public format, so the list is empty so far; the chain
and its refusal of newer versions are tested with a stand-in migration."""
from __future__ import annotations

from typing import Callable

from . import FORMAT_VERSION
from .errors import NetworkFileError
from .file_messages import network_files as F

MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


def migrate(doc: dict, where: str) -> dict:
    version = doc.get("format_version", FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise NetworkFileError(F.BAD_VERSION.format(where, version))
    if version > FORMAT_VERSION:
        raise NetworkFileError(F.NEWER_VERSION.format(where, version, FORMAT_VERSION))
    while version < FORMAT_VERSION:
        if version not in MIGRATIONS:
            raise NetworkFileError(F.NO_MIGRATION.format(where, version))
        doc = MIGRATIONS[version](dict(doc))
        version += 1
        doc["format_version"] = version
    return doc

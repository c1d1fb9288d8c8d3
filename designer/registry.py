"""A registry maps names (and aliases) to specs; one per family of building blocks."""
from __future__ import annotations

import difflib
from typing import Generic, Iterator, TypeVar

from .file_messages import network_files as F

T = TypeVar("T")


class Registry(Generic[T]):
    """Name -> spec, refusing duplicates; `get` names the closest match when a name is unknown."""

    def __init__(self, family: str):
        self.family = family
        self._items: dict[str, T] = {}
        self._aliases: dict[str, str] = {}

    def register(self, name: str, spec: T, aliases: tuple[str, ...] = ()) -> T:
        for key in (name, *aliases):
            if key in self._items or key in self._aliases:
                raise ValueError(f"{self.family} {key!r} is already registered")
        self._items[name] = spec
        for alias in aliases:
            self._aliases[alias] = name
        return spec

    def canonical(self, name: str) -> str:
        """The registered name for `name` or one of its aliases."""
        if name in self._items:
            return name
        if name in self._aliases:
            return self._aliases[name]
        raise ValueError(self.unknown_message(name))

    def get(self, name: str) -> T:
        return self._items[self.canonical(name)]

    def unknown_message(self, name: object) -> str:
        known = list(self._items) + list(self._aliases)
        close = difflib.get_close_matches(str(name), known, n=1)
        hint = F.DID_YOU_MEAN.format(close[0]) if close else ""
        listed = ", ".join(self._items)
        if self.family in F.UNKNOWN:
            return F.UNKNOWN[self.family].format(name, hint, listed)
        return F.UNKNOWN_NAME.format(self.family, name, hint, listed)

    def __contains__(self, name: object) -> bool:
        return name in self._items or name in self._aliases

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def names(self) -> list[str]:
        return list(self._items)

    def aliases(self) -> dict[str, str]:
        return dict(self._aliases)

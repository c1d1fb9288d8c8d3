"""The app's preferences: what it remembers between sessions on this computer (QSettings, INI
format everywhere), apart from any network's own training settings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION, APPLICATION = "NetworkDesigner", "Network Designer"
MAX_RECENT = 8
STATE_VERSION = 2  # bump when the dock layout changes shape, so old layouts are ignored
AUTOSAVE_INTERVAL_KEY = "autosave/interval_seconds"  # 0 turns autosave off
AUTOSAVE_INTERVAL_DEFAULT = 60.0


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def _list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def recent_files() -> list[str]:
    return _list(settings().value("files/recent"))


def add_recent(path) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files() if p != path]
    settings().setValue("files/recent", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def remove_recent(path) -> None:
    settings().setValue("files/recent", [p for p in recent_files() if p != str(path)])


def value(key: str, default=None, kind=None):
    s = settings()
    if kind is bool:
        raw = s.value(key, default)
        return raw in (True, "true", "1", 1) if raw is not None else default
    return s.value(key, default) if kind is None else s.value(key, default, type=kind)


def set_value(key: str, data) -> None:
    settings().setValue(key, data)


def autosave_interval() -> float:
    """Seconds between recovery copies of an unsaved document (0: none); a value that is not
    a number falls back to the default."""
    try:
        seconds = float(value(AUTOSAVE_INTERVAL_KEY, AUTOSAVE_INTERVAL_DEFAULT))
    except (TypeError, ValueError):
        return AUTOSAVE_INTERVAL_DEFAULT
    return seconds if 0 <= seconds <= 86_400 else AUTOSAVE_INTERVAL_DEFAULT  # NaN fails too


def recovery_folder() -> Path:
    """Where recovery copies live: beside the settings file, so whatever moves the settings
    (tests, XDG_CONFIG_HOME) moves them too."""
    return Path(settings().fileName()).parent / "recovery"

"""Headless commands: `python main.py <command> ...`. Each command lives in its own module and
registers a parser and a runner in registry.py; errors become one line on stderr, never a
traceback."""
from __future__ import annotations

import argparse
import difflib
import os
import sys

from ..errors import DesignerError
from .registry import COMMANDS


def _load_commands() -> None:
    # each module registers its commands
    from . import export, imports, inspect, sweep, train  # noqa: F401


def parser() -> argparse.ArgumentParser:
    _load_commands()
    p = argparse.ArgumentParser(prog="main.py", description="Network Designer. Without a "
                                "command, opens the app (optionally on FILE).")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help, add_arguments, _) in COMMANDS.items():
        add_arguments(sub.add_parser(name, help=help, description=help))
    return p


def is_command(argv: list[str]) -> bool:
    _load_commands()
    return bool(argv) and (argv[0] in COMMANDS or argv[0] in ("-h", "--help"))


# Qt's own command-line options that take a value (QGuiApplication's documentation).
QT_VALUE_OPTIONS = {"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-display",
                    "-geometry", "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-style",
                    "-stylesheet", "-session", "-title", "-qmljsdebugger"}


def positional(argv: list[str]) -> list[str]:
    """The arguments that are not Qt's options or their values."""
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a.startswith("-"):
            skip = a.split("=", 1)[0].lstrip("-") in {o[1:] for o in QT_VALUE_OPTIONS} \
                and "=" not in a
        else:
            out.append(a)
    return out


def refusal(argv: list[str]) -> str | None:
    """Why the app must not open for these arguments, or None: the window opens with no
    argument or on a file that exists; anything else is a mistyped command or a missing file
    (and without a screen the window would hang instead of saying so)."""
    args = positional(argv)
    if not args:
        return None
    first = args[0]
    if os.path.exists(first):
        return None
    _load_commands()
    close = difflib.get_close_matches(first, COMMANDS, n=1)
    if close:
        return f"unknown command {first!r} (did you mean {close[0]!r}?)"
    if os.sep in first or "." in first:
        return f"{first}: no such file"
    return f"unknown command {first!r}; commands: {', '.join(COMMANDS)} (see --help)"


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command][2](args)
    except DesignerError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # a bug of ours: still one line, unless asked for the traceback
        if os.environ.get("ND_DEBUG"):
            raise
        print(f"internal error: {type(e).__name__}: {e} (set ND_DEBUG=1 for details)",
              file=sys.stderr)
        return 3

"""Headless commands: `python main.py <command> ...`. Each command lives in its own module and
registers a parser and a runner here; errors become one line on stderr, never a traceback."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Callable

from ..errors import DesignerError

# name -> (help, add_arguments(parser), run(args) -> exit code)
COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}


def command(name: str, help: str):
    def register(add_arguments: Callable):
        def with_runner(run: Callable):
            COMMANDS[name] = (help, add_arguments, run)
            return run
        return with_runner
    return register


def _load_commands() -> None:
    from . import export, inspect, train  # noqa: F401  (each registers its commands)


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

"""The table of headless commands: each command module registers its parser and its runner
here with @command, and designer.cli reads the table (so the modules never import the package
that loads them)."""
from __future__ import annotations

from typing import Callable

# name -> (help, add_arguments(parser), run(args) -> exit code)
COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}


def command(name: str, help: str):
    def register(add_arguments: Callable):
        def with_runner(run: Callable):
            COMMANDS[name] = (help, add_arguments, run)
            return run
        return with_runner
    return register

"""Network Designer: `python main.py [FILE]` opens the app; `python main.py COMMAND ...` runs a
headless command (summary, validate, train, predict, datasets, ...; see --help)."""
import sys


def main(argv: list[str]) -> int:
    from designer.cli import is_command, refusal
    from designer.cli import main as run_command

    if is_command(argv):
        return run_command(argv)
    reason = refusal(argv)
    if reason:
        print(f"error: {reason}", file=sys.stderr)
        return 2
    try:
        from widgets.app import run_app
    except ImportError as e:
        if getattr(e, "name", "") not in ("widgets.app", "widgets"):
            raise
        print("The desktop window is not built yet; use a command such as "
              "`python main.py summary FILE` (see --help).", file=sys.stderr)
        return 2
    return run_app(argv)


if __name__ == "__main__":
    code = main(sys.argv[1:])
    distributed = sys.modules.get("designer.training.distributed")
    if distributed is not None and distributed.took_part():
        distributed.leave(code)  # see leave: the interpreter's shutdown could abort a rank
    sys.exit(code)

"""Training logs for the Follow Run tests: records appended as `main.py train --log` writes
them, and File › Follow Run… driven without its file dialog."""
import json

from designer.training.records import Epoch
from widgets.training import follow


def write_log(path, *records, tail: str = "") -> None:
    """Append `records` a line each, then `tail` (a line still being written)."""
    with open(path, "a", encoding="utf-8") as f:
        f.write("".join(json.dumps(r.to_dict()) + "\n" for r in records) + tail)


def epochs(first: int, last: int) -> list:
    return [Epoch(epoch=n, lr=0.05, values={"loss": 1.0 / n, "accuracy": min(1.0, n / 8)})
            for n in range(first, last + 1)]


def follow_log(window, monkeypatch, path, asked=None):
    """Follow `path` through File › Follow Run…; its follower (the run's runner). `asked`
    collects the folders the dialog was opened in."""
    def choose(parent, directory=""):
        if asked is not None:
            asked.append(directory)
        return str(path)

    monkeypatch.setattr(follow, "choose_log", choose)
    window.actions_by_name["follow_run"].trigger()
    return window.training.session.current.runner

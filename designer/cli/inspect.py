"""`summary` and `validate`."""
from __future__ import annotations

import json
import sys

from ..dataset_fit import dataset_problems
from ..lessons import lesson_problems
from ..serialization import load
from ..summary import summary_dict, summary_text
from .registry import command


def _file_arg(p):
    p.add_argument("file", help="a .nnd or .json network")


@command("summary", "print each layer's output shape and parameter count, and the totals")
def _summary_args(p):
    _file_arg(p)
    p.add_argument("--json", action="store_true", help="print the summary as JSON")


@_summary_args
def run_summary(args) -> int:
    network = load(args.file)
    if args.json:
        print(json.dumps(summary_dict(network.graph)))
    else:
        print(summary_text(network.graph, network.name))
    return 0 if network.graph.analysis.valid else 1


@command("validate", "check a network and whether it fits its dataset (and a lesson file's "
                     "lesson block); one line per problem as '<layer id>: <message>'")
def _validate_args(p):
    _file_arg(p)


@_validate_args
def run_validate(args) -> int:
    network = load(args.file)
    problems = network.graph.analysis.problems + dataset_problems(network)
    if "lesson" in network.extra:  # a lesson file: its runs, texts and conclusion too
        problems += lesson_problems(args.file, base=False)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{args.file}: valid ({len(network.graph)} layers, "
              f"{network.graph.analysis.total:,} parameters)", file=sys.stderr)
    return 1 if problems else 0

"""A standalone PyTorch script of a network's whole experiment, readable as the code behind the
app's pictures: the network as plain torch.nn (its state-dict keys are the .nnd weight keys
"<layer id>.<parameter>", so trained weights load as they are), its initializers drawn as the
app draws them, the data made or read with the same preprocessing and split, and a train()
with the network's loss, optimizer, schedule, penalties, clipping and early stopping.
`python script.py` trains and prints each epoch; with the same seed its numbers are the app's.
It needs torch and numpy, and scikit-learn only for the datasets that come from it."""
from __future__ import annotations

import ast
import textwrap

from ..build import GraphModel, build_model
from .naming import class_name
from .pytorch_data_code import dataset_code, make_data_code
from .pytorch_main_code import main_code, model_only_main_code
from .pytorch_model_code import init_code, model_code
from .pytorch_plan import Plan, plan_for
from .pytorch_rules_code import (
    comment,
    loss_code,
    loss_settings,
    optimizer_code,
    optimizer_settings,
    schedule_code,
    schedule_settings,
    setting,
)
from .pytorch_train_code import helpers_code, regularization_settings, run_settings, train_code
from .safetensors_code import SAFETENSORS


def pytorch_code(network, model: GraphModel | None = None, script: str = "exported.py",
                 weights_file: str | None = None) -> str:
    """The script's text. `script` and `weights_file` (the trained weights written beside it)
    only name files in its docstring."""
    model = model or build_model(network.graph, seed=0)
    plan = plan_for(network, model)
    data = None
    if plan.trains:
        try:
            data = dataset_code(plan)
        except KeyError as e:
            plan.settings, plan.why_not = None, f"the script has no code for the dataset {e}"
    cls = class_name(network)
    text = _script(network, model, plan, data, cls, script, weights_file)
    if cls in _top_level_names(text, cls):  # a network called "Seed" or "Plateau"
        text = _script(network, model, plan, data, cls + "Network", script, weights_file)
    return text


def _script(network, model, plan: Plan, data, cls: str, script: str,
            weights_file: str | None) -> str:
    shapes = {i: network.graph.analysis.layers[i].output_shape for i in model.input_ids}
    parts = [_docstring(network, plan, cls, shapes, script, weights_file),
             _imports(plan), _settings(network, plan, shapes, data)]
    parts.append(model_code(network, model, cls, plan.logits_layer if plan.trains else None))
    parts.append(init_code(model))
    parts.append(SAFETENSORS)
    if plan.trains:
        parts += [data[1], make_data_code(plan), loss_code(plan),
                  optimizer_code(plan.settings.optimizer), schedule_code(plan.settings.schedule),
                  helpers_code(plan), train_code(plan), main_code(plan, cls)]
    else:
        parts.append(model_only_main_code(cls, shapes))
    return "".join(parts).rstrip() + "\n"


def _top_level_names(text: str, cls: str) -> set[str]:
    """The script's own module-level names, but for the network's class."""
    names = set()
    for node in ast.parse(text).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name != cls:
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return names


def _docstring(network, plan: Plan, cls: str, shapes: dict, script: str,
               weights_file: str | None) -> str:
    inputs = ", ".join(f"{i} {list(s)}" for i, s in shapes.items())
    title = f'"""{network.name}: exported from Network Designer as plain PyTorch.'
    if not plan.trains:
        why = f"\nIt holds the network alone: {plan.why_not}.\n" if plan.why_not else ""
        return f'''{title}
{why}
Inputs (without the batch axis): {inputs}.
Run `python {script} [WEIGHTS.safetensors] [--predict X.npy Y.npy]` to check it (or to run
it on inputs X); import {cls} to use it. It needs torch and numpy.
"""
'''
    needs = "torch, numpy and scikit-learn (for this dataset)" if _data_text(plan) else \
        "torch and numpy"
    trained = (f"\nThe network's trained weights were written beside it as {weights_file}:\n"
               f"    python {script} --weights {weights_file}\n") if weights_file else ""
    intro = _fill(f"The whole experiment, readable as the code behind the app's pictures: the "
                  f"network ({cls}), its initial weights as configured (init_weights), the "
                  f"data as the app makes it (make_data) and its training (train), with the "
                  f"settings as constants below.")
    outro = _fill(f"It needs {needs}. With the same seed it starts from the app's initial "
                  "weights, makes the same data, split and shuffling, draws the same dropout "
                  "masks and takes the same steps (on the CPU), so the losses it prints are "
                  "the app's up to rounding.")
    return f'''{title}

{intro}

{_usage(script)}
{trained}
{outro}

Inputs (without the batch axis): {inputs}.
"""
'''


_USAGE = (("", "train as the app does, one line per epoch"),
          ("--epochs 5", "another number of epochs"),
          ("--seed 3", "another seed (weights, split, shuffling, dropout)"),
          ("--save W.safetensors", "keep the trained weights"),
          ("--weights W.safetensors", "load trained weights (the app's, or saved with --save) "
           "and evaluate them; add --epochs N to train on from them"),
          ("--weights W.safetensors --predict X.npy Y.npy", "the outputs for inputs X "
           "(preprocessed like the training data)"),
          ("--save-data DATA.npz", "the prepared splits, as arrays"))


def _usage(script: str) -> str:
    """The command lines, each with what it does beside it or, when long, below it."""
    commands = [(f"python {script} {args}".rstrip(), what) for args, what in _USAGE]
    width = max(len(c) for c, what in commands if len(what) < 60) + 3
    lines = []
    for command, what in commands:
        if len(command) < width and 4 + width + len(what) <= 100:
            lines.append(f"    {command.ljust(width)}{what}")
        else:
            lines.append(f"    {command}")
            lines += textwrap.wrap(what, 92, initial_indent="        ",
                                   subsequent_indent="        ")
    return "\n".join(lines)


def _fill(text: str) -> str:
    return textwrap.fill(text, 96)


def _data_text(plan: Plan) -> str:
    spec = plan.spec or {}
    name = spec.get("name")
    return "sklearn" if name in ("digits", "iris", "wine", "breast_cancer", "moons") else ""


def _imports(plan: Plan) -> str:
    spec = plan.spec or {}
    names = {"argparse", "json"}
    if plan.trains:
        names |= {"math", "os"}
        if "csv" in spec:
            names |= {"csv", "io"}
    lines = [f"import {name}" for name in sorted(names)]
    return "\n".join(lines) + '''
from collections import OrderedDict

import numpy as np
import torch
import torch.nn.functional as F  # noqa: F401  (used where the network needs it)
from torch import nn
'''


def _seed(network, plan: Plan) -> tuple[int, str]:
    seed = plan.settings.seed if plan.settings else (network.training or {}).get("seed")
    if seed is not None:
        return seed, "Seed for initial weights, splits, shuffling and dropout."
    runs = (network.history or {}).get("runs") or []
    if runs and runs[-1].get("seed") is not None:
        return runs[-1]["seed"], ("The seed of the app's last run (the network sets none, so "
                                  "the app draws one per run).")
    return 0, "The network sets no seed (the app draws one per run); this one is fixed."


def _settings(network, plan: Plan, shapes: dict, data) -> str:
    seed, why = _seed(network, plan)
    lines = ["", "", "# ---- Settings: the network's \"training\" and \"dataset\" blocks ----",
             setting("SEED", seed, why)]
    if len(shapes) == 1:
        lines.append(setting("INPUT_SHAPE", tuple(next(iter(shapes.values()))),
                             "one sample, without the batch axis"))
    if not plan.trains:
        return "\n".join(lines) + "\n"
    s = plan.settings
    lines += run_settings(plan) + [""] + loss_settings(plan) + [""]
    lines += optimizer_settings(s.optimizer) + [""] + schedule_settings(s.schedule) + [""]
    lines += regularization_settings(plan) + [""]
    lines.append(comment(f"The data: {_describe(plan)}"))
    lines += data[0]
    return "\n".join(lines) + "\n"


def _describe(plan: Plan) -> str:
    spec = plan.spec
    if "csv" in spec:
        return "a CSV table, read from its file and preprocessed as the app does."
    if "npz" in spec:
        return "an NPZ file, read from its path (not made by code)."
    if spec["name"] in ("mnist", "fashion_mnist"):
        return f"{spec['name']}, read from its IDX files (not made by code)."
    return f"{spec['name']}, made by the same code as in the app."


def write_pytorch(network, path) -> dict:
    """Write the script and, for a trained network, its weights beside it (.safetensors)."""
    from pathlib import Path

    from ..atomic_files import atomic_write

    path = Path(path)
    weights = path.with_suffix(".safetensors") if network.weights else None
    text = pytorch_code(network, script=path.name, weights_file=weights.name if weights else None)
    atomic_write(path, text.encode("utf-8"))
    result = {"path": str(path), "weights": None}
    if weights is not None:
        from safetensors.numpy import save

        atomic_write(weights, save(dict(network.weights)))
        result["weights"] = str(weights)
    return result

"""`train`, `predict` and `datasets`."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

from ..serialization import jsonable, load, save
from .registry import command

MAIN = Path(__file__).resolve().parents[2] / "main.py"


@command("train", "train a network on its dataset; the last line on stdout is a JSON summary")
def _train_args(p):
    p.add_argument("file", help="a .nnd or .json network with dataset and training blocks")
    p.add_argument("--epochs", type=int, help="override the number of epochs")
    p.add_argument("--seed", type=int, help="override the seed")
    p.add_argument("--precision", choices=("fp32", "bf16", "fp16"),
                   help="override training.precision (bf16: CPU or GPU; fp16: CUDA only)")
    p.add_argument("--device", default="auto", help="auto (default), cpu or cuda")
    p.add_argument("--output", metavar="OUT.nnd", help="save the trained network here")
    p.add_argument("--log", "--log-file", metavar="LOG.jsonl",
                   help="write the start, epoch and end records (under torchrun write "
                        "--log-file: torchrun takes --log for its own --log-dir)")
    p.add_argument("--fresh", action="store_true",
                   help="start from new random weights even if the file has trained ones")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--engine", default="auto", choices=("auto", "dense", "autograd"),
                   help="auto (default): the dense engine where it can run, else autograd")
    p.add_argument("--nproc", type=int, metavar="N",
                   help="train on N processes: starts torchrun --standalone --nproc_per_node N "
                        "(or run this command under torchrun yourself, also across machines)")


@_train_args
def run_train(args) -> int:
    from ..training.distributed import World, session

    if args.nproc is not None:
        return _torchrun(args)
    world = World.from_env()
    device = world.device(args.device)
    with session(world, device):
        return _train(args, world, device)


def _train(args, world, device: str) -> int:
    """One process's run; in a torchrun run, rank 0 alone writes (stdout, log, output)."""
    from ..training import Trainer
    from ..training.distributed import global_batch

    network = load(args.file)
    overrides = {k: v for k, v in (("epochs", args.epochs), ("seed", args.seed),
                                   ("precision", args.precision)) if v is not None}
    trainer = Trainer(network, overrides, device=device, fresh=args.fresh, introspection=False,
                      engine=args.engine, world=world,  # only rank 0 shows the progress
                      progress_every=0.1 if world.leader else math.inf)
    trainer.prepare()
    _follow(trainer.run(), args, world.leader)
    end = trainer.result
    if not world.leader:  # rank 0 says how the run ended (torchrun takes the first failure)
        return 0
    summary = _summary(end, network)
    summary.update(world_size=world.size, global_batch_size=global_batch(world, trainer.engine))
    if args.output and end.reason != "diverged":
        summary["output"] = str(save(network, args.output))
    elif not args.output:
        print("note: the trained weights were not saved; add --output OUT.nnd to keep them",
              file=sys.stderr)
    print(json.dumps(jsonable(summary)))
    if end.reason == "diverged":
        print(f"error: {end.message}", file=sys.stderr)
        return 1
    return 0


# options with a value, as torchrun lets them through (it reads --log as its --log-dir)
_FORWARDED = {"epochs": "--epochs", "seed": "--seed", "precision": "--precision",
              "device": "--device", "output": "--output", "log": "--log-file",
              "engine": "--engine"}
_FLAGS = ("fresh", "quiet")


def _torchrun(args) -> int:
    """`train --nproc N`: the same command under torchrun on this machine; its exit code."""
    if args.nproc < 1:
        print("error: --nproc takes a number of processes of at least 1", file=sys.stderr)
        return 2
    argv = [args.file]
    for name, option in _FORWARDED.items():
        if getattr(args, name) is not None:
            argv += [option, str(getattr(args, name))]
    argv += [f"--{name}" for name in _FLAGS if getattr(args, name)]
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone",
               "--nproc_per_node", str(args.nproc), str(MAIN), "train", *argv]
    return subprocess.run(command).returncode


def _follow(records, args, leader: bool = True) -> None:
    """Log the start, epoch and end records as JSON lines (flat dicts, records.to_dict) and
    move the progress bar; other processes than the leader only consume the records."""
    from ..training.records import End, Epoch, Start

    if not leader:
        for _ in records:
            pass
        return
    log = open(args.log, "w", encoding="utf-8") if args.log else None
    bar = None
    try:
        for record in records:
            if log and isinstance(record, (Start, Epoch, End)):
                log.write(json.dumps(jsonable(record.to_dict())) + "\n")
                log.flush()
            if isinstance(record, Start):
                for note in record.notes:
                    print(f"note: {note}", file=sys.stderr)
                bar = None if args.quiet else _bar(record)
            elif bar is not None and record.type in ("progress", "epoch"):  # not single steps
                _advance(bar, record)
    finally:
        if bar is not None:
            bar.close()
        if log:
            log.close()


def _bar(start):
    from tqdm import tqdm

    return tqdm(total=start.epochs, unit="epoch", file=sys.stderr, dynamic_ncols=True,
                desc=start.dataset)


def _advance(bar, record) -> None:
    """Whole epochs move the bar (with its ETA); within a long epoch the postfix shows the
    step and the running loss."""
    if record.type != "epoch":
        bar.set_postfix_str(f"step {record.step}/{record.steps}, loss {record.loss:.4g}")
        return
    parts = [f"loss {record.loss:.4g}"]
    for key in ("val_loss", "accuracy", "val_accuracy", "val_r2"):
        if record.value(key) is not None:
            parts.append(f"{key} {record.value(key):.4g}")
    bar.set_postfix_str(", ".join(parts), refresh=False)
    bar.update(record.epoch - bar.n)


def _summary(end, network) -> dict:
    out = {"epochs_run": end.epochs_run}
    for key in ("train_loss", "val_loss", "train_accuracy", "val_accuracy", "train_mae",
                "val_mae", "train_r2", "val_r2"):
        out[key] = end.value(key)
    out.update({"test": end.test, "seconds": round(end.seconds, 3),
                "samples_per_second": end.samples_per_second,
                "stopped_reason": end.reason, "message": end.message,
                "best_epoch": end.best_epoch, "engine": end.engine,
                "device": end.device, "seed": end.seed, "network": network.name})
    return out


@command("predict", "run a trained network on inputs from .npy or .csv")
def _predict_args(p):
    p.add_argument("file", help="a trained .nnd network")
    p.add_argument("--input", required=True, metavar="X.npy|X.csv",
                   help="inputs in the dataset's own units (its preprocessing is applied)")
    p.add_argument("--output", required=True, metavar="Y.npy|Y.csv", help="where to write")
    p.add_argument("--mc-dropout", type=int, default=0, metavar="N",
                   help="keep dropout on and average N passes (adds std columns)")
    p.add_argument("--preprocessed", action="store_true",
                   help="the inputs are already scaled like the training data")


@_predict_args
def run_predict(args) -> int:
    from ..predict import predict, read_inputs, write_outputs

    network = load(args.file)
    x, done = read_inputs(network, args.input)
    result = predict(network, x, mc_samples=args.mc_dropout,
                     preprocessed=args.preprocessed or done)
    path = write_outputs(result, args.output)
    print(f"{len(result['outputs'])} prediction(s) written to {path}", file=sys.stderr)
    return 0


@command("datasets", "list the built-in datasets with their shapes and tasks")
def _datasets_args(p):
    p.add_argument("--json", action="store_true", help="print the list as JSON")


@_datasets_args
def run_datasets(args) -> int:
    from ..datasets import dataset_catalog

    rows = dataset_catalog()
    if args.json:
        print(json.dumps(rows))
        return 0
    print(f"{'name':<14} {'task':<15} {'shape':<9} {'classes':<8} description")
    for r in rows:
        shape = "x".join(map(str, r["shape"]))
        classes = str(r["classes"]) if r["classes"] else "-"
        note = f" [{r['unavailable']}]" if r["unavailable"] else ""
        print(f"{r['name']:<14} {r['task']:<15} {shape:<9} {classes:<8} {r['help']}{note}")
    return 0

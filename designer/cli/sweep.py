"""`sweep`: one Optuna worker over a network's settings (see designer/sweep)."""
from __future__ import annotations

import contextlib
import json
import signal
import sys
import threading

from ..errors import ParamError
from ..serialization import jsonable
from .registry import command


@command("sweep", "train a network many times with settings drawn from a search space "
         "(Optuna); workers running the same command share the study; the last line on "
         "stdout is a JSON summary")
def _sweep_args(p):
    p.add_argument("file", help="a .nnd or .json network with dataset and training blocks")
    p.add_argument("--trials", type=int, metavar="N",
                   help="trials this worker runs (the study gathers every worker's)")
    p.add_argument("--space", metavar="SPACE.json", help="the search space (default: one "
                   "derived from the network; --show-space prints it)")
    p.add_argument("--storage", metavar="PATH|URL", help="a journal file, or a database URL "
                   "such as postgresql+psycopg://user@host/db for workers on many machines "
                   "(default: NETWORK.sweep.journal beside the network)")
    p.add_argument("--study", metavar="NAME", help="the study's name (default: the network "
                   "file's name without its extension)")
    p.add_argument("--output", metavar="OUT.nnd", help="write the best trial's network with "
                   "every trial of the study as a run of its history")
    p.add_argument("--metric", help="what to optimize: val_loss (default with a validation "
                   "split), loss (default without), val_accuracy, accuracy, val_mae, val_r2, ...")
    p.add_argument("--direction", choices=("minimize", "maximize"),
                   help="default: minimize losses and mae, maximize accuracy and r2")
    p.add_argument("--pruner", choices=("median", "none"), default="median",
                   help="median (default): stop a trial whose metric is worse than the median "
                   "of earlier trials at the same epoch")
    p.add_argument("--startup-trials", type=int, default=5, metavar="N",
                   help="trials that finish before the pruner may stop one (default 5)")
    p.add_argument("--warmup-epochs", type=int, metavar="N",
                   help="epochs a trial runs before it may be stopped (default: a quarter)")
    p.add_argument("--epochs", type=int, help="epochs of every trial (default: the network's)")
    p.add_argument("--seed", type=int, help="the sampler's seed (give each worker its own)")
    p.add_argument("--device", default="auto", help="auto (default), cpu or cuda")
    p.add_argument("--trials-dir", metavar="DIR", help="where finished trials' networks go "
                   "(default: STUDY.trials beside the journal, or beside the network)")
    p.add_argument("--show-space", action="store_true",
                   help="print the search space as SPACE.json and exit")


@_sweep_args
def run_sweep_command(args) -> int:
    from ..serialization import load
    from ..sweep.worker import SweepOptions, load_space, run_sweep

    if args.show_space:
        print(json.dumps(load_space(args.space, load(args.file)).to_json(), indent=2))
        return 0
    if args.trials is None:
        raise ParamError("give the number of trials this worker runs: --trials N")
    options = SweepOptions(
        trials=args.trials, space=args.space, storage=args.storage, study=args.study,
        output=args.output, metric=args.metric, direction=args.direction, pruner=args.pruner,
        startup_trials=args.startup_trials, warmup_epochs=args.warmup_epochs, seed=args.seed,
        epochs=args.epochs, device=args.device, trials_dir=args.trials_dir)
    with _stop_on_signals() as stop:
        options.stop = stop
        try:
            summary = run_sweep(args.file, options)
        except KeyboardInterrupt:
            if stop.signal != signal.SIGTERM:
                raise  # "interrupted", 130
            print("stopped by SIGTERM", file=sys.stderr)
            return 128 + signal.SIGTERM
    print(json.dumps(jsonable(summary)))
    return 0


@contextlib.contextmanager
def _stop_on_signals():
    """A scheduler's SIGTERM (a job cancelled, a spot machine taken back) or Ctrl-C stops the
    worker at its running trial's next step, which is recorded as failed instead of staying
    RUNNING; a second Ctrl-C stops at once. A worker started with SIGINT ignored (in the
    background of a script) keeps ignoring it."""
    from ..sweep.objective import StopRequest

    stop = StopRequest()

    def on_term(signum, frame):
        stop.requested, stop.signal = True, signum

    def on_int(signum, frame):
        on_term(signum, frame)
        signal.signal(signal.SIGINT, signal.default_int_handler)

    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    handlers = {signal.SIGTERM: on_term}
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        handlers[signal.SIGINT] = on_int
    before = {s: signal.signal(s, h) for s, h in handlers.items()}
    try:
        yield stop
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)

"""The training loop of the exported PyTorch script, as designer/training/trainer.py and its
engines run it: the same shuffling generator (seed + 1), batches, penalties, clipping, optimizer
step, max-norm constraints, epoch metrics (train metrics from the outputs each batch gave while
it trained, validation in evaluation mode, L1/L2 terms added to both), reduce-on-plateau and
early stopping; and the command line that runs it."""
from __future__ import annotations

from torch import nn

from .. import modules as M
from ..training.settings import EARLY_STOPPING_PARAMS, PARAMS
from .pytorch_model_code import module_key
from .pytorch_rules_code import setting


def run_settings(plan) -> list[str]:
    s = plan.settings
    return [setting("EPOCHS", s.epochs, PARAMS["epochs"].help),
            setting("BATCH_SIZE", s.batch_size, PARAMS["batch_size"].help),
            setting("VALIDATION_SPLIT", s.validation_split, PARAMS["validation_split"].help),
            setting("TEST_SPLIT", s.test_split, PARAMS["test_split"].help)]


def regularization_settings(plan) -> list[str]:
    s, model = plan.settings, plan.model
    penalties, norms = {}, {}
    for layer_id, m in model.named_layers():
        if isinstance(m, M.WeightLayer):
            if m.l1 or m.l2:
                penalties[module_key(layer_id)] = (m.l1, m.l2)
            if m.max_norm is not None:
                norms[module_key(layer_id)] = m.max_norm
    lines = [setting("CLIP_NORM", s.clip_norm, PARAMS["clip_norm"].help),
             setting("CLIP_VALUE", s.clip_value, PARAMS["clip_value"].help),
             setting("L1_L2", penalties, "layer: (l1, l2), penalties on its weights that the "
                     "loss adds: l1 * sum|w| + l2 * sum w^2"),
             setting("MAX_NORM", norms, "layer: the largest norm each unit's incoming weights "
                     "may have (max-norm constraint)")]
    es = s.early_stopping
    if es is None:
        lines.append(setting("EARLY_STOPPING", False, "stop when the monitored loss stops "
                             "improving (off in this network)"))
        return lines
    lines.append(setting("EARLY_STOPPING", True, "stop when the monitored loss stops "
                         "improving"))
    lines += [setting(("" if p.name == "restore_best_weights" else "STOP_") + p.name.upper(),
                      es[p.name], p.help) for p in EARLY_STOPPING_PARAMS]
    return lines


def frozen_norms(plan) -> list[str]:
    return [module_key(i) for i, m in plan.model.named_layers()
            if isinstance(m, nn.modules.batchnorm._BatchNorm)
            and not any(p.requires_grad for p in m.parameters())]


def helpers_code(plan) -> str:
    """penalty(), apply_max_norm(), train_mode(), evaluate(), EarlyStopping."""
    frozen = frozen_norms(plan)
    freeze = f'''
    for key in {frozen!r}:  # frozen BatchNorm keeps its statistics, as Keras freezes it
        model.layers[key].eval()''' if frozen else ""
    logits = "x, logits=True" if plan.logits_layer else "x"
    early = EARLY_STOPPING_CLASS if plan.settings.early_stopping else ""
    return f'''

def penalty(model):
    """The L1/L2 terms of L1_L2 (Keras' kernel regularizers) on each layer's weights."""
    total = 0.0
    for key, (l1, l2) in L1_L2.items():
        w = model.layers[key].core.weight
        if l1:
            total = total + l1 * w.abs().sum()
        if l2:
            total = total + l2 * w.square().sum()
    return total


@torch.no_grad()
def apply_max_norm(model):
    """After each step: rows of a weight (a unit's incoming weights) longer than the limit are
    scaled back to it."""
    for key, limit in MAX_NORM.items():
        w = model.layers[key].core.weight
        w.copy_(torch.renorm(w, 2, 0, limit))


def train_mode(model):
    model.train(){freeze}


@torch.no_grad()
def outputs(model, x):
    """The outputs training reads (as (N, values)), in evaluation mode: no dropout, BatchNorm's
    running statistics."""
    model.eval()
    return model({logits}).reshape(len(x), -1)


@torch.no_grad()
def evaluate(model, x, y):
    """Metrics on (x, y) in evaluation mode; the L1/L2 terms count in the loss, as in Keras."""
    result = metrics(outputs(model, x), y)
    result["loss"] += float(penalty(model))
    return result
{early}'''


EARLY_STOPPING_CLASS = '''

class EarlyStopping:
    """Stops when the monitored loss (STOP_MONITOR, else the training loss) has not improved by
    STOP_MIN_DELTA for STOP_PATIENCE epochs; can go back to the best epoch's weights."""

    def __init__(self):
        self.best, self.epoch, self.wait, self.state = math.inf, 0, 0, None
        self.stopped = False

    def epoch_end(self, model, record):
        """Returns a note when it stops the run."""
        value = record.get(STOP_MONITOR)
        value = record["loss"] if value is None else value
        if value < self.best - STOP_MIN_DELTA:
            self.best, self.epoch, self.wait = value, record["epoch"], 0
            if RESTORE_BEST_WEIGHTS:
                self.state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            return None
        self.wait += 1
        if self.wait <= STOP_PATIENCE:
            return None
        self.stopped, restored = True, ""
        if self.state is not None:
            model.load_state_dict(self.state)
            restored = f"; restored the weights of epoch {self.epoch}"
        return (f"early stopping: no improvement for {STOP_PATIENCE + 1} epochs "
                f"(best {self.best:.4g} at epoch {self.epoch}){restored}")
'''


def train_code(plan) -> str:
    s = plan.settings
    logits = "xb, logits=True" if plan.logits_layer else "xb"
    plateau = s.schedule["name"] == "reduce_on_plateau"
    lr_args = "step, steps, epochs, plateau" if plateau else "step, steps, epochs"
    setup, end = [], []
    if plateau:
        setup.append("    plateau = Plateau()")
        end.append("        monitored = record.get(PLATEAU_MONITOR)\n"
                   "        notes.append(plateau.epoch_end(record[\"loss\"] if monitored is None "
                   "else monitored))")
    if s.early_stopping:
        setup.append("    stopper = EarlyStopping()")
        end.append("        notes.append(stopper.epoch_end(model, record))")
    if end:
        end = ["        notes = []"] + end + \
            ['        record["note"] = "; ".join(n for n in notes if n)']
    stop = "\n        if stopper.stopped:\n            break" if s.early_stopping else ""
    return f'''

def train(model, data, epochs=EPOCHS, seed=SEED):
    """Train `model` on data["train"] as the app does, print one line per epoch, and return
    the epoch records."""
    x, y = data["train"]
    n = len(x)
    batch = min(BATCH_SIZE, n)
    steps = len(range(0, n, batch))  # optimizer steps per epoch (the last batch may be smaller)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = make_optimizer(params)
    shuffle = torch.Generator().manual_seed(seed + 1)  # the order of the samples, each epoch
{"".join(line + chr(10) for line in setup)}    history, step = [], 0
    for epoch in range(1, epochs + 1):
        train_mode(model)
        order = torch.randperm(n, generator=shuffle)
        xs, ys = x[order], y[order]
        seen = []  # each batch's outputs as it was trained on: the epoch's training metrics
        for start in range(0, n, batch):
            xb, yb = xs[start:start + batch], ys[start:start + batch]
            z = model({logits}).reshape(len(xb), -1)
            loss = loss_per_sample(z, yb).mean()
            for p in params:
                p.grad = None
            (loss + penalty(model)).backward()
            for p in params:  # the app steps every weight, with a zero gradient if it has none
                if p.grad is None:
                    p.grad = torch.zeros_like(p)
            if CLIP_VALUE is not None:
                torch.nn.utils.clip_grad_value_(params, CLIP_VALUE)
            if CLIP_NORM is not None:
                torch.nn.utils.clip_grad_norm_(params, CLIP_NORM)
            lr = learning_rate({lr_args})
            for group in optimizer.param_groups:
                group["lr"] = lr
            optimizer.step()
            apply_max_norm(model)
            seen.append(z.detach())
            step += 1
            if not math.isfinite(loss.item()):
                print(f"the loss became {{loss.item()}} at epoch {{epoch}}: the weights "
                      "diverged; try a smaller learning rate, smaller L1/L2 penalties or "
                      "CLIP_NORM")
                return history
        with torch.no_grad():
            record = {{"epoch": epoch, **metrics(torch.cat(seen), ys)}}
            record["loss"] += float(penalty(model))
        if data["validation"] is not None:
            val = evaluate(model, *data["validation"])
            record.update({{f"val_{{k}}": v for k, v in val.items()}})
        record["lr"] = lr
{chr(10).join(end)}
        history.append(record)
        print(epoch_line(record, epochs)){stop}
    return history


def epoch_line(record, epochs):
    """'epoch 3/300  loss 0.69  accuracy 0.5 ...', and the epoch's note."""
    parts = [f"epoch {{record['epoch']:>{{len(str(epochs))}}}}/{{epochs}}"]
    for key, value in record.items():
        if key not in ("epoch", "note") and value is not None:
            parts.append(f"{{key}} {{value:.6g}}")
    return "  ".join(parts) + (f"  ({{record['note']}})" if record.get("note") else "")
'''

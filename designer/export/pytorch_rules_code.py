"""The rules of training in the exported PyTorch script, written for the network's own
settings only: the loss (designer/losses.py), the optimizer (torch.optim where its update is
the app's to the last operation, else the app's few-line update from designer/optimizers.py)
and the learning-rate schedule with its warm-up (designer/schedules.py)."""
from __future__ import annotations

import textwrap

from ..losses import LOSSES
from ..optimizers import OPTIMIZERS
from ..schedules import SCHEDULES


def setting(name: str, value, help: str) -> str:
    """`NAME = value  # help`, the help above it when the line would be too long (and a long
    list one item a line)."""
    line = f"{name} = {value!r}"
    help = help.strip()
    if len(line) > 100 and isinstance(value, (list, tuple)):
        items = "".join(f"    {v!r},\n" for v in value)
        line = f"{name} = {'[' if isinstance(value, list) else '('}\n{items}" \
               f"{']' if isinstance(value, list) else ')'}"
    if len(line) + len(help) + 4 <= 100:
        return f"{line}  # {help}"
    return "\n".join(textwrap.wrap(help, 98, initial_indent="# ", subsequent_indent="# ")
                     + [line])


def comment(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 98, initial_indent="# ", subsequent_indent="# "))


# -- the loss -----------------------------------------------------------------------------------
_LOSS_BODIES = {
    "mse": "return (z - y.reshape(z.shape)).square().mean(1)",
    "mae": "return (z - y.reshape(z.shape)).abs().mean(1)",
    "huber": 'return F.huber_loss(z, y.reshape(z.shape), reduction="none", '
             "delta=HUBER_DELTA).mean(1)",
}


def _loss_body(plan) -> tuple[str, str]:
    """(what the loss reads, the body of loss_per_sample(z, y))."""
    name = plan.loss["name"]
    if name in _LOSS_BODIES:
        return "the outputs", _LOSS_BODIES[name]
    if name == "gaussian_nll":
        return "the outputs", '''z, y = z, y.reshape(len(y), -1)
    if z.shape[1] == 2 * y.shape[1]:  # means, then log-variances the network learns
        mean, log_var = z[:, :y.shape[1]], z[:, y.shape[1]:]
        terms = 0.5 * (math.log(2 * math.pi) + log_var + (y - mean).square() * torch.exp(-log_var))
    else:  # variance 1
        terms = 0.5 * (math.log(2 * math.pi) + (y - z).square())
    return terms.sum(1)'''
    if name == "binary_crossentropy":
        if plan.from_logits:
            return "logits", ('return F.binary_cross_entropy_with_logits(z, y.reshape(z.shape), '
                              'reduction="none").mean(1)')
        return "probabilities", '''p = z.clamp(1e-7, 1 - 1e-7)  # clipped as Keras clips them
    y = y.reshape(z.shape)
    return (-(y * torch.log(p) + (1 - y) * torch.log1p(-p))).mean(1)'''
    if plan.from_logits:
        if plan.soft_labels:
            return "logits", 'return F.cross_entropy(z, y, reduction="none")'
        return "logits", 'return F.cross_entropy(z, y, reduction="none")  # log-softmax inside'
    pick = "-(y * log_p).sum(1)" if plan.soft_labels else \
        "-log_p.gather(1, y.reshape(-1, 1)).squeeze(1)"
    return "probabilities", f'''p = z / z.sum(1, keepdim=True)  # Keras: rescale to sum 1, clip, log
    log_p = torch.log(p.clamp(1e-7, 1 - 1e-7))
    return {pick}'''


def loss_settings(plan) -> list[str]:
    name = plan.loss["name"]
    chosen = "" if plan.settings.loss else " (the network names none: the app chose it for " \
        "the data and the output layer)"
    lines = [comment(f"The loss: {name}{chosen}. {LOSSES.get(name).help}")]
    for p in LOSSES.get(name).params:
        lines.append(setting(f"HUBER_{p.name.upper()}", plan.loss.get(p.name, p.default),
                             p.help))
    return lines


def loss_code(plan) -> str:
    reads, body = _loss_body(plan)
    if reads == "logits":
        note = (" It reads logits: the output's final activation is folded into the loss "
                "(log-softmax / log-sigmoid), which stays accurate where it saturates.")
    elif reads == "probabilities":
        note = " It reads the network's outputs as probabilities, clipped to [1e-7, 1 - 1e-7]."
    else:
        note = ""
    doc = textwrap.fill(f"{plan.loss['name']}, one value per sample (z: outputs as (N, "
                        f"values)).{note}", 92, subsequent_indent="    ")
    return f'''

def loss_per_sample(z, y):
    """{doc}"""
    {body}
{_metrics_code(plan)}'''


def _metrics_code(plan) -> str:
    if plan.task != "classification":
        return f'''

def metrics(z, y):
    """Loss, mean absolute error and R-squared of outputs z against targets y."""
    pred, target = z[:, :{plan.target_width}], y.reshape(len(y), -1)
    total = (target - target.mean(0)).square().sum().item()
    r2 = 1 - (pred - target).square().sum().item() / total if total > 0 else None
    return {{"loss": loss_per_sample(z, y).mean().item(),
            "mae": (pred - target).abs().mean().item(), "r2": r2}}
'''
    threshold = 0.0 if plan.from_logits else 0.5
    if plan.binary:
        guess = ("# one unit: class 1 above the middle\n"
                 f"    predicted, truth = z.reshape(-1) > {threshold}, y.reshape(-1) > 0.5")
    elif plan.loss["name"] == "categorical_crossentropy" and not plan.soft_labels:
        guess = "predicted, truth = z.argmax(1), y  # the class with the highest output"
    else:
        guess = "predicted, truth = z.argmax(1), y.argmax(1)  # the highest output / target"
    return f'''

def metrics(z, y):
    """Loss and accuracy of outputs z against targets y."""
    {guess}
    return {{"loss": loss_per_sample(z, y).mean().item(),
            "accuracy": (predicted == truth).sum().item() / len(z)}}
'''


# -- the optimizer ------------------------------------------------------------------------------
def optimizer_settings(config: dict) -> list[str]:
    spec = OPTIMIZERS.get(config["name"])
    lines = [comment(f"The optimizer: {spec.name}. {spec.help}")]
    lines += [setting(p.name.upper(), config[p.name], p.help) for p in spec.params]
    return lines


_TORCH_OPTIM = {  # the same update as designer/optimizers.py, operation for operation
    "sgd": ("torch.optim.SGD(params, lr=LEARNING_RATE)", "w -= lr * g"),
    "adam": ("torch.optim.Adam(params, lr=LEARNING_RATE, betas=(BETA_1, BETA_2), eps=EPSILON,"
             "\n                            fused=True)",
             "torch's fused Adam kernel is the one the app runs"),
    "adamw": ("torch.optim.AdamW(params, lr=LEARNING_RATE, betas=(BETA_1, BETA_2), eps=EPSILON,"
              "\n                             weight_decay=WEIGHT_DECAY, fused=True)",
              "torch's fused AdamW kernel is the one the app runs"),
    "adadelta": ("torch.optim.Adadelta(params, lr=LEARNING_RATE, rho=RHO, eps=EPSILON)",
                 "Zeiler's rule, computed as the app computes it"),
}

_STEP_HEAD = '''
    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            lr = group["lr"]
            for p in group["params"]:
                g, state = p.grad, self.state[p]'''

_OWN = {
    "momentum": ("KerasMomentum(params, LEARNING_RATE, MOMENTUM)", '''

class KerasMomentum(torch.optim.Optimizer):
    """Momentum as the app (and Keras) steps: v = momentum * v - lr * g; w += v. torch's SGD
    keeps v = momentum * v + g and steps -lr * v, which differs once the rate changes."""

    def __init__(self, params, lr, momentum, nesterov=False):
        super().__init__(params, {"lr": lr, "momentum": momentum, "nesterov": nesterov})
''' + _STEP_HEAD + '''
                if not state:
                    state["velocity"] = torch.zeros_like(p)
                v, m = state["velocity"], group["momentum"]
                v.mul_(m).add_(g, alpha=-lr)
                if group["nesterov"]:  # Keras' form: w += momentum * v - lr * g
                    p.add_(v, alpha=m).add_(g, alpha=-lr)
                else:
                    p.add_(v)
'''),
    "adagrad": ("KerasAdagrad(params, LEARNING_RATE, EPSILON, INITIAL_ACCUMULATOR_VALUE)", '''

class KerasAdagrad(torch.optim.Optimizer):
    """Adagrad as the app (and Keras) steps: G += g^2; w -= lr * g / sqrt(G + eps), with G
    starting at initial_accumulator_value (torch's adds eps outside the root, from G = 0)."""

    def __init__(self, params, lr, epsilon, initial_accumulator_value):
        super().__init__(params, {"lr": lr, "epsilon": epsilon,
                                  "initial": initial_accumulator_value})
''' + _STEP_HEAD + '''
                if not state:
                    state["sum"] = torch.full_like(p, group["initial"])
                state["sum"].addcmul_(g, g)
                p.addcdiv_(g, (state["sum"] + group["epsilon"]).sqrt_(), value=-lr)
'''),
    "rmsprop": ("KerasRMSprop(params, LEARNING_RATE, RHO, EPSILON)", '''

class KerasRMSprop(torch.optim.Optimizer):
    """RMSprop as the app (and Keras) steps: G = rho * G + (1 - rho) * g^2;
    w -= lr * g / sqrt(G + eps) (torch's adds eps outside the root)."""

    def __init__(self, params, lr, rho, epsilon):
        super().__init__(params, {"lr": lr, "rho": rho, "epsilon": epsilon})
''' + _STEP_HEAD + '''
                if not state:
                    state["square"] = torch.zeros_like(p)
                rho = group["rho"]
                state["square"].mul_(rho).addcmul_(g, g, value=1 - rho)
                p.addcdiv_(g, (state["square"] + group["epsilon"]).sqrt_(), value=-lr)
'''),
    "adamax": ("KerasAdamax(params, LEARNING_RATE, (BETA_1, BETA_2), EPSILON)", '''

class KerasAdamax(torch.optim.Optimizer):
    """Adamax as the app (and Keras) steps: m = lerp(m, g, 1 - beta_1);
    u = max(beta_2 * u, |g|); w -= lr / (1 - beta_1^t) * m / (u + eps) (torch's adds eps
    inside the max)."""

    def __init__(self, params, lr, betas, epsilon):
        super().__init__(params, {"lr": lr, "betas": betas, "epsilon": epsilon})
        self.t = 0

    @torch.no_grad()
    def step(self):
        self.t += 1
        for group in self.param_groups:
            lr, (b1, b2) = group["lr"], group["betas"]
            for p in group["params"]:
                g, state = p.grad, self.state[p]
                if not state:
                    state["m"], state["u"] = torch.zeros_like(p), torch.zeros_like(p)
                state["m"].lerp_(g, 1 - b1)
                torch.maximum(state["u"].mul_(b2), g.abs(), out=state["u"])
                step = -lr / (1 - b1 ** self.t)
                p.addcdiv_(state["m"], state["u"] + group["epsilon"], value=step)
'''),
    "nadam": ("KerasNadam(params, LEARNING_RATE, (BETA_1, BETA_2), EPSILON)", '''

class KerasNadam(torch.optim.Optimizer):
    """Nadam as the app (and Keras) steps: Dozat's Nesterov Adam with the momentum schedule
    mu_t = beta_1 * (1 - 0.5 * 0.96^(0.004 t)), its product kept in double precision."""

    def __init__(self, params, lr, betas, epsilon):
        super().__init__(params, {"lr": lr, "betas": betas, "epsilon": epsilon})
        self.t, self.mu_product = 0, 1.0

    @torch.no_grad()
    def step(self):
        self.t += 1
        t = self.t
        for group in self.param_groups:
            lr, (b1, b2) = group["lr"], group["betas"]
            mu = b1 * (1 - 0.5 * 0.96 ** (t * 0.004))
            mu_next = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * 0.004))
            self.mu_product *= mu
            for p in group["params"]:
                g, state = p.grad, self.state[p]
                if not state:
                    state["m"], state["v"] = torch.zeros_like(p), torch.zeros_like(p)
                m, v = state["m"], state["v"]
                m.lerp_(g, 1 - b1)
                v.mul_(b2).addcmul_(g, g, value=1 - b2)
                denom = (v / (1 - b2 ** t)).sqrt_().add_(group["epsilon"])
                p.addcdiv_(g, denom, value=-lr * (1 - mu) / (1 - self.mu_product))
                p.addcdiv_(m, denom, value=-lr * mu_next / (1 - self.mu_product * mu_next))
'''),
}
_OWN["nesterov"] = ("KerasMomentum(params, LEARNING_RATE, MOMENTUM, nesterov=True)",
                    _OWN["momentum"][1])

def optimizer_code(config: dict) -> str:
    name = config["name"]
    if name in _TORCH_OPTIM:
        make, why = _TORCH_OPTIM[name]
        classes = ""
    else:
        (make, classes), why = _OWN[name], "the app's update rule, written out above"
    return f'''{classes}

def make_optimizer(params):
    """{name} over `params` ({why})."""
    return {make}
'''


# -- the schedule -------------------------------------------------------------------------------
_PLATEAU = {"factor", "patience", "min_delta", "cooldown", "min_lr", "monitor"}


def schedule_name(option: str, schedule: str) -> str:
    """The constant of a schedule option (reduce_on_plateau's carry PLATEAU_, so they differ
    from early stopping's)."""
    prefix = "PLATEAU_" if schedule == "reduce_on_plateau" and option in _PLATEAU else ""
    return prefix + option.upper()


def schedule_settings(config: dict) -> list[str]:
    spec = SCHEDULES.get(config["name"])
    lines = [comment(f"The learning-rate schedule: {spec.name}. {spec.help}")]
    lines += [setting(schedule_name(p.name, spec.name), config[p.name], p.help)
              for p in spec.params]
    return lines


_CURVES = {  # lr0 times the factor of designer/schedules.py, at fractional epoch e
    "constant": "rate = LEARNING_RATE",
    "step": '''passed = sum(1 for m in MILESTONES if math.floor(e + 1e-9) >= round(m * epochs))
    rate = LEARNING_RATE * FACTOR ** passed''',
    "piecewise": '''stretch = sum(1 for b in BOUNDARIES if math.floor(e + 1e-9) >= b)
    rate = LEARNING_RATE * (VALUES[stretch] / LEARNING_RATE)''',
    "exponential": '''span = DECAY_EPOCHS or epochs
    rate = LEARNING_RATE * DECAY_RATE ** (math.floor(e / span) if STAIRCASE else e / span)''',
    "power": '''span = DECAY_EPOCHS or max(epochs / 10, 1e-9)
    rate = LEARNING_RATE * (1 / (1 + e / span) ** POWER)''',
    "one_cycle": '''p = e / epochs

    def cos_between(a, b, q):
        return b + (a - b) * (1 + math.cos(math.pi * min(max(q, 0.0), 1.0))) / 2

    if p < PEAK_AT:  # rising from LEARNING_RATE / DIV_FACTOR
        rate = LEARNING_RATE * cos_between(1 / DIV_FACTOR, 1.0, p / PEAK_AT)
    else:  # falling to LEARNING_RATE / FINAL_DIV_FACTOR
        rate = LEARNING_RATE * cos_between(1.0, 1 / FINAL_DIV_FACTOR,
                                           (p - PEAK_AT) / max(1 - PEAK_AT, 1e-9))''',
    "cosine": '''p = min(e / epochs, 1.0)
    rate = LEARNING_RATE * (MIN_FACTOR + (1 - MIN_FACTOR) * (1 + math.cos(math.pi * p)) / 2)''',
    "reduce_on_plateau": "rate = max(LEARNING_RATE * plateau.factor, PLATEAU_MIN_LR)",
}

_PLATEAU_CLASS = '''

class Plateau:
    """reduce_on_plateau: multiplies the rate by PLATEAU_FACTOR when the monitored loss has not
    improved by PLATEAU_MIN_DELTA for PLATEAU_PATIENCE epochs, then waits PLATEAU_COOLDOWN."""

    def __init__(self):
        self.factor, self.best, self.wait, self.cooldown = 1.0, math.inf, 0, 0

    def epoch_end(self, value):
        """Returns a note when it reduces the rate."""
        if value is None or not math.isfinite(value):
            return None
        if value < self.best - PLATEAU_MIN_DELTA:
            self.best, self.wait = value, 0
            return None
        if self.cooldown > 0:
            self.cooldown -= 1
            return None
        self.wait += 1
        before = max(LEARNING_RATE * self.factor, PLATEAU_MIN_LR)
        if self.wait <= PLATEAU_PATIENCE or before <= PLATEAU_MIN_LR:
            return None
        self.factor *= PLATEAU_FACTOR
        self.wait, self.cooldown = 0, PLATEAU_COOLDOWN
        after = max(LEARNING_RATE * self.factor, PLATEAU_MIN_LR)
        return (f"no improvement for {PLATEAU_PATIENCE + 1} epochs: learning rate "
                f"{before:.3g} -> {after:.3g}")
'''


def schedule_code(config: dict) -> str:
    name = config["name"]
    plateau = name == "reduce_on_plateau"
    args = "step, steps_per_epoch, epochs, plateau" if plateau else \
        "step, steps_per_epoch, epochs"
    return f'''{_PLATEAU_CLASS if plateau else ""}

def learning_rate({args}):
    """The rate of optimizer step `step` (counted from 0 over the whole run): {name}, after a
    linear warm-up over WARMUP_EPOCHS."""
    e = step / steps_per_epoch  # epochs done, fractional
    {_CURVES[name]}
    warmup_steps = WARMUP_EPOCHS * steps_per_epoch
    if step < warmup_steps:
        rate *= (step + 1) / (warmup_steps + 1)
    return rate
'''

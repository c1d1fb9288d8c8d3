"""What the exported PyTorch script needs to know about a network's experiment, found out the
way the trainer finds it out: the settings, the data, the loss and the form of its targets,
whether the run reads logits, and which engine the app's CPU run would use (that decides where
dropout draws its masks from)."""
from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
from torch import nn

from ..build import GraphModel
from ..errors import DesignerError


@dataclass
class Plan:
    model: GraphModel
    settings: object | None = None  # TrainingSettings; None: the script holds no training
    why_not: str = ""  # why there is no training in the script
    spec: dict | None = None  # the network's "dataset" block
    dataset: object | None = None  # the loaded Dataset, when it could be read at export
    base_dir: str | None = None  # where relative dataset paths start
    task: str = "classification"
    loss: dict | None = None  # canonical loss config
    binary: bool = False  # one output unit for two classes
    n_classes: int | None = None
    target_width: int = 1
    soft_labels: bool = False  # targets are rows of probabilities, not class numbers
    from_logits: bool = False
    logits_layer: str | None = None  # the output layer read before its softmax/sigmoid
    dense_engine: bool = False  # the app's CPU run takes the Dense-chain engine
    has_dropout: bool = False

    @property
    def trains(self) -> bool:
        return self.settings is not None


def plan_for(network, model: GraphModel) -> Plan:
    """The plan, or one without training that says why not (no dataset, several inputs, data
    that cannot be read here, a loss that does not fit the output)."""
    plan = Plan(model, spec=network.dataset)
    plan.has_dropout = any(isinstance(m, nn.Dropout) for m in model.modules())
    if not network.dataset:
        plan.why_not = "the network has no dataset"
        return plan
    if len(model.input_ids) != 1 or len(model.output_ids) != 1:
        plan.why_not = "training needs one Input and one output layer"
        return plan
    try:
        _fill(plan, network, model)
    except DesignerError as e:
        plan.settings, plan.why_not = None, str(e)
    except ImportError as e:  # scikit-learn missing: the app cannot make this data either
        plan.settings, plan.why_not = None, f"the data needs {e.name or e}"
    return plan


def _fill(plan: Plan, network, model: GraphModel) -> None:
    from ..training.data import check_fit, choose_loss
    from ..training.settings import TrainingSettings

    settings = TrainingSettings.from_dict(network.training)
    facts, plan.dataset = _data_facts(network)
    plan.base_dir = str(network.source.parent) if network.source else None
    out_width = int(np.prod(model.output_shapes[0]))
    loss = choose_loss(facts, settings.loss, out_width)
    out_id = model.output_ids[0]
    plan.binary = check_fit(facts, loss, out_width, out_id, model.output_shapes[0])
    plan.task, plan.loss, plan.n_classes = facts.task, loss, facts.n_classes
    plan.target_width = facts.target_width
    plan.soft_labels = facts.task == "classification" and facts.y_ndim == 2
    _read_head(plan, network, model)
    plan.settings = settings


def _data_facts(network):
    """(what check_fit reads of the data, the Dataset or None). A built-in set whose files are
    not on this machine (MNIST's IDX files) is described by its registry entry."""
    from ..datasets import DATASETS, DatasetError
    from ..training.data import load_network_dataset

    try:
        dataset = load_network_dataset(network)
    except DatasetError:
        spec = network.dataset
        if "name" not in spec or spec["name"] not in DATASETS:
            raise
        entry = DATASETS.get(spec["name"])
        if not entry.takes_path:  # a generated or bundled set: its error is the real one
            raise
        return SimpleNamespace(name=entry.name, task=entry.task, n_classes=entry.classes,
                               target_width=1, y_ndim=1), None
    facts = SimpleNamespace(name=dataset.name, task=dataset.task, n_classes=dataset.n_classes,
                            target_width=dataset.target_width, y_ndim=dataset.y.ndim)
    return facts, dataset


def _read_head(plan: Plan, network, model: GraphModel) -> None:
    """Logits or probabilities (as the trainer's output_head decides), and the engine."""
    from ..training.dense import dense_plan
    from ..training.forward import output_head
    from ..training.metrics import MetricSpec

    head = output_head(model, plan.loss["name"])
    plan.from_logits = head.from_logits
    plan.logits_layer = model.output_ids[0] if head.replace is not None else None
    metric = MetricSpec(plan.loss["name"], {k: v for k, v in plan.loss.items() if k != "name"},
                        head.from_logits, plan.task, plan.binary, plan.n_classes,
                        plan.target_width)
    ops, _ = dense_plan(model, network.graph, head, metric)
    plan.dense_engine = ops is not None

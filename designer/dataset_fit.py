"""Does the network fit its dataset? The Input against the samples, the output layer against the
classes or target values and the loss, before anything is trained.

Each mismatch is a Problem tied to its layer, with a sentence that names the dataset and the
layer, and (where the rules know one) a fix: a Macro of SetParam commands that makes the Input
or the output layer fit ("Make the network fit"). Built-in datasets are judged from their
catalogue entry (shape, classes, task), so nothing is loaded; a CSV or NPZ file is judged from
its loaded Dataset (cached by designer.datasets), or not at all when loading is not wanted.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from . import messages as M
from .analysis import Problem
from .commands import Macro, SetParam
from .datasets import DATASETS, DatasetError, dataset_label, load_dataset
from .errors import ParamError
from .layers import fmt
from .losses import LOSSES
from .training.data import check_fit, choose_loss
from .training.errors import TrainingError


@dataclass(frozen=True)
class FitProblem(Problem):
    fix: Macro | None = field(default=None, compare=False)  # makes the layer fit, if known


@dataclass(frozen=True)
class DataFacts:
    """What the fit depends on, whether the data is loaded or only catalogued."""
    name: str
    task: str  # "classification" or "regression"
    sample_shape: tuple[int, ...]
    n_classes: int | None
    target_width: int = 1

    @classmethod
    def of(cls, dataset) -> "DataFacts":
        return cls(dataset.name, dataset.task, tuple(dataset.sample_shape), dataset.n_classes,
                   dataset.target_width)


def catalogued_facts(spec) -> DataFacts | None:
    """Facts of a built-in dataset from its catalogue entry (nothing loaded), else None."""
    name = spec.get("name") if isinstance(spec, dict) else spec
    if not isinstance(name, str) or name not in DATASETS:
        return None
    entry = DATASETS.get(name)
    return DataFacts(entry.name, entry.task, tuple(entry.shape), entry.classes)


def dataset_problems(network, dataset=None, *, load: bool = True) -> list[Problem]:
    """Every way the network does not fit its dataset. `dataset`: the loaded Dataset, if the
    caller has it; a file's data is loaded (cached) only with `load`. A dataset that cannot be
    loaded is a problem of the network as a whole."""
    spec = network.dataset
    if not spec:
        return []
    facts = catalogued_facts(spec)
    if facts is None and dataset is not None:
        facts = DataFacts.of(dataset)
    if facts is None and load:
        base = network.source.parent if network.source else None
        try:
            facts = DataFacts.of(load_dataset(spec, base_dir=base))
        except (DatasetError, OSError) as e:
            return [Problem(None, M.DATASET_UNLOADABLE.format(dataset_label(spec), e))]
    if facts is None:
        return []
    return fit_problems(network, facts, _loss_of(network))


def fit_problem(network, dataset, loss: dict | None) -> tuple[str | None, Macro | None]:
    """(sentence, fix) for the first way the network does not fit the loaded `dataset`, as
    the training form shows it; fix is the Macro behind "Make the network fit" (or None).
    (None, None) when it fits."""
    problems = fit_problems(network, DataFacts.of(dataset), loss)
    if not problems:
        return None, None
    message = problems[0].message
    return message[:1].upper() + message[1:] + ".", problems[0].fix


def fit_problems(network, data: DataFacts, loss: dict | None) -> list[FitProblem]:
    """The Input's and the output layer's problems with `data` under `loss` (None: the
    automatic loss). Nothing when the graph has problems of its own or is not one Input to
    one output: the analysis explains those first."""
    graph, analysis = network.graph, network.graph.analysis
    inputs = [layer.id for layer in graph.layers if layer.type == "Input"]
    outputs = [layer.id for layer in graph.layers
               if not graph.outputs_of(layer.id) and layer.type != "Input"]
    if len(inputs) != 1 or len(outputs) != 1 or not analysis.valid:
        return []
    problems = [_input_problem(inputs[0], analysis.layers[inputs[0]].output_shape, data),
                _output_problem(graph, outputs[0], data, loss)]
    return [p for p in problems if p is not None]


def _input_problem(in_id: str, in_shape, data: DataFacts) -> FitProblem | None:
    have, need = math.prod(in_shape), math.prod(data.sample_shape)
    if have == need:  # the samples are reshaped to the Input's shape (64 -> [1, 8, 8])
        return None
    shape = list(data.sample_shape)
    if len(in_shape) == len(shape) + 1 and in_shape[0] == 1:
        shape = [1, *shape]  # images into a Conv2D keep their one channel
    return FitProblem(in_id, M.INPUT_MISFIT.format(in_id, have, data.name, need, shape),
                      Macro(M.FIT_INPUT, [SetParam(in_id, "shape", shape)]))


def _output_problem(graph, out_id: str, data: DataFacts, loss: dict | None):
    info = graph.analysis.layers[out_id]
    width = math.prod(info.output_shape)
    activation = (info.params or {}).get("activation")
    has = _describe(width, activation, info.output_shape)
    try:
        check_fit(data, choose_loss(data, loss, width), width, out_id, info.output_shape)
    except TrainingError as e:
        units_act = output_target(data, loss)
        if units_act is None:
            return FitProblem(out_id, str(e))
        return _with_fix(graph, out_id, (M.OUTPUT_MISFIT, M.OUTPUT_MISFIT_FIX),
                         (_what(data), out_id, has), units_act)
    if activation != "softmax":
        return None
    if data.task == "regression":  # probabilities that add up to 1 cannot follow a value
        return _with_fix(graph, out_id, (M.REGRESSION_SOFTMAX, M.REGRESSION_SOFTMAX_FIX),
                         (data.name, out_id), output_target(data, loss))
    if width == 1:  # a softmax over one unit is always 1
        return _with_fix(graph, out_id, (M.SOFTMAX_ONE, M.SOFTMAX_ONE_FIX),
                         (_what(data), out_id, has), output_target(data, loss))
    return None


def _with_fix(graph, out_id: str, templates: tuple[str, str], values: tuple,
              units_act) -> FitProblem:
    """The sentence (templates: without and with the fix's advice, filled with `values`), and
    the fix that makes the Dense output layer give `units_act`."""
    plain, with_advice = templates
    if units_act is None or graph.layer(out_id).type != "Dense":
        return FitProblem(out_id, plain.format(*values))
    units, activation = units_act
    fix = Macro(M.FIT_OUTPUT, [SetParam(out_id, "units", units),
                               SetParam(out_id, "activation", activation)])
    same = graph.analysis.layers[out_id].params.get("activation") == activation
    if same:
        use = (M.USE_UNIT if units == 1 else M.USE_UNITS).format(units)
    else:
        use = (M.USE_UNIT_WITH if units == 1 else M.USE_UNITS_WITH).format(units, activation)
    return FitProblem(out_id, with_advice.format(*values, use), fix)


def output_target(data: DataFacts, loss: dict | None) -> tuple[int, str] | None:
    """The output layer's units and activation for the data under the loss, or None when the
    loss itself does not suit the data (then the loss has to change, not the layer)."""
    name = (loss or {}).get("name")
    if name and LOSSES.get(name).task != data.task:
        return None
    if data.task != "classification":
        return data.target_width, "linear"
    n = data.n_classes
    if name == "categorical_crossentropy":
        return n, "softmax"
    if n == 2:
        return 1, "sigmoid"
    return n, "sigmoid" if name == "binary_crossentropy" else "softmax"  # one output a class


def _what(data: DataFacts) -> str:
    if data.task == "classification":
        return M.HAS_CLASSES.format(data.name, data.n_classes)
    values = M.HAS_TARGET_VALUE if data.target_width == 1 else M.HAS_TARGET_VALUES
    return values.format(data.name, data.target_width)


def _describe(width: int, activation: str | None, shape) -> str:
    if activation is None:
        return M.GIVES_SHAPE.format(fmt(tuple(shape)))
    return (M.HAS_UNIT_WITH if width == 1 else M.HAS_UNITS_WITH).format(width, activation)


def _loss_of(network) -> dict | None:
    from .training.settings import TrainingSettings

    try:
        return TrainingSettings.from_dict(network.training).loss
    except ParamError:
        return None  # the trainer explains settings it cannot read

"""Tooltips that teach: the registries' help and formulas, plus notes drawn from the learners'
study notes (perceptrons, XOR, vanishing gradients, initializers, dropout, L1/L2, BatchNorm).

Every sentence goes through Qt's translate, so a Korean translation can replace them."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from designer.activations import ACTIVATIONS
from designer.initializers import INITIALIZERS
from designer.layers import LAYERS
from designer.params import Param

from . import catalog
from .i18n import tr

ACTIVATION_NOTES = {
    "linear": QT_TRANSLATE_NOOP(
        "",
        "Stacking linear layers gives just another linear map: without a non-linear activation, "
        "ten layers are no better than one."),
    "sigmoid": QT_TRANSLATE_NOOP(
        "",
        "Vanishing gradients: where |x| is large the slope is almost 0, and backpropagation "
        "multiplies these slopes layer by layer (the chain rule), so layers far from the output "
        "barely learn. Good for a yes/no output; prefer ReLU in hidden layers."),
    "tanh": QT_TRANSLATE_NOOP(
        "",
        "Like sigmoid but centred on 0, which helps the next layer; it still saturates."),
    "relu": QT_TRANSLATE_NOOP(
        "",
        "The usual choice for hidden layers, and the remedy for vanishing gradients. Pair it with "
        "He initialization. A neuron whose inputs are always negative 'dies'."),
    "leaky_relu": QT_TRANSLATE_NOOP(
        "",
        "The small slope alpha for negative inputs keeps neurons from dying."),
    "prelu": QT_TRANSLATE_NOOP(
        "",
        "Learns its negative slope; strong on large image sets, but may overfit small ones."),
    "elu": QT_TRANSLATE_NOOP(
        "",
        "Negative outputs pull the mean activation toward 0 and no neuron dies; the exponential "
        "makes it a little slower than ReLU."),
    "selu": QT_TRANSLATE_NOOP(
        "",
        "During training each layer's outputs tend to keep mean 0 and standard deviation 1, which "
        "prevents vanishing and exploding gradients (use lecun_normal)."),
    "softmax": QT_TRANSLATE_NOOP(
        "",
        "The output of a multi-class classifier: one probability per class, trained with "
        "cross-entropy."),
    "gelu": QT_TRANSLATE_NOOP(
        "",
        "A smooth ReLU-like curve."),
    "silu": QT_TRANSLATE_NOOP(
        "",
        "A smooth ReLU-like curve."),
    "mish": QT_TRANSLATE_NOOP(
        "",
        "A smooth ReLU-like curve."),
}

INITIALIZER_NOTES = {
    "zeros": QT_TRANSLATE_NOOP(
        "",
        "Constant initialization: every weight starts equal, so every unit computes the same "
        "output and learns the same thing."),
    "ones": QT_TRANSLATE_NOOP(
        "",
        "Constant initialization: every weight starts equal, so every unit computes the same "
        "output and learns the same thing."),
    "constant": QT_TRANSLATE_NOOP(
        "",
        "Constant initialization: every weight starts equal, so every unit computes the same "
        "output and learns the same thing."),
    "orthogonal": QT_TRANSLATE_NOOP(
        "",
        "Linear-algebra based: the weight matrix starts orthogonal."),
    "identity": QT_TRANSLATE_NOOP(
        "",
        "Linear-algebra based: the weight matrix starts as the identity."),
    "random_uniform": QT_TRANSLATE_NOOP(
        "",
        "Drawn from a fixed distribution, whatever the layer's size: in deep networks signals grow"
        " or fade, and training can stall."),
    "random_normal": QT_TRANSLATE_NOOP(
        "",
        "Drawn from a fixed distribution, whatever the layer's size: in deep networks signals grow"
        " or fade, and training can stall."),
    "truncated_normal": QT_TRANSLATE_NOOP(
        "",
        "Drawn from a fixed distribution, whatever the layer's size."),
    "glorot_uniform": QT_TRANSLATE_NOOP(
        "",
        "Variance scaling by fan-in and fan-out (Xavier Glorot, 2010). Pairs with sigmoid and "
        "tanh."),
    "glorot_normal": QT_TRANSLATE_NOOP(
        "",
        "Variance scaling by fan-in and fan-out (Xavier Glorot, 2010). Pairs with sigmoid and "
        "tanh."),
    "he_uniform": QT_TRANSLATE_NOOP(
        "",
        "He + ReLU is the most widely used pair today."),
    "he_normal": QT_TRANSLATE_NOOP(
        "",
        "He + ReLU is the most widely used pair today."),
    "lecun_uniform": QT_TRANSLATE_NOOP(
        "",
        "Yann LeCun's idea (LeNet): the larger the fan-in, the smaller the spread."),
    "lecun_normal": QT_TRANSLATE_NOOP(
        "",
        "Yann LeCun's idea (LeNet): the larger the fan-in, the smaller the spread. The partner of "
        "SELU."),
}

PARAM_NOTES = {
    "units": (QT_TRANSLATE_NOOP(
        "",
        "The number of neurons. Giving every hidden layer the same size often works as well as "
        "anything; a larger first hidden layer can help."),
             ""),
    "dropout": (QT_TRANSLATE_NOOP(
        "",
        "While training, a random fraction of this layer's outputs is dropped at every step. No "
        "neuron can lean on its neighbours, so each must be useful by itself: a remedy for "
        "overfitting. Common rates are 0.1 to 0.5."),
             "y = x * m / (1 - rate), m ~ Bernoulli(1 - rate)"),
    "rate": (QT_TRANSLATE_NOOP(
        "",
        "While training, this fraction of values is dropped at every step. No neuron can lean on "
        "its neighbours, so each must be useful by itself: a remedy for overfitting. Common rates "
        "are 0.1 to 0.5."),
             "y = x * m / (1 - rate), m ~ Bernoulli(1 - rate)"),
    "l1": (QT_TRANSLATE_NOOP(
        "",
        "L1 (Lasso) regularization adds the sum of the absolute weights to the loss: many small "
        "weights become exactly 0 and only a few important ones remain."),
             "loss + l1 * sum |w|"),
    "l2": (QT_TRANSLATE_NOOP(
        "",
        "L2 (Ridge) regularization adds the sum of the squared weights to the loss: fewer weights "
        "reach 0 than with L1, but large weights are held back."),
             "loss + l2 * sum w^2"),
    "max_norm": (QT_TRANSLATE_NOOP(
        "",
        "Max-norm regularization: after each step, a unit's incoming weights are scaled down if "
        "their length exceeds this limit."),
             "||w|| <= max_norm"),
    "init": (QT_TRANSLATE_NOOP(
        "",
        "Where training starts. Variance-scaling initializers (LeCun, Xavier, He) set the spread "
        "from the fan-in (inputs per unit) and fan-out (outputs per unit)."),
             ""),
    "activation": (QT_TRANSLATE_NOOP(
        "",
        "The non-linearity that lets stacked layers learn what one layer cannot, like XOR."),
             ""),
    "epsilon": (QT_TRANSLATE_NOOP(
        "",
        "Keeps the division by the standard deviation away from zero."),
             ""),
    "momentum": (QT_TRANSLATE_NOOP(
        "",
        "How much of the old moving averages is kept at each batch."),
             ""),
    "trainable": (QT_TRANSLATE_NOOP(
        "",
        "A frozen layer keeps its weights, as when reusing a pretrained layer."),
             ""),
}

LAYER_NOTES = {
    "Dense": QT_TRANSLATE_NOOP(
        "",
        "A layer of perceptrons: each unit takes a weighted sum of all inputs plus a bias, then "
        "the activation. One Dense layer is a linear classifier (AND, OR); XOR needs a hidden "
        "layer."),
    "BatchNorm": QT_TRANSLATE_NOOP(
        "",
        "Normalizes the inputs of hidden layers, not only the data, so the network depends less on"
        " the initial weights."),
    "Dropout": QT_TRANSLATE_NOOP(
        "",
        "A remedy for overfitting: the model cannot rely on a few neurons."),
    "Input": QT_TRANSLATE_NOOP(
        "",
        "One sample's shape, without the batch: [2] for XOR, [28, 28] for a Fashion-MNIST image."),
}


def _html(title: str, body: str, formula: str = "", note: str = "") -> str:
    parts = [f"<b>{escape(title)}</b>", escape(body)]
    if formula:
        parts.append(f"<code>{escape(formula)}</code>")
    if note:
        parts.append(f"<i>{escape(note)}</i>")
    return "<qt>" + "<br>".join(p for p in parts if p) + "</qt>"


def activation_tooltip(name: str) -> str:
    spec = ACTIVATIONS.get(name)
    return _html(spec.name, catalog.designer(spec.help), spec.formula,
                 tr(ACTIVATION_NOTES.get(spec.name, "")))


def initializer_tooltip(name: str) -> str:
    spec = INITIALIZERS.get(name)
    return _html(spec.name, catalog.designer(spec.help), spec.formula,
                 tr(INITIALIZER_NOTES.get(spec.name, "")))


def param_tooltip(param: Param) -> str:
    note, formula = PARAM_NOTES.get(param.name, ("", ""))
    body = catalog.designer(param.help)
    if param.range_text():
        body += " " + tr("Allowed: {0}.").format(catalog.message(param.range_text()))
    return _html(param.name, body, formula, tr(note) if note else "")


def layer_tooltip(type_name: str) -> str:
    spec = LAYERS.get(type_name)
    return _html(spec.name, catalog.designer(spec.description), "",
                 tr(LAYER_NOTES.get(spec.name, "")))

"""Lesson 9, backpropagation by hand: the app's engine reproduces the study notes' worked example
(seeds/004, "인공신경망 (Forward Propagation)") number by number.

The notes print the forward pass and the errors (below, as printed). They print no gradients,
no updated weights and no learning rate for this example; those are checked against a chain-rule
computation done here with plain floats, and W' against W - lr * grad. Every value the notes
print agrees with the math to their eight decimals (none is a typo).
"""
import math

import pytest

from designer.backprop import (
    LEARNING_RATE,
    WEIGHTS,
    build_network,
    format_step,
    num,
    one_step,
)

# every number the notes print for this example, as printed
NOTES = {"z1": "0.08", "z2": "0.11", "z3": "0.44498412", "z4": "0.68047592",
         "h1": "0.51998934", "h2": "0.52747230", "o1": "0.60944600", "o2": "0.66384491",
         "E_o1": "0.02193381", "E_o2": "0.00203809", "E_total": "0.02397190"}


@pytest.fixture(scope="module")
def step():
    return one_step()


@pytest.mark.parametrize("name", list(NOTES))
def test_every_number_the_notes_print_is_reproduced(step, name):
    assert abs(step[name] - float(NOTES[name])) <= 5e-9  # within the notes' last decimal
    assert num(step[name]) == NOTES[name]


def _sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def _by_hand(w, x=(0.1, 0.2), t=(0.4, 0.6)):
    """The whole step with plain floats, written out as the chain rule reads."""
    h1 = _sigmoid(w["W1"] * x[0] + w["W2"] * x[1])
    h2 = _sigmoid(w["W3"] * x[0] + w["W4"] * x[1])
    o1 = _sigmoid(w["W5"] * h1 + w["W6"] * h2)
    o2 = _sigmoid(w["W7"] * h1 + w["W8"] * h2)
    d1 = (o1 - t[0]) * o1 * (1 - o1)  # dE/do1 * do1/dz3
    d2 = (o2 - t[1]) * o2 * (1 - o2)
    e_h1 = d1 * w["W5"] + d2 * w["W7"]  # h1 reaches E through o1 and o2
    e_h2 = d1 * w["W6"] + d2 * w["W8"]
    g1, g2 = e_h1 * h1 * (1 - h1), e_h2 * h2 * (1 - h2)
    grads = {"W1": g1 * x[0], "W2": g1 * x[1], "W3": g2 * x[0], "W4": g2 * x[1],
             "W5": d1 * h1, "W6": d1 * h2, "W7": d2 * h1, "W8": d2 * h2}
    errors = {"E_o1": 0.5 * (t[0] - o1) ** 2, "E_o2": 0.5 * (t[1] - o2) ** 2}
    return grads, {"h1": h1, "h2": h2, "o1": o1, "o2": o2, **errors}


OTHER_WEIGHTS = {"W1": -0.7, "W2": 1.2, "W3": 0.05, "W4": -0.3,
                 "W5": 0.9, "W6": -1.1, "W7": 0.25, "W8": 1.6}


@pytest.mark.parametrize("weights", [WEIGHTS, OTHER_WEIGHTS], ids=["notes", "other"])
def test_autograd_gradients_equal_the_chain_rule_by_hand(weights):
    result = one_step(weights)
    grads, values = _by_hand(weights)
    for name, grad in grads.items():
        assert result[f"dE/d{name}"] == pytest.approx(grad, rel=1e-12, abs=1e-15), name
    for name, value in values.items():
        assert result[name] == pytest.approx(value, rel=1e-12), name
    assert result["E_total"] == pytest.approx(values["E_o1"] + values["E_o2"], rel=1e-12)


def test_the_shown_chain_factors_multiply_to_each_gradient(step):
    h1, h2, o1, o2 = step["h1"], step["h2"], step["o1"], step["o2"]
    assert step.chains["W5"] == pytest.approx((o1 - 0.4, o1 * (1 - o1), h1))
    assert step.chains["W8"] == pytest.approx((o2 - 0.6, o2 * (1 - o2), h2))
    assert step.chains["W1"][1:] == pytest.approx((h1 * (1 - h1), 0.1))
    assert step.chains["W4"][1:] == pytest.approx((h2 * (1 - h2), 0.2))
    for name in WEIGHTS:
        a, b, c = step.chains[name]
        assert a * b * c == pytest.approx(step[f"dE/d{name}"], rel=1e-12), name


@pytest.mark.parametrize("lr", [LEARNING_RATE, 0.1])
def test_updated_weights_are_w_minus_lr_times_grad(lr):
    result = one_step(learning_rate=lr)
    grads, _ = _by_hand(WEIGHTS)
    for name, w in WEIGHTS.items():
        assert result[f"{name}'"] == pytest.approx(w - lr * grads[name], rel=1e-12), name
        assert result[f"{name}'"] == pytest.approx(w - lr * result[f"dE/d{name}"], rel=1e-12)


def test_the_numbers_come_from_an_app_network():
    import torch

    graph, model = build_network()
    assert [(layer.type, layer.params.get("units"), layer.params.get("activation"),
             layer.params.get("use_bias")) for layer in graph.layers] == [
        ("Input", None, None, None), ("Dense", 2, "sigmoid", False),
        ("Dense", 2, "sigmoid", False)]
    state = model.layer_state()
    assert sorted(state) == ["hidden.core.weight", "output.core.weight"]
    assert state["hidden.core.weight"].tolist() == [[0.3, 0.25], [0.4, 0.35]]
    assert state["output.core.weight"].tolist() == [[0.45, 0.4], [0.7, 0.6]]
    out = model(torch.tensor([[0.1, 0.2]], dtype=torch.float64))
    assert [round(v, 8) for v in out[0].tolist()] == [0.609446, 0.66384491]


def test_the_lesson_lines_show_each_number(step):
    lines = format_step(step)
    new_w5 = num(step["W5'"])
    for expected in (
            "z1 = W1·x1 + W2·x2 = 0.3×0.1 + 0.25×0.2 = 0.08",
            "z3 = W5·h1 + W6·h2 = 0.45×0.51998934 + 0.4×0.52747230 = 0.44498412",
            "o2 = sigmoid(z4) = 1 / (1 + e^-0.68047592) = 0.66384491",
            "E_o2 = ½(target_o2 − o2)² = ½(0.6 − 0.66384491)² = 0.00203809",
            "E_total = E_o1 + E_o2 = 0.02193381 + 0.00203809 = 0.02397190",
            f"W5' = 0.45 − 0.5×{num(step['dE/dW5'])} = {new_w5}"):
        assert expected in lines
    gradient_lines = [line for line in lines if line.startswith("∂E/∂W")]
    assert len(gradient_lines) == 8
    w1 = next(line for line in gradient_lines if line.startswith("∂E/∂W1 "))
    assert w1.startswith("∂E/∂W1 = ∂E/∂h1 · ∂h1/∂z1 · ∂z1/∂W1 = ")
    assert f"= {num(step['dE/dW1'])}" in w1

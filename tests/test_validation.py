"""Validation returns every problem at once, each tied to a layer, in words a learner reads."""
from designer.graph import Layer, NetworkGraph
from tests.helpers import chain


def problems(graph):
    return [(p.layer_id, p.message) for p in graph.analysis.problems]


def test_valid_network_has_no_problems():
    graph = chain(("Input", {"shape": [2]}), ("Dense", {"units": 4, "activation": "tanh"}),
                  ("Dense", {"units": 1, "activation": "sigmoid"}))
    assert graph.analysis.valid and graph.analysis.total == 12 + 5


def test_every_problem_at_once():
    graph = NetworkGraph()
    for layer in (Layer.create("Input", "in", shape=[1, 28, 28]),
                  Layer.create("Dense", "flatless", units=10),
                  Layer.create("Dense", "negative", units=-3),
                  Layer.create("Dense", "dropped", dropout=1.0),
                  Layer.create("Conv2D", "typo", activation="rellu", init="xavier"),
                  Layer.create("Dense", "orphan"),
                  *(Layer.create("Dense", i) for i in "abc")):
        graph.add_layer(layer)
    for s, d in (("in", "flatless"), ("in", "negative"), ("in", "dropped"), ("in", "typo"),
                 ("a", "b"), ("b", "c")):
        graph.connect(s, d)
    graph.connect("c", "a", check=False)  # a cycle, as a hand-written file may have
    found = problems(graph)
    by_layer = {}
    for layer_id, message in found:
        by_layer.setdefault(layer_id, []).append(message)
    assert "add a Flatten layer before it" in by_layer["flatless"][0]
    assert "(1, 28, 28)" in by_layer["flatless"][0]
    assert by_layer["negative"] == ["units must be at least 1, got -3"]
    assert by_layer["dropped"] == ["dropout must be at least 0 and less than 1, got 1"]
    assert any("unknown activation 'rellu'" in m for m in by_layer["typo"])
    assert any("unknown initializer 'xavier'" in m for m in by_layer["typo"])
    assert by_layer["orphan"] == ["has no input; connect a layer to it"]
    for layer_id in "abc":
        assert "'a' -> 'b' -> 'c' -> 'a'" in by_layer[layer_id][0]
    assert len(found) == 9


def test_merge_shape_problems():
    graph = NetworkGraph()
    graph.add_layer(Layer.create("Input", "in", shape=[4]))
    graph.add_layer(Layer.create("Dense", "wide", units=8))
    graph.add_layer(Layer.create("Add", "add"))
    graph.add_layer(Layer.create("Input", "img", shape=[3, 8, 8]))
    graph.add_layer(Layer.create("Concatenate", "cat"))
    for s, d in (("in", "wide"), ("in", "add"), ("wide", "add"), ("img", "cat"), ("in", "cat")):
        graph.connect(s, d)
    found = dict(problems(graph))
    assert found["add"] == ("Add needs inputs of one shape, but gets (4,), (8,); make the "
                            "branches produce the same shape")
    assert "same number of axes" in found["cat"]


def test_input_counts():
    graph = chain(("Input", {"shape": [2]}), ("Add", {}))
    assert problems(graph) == [("l1", "Add needs at least 2 inputs but has 1")]
    graph = NetworkGraph()
    for i in ("x", "y"):
        graph.add_layer(Layer.create("Input", i, shape=[2]))
    graph.add_layer(Layer.create("Dense", "d"))
    graph.connect("x", "d")
    graph.connect("y", "d", check=False)
    assert "takes one input but has 2 (from 'x', 'y')" in problems(graph)[0][1]


def test_downstream_of_a_broken_layer_is_not_blamed():
    graph = chain(("Input", {"shape": [2]}), ("Dense", {"units": 0}), ("Dense", {"units": 3}))
    assert problems(graph) == [("l1", "units must be at least 1, got 0")]
    assert graph.analysis.layers["l2"].output_shape is None


def test_network_level_problems():
    assert problems(NetworkGraph())[0][0] is None
    graph = NetworkGraph()
    graph.add_layer(Layer.create("Dense", "d"))
    assert (None, "the network has no Input layer; every network starts with one") in \
        problems(graph)


def test_unknown_setting_is_named_with_a_suggestion():
    graph = chain(("Input", {"shape": [2]}), ("Dense", {"unit": 3}))
    assert problems(graph) == [("l1", "Dense has no setting 'unit' (did you mean 'units'?)")]


def test_reshape_and_window_messages():
    graph = chain(("Input", {"shape": [10]}), ("Reshape", {"target_shape": [3, -1]}))
    assert "not a multiple of 3" in problems(graph)[0][1]
    graph = chain(("Input", {"shape": [1, 3, 3]}), ("Conv2D", {"kernel_size": 5}))
    assert "window 5x5 is larger than its 3x3 input" in problems(graph)[0][1]
    graph = chain(("Input", {"shape": [784]}), ("Conv2D", {}))
    assert "image shaped (channels, height, width)" in problems(graph)[0][1]


def test_analysis_follows_edits():
    graph = chain(("Input", {"shape": [2]}), ("Dense", {"units": 3}))
    assert graph.analysis.layers["l1"].output_shape == (3,)
    graph.set_param("l1", "units", 5)
    assert graph.analysis.layers["l1"].output_shape == (5,)
    assert graph.analysis.total == 15

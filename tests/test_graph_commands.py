"""Graph edits refuse illegal connections with a reason; every command reverts exactly; the
graph announces real changes only."""
import pytest

from designer import commands as C
from designer.errors import GraphError
from designer.graph import Layer
from designer.network import Network
from designer.serialization import dumps
from tests.helpers import chain


def snapshot(graph):
    return dumps(Network(graph))


def xor():
    return chain(("Input", {"shape": [2]}), ("Dense", {"units": 4}), ("Dense", {"units": 1}))


def test_connection_refusals_say_why():
    g = xor()
    assert "cycle" in g.connection_problem("l2", "l0") or "Input" in g.connection_problem("l2",
                                                                                          "l0")
    assert "Input layer" in g.connection_problem("l1", "l0")
    assert "already feeds" in g.connection_problem("l0", "l1")
    assert "cannot feed itself" in g.connection_problem("l1", "l1")
    g.add_layer(Layer.create("Dense", "extra"))
    assert "would make a cycle" in g.connection_problem("l2", "l1")
    assert "takes one input and already has one from 'l0'" in g.connection_problem("extra", "l1")
    assert g.connection_problem("l2", "extra") is None
    with pytest.raises(GraphError, match="would make a cycle"):
        g.connect("l2", "l1")


def test_ids_are_checked():
    g = xor()
    with pytest.raises(GraphError, match="already exists"):
        g.add_layer(Layer.create("Dense", "l1"))
    with pytest.raises(GraphError, match="not a usable layer id"):
        g.add_layer(Layer.create("Dense", "has.dot"))
    assert g.unique_id("l1") == "l1_1" and g.unique_id("dense") == "dense"


EDITS = [
    lambda g: C.AddLayer(Layer.create("Dropout", "drop", position=(1, 2))),
    lambda g: C.RemoveLayers(["l1"]),
    lambda g: C.RemoveLayers(["l0", "l2"]),
    lambda g: C.Disconnect("l0", "l1"),
    lambda g: C.SetParam("l1", "units", 9),
    lambda g: C.SetParam("l1", "brand_new", 1),
    lambda g: C.Move({"l0": (5.0, 6.0), "l1": (7.0, 8.0)}),
    lambda g: C.Rename("l1", "hidden"),
    lambda g: C.insert_between(g, Layer.create("Dropout", "d"), "l0", "l1"),
    lambda g: C.append_after(g, Layer.create("Dense", "d"), "l2"),
    lambda g: C.paste(g, [g.layer("l1"), g.layer("l2")], g.connections)[0],
]


@pytest.mark.parametrize("make", EDITS)
def test_apply_revert_apply(make):
    g = xor()
    before = snapshot(g)
    command = make(g)
    command.apply(g)
    after = snapshot(g)
    assert after != before
    command.revert(g)
    assert snapshot(g) == before
    command.apply(g)
    assert snapshot(g) == after


def test_insert_keeps_input_order_of_a_merge():
    g = chain(("Input", {"shape": [2]}), ("Dense", {"units": 2}))
    g.add_layer(Layer.create("Add", "add"))
    g.connect("l0", "add")
    g.connect("l1", "add")
    C.insert_between(g, Layer.create("Dropout", "d"), "l0", "add").apply(g)
    assert g.inputs_of("add") == ["d", "l1"]


def test_paste_keeps_inner_connections_only():
    g = xor()
    command, mapping = C.paste(g, [g.layer("l1"), g.layer("l2")], g.connections)
    command.apply(g)
    assert mapping == {"l1": "l1_1", "l2": "l2_1"}
    assert ("l1_1", "l2_1") in g.connections and g.inputs_of("l1_1") == []


def test_failing_macro_rolls_back():
    g = xor()
    before = snapshot(g)
    bad = C.Macro("bad", [C.AddLayer(Layer.create("Dense", "x")), C.Connect("x", "l0")])
    with pytest.raises(GraphError):
        bad.apply(g)
    assert snapshot(g) == before


def test_set_param_merges_and_events_are_real_changes_only():
    g = xor()
    events = []
    g.subscribe(events.append)
    first = C.SetParam("l1", "units", 5)
    first.apply(g)
    second = C.SetParam("l1", "units", 6)
    second.apply(g)
    assert first.merge(second) and not first.merge(C.SetParam("l2", "units", 1))
    first.revert(g)
    assert g.layer("l1").params["units"] == 4
    g.set_param("l1", "units", 4)  # unchanged: no event
    g.set_position("l1", None)
    assert [e.kind for e in events] == ["param_changed"] * 3
    assert events[0].ids == ("l1",) and events[0].detail == "units"

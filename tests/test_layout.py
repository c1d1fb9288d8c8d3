"""Auto-layout places every layer of any graph, imports with outputs at several depths too."""
from helpers import chain

from designer.graph import Layer
from designer.layout import RANK_GAP, auto_layout


def test_an_output_above_the_deepest_rank_is_placed():
    graph = chain(("Input", {"shape": [4]}), ("Dense", {"units": 3}), ("Dense", {"units": 2}),
                  ("Dense", {"units": 1}))
    for k in range(2):  # side outputs that end early: no neighbours below them
        graph.add_layer(Layer.create("Dense", f"side{k}", units=2))
        graph.connect("l0", f"side{k}")
    positions = auto_layout(graph)
    assert set(positions) == set(graph.ids)
    assert positions["side0"][1] == positions["side1"][1] == RANK_GAP
    assert positions["side0"] != positions["side1"]

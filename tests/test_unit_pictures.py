"""Each hidden unit's output over the input plane (networks with two inputs), the pictures the
canvas shows beside a hidden layer: computed from the model as it trains, small, and kept out
of the saved history."""
import numpy as np
import torch

from designer.training import Trainer
from designer.training.records import Snapshot
from designer.training.unit_pictures import MAX_PER_LAYER, UNIT_GRID, grid_points
from tests.training_helpers import dense_net


def _last_snapshot(net) -> Snapshot:
    trainer = Trainer(net, {"epochs": 2, "seed": 0})
    return [r for r in trainer.run() if isinstance(r, Snapshot)][-1], trainer


def test_hidden_units_are_pictured_over_the_plane_and_not_the_output():
    net = dense_net(hidden=(("tanh", 6), ("relu", 5)))
    snap, trainer = _last_snapshot(net)
    ids = [layer.id for layer in net.graph.layers]
    first, second, out = ids[1], ids[2], ids[3]
    assert set(snap.units) == {first, second}
    assert snap.units[first].shape == (6, UNIT_GRID, UNIT_GRID)
    assert snap.units[second].shape == (5, UNIT_GRID, UNIT_GRID)
    assert np.abs(snap.units[first]).max() <= 1 and snap.units[second].min() >= 0  # tanh, relu
    # the pictures are the layer's outputs at the grid's points, from the trained model
    model = trainer.model.eval()
    points = grid_points(trainer.introspector.grid[2], "cpu")
    with torch.no_grad():
        hidden = model.layer_module(first)(points)
    np.testing.assert_allclose(snap.units[first][:, 2, 3], hidden[2 * UNIT_GRID + 3].numpy(),
                               rtol=1e-5, atol=1e-6)
    assert out not in snap.units
    assert "units" not in trainer.history_entry()["final_snapshot"]  # live only, not saved


def test_wide_layers_and_other_inputs_are_not_pictured():
    wide = dense_net(hidden=(("tanh", MAX_PER_LAYER + 1), ("tanh", 3)))
    snap, _ = _last_snapshot(wide)
    assert [units.shape[0] for units in snap.units.values()] == [3]
    one_input = dense_net(inputs=1, out_act="linear",
                          dataset={"name": "sine", "samples": 40},
                          training={"loss": "mse"})
    assert _last_snapshot(one_input)[0].units == {}

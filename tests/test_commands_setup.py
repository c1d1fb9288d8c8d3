"""Training-setup edits are designer commands like graph edits: each reverts exactly, repeated
edits of one setting merge into one undo step (and vanish when edited back), and choosing a
dataset brings its suggested settings in the same step. No Qt here."""
import pytest

from designer import commands as C
from designer.graph import Layer
from designer.network import Network
from tests.helpers import chain


def network(training=None, dataset=None):
    net = Network(chain(("Input", {"shape": [2]}), ("Dense", {"units": 1})))
    net.training, net.dataset = training, dataset
    return net


def test_an_edit_sets_and_removes_keys_and_reverts_exactly():
    net = network({"epochs": 300, "seed": 0})
    edit = C.EditSetup({("training", "epochs"): 120, ("training", "seed"): None}, "two")
    edit.apply_to(net)
    assert net.training == {"epochs": 120}  # None removes the key: the default applies
    edit.revert_from(net)
    assert net.training == {"epochs": 300, "seed": 0}


def test_removing_the_last_key_leaves_no_training_block_and_revert_brings_it_back():
    net = network({"seed": 3})
    edit = C.EditSetup({("training", "seed"): None})
    edit.apply_to(net)
    assert net.training is None
    edit.revert_from(net)
    assert net.training == {"seed": 3}


def test_repeated_edits_of_one_setting_merge_and_undo_in_one_step():
    net = network({"epochs": 300})
    first = C.edit_training(net, {"epochs": 10}, "epochs")
    first.apply_to(net)
    second = C.edit_training(net, {"epochs": 20}, "epochs")
    second.apply_to(net)
    assert first.mergeable and first.merge(second)
    assert not first.undoes_nothing
    first.revert_from(net)  # one step back to where the first edit started
    assert net.training == {"epochs": 300}
    first.apply_to(net)  # and redo gives the last value
    assert net.training == {"epochs": 20}


def test_merged_edits_back_to_the_start_leave_nothing_to_undo():
    net = network({"epochs": 300})
    first = C.edit_training(net, {"epochs": 10}, "epochs")
    first.apply_to(net)
    back = C.edit_training(net, {"epochs": 300}, "epochs")
    back.apply_to(net)
    assert first.merge(back) and first.undoes_nothing


def test_only_edits_of_the_same_single_setting_merge():
    epochs = C.EditSetup({("training", "epochs"): 5})
    assert not epochs.merge(C.EditSetup({("training", "seed"): 1}))
    assert not epochs.merge(C.SetParam("l1", "units", 3))
    pair = C.EditSetup({("training", "epochs"): 5, ("training", "seed"): 1})
    assert not pair.mergeable
    assert not pair.merge(C.EditSetup({("training", "epochs"): 6, ("training", "seed"): 2}))


def test_an_edit_that_changes_nothing_is_not_made():
    net = network({"epochs": 300, "seed": 0})
    assert C.edit_training(net, {"epochs": 300, "seed": 0}, "same") is None
    assert C.edit_training(net, {"batch_size": None}, "absent") is None  # already default
    edit = C.edit_training(net, {"epochs": 300, "seed": 1}, "one")
    assert edit.changes == {("training", "seed"): 1}


def test_choosing_a_dataset_brings_its_settings_in_one_step():
    net = network({"epochs": 300, "batch_size": 4}, dataset={"name": "xor"})
    edit = C.choose_dataset(net, {"name": "digits"}, {"epochs": 60, "batch_size": 4},
                            "Use the dataset digits")
    assert edit.changes == {("dataset", None): {"name": "digits"},
                            ("training", "epochs"): 60}  # the batch size is already so
    assert not edit.mergeable
    edit.apply_to(net)
    assert net.dataset == {"name": "digits"} and net.training["epochs"] == 60
    edit.revert_from(net)
    assert net.dataset == {"name": "xor"}
    assert net.training == {"epochs": 300, "batch_size": 4}


def test_a_dataset_alone_merges_with_the_next_dataset_edit():
    net = network(dataset={"name": "circle", "noise": 0.1})
    first = C.choose_dataset(net, {"name": "circle", "noise": 0.2}, None, "noise")
    first.apply_to(net)
    second = C.choose_dataset(net, {"name": "circle", "noise": 0.3}, None, "noise")
    second.apply_to(net)
    assert first.merge(second)
    first.revert_from(net)
    assert net.dataset == {"name": "circle", "noise": 0.1}


def test_setup_and_graph_edits_share_one_path_and_a_macro_may_hold_both():
    net = network({"epochs": 300})
    macro = C.Macro("both", [C.SetParam("l1", "units", 3),
                             C.EditSetup({("training", "epochs"): 5})])
    macro.apply_to(net)
    assert net.graph.layer("l1").params["units"] == 3 and net.training == {"epochs": 5}
    macro.revert_from(net)
    assert net.graph.layer("l1").params["units"] == 1 and net.training == {"epochs": 300}


def test_a_failing_step_of_a_macro_rolls_back_the_setup_edit_before_it():
    net = network({"epochs": 300})
    macro = C.Macro("bad", [C.EditSetup({("training", "epochs"): 5}),
                            C.AddLayer(Layer.create("Dense", "l1"))])  # l1 exists
    with pytest.raises(Exception, match="already exists"):
        macro.apply_to(net)
    assert net.training == {"epochs": 300}


def test_a_graph_edit_merges_through_the_same_interface():
    net = network()
    first, second = C.SetParam("l1", "units", 4), C.SetParam("l1", "units", 1)
    first.apply_to(net)
    second.apply_to(net)
    assert first.mergeable and first.merge(second) and first.undoes_nothing


def test_a_setup_edit_is_not_a_graph_edit():
    with pytest.raises(TypeError, match="apply_to"):
        C.EditSetup({("training", "epochs"): 5}).apply(network().graph)

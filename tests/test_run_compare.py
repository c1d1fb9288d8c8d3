"""The runs table's "differs in" column: each run's settings flattened (training, dataset, seed,
every layer setting) and, for each run, only the settings that are not the same in all runs.
No Qt here."""
from designer.training.run_compare import differences, run_settings, short


def document(activation="relu", lr=0.01, dataset="xor", training=None):
    return {"training": training or {"optimizer": {"name": "adam", "learning_rate": lr}},
            "dataset": {"name": dataset},
            "layers": [{"id": "in", "type": "Input", "shape": [2], "position": [0, 0]},
                       {"id": "h", "type": "Dense", "units": 4, "activation": activation}]}


def test_a_run_is_flattened_with_every_default_filled_in():
    flat = run_settings(document(), overrides={"epochs": 7}, seed=42)
    assert flat["optimizer"] == "adam" and flat["lr"] == 0.01 and flat["beta_1"] == 0.9
    assert flat["epochs"] == 7 and flat["seed"] == 42 and flat["dataset"] == "xor"
    assert flat["loss"] is None and flat["schedule"] == "constant"
    assert flat["early_stopping"] is False
    assert flat["h.activation"] == "relu" and flat["h.type"] == "Dense"
    assert "in.position" not in flat and "in.id" not in flat


def test_named_settings_flatten_to_their_names():
    training = {"loss": {"name": "mse"}, "early_stopping": {"patience": 3},
                "schedule": {"name": "cosine"}, "optimizer": {"name": "sgd"}}
    flat = run_settings(document(training=training))
    assert (flat["loss"], flat["early_stopping"], flat["schedule"], flat["optimizer"]) == \
        ("mse", True, "cosine", "sgd")


def test_a_saved_run_reads_its_history_entry_and_keeps_settings_it_cannot_read():
    saved = {"settings": {"epochs": 5, "no_such_setting": 1}, "dataset": {"csv": "data.csv"}}
    flat = run_settings(None, saved)
    assert flat == {"epochs": 5, "no_such_setting": 1, "dataset": "data.csv"}


def test_only_what_differs_between_runs_is_listed():
    by_run = {1: run_settings(document("relu", 0.01), seed=0),
              2: run_settings(document("sigmoid", 0.01), seed=0),
              3: run_settings(document("relu", 0.1), seed=0)}
    assert differences(by_run) == {1: ["h.activation=relu", "lr=0.01"],
                                   2: ["h.activation=sigmoid", "lr=0.01"],
                                   3: ["h.activation=relu", "lr=0.1"]}


def test_a_setting_only_one_run_has_is_no_difference():
    assert differences({1: {"seed": 1, "a": 1}, 2: {"a": 2}}) == {1: ["a=1"], 2: ["a=2"]}


def test_values_are_short_in_the_table():
    assert [short(0.123456), short({"name": "adam"}), short([28, 28]), short(3)] == \
        ["0.123", "adam", "28\u00d728", "3"]


def deep(activation="relu", hidden=8, units=16, **more):
    """A stack of `hidden` Dense layers h1 ... hN (and `more` settings on every one)."""
    layers = [{"id": "in", "type": "Input", "shape": [2]}]
    layers += [{"id": f"h{i}", "type": "Dense", "units": units, "activation": activation,
                **more} for i in range(1, hidden + 1)]
    layers.append({"id": "out", "type": "Dense", "units": 1, "activation": "sigmoid"})
    return {"training": {"optimizer": {"name": "adam"}}, "dataset": {"name": "xor"},
            "layers": layers}


def test_one_change_repeated_over_layers_is_one_item():
    by_run = {1: run_settings(deep("sigmoid"), seed=0), 2: run_settings(deep("relu"), seed=0),
              3: run_settings(deep("tanh", units=32), seed=0)}
    assert differences(by_run) == {
        1: ["8 layers (h1 \u2026 h8): activation=sigmoid", "8 layers (h1 \u2026 h8): units=16"],
        2: ["8 layers (h1 \u2026 h8): activation=relu", "8 layers (h1 \u2026 h8): units=16"],
        3: ["8 layers (h1 \u2026 h8): activation=tanh", "8 layers (h1 \u2026 h8): units=32"]}


def test_layers_that_change_differently_stay_apart_and_few_are_named():
    mixed = deep("relu", hidden=3)
    mixed["layers"][3]["activation"] = "tanh"  # h3 becomes tanh, h1 and h2 sigmoid
    for layer in mixed["layers"][1:3]:
        layer["activation"] = "sigmoid"
    by_run = {1: run_settings(deep("relu", hidden=3)), 2: run_settings(mixed)}
    assert differences(by_run) == {1: ["2 layers (h1 h2): activation=relu", "h3.activation=relu"],
                                   2: ["2 layers (h1 h2): activation=sigmoid",
                                       "h3.activation=tanh"]}


def test_a_layer_added_or_removed_is_named():
    by_run = {1: run_settings(deep(hidden=2), seed=1), 2: run_settings(deep(hidden=3), seed=2)}
    assert differences(by_run) == {1: ["\u2212 layer h3", "seed=1"],
                                   2: ["+ layer h3 (Dense)", "seed=2"]}


def test_layers_added_together_are_one_item_and_what_they_share_still_compares():
    by_run = {1: run_settings(deep("sigmoid", hidden=4)),
              2: run_settings(deep("relu", hidden=8)), 3: run_settings(deep("relu", hidden=8))}
    assert differences(by_run) == {
        1: ["\u2212 4 layers (h5 \u2026 h8)", "4 layers (h1 \u2026 h4): activation=sigmoid"],
        2: ["+ 4 layers (h5 \u2026 h8): Dense", "4 layers (h1 \u2026 h4): activation=relu"],
        3: ["+ 4 layers (h5 \u2026 h8): Dense", "4 layers (h1 \u2026 h4): activation=relu"]}


def test_a_run_whose_layers_are_unknown_is_no_structural_change():
    saved = run_settings(None, {"settings": {"optimizer": {"name": "adam"}},
                                "dataset": {"name": "xor"}})
    by_run = {1: run_settings(deep(hidden=2)), 2: run_settings(deep(hidden=3)), 3: saved}
    found = differences(by_run)
    assert found[1] == ["\u2212 layer h3"] and found[2] == ["+ layer h3 (Dense)"]
    assert found[3] == []

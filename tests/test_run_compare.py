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

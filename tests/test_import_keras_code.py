"""Keras code, as the study notes and tutorials write it, read into a Network without running it.

Each fixture snippet is read by `ast` alone; the test then runs the same snippet (our own
fixture, never a user's file) with the real Keras 3 to check what we read: the model config we
write, rebuilt by Keras, equals the config of the model the code builds (layer names included);
the imported network has Keras' layers and parameter counts; the training settings are
compile's and fit's. `import tensorflow` lines run against Keras 3 through stand-in modules.
"""
import inspect
import json
import os

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported

import pytest  # noqa: E402
from keras_code_fixtures import (  # noqa: E402
    FIT_DEFAULTS,
    FIXTURES,
    MLP,
    keras,
    layer_configs,
    rebuilt,
    run_with_keras,
)

from designer.interop.keras_code import (  # noqa: E402
    keras_config_from_code,
    network_from_keras_code,
)
from designer.interop.keras_code_args import (  # noqa: E402
    CALLBACK_ARGS,
    COMPILE_ARGS,
    FIT_ARGS,
    INPUT_ARGS,
    LAYER_ALIASES,
    LAYER_ARGS,
    LOSS_ARGS,
    MERGE_FUNCTIONS,
    OBJECT_ALIASES,
    OBJECT_ARGS,
    OPTIMIZER_ARGS,
)
from designer.interop.keras_names import KERAS_LOSSES, KERAS_OPTIMIZERS  # noqa: E402
from designer.training.settings import TrainingSettings  # noqa: E402

# Keras 3.15's torch backend turns its Variables into arrays with np.array(x), which NumPy 2
# answers with this DeprecationWarning (Keras' Variable.__array__ lacks `copy`): not ours.
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")


# -- the config we read is the model the code builds ------------------------------------------
@pytest.mark.parametrize("name", FIXTURES)
def test_config_is_what_keras_builds(name, monkeypatch):
    config, _ = keras_config_from_code(FIXTURES[name], f"{name}.py")
    json.dumps(config)  # plain JSON, as a file would hold it
    model, _ = run_with_keras(FIXTURES[name], monkeypatch)
    ours = rebuilt(config)
    assert [c["config"]["name"] for c in layer_configs(ours)] == \
        [c["config"]["name"] for c in layer_configs(model)]
    assert layer_configs(ours) == layer_configs(model)  # every argument, defaults and all
    assert ours.count_params() == model.count_params()


@pytest.mark.parametrize("name", FIXTURES)
def test_network_has_keras_layers_and_counts(name, monkeypatch):
    network = network_from_keras_code(FIXTURES[name], f"{name}.py")
    model, _ = run_with_keras(FIXTURES[name], monkeypatch)
    names = [c["config"]["name"] for c in layer_configs(model)]
    assert sorted(network.graph.ids) == sorted(names)
    if isinstance(model, keras.Sequential):
        assert list(network.graph.ids) == names
    analysis = network.graph.analysis
    assert analysis.valid
    for layer in model.layers:
        assert analysis.layers[layer.name].total == layer.count_params(), layer.name
    assert analysis.total == model.count_params()
    assert network.extra["imported_from"] == {"format": "Keras code", "file": f"{name}.py"}
    assert network.weights is None  # code holds no trained weights


@pytest.mark.parametrize("name", FIXTURES)
def test_training_is_compile_and_fit(name, monkeypatch):
    _, training = keras_config_from_code(FIXTURES[name], f"{name}.py")
    model, fit = run_with_keras(FIXTURES[name], monkeypatch)
    TrainingSettings.from_dict(training)  # valid settings of ours
    optimizer = model.optimizer
    cls = type(optimizer).__name__
    keras_config = optimizer.get_config()
    expected_name = KERAS_OPTIMIZERS[cls.lower()]
    if cls == "SGD" and keras_config["momentum"]:
        expected_name = "nesterov" if keras_config["nesterov"] else "momentum"
    assert training["optimizer"]["name"] == expected_name
    for key, value in training["optimizer"].items():
        if key != "name":
            assert value == pytest.approx(keras_config[key], rel=1e-6), key
    loss = model.loss if isinstance(model.loss, str) else type(model.loss).__name__
    loss_name = training["loss"] if isinstance(training["loss"], str) else \
        training["loss"]["name"]
    assert loss_name == KERAS_LOSSES[loss]
    if fit is None:
        assert not {"epochs", "batch_size", "validation_split"} & set(training)
        return
    args, kwargs = fit
    given = {**dict(zip(FIT_ARGS, args, strict=False)), **kwargs}  # positional ones first
    assert training["epochs"] == given.get("epochs", FIT_DEFAULTS["epochs"])
    assert training["batch_size"] == (given.get("batch_size", FIT_DEFAULTS["batch_size"]) or 32)
    assert training["validation_split"] == given.get("validation_split",
                                                     FIT_DEFAULTS["validation_split"])
    stoppers = [c for c in given.get("callbacks") or []
                if isinstance(c, keras.callbacks.EarlyStopping)]
    if stoppers:
        es = training["early_stopping"]
        assert (es["patience"], es["monitor"], es["restore_best_weights"], es["min_delta"]) == (
            stoppers[0].patience, stoppers[0].monitor, stoppers[0].restore_best_weights,
            abs(stoppers[0].min_delta))
    else:
        assert "early_stopping" not in training
    plateaus = [c for c in given.get("callbacks") or []
                if isinstance(c, keras.callbacks.ReduceLROnPlateau)]
    if plateaus:
        p, ours = plateaus[0], training["schedule"]
        assert ours["name"] == "reduce_on_plateau"
        assert {k: ours[k] for k in ("factor", "patience", "min_delta", "cooldown", "min_lr",
                                     "monitor")} == {
            "factor": p.factor, "patience": p.patience, "min_delta": p.min_delta,
            "cooldown": p.cooldown, "min_lr": p.min_lr, "monitor": p.monitor}
    else:
        assert "schedule" not in training


def test_mlp_reads_as_the_notes_mean_it():
    network = network_from_keras_code(MLP, "mlp.py")
    assert list(network.graph.ids) == ["input_layer", "dense", "dense_1", "dense_2"]
    first = network.graph.layer("dense").params
    assert (first["units"], first["activation"], first["init"]) == (64, "relu", "he_normal")
    assert network.graph.layer("input_layer").params["shape"] == [2]
    assert network.training == {
        "optimizer": {"name": "adam", "learning_rate": 0.01, "beta_1": 0.9, "beta_2": 0.999,
                      "epsilon": 1e-7},
        "loss": "binary_crossentropy", "epochs": 100, "batch_size": 4,
        "validation_split": 0.2}


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "adamw", "rmsprop", "adagrad",
                                       "adadelta", "adamax", "nadam"])
def test_optimizer_strings_take_keras_defaults(optimizer, monkeypatch):
    """optimizer='adagrad' trains with Keras' Adagrad (learning rate 0.001), not ours."""
    code = ("import keras\nmodel = keras.Sequential([keras.Input(shape=(3,)), "
            f"keras.layers.Dense(1)])\nmodel.compile(optimizer='{optimizer}', loss='mse')\n")
    _, training = keras_config_from_code(code, "opt.py")
    model, _ = run_with_keras(code, monkeypatch)
    keras_config = model.optimizer.get_config()
    assert training["optimizer"]["name"] == optimizer
    for key, value in training["optimizer"].items():
        if key != "name":
            assert value == pytest.approx(keras_config[key], rel=1e-6), key
    TrainingSettings.from_dict(training)




# -- our tables are Keras' signatures ---------------------------------------------------------
def parameters(obj) -> list[tuple[str, object]]:
    return [(n, p.default) for n, p in inspect.signature(obj).parameters.items()
            if n not in ("self", "args", "kwargs")]


def test_positional_names_are_keras_signatures():
    for cls, names in LAYER_ARGS.items():
        real = [n for n, _ in parameters(getattr(keras.layers, cls))]
        assert real[:len(names)] == list(names), cls
    assert [n for n, _ in parameters(keras.Input)][:len(INPUT_ARGS)] == list(INPUT_ARGS)
    assert [n for n, _ in parameters(keras.Model.fit)][:len(FIT_ARGS)] == list(FIT_ARGS)
    assert [n for n, _ in parameters(keras.Model.compile)][:2] == list(COMPILE_ARGS)
    for alias, cls in LAYER_ALIASES.items():
        if hasattr(keras.layers, alias):
            assert getattr(keras.layers, alias) is getattr(keras.layers, cls), alias
    for function, cls in MERGE_FUNCTIONS.items():
        keras.backend.clear_session()
        a, b = keras.Input((2,)), keras.Input((2,))
        out = getattr(keras.layers, function)([a, b])
        assert type(out._keras_history[0]).__name__ == cls


def test_object_defaults_are_keras_signatures():
    for family, classes in OBJECT_ARGS.items():
        module = getattr(keras, family)
        for cls, args in classes.items():
            assert parameters(getattr(module, cls))[:len(args)] == list(args), cls
        for alias, cls in OBJECT_ALIASES[family].items():
            assert getattr(module, alias) is getattr(module, cls), alias
    for module, table in ((keras.optimizers, OPTIMIZER_ARGS), (keras.losses, LOSS_ARGS),
                          (keras.callbacks, CALLBACK_ARGS)):
        for cls, args in table.items():
            assert parameters(getattr(module, cls))[:len(args)] == list(args), cls

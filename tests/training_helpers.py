"""Networks for the training tests."""
from designer.network import Network
from tests.helpers import chain


def dense_net(hidden=(("tanh", 6), ("tanh", 5)), out_units=1, out_act="sigmoid", inputs=2,
              dataset=None, training=None, **dense_options) -> Network:
    layers = [("Input", {"shape": [inputs]})]
    for act, units in hidden:
        layers.append(("Dense", {"units": units, "activation": act, **dense_options}))
    layers.append(("Dense", {"units": out_units, "activation": out_act}))
    return Network(chain(*layers), "test", dataset or {"name": "circle", "samples": 60},
                   dict(training or {}))

"""Networks for the training tests, and the records a runner sends until it finishes."""
import time

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


def collect(runner, timeout=60.0, on_record=None):
    records, deadline = [], time.monotonic() + timeout
    while not runner.finished:
        assert time.monotonic() < deadline, "the run did not finish in time"
        for record in runner.drain():
            records.append(record)
            if on_record:
                on_record(record, runner)
        time.sleep(0.005)
    records += runner.drain()
    return records


def xor_net():
    return dense_net(hidden=(("tanh", 4),), dataset={"name": "xor"},
                     training={"loss": "binary_crossentropy", "batch_size": 4, "seed": 0,
                               "optimizer": {"name": "adam", "learning_rate": 0.05}})

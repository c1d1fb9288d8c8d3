"""Small builders shared by the tests."""
from designer.graph import Layer, NetworkGraph


def chain(*specs) -> NetworkGraph:
    """A graph of layers connected one after another: chain(("Input", {"shape": [2]}), ...)."""
    graph = NetworkGraph()
    previous = None
    for k, (type_name, params) in enumerate(specs):
        layer_id = f"l{k}"
        graph.add_layer(Layer.create(type_name, layer_id, **params))
        if previous is not None:
            graph.connect(previous, layer_id)
        previous = layer_id
    return graph


def moons_doc(epochs: int = 4, **training) -> dict:
    """A tiny 2-8-1 tanh classifier of the moons, as a network document (the sweep tests')."""
    return {"name": "tiny",
            "layers": [{"id": "in", "type": "Input", "shape": [2]},
                       {"id": "h", "type": "Dense", "units": 8, "activation": "tanh"},
                       {"id": "out", "type": "Dense", "units": 1, "activation": "sigmoid"}],
            "connections": [["in", "h"], ["h", "out"]], "dataset": {"name": "moons"},
            "training": {"loss": "binary_crossentropy", "epochs": epochs, "batch_size": 32,
                         "seed": 0, "validation_split": 0.25, **training}}

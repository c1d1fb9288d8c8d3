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

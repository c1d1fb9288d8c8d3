"""A summary like Keras' model.summary(): per layer id, type, output shape and parameters."""
from __future__ import annotations


def summary_dict(graph) -> dict:
    """The `summary --json` document."""
    analysis = graph.analysis
    rows = []
    for layer in graph.layers:
        info = analysis.layers[layer.id]
        known = info.output_shape is not None
        rows.append({"id": layer.id, "type": layer.type,
                     "output_shape": list(info.output_shape) if known else None,
                     "params": info.total if known else None,
                     "inputs": graph.inputs_of(layer.id)})
    return {"layers": rows, "total_params": analysis.total,
            "trainable_params": analysis.trainable,
            "non_trainable_params": analysis.non_trainable,
            "valid": analysis.valid, "problems": [str(p) for p in analysis.problems]}


def summary_text(graph, name: str = "network") -> str:
    data = summary_dict(graph)
    header = ("Layer (type)", "Output Shape", "Param #", "Connected to")
    rows = [(f"{r['id']} ({r['type']})",
             _batched(r["output_shape"]),
             f"{r['params']:,}" if r["params"] is not None else "?",
             ", ".join(r["inputs"])) for r in data["layers"]]
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]

    def line(cells):
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    rule = "-" * len(line(header))
    out = [f'Model: "{name}"', rule, line(header), rule.replace("-", "=")]
    out += [line(r) for r in rows]
    out += [rule, f"Total params: {data['total_params']:,}",
            f"Trainable params: {data['trainable_params']:,}",
            f"Non-trainable params: {data['non_trainable_params']:,}"]
    if data["problems"]:
        out += ["", "Problems:"] + [f"  {p}" for p in data["problems"]]
    return "\n".join(out)


def _batched(shape) -> str:
    """Keras style: the batch axis shown as None."""
    return "?" if shape is None else "(" + ", ".join(["None", *map(str, shape)]) + ")"

"""The Keras layers our Keras export writes around one layer of ours, folded back into that
layer (its `parts`, which keras_layers reads): Permute((3, 1, 2)) before a Flatten or Reshape,
Permute((2, 3, 1)) after a Reshape into an image, and ZeroPadding2D + AveragePooling2D +
Rescaling for uneven 'same' average pooling."""
from __future__ import annotations

from dataclasses import dataclass

from .keras_config import KerasLayer, KerasModel


def fold_export_parts(model: KerasModel) -> KerasModel:
    """Fold the Keras layers our Keras export writes around one layer of ours into that layer
    (its `parts`), where they sit as the export writes them: each feeds only the next, and
    none of them is an output. Whatever is left of them is refused by name later."""
    for fold in (_fold_permute_in, _fold_permute_out, _fold_padded_average):
        consumers: dict[str, list[KerasLayer]] = {la.name: [] for la in model.layers}
        for layer in model.layers:
            for source in layer.inbound:
                consumers[source].append(layer)
        chain = _Chain(model, consumers, set())
        for layer in model.layers:
            if layer.name not in chain.gone:
                chain.gone |= fold(layer, chain)
        model.layers = [la for la in model.layers if la.name not in chain.gone]
    return model


@dataclass
class _Chain:
    model: KerasModel
    consumers: dict[str, list[KerasLayer]]
    gone: set[str]

    def bypass(self, old: KerasLayer, new: KerasLayer) -> None:
        """What `old` fed (or was, as an output) takes `new` instead."""
        for after in self.consumers[old.name]:
            after.inbound = [new.name if s == old.name else s for s in after.inbound]
        self.consumers[new.name] = self.consumers[old.name]
        self.model.outputs = [new.name if n == old.name else n for n in self.model.outputs]

    def next(self, layer: KerasLayer, *classes: str) -> KerasLayer | None:
        """The one layer `layer` feeds, when it is of one of `classes`, takes only `layer`
        and `layer` is no output of the model."""
        after = self.consumers[layer.name]
        if len(after) != 1 or layer.name in self.model.outputs or layer.problems:
            return None
        nxt = after[0]
        ok = nxt.class_name in classes and nxt.inbound == [layer.name] and not nxt.problems
        return nxt if ok and nxt.name not in self.gone else None


def _dims(layer: KerasLayer):
    return layer.config.get("dims") if layer.class_name == "Permute" else None


def _fold_permute_in(layer: KerasLayer, chain: _Chain) -> set[str]:
    """Permute((3, 1, 2)) + Flatten or Reshape: the image's values in our order."""
    nxt = chain.next(layer, "Flatten", "Reshape")
    if _dims(layer) != [3, 1, 2] or len(layer.inbound) != 1 or nxt is None:
        return set()
    nxt.inbound, nxt.parts["permuted_in"] = list(layer.inbound), True
    return {layer.name}


def _fold_permute_out(layer: KerasLayer, chain: _Chain) -> set[str]:
    """Reshape into (C, H, W) + Permute((2, 3, 1)): ours, channels-last again."""
    nxt = chain.next(layer, "Permute")
    if layer.class_name != "Reshape" or nxt is None or _dims(nxt) != [2, 3, 1]:
        return set()
    layer.parts["permuted_out"] = True
    chain.bypass(nxt, layer)
    return {nxt.name}


def _fold_padded_average(layer: KerasLayer, chain: _Chain) -> set[str]:
    """ZeroPadding2D + AveragePooling2D + Rescaling: our uneven 'same' average pooling (the
    pooling layer checks the numbers)."""
    pool = chain.next(layer, "AveragePooling2D", "AvgPool2D")
    scale = chain.next(pool, "Rescaling") if pool is not None else None
    if layer.class_name != "ZeroPadding2D" or scale is None or len(layer.inbound) != 1:
        return set()
    pool.inbound = list(layer.inbound)
    pool.parts.update(pad=layer.config, scale=scale.config)
    chain.bypass(scale, pool)
    return {layer.name, scale.name}

"""Folding the pending layers of an ONNX import: a constant added after a Dense or Conv2D
becomes its bias, an activation that only it feeds its activation, and a reshape that changes
nothing (or follows another reshape) goes; then the checks our graph needs of what is left.
"""
from __future__ import annotations

from ..file_messages import network_files as F
from ..file_messages import onnx as O


class Folding:
    """Mixin of the ONNX importer: works on its `layers` (pending, by index), `values`, `view`,
    `redirect` (dropped layer -> the one that took its place) and `reasons`."""

    def _resolve(self, index: int) -> int:
        while index in self.redirect:
            index = self.redirect[index]
        return index

    def _readers(self, index: int) -> list[int]:
        return [j for j, p in enumerate(self.layers) if p.alive and index in p.inputs]

    def _replace(self, old: int, new: int) -> None:
        """Drop layer `old`; whatever read it reads `new`."""
        for p in self.layers:
            p.inputs = [new if i == old else i for i in p.inputs]
        self.layers[old].alive = False
        self.redirect[old] = new

    def _fold(self) -> None:
        outputs = {self._resolve(self.values[o].index) for o in self.view.outputs
                   if o in self.values}
        for k, p in enumerate(self.layers):
            if not p.alive or not p.inputs:
                continue
            src_index = p.inputs[0]
            src = self.layers[src_index]
            alone = self._readers(src_index) == [k] and src_index not in outputs
            if p.type == "BiasAdd":
                self._fold_bias(k, p, src, src_index, alone)
            elif p.type == "Activation":
                self._fold_activation(k, p, src, src_index, alone)
            elif p.type in ("Reshape", "Flatten"):
                self._fold_reshape(k, p, src, src_index, alone, outputs)
            if k in outputs and not p.alive:
                outputs = {self._resolve(i) for i in outputs}

    def _fold_bias(self, k, p, src, src_index, alone) -> None:
        if alone and src.type in ("Dense", "Conv2D") and not src.params["use_bias"]:
            src.params["use_bias"] = True
            src.weights["core.bias"] = p.weights["core.bias"]
            self._replace(k, src_index)
        else:
            self.reasons.append(F.AT.format(p.node, O.BIAS_NOT_FOLDED))

    def _fold_activation(self, k, p, src, src_index, alone) -> None:
        if alone and src.type in ("Dense", "Conv2D") and src.params["activation"] == "linear":
            src.params["activation"] = p.params["activation"]
            if "weight" in p.weights:  # PReLU's slopes
                src.weights["act.weight"] = p.weights["weight"]
            self._replace(k, src_index)

    def _fold_reshape(self, k, p, src, src_index, alone, outputs) -> None:
        if src.type in ("Reshape", "Flatten") and alone:
            p.inputs = list(src.inputs)  # a reshape of a reshape: only the last one counts
            src.alive = False
            self.redirect[src_index] = k
            src_index, src = p.inputs[0], self.layers[p.inputs[0]]
        if src.shape == p.shape and src.type != "Input" and (
                k not in outputs or (self._readers(src_index) == [k]
                                     and src_index not in outputs)):
            self._replace(k, src_index)

    def _check_sources(self) -> None:
        """Our graph connects two layers once: a merge may not read one layer twice."""
        for p in self.layers:
            if p.alive and len(set(p.inputs)) != len(p.inputs):
                self.reasons.append(F.AT.format(p.node, O.READS_TWICE.format(p.type)))

    def _check_outputs(self, outputs: list[str]) -> None:
        seen = {}
        for name in outputs:
            index = self._resolve(self.values[name].index)
            if index in seen:
                self.reasons.append(O.SAME_OUTPUTS.format(seen[index], name))
            elif self._readers(index):
                self.reasons.append(O.OUTPUT_READ.format(name))
            seen[index] = name

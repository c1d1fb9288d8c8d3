"""The statements of Keras code, followed in order without running them: imports bind names,
assignments bind values (as keras_code_expr reads them), a `with` block and the main guard are
read through, and a loop, an if, a function or a class that builds layers is named as a
problem (what it sets is only known when it runs).
"""
from __future__ import annotations

import ast

from ..file_messages import keras_code as C
from .keras_code_expr import Expressions, arith
from .keras_code_values import Layer, Model, Ref, Tensor, Unknown

_COMPOUND = {ast.For: C.A_FOR_LOOP, ast.AsyncFor: C.A_FOR_LOOP, ast.While: C.A_WHILE_LOOP,
             ast.If: C.AN_IF, ast.Try: C.A_TRY, ast.Match: C.A_MATCH}
if hasattr(ast, "TryStar"):
    _COMPOUND[ast.TryStar] = C.A_TRY


class Statements(Expressions):
    """Top-level statements of the file; the values they bind are in `symbols`."""

    def block(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            self.statement(stmt)

    def statement(self, s: ast.stmt) -> None:
        handler = self._HANDLERS.get(type(s))
        if handler is not None:
            handler(self, s)
        elif type(s) in _COMPOUND:
            self.compound(s, _COMPOUND[type(s)])

    def assignment(self, s: ast.Assign) -> None:
        value = self.value(s.value)
        for target in s.targets:
            self.assign(target, value, s)

    def annotated(self, s: ast.AnnAssign) -> None:
        if s.value is not None:
            self.assign(s.target, self.value(s.value), s)

    def expression(self, s: ast.Expr) -> None:
        self.value(s.value)

    def if_statement(self, s: ast.If) -> None:
        if _is_main_guard(s.test):
            self.block(s.body)  # what runs when the file is run as a script
        else:
            self.compound(s, _COMPOUND[ast.If])

    def with_statement(self, s: ast.With | ast.AsyncWith) -> None:
        for item in s.items:  # e.g. `with strategy.scope():`
            self.value(item.context_expr)
            if item.optional_vars is not None:
                self.assign(item.optional_vars, self.unknown(item.context_expr), s)
        self.block(s.body)

    def delete(self, s: ast.Delete) -> None:
        for target in s.targets:
            if isinstance(target, ast.Name):
                self.symbols.pop(target.id, None)

    def imports(self, s: ast.Import | ast.ImportFrom) -> None:
        if isinstance(s, ast.Import):
            for alias in s.names:
                if alias.asname:
                    self.symbols[alias.asname] = Ref(alias.name)
                else:
                    root = alias.name.split(".")[0]
                    self.symbols[root] = Ref(root)
            return
        module = "." * s.level + (s.module or "")
        for alias in s.names:
            if alias.name == "*":
                self.star.append(module)
            else:
                self.symbols[alias.asname or alias.name] = Ref(f"{module}.{alias.name}")

    def assign(self, target: ast.expr, value, s: ast.stmt) -> None:
        if isinstance(target, ast.Name):
            self.symbols[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)):
            parts = value if isinstance(value, (list, tuple)) else None
            if parts is None or len(parts) != len(target.elts) or any(
                    isinstance(t, ast.Starred) for t in target.elts):
                parts = [self.unknown(s.value if hasattr(s, "value") else target)] * len(
                    target.elts)
            for t, v in zip(target.elts, parts, strict=True):
                self.assign(t, v, s)
        elif isinstance(target, ast.Starred):
            self.assign(target.value, self.unknown(target), s)
        else:  # an attribute or an item: of the model, a change we cannot follow
            self.set_attribute(target, value, s)

    def set_attribute(self, target: ast.expr, value, s: ast.stmt) -> None:
        if isinstance(target, ast.Attribute) and target.attr == "trainable":
            owner = self.value(target.value)
            if isinstance(owner, Layer) and isinstance(value, bool):
                owner.config["trainable"] = value
                return
        root = target
        while isinstance(root, (ast.Attribute, ast.Subscript)):
            root = root.value
        bound = self.symbols.get(root.id) if isinstance(root, ast.Name) else None
        if isinstance(bound, (Model, Layer, Tensor)):
            self.problem(s.lineno, C.CHANGES_MODEL.format(self.segment(target)))
        elif isinstance(bound, (list, tuple, dict)):  # a constant changed in place
            self.symbols[root.id] = Unknown(root.id, s.lineno,
                                            C.CHANGED_AT.format(root.id, s.lineno))

    def augmented(self, s: ast.AugAssign) -> None:
        if isinstance(s.target, ast.Name):
            current = self.lookup(s.target.id, s.target)
            result = arith(s.op, current, self.value(s.value))
            self.symbols[s.target.id] = self.unknown(s) if result is None else result
        else:
            self.set_attribute(s.target, None, s)

    def definition(self, s) -> None:
        is_class = isinstance(s, ast.ClassDef)
        doing = self.builds(s)
        if doing:
            self.problem(s.lineno, (C.IN_A_CLASS if is_class else C.IN_A_FUNCTION).format(
                s.name, doing))
        defined = C.CLASS_AT if is_class else C.FUNCTION_AT
        self.symbols[s.name] = Unknown(s.name, s.lineno, defined.format(s.name, s.lineno))

    def compound(self, s: ast.stmt, kind: str) -> None:
        doing = self.builds(s)
        if doing:
            block = C.BLOCK_BUILDS if doing == C.BUILDS_LAYERS else C.BLOCK_TRAINS
            self.problem(s.lineno, block.format(kind))
        for node in ast.walk(s):  # whatever it sets is known only when it runs
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                self.symbols[node.id] = Unknown(node.id, s.lineno,
                                                C.SET_INSIDE.format(node.id, kind, s.lineno))

    _HANDLERS = {
        ast.Import: imports, ast.ImportFrom: imports, ast.Assign: assignment,
        ast.AnnAssign: annotated, ast.AugAssign: augmented, ast.Expr: expression,
        ast.If: if_statement, ast.With: with_statement, ast.AsyncWith: with_statement,
        ast.FunctionDef: definition, ast.AsyncFunctionDef: definition, ast.ClassDef: definition,
        ast.Delete: delete,
    }


def _is_main_guard(test: ast.expr) -> bool:
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = (test.left, test.comparators[0])
    return (any(isinstance(x, ast.Name) and x.id == "__name__" for x in sides)
            and any(isinstance(x, ast.Constant) and x.value == "__main__" for x in sides))

"""Python expressions of Keras code read as values, without running them: literals and
arithmetic on them, names bound earlier in the file, attribute chains of imported modules
(`tf.keras.layers.Dense`), and everything else as `Unknown`, with its text and line.

`Expressions` is the base of the code reader (keras_code.py), which adds calls: what Keras'
layers, models and objects make.
"""
from __future__ import annotations

import ast
import operator
from itertools import pairwise

from ..file_messages import keras_code as C
from ..file_messages import network_files as F
from .keras_code_args import OPTIMIZER_ARGS
from .keras_code_values import Layer, Model, Ref, Tensor, Unknown, keras_family

_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
           ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
           ast.Pow: operator.pow}
_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt,
            ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
            ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b}


class Expressions:
    """Values of expressions, given the names bound so far; problems named with their line."""

    def __init__(self, text: str):
        self.text = text
        self.symbols: dict[str, object] = {}
        self.star: list[str] = []  # modules of `from keras.layers import *`
        self.problems: list[str] = []

    def call(self, node: ast.Call):
        raise NotImplementedError

    def builds(self, node: ast.AST) -> str | None:
        """"builds layers" or "trains the model" when code under `node` does (read without
        following calls), else None."""
        for sub in ast.walk(node):
            if not isinstance(sub, ast.Call):
                continue
            target = self.static(sub.func)
            if isinstance(target, Layer):
                return C.BUILDS_LAYERS
            if isinstance(target, Ref) and (keras_family(target.path) or ("",))[0] in (
                    "layers", "models"):
                return C.BUILDS_LAYERS
            if isinstance(sub.func, ast.Attribute) and isinstance(
                    self.static(sub.func.value), Model):
                if sub.func.attr in ("add", "pop", "build"):
                    return C.BUILDS_LAYERS
                if sub.func.attr in ("compile", "fit"):
                    return C.TRAINS_THE_MODEL
        return None

    def static(self, node: ast.expr):
        """What a name or dotted name stands for, without evaluating anything."""
        if isinstance(node, ast.Name):
            return self.symbols.get(node.id) or self.star_ref(node.id)
        if isinstance(node, ast.Attribute):
            base = self.static(node.value)
            return base.attr(node.attr) if isinstance(base, Ref) else None
        return None

    # -- expressions -------------------------------------------------------------------------
    def value(self, node: ast.expr):
        reader = self._READERS.get(type(node))
        return reader(self, node) if reader is not None else self.unknown(node)

    def constant(self, node: ast.Constant):
        v = node.value
        ok = v is None or isinstance(v, (bool, int, float, str))
        return v if ok else self.unknown(node)

    def name_value(self, node: ast.Name):
        return self.lookup(node.id, node)

    def attribute(self, node: ast.Attribute):
        base = self.value(node.value)
        return base.attr(node.attr) if isinstance(base, Ref) else self.unknown(node)

    def sequence(self, node: ast.Tuple | ast.List):
        items = [self.value(e) for e in node.elts]
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return self.unknown(node)
        return tuple(items) if isinstance(node, ast.Tuple) else items

    def if_expression(self, node: ast.IfExp):
        test = self.value(node.test)
        if isinstance(test, (bool, int, float, str, type(None))):
            return self.value(node.body if test else node.orelse)
        return self.unknown(node)

    def named_expression(self, node: ast.NamedExpr):
        value = self.value(node.value)
        self.symbols[node.target.id] = value
        return value

    def comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
        doing = self.builds(node)
        if doing:
            self.problem(node.lineno, C.COMPREHENSION.format(doing))
            return Unknown(self.segment(node), node.lineno, reported=True)
        return self.unknown(node)

    def lambda_value(self, node: ast.Lambda):
        return Unknown(self.segment(node), node.lineno, C.LAMBDA_CODE)

    def lookup(self, name: str, node: ast.expr):
        if name in self.symbols:
            return self.symbols[name]
        return self.star_ref(name) or Unknown(name, node.lineno)

    def star_ref(self, name: str) -> Ref | None:
        """A name no statement bound, from a `from keras... import *`."""
        modules = [m for m in self.star if keras_family(f"{m}.{name}")]
        want = ("models" if name in ("Sequential", "Model") else
                "optimizers" if name in OPTIMIZER_ARGS else "layers")
        for module in modules:
            if keras_family(f"{module}.{name}")[0] in (want, ""):
                return Ref(f"{module}.{name}")
        return Ref(f"{modules[0]}.{name}") if modules else None

    def dict_value(self, node: ast.Dict):
        keys = [self.value(k) if k is not None else None for k in node.keys]
        if not all(is_literal(k) and k is not None for k in keys):
            return self.unknown(node)
        return {k: self.value(v) for k, v in zip(keys, node.values, strict=True)}

    def unary(self, node: ast.UnaryOp):
        v = self.value(node.operand)
        if isinstance(node.op, ast.Not) and is_literal(v):
            return not v
        if isinstance(node.op, (ast.USub, ast.UAdd)) and is_number(v):
            return -v if isinstance(node.op, ast.USub) else +v
        return self.tensor_op(node, [v])

    def binary(self, node: ast.BinOp):
        left, right = self.value(node.left), self.value(node.right)
        result = arith(node.op, left, right)
        return self.tensor_op(node, [left, right]) if result is None else result

    def logic(self, node: ast.Compare | ast.BoolOp):
        if isinstance(node, ast.BoolOp):
            values = [self.value(v) for v in node.values]
            if all(is_literal(v) for v in values):
                pick = any if isinstance(node.op, ast.Or) else all
                return pick(values)
            return self.unknown(node)
        values = [self.value(node.left)] + [self.value(c) for c in node.comparators]
        if not all(is_literal(v) or isinstance(v, (list, tuple)) for v in values):
            return self.unknown(node)
        try:
            return all(_COMPARE[type(op)](a, b) for op, (a, b) in
                       zip(node.ops, pairwise(values), strict=True))
        except (KeyError, TypeError):
            return self.unknown(node)

    def subscript(self, node: ast.Subscript):
        base = self.value(node.value)
        if isinstance(node.slice, ast.Slice):
            parts = [self.value(p) if p is not None else None
                     for p in (node.slice.lower, node.slice.upper, node.slice.step)]
            key = slice(*parts) if all(p is None or is_int(p) for p in parts) else None
        else:
            key = self.value(node.slice)
        if isinstance(base, (list, tuple, str, dict)) and (
                isinstance(key, slice) or is_int(key) or isinstance(key, str)):
            try:
                return base[key]
            except (IndexError, KeyError, TypeError):
                pass
        return self.tensor_op(node, [base])

    def tensor_op(self, node: ast.expr, operands: list):
        """Arithmetic or slicing: on a tensor, an operation that is no layer (named)."""
        if any(isinstance(v, Tensor) for v in operands):
            self.problem(node.lineno, C.TENSOR_ARITHMETIC.format(self.segment(node)))
            return Unknown(self.segment(node), node.lineno, reported=True)
        return self.unknown(node)

    def problem(self, line: int, text: str) -> None:
        self.problems.append(F.LINE.format(line, text))

    def segment(self, node: ast.AST) -> str:
        text = ast.get_source_segment(self.text, node) or ast.unparse(node)
        text = " ".join(text.split())
        return text if len(text) <= 60 else text[:57] + "..."

    def unknown(self, node: ast.AST) -> Unknown:
        return Unknown(self.segment(node), getattr(node, "lineno", 0))

    # `call` is looked up on the instance: the reader deriving from this class defines it.
    _READERS = {
        ast.Constant: constant, ast.Name: name_value, ast.Attribute: attribute,
        ast.Tuple: sequence, ast.List: sequence, ast.Dict: dict_value,
        ast.Call: lambda self, node: self.call(node), ast.UnaryOp: unary, ast.BinOp: binary,
        ast.Compare: logic, ast.BoolOp: logic, ast.IfExp: if_expression,
        ast.Subscript: subscript, ast.NamedExpr: named_expression, ast.ListComp: comprehension,
        ast.SetComp: comprehension, ast.GeneratorExp: comprehension,
        ast.DictComp: comprehension, ast.Lambda: lambda_value,
    }


def is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_literal(v) -> bool:
    return v is None or isinstance(v, (bool, int, float, str))


def has_tensor(values) -> bool:
    return any(isinstance(v, Tensor) or (isinstance(v, (list, tuple)) and has_tensor(v))
               for v in values)


def has_reported(values) -> bool:
    """True when a value was made from one whose problem is already named (no echo)."""
    return any((isinstance(v, Unknown) and v.reported)
               or (isinstance(v, (list, tuple)) and has_reported(v)) for v in values)


def arith(op: ast.operator, a, b):
    """a op b for numbers (and + on strings, tuples, lists), kept small; None otherwise."""
    if type(op) not in _BINOPS:
        return None
    if isinstance(op, ast.Add) and type(a) is type(b) and isinstance(a, (str, tuple, list)):
        return a + b if len(a) + len(b) <= 10_000 else None
    if not (is_number(a) and is_number(b)) or abs(a) > 1e18 or abs(b) > 1e18:
        return None
    if isinstance(op, ast.Pow) and abs(b) > 64:
        return None
    try:
        return _BINOPS[type(op)](a, b)
    except (ArithmeticError, ValueError):
        return None

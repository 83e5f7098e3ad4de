"""Safe arithmetic formulas over indicator keys (no ``eval``).

Grammar::

    expr   := term (("+" | "-") term)*
    term   := factor (("*" | "/") factor)*
    factor := NUMBER | ref | "sum" "(" ref ")" | "(" expr ")" | "-" factor
    ref    := KEY ("[" DIM "=" VALUE ("," DIM "=" VALUE)* "]")?

A bare reference means "the same year and disaggregation as the value being computed";
a selector pins a dimension (``total`` meaning no disaggregation on that dimension).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Union

from mpdesk.i18n import tr

DIMENSIONS = ("sex", "age_group", "partner", "category")
TOTAL = "total"

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<sel>\[[^\]]*\])|(?P<op>[-+*/()]))"
)


class FormulaError(ValueError):
    """A formula in the catalogue or typed by a user cannot be understood."""


@dataclass(frozen=True)
class Number:
    value: float


@dataclass(frozen=True)
class Ref:
    key: str
    selectors: tuple[tuple[str, str], ...] = ()

    def selector(self, dimension: str) -> str | None:
        return dict(self.selectors).get(dimension)


@dataclass(frozen=True)
class Sum:
    ref: Ref


@dataclass(frozen=True)
class Negate:
    operand: "Node"


@dataclass(frozen=True)
class BinaryOp:
    op: str
    left: "Node"
    right: "Node"


Node = Union[Number, Ref, Sum, Negate, BinaryOp]


@dataclass(frozen=True)
class Formula:
    text: str
    root: Node
    references: frozenset[str] = field(default=frozenset())


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise FormulaError(
                tr("Formula", "The formula '{formula}' has an unexpected character at position {pos}.")
                .format(formula=text, pos=pos + 1)
            )
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        pos = match.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.pos = 0

    def fail(self, why: str) -> FormulaError:
        return FormulaError(
            tr("Formula", "The formula '{formula}' cannot be read: {why}.").format(formula=self.text, why=why)
        )

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise self.fail(tr("Formula", "it ends too early"))
        self.pos += 1
        return token

    def expect_op(self, op: str) -> None:
        kind, value = self.take()
        if kind != "op" or value != op:
            raise self.fail(tr("Formula", "'{op}' expected").format(op=op))

    def parse(self) -> Node:
        node = self.expr()
        if self.peek() is not None:
            raise self.fail(tr("Formula", "unexpected '{token}'").format(token=self.peek()[1]))
        return node

    def expr(self) -> Node:
        node = self.term()
        while (tok := self.peek()) and tok[0] == "op" and tok[1] in "+-":
            self.take()
            node = BinaryOp(tok[1], node, self.term())
        return node

    def term(self) -> Node:
        node = self.factor()
        while (tok := self.peek()) and tok[0] == "op" and tok[1] in "*/":
            self.take()
            node = BinaryOp(tok[1], node, self.factor())
        return node

    def factor(self) -> Node:
        kind, value = self.take()
        if kind == "num":
            return Number(float(value))
        if kind == "op" and value == "(":
            node = self.expr()
            self.expect_op(")")
            return node
        if kind == "op" and value == "-":
            return Negate(self.factor())
        if kind == "name" and value == "sum":
            self.expect_op("(")
            ref = self.reference(self.take())
            self.expect_op(")")
            return Sum(ref)
        if kind == "name":
            return self.reference((kind, value))
        raise self.fail(tr("Formula", "unexpected '{token}'").format(token=value))

    def reference(self, token: tuple[str, str]) -> Ref:
        kind, key = token
        if kind != "name":
            raise self.fail(tr("Formula", "an indicator key was expected"))
        selectors: tuple[tuple[str, str], ...] = ()
        nxt = self.peek()
        if nxt and nxt[0] == "sel":
            self.take()
            selectors = self.selectors(nxt[1][1:-1])
        return Ref(key, selectors)

    def selectors(self, body: str) -> tuple[tuple[str, str], ...]:
        pairs = []
        for part in body.split(","):
            dim, sep, value = part.partition("=")
            dim, value = dim.strip(), value.strip()
            if not sep or dim not in DIMENSIONS or not value:
                raise self.fail(tr("Formula", "'[{part}]' is not a selector such as [sex=female]").format(part=part.strip()))
            pairs.append((dim, value))
        return tuple(pairs)


def _collect_refs(node: Node, into: set[str]) -> None:
    if isinstance(node, Ref):
        into.add(node.key)
    elif isinstance(node, Sum):
        into.add(node.ref.key)
    elif isinstance(node, Negate):
        _collect_refs(node.operand, into)
    elif isinstance(node, BinaryOp):
        _collect_refs(node.left, into)
        _collect_refs(node.right, into)


def parse_formula(text: str) -> Formula:
    root = _Parser(text).parse()
    refs: set[str] = set()
    _collect_refs(root, refs)
    return Formula(text=text.strip(), root=root, references=frozenset(refs))


class MissingInput(Exception):
    """An input of a formula has no value; ``reason`` says which, in a sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


Resolver = Callable[[Union[Ref, Sum]], float]


def evaluate(node: Node, resolve: Resolver) -> float:
    """Evaluate ``node``; ``resolve`` returns an input's value or raises MissingInput."""
    if isinstance(node, Number):
        return node.value
    if isinstance(node, (Ref, Sum)):
        return resolve(node)
    if isinstance(node, Negate):
        return -evaluate(node.operand, resolve)
    left = evaluate(node.left, resolve)
    right = evaluate(node.right, resolve)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    if right == 0:
        raise MissingInput(tr("Formula", "the denominator is zero"))
    return left / right
